import fc from 'fast-check';
import type { JsonSchema } from './contract.ts';

/**
 * fast-check arbitraries from the contract's JSON Schemas: values a schema accepts (with the
 * world's real ids where a field names one, so valid requests reach deep code), hostile values
 * (wrong types, huge, negative and non-finite numbers, long and odd Unicode, SQL and script
 * payloads) and broken documents (a value replaced, a required field missing, an unknown one
 * added). Everything is seeded by fast-check, and shrinks.
 */

/** JSON text spelled as is: what `JSON.stringify` cannot write (`1e999`, `-0`). */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON() {
    return `<raw ${this.text}>`;
  }
}

/** A document as JSON text, raw tokens written as they are. */
export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Real ids (and other known values) by the name of the field or parameter that takes them. */
export type KnownValues = Record<string, string[]>;

export interface ArbitraryContext {
  known: KnownValues;
  seats: string[];
}

const MAX_GENERATED_STRING = 40;
const TIME_ZONES = ['Asia/Kolkata', 'Europe/London', 'America/New_York', 'UTC', 'Asia/Kathmandu', 'Pacific/Chatham'];

export const hostileStrings = [
  '', ' ', '\t', 'null', 'undefined', 'NaN', 'Infinity', '-1', '0', '1e309', '0x10', 'true', '[]', '{}',
  "' OR '1'='1' --", "'; DROP TABLE cities; --", '" OR ""="', '1; SELECT pg_sleep(5)', '$1', '%s%s%s%n',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${jndi:ldap://x/a}',
  '../../../etc/passwd', '..\\..\\windows', '%00', 'a\u0000b', '\u0000', '\r\nX-Injected: 1', '\u202egnp.exe', 'zero\u200bwidth',
  '\ufeffbom', 'e\u0301'.repeat(64), '\u{1F3AC}\u{1F37F}', 'ℌ𝔢𝔩𝔩𝔬', 'ﷺ', '\ud800x', 'x\udfff', '\udbff\udbff', 'ÅÅ', 'İı',
  '2030-02-30', '9999-12-31T23:59:59Z', '2030-06-01T25:61:00Z', 'cty_', 'thr_00000000000000000000000000', 'shw_' + 'Z'.repeat(60),
  'A0', 'Z999', 'a'.repeat(65), 'a'.repeat(257), 'é'.repeat(1000), 'x'.repeat(20_000),
];

export const hostileNumbers: unknown[] = [
  -1, 0, -0.5, 0.5, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE, 101, 1000, 86_400,
  new RawJson('1e999'), new RawJson('-1e999'), new RawJson('-0'), new RawJson('1E400'), new RawJson('0.1e-400'),
  new RawJson('1' + '0'.repeat(400)), new RawJson('12345678901234567890'),
];

/** Any value of the wrong kind, or a right kind out of every bound. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': 1 }, new RawJson('{"__proto__":{"admin":true}}'), { constructor: { prototype: {} } }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Text for parameters and headers: hostile strings and generated ones. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** What a name says it takes: `showtimeId`, `holdIds`, `seats` … */
function knownFor(name: string | undefined, context: ArbitraryContext): string[] | undefined {
  if (name === undefined) return undefined;
  if (name === 'seats' || name === 'seat' || name === 'label') return context.seats;
  if (context.known[name]) return context.known[name];
  const singular = name.endsWith('Ids') ? `${name.slice(0, -1)}` : name === 'scopeIds' ? 'cityId' : undefined;
  return singular ? context.known[singular] : undefined;
}

/** A value the schema accepts (best effort: the server's answer is judged either way). */
export function validValue(schema: JsonSchema, context: ArbitraryContext, name?: string, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[keyword])) return fc.oneof(...schema[keyword].map((branch: JsonSchema) => validValue(branch, context, name, depth)));
  }
  if (Array.isArray(schema.allOf)) return validValue(Object.assign({}, ...schema.allOf), context, name, depth);
  const type = Array.isArray(schema.type) ? undefined : schema.type;
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((one: string) => validValue({ ...schema, type: one }, context, name, depth)));
  switch (type ?? (schema.properties ? 'object' : undefined)) {
    case 'object':
      return objectValue(schema, context, depth);
    case 'array': {
      const items = validValue(schema.items ?? {}, context, name, depth + 1);
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 4, minLength + 4);
      return schema.uniqueItems ? fc.uniqueArray(items, { minLength, maxLength, selector: (value) => JSON.stringify(value) }) : fc.array(items, { minLength, maxLength });
    }
    case 'string':
      return stringValue(schema, context, name);
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) });
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return depth > 2 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  }
}

