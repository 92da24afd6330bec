/**
 * Writes the server's TypeBox schemas from the contract, so every shape is written once, in
 * `openapi/`: `server/schemas/generated/components.ts` (one schema per `components.schemas` entry,
 * registered by `$id`) and `server/schemas/generated/operations.ts` (per operationId, the route
 * schema: parameters, body and responses). Run by `npm run server:generate`; `check:generated`
 * fails when the output is stale. Prose (descriptions, examples) is left out: the live document
 * takes it from the contract (server/plugins/contract-prose.ts).
 *
 * Before writing, every generated component is checked to be exactly the contract's JSON Schema
 * (prose aside), so a construct this generator renders wrongly fails here, not in production.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';

type Json = Record<string, unknown>;
interface Parameter { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Json }
interface Response { description?: string; headers?: Record<string, { schema: Json }>; content?: Record<string, { schema: Json }> }
interface Operation {
  operationId: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, Response>;
}

const CONTRACT = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));
const OUTPUT_DIRECTORY = new URL('../schemas/generated/', import.meta.url);
const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const HEADER = (what: string) =>
  `// @generated from openapi/ by server/scripts/generate-schemas.ts (npm run server:generate). Do not edit:\n` +
  `// change the contract and regenerate. ${what}\n`;

/** Annotations only: the live document copies them from the contract. */
const PROSE = new Set(['description', 'example', 'examples', 'title', 'summary', 'externalDocs']);
/** Keywords this generator renders; anything else in the contract is an error to fix here. */
const RENDERED = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'anyOf',
  'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'uniqueItems',
  'minProperties', 'maxProperties', 'propertyNames', 'default',
]);

// Dereferenced, every `$ref` to the same place is the same object: that identity tells which
// nested schema is a named component (a reference) and which is written inline.
const contract = (await $RefParser.dereference(CONTRACT)) as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
};
const componentNames = new Map<Json, string>();
for (const [name, schema] of Object.entries(contract.components.schemas)) {
  if (componentNames.has(schema)) throw new Error(`${name} and ${componentNames.get(schema)} are the same schema`);
  componentNames.set(schema, name);
}

/** A TypeScript expression building `schema` with TypeBox; `uses` collects the components it references. */
function render(schema: Json, uses: Set<string>, at: string, root = false): string {
  const name = componentNames.get(schema);
  if (name !== undefined && !root) {
    uses.add(name);
    return `ref(${name})`;
  }
  for (const key of Object.keys(schema)) {
    if (!RENDERED.has(key) && !PROSE.has(key)) throw new Error(`${at}: the generator does not render \`${key}\``);
  }
  const options = keywords(schema, ['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'anyOf', 'propertyNames']);
  if (root) options['$id'] = name;
  if (schema['propertyNames'] !== undefined) options['propertyNames'] = plain(schema['propertyNames'] as Json, `${at}/propertyNames`);
  const withOptions = (extra: Json = {}) => {
    const all = { ...extra, ...options };
    return Object.keys(all).length === 0 ? '' : literal(all);
  };
  if (schema['anyOf'] !== undefined) {
    const members = (schema['anyOf'] as Json[]).map((member, i) => render(member, uses, `${at}/anyOf/${i}`));
    if (members.length < 2 || schema['type'] !== undefined) throw new Error(`${at}: anyOf needs two members and no type`);
    return call('Type.Union', [`[${members.join(', ')}]`, withOptions()]);
  }
  // One allowed value is rendered as \`const\` (what a contract \`enum: [x]\` means): Ajv then says
  // "must be equal to constant", the message this server has always given for it.
  if (Array.isArray(schema['enum']) && schema['enum'].length === 1) {
    return call('Type.Literal', [literal(schema['enum'][0]), withOptions()]);
  }
  if (schema['enum'] !== undefined) {
    const values = schema['enum'] as unknown[];
    const union = values.map((value) => literal(value)).join(' | ');
    return `Type.Unsafe<${union}>(${literal({ ...(schema['type'] === undefined ? {} : { type: schema['type'] }), enum: values, ...options })})`;
  }
  switch (schema['type']) {
    case 'object': {
      const properties = schema['properties'] as Record<string, Json> | undefined;
      const additional = schema['additionalProperties'];
      if (properties === undefined) {
        if (additional !== null && typeof additional === 'object') {
          const value = render(additional as Json, uses, `${at}/additionalProperties`);
          return call('record', [value, withOptions()]);
        }
        return `Type.Unsafe<Record<string, unknown>>(${literal({ type: 'object', ...(additional === undefined ? {} : { additionalProperties: additional }), ...options })})`;
      }
      if (additional !== undefined && typeof additional !== 'boolean') throw new Error(`${at}: properties with an additionalProperties schema`);
      const required = new Set((schema['required'] as string[] | undefined) ?? []);
      for (const field of required) if (!(field in properties)) throw new Error(`${at}: required \`${field}\` is not a property`);
      const lines = Object.entries(properties).map(([field, property]) => {
        const value = render(property, uses, `${at}/properties/${field}`);
        return `${key(field)}: ${required.has(field) ? value : `Type.Optional(${value})`}`;
      });
      return call('Type.Object', [block(lines), withOptions(additional === undefined ? {} : { additionalProperties: additional })]);
    }
    case 'array':
      return call('Type.Array', [render(schema['items'] as Json, uses, `${at}/items`), withOptions()]);
    case 'string':
      return call('Type.String', [withOptions()]);
    case 'integer':
      return call('Type.Integer', [withOptions()]);
    case 'number':
      return call('Type.Number', [withOptions()]);
    case 'boolean':
      return call('Type.Boolean', [withOptions()]);
    case 'null':
      return call('Type.Null', [withOptions()]);
    default:
      throw new Error(`${at}: the generator does not render type ${JSON.stringify(schema['type'])}`);
  }
}

/** A schema kept as plain JSON (no static type needed), prose removed. */
function plain(schema: Json, at: string): Json {
  for (const key of Object.keys(schema)) if (!RENDERED.has(key) && !PROSE.has(key)) throw new Error(`${at}: \`${key}\` is not rendered`);
  return keywords(schema, []);
}

function keywords(schema: Json, skip: string[]): Json {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !PROSE.has(key) && !skip.includes(key)));
}

