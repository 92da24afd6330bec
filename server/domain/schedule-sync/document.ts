import { DomainError, type FieldIssue, type FieldPath } from '../errors.ts';
import { placeSeats, type PlacedLayout, type SeatLayoutDocument } from '../seat-layout-document.ts';
import type { ScheduleIn, ScheduleScreenIn, ScheduleShowtimeIn } from '../../schemas/generated/components.ts';
import { startOf } from '../showtimes.ts';

/** A theatre's schedule as its POS sends it (the `ScheduleIn` schema has checked types and bounds). */
export type ScheduleDocument = ScheduleIn;
export type ScreenDocument = ScheduleScreenIn;
export type ShowtimeDocument = ScheduleShowtimeIn;

/**
 * An issue is either about the document itself or about how it meets what Marquee holds (then
 * `conflict` names what it meets); a refusal lists both kinds, and its code says which kind there is.
 */
export type SyncIssue = FieldIssue & { conflict?: string };

/** What the document says once checked on its own: instants and placed layouts. */
export interface CheckedDocument {
  from: Date;
  to: Date;
  /** By showtime index; undefined where the start was not usable. */
  starts: (Date | undefined)[];
  /** By screen index; undefined where the screen carries no (valid) layout. */
  layouts: (PlacedLayout | undefined)[];
}

/** Moves the issues a shared checker reported on the part it was given under that part's place in the document. */
export const under = (prefix: FieldPath, issues: FieldIssue[]): FieldIssue[] =>
  issues.map((issue) => ('field' in issue ? { ...issue, field: [...prefix, ...issue.field] } : issue));

/** The field of a showtime's start, wherever the document gave it. */
export const startField = (index: number, showtime: ShowtimeDocument): FieldPath =>
  ['showtimes', index, showtime.startsAtLocal !== undefined && showtime.startsAt === undefined ? 'startsAtLocal' : 'startsAt'];

export const movieField = (index: number, showtime: ShowtimeDocument): FieldPath =>
  ['showtimes', index, showtime.movieId !== undefined ? 'movieId' : 'movieExternalId'];

function duplicates(refs: string[], field: (index: number) => FieldPath, what: string): SyncIssue[] {
  const seen = new Map<string, number>();
  const issues: SyncIssue[] = [];
  refs.forEach((ref, index) => {
    const first = seen.get(ref);
    if (first === undefined) seen.set(ref, index);
    else issues.push({ field: field(index), message: `'${ref}' is also the reference of ${what} ${first}`, code: 'duplicate' });
  });
  return issues;
}

function placedOrIssues(layout: SeatLayoutDocument, index: number, issues: SyncIssue[]): PlacedLayout | undefined {
  try {
    return placeSeats(layout);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    issues.push(...under(['screens', index, 'layout'], error.issues ?? []));
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
  if (!(from < to)) issues.push({ field: ['window', 'to'], message: 'must be after window.from', code: 'invalid_range' });

  const screens = document.screens ?? [];
  issues.push(...duplicates(screens.map((screen) => screen.externalRef), (i) => ['screens', i, 'externalRef'], 'screen'));
  issues.push(...duplicates(document.showtimes.map((showtime) => showtime.externalRef), (i) => ['showtimes', i, 'externalRef'], 'showtime'));
  const layouts = screens.map((screen, index) => (screen.layout ? placedOrIssues(screen.layout, index, issues) : undefined));

  const starts = document.showtimes.map((showtime, index) => {
    if ((showtime.movieId === undefined) === (showtime.movieExternalId === undefined)) {
      issues.push({ field: ['showtimes', index, 'movieId'], message: 'give exactly one of movieId and movieExternalId', code: 'one_of_required' });
    }
    const own: FieldIssue[] = [];
    const startsAt = startOf(showtime, timeZone, own);
    issues.push(...under(['showtimes', index], own));
    if (startsAt && from < to && (startsAt < from || startsAt >= to)) {
      issues.push({
        field: startField(index, showtime),
        message: `starts at ${startsAt.toISOString()}, outside the window [${from.toISOString()}, ${to.toISOString()})`,
        code: 'outside_window',
      });
    }
    return startsAt;
  });
  return { from, to, starts, layouts };
}
