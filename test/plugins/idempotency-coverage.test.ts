import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';

/**
 * Every state-changing POST of the contract declares `Idempotency-Key` and the server honours it:
 * the same request with the same key is answered by a replay (for unknown ids, of the 404).
 */
const { app, adminKey } = await buildTestApp(t);
const contract = (await $RefParser.dereference(fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url)))) as any;
const city = await catalogueFixture(app, adminKey).city({ name: 'Replay City' });
const theatrePartner = await onboardPartner(app, adminKey);
const aggregator = await onboardPartner(app, adminKey, { name: 'Replay Aggregator', kind: 'aggregator' });

const posts = Object.entries<any>(contract.paths)
  // A public POST (pricing a selection of seats) changes no state, so it has nothing to replay.
  .filter(([, item]) => item.post && item.post.security?.length !== 0)
  .map(([path, item]) => ({ path, operation: item.post }));

t.test('every POST takes an Idempotency-Key and replays', async (t) => {
  t.ok(posts.length >= 15, `POST operations: ${posts.length}`);
  for (const [index, { path, operation }] of posts.entries()) {
    const declared = (operation.parameters ?? []).some((p: any) => p.in === 'header' && p.name === 'idempotency-key');
    t.ok(declared, `${operation.operationId} declares Idempotency-Key`);
    const example = operation.requestBody?.content?.['application/json']?.schema?.example;
    const payload = example && { ...example, ...('cityId' in example ? { cityId: city.id } : {}), ...('externalRef' in example ? { externalRef: `replay-${index}` } : {}) };
    const credentials = path.startsWith('/v1/admin/')
      ? { authorization: `Bearer ${adminKey}` }
      : path.startsWith('/v1/holds') || path.startsWith('/v1/bookings') ? aggregator.headers : theatrePartner.headers;
    const request = {
      method: 'POST' as const,
      // Ids nobody has, of the type each parameter takes.
      url: path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const parameter = (operation.parameters ?? []).find((p: any) => p.in === 'path' && p.name === name);
        return parameter?.schema?.type === 'integer' ? '999' : 'xyz_missing';
      }),
      payload,
      headers: { ...credentials, 'idempotency-key': `coverage-${index}` },
    };
    // Raw on purpose: the path and body come from the contract document at run time, so no static type fits.
    const first = await app.inject(request);
    t.ok(first.statusCode < 500 && first.statusCode !== 400, `${operation.operationId} answered ${first.statusCode}: ${first.body.slice(0, 200)}`);
    const second = await app.inject(request);
    t.equal(second.headers['idempotent-replayed'], 'true', `${operation.operationId} replays`);
    t.equal(second.statusCode, first.statusCode);
  }
});
