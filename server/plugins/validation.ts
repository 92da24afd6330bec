import type { TSchema } from '@sinclair/typebox';
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

function makeAjv(options: Options, schemas: TSchema[]): Ajv {
  const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, ...options });
  addFormats.default(ajv);
  // TypeBox marks schemas with symbol keys Ajv ignores; `kind` and `modifier` are its metadata words.
  ajv.addKeyword('kind').addKeyword('modifier');
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
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
      (httpPart === 'body' ? bodies : textParts).compile(schema),
    );
  },
  { name: 'validation' },
);
