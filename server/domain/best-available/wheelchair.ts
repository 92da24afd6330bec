import { bySeatMapOrder, isTogether, type BestAvailableRequest, type Geometry, type LayoutSeat, type Selection } from './seats.ts';

/**
 * A request with wheelchair places: `wheelchair` free wheelchair places of the category, grouped
 * around each place in turn (the places nearest it), and the rest of the party on the free
 * companion seats beside them, else on the nearest free seats of the category (in the same row
 * first, then the fewest columns away; companion seats beside other wheelchair places last). Best first: the
 * most of the party on companion seats beside their places, then the fewest blocks, then nearest
 * the centre line and preferred row depth.
 */
export function chooseWithWheelchairPlaces(layout: readonly LayoutSeat[], free: ReadonlySet<string>, request: BestAvailableRequest, geometry: Geometry): Selection[] {
  const open = layout.filter((seat) => seat.category === request.category && free.has(seat.seatId));
  const places = open.filter((seat) => seat.wheelchair).sort((a, b) => geometry.seatScore(a) - geometry.seatScore(b) || bySeatMapOrder(a, b));
  const others = open.filter((seat) => !seat.wheelchair);
  const rest = request.quantity - request.wheelchair;
  if (places.length < request.wheelchair || others.length < rest) return [];

  const candidates = new Map<string, { selection: Selection; apart: number }>();
  for (const anchor of places) {
    const chosenPlaces = [...places].sort((a, b) => distance(anchor, a) - distance(anchor, b) || geometry.seatScore(a) - geometry.seatScore(b) || bySeatMapOrder(a, b)).slice(0, request.wheelchair);
    const beside = (seat: LayoutSeat) => chosenPlaces.some((place) => place.y === seat.y && Math.abs(place.x - seat.x) === 1);
    const nearest = (seat: LayoutSeat) => Math.min(...chosenPlaces.map((place) => distance(place, seat)));
    const rank = (seat: LayoutSeat) => (seat.companion && beside(seat) ? 0 : seat.companion ? 2 : 1);
    const party = [...others]
      .sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? 0 : nearest(a) - nearest(b)) || geometry.seatScore(a) - geometry.seatScore(b) || bySeatMapOrder(a, b))
      .slice(0, rest);
    const seats = [...chosenPlaces, ...party].sort(bySeatMapOrder);
    const key = seats.map((seat) => seat.seatId).join(',');
    if (candidates.has(key)) continue;
    candidates.set(key, {
      selection: { seats, together: isTogether(seats), strands: 0, blocks: blocksOf(seats), score: seats.reduce((sum, seat) => sum + geometry.seatScore(seat), 0) },
      apart: party.filter((seat) => !(seat.companion && beside(seat))).length,
    });
  }
  return [...candidates.values()]
    .sort((a, b) => a.apart - b.apart || a.selection.blocks - b.selection.blocks || a.selection.score - b.selection.score || bySeatMapOrder(a.selection.seats[0]!, b.selection.seats[0]!))
    .map((candidate) => candidate.selection);
}

/** Same row first (a row is wider than any grid, 200 columns), then the fewest columns apart. */
const distance = (a: LayoutSeat, b: LayoutSeat) => Math.abs(a.y - b.y) * 1000 + Math.abs(a.x - b.x);

function blocksOf(sorted: readonly LayoutSeat[]): number {
  return sorted.filter((seat, index) => index === 0 || seat.y !== sorted[index - 1]!.y || seat.x !== sorted[index - 1]!.x + 1).length;
}
