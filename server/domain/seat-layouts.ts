import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import { newId } from '../db/ids.ts';
import * as queries from '../db/queries/seat-layouts.ts';
import { notFound } from './errors.ts';
import { decodeCursor, invalidCursor, pageOf } from './pagination.ts';
import { layoutInUse, getScreen, type Writer } from './screens.ts';
import { placeSeats, type SeatLayoutDocument } from './seat-layout-document.ts';

/**
 * Seat layouts are immutable versions: a change of seats is a new version, and a showtime keeps
 * the version it was created on. New showtimes use the screen's current layout, its highest
 * version that is not retired.
 */

/** A stored seat, or one just placed from a document. */
interface PlacedSeat {
  label: string;
  rowLabel: string;
  seatNumber: number | null;
  category: string;
  x: number;
  y: number;
  wheelchair: boolean;
  companion: boolean;
}

export function toLayoutSummary(row: queries.LayoutRow) {
  return { ...row, createdAt: row.createdAt.toISOString(), retiredAt: row.retiredAt === null ? null : row.retiredAt.toISOString() };
}

/** Seats come ordered by grid row then column; consecutive seats of one row make up that row. */
function toLayout(row: queries.LayoutRow, seats: PlacedSeat[]) {
  const rows: { label: string; y: number; seats: { label: string; number: number; category: string; x: number; wheelchair: boolean; companion: boolean }[] }[] = [];
  for (const seat of seats) {
    let current = rows.at(-1);
    if (!current || current.label !== seat.rowLabel) {
      current = { label: seat.rowLabel, y: seat.y, seats: [] };
      rows.push(current);
    }
    current.seats.push({
      label: seat.label,
      // Layouts from this API always number their seats; the column allows none for imports.
      number: seat.seatNumber ?? 0,
      category: seat.category,
      x: seat.x,
      wheelchair: seat.wheelchair,
      companion: seat.companion,
    });
  }
  return { ...toLayoutSummary(row), rows };
}

async function requireLayout(db: DbExecutor, scope: PartnerScope, params: { screenId: string; version: number; lock?: boolean }) {
  const row = await queries.findLayout(db, scope, params);
  if (!row) throw notFound('seat layout', `${params.screenId} version ${params.version}`);
  return row;
}

export async function createLayout(w: Writer, screenId: string, document: SeatLayoutDocument) {
  // Validated before any lock is taken: a bad document costs the database nothing.
  const placed = placeSeats(document);
  await getScreen(w.tx, w.scope, screenId, { lock: true });
  const version = await queries.nextLayoutVersion(w.tx, w.scope, screenId);
  const row = await queries.insertLayout(
    w.tx,
    w.scope,
    { id: newId('lay'), screenId, version, document, categories: placed.categories },
    placed.seats.map((seat) => ({ ...seat, id: newId('seat') })),
  );
  if (!row) throw notFound('screen', screenId);
  await w.audit({
    action: 'seat_layout.created',
    targetType: 'seat_layout',
    targetIds: [row.id],
    details: { screenId, version, seatCount: row.seatCount, categories: placed.categories },
  });
  return toLayout(row, placed.seats);
}

export async function listLayouts(db: DbExecutor, scope: PartnerScope, params: { screenId: string; limit: number; cursor?: string }) {
  await getScreen(db, scope, params.screenId);
  const before = decodeCursor(params.cursor, 1);
  if (before !== undefined && !Number.isInteger(before[0])) throw invalidCursor();
  const rows = await queries.listLayouts(db, scope, { ...params, beforeVersion: before?.[0] as number | undefined });
  return pageOf(rows, params.limit, (row) => [row.version], toLayoutSummary);
}

export async function getLayout(db: DbExecutor, scope: PartnerScope, params: { screenId: string; version: number }) {
  const row = await requireLayout(db, scope, params);
  return toLayout(row, await queries.seatsOfLayout(db, scope, row.id));
}

/** Retired versions stay for the showtimes that use them; new showtimes cannot pick them. */
export async function retireLayout(w: Writer, screenId: string, version: number) {
  const current = await requireLayout(w.tx, w.scope, { screenId, version, lock: true });
  const retired = await queries.retireLayout(w.tx, w.scope, current.id);
  // Retiring a retired version changes nothing, and so records nothing.
  if (retired) {
    await w.audit({ action: 'seat_layout.retired', targetType: 'seat_layout', targetIds: [current.id], details: { screenId, version } });
  }
  return toLayout(retired ?? current, await queries.seatsOfLayout(w.tx, w.scope, current.id));
}

/** Only a version no showtime ever used can go; otherwise the problem lists those showtimes. */
export async function deleteLayout(w: Writer, screenId: string, version: number) {
  // Locked first: a showtime being created on this layout waits, then fails its foreign key.
  const current = await requireLayout(w.tx, w.scope, { screenId, version, lock: true });
  const showtimeIds = await queries.showtimesOfLayouts(w.tx, w.scope, [current.id]);
  if (showtimeIds.length > 0) {
    throw layoutInUse(`Version ${version} of screen '${screenId}' is used by showtimes; retire it instead.`, showtimeIds);
  }
  await queries.deleteLayouts(w.tx, w.scope, [current.id]);
  await w.audit({ action: 'seat_layout.deleted', targetType: 'seat_layout', targetIds: [current.id], details: { screenId, version } });
}
