import type { TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isValidTimeZone } from '../domain/local-time.ts';

function makeAjv(options: Options, schemas: TSchema[]): Ajv {
  const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, ...options });
  addFormats.default(ajv);
  ajv.addFormat('time-zone', { type: 'string', validate: isValidTimeZone });
  // TypeBox marks schemas with symbol keys Ajv ignores; `kind` and `modifier` are its metadata words.
  ajv.addKeyword('kind').addKeyword('modifier');
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}

/**
 * Ajv coerces a text like `1e309` to Infinity and then skips its range checks for non-finite
 * numbers, so a coerced part is also checked for them here.
 */
function rejectingNonFiniteNumbers(validate: ValidateFunction): ValidateFunction {
  const wrapped = ((data: unknown) => {
    const valid = validate(data);
    const nonFinite =
      data !== null && typeof data === 'object'
        ? Object.entries(data).filter(([, value]) => typeof value === 'number' && !Number.isFinite(value))
        : [];
    const errors: ErrorObject[] = [
      ...(validate.errors ?? []),
      ...nonFinite.map(([name]) => ({
        instancePath: `/${name}`,
        schemaPath: '#/type',
        keyword: 'type',
        params: {},
        message: 'must be a finite number',
      })),
    ];
    wrapped.errors = errors.length > 0 ? errors : null;
    return valid && nonFinite.length === 0;
  }) as ValidateFunction;
  return wrapped;
}

/**
 * Strict input, chosen per request part: JSON bodies are validated as sent (no coercion, nothing
 * silently removed), while query strings and path params, which are text by nature, are coerced.
 */
export default fp(
  async function validation(app: FastifyInstance, options: { schemas: TSchema[] }) {
    const bodies = makeAjv({ coerceTypes: false, removeAdditional: false }, options.schemas);
    const textParts = makeAjv({ coerceTypes: 'array', removeAdditional: false }, options.schemas);
    app.setValidatorCompiler(({ schema, httpPart }) =>
      httpPart === 'body' ? bodies.compile(schema) : rejectingNonFiniteNumbers(textParts.compile(schema)),
    );
  },
  { name: 'validation' },
);
