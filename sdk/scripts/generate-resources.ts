/**
 * Writes sdk/src/generated/resources.ts from the contract: a class per resource with a method
 * per operation, placed by method-names.ts and typed by operationId against the generated
 * schema types. Run by `npm run sdk:generate`; `check:generated` fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { METHOD_NAMES, OPS_PROBES } from './method-names.ts';

const CONTRACT = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../src/generated/resources.ts', import.meta.url));
const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const CURSOR_PARAMETERS = ['cursor', 'after'];

interface Parameter { name: string; in: string; required?: boolean }
interface Operation {
  operationId: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}
interface JsonSchema { type?: string | string[]; properties?: Record<string, JsonSchema> }
interface Method {
  operationId: string;
  httpMethod: string;
  path: string;
  summary: string;
  name: string;
  pathParameters: string[];
  body: 'none' | 'required' | 'optional';
  query: 'none' | 'required' | 'optional';
  cursorParameter: string | undefined;
}

const contract = (await $RefParser.dereference(CONTRACT)) as unknown as { paths: Record<string, Record<string, Operation>> };
const methods: Method[] = [];
for (const [path, item] of Object.entries(contract.paths)) {
  for (const httpMethod of HTTP_METHODS) {
    const operation = item[httpMethod];
    if (!operation || OPS_PROBES.includes(operation.operationId)) continue;
    methods.push(describeMethod(path, httpMethod, operation));
  }
}
const unplaced = methods.filter((method) => !METHOD_NAMES[method.operationId]).map((method) => method.operationId);
const stale = Object.keys(METHOD_NAMES).filter((id) => !methods.some((method) => method.operationId === id));
if (unplaced.length || stale.length) {
  throw new Error(
    [unplaced.length && `operations with no SDK method (add them to sdk/scripts/method-names.ts): ${unplaced.join(', ')}`,
      stale.length && `method-names.ts names operations the contract lacks: ${stale.join(', ')}`].filter(Boolean).join('\n'),
  );
}

writeFileSync(OUTPUT, render(methods));

function describeMethod(path: string, httpMethod: string, operation: Operation): Method {
  const parameters = operation.parameters ?? [];
  const query = parameters.filter((parameter) => parameter.in === 'query');
  const success = operation.responses['200']?.content?.['application/json']?.schema;
  const pages = success?.properties?.data?.type === 'array' && success.properties.nextCursor !== undefined;
  const placed = METHOD_NAMES[operation.operationId] ?? '';
  return {
    operationId: operation.operationId,
    httpMethod: httpMethod.toUpperCase(),
    path,
    summary: (operation.summary ?? operation.operationId).trim(),
    name: placed.slice(placed.lastIndexOf('.') + 1),
    pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
    body: operation.requestBody ? (operation.requestBody.required ? 'required' : 'optional') : 'none',
    query: query.length === 0 ? 'none' : query.some((parameter) => parameter.required) ? 'required' : 'optional',
    cursorParameter: pages ? CURSOR_PARAMETERS.find((name) => query.some((parameter) => parameter.name === name)) : undefined,
  };
}

interface Node { methods: Method[]; children: Map<string, Node> }

function render(all: Method[]): string {
  const root: Node = { methods: [], children: new Map() };
  for (const method of all) {
    const segments = METHOD_NAMES[method.operationId]!.split('.').slice(0, -1);
    let node = root;
    for (const segment of segments) {
      if (!node.children.has(segment)) node.children.set(segment, { methods: [], children: new Map() });
      node = node.children.get(segment)!;
    }
    node.methods.push(method);
  }
  const classes: string[] = [];
  renderClass('MarqueeResources', root, classes);
  const table = all
    .map((method) => `  ${method.operationId}: '${METHOD_NAMES[method.operationId]}',`)
    .join('\n');
  return `// Generated from openapi/ by sdk/scripts/generate-resources.ts (npm run sdk:generate). Do not edit.
import type { ApiPromise } from '../api-promise.ts';
import { pathOf, type Caller } from '../caller.ts';
import type { PagePromise } from '../pagination.ts';
import type { RequestOptions } from '../transport.ts';
import type { ListItem, PathParam, QueryParams, RequestBody, ResponseBody } from '../types.ts';

/** Where every contract operation lives on the client, by operationId. */
export const OPERATION_METHODS = {
${table}
} as const;

${classes.join('\n\n')}
`;
}

function renderClass(name: string, node: Node, out: string[]): void {
  const fields = [...node.children.keys()].map((child) => {
    const childClass = `${name === 'MarqueeResources' ? '' : name.replace(/Resource$/, '')}${capitalize(child)}Resource`;
    renderClass(childClass, node.children.get(child)!, out);
    return { child, childClass };
  });
  const lines = [`export class ${name} {`];
  for (const { child, childClass } of fields) lines.push(`  readonly ${child}: ${childClass};`);
  lines.push(`  constructor(protected readonly caller: Caller) {`);
  for (const { child, childClass } of fields) lines.push(`    this.${child} = new ${childClass}(caller);`);
  lines.push('  }');
  for (const method of node.methods) lines.push('', ...renderMethod(method));
  lines.push('}');
  out.push(lines.join('\n'));
}

function renderMethod(method: Method): string[] {
  const id = `'${method.operationId}'`;
  const parameters = method.pathParameters.map((name) => `${name}: PathParam<${id}, '${name}'>`);
  if (method.body !== 'none') parameters.push(`body${method.body === 'optional' ? '?' : ''}: RequestBody<${id}>`);
  if (method.query !== 'none') parameters.push(`query${method.query === 'optional' ? '?' : ''}: QueryParams<${id}>`);
  parameters.push('options?: RequestOptions');
  const path = method.pathParameters.length
    ? `pathOf('${method.path}', { ${method.pathParameters.join(', ')} })`
    : `'${method.path}'`;
  const request = [`method: '${method.httpMethod}'`, `path: ${path}`];
  if (method.query !== 'none') request.push('query');
  if (method.body !== 'none') request.push('body');
  const doc = [`  /**`, ...method.summary.split('\n').map((line) => `   * ${line}`.trimEnd()), `   * \`${method.httpMethod} ${method.path}\` (${method.operationId})`, `   */`];
  if (method.cursorParameter) {
    return [
      ...doc,
      `  ${method.name}(${parameters.join(', ')}): PagePromise<ListItem<${id}>> {`,
      `    return this.caller.list({ ${request.join(', ')} }, '${method.cursorParameter}', options);`,
      '  }',
    ];
  }
  return [
    ...doc,
    `  ${method.name}(${parameters.join(', ')}): ApiPromise<ResponseBody<${id}>> {`,
    `    return this.caller.call({ ${request.join(', ')} }, options);`,
    '  }',
  ];
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
