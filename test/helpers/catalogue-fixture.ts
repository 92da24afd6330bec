import type { Db } from '../../server/db/client.ts';
import { newId } from '../../server/db/ids.ts';
import { cities, movies } from '../../server/db/schema/catalogue.ts';
import { partners } from '../../server/db/schema/partners.ts';
import { layoutSeats, screens, seatLayouts, theatres } from '../../server/db/schema/theatres.ts';
import { showtimePrices, showtimes } from '../../server/db/schema/showtimes.ts';
import { localDateOf } from '../../server/domain/local-time.ts';

/**
 * Builds catalogue rows straight into a test database. Partner write APIs arrive with later
 * issues; until then this is how read tests get a world to read. Assertions still go through HTTP.
 */
export function catalogueFixture(db: Db) {
  return {
    async city(values: { name: string; country?: string; timeZone?: string }) {
      const [row] = await db
        .insert(cities)
        .values({ id: newId('cty'), country: 'IN', timeZone: 'Asia/Kolkata', ...values })
        .returning();
      return row!;
    },

    async movie(values: { title: string; languages?: string[]; genres?: string[]; durationMinutes?: number; externalId?: string }) {
      const [row] = await db
        .insert(movies)
        .values({ id: newId('mov'), languages: ['en'], genres: ['drama'], durationMinutes: 120, ...values })
        .returning();
      return row!;
    },

    async partner(name = 'Test Cinemas', kind: 'theatre' | 'aggregator' = 'theatre') {
      const [row] = await db.insert(partners).values({ id: newId('ptn'), name, kind }).returning();
      return row!;
    },

    async theatre(values: { partnerId: string; cityId: string; name: string; status?: 'draft' | 'live'; timeZone?: string }) {
      const [row] = await db
        .insert(theatres)
        .values({
          id: newId('thr'),
          externalRef: `ref-${values.name}`,
          address: `1 ${values.name} Road`,
          timeZone: 'Asia/Kolkata',
          status: 'live',
          cleaningBufferMinutes: 15,
          ...values,
        })
        .returning();
      return row!;
    },

    /** A screen with one layout version of `seats` standard seats in a single row. */
    async screen(theatreId: string, name = 'Screen 1', seats = 4) {
      const [screen] = await db
        .insert(screens)
        .values({ id: newId('scr'), theatreId, externalRef: `ref-${name}`, name })
        .returning();
      const layoutId = newId('lay');
      await db.insert(seatLayouts).values({
        id: layoutId,
        screenId: screen!.id,
        layoutVersion: 1,
        document: { rows: [{ label: 'A', seats: Array.from({ length: seats }, (_, index) => ({ number: index + 1, category: 'standard' })) }] },
        seatCount: seats,
        categories: ['standard'],
      });
      await db.insert(layoutSeats).values(
        Array.from({ length: seats }, (_, index) => ({
          id: newId('seat'),
          layoutId,
          label: `A${index + 1}`,
          rowLabel: 'A',
          seatNumber: index + 1,
          category: 'standard',
          x: index,
          y: 0,
        })),
      );
      return { ...screen!, layoutId };
    },

    async showtime(values: {
      theatre: { id: string; cityId: string; timeZone: string; cleaningBufferMinutes: number };
      screen: { id: string; layoutId: string };
      movie: { id: string; durationMinutes: number };
      startsAt: Date;
      language?: string;
      format?: '2D' | '3D' | 'IMAX';
      status?: 'scheduled' | 'cancelled';
      prices?: Record<string, number>;
    }) {
      const minutes = values.movie.durationMinutes + values.theatre.cleaningBufferMinutes;
      const id = newId('shw');
      const [row] = await db
        .insert(showtimes)
        .values({
          id,
          theatreId: values.theatre.id,
          screenId: values.screen.id,
          layoutId: values.screen.layoutId,
          movieId: values.movie.id,
          cityId: values.theatre.cityId,
          externalRef: `ref-${id}`,
          startsAt: values.startsAt,
          endsAt: new Date(values.startsAt.getTime() + minutes * 60_000),
          localDate: localDateOf(values.startsAt, values.theatre.timeZone),
          language: values.language ?? 'en',
          format: values.format ?? '2D',
          status: values.status ?? 'scheduled',
          cancelledAt: values.status === 'cancelled' ? new Date() : null,
        })
        .returning();
      const prices = Object.entries(values.prices ?? { standard: 25_000 });
      await db.insert(showtimePrices).values(
        prices.map(([category, amount]) => ({ showtimeId: id, category, amount, currency: 'INR' })),
      );
      return row!;
    },
  };
}
