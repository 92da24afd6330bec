import { jsonClient, onboardPartner } from './bench-http.ts';

export const ROWS = 20;
/** Two blocks of 20 seats with an aisle between them (x 0–19 and 21–40). */
export const SEATS_PER_BLOCK = 20;
export const SEATS = ROWS * SEATS_PER_BLOCK * 2;

export interface BestAvailableWorld {
  authorization: string;
  /** Sold half each way before the measured runs, so both paths are warm. */
  warmUpShowtime: string;
  baselineShowtime: string;
  bestShowtime: string;
}

/** A theatre partner's live theatre with one screen per run (and one for the warm-up), and an aggregator's key; built over HTTP. */
export async function buildBestAvailableWorld(baseUrl: string, adminKey: string): Promise<BestAvailableWorld> {
  const client = jsonClient(baseUrl);
  try {
    const admin = { authorization: `Bearer ${adminKey}` };
    const owner = { authorization: (await onboardPartner(client, adminKey, { name: 'Best Bench Cinemas', kind: 'theatre', scopes: ['read', 'inventory:write'] })).authorization };
    const seller = await onboardPartner(client, adminKey, { name: 'Best Bench Tickets', kind: 'aggregator', scopes: ['read', 'bookings:write'] });
    const city = await client.create('/v1/admin/cities', { name: 'Best Bench City', country: 'IN', timeZone: 'Asia/Kolkata' }, admin);
    const movie = await client.create('/v1/admin/movies', { title: 'Best Bench', languages: ['en'], genres: ['drama'], durationMinutes: 100 }, admin);
    const theatre = await client.create('/v1/partner/theatres', { externalRef: 'best-bench', name: 'Best Bench Multiplex', cityId: city.id, address: '1 Bench Road', status: 'live' }, owner);
    const rows = Array.from({ length: ROWS }, (_, index) => ({
      label: String.fromCharCode(65 + index),
      seats: Array.from({ length: SEATS_PER_BLOCK * 2 }, (_, n) => ({ number: n + 1, category: 'standard', ...(n === SEATS_PER_BLOCK ? { x: SEATS_PER_BLOCK + 1 } : {}) })),
    }));
    const firstStart = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 86_400_000;
    const showtimes: string[] = [];
    for (const index of [0, 1, 2]) {
      const screen = await client.create(`/v1/partner/theatres/${theatre.id}/screens`, { externalRef: `screen-${index}`, name: `Screen ${index + 1}` }, owner);
      await client.create(`/v1/partner/screens/${screen.id}/layouts`, { rows }, owner);
      const showtime = await client.create(`/v1/partner/theatres/${theatre.id}/showtimes`, {
        externalRef: `show-${index}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D',
        startsAt: new Date(firstStart).toISOString(), prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
      }, owner);
      showtimes.push(showtime.id);
    }
    return { authorization: seller.authorization, warmUpShowtime: showtimes[2]!, baselineShowtime: showtimes[0]!, bestShowtime: showtimes[1]! };
  } finally {
    await client.close();
  }
}
