import { DomainError, type FieldIssue, type FieldPath } from '../domain/errors.ts';

/**
 * What JSON text may hold that no document of the contract does, refused once, at the edge, before
 * any hook or handler sees the body (each would otherwise trip on it in its own way: a 500 is
 * what the idempotency fingerprint made of both):
 * - a lone UTF-16 surrogate (`"\ud800"`): it parses, but it is no Unicode text (I-JSON, RFC 7493
 *   §2.1, forbids it). PostgreSQL refuses it in `jsonb`, UTF-8 cannot encode it, and
 *   `canonicalize` throws on it;
 * - a number too large for a double (`1e999` parses as Infinity): no field takes one, and
 *   `canonicalize` throws on it;
 * - nesting deeper than any document of the contract (a few levels) by far: recursive code
 *   (`canonicalize`, validators) runs out of stack on `[[[[…]]]]` thousands deep.
 */

/** The deepest a body may nest; the contract's deepest document (a seat layout) nests 5 levels. */
export const MAX_BODY_DEPTH = 32;

/** Only a body whose text spells a surrogate escape can hold one: the raw text decoded from UTF-8 never does. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
/** A high surrogate not followed by a low one, or a low one not after a high one (code units, hence no `u` flag). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const isWellFormed = (text: string) => text.search(LONE_SURROGATE) === -1;
const toWellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** The `validation_failed` error for a parsed body no document can be, or undefined when it is fine. */
export function malformedBodyError(text: string, value: unknown): DomainError | undefined {
  const issues: FieldIssue[] = [];
  inspect(value, [], { issues, strings: SURROGATE_ESCAPE.test(text) });
  if (issues.length === 0) return undefined;
  return new DomainError('validation_failed', { detail: 'The request body is not a document this API takes.', issues });
}

function inspect(value: unknown, path: FieldPath, check: { issues: FieldIssue[]; strings: boolean }): void {
  if (typeof value === 'string') {
    if (check.strings && !isWellFormed(value)) check.issues.push(issueAt(path, 'must be well-formed Unicode text (no lone surrogate)', 'invalid_format'));
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) check.issues.push(issueAt(path, 'must be a finite number', 'invalid_type'));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (path.length >= MAX_BODY_DEPTH) {
    check.issues.push(issueAt(path, `must not nest deeper than ${MAX_BODY_DEPTH} levels`, 'too_deep'));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    // The key itself may be the bad text: the issue points at it (its pointer keeps the surrogate out).
    if (check.strings && !isWellFormed(key)) check.issues.push(issueAt([...path, key], 'must be well-formed Unicode text (no lone surrogate)', 'invalid_format'));
    inspect(item, [...path, Array.isArray(value) ? Number(key) : key], check);
  }
}

function issueAt(field: FieldPath, message: string, code: string): FieldIssue {
  return { field: field.map((token) => (typeof token === 'string' ? toWellFormed(token) : token)), message, code };
}
