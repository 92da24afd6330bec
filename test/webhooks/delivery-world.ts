import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/db/client.ts';
import { newId } from '../../server/db/ids.ts';
import { newSigningSecret, sealSecret } from '../../webhooks/secrets.ts';
import { secretsKeyRing } from '../../webhooks/secrets-key-ring.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/** The key the webhook tests seal secrets with (WEBHOOK_SECRETS_KEY). */
export const TEST_SECRETS_KEY = randomBytes(32);

/** Settings every pipeline test runs with: local receivers, a per-file queue prefix. */
export function webhookTestEnv(prefix: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    WEBHOOKS_ENABLED: 'true',
    QUEUE_PREFIX: prefix,
    WEBHOOK_SECRETS_KEY: TEST_SECRETS_KEY.toString('base64'),
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RELAY_SCAN_INTERVAL_MS: '250',
    ...extra,
  };
}

/**
 * Theatres that sell seats through the API, and endpoints registered for their partners. Each
 * theatre partner has its own showtimes, so one test's webhooks never reach another's endpoints.
 */
export async function deliveryWorld(app: FastifyInstance, adminKey: string, db: Db) {
  const fixture = catalogueFixture(app, adminKey);
  const city = await fixture.city({ name: `Hook City ${randomBytes(3).toString('hex')}` });
  const movie = await fixture.movie({ title: 'Delivered', durationMinutes: 90 });
  const aggregator = await onboardPartner(app, adminKey, { name: 'Hook Seller', kind: 'aggregator' });
  const asSeller = typedClient(app, aggregator.headers);
  /** Awaits a call that must answer 201, and answers its body. */
  const created = async (what: string, pending: Promise<{ response: Response }>) => {
    const response = await answer(pending);
    if (response.statusCode !== 201) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
    return response.json();
  };
  let day = 0;

  async function theatrePartner(name: string) {
    const owner = await onboardPartner(app, adminKey, { name });
    const asOwner = typedClient(app, owner.headers);
    const theatre = await created('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 't', name, cityId: city.id, address: '1 Road', status: 'live' } }));
    const screen = await created('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 's', name: 'Screen' } }));
    const seats = Array.from({ length: 40 }, (_, n) => ({ number: n + 1, category: 'standard' as const }));
    await created('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows: [{ label: 'A', seats }] } }));
    let showtimeId: string | undefined;
    let nextSeat = 0;
    return {
      owner,
      /** Holds and confirms one seat through the API; answers the booking and its event id. */
      async book(): Promise<{ bookingId: string; eventId: string }> {
        if (showtimeId === undefined || nextSeat === 40) {
          day += 1;
          nextSeat = 0;
          showtimeId = (await created('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
            params: { path: { theatreId: theatre.id } },
            body: {
              externalRef: `sh-${day}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D',
              startsAt: new Date(Date.parse('2031-01-01T10:00:00Z') + day * 86_400_000).toISOString(),
              prices: [{ category: 'standard', price: { amount: 10_000, currency: 'INR' } }],
            },
          }))).id as string;
        }
        nextSeat += 1;
        const hold = await created('POST /v1/holds', asSeller.POST('/v1/holds', { body: { showtimeId, customerRef: `c-${randomBytes(4).toString('hex')}`, seats: [`A${nextSeat}`] } }));
        const booking = await created('POST /v1/bookings', asSeller.POST('/v1/bookings', { body: { holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay-1' } } }));
        // A read, not a write: the booking's answer does not name the event it made.
        const [event] = await db.execute<{ id: string }>(sql`select id from events where type = 'booking.confirmed' and aggregate_id = ${booking.id}`);
        return { bookingId: booking.id as string, eventId: event!.id };
      },
    };
  }

  return { aggregator, theatrePartner };
}

/** Registers an endpoint through the endpoints API, as its partner does; answers its id and the secret shown once. */
export async function registerEndpoint(app: FastifyInstance, owner: { headers: Record<string, string> }, url: string, eventTypes: Schema<'EventTypeName'>[] = []) {
  const body: Schema<'WebhookEndpointIn'> = { url, ...(eventTypes.length > 0 ? { eventTypes } : {}) };
  const response = await answer(typedClient(app, owner.headers).POST('/v1/webhooks/endpoints', { body }));
  if (response.statusCode !== 201) throw new Error(`registering ${url} answered ${response.statusCode}: ${response.body}`);
  const endpoint = response.json() as { id: string; secret: string };
  return { id: endpoint.id, secret: endpoint.secret };
}

/**
 * Writes an endpoint row as the endpoints API stores one (its secret sealed), for a URL the API
 * would refuse now: one that stands for an endpoint registered when its address was public.
 */
export async function insertEndpoint(db: Db, partnerId: string, url: string, eventTypes: string[] = []) {
  const id = newId('whe');
  const secret = newSigningSecret();
  await db.execute(sql`
    insert into webhook_endpoints (id, partner_id, url, event_types, secret_ciphertext)
    values (${id}, ${partnerId}, ${url}, ${`{${eventTypes.join(',')}}`}::text[], ${sealSecret(secret, secretsKeyRing([TEST_SECRETS_KEY]))})`);
  return { id, secret };
}

/**
 * Waits until the pipeline has nothing left to send to `endpointId`, and answers its deliveries:
 * every event has its feed position (so every delivery row it will ever get exists) and each of
 * them is `delivered` or `failed`. A request only ever goes out for an attempt claimed on a row
 * that is neither, so what a receiver has seen by then is all it will ever see.
 */
export async function settledDeliveries(db: Db, endpointId: string) {
  const read = async () => {
    const [unpositioned] = await db.execute<{ count: number }>(sql`select count(*)::int as count from events where sequence is null`);
    const deliveries = await db.execute<{ id: string; event_id: string; status: string; attempt_count: number }>(
      sql`select id, event_id, status, attempt_count from webhook_deliveries where endpoint_id = ${endpointId} order by created_at, id`);
    return { unpositioned: unpositioned!.count, deliveries };
  };
  const settled = await waitUntil(`the deliveries to ${endpointId} to settle`, read,
    ({ unpositioned, deliveries }) => unpositioned === 0 && deliveries.every((delivery) => delivery.status === 'delivered' || delivery.status === 'failed'));
  return settled.deliveries;
}
