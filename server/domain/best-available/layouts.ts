import { readLayoutSeats } from '../../db/queries/hold-statements.ts';
import type { DecisionReads } from '../decision.ts';
import type { LayoutSeat } from './seats.ts';

/**
 * Seat layouts as best available reads them, kept by each process: a layout version never changes
 * once written (a new version is a new layout), so a kept copy is always right, and a choice reads
 * only which seats are free (one character each) instead of every seat's place again.
 */
const LAYOUTS_KEPT = 200;
const layouts = new Map<string, LayoutSeat[]>();

/** The layout's seats in seat-id order (the order the free-seat flags follow). */
export async function layoutSeatsOf(reads: DecisionReads, layoutId: string): Promise<LayoutSeat[]> {
  let seats = layouts.get(layoutId);
  if (seats) {
    // Most recently used last: a Map iterates in insertion order, so the first key is the oldest.
    layouts.delete(layoutId);
  } else {
    const [[row]] = await reads.round(readLayoutSeats.on(reads.sql, { layoutId }));
    seats = row!.seats;
    if (layouts.size >= LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
  }
  layouts.set(layoutId, seats);
  return seats;
}

/** The seat ids whose flag says free, `passedOver` left out. */
export function freeSeatIds(layout: readonly LayoutSeat[], flags: string, passedOver: ReadonlySet<string>): Set<string> {
  if (flags.length !== layout.length) throw new Error(`the showtime has ${flags.length} inventory rows for a layout of ${layout.length} seats`);
  const free = new Set<string>();
  for (let index = 0; index < layout.length; index += 1) {
    const seatId = layout[index]!.seatId;
    if (flags[index] === '1' && !passedOver.has(seatId)) free.add(seatId);
  }
  return free;
}
