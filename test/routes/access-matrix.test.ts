import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { adminTargets, matrixPrincipals, type Principal } from '../helpers/access-principals.ts';
import { defaultParams, table, type Expect, type Row, type Target } from '../helpers/access-table.ts';
import { ownersView, tenantWorld } from '../helpers/access-world.ts';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { startOidcProvider } from '../helpers/oidc-provider.ts';

/**
 * The access matrix: every operation of the contract × every kind of caller (anonymous, a
 * customer, an aggregator and a theatre partner of each of two sides, the platform admin, a
 * revoked key, a suspended partner's key, a key lacking the operation's scope), each aimed at the
 * other side's real ids. Each answer is the one the access table (`helpers/access-table.ts`)
 * gives; no answer carries anything private of a side the caller is not on; and afterwards each
 * side reads its resources exactly as before. An operation the table lacks fails the test.
 */
const provider = await startOidcProvider(t);
const testApp = await buildTestApp(t, { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience });
const { app, adminKey, db } = testApp;
const contract = (await $RefParser.dereference(fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url)))) as any;
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Matrix City' });
const elsewhere = await fixture.city({ name: 'Elsewhere' });
const movie = await fixture.movie({ title: 'The Matrix', durationMinutes: 136 });
const sides = {
  A: await tenantWorld(testApp, provider, { city, movie }, 'A'),
  B: await tenantWorld(testApp, provider, { city, movie }, 'B'),
};
const principals = await matrixPrincipals(testApp, sides);
const spare = await adminTargets(testApp, elsewhere.id);
const catalogue = { cityId: city.id, movieId: movie.id };

// Feed positions, as the relay (not running in tests) hands them out, in write order.
const assignPositions = () => db.execute(sql`
  update events set sequence = s.position
  from (select id, nextval('event_sequence') as position from events where sequence is null order by created_at, id) s
  where events.id = s.id`);
await assignPositions();

const operations = Object.entries<Record<string, any>>(contract.paths).flatMap(([path, item]) =>
  Object.entries<any>(item)
    .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({ path, method: method.toUpperCase(), operation, id: operation.operationId as string })),
);

/** The answer the table's access rule gives this caller (a key lacking a scope: which one). */
function expectedFor(row: Row, principal: Principal): Expect & { lacks?: string } {
  const { access } = row;
  if (access.kind === 'public') return row.allowed;
  if (principal.kind === 'anonymous' || principal.kind === 'revoked') return { status: 401, code: 'invalid_api_key' };
  if (principal.kind === 'suspended') return { status: 403, code: 'partner_suspended' };
  const refused = { status: 403, code: 'insufficient_scope' };
  if (principal.kind === 'admin') return access.kind === 'admin' ? row.allowed : refused;
  if (access.kind === 'admin') return refused;
  if (principal.kind === 'customer') return access.customers ? row.allowed : refused;
  if (principal.kind === 'lacking') return access.scope ? { ...refused, lacks: access.scope } : row.allowed;
  return access.partnerKinds.includes(principal.kind) ? row.allowed : refused;
}

/** The caller's counterpart on the other side, whose ids it is aimed at. */
function targetOf(row: Row, principal: Principal): Target & { partnerKind: 'theatre' | 'aggregator' } {
  const partnerKind = principal.kind === 'aggregator' || (principal.kind === 'lacking' && row.access.kind === 'keyed' && !row.access.partnerKinds.includes('theatre')) ? 'aggregator' : 'theatre';
  const as = principal.kind === 'customer' ? 'customer' : partnerKind;
  return { world: principal.side === 'A' ? sides.B : sides.A, as, admin: spare, catalogue, partnerKind };
}

/** The contract's example body, pointed at this test's catalogue and the target's screen. */
function exampleBody(operation: any, target: Target) {
  const example = operation.requestBody?.content?.['application/json']?.schema?.example;
  if (example === undefined) return undefined;
  return {
    ...example,
    ...('cityId' in example ? { cityId: target.catalogue.cityId } : {}),
    ...('screenId' in example ? { screenId: target.world.live.screenId } : {}),
  };
}

/** Everything private of the sides a caller is not on (the platform admin may see it all). */
function privateTo(principal: Principal): string[] {
  if (principal.kind === 'admin') return [];
  return (['A', 'B'] as const).filter((side) => side !== principal.side).flatMap((side) => sides[side].privateValues);
}

