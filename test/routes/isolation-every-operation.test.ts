import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { startOidcProvider } from '../helpers/oidc-provider.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';

/**
 * Tenant isolation across the whole contract: every operation with a path parameter is walked
 * here (or, for `/v1/partner/`, by `partner/isolation.test.ts`), or named below as not
 * tenant-owned with the reason. Resources of a theatre partner, an aggregator and a signed-in
 * customer are made through the API; each is then called with every other kind of credential,
 * which gets the refusal it gets today (404 `not_found` where it may call the operation, 403
 * `insufficient_scope` where it may not), and the owners' resources are exactly as they were.
 * A new operation fails this test until it is covered or listed.
 */
const provider = await startOidcProvider(t);
const { app, adminKey, db } = await buildTestApp(t, { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience });
const contract = (await $RefParser.dereference(fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url)))) as any;
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Walled City' });
const movie = await fixture.movie({ title: 'Fences', languages: ['en'], durationMinutes: 100 });

const owner = await onboardPartner(app, adminKey, { name: 'Owner Cinemas' });
const seller = await onboardPartner(app, adminKey, { name: 'Owner Tickets', kind: 'aggregator' });
const otherTheatre = await onboardPartner(app, adminKey, { name: 'Other Cinemas' });
const otherAggregator = await onboardPartner(app, adminKey, { name: 'Other Tickets', kind: 'aggregator' });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const alice = bearer(await provider.tokenFor('alice@isolation.test'));
const bob = bearer(await provider.tokenFor('bob@isolation.test'));

const ownerApi = typedClient(app, owner.headers);
const theatre = (await answer(ownerApi.POST('/v1/partner/theatres', {
  body: { externalRef: 'walled', name: 'Walled Theatre', cityId: city.id, address: '1 Wall Street', status: 'live', payAtVenue: true },
}))).json();
const screen = (await answer(ownerApi.POST('/v1/partner/theatres/{theatreId}/screens', {
  params: { path: { theatreId: theatre.id } }, body: { externalRef: 'audi-1', name: 'Audi 1' },
}))).json();
await answer(ownerApi.POST('/v1/partner/screens/{screenId}/layouts', {
  params: { path: { screenId: screen.id } },
  body: { rows: [{ label: 'A', seats: [1, 2, 3, 4, 5, 6].map((number) => ({ number, category: 'standard' as const })) }] },
}));
const showtime = (await answer(ownerApi.POST('/v1/partner/theatres/{theatreId}/showtimes', {
  params: { path: { theatreId: theatre.id } },
  body: {
    externalRef: 'walled-show', screenId: screen.id, movieId: movie.id, startsAt: '2030-06-01T14:30:00Z', language: 'en', format: '2D',
    prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
  },
}))).json();

async function created(response: Promise<{ response: Response }>) {
  const answered = await answer(response);
  if (answered.statusCode !== 201) throw new Error(`setup answered ${answered.statusCode}: ${answered.body}`);
  return answered.json();
}

// The aggregator's and the customer's holds (one each kept active) and bookings.
const sellerApi = typedClient(app, seller.headers);
const aliceApi = typedClient(app, alice);
// One active hold per customer and showtime: each books first, then holds again.
const sellerBooked = await created(sellerApi.POST('/v1/holds', { body: { showtimeId: showtime.id, customerRef: 'cust-1', seats: ['A2'] } }));
const sellerBooking = await created(sellerApi.POST('/v1/bookings', { body: { holdId: sellerBooked.id, payment: { method: 'partner_collected', reference: 'pg-1' } } }));
const sellerHold = await created(sellerApi.POST('/v1/holds', { body: { showtimeId: showtime.id, customerRef: 'cust-1', seats: ['A1'] } }));
const aliceBooked = await created(aliceApi.POST('/v1/holds', { body: { showtimeId: showtime.id, seats: ['A4'] } }));
const aliceBooking = await created(aliceApi.POST('/v1/bookings', { body: { holdId: aliceBooked.id, payment: { method: 'pay_at_venue' } } }));
const aliceHold = await created(aliceApi.POST('/v1/holds', { body: { showtimeId: showtime.id, seats: ['A3'] } }));

// The theatre partner's webhook endpoint, a test event, and (the pipeline is off here) its delivery.
const endpoint = await created(ownerApi.POST('/v1/webhooks/endpoints', { body: { url: 'https://93.184.215.14/walled/hooks' } }));
const testEvent = (await answer(ownerApi.POST('/v1/webhooks/endpoints/{endpointId}/test', { params: { path: { endpointId: endpoint.id } } }))).json();
await db.execute(sql`insert into webhook_deliveries (id, endpoint_id, event_id, status, next_attempt_at)
  values ('dlv_WALLED', ${endpoint.id}, ${testEvent.id}, 'failed', null)`);

