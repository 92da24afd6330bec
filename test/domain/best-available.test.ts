import fc from 'fast-check';
import t from 'tap';
import { chooseSeats } from '../../server/domain/best-available/choose.ts';
import type { LayoutSeat } from '../../server/domain/best-available/seats.ts';

/**
 * Properties of the pure chooser over random small layouts and random sales, checked against a
 * brute force over every possible selection (the layouts are small enough to enumerate): the
 * choice is free, of the category, exactly `quantity` seats; it exists whenever enough seats are
 * open; it keeps the party together whenever a row can; it strands no single seat whenever a
 * selection of the same kind (together, or split when nothing is together) strands none; and a
 * split takes the fewest blocks of adjacent seats among those.
 */

const RUNS = 10_000;

interface World {
  layout: LayoutSeat[];
  free: Set<string>;
  request: { category: string; quantity: number; wheelchair: number; preferredRowDepth: number };
}

const cell = fc.record({
  present: fc.constantFrom(true, true, true, true, false),
  category: fc.constantFrom('standard', 'standard', 'standard', 'premium'),
  flag: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'wheelchair', 'companion'),
  free: fc.constantFrom(true, true, false),
});

const world: fc.Arbitrary<World> = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 3 }),
    quantity: fc.integer({ min: 1, max: 4 }),
    depth: fc.constantFrom(0, 0.3, 0.6, 1),
    category: fc.constantFrom('standard', 'standard', 'standard', 'premium'),
  })
  .map(({ rows, quantity, depth, category }) => {
    const layout: LayoutSeat[] = [];
    const free = new Set<string>();
    rows.forEach((cells, y) => {
      cells.forEach((cellAt, x) => {
        if (!cellAt.present) return;
        const label = `${String.fromCharCode(65 + y)}${x + 1}`;
        layout.push({
          seatId: `seat-${label}`, label, rowLabel: String.fromCharCode(65 + y), category: cellAt.category, x, y,
          wheelchair: cellAt.flag === 'wheelchair', companion: cellAt.flag === 'companion',
        });
        if (cellAt.free) free.add(`seat-${label}`);
      });
    });
    return { layout, free, request: { category, quantity, wheelchair: 0, preferredRowDepth: depth } };
  });

/** Seats an ordinary request may take. */
const openTo = (seat: LayoutSeat, category: string) => seat.category === category && !seat.wheelchair && !seat.companion;

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((subset) => [first!, ...subset]), ...subsets(rest, size)];
}

/** Written apart from the chooser: free open seats the selection leaves with no free open neighbour that had one before. */
function strandedSeats(w: World, chosen: Set<string>): number {
  const at = new Map(w.layout.filter((seat) => openTo(seat, w.request.category)).map((seat) => [`${seat.x},${seat.y}`, seat]));
  const freeBefore = (seat: LayoutSeat | undefined) => seat !== undefined && w.free.has(seat.seatId);
  const freeAfter = (seat: LayoutSeat | undefined) => freeBefore(seat) && !chosen.has(seat!.seatId);
  let stranded = 0;
  for (const seat of at.values()) {
    if (!freeAfter(seat)) continue;
    const neighbours = [at.get(`${seat.x - 1},${seat.y}`), at.get(`${seat.x + 1},${seat.y}`)];
    if (!neighbours.some(freeAfter) && neighbours.some(freeBefore)) stranded += 1;
  }
  return stranded;
}

const isTogether = (seats: LayoutSeat[]) => {
  const sorted = [...seats].sort((a, b) => a.x - b.x);
  return sorted.every((seat, index) => seat.y === sorted[0]!.y && (index === 0 || seat.x === sorted[index - 1]!.x + 1));
};

/** Runs of adjacent seats (consecutive x in one y) a selection falls into. */
const blockCount = (seats: LayoutSeat[]) => {
  const sorted = [...seats].sort((a, b) => a.y - b.y || a.x - b.x);
  return sorted.filter((seat, index) => index === 0 || seat.y !== sorted[index - 1]!.y || seat.x !== sorted[index - 1]!.x + 1).length;
};

t.test('the best choice is free, of the category, the right size, together when it can be, and strands no seat when another choice strands none', async (t) => {
  let chosen = 0;
  let together = 0;
  let split = 0;
  let strandedForced = 0;
  fc.assert(
    fc.property(world, (w) => {
      const open = w.layout.filter((seat) => openTo(seat, w.request.category) && w.free.has(seat.seatId));
      const best = chooseSeats(w.layout, w.free, w.request)[0];
      if (open.length < w.request.quantity) return best === undefined;
      if (!best) return false;
      chosen += 1;
      const ids = new Set(best.seats.map((seat) => seat.seatId));
      if (ids.size !== w.request.quantity) return false;
      if (!best.seats.every((seat) => openTo(seat, w.request.category) && w.free.has(seat.seatId))) return false;

      const every = subsets(open, w.request.quantity);
      const blocks = every.filter(isTogether);
      if (best.together !== isTogether(best.seats)) return false;
      if (blocks.length > 0 && !best.together) return false;
      const sameKind = blocks.length > 0 ? blocks : every;
      const strands = strandedSeats(w, ids);
      if (strands !== best.strands) return false;
      const noneStrands = sameKind.some((subset) => strandedSeats(w, new Set(subset.map((seat) => seat.seatId))) === 0);
      if (noneStrands && strands > 0) return false;
      const fewestBlocks = Math.min(...sameKind.filter((subset) => strandedSeats(w, new Set(subset.map((seat) => seat.seatId))) === strands).map(blockCount));
      if (blockCount(best.seats) !== fewestBlocks || best.blocks !== fewestBlocks) return false;
      if (strands > 0) strandedForced += 1;
      if (best.together) together += 1;
      else split += 1;
      return true;
    }),
    { numRuns: RUNS },
  );
  t.comment(`${RUNS} layouts: ${chosen} with a choice (${together} together, ${split} split, ${strandedForced} where every choice strands a seat)`);
  t.ok(together > 100 && split > 20 && strandedForced > 10, 'the generator reaches every case');
});

t.test('a wheelchair request gets exactly its wheelchair places, the rest on companion or ordinary seats, all free and of the category', async (t) => {
  let met = 0;
  fc.assert(
    fc.property(world, fc.integer({ min: 1, max: 2 }), (w, wheelchair) => {
      const request = { ...w.request, wheelchair: Math.min(wheelchair, w.request.quantity) };
      const open = w.layout.filter((seat) => seat.category === request.category && w.free.has(seat.seatId));
      const places = open.filter((seat) => seat.wheelchair).length;
      const possible = places >= request.wheelchair && open.length - places >= request.quantity - request.wheelchair;
      const best = chooseSeats(w.layout, w.free, request)[0];
      if (!possible) return best === undefined;
      if (!best) return false;
      met += 1;
      return (
        new Set(best.seats.map((seat) => seat.seatId)).size === request.quantity &&
        best.seats.every((seat) => seat.category === request.category && w.free.has(seat.seatId)) &&
        best.seats.filter((seat) => seat.wheelchair).length === request.wheelchair
      );
    }),
    { numRuns: RUNS },
  );
  t.ok(met > 50, `the generator reaches met requests (${met})`);
});
