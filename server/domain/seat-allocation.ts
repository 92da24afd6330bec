import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import * as queries from '../db/queries/seat-inventory.ts';
import { findShowtime } from '../db/queries/showtimes.ts';
import { DomainError, notFound, type FieldIssue } from './errors.ts';
import { unknownSeats } from './holds.ts';
import { recordEvents } from './outbox.ts';
import type { PartnerWriter } from './partner-writer.ts';

/**
 * Seat allocation by the theatre partner: seats kept back or sold at the counter are blocked, and
 * released again. All or nothing, decided under row locks in the request's transaction, so a
 * block never lands on a seat a customer holds or bought, whatever runs concurrently.
 */

type SeatState = queries.PartnerSeatRow['state'];

export async function getSeatInventory(db: DbExecutor, scope: PartnerScope, showtimeId: string) {
  const showtime = await findShowtime(db, scope, showtimeId);
  if (!showtime) throw notFound('showtime', showtimeId);
  const seats = await queries.listSeats(db, scope, showtimeId);
  const counts: Record<SeatState, number> = { available: 0, held: 0, booked: 0, blocked: 0 };
  for (const seat of seats) counts[seat.state] += 1;
  return { showtimeId, seats, counts };
}

interface Allocation {
  action: 'inventory.blocked' | 'inventory.released';
  /** Seats in these states make the whole request fail. */
  refusedStates: SeatState[];
  /** Seats in this state are changed; the others named are already as asked and stay untouched. */
  changes: SeatState;
  apply: (w: PartnerWriter, showtimeId: string, seatIds: string[]) => Promise<{ seatId: string; state: SeatState; blockedReason: string | null; version: number }[]>;
  details: Record<string, unknown>;
}

export function blockSeats(w: PartnerWriter, showtimeId: string, input: { seats: string[]; reason?: string }) {
  const reason = input.reason ?? null;
  return allocate(w, showtimeId, input.seats, {
    action: 'inventory.blocked',
    refusedStates: ['held', 'booked'],
    changes: 'available',
    apply: (writer, id, seatIds) => queries.blockSeats(writer.tx, writer.scope, { showtimeId: id, seatIds, reason }),
    details: { reason },
  });
}

export function releaseSeats(w: PartnerWriter, showtimeId: string, input: { seats: string[] }) {
  return allocate(w, showtimeId, input.seats, {
    action: 'inventory.released',
    refusedStates: ['held', 'booked'],
    changes: 'blocked',
    apply: (writer, id, seatIds) => queries.releaseSeats(writer.tx, writer.scope, { showtimeId: id, seatIds }),
    details: {},
  });
}

async function allocate(w: PartnerWriter, showtimeId: string, labels: string[], allocation: Allocation) {
  const showtime = await findShowtime(w.tx, w.scope, showtimeId, { lock: 'share' });
  if (!showtime) throw notFound('showtime', showtimeId);
  if (showtime.status === 'cancelled') {
    throw new DomainError('showtime_cancelled', { detail: `Showtime '${showtimeId}' is cancelled; its seats can no longer change.` });
  }
  const locked = await queries.lockSeatsByLabel(w.tx, w.scope, { showtimeId, labels });
  const byLabel = new Map(locked.map((seat) => [seat.label, seat]));
  const unknown = labels.flatMap((label, index) => (byLabel.has(label) ? [] : [{ label, index }]));
  if (unknown.length > 0) throw unknownSeats(showtimeId, unknown);
  const refused = labels.flatMap((label, index) => {
    const state = byLabel.get(label)!.state;
    return allocation.refusedStates.includes(state) ? [{ label, index, state }] : [];
  });
  if (refused.length > 0) throw seatsUnavailable(refused);

  const toChange = locked.filter((seat) => seat.state === allocation.changes);
  const changed = toChange.length === 0 ? [] : await allocation.apply(w, showtimeId, toChange.map((seat) => seat.seatId));
  // The rows are locked and were checked above, so the guarded update matches every one of them.
  if (changed.length !== toChange.length) throw new Error(`seat allocation changed ${changed.length} of ${toChange.length} locked seats`);

  const after = new Map(changed.map((row) => [row.seatId, row]));
  const seats = locked
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ x: _x, y: _y, ...seat }) => ({ ...seat, ...after.get(seat.seatId) }));
  const changedSeats = seats.filter((seat) => after.has(seat.seatId));
  if (changedSeats.length > 0) {
    await recordInventoryChange(w, showtimeId, changedSeats);
    await w.audit({
      action: allocation.action,
      targetType: 'showtime',
      targetIds: [showtimeId],
      details: { labels: changedSeats.map((seat) => seat.label), ...allocation.details },
    });
  }
  return { showtimeId, changed: changedSeats.map((seat) => seat.label), seats };
}

/**
 * One `inventory.updated` event per change. Its version is the highest seat row version it
 * reports, never the showtime's: a showtime's version moves only when the showtime is edited.
 */
function recordInventoryChange(w: PartnerWriter, showtimeId: string, seats: { seatId: string; label: string; state: SeatState; version: number }[]) {
  return recordEvents(w.tx, [
    {
      type: 'inventory.updated',
      aggregate: { type: 'showtime', id: showtimeId, version: Math.max(...seats.map((seat) => seat.version)) },
      data: { showtimeId, seats: seats.map(({ seatId, label, state, version }) => ({ seatId, label, state, version })) },
      audience: { theatrePartnerId: w.scope.partnerId, allAggregators: true },
    },
  ]);
}

/** Says that a seat is held or booked, never by whom. */
function seatsUnavailable(refused: { label: string; index: number; state: SeatState }[]): DomainError {
  const issues: FieldIssue[] = refused.map(({ label, index, state }) => ({
    field: ['seats', index],
    message: `'${label}' is ${state}`,
    code: `seat_${state}`,
  }));
  const labels = refused.map((seat) => seat.label);
  return new DomainError('seats_unavailable', { detail: `Seats ${labels.join(', ')} are held or booked; nothing was changed.`, issues, conflicts: labels });
}
