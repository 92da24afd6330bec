import type { FastifyInstance } from 'fastify';

/** Rows A–J of 30 standard seats: the 300-seat screen every booking benchmark sells. */
export const ROW_LABELS = 'ABCDEFGHIJ'.split('');
export const SEATS_PER_ROW = 30;
export const SEAT_LABELS = ROW_LABELS.flatMap((row) => Array.from({ length: SEATS_PER_ROW }, (_, index) => `${row}${index + 1}`));
const SCREENS = 4;
/** A show every three hours on each screen: a 100-minute movie plus the cleaning buffer fits. */
const SLOT_MS = 3 * 3_600_000;

export interface BookingWorld {
  /** The aggregator that holds and books: its id, its key's id and the key's `Authorization` header. */
  aggregator: { partnerId: string; keyId: string; authorization: string };
  /** Showtime ids of each named set; every set is sold by one run only, so runs never share seats. */
  showtimes: Record<string, string[]>;
}

/**
 * One live theatre of a theatre partner with four 300-seat screens and as many showtimes as the
 * named sets ask for (all in the future, none overlapping), plus an aggregator with a
 * `bookings:write` key. Built through the API as partners do it, so each showtime's 300 seat
 * rows are the ones the partner API creates.
 */
export async function buildBookingWorld(app: FastifyInstance, adminKey: string, sets: Record<string, number>): Promise<BookingWorld> {
  const call = async (method: 'POST', url: string, authorization: string, payload: object) => {
    const response = await app.inject({ method, url, headers: { authorization }, payload });
    if (response.statusCode !== 201) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json() as { id: string } & Record<string, unknown>;
  };
  const admin = `Bearer ${adminKey}`;
  const onboard = async (name: string, kind: 'theatre' | 'aggregator', scopes: string[]) => {
    const partner = await call('POST', '/v1/admin/partners', admin, { name, kind });
    const key = await call('POST', `/v1/admin/partners/${partner.id}/keys`, admin, { name: 'bench key', scopes });
    return { partnerId: partner.id, keyId: key.id, authorization: `Bearer ${key['secret'] as string}` };
  };

  const owner = await onboard('Bench Cinemas', 'theatre', ['read', 'inventory:write']);
  const aggregator = await onboard('Bench Tickets', 'aggregator', ['read', 'bookings:write']);
  const city = await call('POST', '/v1/admin/cities', admin, { name: 'Bench City', country: 'IN', timeZone: 'Asia/Kolkata' });
  const movie = await call('POST', '/v1/admin/movies', admin, { title: 'Bench Sell-Out', languages: ['en'], genres: ['drama'], durationMinutes: 100 });
  const theatre = await call('POST', '/v1/partner/theatres', owner.authorization, {
    externalRef: 'bench-1', name: 'Bench Multiplex', cityId: city.id, address: '1 Bench Road', status: 'live',
  });
  const rows = ROW_LABELS.map((label) => ({ label, seats: Array.from({ length: SEATS_PER_ROW }, (_, index) => ({ number: index + 1, category: 'standard' })) }));
  const screenIds: string[] = [];
  for (let index = 0; index < SCREENS; index += 1) {
    const screen = await call('POST', `/v1/partner/theatres/${theatre.id}/screens`, owner.authorization, { externalRef: `screen-${index}`, name: `Screen ${index + 1}` });
    await call('POST', `/v1/partner/screens/${screen.id}/layouts`, owner.authorization, { rows });
    screenIds.push(screen.id);
  }

  // From tomorrow on, so no show has started while it is being sold.
  const firstStart = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 86_400_000;
  const wanted = Object.entries(sets).flatMap(([set, count]) => Array.from({ length: count }, () => set));
  const ids: string[] = [];
  // One creator per screen, side by side: shows on one screen are checked for overlap one by one anyway.
  await Promise.all(
    screenIds.map(async (screenId, screenIndex) => {
      for (let slot = 0; slot * SCREENS + screenIndex < wanted.length; slot += 1) {
        const index = slot * SCREENS + screenIndex;
        const created = await call('POST', `/v1/partner/theatres/${theatre.id}/showtimes`, owner.authorization, {
          externalRef: `show-${index}`, screenId, movieId: movie.id, language: 'en', format: '2D',
          startsAt: new Date(firstStart + slot * SLOT_MS).toISOString(),
          prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
        });
        ids[index] = created.id;
      }
    }),
  );
  const showtimes: Record<string, string[]> = Object.fromEntries(Object.keys(sets).map((set) => [set, []]));
  wanted.forEach((set, index) => showtimes[set]!.push(ids[index]!));
  return { aggregator, showtimes };
}
