import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient } from '../../helpers/typed-client.ts';

/**
 * Tenant isolation, table-driven from the contract: every partner operation on a resource, called
 * with a second theatre partner's key against the first partner's resources, answers 404 and
 * changes nothing; with an aggregator's key it answers 403 `insufficient_scope`.
 */
const { app, adminKey } = await buildTestApp(t);
const contract = (await $RefParser.dereference(fileURLToPath(new URL('../../../openapi/openapi.yaml', import.meta.url)))) as any;
const city = await catalogueFixture(app, adminKey).city({ name: 'Isolation City' });
const owner = await onboardPartner(app, adminKey, { name: 'Owner' });
const intruder = await onboardPartner(app, adminKey, { name: 'Intruder' });
const aggregator = await onboardPartner(app, adminKey, { name: 'Aggregator', kind: 'aggregator' });

const ownerApi = typedClient(app, owner.headers);
const theatre = (await answer(ownerApi.POST('/v1/partner/theatres', {
  body: { externalRef: 'owned-1', name: 'Owned', cityId: city.id, address: '1 Own Street' },
}))).json();

const screen = (await answer(ownerApi.POST('/v1/partner/theatres/{theatreId}/screens', {
  params: { path: { theatreId: theatre.id } },
  body: { externalRef: 'audi-1', name: 'Audi 1' },
}))).json();
const layout = await answer(ownerApi.POST('/v1/partner/screens/{screenId}/layouts', {
  params: { path: { screenId: screen.id } },
  body: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard' }] }] },
}));
if (layout.statusCode !== 201) throw new Error(`layout setup failed: ${layout.body}`);

const movie = await catalogueFixture(app, adminKey).movie({ title: 'Owned Movie', languages: ['hi'] });
const showtime = (await answer(ownerApi.POST('/v1/partner/theatres/{theatreId}/showtimes', {
  params: { path: { theatreId: theatre.id } },
  body: {
    externalRef: 'owned-show', screenId: screen.id, movieId: movie.id, startsAt: '2030-01-01T10:00:00Z', language: 'hi', format: '2D',
    prices: [{ category: 'standard', price: { amount: 100, currency: 'INR' } }],
  },
}))).json();

/** The owner's resources, by path parameter name. */
const ownedIds: Record<string, string> = {
  theatreId: theatre.id, externalRef: 'owned-1', screenId: screen.id, layoutVersion: '1', showtimeId: showtime.id,
};

const operations = Object.entries<Record<string, any>>(contract.paths)
  .filter(([path]) => path.startsWith('/v1/partner/') && path.includes('{'))
  .flatMap(([path, item]) => Object.entries<any>(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })));

async function ownerSnapshot() {
  const json = (pending: Promise<{ response: Response }>) => answer(pending).then((response) => response.json());
  return {
    theatre: await json(ownerApi.GET('/v1/partner/theatres/{theatreId}', { params: { path: { theatreId: theatre.id } } })),
    screen: await json(ownerApi.GET('/v1/partner/screens/{screenId}', { params: { path: { screenId: screen.id } } })),
    layouts: await json(ownerApi.GET('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } } })),
    showtime: await json(ownerApi.GET('/v1/partner/showtimes/{showtimeId}', { params: { path: { showtimeId: showtime.id } } })),
    seats: await json(ownerApi.GET('/v1/partner/showtimes/{showtimeId}/seats', { params: { path: { showtimeId: showtime.id } } })),
  };
}

t.test('another partner never reaches the owner\'s resources', async (t) => {
  t.ok(operations.length >= 4, `partner operations on resources: ${operations.length}`);
  const before = await ownerSnapshot();
  for (const { path, method, operation } of operations) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    const missing = names.filter((name) => !(name in ownedIds));
    if (missing.length > 0) {
      t.fail(`${method} ${path}: the test has no owned resource for ${missing.join(', ')}; add one`);
      continue;
    }
    const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(ownedIds[name]!));
    const schemaExample = operation.requestBody?.content?.['application/json']?.schema?.example;
    // Examples name catalogue ids that do not exist here: point them at this test's city.
    const example = schemaExample && { ...schemaExample, ...('cityId' in schemaExample ? { cityId: city.id } : {}), ...('screenId' in schemaExample ? { screenId: screen.id } : {}) };
    if (operation.requestBody && example === undefined) t.fail(`${method} ${path}: its request schema needs an example`);
    // Built from the contract at run time, so untyped on purpose: every operation, whatever its shape.
    const request = { method, url, payload: example } as const;

    const asAggregator = await app.inject({ ...request, headers: aggregator.headers });
    t.equal(asAggregator.statusCode, 403, `${method} ${path} as an aggregator`);
    t.equal(asAggregator.json().code, 'insufficient_scope');

    const asIntruder = await app.inject({ ...request, headers: intruder.headers });
    if (method === 'PUT' && path.startsWith('/v1/partner/theatres/by-ref/')) {
      // References are per partner: the intruder's PUT makes its own resource, never touches the owner's.
      t.ok(asIntruder.statusCode < 300, `${method} ${path} by the intruder creates its own`);
      t.not(asIntruder.json().id, theatre.id);
    } else {
      t.equal(asIntruder.statusCode, 404, `${method} ${path} by another theatre partner`);
      t.notMatch(asIntruder.body, theatre.name, 'and says nothing of the resource');
    }
  }
  t.same(await ownerSnapshot(), before, 'the owner\'s theatre, screen and layouts are exactly as they were');
  const intruderList = (await answer(typedClient(app, intruder.headers).GET('/v1/partner/theatres'))).json();
  t.notOk(intruderList.data.some((item: { id: string }) => item.id === theatre.id), 'lists are scoped too');
});
