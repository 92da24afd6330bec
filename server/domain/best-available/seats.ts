/**
 * The words of the best-available chooser: a layout's seats, what a request asks for, and a
 * candidate selection. Pure data; nothing here reads the database.
 */

export interface LayoutSeat {
  seatId: string;
  label: string;
  rowLabel: string;
  category: string;
  /** Grid column and row, both from 0; aisles and gaps are positions no seat occupies. */
  x: number;
  y: number;
  wheelchair: boolean;
  companion: boolean;
}

export interface BestAvailableRequest {
  category: string;
  quantity: number;
  /** How many of the `quantity` seats must be wheelchair places. */
  wheelchair: number;
  /** 0 is the front row, 1 the back row. */
  preferredRowDepth: number;
}

export interface Selection {
  /** In seat-map order (row, then column). */
  seats: LayoutSeat[];
  /** All in one row, side by side with no gap. */
  together: boolean;
  /** How many free seats the selection leaves alone between itself and a taken seat, aisle or row end. */
  strands: number;
  /** How many separate blocks of adjacent seats it takes. */
  blocks: number;
  /** Distance from the centre line and the preferred row depth, summed over the seats; lower is better. */
  score: number;
}

export const BEST_AVAILABLE_DEFAULT_ROW_DEPTH = 0.6;

/** How each seat is scored against the screen's centre line and the preferred row depth. */
export interface Geometry {
  seatScore(seat: LayoutSeat): number;
}

/**
 * The centre line is the middle of the layout's x extent; a row's depth is its place between the
 * front (0) and back (1) rows of the whole layout. One seat off-centre by half the width weighs as
 * much as a row at the wrong end of the hall.
 */
export function geometryOf(layout: readonly LayoutSeat[], preferredRowDepth: number): Geometry {
  const xs = layout.map((seat) => seat.x);
  const ys = layout.map((seat) => seat.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const centre = (minX + maxX) / 2;
  const halfWidth = Math.max(1, (maxX - minX) / 2);
  const depthSpan = maxY - minY;
  const depthOf = (y: number) => (depthSpan === 0 ? preferredRowDepth : (y - minY) / depthSpan);
  return { seatScore: (seat) => Math.abs(seat.x - centre) / halfWidth + Math.abs(depthOf(seat.y) - preferredRowDepth) };
}

export const bySeatMapOrder = (a: LayoutSeat, b: LayoutSeat) => a.y - b.y || a.x - b.x;

export function isTogether(seats: readonly LayoutSeat[]): boolean {
  const sorted = [...seats].sort(bySeatMapOrder);
  return sorted.every((seat, index) => index === 0 || (seat.y === sorted[0]!.y && seat.x === sorted[index - 1]!.x + 1));
}

/** Scores differ by float noise only when they are the same sum in another order. */
const SCORE_EPSILON = 1e-9;

/** Best first: fewer stranded seats, fewer blocks, nearer the centre and depth, then front-most, left-most. */
export function compareSelections(a: Selection, b: Selection): number {
  if (a.strands !== b.strands) return a.strands - b.strands;
  if (a.blocks !== b.blocks) return a.blocks - b.blocks;
  if (Math.abs(a.score - b.score) > SCORE_EPSILON) return a.score - b.score;
  const [firstA, firstB] = [a.seats[0]!, b.seats[0]!];
  return firstA.y - firstB.y || firstA.x - firstB.x;
}