const call = (callee: string, args: string[]) => `${callee}(${args.filter((arg) => arg !== '').join(', ')})`;
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const indent = (text: string) => text.replaceAll('\n', '\n  ');
const block = (lines: string[]) => (lines.length === 0 ? '{}' : `{\n  ${lines.map(indent).join(',\n  ')},\n}`);

/** A JSON value as a TypeScript literal: single quotes, bare keys where they can be. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([name, child]) => `${key(name)}: ${literal(child)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string') return `'${JSON.stringify(value).slice(1, -1).replaceAll("\\\"", '"').replaceAll("'", "\\'")}'`;
  return JSON.stringify(value);
}

// --- components.ts -------------------------------------------------------------------------------

const rendered = new Map<string, { code: string; uses: Set<string> }>();
for (const [name, schema] of Object.entries(contract.components.schemas)) {
  const uses = new Set<string>();
  rendered.set(name, { code: render(schema, uses, `#/components/schemas/${name}`, true), uses });
}
/** Each component after the ones it references (contract order otherwise), as TypeScript needs. */
const ordered: string[] = [];
const visiting = new Set<string>();
function place(name: string) {
  if (ordered.includes(name)) return;
  if (visiting.has(name)) throw new Error(`${name} references itself: the generator renders no recursive schemas`);
  visiting.add(name);
  for (const used of rendered.get(name)!.uses) place(used);
  visiting.delete(name);
  ordered.push(name);
}
for (const name of rendered.keys()) place(name);

const componentsFile = `${HEADER('Every schema of the contract\'s `components.schemas`, by name.')}import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** A reference by \`$id\` (\`{ $ref: 'Name' }\`), typed as the schema it points to. */
export const ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(String(schema.$id)));
/** An object whose every value has one schema (\`additionalProperties: <schema>\`). */
export const record = <T extends TSchema>(value: T, options: object = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({ type: 'object', ...options, additionalProperties: value });

${ordered.map((name) => `export const ${name} = ${rendered.get(name)!.code};\nexport type ${name} = Static<typeof ${name}>;`).join('\n\n')}

/** Registered with \`addSchema\` and both validators, in this order (a schema after those it references). */
export const componentSchemas: TSchema[] = [
${ordered.map((name) => `  ${name},`).join('\n')}
];
`;

// --- operations.ts -------------------------------------------------------------------------------

const PROBLEM = 'application/problem+json';
// Nearly every response declares the same few headers (the rate limit's): each distinct set is
// written once, as a constant the responses share.
const headerSets = new Map<string, string>();
const operationUses = new Set<string>();
const operationBlocks: string[] = [];
for (const [path, item] of Object.entries(contract.paths)) {
  for (const method of HTTP_METHODS) {
    const operation = item[method];
    if (operation) operationBlocks.push(renderOperation(`${method.toUpperCase()} ${path}`, operation));
  }
}

