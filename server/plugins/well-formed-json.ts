import { DomainError, type FieldIssue, type FieldPath } from '../domain/errors.ts';

/**
 * JSON text may spell a lone UTF-16 surrogate (`"\ud800"`): it parses, but it is no Unicode text
 * (I-JSON, RFC 7493 §2.1, forbids it). PostgreSQL refuses it in `jsonb`, UTF-8 cannot encode it
 * and the idempotency fingerprint (`canonicalize`) throws on it, so it is refused once, at the
 * edge, naming each field that holds one, before any handler or hook sees the body.
 */

/** Only a body whose text spells a surrogate escape can hold one: the raw text decoded from UTF-8 never does. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
/** A high surrogate not followed by a low one, or a low one not after a high one (code units, hence no `u` flag). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const isWellFormed = (text: string) => text.search(LONE_SURROGATE) === -1;
const toWellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** The `validation_failed` error for a parsed body holding a lone surrogate, or undefined when it holds none. */
export function loneSurrogateError(text: string, value: unknown): DomainError | undefined {
  if (!SURROGATE_ESCAPE.test(text)) return undefined;
  const issues: FieldIssue[] = [];
  collectLoneSurrogates(value, [], issues);
  if (issues.length === 0) return undefined;
  return new DomainError('validation_failed', { detail: 'The request body holds text that is not valid Unicode.', issues });
}

function collectLoneSurrogates(value: unknown, path: FieldPath, issues: FieldIssue[]): void {
  if (typeof value === 'string') {
    if (!isWellFormed(value)) issues.push(issueAt(path));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    // The key itself may be the bad text: the issue points at it (its pointer keeps the surrogate out).
    if (!isWellFormed(key)) issues.push(issueAt([...path, toWellFormed(key)]));
    collectLoneSurrogates(item, at, issues);
  }
}

function issueAt(field: FieldPath): FieldIssue {
  return { field: field.map((token) => (typeof token === 'string' ? toWellFormed(token) : token)), message: 'must be well-formed Unicode text (no lone surrogate)', code: 'invalid_format' };
}
