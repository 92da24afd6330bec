import type { Db } from '../../server/db/client.ts';
import { newId } from '../../server/db/ids.ts';
import { cities, movies } from '../../server/db/schema/catalogue.ts';
import { jsonClient, onboardPartner } from './bench-http.ts';

/**
 * A POS's schedule at the size the issue sets: one theatre with 10 screens of 250 seats (10 rows
 * of 25: standard, premium at the back, a recliner row) and 1,000 showtimes, five a day per screen
 * for 20 days, in a window of those 20 days.
 */
export const SCREENS = 10;
export const DAYS = 20;
const SHOW_HOURS = ['10:00', '13:00', '16:00', '19:00', '22:00'];
const ROWS = 'ABCDEFGHIJ';

export interface ScheduleWorld {
  theatreId: string;
  /** Another theatre of the partner, for a small sync that warms the server up. */
  warmUpTheatreId: string;
  headers: { authorization: string };
  document: ReturnType<typeof scheduleDocument>;
}

function layout() {
  return {
    rows: [...ROWS].map((label, row) => ({
      label,
      seats: Array.from({ length: 25 }, (_, seat) => ({
        number: seat + 1,
        category: row < 6 ? 'standard' : row < 9 ? 'premium' : 'recliner',
        // An aisle after seat 12.
        ...(seat === 12 ? { x: 13 } : {}),
      })),
    })),
  };
}

const prices = [
  { category: 'standard', price: { amount: 25_000, currency: 'INR' } },
  { category: 'premium', price: { amount: 40_000, currency: 'INR' } },
  { category: 'recliner', price: { amount: 65_000, currency: 'INR' } },
];

export function scheduleDocument(movieExternalIds: string[]) {
  const day = (d: number) => new Date(Date.UTC(2030, 0, 1 + d)).toISOString().slice(0, 10);
  const showtimes = [];
  for (let d = 0; d < DAYS; d += 1) {
    for (let screen = 0; screen < SCREENS; screen += 1) {
      for (const [slot, hour] of SHOW_HOURS.entries()) {
        showtimes.push({
          externalRef: `s${screen}-${day(d)}-${hour.replace(':', '')}`,
          screenExternalRef: `audi-${screen}`,
          movieExternalId: movieExternalIds[(screen + slot) % movieExternalIds.length]!,
          startsAtLocal: `${day(d)}T${hour}`,
          language: 'hi',
          format: '2D' as const,
          prices,
        });
      }
    }
  }
  return {
    window: { from: `${day(0)}T00:00:00+05:30`, to: `${day(DAYS)}T00:00:00+05:30` },
    screens: Array.from({ length: SCREENS }, (_, screen) => ({ externalRef: `audi-${screen}`, name: `Audi ${screen}`, layout: layout() })),
    showtimes,
  };
}

/** The catalogue rows straight into the database; the partner and its theatres over HTTP. */
export async function buildScheduleWorld(baseUrl: string, db: Db, adminKey: string): Promise<ScheduleWorld> {
  const cityId = newId('cty');
  await db.insert(cities).values({ id: cityId, name: 'Sync City', country: 'IN', timeZone: 'Asia/Kolkata' });
  const movieExternalIds = Array.from({ length: 8 }, (_, n) => `tt77000${n}`);
  await db.insert(movies).values(movieExternalIds.map((externalId, n) => ({
    id: newId('mov'), title: `Sync Movie ${n}`, languages: ['hi', 'en'], genres: ['drama'], durationMinutes: 100 + n * 5, externalId,
  })));
  const client = jsonClient(baseUrl);
  try {
    const partner = await onboardPartner(client, adminKey, { name: 'Sync Cinemas', kind: 'theatre', scopes: ['read', 'inventory:write'] });
    const headers = { authorization: partner.authorization };
    const theatre = await client.create('/v1/partner/theatres', { externalRef: 'sync-1', name: 'Sync One', cityId, address: '1 Sync Road', status: 'live' }, headers);
    const warmUp = await client.create('/v1/partner/theatres', { externalRef: 'sync-2', name: 'Sync Two', cityId, address: '2 Sync Road', status: 'live' }, headers);
    return { theatreId: theatre.id, warmUpTheatreId: warmUp.id, headers, document: scheduleDocument(movieExternalIds) };
  } finally {
    await client.close();
  }
}
