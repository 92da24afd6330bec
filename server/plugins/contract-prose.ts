import $RefParser from '@apidevtools/json-schema-ref-parser';
import { packagePath } from '../package-files.ts';

/**
 * The live document is generated from the routes, which say nothing a person reads: no
 * descriptions, no examples. Those are written once, in the authored contract, and copied onto the
 * live document by operation, parameter, response and schema name. Only prose is copied, so the
 * contract test still compares what the routes themselves declare.
 */
type Json = Record<string, unknown>;

const authoredDocumentPath = packagePath('openapi', 'openapi.yaml');
const proseKeys = ['summary', 'description', 'example', 'examples'] as const;

export async function loadAuthoredContract(): Promise<Json> {
  return (await $RefParser.dereference(authoredDocumentPath)) as unknown as Json;
}

const record = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

function copyProse(target: Json | undefined, source: Json | undefined) {
  if (!target || !source) return;
  for (const key of proseKeys) if (source[key] !== undefined) target[key] = source[key];
}

function copySchemaProse(target: Json | undefined, source: Json | undefined) {
  copyProse(target, source);
  const targetProperties = record(target?.['properties']);
  const sourceProperties = record(source?.['properties']);
  for (const name of Object.keys(targetProperties ?? {})) {
    const property = record(targetProperties?.[name]);
    // A property that is a `$ref` takes its prose from the component it points to.
    if (property && property['$ref'] === undefined) copyProse(property, record(sourceProperties?.[name]));
  }
}

function copyContentProse(target: Json | undefined, source: Json | undefined) {
  copyProse(target, source);
  const targetContent = record(target?.['content']);
  const sourceContent = record(source?.['content']);
  for (const mediaType of Object.keys(targetContent ?? {})) {
    copyProse(record(targetContent?.[mediaType]), record(sourceContent?.[mediaType]));
  }
}

export function withAuthoredProse(live: Json, authored: Json): Json {
  for (const [path, item] of Object.entries(record(live['paths']) ?? {})) {
    const authoredItem = record(record(authored['paths'])?.[path]);
    for (const [method, operation] of Object.entries(record(item) ?? {})) {
      const liveOperation = record(operation);
      const authoredOperation = record(authoredItem?.[method]);
      if (!liveOperation || !authoredOperation) continue;
      copyProse(liveOperation, authoredOperation);
      const authoredParameters = (authoredOperation['parameters'] ?? []) as Json[];
      for (const parameter of (liveOperation['parameters'] ?? []) as Json[]) {
        const match = authoredParameters.find((p) => p['name'] === parameter['name'] && p['in'] === parameter['in']);
        copyProse(parameter, match);
      }
      copyContentProse(record(liveOperation['requestBody']), record(authoredOperation['requestBody']));
      const authoredResponses = record(authoredOperation['responses']);
      for (const [status, response] of Object.entries(record(liveOperation['responses']) ?? {})) {
        copyContentProse(record(response), record(authoredResponses?.[status]));
      }
    }
  }
  const authoredSchemas = record(record(authored['components'])?.['schemas']);
  for (const [name, schema] of Object.entries(record(record(live['components'])?.['schemas']) ?? {})) {
    copySchemaProse(record(schema), record(authoredSchemas?.[name]));
  }
  return live;
}
