import { ScheduleIn } from '../../server/schemas/generated/components.ts';
import { jsonClient, onboardPartner, type JsonClient, type OnboardedPartner } from './bench-http.ts';

/** The most showtimes one schedule sync takes (the contract's bound). */
const SHOWTIMES_PER_SYNC = Number(ScheduleIn.properties.showtimes.maxItems);

/** Rows A–J of 30 standard seats: the 300-seat screen every booking benchmark sells. */
export const ROW_LABELS = 'ABCDEFGHIJ'.split('');
export const SEATS_PER_ROW = 30;
export const SEAT_LABELS = ROW_LABELS.flatMap((row) => Array.from({ length: SEATS_PER_ROW }, (_, index) => `${row}${index + 1}`));
const SCREENS = 10;
/** A show every three hours on each screen: a 100-minute movie plus the cleaning buffer fits. */
const SLOT_MS = 3 * 3_600_000;

export interface BookingWorld {
  /** The aggregator that holds and books: its id, its key's id and the key's `Authorization` header. */
  aggregator: OnboardedPartner;
  /** Showtime ids of each named set; every set is sold by one run only, so runs never share seats. */
  showtimes: Record<string, string[]>;
}

/**
 * One live theatre of a theatre partner with ten 300-seat screens and as many showtimes as the
 * named sets ask for (all in the future, none overlapping), plus an aggregator with a
 * `bookings:write` key. Built over HTTP as partners do it: the showtimes in one schedule sync,
 * so each showtime's 300 seat rows are the ones the partner API creates.
 */
export async function buildBookingWorld(baseUrl: string, adminKey: string, sets: Record<string, number>): Promise<BookingWorld> {
  const client = jsonClient(baseUrl);
  try {
    return await build(client, adminKey, sets);
  } finally {
    await client.close();
  }
}

async function build(client: JsonClient, adminKey: string, sets: Record<string, number>): Promise<BookingWorld> {
  const admin = { authorization: `Bearer ${adminKey}` };
  const owner = await onboardPartner(client, adminKey, { name: 'Bench Cinemas', kind: 'theatre', scopes: ['read', 'inventory:write'] });
  const aggregator = await onboardPartner(client, adminKey, { name: 'Bench Tickets', kind: 'aggregator', scopes: ['read', 'bookings:write'] });
  const ownerHeaders = { authorization: owner.authorization };
  const city = await client.create('/v1/admin/cities', { name: 'Bench City', country: 'IN', timeZone: 'Asia/Kolkata' }, admin);
  const movie = await client.create('/v1/admin/movies', { title: 'Bench Sell-Out', languages: ['en'], genres: ['drama'], durationMinutes: 100 }, admin);
  const theatre = await client.create('/v1/partner/theatres', {
    externalRef: 'bench-1', name: 'Bench Multiplex', cityId: city.id, address: '1 Bench Road', status: 'live',
  }, ownerHeaders);

  const wanted = Object.entries(sets).flatMap(([set, count]) => Array.from({ length: count }, (_, index) => ({ set, externalRef: `${set}-${index}` })));
  if (wanted.length > SHOWTIMES_PER_SYNC) throw new Error(`${wanted.length} showtimes do not fit one schedule sync (${SHOWTIMES_PER_SYNC})`);
  // From tomorrow on, so no show has started while it is being sold.
  const firstStart = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 86_400_000;
  const slots = Math.ceil(wanted.length / SCREENS);
  const layout = { rows: ROW_LABELS.map((label) => ({ label, seats: Array.from({ length: SEATS_PER_ROW }, (_, index) => ({ number: index + 1, category: 'standard' })) })) };
  const document = {
    window: { from: new Date(firstStart).toISOString(), to: new Date(firstStart + (slots + 1) * SLOT_MS).toISOString() },
    screens: Array.from({ length: SCREENS }, (_, screen) => ({ externalRef: `screen-${screen}`, name: `Screen ${screen + 1}`, layout })),
    showtimes: wanted.map(({ externalRef }, index) => ({
      externalRef, screenExternalRef: `screen-${index % SCREENS}`, movieId: movie.id, language: 'en', format: '2D',
      startsAt: new Date(firstStart + Math.floor(index / SCREENS) * SLOT_MS).toISOString(),
      prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
    })),
  };
  const synced = await client.request('PUT', `/v1/partner/theatres/${theatre.id}/schedule`, { headers: ownerHeaders, body: document });
  if (synced.status !== 200) throw new Error(`schedule sync answered ${synced.status}: ${JSON.stringify(synced.body).slice(0, 2000)}`);
  const idOf = new Map((synced.body.showtimes.created as { id: string; externalRef: string }[]).map((item) => [item.externalRef, item.id]));

  const showtimes: Record<string, string[]> = Object.fromEntries(Object.keys(sets).map((set) => [set, []]));
  for (const { set, externalRef } of wanted) showtimes[set]!.push(idOf.get(externalRef)!);
  return { aggregator, showtimes };
}
