import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import { violatedExclusionConstraint, violatedUniqueConstraint } from '../db/constraint-violations.ts';
import { newId } from '../db/ids.ts';
import { findScreen } from '../db/queries/screens.ts';
import * as queries from '../db/queries/showtimes.ts';
import { findTheatre, type TheatreRow } from '../db/queries/theatres.ts';
import { cancelBookingsOfShowtimes } from './booking-cancellation.ts';
import { expectedVersion, staleEtag } from './etag.ts';
import { DomainError, notFound, type FieldIssue } from './errors.ts';
import { recordEvent } from './outbox.ts';
import { instantOfLocal, localDateOf, toLocalRfc3339 } from './local-time.ts';
import { decodeCursor, pageOf } from './pagination.ts';
import type { PartnerWriter } from './partner-writer.ts';
import type { SeatCategoryPrice, ShowtimeIn } from '../schemas/generated/components.ts';

export type PriceInput = SeatCategoryPrice;

/** What a showtime says about itself, whether pushed alone (`ShowtimeIn`) or in a schedule. */
export type ScheduleInput = Omit<ShowtimeIn, 'externalRef' | 'screenId'>;

type Prices = Awaited<ReturnType<typeof queries.pricesOf>>;

export function toShowtime(row: queries.ShowtimeRow, theatre: { timeZone: string }, prices: Prices) {
  const { cityId: _cityId, ...showtime } = row;
  return {
    ...showtime,
    startsAt: row.startsAt.toISOString(),
    startsAtLocal: toLocalRfc3339(row.startsAt, theatre.timeZone),
    endsAt: row.endsAt.toISOString(),
    endsAtLocal: toLocalRfc3339(row.endsAt, theatre.timeZone),
    timeZone: theatre.timeZone,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    prices: prices.filter((price) => price.showtimeId === row.id).map((price) => ({
      category: price.category,
      price: { amount: price.amount, currency: price.currency },
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const invalid = (issues: FieldIssue[]) => new DomainError('validation_failed', { detail: 'One or more fields are not valid.', issues });

async function requireTheatre(db: DbExecutor, scope: PartnerScope, theatreId: string) {
  const theatre = await findTheatre(db, scope, theatreId);
  if (!theatre) throw notFound('theatre', theatreId);
  return theatre;
}

/** The start instant from exactly one of `startsAt` / `startsAtLocal`. */
export function startOf(input: { startsAt?: string; startsAtLocal?: string }, timeZone: string, issues: FieldIssue[]): Date | undefined {
  if ((input.startsAt === undefined) === (input.startsAtLocal === undefined)) {
    issues.push({ field: ['startsAt'], message: 'give exactly one of startsAt and startsAtLocal', code: 'one_of_required' });
    return undefined;
  }
  if (input.startsAt !== undefined) return new Date(input.startsAt);
  const instant = instantOfLocal(input.startsAtLocal!, timeZone);
  if (!instant) issues.push({ field: ['startsAtLocal'], message: `does not exist in ${timeZone} (a clock change skips it)`, code: 'invalid_value' });
  return instant;
}

/** Prices: one currency, and exactly the seat categories of the layout, each once. */
export function checkPrices(prices: PriceInput[], categories: string[], issues: FieldIssue[]) {
  const currencies = new Set(prices.map((price) => price.price.currency));
  if (currencies.size > 1) issues.push({ field: ['prices'], message: 'must all be in one currency', code: 'mixed_currencies' });
  const seen = new Set<string>();
  prices.forEach((price, index) => {
    if (!categories.includes(price.category)) issues.push({ field: ['prices', index, 'category'], message: `is not a category of the screen's layout (${categories.join(', ')})`, code: 'unknown_category' });
    if (seen.has(price.category)) issues.push({ field: ['prices', index, 'category'], message: 'is priced twice', code: 'duplicate' });
    seen.add(price.category);
  });
  const missing = categories.filter((category) => !seen.has(category));
  if (missing.length > 0) issues.push({ field: ['prices'], message: `has no price for ${missing.join(', ')}`, code: 'missing_category' });
}

export const priceRows = (prices: PriceInput[]) => prices.map((price) => ({ category: price.category, amount: price.price.amount, currency: price.price.currency }));

type PriceValues = { category: string; amount: number; currency: string };

const priceKey = (prices: readonly PriceValues[]) => JSON.stringify(prices.map((price) => [price.category, price.amount, price.currency]).sort());

/** The same prices, in whatever order: each category at the same amount in the same currency. */
export const samePrices = (a: readonly PriceValues[], b: readonly PriceValues[]) => priceKey(a) === priceKey(b);

/** Runs a write the overlap constraint may refuse, in a savepoint so the transaction survives to say why. */
async function guardingOverlap<T>(tx: DbExecutor, scope: PartnerScope, span: { screenId: string; startsAt: Date; endsAt: Date; exceptId?: string }, write: (db: DbExecutor) => Promise<T>): Promise<T> {
  try {
    return await tx.transaction((savepoint) => write(savepoint));
  } catch (error) {
    if (violatedExclusionConstraint(error) !== 'showtimes_no_overlap') throw error;
    const clashing = await queries.findOverlapping(tx, scope, span);
    throw new DomainError('showtime_overlap', { detail: `The screen is already showing ${clashing.join(', ') || 'another showtime'} then (cleaning buffer included).`, conflicts: clashing });
  }
}

export function audienceOf(theatre: TheatreRow, scope: PartnerScope) {
  // Aggregators learn of a theatre's showtimes once the theatre is public.
  return { theatrePartnerId: scope.partnerId, allAggregators: theatre.status === 'live' };
}

async function emit(w: PartnerWriter, type: 'showtime.created' | 'showtime.updated' | 'showtime.cancelled', theatre: TheatreRow, showtime: ReturnType<typeof toShowtime>) {
  await recordEvent(w.tx, {
    type,
    aggregate: { type: 'showtime', id: showtime.id, version: showtime.version },
    data: showtime,
    audience: audienceOf(theatre, w.scope),
  });
}

export async function createShowtime(w: PartnerWriter, theatreId: string, input: ScheduleInput & { externalRef: string; screenId: string }) {
  const theatre = await requireTheatre(w.tx, w.scope, theatreId);
  const issues: FieldIssue[] = [];
  const screen = await findScreen(w.tx, w.scope, input.screenId);
  if (!screen || screen.theatreId !== theatreId) issues.push({ field: ['screenId'], message: 'is not a screen of this theatre', code: 'not_found' });
  else if (screen.status !== 'active') issues.push({ field: ['screenId'], message: 'is retired', code: 'retired' });
  const layout = screen ? await queries.currentLayoutOf(w.tx, w.scope, screen.id) : undefined;
  if (screen && !layout) throw new DomainError('screen_has_no_layout', { detail: `Screen '${screen.id}' has no seat layout yet; post one first.` });
  if ((input.movieId === undefined) === (input.movieExternalId === undefined)) {
    issues.push({ field: ['movieId'], message: 'give exactly one of movieId and movieExternalId', code: 'one_of_required' });
  }
  const movie = input.movieId !== undefined || input.movieExternalId !== undefined
    ? await queries.findMovieForShowtime(w.tx, { id: input.movieId, externalId: input.movieExternalId })
    : undefined;
  if (!movie && (input.movieId ?? input.movieExternalId) !== undefined) {
    issues.push({ field: [input.movieId !== undefined ? 'movieId' : 'movieExternalId'], message: 'is not a movie of the catalogue', code: 'not_found' });
  }
  if (movie && !movie.languages.includes(input.language)) issues.push({ field: ['language'], message: `is not a language of the movie (${movie.languages.join(', ')})`, code: 'invalid_value' });
  const startsAt = startOf(input, theatre.timeZone, issues);
  if (layout) checkPrices(input.prices, layout.categories, issues);
  if (issues.length > 0 || !screen || !layout || !movie || !startsAt) throw invalid(issues);

  const endsAt = new Date(startsAt.getTime() + (movie.durationMinutes + theatre.cleaningBufferMinutes) * 60_000);
  const id = newId('shw');
  const row = await guardingOverlap(w.tx, w.scope, { screenId: screen.id, startsAt, endsAt }, async (db) => {
    try {
      return await queries.insertShowtime(db, w.scope, {
        id, theatreId, screenId: screen.id, layoutId: layout.id, movieId: movie.id, cityId: theatre.cityId,
        externalRef: input.externalRef, startsAt, endsAt, localDate: localDateOf(startsAt, theatre.timeZone),
        language: input.language, format: input.format,
      });
    } catch (error) {
      if (violatedUniqueConstraint(error) === 'showtimes_theatre_external_ref_unique') {
        throw new DomainError('external_ref_in_use', {
          detail: `This theatre already has a showtime with externalRef '${input.externalRef}'.`,
          issues: [{ field: ['externalRef'], message: 'is already the reference of another showtime of this theatre', code: 'already_exists' }],
        });
      }
      throw error;
    }
  });
  if (!row) throw notFound('screen', screen.id);
  await queries.replacePrices(w.tx, w.scope, id, priceRows(input.prices));
  await queries.createInventory(w.tx, w.scope, id);
  const showtime = toShowtime(row, theatre, await queries.pricesOf(w.tx, w.scope, [id]));
  await emit(w, 'showtime.created', theatre, showtime);
  await w.audit({ action: 'showtime.created', targetType: 'showtime', targetIds: [id], details: { externalRef: input.externalRef } });
  return showtime;
}

export async function getShowtime(db: DbExecutor, scope: PartnerScope, showtimeId: string) {
  const row = await queries.findShowtime(db, scope, showtimeId);
  if (!row) throw notFound('showtime', showtimeId);
  const theatre = (await findTheatre(db, scope, row.theatreId))!;
  return toShowtime(row, theatre, await queries.pricesOf(db, scope, [row.id]));
}

export async function listShowtimes(
  db: DbExecutor,
  scope: PartnerScope,
  params: { theatreId: string; from?: string; to?: string; status?: 'scheduled' | 'cancelled'; limit: number; cursor?: string },
) {
  const theatre = await requireTheatre(db, scope, params.theatreId);
  const after = decodeCursor(params.cursor, 2) as [string, string] | undefined;
  const rows = await queries.listShowtimes(db, scope, { ...params, after });
  const prices = await queries.pricesOf(db, scope, rows.map((row) => row.id));
  return pageOf(rows, params.limit, (row) => [row.startsAt.toISOString(), row.id], (row) => toShowtime(row, theatre, prices));
}

/**
 * Moves a showtime or changes its language, format or prices. The overlap constraint re-checks a
 * move; unchanged values write nothing (no version, no event, no audit record).
 */
export async function updateShowtime(
  w: PartnerWriter,
  showtimeId: string,
  patch: Partial<Pick<ScheduleInput, 'startsAt' | 'startsAtLocal' | 'language' | 'format' | 'prices'>>,
  ifMatch: string | undefined,
) {
  const current = await queries.findShowtime(w.tx, w.scope, showtimeId, { lock: 'update' });
  if (!current) throw notFound('showtime', showtimeId);
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  if (current.status === 'cancelled') throw new DomainError('showtime_cancelled', { detail: 'A cancelled showtime cannot change.' });
  const theatre = (await findTheatre(w.tx, w.scope, current.theatreId))!;
  const issues: FieldIssue[] = [];
  const changes: queries.ShowtimeChanges = {};
  if (patch.startsAt !== undefined || patch.startsAtLocal !== undefined) {
    const startsAt = startOf(patch, theatre.timeZone, issues);
    if (startsAt && startsAt.getTime() !== current.startsAt.getTime()) {
      changes.startsAt = startsAt;
      changes.endsAt = new Date(startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime()));
      changes.localDate = localDateOf(startsAt, theatre.timeZone);
    }
  }
  if (patch.language !== undefined && patch.language !== current.language) {
    const movie = (await queries.findMovieForShowtime(w.tx, { id: current.movieId }))!;
    if (!movie.languages.includes(patch.language)) issues.push({ field: ['language'], message: `is not a language of the movie (${movie.languages.join(', ')})`, code: 'invalid_value' });
    changes.language = patch.language;
  }
  if (patch.format !== undefined && patch.format !== current.format) changes.format = patch.format;
  const currentPrices = await queries.pricesOf(w.tx, w.scope, [current.id]);
  let pricesChanged = false;
  if (patch.prices !== undefined) {
    checkPrices(patch.prices, await queries.categoriesOfLayout(w.tx, w.scope, current.layoutId), issues);
    pricesChanged = !samePrices(priceRows(patch.prices), currentPrices);
  }
  if (issues.length > 0) throw invalid(issues);
  if (Object.keys(changes).length === 0 && !pricesChanged) return toShowtime(current, theatre, currentPrices);

  const span = { screenId: current.screenId, startsAt: changes.startsAt ?? current.startsAt, endsAt: changes.endsAt ?? current.endsAt, exceptId: current.id };
  const row = await guardingOverlap(w.tx, w.scope, span, (db) => queries.updateShowtime(db, w.scope, current.id, changes));
  if (!row) throw notFound('showtime', showtimeId);
  if (pricesChanged) await queries.replacePrices(w.tx, w.scope, current.id, priceRows(patch.prices!));
  const showtime = toShowtime(row, theatre, await queries.pricesOf(w.tx, w.scope, [current.id]));
  await emit(w, 'showtime.updated', theatre, showtime);
  await w.audit({ action: 'showtime.updated', targetType: 'showtime', targetIds: [current.id], details: { changed: [...Object.keys(changes), ...(pricesChanged ? ['prices'] : [])] } });
  return showtime;
}

/**
 * Cancels a showtime. First every seat not booked is blocked in one statement, so no sale can
 * race the cancellation; then every live booking is cancelled and refunded in full, with an event
 * each, its seats blocked too, all in the same transaction as the showtime's own change.
 */
export async function cancelShowtime(w: PartnerWriter, showtimeId: string, ifMatch: string | undefined) {
  const current = await queries.findShowtime(w.tx, w.scope, showtimeId, { lock: 'update' });
  if (!current) throw notFound('showtime', showtimeId);
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  const theatre = (await findTheatre(w.tx, w.scope, current.theatreId))!;
  if (current.status === 'cancelled') return toShowtime(current, theatre, await queries.pricesOf(w.tx, w.scope, [current.id]));
  const refunded = await cancelBookingsOfShowtimes(w.tx, w.audit, w.scope, [current.id]);
  const row = await queries.markCancelled(w.tx, w.scope, current.id);
  if (!row) throw notFound('showtime', showtimeId);
  const showtime = toShowtime(row, theatre, await queries.pricesOf(w.tx, w.scope, [current.id]));
  await emit(w, 'showtime.cancelled', theatre, showtime);
  await w.audit({ action: 'showtime.cancelled', targetType: 'showtime', targetIds: [current.id], details: { bookingsCancelled: refunded.length } });
  return showtime;
}

/** Deletes a showtime "for the day": only one that never sold a seat. */
export async function deleteShowtime(w: PartnerWriter, showtimeId: string, ifMatch: string | undefined) {
  const current = await queries.findShowtime(w.tx, w.scope, showtimeId, { lock: 'update' });
  if (!current) throw notFound('showtime', showtimeId);
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  if (await queries.everSold(w.tx, w.scope, current.id)) {
    throw new DomainError('showtime_has_sales', { detail: 'A showtime that sold seats cannot be deleted; cancel it instead.' });
  }
  const theatre = (await findTheatre(w.tx, w.scope, current.theatreId))!;
  const last = toShowtime({ ...current, status: 'cancelled', cancelledAt: new Date(), version: current.version + 1 }, theatre, await queries.pricesOf(w.tx, w.scope, [current.id]));
  await queries.deleteShowtime(w.tx, w.scope, current.id);
  // Receivers learn of a deletion as a cancellation: the showtime is gone either way.
  await emit(w, 'showtime.cancelled', theatre, last);
  await w.audit({ action: 'showtime.deleted', targetType: 'showtime', targetIds: [current.id], details: { externalRef: current.externalRef } });
}

/** `PUT …/showtimes/by-ref/{externalRef}`: created if new, else moved/repriced like a patch. */
export async function upsertShowtime(w: PartnerWriter, theatreId: string, externalRef: string, document: ScheduleInput & { screenId: string }, ifMatch: string | undefined) {
  await requireTheatre(w.tx, w.scope, theatreId);
  const existing = await queries.findShowtimeByRef(w.tx, w.scope, theatreId, externalRef);
  if (!existing) {
    if (ifMatch !== undefined && ifMatch.trim() !== '*') throw new DomainError('precondition_failed', { detail: `No showtime has externalRef '${externalRef}' to match.` });
    return { created: true, showtime: await createShowtime(w, theatreId, { ...document, externalRef }) };
  }
  const movie = await queries.findMovieForShowtime(w.tx, { id: document.movieId, externalId: document.movieExternalId });
  if (document.screenId !== existing.screenId || (movie && movie.id !== existing.movieId)) {
    throw new DomainError('showtime_fixed', { detail: 'A showtime keeps its screen and movie; cancel it and create another.' });
  }
  const { startsAt, startsAtLocal, language, format, prices } = document;
  return { created: false, showtime: await updateShowtime(w, existing.id, { startsAt, startsAtLocal, language, format, prices }, ifMatch) };
}
