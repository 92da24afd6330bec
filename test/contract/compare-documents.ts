import $RefParser from '@apidevtools/json-schema-ref-parser';

/**
 * Reduces an OpenAPI document to what a client depends on: for every operation its id, security,
 * parameters, request body and responses with their schemas. Prose (descriptions, summaries,
 * examples, tags) is dropped, `$ref`s are resolved, and `required` lists are order-free.
 */
const proseKeys = new Set(['description', 'summary', 'example', 'examples', 'title', 'tags', 'externalDocs']);
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `namesAreData`: the keys of a `properties` map are field names (a field may be called `title`). */
function withoutProse(value: unknown, namesAreData = false): Json {
  if (Array.isArray(value)) return value.map((item) => withoutProse(item));
  if (value === null || typeof value !== 'object') return value as Json;
  const result: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!namesAreData && proseKeys.has(key)) continue;
    if (key === 'required' && Array.isArray(child)) result[key] = [...child].sort();
    else result[key] = withoutProse(child, !namesAreData && (key === 'properties' || key === 'patternProperties'));
  }
  return result;
}

export type OperationShape = Record<string, Json>;

export async function operationShapes(document: string | object): Promise<Record<string, OperationShape>> {
  const doc = (await $RefParser.dereference(structuredClone(document) as never)) as unknown as Record<string, any>;
  const shapes: Record<string, OperationShape> = {};
  for (const [path, item] of Object.entries<Record<string, any>>(doc['paths'] ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = Object.fromEntries(
        [...(item['parameters'] ?? []), ...(operation.parameters ?? [])].map((parameter: Record<string, any>) => [
          `${parameter['in']}:${parameter['name']}`,
          withoutProse({ required: parameter['required'] ?? false, schema: parameter['schema'] }),
        ]),
      );
      shapes[`${method.toUpperCase()} ${path}`] = {
        operationId: operation.operationId ?? null,
        security: withoutProse(operation.security ?? doc['security'] ?? null),
        parameters,
        requestBody: withoutProse(operation.requestBody ?? null),
        responses: withoutProse(operation.responses ?? {}),
      };
    }
  }
  return shapes;
}

export function securitySchemes(document: Record<string, any>): Json {
  return withoutProse(document['components']?.['securitySchemes'] ?? {});
}

/** Human-readable differences; empty when the documents agree. */
export function differences(
  authored: Record<string, OperationShape>,
  live: Record<string, OperationShape>,
): string[] {
  const found: string[] = [];
  for (const key of Object.keys(authored)) if (!(key in live)) found.push(`${key}: in the contract, not served`);
  for (const key of Object.keys(live)) if (!(key in authored)) found.push(`${key}: served, not in the contract`);
  for (const key of Object.keys(authored)) {
    if (!(key in live)) continue;
    for (const part of Object.keys(authored[key]!)) {
      const difference = firstDifference(authored[key]![part]!, live[key]![part]!, '');
      if (difference) found.push(`${key} ${part}${difference}`);
    }
  }
  return found;
}

/** Where two values first differ, as a JSON Pointer with both sides; undefined when equal. */
function firstDifference(contract: Json | undefined, served: Json | undefined, pointer: string): string | undefined {
  const bothObjects =
    contract !== null && served !== null && typeof contract === 'object' && typeof served === 'object' &&
    Array.isArray(contract) === Array.isArray(served);
  if (bothObjects) {
    const keys = [...new Set([...Object.keys(contract), ...Object.keys(served)])].sort();
    for (const key of keys) {
      const difference = firstDifference(
        (contract as Record<string, Json>)[key],
        (served as Record<string, Json>)[key],
        `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
      );
      if (difference) return difference;
    }
    return undefined;
  }
  const [left, right] = [JSON.stringify(sortKeys(contract ?? null)), JSON.stringify(sortKeys(served ?? null))];
  if (left === right && (contract === undefined) === (served === undefined)) return undefined;
  const show = (value: Json | undefined) => (value === undefined ? '(absent)' : JSON.stringify(sortKeys(value)));
  return ` at ${pointer || '/'}:\n  contract: ${show(contract)}\n  served:   ${show(served)}`;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key]!)]));
}
