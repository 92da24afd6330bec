import type { DbExecutor } from '../db/client.ts';
import { findPartnersNamed, hasAnyCity, lockDemoData } from '../db/queries/demo-data.ts';
import { jobAcrossTenants } from '../db/scope.ts';
import { systemAuditWriter } from './audit.ts';
import { createCity, createMovie } from './catalogue-admin.ts';
import { DEMO_CITIES, DEMO_MOVIES, DEMO_PARTNERS, DEMO_PRICES, DEMO_THEATRES, type DemoSeatCategory, type DemoTheatre } from './demo/fixtures.ts';
import { buildDemoLayout } from './demo/layouts.ts';
import { planScreenWeek } from './demo/schedule.ts';
import { localDateOf } from './local-time.ts';
import type { PartnerWriter } from './partner-writer.ts';
import { platformActingAs } from './principal.ts';
import { createPartner } from './partners.ts';
import { createScreen } from './screens.ts';
import { createLayout } from './seat-layouts.ts';
import { createShowtime } from './showtimes.ts';
import { createTheatre } from './theatres.ts';

export interface DemoPartner {
  id: string;
  name: string;
  kind: 'theatre' | 'aggregator';
}

export interface DemoDataResult {
  /** False when the database already held data; nothing was written then. */
  loaded: boolean;
  partners: DemoPartner[];
}

export interface DemoDataOptions {
  /** The instant whose local date (per theatre) starts the week of showtimes. */
  now?: Date;
}

/** The actor of every audit record the demo data writes. */
const DEMO_DATA_ACTOR = 'demo-data';

/**
 * Seeds a local database with a small catalogue, one theatre chain with a week of showtimes, and
 * an aggregator, through the same domain functions the API calls: the demo world obeys every rule
 * a partner's would, and has its events and audit records. Only writes when the cities table is
 * empty; all in one transaction (a savepoint when given one, so a caller can add its own rows
 * atomically).
 */
export function loadDemoData(db: DbExecutor, options: DemoDataOptions = {}): Promise<DemoDataResult> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await lockDemoData(tx);
    if (await hasAnyCity(tx)) {
      return { loaded: false, partners: await findPartnersNamed(tx, DEMO_PARTNERS.map((partner) => partner.name)) };
    }
    const audit = systemAuditWriter(tx, DEMO_DATA_ACTOR);

    const cityIds = new Map<string, string>();
    for (const { key, ...city } of DEMO_CITIES) cityIds.set(key, (await createCity(tx, audit, city)).id);
    const movieIds: string[] = [];
    for (const movie of DEMO_MOVIES) movieIds.push((await createMovie(tx, audit, movie)).id);
    const partners: DemoPartner[] = [];
    for (const partner of DEMO_PARTNERS) {
      const { id, name, kind } = await createPartner(tx, audit, jobAcrossTenants, partner);
      partners.push({ id, name, kind });
    }

    const chain = partners.find((partner) => partner.kind === 'theatre')!;
    // The chain's records name it, as they would had it made the changes itself.
    const writer: PartnerWriter = { tx, scope: platformActingAs(chain), audit: (entry) => audit({ ...entry, partnerId: entry.partnerId ?? chain.id }) };
    for (const theatre of DEMO_THEATRES) await openTheatre(writer, theatre, { cityId: cityIds.get(theatre.city)!, movieIds, now });
    return { loaded: true, partners };
  });
}

/** A theatre with its screens, their layouts, and a week of showtimes from its local today. */
async function openTheatre(w: PartnerWriter, fixture: DemoTheatre, context: { cityId: string; movieIds: string[]; now: Date }) {
  const theatre = await createTheatre(w, {
    externalRef: fixture.externalRef,
    name: fixture.name,
    cityId: context.cityId,
    address: fixture.address,
    postalCode: fixture.postalCode,
    location: { latitude: fixture.latitude, longitude: fixture.longitude },
    status: fixture.status,
    cleaningBufferMinutes: fixture.cleaningBufferMinutes,
    payAtVenue: fixture.payAtVenue,
  });
  const firstDate = localDateOf(context.now, theatre.timeZone);
  for (const [screenIndex, screenFixture] of fixture.screens.entries()) {
    const screen = await createScreen(w, theatre.id, { externalRef: screenFixture.externalRef, name: screenFixture.name });
    const layout = await createLayout(w, screen.id, buildDemoLayout(screenFixture));
    const prices = layout.categories.map((category) => ({
      category,
      price: { amount: DEMO_PRICES[screenFixture.format][category as DemoSeatCategory], currency: fixture.currency },
    }));
    const shows = planScreenWeek({
      screen: screenFixture,
      screenIndex,
      firstDate,
      cleaningBufferMinutes: theatre.cleaningBufferMinutes,
      movies: DEMO_MOVIES,
    });
    for (const show of shows) {
      await createShowtime(w, theatre.id, {
        externalRef: show.externalRef,
        screenId: screen.id,
        movieId: context.movieIds[show.movieIndex]!,
        startsAtLocal: show.startsAtLocal,
        language: show.language,
        format: screenFixture.format,
        prices,
      });
    }
  }
}
