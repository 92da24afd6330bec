import type { FastifyInstance } from 'fastify';
import { onboardPartner } from './partners.ts';
import { answer, typedClient, type Schema } from './typed-client.ts';

type Category = Schema<'ShowtimeIn'>['prices'][number]['category'];

/**
 * A small world for pricing tests, built through the API: one city per zone, a theatre partner
 * with live theatres, a screen whose layout mixes categories, and an aggregator to hold and book.
 * Showtimes are placed by local wall-clock time, which is what offers are judged on.
 */
export async function pricingWorld(app: FastifyInstance, adminKey: string, name: string) {
  const admin = { authorization: `Bearer ${adminKey}` };
  const owner = await onboardPartner(app, adminKey, { name: `${name} Cinemas` });
  const aggregator = await onboardPartner(app, adminKey, { name: `${name} Tickets`, kind: 'aggregator' });

  const asAdmin = typedClient(app, admin);
  const asOwner = typedClient(app, owner.headers);
  /** Awaits a call that must create something, and answers its body. */
  async function created(what: string, pending: Promise<{ response: Response }>) {
    const response = await answer(pending);
    if (response.statusCode !== 201) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
    return response.json();
  }

  const movie = await created('POST /v1/admin/movies', asAdmin.POST('/v1/admin/movies', { body: { title: `${name} Movie`, languages: ['en'], genres: ['drama'], durationMinutes: 90 } }));
  let counter = 0;

  /**
   * Row A: 10 standard seats; row B: 4 premium; row C: 2 recliner. Prices per showtime.
   * `status` draft makes a theatre the public may not see.
   */
  async function theatre(options: { city: { id: string }; timeZone?: string; status?: 'draft' | 'live' }) {
    counter += 1;
    const th = await created('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', {
      body: { externalRef: `t${counter}`, name: `${name} ${counter}`, cityId: options.city.id, address: `${counter} Road`, status: options.status ?? 'live', ...(options.timeZone ? { timeZone: options.timeZone } : {}) },
    }));
    const screen = await created('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: th.id } }, body: { externalRef: 's1', name: 'Screen 1' } }));
    await created('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', {
      params: { path: { screenId: screen.id } },
      body: {
        rows: [
          { label: 'A', seats: Array.from({ length: 10 }, (_, n) => ({ number: n + 1, category: 'standard' as const })) },
          { label: 'B', seats: [1, 2, 3, 4].map((number) => ({ number, category: 'premium' as const })) },
          { label: 'C', seats: [1, 2].map((number) => ({ number, category: 'recliner' as const })) },
        ],
      },
    }));
    return { ...th, screenId: screen.id as string };
  }

  /** A showtime starting at `startsAtLocal` (`YYYY-MM-DDTHH:mm`) in the theatre's zone. */
  async function showtime(th: { id: string; screenId: string }, startsAtLocal: string, prices: Partial<Record<Category, number>> = { standard: 25_000, premium: 40_000, recliner: 60_000 }) {
    counter += 1;
    return created('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
      params: { path: { theatreId: th.id } },
      body: {
        externalRef: `sh${counter}`, screenId: th.screenId, movieId: movie.id, language: 'en', format: '2D', startsAtLocal,
        prices: (Object.entries(prices) as [Category, number][]).map(([category, amount]) => ({ category, price: { amount, currency: 'INR' } })),
      },
    }));
  }

  async function city(cityName: string, timeZone = 'Asia/Kolkata') {
    return created('POST /v1/admin/cities', asAdmin.POST('/v1/admin/cities', { body: { name: cityName, country: 'IN', timeZone } }));
  }

  return { admin, owner, aggregator, movie, city, theatre, showtime };
}

export const inr = (amount: number) => ({ amount, currency: 'INR' });

/** The seeded offers (migration 0005_seed_offers). */
export const THIRD_TICKET = { id: 'off_01JDQ90000000000000000003T', name: 'Third ticket: 50% off' };
export const AFTERNOON = { id: 'off_01JDQ9000000000000000000AF', name: 'Afternoon shows: 20% off' };