function objectValue(schema: JsonSchema, context: ArbitraryContext, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set<string>(schema.required ?? []);
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, validValue(property, context, key, depth + 1)])),
    { requiredKeys: [...required].filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object' && Object.keys(properties).length === 0) {
    const key = schema.propertyNames ? stringValue({ type: 'string', ...schema.propertyNames }, context) : fc.string({ minLength: 1, maxLength: 8 });
    return fc.dictionary(key, validValue(extra, context, undefined, depth + 1), { maxKeys: Math.min(schema.maxProperties ?? 3, 3), minKeys: schema.minProperties ?? 0 });
  }
  if (schema.minProperties) return record.filter((value) => Object.keys(value as object).length >= schema.minProperties);
  return record;
}

function stringValue(schema: JsonSchema, context: ArbitraryContext, name?: string): fc.Arbitrary<string> {
  const known = knownFor(name, context);
  const generated = generatedString(schema);
  return known && known.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: generated }) : generated;
}

function generatedString(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? MAX_GENERATED_STRING;
  const fits = (text: string) => text.length >= minLength && text.length <= maxLength;
  switch (schema.format) {
    case 'date-time':
      return fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    case 'date':
      return fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'time-zone':
      return fc.constantFrom(...TIME_ZONES);
    case 'uri':
      return fc.constantFrom('https://93.184.215.14/hooks', 'https://example.com/marquee', 'https://pos.example.org/a?b=c');
    case 'uri-reference':
      return fc.constantFrom('/v1/theatres', 'https://example.com/x');
    default:
      break;
  }
  if (schema.pattern) {
    // A pattern that cannot be generated (a lookaround) falls back to plain text of the right length.
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' }).filter(fits);
    } catch {
      /* fall through */
    }
  }
  return fc.string({ minLength, maxLength: Math.min(maxLength, Math.max(minLength, MAX_GENERATED_STRING)) });
}

/** The places in a document a mutation may hit: every value and the object holding each property. */
interface Site {
  path: (string | number)[];
}

function sitesOf(value: unknown, path: (string | number)[] = [], sites: Site[] = []): Site[] {
  sites.push({ path });
  if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    for (const [key, item] of Object.entries(value)) sitesOf(item, [...path, Array.isArray(value) ? Number(key) : key], sites);
  }
  return sites;
}

function setAt(document: unknown, path: (string | number)[], replace: (current: unknown, parent: any, key: string | number) => void): unknown {
  if (path.length === 0) return document;
  const copy = cloneDocument(document);
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  replace(parent[path.at(-1)!], parent, path.at(-1)!);
  return copy;
}

/** A deep copy that keeps raw tokens raw (`structuredClone` would make them plain objects). */
function cloneDocument(value: unknown): unknown {
  if (value instanceof RawJson || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneDocument);
  const copy: Record<string, unknown> = {};
  // Defined, not assigned: a key named `__proto__` stays a key.
  for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, key, { value: cloneDocument(item), enumerable: true, writable: true, configurable: true });
  return copy;
}

export type Mutation =
  | { kind: 'replace'; site: number; value: unknown }
  | { kind: 'remove'; site: number }
  | { kind: 'add'; site: number; key: string; value: unknown }
  | { kind: 'whole'; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), site: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), site: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), site: fc.nat(), key: fc.oneof(fc.constantFrom('unknown', 'id', 'partnerId', '__proto__', 'constructor', ''), fc.string({ maxLength: 10 })), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: hostileValue }) },
);

/** One hostile change to a valid document. */
export function mutate(document: unknown, change: Mutation): unknown {
  if (change.kind === 'whole') return change.value;
  const sites = sitesOf(document);
  const site = sites[change.site % sites.length]!.path;
  const define = (parent: any, key: string | number, value: unknown) => Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  if (change.kind === 'replace') return site.length === 0 ? change.value : setAt(document, site, (_current, parent, key) => define(parent, key, change.value));
  if (change.kind === 'remove') {
    return setAt(document, site, (_current, parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    });
  }
  const objects = sites.filter(({ path }) => {
    const target = path.reduce<any>((node, key) => node?.[key], document);
    return target !== null && typeof target === 'object' && !Array.isArray(target) && !(target instanceof RawJson);
  });
  if (objects.length === 0) return change.value;
  const target = objects[change.site % objects.length]!.path;
  const withKey = (current: unknown) => define(cloneDocument(current), change.key, change.value);
  if (target.length === 0) return withKey(document);
  return setAt(document, target, (current, parent, key) => define(parent, key, withKey(current)));
}

/** Body texts no document is: broken JSON, a bare scalar, nesting past any limit, a byte-order mark. */
export const brokenBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('{', '{"a":', '}', '[', 'nul', 'tru', "{'a':1}", '{"a":1,}', '{a:1}', '{"a":1}{"b":2}', '\ufeff{}', '/* c */{}', '{"a":1,"a":2}', '"\\ud800"', '"\\x41"', 'NaN', '-', '01', '1e999', '"' + 'a'.repeat(70_000) + '"'),
  fc.constantFrom('['.repeat(5_000) + ']'.repeat(5_000), '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000), '{"a":' + '['.repeat(10_000)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
