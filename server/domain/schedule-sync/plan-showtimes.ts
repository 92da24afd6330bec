import { newId } from '../../db/ids.ts';
import type { PriceRow, ShowtimeRevision } from '../../db/queries/schedule-sync.ts';
import type { ShowtimeInsert } from '../../db/queries/showtimes.ts';
import type { TheatreRow } from '../../db/queries/theatres.ts';
import type { FieldIssue, FieldPath } from '../errors.ts';
import { localDateOf } from '../local-time.ts';
import { checkPrices, priceRows, samePrices } from '../showtimes.ts';
import { movieField, startField, under, type CheckedDocument, type ScheduleDocument, type ShowtimeDocument, type SyncIssue } from './document.ts';
import { findClashes, type Span } from './overlaps.ts';
import type { ScreenTarget } from './plan-screens.ts';
import type { HeldPrice, HeldShowtime, HeldState, Movie } from './state.ts';

export interface ShowtimeCreation {
  index: number;
  row: ShowtimeInsert;
  prices: PriceRow[];
}

export interface ShowtimeUpdate {
  index: number;
  held: HeldShowtime;
  revision: ShowtimeRevision;
  changed: string[];
  /** The new prices, when they changed. */
  prices?: PriceRow[];
}

export interface ShowtimePlan {
  created: ShowtimeCreation[];
  updated: ShowtimeUpdate[];
  unchanged: { index: number; held: HeldShowtime }[];
  /** Live showtimes starting in the window that the document does not list. */
  cancelled: HeldShowtime[];
  /** Where each document showtime will be, for translating a late constraint violation. */
  spans: (Span & { index: number; startField: FieldPath })[];
}

interface Context {
  theatre: TheatreRow;
  held: HeldState;
  targets: Map<string, ScreenTarget>;
  issues: SyncIssue[];
}

function movieOf(showtime: ShowtimeDocument, index: number, context: Context): Movie | undefined {
  const movie = showtime.movieId !== undefined
    ? context.held.moviesById.get(showtime.movieId)
    : showtime.movieExternalId !== undefined ? context.held.moviesByExternalId.get(showtime.movieExternalId) : undefined;
  if (!movie && (showtime.movieId ?? showtime.movieExternalId) !== undefined) {
    context.issues.push({ field: movieField(index, showtime), message: 'is not a movie of the catalogue', code: 'not_found' });
  }
  return movie;
}

function checkLanguage(showtime: ShowtimeDocument, index: number, movie: Movie | undefined, issues: SyncIssue[]) {
  if (movie && !movie.languages.includes(showtime.language)) {
    issues.push({ field: ['showtimes', index, 'language'], message: `is not a language of the movie (${movie.languages.join(', ')})`, code: 'invalid_value' });
  }
}

function checkedPrices(showtime: ShowtimeDocument, index: number, categories: string[], issues: SyncIssue[]) {
  const own: FieldIssue[] = [];
  checkPrices(showtime.prices, categories, own);
  issues.push(...under(['showtimes', index], own));
  return own.length === 0;
}

/** A showtime the document names that Marquee already holds: compared field by field. */
function planHeld(showtime: ShowtimeDocument, index: number, held: HeldShowtime, startsAt: Date | undefined, context: Context, plan: ShowtimePlan) {
  const { issues } = context;
  const conflict = (field: FieldPath, message: string, code: string) => issues.push({ field, message, code, conflict: held.id });
  if (held.status === 'cancelled') {
    conflict(['showtimes', index, 'externalRef'], `names showtime ${held.id}, which is cancelled; give the new show a new reference`, 'showtime_cancelled');
    return;
  }
  const target = context.targets.get(showtime.screenExternalRef);
  if (!target) issues.push({ field: ['showtimes', index, 'screenExternalRef'], message: 'is not a screen of this theatre or of the document', code: 'not_found' });
  else if (target.id !== held.screenId) conflict(['showtimes', index, 'screenExternalRef'], `showtime ${held.id} runs on another screen; a showtime keeps its screen`, 'showtime_fixed');
  const movie = movieOf(showtime, index, context);
  if (movie && movie.id !== held.movieId) conflict(movieField(index, showtime), `showtime ${held.id} shows another movie; a showtime keeps its movie`, 'showtime_fixed');
  checkLanguage(showtime, index, movie, issues);
  const pricesValid = checkedPrices(showtime, index, held.categories, issues);
  if (!startsAt) return;

  const heldPrices: HeldPrice[] = context.held.pricesByShowtime.get(held.id) ?? [];
  const moved = startsAt.getTime() !== held.startsAt.getTime();
  const changed = [
    ...(moved ? ['startsAt'] : []),
    ...(showtime.language !== held.language ? ['language'] : []),
    ...(showtime.format !== held.format ? ['format'] : []),
    ...(pricesValid && !samePrices(priceRows(showtime.prices), heldPrices) ? ['prices'] : []),
  ];
  // A move keeps the length, as a single move does.
  const endsAt = moved ? new Date(startsAt.getTime() + held.endsAt.getTime() - held.startsAt.getTime()) : held.endsAt;
  plan.spans.push({ screenId: held.screenId, startsAt, endsAt, index, startField: startField(index, showtime), externalRef: showtime.externalRef, showtimeId: held.id });
  if (changed.length === 0) {
    plan.unchanged.push({ index, held });
    return;
  }
  const localDate = moved ? localDateOf(startsAt, context.theatre.timeZone) : held.localDate;
  const revision = { id: held.id, startsAt, endsAt, localDate, language: showtime.language, format: showtime.format };
  const prices = changed.includes('prices') ? priceRows(showtime.prices).map((price) => ({ showtimeId: held.id, ...price })) : undefined;
  plan.updated.push({ index, held, revision, changed, prices });
}

