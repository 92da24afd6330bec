import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isValidTimeZone } from '../../server/domain/local-time.ts';

/**
 * The authored contract as the fuzzer reads it: every operation with its parameters, body, callers
 * and documented answers, and a validator per documented (status, media type). Read at run time,
 * so a status the contract gains (429 …) is allowed as soon as it is documented, and one it does
 * not document is a finding.
 */

export type JsonSchema = Record<string, any>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SecurityScheme = 'partnerApiKey' | 'adminApiKey' | 'customerToken';

export interface ContractParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface ContractOperation {
  operationId: string;
  method: Method;
  path: string;
  parameters: ContractParameter[];
  body?: { required: boolean; mediaTypes: string[]; schema: JsonSchema };
  /** Empty for a public operation. */
  security: SecurityScheme[];
  /** Documented status → media type → schema (`undefined` media type map: no content). */
  responses: Map<string, Map<string, JsonSchema | undefined>>;
}

export interface Contract {
  operations: ContractOperation[];
  /** The validator for an answer's body, or undefined when the contract gives no schema for it. */
  bodyValidator(operation: ContractOperation, status: string, mediaType: string): ValidateFunction | undefined;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export const CONTRACT_PATH = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));

export async function loadContract(path = CONTRACT_PATH): Promise<Contract> {
  const document = (await $RefParser.dereference(path)) as JsonSchema;
  const operations: ContractOperation[] = [];
  for (const [template, item] of Object.entries<JsonSchema>(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter: JsonSchema) => ({
        name: parameter.in === 'header' ? String(parameter.name).toLowerCase() : parameter.name,
        in: parameter.in,
        required: parameter.required === true,
        schema: parameter.schema ?? {},
      }));
      const content = operation.requestBody?.content as Record<string, { schema?: JsonSchema }> | undefined;
      const body = content
        ? { required: operation.requestBody.required === true, mediaTypes: Object.keys(content), schema: Object.values(content)[0]?.schema ?? {} }
        : undefined;
      const security = ((operation.security ?? document.security ?? []) as Record<string, unknown>[]).flatMap((scheme) => Object.keys(scheme)) as SecurityScheme[];
      const responses = new Map<string, Map<string, JsonSchema | undefined>>();
      for (const [status, response] of Object.entries<JsonSchema>(operation.responses)) {
        responses.set(status, new Map(Object.entries<JsonSchema>(response.content ?? {}).map(([mediaType, media]) => [mediaType, media.schema])));
      }
      operations.push({ operationId: operation.operationId, method: method.toUpperCase() as Method, path: template, parameters, ...(body ? { body } : {}), security, responses });
    }
  }

  const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addFormat('time-zone', { type: 'string', validate: isValidTimeZone });
  const validators = new Map<string, ValidateFunction | undefined>();
  return {
    operations,
    bodyValidator(operation, status, mediaType) {
      const key = `${operation.operationId} ${status} ${mediaType}`;
      if (!validators.has(key)) {
        const schema = operation.responses.get(status)?.get(mediaType);
        validators.set(key, schema ? ajv.compile(schema) : undefined);
      }
      return validators.get(key);
    },
  };
}

/** The documented response an answer's status falls under: the status itself, else its class (`4XX`), else `default`. */
export function documentedStatus(operation: ContractOperation, status: number): string | undefined {
  return [String(status), `${String(status)[0]}XX`, 'default'].find((key) => operation.responses.has(key));
}
