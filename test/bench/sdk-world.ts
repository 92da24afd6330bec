import { Marquee, type Schema } from '../../sdk/src/index.ts';
import { scheduleDocument } from './schedule-sync-world.ts';

/**
 * The SDK benchmark's world, built through the SDK as an admin and a theatre partner would: a
 * city, 8 movies with well-known ids, a theatre partner, one live showtime on a 250-seat screen
 * to read, and the schedule document of schedule-sync-world.ts (10 screens × 250 seats, 1,000
 * showtimes) with a fresh live theatre for every sync of it.
 */
export interface SdkBenchWorld {
  showtimeId: string;
  apiKey: string;
  document: Schema<'ScheduleIn'>;
  /** A new, empty live theatre of the partner: a sync of the document there creates everything. */
  newTheatre(): Promise<string>;
  close(): Promise<void>;
}

export async function buildSdkBenchWorld(baseUrl: string, adminKey: string): Promise<SdkBenchWorld> {
  const admin = new Marquee({ baseUrl, apiKey: adminKey });
  let partner: Marquee | undefined;
  try {
    const city = await admin.admin.cities.create({ name: 'SDK City', country: 'IN', timeZone: 'Asia/Kolkata' });
    const movieExternalIds = Array.from({ length: 8 }, (_, n) => `tt78000${n}`);
    const movies = [];
    for (const [n, externalId] of movieExternalIds.entries()) {
      movies.push(await admin.admin.movies.create({ title: `SDK Movie ${n}`, externalId, languages: ['hi', 'en'], genres: ['drama'], durationMinutes: 100 + n * 5 }));
    }
    const owner = await admin.admin.partners.create({ name: 'SDK Cinemas', kind: 'theatre' });
    const key = await admin.admin.partners.keys.issue(owner.id, { name: 'bench key', scopes: ['read', 'inventory:write'] });
    if (!key.secret) throw new Error('a newly issued key shows its secret');
    const apiKey = key.secret;
    const client = new Marquee({ baseUrl, apiKey });
    partner = client;
    // Built in plain JS types by schedule-sync-world.ts (its categories are strings); the API validates it.
    const document = scheduleDocument(movieExternalIds) as Schema<'ScheduleIn'>;

    let theatres = 0;
    const newTheatre = async () => {
      theatres += 1;
      const theatre = await client.partner.theatres.create({ externalRef: `sdk-${theatres}`, name: `SDK ${theatres}`, cityId: city.id, address: `${theatres} SDK Road`, status: 'live' });
      return theatre.id;
    };

    const readTheatre = await newTheatre();
    const screen = await client.partner.screens.create(readTheatre, { externalRef: 'audi-read', name: 'Audi Read' });
    await client.partner.layouts.create(screen.id, document.screens![0]!.layout!);
    const showtime = await client.partner.showtimes.create(readTheatre, {
      externalRef: 'read-1', screenId: screen.id, movieId: movies[0]!.id, language: 'hi', format: '2D',
      startsAt: '2030-06-01T12:30:00Z', prices: document.showtimes[0]!.prices,
    });
    return { showtimeId: showtime.id, apiKey, document, newTheatre, close: () => client.close() };
  } catch (error) {
    await partner?.close();
    throw error;
  } finally {
    await admin.close();
  }
}