type Caller = { name: string; headers: Record<string, string> };
const callers = {
  otherTheatre: { name: 'another theatre partner', headers: otherTheatre.headers },
  otherAggregator: { name: 'another aggregator', headers: otherAggregator.headers },
  owner: { name: 'the theatre partner', headers: owner.headers },
  seller: { name: 'the selling aggregator', headers: seller.headers },
  bob: { name: 'another customer', headers: bob },
  alice: { name: 'the customer', headers: alice },
} satisfies Record<string, Caller>;

/**
 * How each operation is walked: the ids to call it with, and who must be refused how. Each id set
 * is one owner's resource; the callers are everyone but that owner (a theatre partner reads the
 * bookings of its own theatres, so it is no intruder there).
 */
type Refusal = 403 | 404;
type Case = { ids: Record<string, string>; refused: [Caller, Refusal][] };
const ofSeller = { holdId: sellerHold.id, bookingId: sellerBooking.id };
const ofAlice = { holdId: aliceHold.id, bookingId: aliceBooking.id };
const ofOwner = { endpointId: endpoint.id, deliveryId: 'dlv_WALLED', eventId: testEvent.id };
const holdCases: Case[] = [
  { ids: ofSeller, refused: [[callers.otherAggregator, 404], [callers.bob, 404], [callers.alice, 404], [callers.otherTheatre, 403], [callers.owner, 403]] },
  { ids: ofAlice, refused: [[callers.bob, 404], [callers.seller, 404], [callers.otherAggregator, 404], [callers.otherTheatre, 403]] },
];
const bookingReadCases: Case[] = [
  { ids: ofSeller, refused: [[callers.otherAggregator, 404], [callers.bob, 404], [callers.alice, 404], [callers.otherTheatre, 404]] },
  { ids: ofAlice, refused: [[callers.bob, 404], [callers.seller, 404], [callers.otherAggregator, 404], [callers.otherTheatre, 404]] },
];
const bookingWriteCases: Case[] = [
  { ids: ofSeller, refused: [[callers.otherAggregator, 404], [callers.bob, 404], [callers.alice, 404], [callers.otherTheatre, 403], [callers.owner, 403]] },
  { ids: ofAlice, refused: [[callers.bob, 404], [callers.seller, 404], [callers.otherAggregator, 404], [callers.otherTheatre, 403], [callers.owner, 403]] },
];
const webhookCases: Case[] = [{ ids: ofOwner, refused: [[callers.otherTheatre, 404], [callers.otherAggregator, 404], [callers.seller, 404], [callers.alice, 403]] }];

const walked: Record<string, Case[]> = {
  getHold: holdCases,
  extendHold: holdCases,
  releaseHold: holdCases,
  getBooking: bookingReadCases,
  cancelBooking: bookingWriteCases,
  getWebhookEndpoint: webhookCases,
  updateWebhookEndpoint: webhookCases,
  deleteWebhookEndpoint: webhookCases,
  disableWebhookEndpoint: webhookCases,
  enableWebhookEndpoint: webhookCases,
  rotateWebhookSecret: webhookCases,
  sendWebhookTest: webhookCases,
  listWebhookEndpointDeliveries: webhookCases,
  replayWebhookDeliveries: webhookCases,
  listWebhookDeliveryAttempts: webhookCases,
  redeliverWebhook: webhookCases,
  listEventDeliveries: webhookCases,
};

/** Operations with a path id that no tenant owns, and why they are not walked. */
const notTenantOwned: Record<string, string> = {
  listMoviesInCity: 'public catalogue: cities and movies are the platform\'s',
  listTheatresShowingMovie: 'public catalogue: live theatres and their showtimes are public',
  listTheatresInCity: 'public catalogue: live theatres are public',
  getMovie: 'public catalogue',
  getTheatre: 'public catalogue: a live theatre (a draft one is a 404 to everyone)',
  getShowtime: 'public catalogue: showtimes of live theatres',
  getSeatMap: 'public: a live showtime\'s seat map shows availability only',
  quoteSeats: 'public: prices a live showtime\'s seats, writes nothing',
  updateCity: 'admin only: cities are the platform\'s',
  getAdminMovie: 'admin only: the movie catalogue is the platform\'s',
  updateMovie: 'admin only: the movie catalogue is the platform\'s',
  getPartner: 'admin only: the admin manages every partner',
  suspendPartner: 'admin only',
  reinstatePartner: 'admin only',
  issueApiKey: 'admin only',
  listApiKeys: 'admin only',
  revokeApiKey: 'admin only (a partner id and a key id of that partner)',
  getOffer: 'admin only: offers are the platform\'s',
  updateOffer: 'admin only: offers are the platform\'s',
  disableOffer: 'admin only: offers are the platform\'s',
  enableOffer: 'admin only: offers are the platform\'s',
};