/** A showtime the document introduces: on its screen's layout as the sync leaves it. */
function planNew(showtime: ShowtimeDocument, index: number, startsAt: Date | undefined, context: Context, plan: ShowtimePlan) {
  const { issues, theatre } = context;
  const target = context.targets.get(showtime.screenExternalRef);
  const screenField = ['showtimes', index, 'screenExternalRef'];
  if (!target) issues.push({ field: screenField, message: 'is not a screen of this theatre or of the document', code: 'not_found' });
  else if (target.status === 'retired') issues.push({ field: screenField, message: `screen ${target.id} is retired`, code: 'screen_retired', conflict: target.id });
  else if (!target.layout) {
    // A screen this document creates without a layout is the document's own mistake; a held one is not.
    const message = target.isNew ? 'names a screen the document gives no layout' : `screen ${target.id} has no seat layout; send one with the screen`;
    issues.push({ field: screenField, message, code: 'screen_has_no_layout', ...(target.isNew ? {} : { conflict: target.id }) });
  }
  const movie = movieOf(showtime, index, context);
  checkLanguage(showtime, index, movie, issues);
  if (target?.layout) checkedPrices(showtime, index, target.layout.categories, issues);
  if (!target?.layout || target.status === 'retired' || !movie || !startsAt) return;

  const endsAt = new Date(startsAt.getTime() + (movie.durationMinutes + theatre.cleaningBufferMinutes) * 60_000);
  const id = newId('shw');
  plan.spans.push({ screenId: target.id, startsAt, endsAt, index, startField: startField(index, showtime), externalRef: showtime.externalRef });
  plan.created.push({
    index,
    row: {
      id, theatreId: theatre.id, screenId: target.id, layoutId: target.layout.id, movieId: movie.id, cityId: theatre.cityId,
      externalRef: showtime.externalRef, startsAt, endsAt, localDate: localDateOf(startsAt, theatre.timeZone),
      language: showtime.language, format: showtime.format,
    },
    prices: priceRows(showtime.prices).map((price) => ({ showtimeId: id, ...price })),
  });
}

function reportClashes(document: ScheduleDocument, plan: ShowtimePlan, neighbours: HeldShowtime[], issues: SyncIssue[]) {
  const held: Span[] = neighbours.map((showtime) => ({
    screenId: showtime.screenId, startsAt: showtime.startsAt, endsAt: showtime.endsAt, externalRef: showtime.externalRef, showtimeId: showtime.id,
  }));
  for (const { item, other } of findClashes([...plan.spans, ...held])) {
    const field = startField(item.index, document.showtimes[item.index]!);
    if (other.index !== undefined) {
      issues.push({ field, message: `overlaps showtime '${other.externalRef}' of this document on the same screen (cleaning buffer included)`, code: 'overlap' });
    } else {
      issues.push({ field, message: `overlaps showtime '${other.externalRef}' (${other.showtimeId}), which the document leaves in place`, code: 'overlaps_existing', conflict: other.showtimeId });
    }
  }
}

/**
 * Showtimes of the document against those held, item by item: new references are created, known
 * ones updated only where a field differs, and the window's live showtimes the document does not
 * list are cancelled. The schedule this leaves is checked for overlaps as a whole.
 */
export function planShowtimes(document: ScheduleDocument, checked: CheckedDocument, context: Context): ShowtimePlan {
  const plan: ShowtimePlan = { created: [], updated: [], unchanged: [], cancelled: [], spans: [] };
  document.showtimes.forEach((showtime, index) => {
    const held = context.held.showtimesByRef.get(showtime.externalRef);
    if (held) planHeld(showtime, index, held, checked.starts[index], context, plan);
    else planNew(showtime, index, checked.starts[index], context, plan);
  });
  const listed = new Set(document.showtimes.map((showtime) => showtime.externalRef));
  const live = context.held.showtimes.filter((showtime) => showtime.status === 'scheduled' && !listed.has(showtime.externalRef));
  const inWindow = (showtime: HeldShowtime) => showtime.startsAt >= checked.from && showtime.startsAt < checked.to;
  plan.cancelled = live.filter(inWindow);
  reportClashes(document, plan, live.filter((showtime) => !inWindow(showtime)), context.issues);
  return plan;
}