function renderOperation(at: string, operation: Operation): string {
  const parts: string[] = [`operationId: '${operation.operationId}'`];
  if (operation.tags) parts.push(`tags: ${literal(operation.tags)}`);
  const parameters = operation.parameters ?? [];
  const group = (where: Parameter['in'], options: Json) => {
    const chosen = parameters.filter((parameter) => parameter.in === where);
    if (chosen.length === 0) return '';
    const lines = chosen.map((parameter) => {
      const value = render(parameter.schema, operationUses, `${at} ${where}:${parameter.name}`);
      return `${key(parameter.name)}: ${parameter.required ? value : `Type.Optional(${value})`}`;
    });
    return call('Type.Object', [block(lines), Object.keys(options).length ? literal(options) : '']);
  };
  // Path and query parameters are the whole part: anything else is a 400. Headers are not: every
  // request carries headers the contract does not name.
  const params = group('path', { additionalProperties: false });
  const querystring = group('query', { additionalProperties: false });
  const headers = group('header', {});
  if (headers) parts.push(`headers: ${headers}`);
  if (params) parts.push(`params: ${params}`);
  if (querystring) parts.push(`querystring: ${querystring}`);
  if (operation.requestBody) {
    const media = Object.keys(operation.requestBody.content);
    if (media.join() !== 'application/json' || !operation.requestBody.required) throw new Error(`${at}: only a required JSON body is rendered`);
    parts.push(`body: ${render(operation.requestBody.content['application/json']!.schema, operationUses, `${at} body`)}`);
  }
  const responses = Object.entries(operation.responses).map(([status, response]) => `${status}: ${renderResponse(`${at} ${status}`, response)}`);
  parts.push(`response: ${block(responses)}`);
  return `export const ${operation.operationId} = ${block(parts)};`;
}

function headerSet(rendered: string): string {
  if (!headerSets.has(rendered)) headerSets.set(rendered, `headers${headerSets.size + 1}`);
  return headerSets.get(rendered)!;
}

function renderResponse(at: string, response: Response): string {
  const description = response.description?.trim() ?? '';
  const headers = response.headers
    ? headerSet(block(Object.entries(response.headers).map(([name, header]) => `${key(name)}: ${render(header.schema, operationUses, `${at} header ${name}`)}`)))
    : undefined;
  const media = Object.keys(response.content ?? {});
  if (media.length === 0) return `Type.Null({ description: ${literal(description)}${headers ? `, headers: ${headers}` : ''} })`;
  if (media.length > 1) throw new Error(`${at}: one media type per response is rendered`);
  const schema = render(response.content![media[0]!]!.schema, operationUses, at);
  if (media[0] === PROBLEM) {
    if (schema !== 'ref(Problem)') throw new Error(`${at}: a problem response is a Problem`);
    return `problem(${literal(description)}${headers ? `, ${headers}` : ''})`;
  }
  if (media[0] !== 'application/json') throw new Error(`${at}: ${media[0]} responses are not rendered`);
  return headers ? `{ ...${schema}, headers: ${headers} }` : schema;
}

operationUses.add('Problem');
const operationsFile = `${HEADER('Per operationId, the route schema: parameters, body, responses.')}import { Type } from '@sinclair/typebox';
import {
${[...operationUses, 'ref'].sort().map((name) => `  ${name},`).join('\n')}
} from './components.ts';

/** An RFC 9457 problem response, with the headers it declares. */
const problem = (description: string, headers?: Record<string, unknown>) =>
  ({ description, content: { '${PROBLEM}': { schema: ref(Problem) } }, ...(headers ? { headers } : {}) });

${[...headerSets].map(([rendered, name]) => `const ${name} = ${rendered};`).join('\n\n')}

${operationBlocks.join('\n\n')}
`;

mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
writeFileSync(new URL('components.ts', OUTPUT_DIRECTORY), componentsFile);
writeFileSync(new URL('operations.ts', OUTPUT_DIRECTORY), operationsFile);

// --- the check: what TypeBox builds is the contract's schema ----------------------------------------

const generated = (await import(`${new URL('components.ts', OUTPUT_DIRECTORY).href}?${Date.now()}`)) as Record<string, unknown>;
const mismatches: string[] = [];
for (const [name, schema] of Object.entries(contract.components.schemas)) {
  const expected = canonical(withoutProse(schema, true));
  const actual = canonical(JSON.parse(JSON.stringify(generated[name])));
  if (JSON.stringify(expected) !== JSON.stringify(actual)) mismatches.push(`${name}:\n  contract:  ${JSON.stringify(expected)}\n  generated: ${JSON.stringify(actual)}`);
}
if (mismatches.length > 0) throw new Error(`generated schemas differ from the contract:\n${mismatches.join('\n')}`);

/** The contract's schema as the generator means to render it: no prose, components by `$ref`. */
function withoutProse(value: unknown, root = false, namesAreData = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutProse(item));
  if (value === null || typeof value !== 'object') return value;
  const name = componentNames.get(value as Json);
  if (name !== undefined && !root && !namesAreData) return { $ref: name };
  const result: Json = root && name !== undefined ? { $id: name } : {};
  for (const [field, child] of Object.entries(value)) {
    if (!namesAreData && PROSE.has(field)) continue;
    if (!namesAreData && field === 'enum' && Array.isArray(child) && child.length === 1) {
      result['const'] = child[0];
      continue;
    }
    result[field] = namesAreData ? withoutProse(child) : withoutProse(child, false, field === 'properties');
  }
  return result;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((field) => {
      const child = (value as Json)[field];
      return [field, field === 'required' && Array.isArray(child) ? [...child].sort() : canonical(child)];
    }),
  );
}
