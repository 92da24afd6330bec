import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import t from 'tap';
import { Marquee, OPERATION_METHODS, VERSION } from '../../sdk/src/index.ts';
import { startFaultyProxy } from './helpers/faulty-proxy.ts';
import { sdkWorld } from './helpers/world.ts';

const CONTRACT = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));
const SDK_PACKAGE = fileURLToPath(new URL('../../sdk/package.json', import.meta.url));

interface ContractOperation {
  id: string;
  method: string;
  template: string;
  pathParameters: string[];
  hasBody: boolean;
  hasQuery: boolean;
}

/** Every operation of the contract but the load balancers' probes, read independently of the generator. */
async function contractOperations(): Promise<ContractOperation[]> {
  const document = (await $RefParser.dereference(CONTRACT)) as any;
  const operations: ContractOperation[] = [];
  for (const [template, item] of Object.entries<any>(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
      const operation = item[method];
      if (!operation || operation.tags?.includes('Operations')) continue;
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        template,
        pathParameters: [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
        hasBody: Boolean(operation.requestBody),
        hasQuery: (operation.parameters ?? []).some((parameter: any) => parameter.in === 'query'),
      });
    }
  }
  return operations;
}

function methodAt(client: Marquee, dotted: string): ((...args: unknown[]) => PromiseLike<unknown>) | undefined {
  const parts = dotted.split('.');
  let owner: any = client;
  for (const part of parts.slice(0, -1)) owner = owner?.[part];
  const method = owner?.[parts.at(-1)!];
  return typeof method === 'function' ? method.bind(owner) : undefined;
}

t.test('every operation of the contract has a method, and every method sends its operation', async (t) => {
  const operations = await contractOperations();
  t.ok(operations.length >= 80, `the contract lists its operations (${operations.length})`);
  const world = await sdkWorld(t);
  const proxy = await startFaultyProxy(t, world.baseUrl, () => ({ kind: 'forward' }));
  const client = world.client({ baseUrl: proxy.url, maxRetries: 0 });

  const missing = operations.filter((operation) => !(operation.id in OPERATION_METHODS) || !methodAt(client, OPERATION_METHODS[operation.id as keyof typeof OPERATION_METHODS]));
  t.same(missing.map((operation) => operation.id), [], 'no operation without a method');
  t.same(Object.keys(OPERATION_METHODS).filter((id) => !operations.some((operation) => operation.id === id)), [], 'no method without an operation');

  for (const operation of operations) {
    const method = methodAt(client, OPERATION_METHODS[operation.id as keyof typeof OPERATION_METHODS])!;
    const args: unknown[] = operation.pathParameters.map((name) => `${name}_x`);
    if (operation.hasBody) args.push({});
    if (operation.hasQuery) args.push({});
    const before = proxy.seen.length;
    // The API refuses these placeholder calls; what matters is what reached it.
    await Promise.resolve(method(...args)).catch(() => undefined);
    const sent = proxy.seen.slice(before);
    const pattern = new RegExp(`^${operation.template.replace(/\{\w+\}/g, '[^/?]+')}(\\?.*)?$`);
    t.ok(sent.length === 1 && sent[0]!.method === operation.method && pattern.test(sent[0]!.url), `${operation.id}: ${operation.method} ${operation.template}`, { sent: sent.map((request) => `${request.method} ${request.url}`) });
  }
});

t.test('the user agent names the SDK version, which is the package’s', async (t) => {
  t.equal(VERSION, JSON.parse(readFileSync(SDK_PACKAGE, 'utf8')).version);
  const world = await sdkWorld(t);
  const proxy = await startFaultyProxy(t, world.baseUrl, () => ({ kind: 'forward' }));
  await world.client({ baseUrl: proxy.url }).catalogue.cities.list();
  t.match(proxy.seen[0]!.headers['user-agent'], new RegExp(`^marquee-sdk-node/${VERSION.replace(/\./g, '\\.')} node/`));
});

t.test('a client without a base URL, or with two credentials, is refused at construction', async (t) => {
  t.throws(() => new Marquee({} as never), /baseUrl/);
  t.throws(() => new Marquee({ baseUrl: 'http://x', apiKey: 'a', accessToken: 'b' }), /not both/);
});
