import type { FastifyInstance } from 'fastify';
import { onboardPartner } from './partners.ts';

/**
 * A small world for pricing tests, built through the API: one city per zone, a theatre partner
 * with live theatres, a screen whose layout mixes categories, and an aggregator to hold and book.
 * Showtimes are placed by local wall-clock time, which is what offers are judged on.
 */
export async function pricingWorld(app: FastifyInstance, adminKey: string, name: string) {
  const admin = { authorization: `Bearer ${adminKey}` };
  const owner = await onboardPartner(app, adminKey, { name: `${name} Cinemas` });
  const aggregator = await onboardPartner(app, adminKey, { name: `${name} Tickets`, kind: 'aggregator' });

  async function post(url: string, payload: object, headers: Record<string, string>) {
    const response = await app.inject({ method: 'POST', url, headers, payload });
    if (response.statusCode !== 201) throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json();
  }

  const movie = await post('/v1/admin/movies', { title: `${name} Movie`, languages: ['en'], genres: ['drama'], durationMinutes: 90 }, admin);
  let counter = 0;

  /**
   * Row A: 10 standard seats; row B: 4 premium; row C: 2 recliner. Prices per showtime.
   * `status` draft makes a theatre the public may not see.
   */
  async function theatre(options: { city: { id: string }; timeZone?: string; status?: 'draft' | 'live' }) {
    counter += 1;
    const th = await post(
      '/v1/partner/theatres',
      { externalRef: `t${counter}`, name: `${name} ${counter}`, cityId: options.city.id, address: `${counter} Road`, status: options.status ?? 'live', ...(options.timeZone ? { timeZone: options.timeZone } : {}) },
      owner.headers,
    );
    const screen = await post(`/v1/partner/theatres/${th.id}/screens`, { externalRef: 's1', name: 'Screen 1' }, owner.headers);
    await post(
      `/v1/partner/screens/${screen.id}/layouts`,
      {
        rows: [
          { label: 'A', seats: Array.from({ length: 10 }, (_, n) => ({ number: n + 1, category: 'standard' })) },
          { label: 'B', seats: [1, 2, 3, 4].map((number) => ({ number, category: 'premium' })) },
          { label: 'C', seats: [1, 2].map((number) => ({ number, category: 'recliner' })) },
        ],
      },
      owner.headers,
    );
    return { ...th, screenId: screen.id as string };
  }

  /** A showtime starting at `startsAtLocal` (`YYYY-MM-DDTHH:mm`) in the theatre's zone. */
  async function showtime(th: { id: string; screenId: string }, startsAtLocal: string, prices: Record<string, number> = { standard: 25_000, premium: 40_000, recliner: 60_000 }) {
    counter += 1;
    return post(
      `/v1/partner/theatres/${th.id}/showtimes`,
      {
        externalRef: `sh${counter}`, screenId: th.screenId, movieId: movie.id, language: 'en', format: '2D', startsAtLocal,
        prices: Object.entries(prices).map(([category, amount]) => ({ category, price: { amount, currency: 'INR' } })),
      },
      owner.headers,
    );
  }

  async function city(cityName: string, timeZone = 'Asia/Kolkata') {
    return post('/v1/admin/cities', { name: cityName, country: 'IN', timeZone }, admin);
  }

  return { admin, owner, aggregator, movie, city, theatre, showtime, post };
}

export const inr = (amount: number) => ({ amount, currency: 'INR' });

/** The seeded offers (migration 0005_seed_offers). */
export const THIRD_TICKET = { id: 'off_01JDQ90000000000000000003T', name: 'Third ticket: 50% off' };
export const AFTERNOON = { id: 'off_01JDQ9000000000000000000AF', name: 'Afternoon shows: 20% off' };
