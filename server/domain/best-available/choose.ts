import { runsOf, segmentsOf, type Run } from './runs.ts';
import { bySeatMapOrder, compareSelections, geometryOf, type BestAvailableRequest, type Geometry, type LayoutSeat, type Selection } from './seats.ts';
import { chooseWithWheelchairPlaces } from './wheelchair.ts';

/**
 * Best available, as a pure function of the layout and which seats are free: every candidate
 * selection of `quantity` free seats of the category, best first (empty when nothing fits).
 *
 * Without a wheelchair request, wheelchair places and companion seats are never chosen: they are
 * kept for the people who need them, even when that leaves the request unmet.
 * 1. Together: every block of `quantity` adjacent free seats in one row is a candidate. Blocks that
 *    leave no single free seat stranded come first, then those nearest the centre line and the
 *    preferred row depth (then the front-most, left-most).
 * 2. Only when no row has such a block: one split, over the fewest blocks, computed exactly (a
 *    split that strands no seat is found whenever one exists), then nearest the centre and depth.
 */
export function chooseSeats(layout: readonly LayoutSeat[], free: ReadonlySet<string>, request: BestAvailableRequest): Selection[] {
  if (layout.length === 0 || request.quantity < 1) return [];
  const geometry = geometryOf(layout, request.preferredRowDepth);
  if (request.wheelchair > 0) return chooseWithWheelchairPlaces(layout, free, request, geometry);
  const eligible = layout.filter((seat) => seat.category === request.category && !seat.wheelchair && !seat.companion);
  const runs = runsOf(segmentsOf(eligible), (seat) => free.has(seat.seatId));
  const together = runs.flatMap((run) => windowsOf(run, request.quantity, geometry)).sort(compareSelections);
  if (together.length > 0) return together;
  const split = fewestBlocks(runs, request.quantity, geometry);
  return split ? [split] : [];
}

/** The blocks of `quantity` seats a run can give, each with the lone seats it would leave. */
function windowsOf(run: Run, quantity: number, geometry: Geometry): Selection[] {
  const length = run.seats.length;
  const windows: Selection[] = [];
  for (let offset = 0; offset + quantity <= length; offset += 1) {
    const seats = run.seats.slice(offset, offset + quantity);
    windows.push({
      seats,
      together: true,
      strands: Number(offset === 1) + Number(length - quantity - offset === 1),
      blocks: 1,
      score: seats.reduce((sum, seat) => sum + geometry.seatScore(seat), 0),
    });
  }
  return windows;
}

interface Cost {
  strands: number;
  blocks: number;
  score: number;
}
const add = (a: Cost, b: Cost): Cost => ({ strands: a.strands + b.strands, blocks: a.blocks + b.blocks, score: a.score + b.score });
const better = (a: Cost, b: Cost) => a.strands - b.strands || a.blocks - b.blocks || a.score - b.score;

/**
 * The best way to take `quantity` seats from several runs: each run gives a block of `t` seats
 * (its best placement, strands first), and a dynamic programme over (runs seen, seats taken) picks
 * the counts with the fewest stranded seats, then the fewest blocks, then the best score. The costs
 * add up run by run, so the minimum is exact.
 */
function fewestBlocks(runs: readonly Run[], quantity: number, geometry: Geometry): Selection | undefined {
  const placements = runs.map((run) => {
    const best: (Selection | undefined)[] = [];
    for (let take = 1; take <= Math.min(run.seats.length, quantity); take += 1) {
      best[take] = windowsOf(run, take, geometry).sort(compareSelections)[0];
    }
    return best;
  });
  // table[i][k]: the best cost of taking k seats from the first i runs, and how many the i-th gave.
  const table: ({ cost: Cost; take: number } | undefined)[][] = [[{ cost: { strands: 0, blocks: 0, score: 0 }, take: 0 }]];
  runs.forEach((_, index) => {
    const previous = table[index]!;
    const row: ({ cost: Cost; take: number } | undefined)[] = [];
    for (let taken = 0; taken <= quantity; taken += 1) {
      if (!previous[taken]) continue;
      const options: [number, Cost][] = [[0, previous[taken]!.cost]];
      placements[index]!.forEach((placement, take) => {
        if (placement && taken + take <= quantity) options.push([take, add(previous[taken]!.cost, placement)]);
      });
      for (const [take, cost] of options) {
        const current = row[taken + take];
        if (!current || better(cost, current.cost) < 0) row[taken + take] = { cost, take };
      }
    }
    table.push(row);
  });
  const last = table[runs.length]![quantity];
  if (!last) return undefined;
  const seats: LayoutSeat[] = [];
  for (let index = runs.length, taken = quantity; index > 0; index -= 1) {
    const take = table[index]![taken]!.take;
    if (take > 0) seats.push(...placements[index - 1]![take]!.seats);
    taken -= take;
  }
  return { seats: seats.sort(bySeatMapOrder), together: false, ...last.cost };
}