const operations = Object.entries<Record<string, any>>(contract.paths)
  .filter(([path]) => path.includes('{'))
  .flatMap(([path, item]) =>
    Object.entries<any>(item)
      .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );

/** What each owner sees of its resources: compared before and after the intruders' calls. */
async function ownersView() {
  const read = async (url: string, headers: Record<string, string>) => {
    const response = await app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json() };
  };
  return {
    sellerHold: await read(`/v1/holds/${sellerHold.id}`, seller.headers),
    aliceHold: await read(`/v1/holds/${aliceHold.id}`, alice),
    sellerBooking: await read(`/v1/bookings/${sellerBooking.id}`, seller.headers),
    aliceBooking: await read(`/v1/bookings/${aliceBooking.id}`, alice),
    theatreBooking: await read(`/v1/bookings/${sellerBooking.id}`, owner.headers),
    endpoint: await read(`/v1/webhooks/endpoints/${endpoint.id}`, owner.headers),
    deliveries: await read(`/v1/webhooks/endpoints/${endpoint.id}/deliveries`, owner.headers),
    attempts: await read('/v1/webhooks/deliveries/dlv_WALLED/attempts', owner.headers),
    eventDeliveries: await read(`/v1/events/${testEvent.id}/deliveries`, owner.headers),
    seats: await read(`/v1/partner/showtimes/${showtime.id}/seats`, owner.headers),
  };
}

t.test('every operation with a path id is walked with every other credential, or named as not tenant-owned', async (t) => {
  const before = await ownersView();
  t.ok(Object.values(before).every((view) => view.status === 200), 'the owners read their own resources');
  let requests = 0;
  const seen = new Set<string>();
  for (const { path, method, operation } of operations) {
    const id: string = operation.operationId;
    seen.add(id);
    if (path.startsWith('/v1/partner/')) continue; // Walked by partner/isolation.test.ts, table-driven from this same contract.
    if (id in notTenantOwned) {
      const security = (operation.security ?? []).flatMap((scheme: object) => Object.keys(scheme));
      t.ok(security.length === 0 || security.every((scheme: string) => scheme === 'adminApiKey'), `${id} (${notTenantOwned[id]}) is public or admin-only`);
      continue;
    }
    const cases = walked[id];
    if (!cases) {
      t.fail(`${method} ${path} (${id}) takes a path id but is neither walked by this test nor named as not tenant-owned: add it`);
      continue;
    }
    const example = operation.requestBody?.content?.['application/json']?.schema?.example;
    if (operation.requestBody?.required && example === undefined) t.fail(`${id}: its request schema needs an example`);
    for (const { ids, refused } of cases) {
      const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        if (!(name in ids)) throw new Error(`${id}: no owned resource for {${name}}`);
        return encodeURIComponent(ids[name]!);
      });
      for (const [caller, status] of refused) {
        requests += 1;
        // Built from the contract at run time, so untyped on purpose: every operation, whatever its shape.
        const response = await app.inject({ method: method as 'GET', url, headers: caller.headers, ...(example === undefined ? {} : { payload: example }) });
        t.equal(response.statusCode, status, `${method} ${url} (${id}) by ${caller.name}`);
        t.equal(response.json().code, status === 404 ? 'not_found' : 'insufficient_scope', `${id} by ${caller.name}: ${response.body}`);
        t.notMatch(response.body, /cust-1|Walled Theatre|93\.184\.215\.14/, `${id} by ${caller.name} says nothing of the resource`);
      }
    }
  }
  for (const id of [...Object.keys(walked), ...Object.keys(notTenantOwned)]) t.ok(seen.has(id), `${id} is an operation of the contract`);
  t.ok(requests >= 60, `${requests} refused calls`);
  t.same(await ownersView(), before, 'every owner\'s holds, bookings, endpoint, deliveries and seats are exactly as they were');
});
