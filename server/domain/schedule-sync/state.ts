import canonicalize from 'canonicalize';
import type { DbExecutor } from '../../db/client.ts';
import type { PartnerScope } from '../../db/scope.ts';
import * as queries from '../../db/queries/schedule-sync.ts';
import type { LayoutSeatValues } from '../../db/queries/seat-layouts.ts';
import { pricesOf, type ShowtimeRow } from '../../db/queries/showtimes.ts';
import type { CheckedDocument, ScheduleDocument } from './document.ts';

/** What Marquee holds for a theatre, as far as one document concerns it, read in at most seven statements. */

export interface HeldScreen {
  id: string;
  externalRef: string;
  name: string;
  status: 'active' | 'retired';
  /** The version new showtimes use: the highest one not retired. */
  current?: { id: string; version: number; categories: string[] };
  highestVersion: number;
}

export type HeldShowtime = ShowtimeRow & { categories: string[] };
export type HeldPrice = queries.PriceRow;

export interface Movie {
  id: string;
  durationMinutes: number;
  languages: string[];
}

export interface HeldState {
  screensByRef: Map<string, HeldScreen>;
  /**
   * Seats of the current layouts the document sends a layout for, except where it sends the very
   * document that layout was made from (the same document places the same seats): absent there.
   */
  seatsByLayout: Map<string, LayoutSeatValues[]>;
  /** Current layouts whose stored document is the one the document sends. */
  sameLayoutDocuments: Set<string>;
  moviesById: Map<string, Movie>;
  moviesByExternalId: Map<string, Movie>;
  showtimes: HeldShowtime[];
  showtimesByRef: Map<string, HeldShowtime>;
  pricesByShowtime: Map<string, HeldPrice[]>;
}

/** No showtime runs for two days: neighbours further out cannot overlap the window's showtimes. */
const NEIGHBOUR_REACH_MS = 2 * 86_400_000;

function heldScreens(rows: Awaited<ReturnType<typeof queries.screensWithLayouts>>): Map<string, HeldScreen> {
  const byRef = new Map<string, HeldScreen>();
  for (const row of rows) {
    let screen = byRef.get(row.externalRef);
    if (!screen) {
      screen = { id: row.id, externalRef: row.externalRef, name: row.name, status: row.status, highestVersion: 0 };
      byRef.set(row.externalRef, screen);
    }
    // Rows come by ascending version: the last one not retired is the current one.
    if (row.layoutId === null || row.layoutVersion === null) continue;
    screen.highestVersion = row.layoutVersion;
    if (row.retiredAt === null) screen.current = { id: row.layoutId, version: row.layoutVersion, categories: row.categories ?? [] };
  }
  return byRef;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * The seats of current layouts, read only where the document's layout differs from the one it was
 * made from (a different spelling may still place the same seats: those are compared seat by seat).
 */
async function currentSeatsWhereDocumentsDiffer(db: DbExecutor, scope: PartnerScope, document: ScheduleDocument, screensByRef: Map<string, HeldScreen>) {
  const sent = new Map<string, string>();
  for (const screen of document.screens ?? []) {
    const current = screen.layout ? screensByRef.get(screen.externalRef)?.current : undefined;
    if (current) sent.set(current.id, canonicalize(screen.layout) ?? '');
  }
  const stored = await queries.layoutDocuments(db, scope, [...sent.keys()]);
  const same = new Set(stored.filter((layout) => canonicalize(layout.document) === sent.get(layout.id)).map((layout) => layout.id));
  const seats = await queries.seatsOfLayouts(db, scope, [...sent.keys()].filter((id) => !same.has(id)));
  return { same, seats: groupBy(seats, (seat) => seat.layoutId) as Map<string, LayoutSeatValues[]> };
}

export async function loadHeldState(db: DbExecutor, scope: PartnerScope, theatreId: string, document: ScheduleDocument, checked: CheckedDocument): Promise<HeldState> {
  const screensByRef = heldScreens(await queries.screensWithLayouts(db, scope, theatreId));

  const layouts = await currentSeatsWhereDocumentsDiffer(db, scope, document, screensByRef);

  const movieIds = new Set<string>();
  const externalIds = new Set<string>();
  for (const showtime of document.showtimes) {
    if (showtime.movieId !== undefined) movieIds.add(showtime.movieId);
    else if (showtime.movieExternalId !== undefined) externalIds.add(showtime.movieExternalId);
  }
  const movies = await queries.moviesByIdOrExternalId(db, [...movieIds], [...externalIds]);

  const showtimes = await queries.showtimesForSync(db, scope, {
    theatreId,
    externalRefs: document.showtimes.map((showtime) => showtime.externalRef),
    from: checked.from,
    to: checked.to,
    spanStart: checked.from,
    spanEnd: new Date(checked.to.getTime() + NEIGHBOUR_REACH_MS),
  });
  const prices = await pricesOf(db, scope, showtimes.map((showtime) => showtime.id));

  return {
    screensByRef,
    seatsByLayout: layouts.seats,
    sameLayoutDocuments: layouts.same,
    moviesById: new Map(movies.map((movie) => [movie.id, movie])),
    moviesByExternalId: new Map(movies.flatMap((movie) => (movie.externalId === null ? [] : [[movie.externalId, movie] as const]))),
    showtimes,
    showtimesByRef: new Map(showtimes.map((showtime) => [showtime.externalRef, showtime])),
    pricesByShowtime: groupBy(prices, (price) => price.showtimeId),
  };
}
