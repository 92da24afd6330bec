import { sql } from 'drizzle-orm';
import type { TestApp } from './app.ts';
import type { FixtureCity, FixtureMovie } from './catalogue-fixture.ts';
import type { TestOidcProvider } from './oidc-provider.ts';
import { ALL_SCOPES, onboardPartner } from './partners.ts';
import { answer, typedClient, type Api } from './typed-client.ts';

type Headers = Record<string, string>;
type Scope = (typeof ALL_SCOPES)[number];

/** Awaits a setup call that must succeed (2xx), and answers its body. */
async function succeeded(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

/**
 * One tenant's side of the platform, made through the API as its owners make it: a theatre
 * partner with a live theatre (screen, layout, showtime) and a draft one (its showtime not on
 * sale), an aggregator and a signed-in customer each holding and booking seats there, and a
 * webhook endpoint of each partner with a test event and a delivery. Also keys of the same two
 * partners that lack one scope each, for the access matrix's "key lacking the scope".
 */
export async function tenantWorld(
  testApp: TestApp,
  provider: TestOidcProvider,
  catalogue: { city: FixtureCity; movie: FixtureMovie },
  side: string,
) {
  const { app, adminKey, db } = testApp;
  const theatrePartner = await onboardPartner(app, adminKey, { name: `Cinemas ${side}` });
  const aggregator = await onboardPartner(app, adminKey, { name: `Tickets ${side}`, kind: 'aggregator' });
  const customer = { headers: { authorization: `Bearer ${await provider.tokenFor(`customer-${side.toLowerCase()}@matrix.test`)}` } };
  const asTheatre = typedClient(app, theatrePartner.headers);

  const theatre = async (ref: string, status: 'live' | 'draft') => {
    const made = await succeeded('createTheatre', asTheatre.POST('/v1/partner/theatres', {
      body: { externalRef: ref, name: `Theatre ${side} ${status}`, cityId: catalogue.city.id, address: `1 ${side} Road`, status, payAtVenue: true },
    }));
    const screen = await succeeded('createScreen', asTheatre.POST('/v1/partner/theatres/{theatreId}/screens', {
      params: { path: { theatreId: made.id } }, body: { externalRef: `screen-${side}-${status}`, name: `Audi ${side}` },
    }));
    await succeeded('createSeatLayout', asTheatre.POST('/v1/partner/screens/{screenId}/layouts', {
      params: { path: { screenId: screen.id } },
      body: { rows: [{ label: 'A', seats: [1, 2, 3, 4, 5, 6, 7, 8].map((number) => ({ number, category: 'standard' as const })) }] },
    }));
    const showtime = await succeeded('createShowtime', asTheatre.POST('/v1/partner/theatres/{theatreId}/showtimes', {
      params: { path: { theatreId: made.id } },
      body: {
        externalRef: `show-${side}-${status}`, screenId: screen.id, movieId: catalogue.movie.id, startsAt: '2031-03-01T14:30:00Z', language: 'en', format: '2D',
        prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
      },
    }));
    return { id: made.id as string, ref, screenId: screen.id as string, screenRef: `screen-${side}-${status}`, showtimeId: showtime.id as string, showtimeRef: `show-${side}-${status}` };
  };
  const live = await theatre(`live-${side}`, 'live');
  const draft = await theatre(`draft-${side}`, 'draft');

  // A booking and then an active hold for each seller (one active hold per customer and showtime).
  const customerRef = `cust-${side}-secret-ref`;
  const sell = async (api: Api, seats: [string, string], payment: { method: 'partner_collected'; reference: string } | { method: 'pay_at_venue' }, ref?: string) => {
    const who = ref ? { customerRef: ref } : {};
    const booked = await succeeded('createHold', api.POST('/v1/holds', { body: { showtimeId: live.showtimeId, seats: [seats[0]], ...who } }));
    const booking = await succeeded('createBooking', api.POST('/v1/bookings', { body: { holdId: booked.id, payment } }));
    const hold = await succeeded('createHold', api.POST('/v1/holds', { body: { showtimeId: live.showtimeId, seats: [seats[1]], ...who } }));
    return { holdId: hold.id as string, bookingId: booking.id as string, reference: booking.reference as string };
  };
  const asAggregator = typedClient(app, aggregator.headers);
  const sold = await sell(asAggregator, ['A1', 'A2'], { method: 'partner_collected', reference: `pay-${side}-1` }, customerRef);
  const direct = await sell(typedClient(app, customer.headers), ['A3', 'A4'], { method: 'pay_at_venue' });

  // Each partner's endpoint, a test event to it, and (the pipeline is off in tests) its delivery.
  const hooks = async (api: Api, owner: string) => {
    const url = `https://93.184.215.14/${owner}-${side}/hooks`;
    const endpoint = await succeeded('createWebhookEndpoint', api.POST('/v1/webhooks/endpoints', { body: { url } }));
    const event = await succeeded('sendWebhookTest', api.POST('/v1/webhooks/endpoints/{endpointId}/test', { params: { path: { endpointId: endpoint.id } } }));
    const deliveryId = `dlv_MATRIX${owner.toUpperCase()}${side}`;
    // No API writes a delivery: the relay does, and it does not run in tests.
    await db.execute(sql`insert into webhook_deliveries (id, endpoint_id, event_id, status, next_attempt_at) values (${deliveryId}, ${endpoint.id}, ${event.id}, 'failed', null)`);
    return { endpointId: endpoint.id as string, url, eventId: event.id as string, deliveryId };
  };
  const theatreHooks = await hooks(asTheatre, 'theatre');
  const aggregatorHooks = await hooks(asAggregator, 'aggregator');

  /** A key of the partner with every scope but `missing`. */
  const lackingKeys = async (partner: typeof theatrePartner) => {
    const admin = typedClient(app, { authorization: `Bearer ${adminKey}` });
    const keys = {} as Record<Scope, Headers>;
    for (const missing of ALL_SCOPES) {
      const key = await succeeded('issueApiKey', admin.POST('/v1/admin/partners/{partnerId}/keys', {
        params: { path: { partnerId: partner.partner.id } }, body: { name: `lacks ${missing}`, scopes: ALL_SCOPES.filter((scope) => scope !== missing) },
      }));
      keys[missing] = { authorization: `Bearer ${key.secret}` };
    }
    return keys;
  };

  return {
    side,
    theatrePartner,
    aggregator,
    customer,
    live,
    draft,
    sold,
    direct,
    customerRef,
    theatreHooks,
    aggregatorHooks,
    lacking: { theatre: await lackingKeys(theatrePartner), aggregator: await lackingKeys(aggregator) },
    /**
     * What no one outside this side may ever read: its holds, bookings and their references, the
     * aggregator's customer, the webhook endpoints, events and deliveries, the draft theatre, the
     * keys, and the aggregator itself (a buyer of seats is nobody else's business).
     */
    privateValues: [
      sold.holdId, sold.bookingId, sold.reference, direct.holdId, direct.bookingId, direct.reference, customerRef,
      ...[theatreHooks, aggregatorHooks].flatMap((hooks) => [hooks.endpointId, hooks.url, hooks.eventId, hooks.deliveryId]),
      draft.id, draft.showtimeId, draft.screenId, theatrePartner.key.id, aggregator.key.id, aggregator.partner.id,
    ],
  };
}

export type TenantWorld = Awaited<ReturnType<typeof tenantWorld>>;

/**
 * Everything a side's owners see of it, through the API, as themselves: compared before and after
 * the matrix, so a write that got through anywhere shows up here.
 */
export async function ownersView(app: TestApp['app'], adminKey: string, world: TenantWorld) {
  const read = async (headers: Headers, url: string) => {
    const response = await app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json() };
  };
  const theatre = world.theatrePartner.headers;
  const admin = { authorization: `Bearer ${adminKey}` };
  const partnerForAdmin = async (partnerId: string) => {
    const keys = await read(admin, `/v1/admin/partners/${partnerId}/keys`);
    // When a key was last used moves with the owners' own reads here, not with anyone else's calls.
    const body = { ...keys.body, data: keys.body.data.map(({ lastUsedAt: _, ...key }: Record<string, unknown>) => key) };
    return { partner: await read(admin, `/v1/admin/partners/${partnerId}`), keys: { ...keys, body } };
  };
  const views: Record<string, unknown> = {};
  for (const place of [world.live, world.draft]) {
    views[`theatre ${place.ref}`] = await read(theatre, `/v1/partner/theatres/${place.id}`);
    views[`screens ${place.ref}`] = await read(theatre, `/v1/partner/theatres/${place.id}/screens`);
    views[`layouts ${place.ref}`] = await read(theatre, `/v1/partner/screens/${place.screenId}/layouts`);
    views[`showtimes ${place.ref}`] = await read(theatre, `/v1/partner/theatres/${place.id}/showtimes`);
    views[`seats ${place.ref}`] = await read(theatre, `/v1/partner/showtimes/${place.showtimeId}/seats`);
  }
  Object.assign(views, {
    theatres: await read(theatre, '/v1/partner/theatres'),
    theatreBookings: await read(theatre, '/v1/partner/bookings'),
    theatreFeed: await read(theatre, '/v1/events?limit=100'),
    theatreEndpoints: await read(theatre, '/v1/webhooks/endpoints'),
    aggregatorEndpoints: await read(world.aggregator.headers, '/v1/webhooks/endpoints'),
    aggregatorFeed: await read(world.aggregator.headers, '/v1/events?limit=100'),
    soldHold: await read(world.aggregator.headers, `/v1/holds/${world.sold.holdId}`),
    soldBookings: await read(world.aggregator.headers, '/v1/bookings'),
    directHold: await read(world.customer.headers, `/v1/holds/${world.direct.holdId}`),
    directBookings: await read(world.customer.headers, '/v1/bookings'),
    seatMap: await read({}, `/v1/showtimes/${world.live.showtimeId}/seat-map`),
  });
  for (const hooks of [world.theatreHooks, world.aggregatorHooks]) {
    const owner = hooks === world.theatreHooks ? theatre : world.aggregator.headers;
    views[`deliveries ${hooks.endpointId}`] = await read(owner, `/v1/webhooks/endpoints/${hooks.endpointId}/deliveries`);
    views[`attempts ${hooks.deliveryId}`] = await read(owner, `/v1/webhooks/deliveries/${hooks.deliveryId}/attempts`);
  }
  views.theatrePartner = await partnerForAdmin(world.theatrePartner.partner.id);
  views.aggregator = await partnerForAdmin(world.aggregator.partner.id);
  return views;
}