async function inPool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await run(items[next++]!);
  }));
}

t.test('every operation × every caller, aimed at the other side: the refusal the access rules give, and nothing private', async (t) => {
  const seen = new Set(operations.map(({ id }) => id));
  for (const id of Object.keys(table)) t.ok(seen.has(id), `${id} is an operation of the contract`);
  const unlisted = operations.filter(({ id }) => !(id in table));
  t.same(unlisted.map(({ method, path, id }) => `${method} ${path} (${id})`), [], 'every operation of the contract has a row in the access table');

  const before = { A: await ownersView(app, adminKey, sides.A), B: await ownersView(app, adminKey, sides.B) };
  const cases = operations.filter(({ id }) => id in table).flatMap((operation) => principals.map((principal) => ({ ...operation, principal, row: table[operation.id]! })));
  const tally = new Map<number, number>();

  await inPool(cases, 6, async ({ path, method, operation, id, principal, row }) => {
    const target = targetOf(row, principal);
    const params = { ...defaultParams(target), ...row.params?.(target) };
    const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (!(name in params)) throw new Error(`${id}: the table names no id for {${name}}`);
      return encodeURIComponent(params[name]!);
    }) + (row.query ? `?${new URLSearchParams(row.query(target))}` : '');
    const body = row.body ? row.body(target) : exampleBody(operation, target);
    if (operation.requestBody?.required && body === undefined) t.fail(`${id}: give a body in the table or an example in the contract`);
    const access = row.access.kind === 'keyed' ? row.access : undefined;
    const headers = principal.headers({ scope: access?.scope, partnerKind: target.partnerKind });
    // Built from the contract at run time, so untyped on purpose: every operation, whatever its shape.
    const response = await app.inject({ method: method as 'GET', url, headers, ...(body === undefined ? {} : { payload: body as object }) });
    const expected = expectedFor(row, principal);
    const what = `${method} ${path} (${id}) by ${principal.name}`;
    tally.set(response.statusCode, (tally.get(response.statusCode) ?? 0) + 1);

    t.equal(response.statusCode, expected.status, `${what}: ${response.statusCode === expected.status ? '' : response.body}`);
    // A 204 has no body; a wrong answer must fail its case, not end the test.
    const problem = response.body.startsWith('{') ? response.json() : {};
    if (expected.code) t.equal(problem.code, expected.code, `${what}: ${expected.code}`);
    if (expected.lacks) t.match(problem.detail, `'${expected.lacks}'`, `${what}: refused for the scope it lacks`);
    // Ids the caller sent may come back in its own refusal; anything else private may not.
    const sent = `${url} ${JSON.stringify(body ?? '')}`;
    const leaked = privateTo(principal).filter((value) => !sent.includes(value) && response.body.includes(value));
    t.same(leaked, [], `${what} shows nothing private of the other side`);
    if (row.ownSees && principal.side && response.statusCode < 300) {
      const own = row.ownSees(sides[principal.side], target.as);
      t.ok(response.body.includes(own), `${what} shows the caller its own (${own})`);
    }
  });

  t.equal(cases.length, operations.length * principals.length, `${operations.length} operations × ${principals.length} callers = ${cases.length} cases`);
  t.comment(`answers by status: ${JSON.stringify(Object.fromEntries([...tally].sort(([a], [b]) => a - b)))}`);

  // Writes that were refused left no event behind either: the feeds are read after positions are handed out.
  await assignPositions();
  for (const side of ['A', 'B'] as const) {
    const other = side === 'A' ? sides.B : sides.A;
    const after = await ownersView(app, adminKey, sides[side]);
    // The one write the matrix lets through: this side's own upsert under the other side's reference.
    const own = after.theatres as { status: number; body: { data: { id: string; externalRef: string }[] } };
    const upserted = own.body.data.filter((theatre) => theatre.externalRef === other.live.ref);
    t.equal(upserted.length, 1, `side ${side}'s upsert by the other side's reference made a theatre of side ${side}'s own`);
    t.not(upserted[0]?.id, other.live.id, 'not the other side\'s theatre');
    const theatres = { ...own, body: { ...own.body, data: own.body.data.filter((theatre) => theatre.externalRef !== other.live.ref) } };
    t.same({ ...after, theatres }, before[side], `side ${side}'s theatres, showtimes, seats, holds, bookings, endpoints, deliveries, feeds and keys are exactly as they were`);
  }
});
