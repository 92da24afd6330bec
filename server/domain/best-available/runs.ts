import { bySeatMapOrder, type LayoutSeat } from './seats.ts';

/**
 * A row seen by an ordinary (non-wheelchair) request: segments are the stretches of adjacent seats
 * it may take (consecutive x in one y, of its category, not wheelchair or companion places), and
 * runs the stretches of free seats inside them. Whatever ends a segment (an aisle, a gap, the row
 * end, a seat of another category, a wheelchair or companion place) and whatever ends a run (a
 * taken seat) is where a lone free seat would be stranded.
 */
export interface Run {
  /** Free seats, left to right. */
  seats: LayoutSeat[];
}

export function segmentsOf(eligible: readonly LayoutSeat[]): LayoutSeat[][] {
  const sorted = [...eligible].sort(bySeatMapOrder);
  const segments: LayoutSeat[][] = [];
  for (const seat of sorted) {
    const current = segments.at(-1);
    const previous = current?.at(-1);
    if (current && previous && previous.y === seat.y && previous.x + 1 === seat.x) current.push(seat);
    else segments.push([seat]);
  }
  return segments;
}

export function runsOf(segments: readonly LayoutSeat[][], isFree: (seat: LayoutSeat) => boolean): Run[] {
  const runs: Run[] = [];
  for (const segment of segments) {
    let current: LayoutSeat[] = [];
    for (const seat of segment) {
      if (isFree(seat)) current.push(seat);
      else if (current.length > 0) {
        runs.push({ seats: current });
        current = [];
      }
    }
    if (current.length > 0) runs.push({ seats: current });
  }
  return runs;
}

/**
 * The lone free seats a selection leaves that were not alone before, counted over the segments:
 * the one definition the chooser is built on and the tests check it by.
 */
export function strandedBy(segments: readonly LayoutSeat[][], isFree: (seat: LayoutSeat) => boolean, chosen: ReadonlySet<string>): number {
  const before = new Set(runsOf(segments, isFree).filter((run) => run.seats.length === 1).map((run) => run.seats[0]!.seatId));
  return runsOf(segments, (seat) => isFree(seat) && !chosen.has(seat.seatId)).filter((run) => run.seats.length === 1 && !before.has(run.seats[0]!.seatId)).length;
}
