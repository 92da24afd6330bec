import { ProblemError, type ValidationIssue } from '../errors.ts';
import { placeSeats, type PlacedLayout, type SeatLayoutDocument } from '../seat-layout-document.ts';
import type { ScheduleIn, ScheduleScreenIn, ScheduleShowtimeIn } from '../../schemas/generated/components.ts';
import { startOf } from '../showtimes.ts';

/** A theatre's schedule as its POS sends it (the `ScheduleIn` schema has checked types and bounds). */
export type ScheduleDocument = ScheduleIn;
export type ScreenDocument = ScheduleScreenIn;
export type ShowtimeDocument = ScheduleShowtimeIn;

/**
 * An issue is either about the document itself (400) or about how it meets what Marquee holds
 * (409); a refusal lists both kinds, and the status says which kind there is.
 */
export type SyncIssue = ValidationIssue & { conflict?: string };

/** What the document says once checked on its own: instants, placed layouts, pointers. */
export interface CheckedDocument {
  from: Date;
  to: Date;
  /** By showtime index; undefined where the start was not usable. */
  starts: (Date | undefined)[];
  /** By screen index; undefined where the screen carries no (valid) layout. */
  layouts: (PlacedLayout | undefined)[];
}

/** Moves an issue a shared checker reported at `/body/...` under the item it was about. */
export const under = (prefix: string, issues: ValidationIssue[]): ValidationIssue[] =>
  issues.map((issue) => ({ ...issue, path: issue.path.replace(/^\/body/, prefix) }));

/** The pointer of a showtime's start, wherever the document gave it. */
export const startPointer = (index: number, showtime: ShowtimeDocument) =>
  `/body/showtimes/${index}/${showtime.startsAtLocal !== undefined && showtime.startsAt === undefined ? 'startsAtLocal' : 'startsAt'}`;

export const moviePointer = (index: number, showtime: ShowtimeDocument) =>
  `/body/showtimes/${index}/${showtime.movieId !== undefined ? 'movieId' : 'movieExternalId'}`;

function duplicates(refs: string[], pointer: (index: number) => string, what: string): SyncIssue[] {
  const seen = new Map<string, number>();
  const issues: SyncIssue[] = [];
  refs.forEach((ref, index) => {
    const first = seen.get(ref);
    if (first === undefined) seen.set(ref, index);
    else issues.push({ path: pointer(index), message: `'${ref}' is also the reference of ${what} ${first}`, code: 'duplicate' });
  });
  return issues;
}

function placedOrIssues(layout: SeatLayoutDocument, index: number, issues: SyncIssue[]): PlacedLayout | undefined {
  try {
    return placeSeats(layout);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    issues.push(...under(`/body/screens/${index}/layout`, error.errors ?? []));
    return undefined;
  }
}

/**
 * Everything that can be checked without the database: the window, unique references, one movie
 * and one start per showtime, starts inside the window, and each layout on its own.
 */
export function checkDocument(document: ScheduleDocument, timeZone: string, issues: SyncIssue[]): CheckedDocument {
  const from = new Date(document.window.from);
  const to = new Date(document.window.to);
  if (!(from < to)) issues.push({ path: '/body/window/to', message: 'must be after window.from', code: 'invalid_range' });

  const screens = document.screens ?? [];
  issues.push(...duplicates(screens.map((screen) => screen.externalRef), (i) => `/body/screens/${i}/externalRef`, 'screen'));
  issues.push(...duplicates(document.showtimes.map((showtime) => showtime.externalRef), (i) => `/body/showtimes/${i}/externalRef`, 'showtime'));
  const layouts = screens.map((screen, index) => (screen.layout ? placedOrIssues(screen.layout, index, issues) : undefined));

  const starts = document.showtimes.map((showtime, index) => {
    if ((showtime.movieId === undefined) === (showtime.movieExternalId === undefined)) {
      issues.push({ path: `/body/showtimes/${index}/movieId`, message: 'give exactly one of movieId and movieExternalId', code: 'one_of_required' });
    }
    const own: ValidationIssue[] = [];
    const startsAt = startOf(showtime, timeZone, own);
    issues.push(...under(`/body/showtimes/${index}`, own));
    if (startsAt && from < to && (startsAt < from || startsAt >= to)) {
      issues.push({
        path: startPointer(index, showtime),
        message: `starts at ${startsAt.toISOString()}, outside the window [${from.toISOString()}, ${to.toISOString()})`,
        code: 'outside_window',
      });
    }
    return startsAt;
  });
  return { from, to, starts, layouts };
}
