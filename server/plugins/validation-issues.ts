import type { FastifySchemaValidationError } from 'fastify';
import type { ValidationIssue } from '../schemas/generated/components.ts';

/** One bad field of a request, as a problem lists it: a JSON Pointer into the request part. */
export type { ValidationIssue };

const partNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

const keywordCodes: Record<string, string> = {
  required: 'required',
  additionalProperties: 'unknown_field',
  type: 'invalid_type',
  format: 'invalid_format',
  enum: 'invalid_value',
  const: 'invalid_value',
  anyOf: 'invalid_value',
  pattern: 'invalid_format',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  maximum: 'too_large',
  exclusiveMaximum: 'too_large',
  minLength: 'too_short',
  maxLength: 'too_long',
  minItems: 'too_few_items',
  maxItems: 'too_many_items',
  uniqueItems: 'duplicate_items',
  propertyNames: 'invalid_key',
  minProperties: 'empty',
  maxProperties: 'too_many_properties',
};

/** Ajv says `must match format "date"`; these say what a client should send instead. */
const formatMessages: Record<string, string> = {
  'time-zone': 'must be an IANA time zone such as Asia/Kolkata',
  date: 'must be a date such as 2026-11-27',
  'date-time': 'must be an RFC 3339 date-time such as 2026-11-27T14:30:00+05:30',
};

export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Turns Ajv's errors into one issue per bad field, each with a JSON Pointer into its request part. */
export function validationIssues(
  errors: FastifySchemaValidationError[],
  part: string,
): ValidationIssue[] {
  const prefix = `/${partNames[part] ?? part}`;
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // A failed anyOf repeats each branch's error; keep the summary only when no branch got deeper
    // into the value (for `location: { latitude: 91 }` the useful issue is the latitude).
    // A branch's error deeper into the value than the anyOf itself is kept: it is the useful one.
    if (errors.some((other) => other.keyword === 'anyOf' && other !== error && error.schemaPath.startsWith(other.schemaPath.replace(/anyOf$/, 'anyOf/')) && !error.instancePath.startsWith(`${other.instancePath}/`))) continue;
    if (error.keyword === 'anyOf' && errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`))) continue;
    const params = error.params as Record<string, unknown>;
    let path = `${prefix}${error.instancePath}`;
    if (error.keyword === 'required') path += `/${escapePointerToken(String(params['missingProperty']))}`;
    if (error.keyword === 'additionalProperties') path += `/${escapePointerToken(String(params['additionalProperty']))}`;
    const code = keywordCodes[error.keyword] ?? error.keyword;
    const message =
      error.keyword === 'additionalProperties'
        ? 'is not a known field'
        : (error.keyword === 'format' && formatMessages[String(params['format'])]) || (error.message ?? 'is not valid');
    const key = `${path}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, message, code });
  }
  return issues;
}
