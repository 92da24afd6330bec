import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import type { Teardownable } from '../helpers/database.ts';
import { startOidcProvider } from '../helpers/oidc-provider.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { twoTheatres } from '../helpers/two-theatres.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';

/**
 * The small world the fuzzer calls into, made through the API as its users make it: a city and a
 * movie, a theatre partner's two live theatres with screens, layouts and showtimes, an
 * aggregator's and a signed-in customer's holds and bookings, a webhook endpoint with an event and
 * a delivery, and a partner of no caller's for the admin's partner operations (so suspending or
 * revoking it leaves the callers able to call). Its ids, by the name of the parameter or field
 * that takes them, let valid requests reach deep code.
 */

/** Who calls: the name a reproducer prints, never the secret it sends. */
export interface Caller {
  name: string;
  authorization?: string;
}

export interface FuzzWorld {
  app: FastifyInstance;
  callers: { anonymous: Caller; customer: Caller; aggregator: Caller; theatre: Caller; admin: Caller };
  /** Real ids by parameter or field name (`showtimeId`, `holdId` …). */
  ids: Record<string, string[]>;
  /** Seat labels of the world's layouts. */
  seats: string[];
}

/** Generous, so a long campaign's customer is not signed out half-way. */
const CUSTOMER_TOKEN_TTL_SECONDS = 24 * 3600;

export async function buildFuzzWorld(t: Teardownable): Promise<FuzzWorld> {
  const provider = await startOidcProvider(t);
  provider.setAccessTokenTtl(CUSTOMER_TOKEN_TTL_SECONDS);
  const { app, adminKey, db } = await buildTestApp(t, { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience });
  const fixture = catalogueFixture(app, adminKey);
  const city = await fixture.city({ name: 'Fuzz City' });
  const movie = await fixture.movie({ title: 'The Fuzzing', languages: ['en', 'hi'], durationMinutes: 110 });
  const owner = await onboardPartner(app, adminKey, { name: 'Fuzz Cinemas' });
  const seller = await onboardPartner(app, adminKey, { name: 'Fuzz Tickets', kind: 'aggregator' });
  const bystander = await onboardPartner(app, adminKey, { name: 'Bystander Cinemas' });
  const customer = `Bearer ${await provider.tokenFor('fuzz@customer.test')}`;

  const theatres = await twoTheatres(app, owner, { cityId: city.id, movieId: movie.id, refPrefix: 'fuzz-', firstStartsAt: '2031-05-01T08:30:00Z' });
  const showtimes = [await theatres.showtime(), await theatres.showtime(), await theatres.showtime(theatres.online)];
  const ownerApi = typedClient(app, owner.headers);
  const screens: string[] = [];
  for (const theatre of [theatres.venue, theatres.online]) {
    const listed = await answer(ownerApi.GET('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } } }));
    screens.push(...listed.json().data.map((screen: { id: string }) => screen.id));
  }

  const created = async (what: string, pending: Promise<{ response: Response }>) => {
    const response = await answer(pending);
    if (response.statusCode >= 300) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
    return response.json();
  };
  const sellerApi = typedClient(app, seller.headers);
  const customerApi = typedClient(app, { authorization: customer });
  const sellerBooked = await created('aggregator hold', sellerApi.POST('/v1/holds', { body: { showtimeId: showtimes[0]!, customerRef: 'fuzz-1', seats: ['A1'] } }));
  const sellerBooking = await created('aggregator booking', sellerApi.POST('/v1/bookings', { body: { holdId: sellerBooked.id, payment: { method: 'partner_collected', reference: 'pg-fuzz' } } }));
  const sellerHold = await created('aggregator hold', sellerApi.POST('/v1/holds', { body: { showtimeId: showtimes[0]!, customerRef: 'fuzz-1', seats: ['A2'] } }));
  const customerBooked = await created('customer hold', customerApi.POST('/v1/holds', { body: { showtimeId: showtimes[0]!, seats: ['A3'] } }));
  const customerBooking = await created('customer booking', customerApi.POST('/v1/bookings', { body: { holdId: customerBooked.id, payment: { method: 'pay_at_venue' } } }));
  const customerHold = await created('customer hold', customerApi.POST('/v1/holds', { body: { showtimeId: showtimes[0]!, seats: ['A4'] } }));

  const endpoint = await created('webhook endpoint', ownerApi.POST('/v1/webhooks/endpoints', { body: { url: 'https://93.184.215.14/fuzz/hooks' } }));
  const testEvent = await created('webhook test', ownerApi.POST('/v1/webhooks/endpoints/{endpointId}/test', { params: { path: { endpointId: endpoint.id } } }));
  // The webhook pipeline is off in tests: the delivery it would have recorded, written directly.
  await db.execute(sql`insert into webhook_deliveries (id, endpoint_id, event_id, status, next_attempt_at)
    values ('dlv_FUZZ', ${endpoint.id}, ${testEvent.id}, 'failed', null)`);

  const adminApi = typedClient(app, { authorization: `Bearer ${adminKey}` });
  const offers = (await answer(adminApi.GET('/v1/admin/offers'))).json().data.map((offer: { id: string }) => offer.id);

  return {
    app,
    callers: {
      anonymous: { name: 'anonymous' },
      customer: { name: 'customer', authorization: customer },
      aggregator: { name: 'aggregator partner', authorization: seller.headers.authorization },
      theatre: { name: 'theatre partner', authorization: owner.headers.authorization },
      admin: { name: 'admin', authorization: `Bearer ${adminKey}` },
    },
    ids: {
      cityId: [city.id],
      movieId: [movie.id],
      theatreId: [theatres.venue.id, theatres.online.id],
      screenId: screens,
      showtimeId: showtimes,
      holdId: [sellerHold.id, customerHold.id, sellerBooked.id],
      bookingId: [sellerBooking.id, customerBooking.id],
      partnerId: [bystander.partner.id],
      keyId: [bystander.key.id],
      offerId: offers,
      endpointId: [endpoint.id],
      deliveryId: ['dlv_FUZZ'],
      eventId: [testEvent.id],
      layoutVersion: ['1', '2'],
      externalRef: ['fuzz-1', 'fuzz-2', 's1', 'sh-1'],
      customerRef: ['fuzz-1', 'fuzz-2'],
    },
    seats: Array.from({ length: 12 }, (_, n) => `A${n + 1}`),
  };
}
