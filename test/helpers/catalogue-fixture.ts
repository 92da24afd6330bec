import type { FastifyInstance } from 'fastify';
import { answer, typedClient, type Schema } from './typed-client.ts';

type Headers = Record<string, string>;
type Format = '2D' | '3D' | 'IMAX';
type Category = Schema<'SeatLayoutIn'>['rows'][number]['seats'][number]['category'];

/** An external reference from a name: the characters a reference may hold. */
const refOf = (name: string) => `ref-${name.normalize('NFKD').replace(/[^A-Za-z0-9._:-]+/g, '-')}`;

export interface FixtureCity { id: string; name: string; country: string; timeZone: string }
export interface FixtureMovie { id: string; title: string; durationMinutes: number; externalId: string | null }
export interface FixtureTheatre { id: string; cityId: string; timeZone: string; cleaningBufferMinutes: number }
export interface FixtureScreen { id: string; name: string; layoutId: string; categories: Category[] }
export interface FixtureShowtime { id: string; layoutId: string; startsAt: string; status: string; version: number }

/**
 * The catalogue, made the way the platform admin makes it: through the admin API. `venues(owner)`
 * makes a theatre partner's theatres, screens and showtimes through the partner API. Every call
 * must succeed; a refusal fails the test naming the call.
 */
export function catalogueFixture(app: FastifyInstance, adminKey: string) {
  const admin = typedClient(app, { authorization: `Bearer ${adminKey}` });
  async function succeeded<T>(what: string, pending: Promise<{ response: Response }>): Promise<T> {
    const response = await answer(pending);
    if (response.statusCode >= 300) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
    return response.json() as T;
  }

  return {
    city(values: { name: string; country?: string; timeZone?: string }) {
      return succeeded<FixtureCity>('POST /v1/admin/cities', admin.POST('/v1/admin/cities', { body: { country: 'IN', timeZone: 'Asia/Kolkata', ...values } }));
    },

    movie(values: { title: string; languages?: string[]; genres?: string[]; durationMinutes?: number; externalId?: string }) {
      return succeeded<FixtureMovie>('POST /v1/admin/movies', admin.POST('/v1/admin/movies', { body: { languages: ['en'], genres: ['drama'], durationMinutes: 120, ...values } }));
    },

    venues(owner: { headers: Headers }) {
      const partner = typedClient(app, owner.headers);
      return {
        theatre(values: { cityId: string; name: string; status?: 'draft' | 'live'; timeZone?: string }) {
          return succeeded<FixtureTheatre>('POST /v1/partner/theatres', partner.POST('/v1/partner/theatres', {
            body: { externalRef: refOf(values.name), address: `1 ${values.name} Road`, status: 'live', cleaningBufferMinutes: 15, ...values },
          }));
        },

        /** A screen with one layout version: a row of `seats` seats per category (row A, B …). */
        async screen(theatreId: string, name = 'Screen 1', seats = 4, categories: Category[] = ['standard']): Promise<FixtureScreen> {
          const screen = await succeeded<{ id: string; name: string }>('POST …/screens', partner.POST('/v1/partner/theatres/{theatreId}/screens', {
            params: { path: { theatreId } }, body: { externalRef: refOf(name), name },
          }));
          const rows = categories.map((category, row) => ({
            label: String.fromCharCode(65 + row),
            seats: Array.from({ length: seats }, (_, seat) => ({ number: seat + 1, category })),
          }));
          const layout = await succeeded<{ id: string }>('POST …/layouts', partner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows } }));
          return { ...screen, layoutId: layout.id, categories };
        },

        /** A showtime on the screen's current layout, priced per category (25 000 each unless given); cancelled after if asked. */
        async showtime(values: {
          theatre: { id: string };
          screen: { id: string; categories?: Category[] };
          movie: { id: string };
          startsAt: Date;
          language?: string;
          format?: Format;
          status?: 'scheduled' | 'cancelled';
          prices?: Record<string, number>;
          externalRef?: string;
        }): Promise<FixtureShowtime> {
          const amounts = values.prices ?? Object.fromEntries((values.screen.categories ?? ['standard']).map((category) => [category, 25_000]));
          const created = await succeeded<FixtureShowtime>('POST …/showtimes', partner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
            params: { path: { theatreId: values.theatre.id } },
            body: {
              externalRef: values.externalRef ?? refOf(`${values.screen.id}-${values.startsAt.toISOString()}`),
              screenId: values.screen.id,
              movieId: values.movie.id,
              startsAt: values.startsAt.toISOString(),
              language: values.language ?? 'en',
              format: values.format ?? '2D',
              prices: Object.entries(amounts).map(([category, amount]) => ({ category, price: { amount, currency: 'INR' } })),
            },
          }));
          if (values.status !== 'cancelled') return created;
          await succeeded('POST …/cancel', partner.POST('/v1/partner/showtimes/{showtimeId}/cancel', { params: { path: { showtimeId: created.id } } }));
          return { ...created, status: 'cancelled' };
        },
      };
    },
  };
}
