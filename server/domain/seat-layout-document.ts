import type { LayoutSeatValues } from '../db/queries/seat-layouts.ts';
import { DomainError, type FieldIssue, type FieldPath } from './errors.ts';
import type { SeatLayoutIn } from '../schemas/generated/components.ts';

/** A seat layout is bounded so that one document can never become a denial of service. */
export const LAYOUT_LIMITS = { rows: 60, seatsPerRow: 100, columns: 200, gridRows: 120 } as const;

/**
 * A seat layout document as a partner submits it (the `SeatLayoutIn` schema has already checked
 * types, bounds and categories). Rows run from the screen to the back; positions are a grid where
 * aisles and gaps are simply the columns and rows no seat occupies.
 */
export type SeatLayoutDocument = SeatLayoutIn;

export interface PlacedLayout {
  seats: LayoutSeatValues[];
  /** Seat categories in order of first appearance, front to back. */
  categories: string[];
}

/**
 * Places every seat on the grid and checks what a schema cannot: unique row labels and seat
 * labels, positions that move forward (so no two seats share one), and companion seats beside a
 * wheelchair place. Every problem is reported at once, each at its field of the document.
 */
export function placeSeats(document: SeatLayoutDocument): PlacedLayout {
  const issues: FieldIssue[] = [];
  const seats: (LayoutSeatValues & { field: FieldPath })[] = [];
  const rowLabels = new Set<string>();
  const seatLabels = new Set<string>();
  let previousY = -1;

  document.rows.forEach((row, r) => {
    const rowField = ['rows', r];
    if (rowLabels.has(row.label)) issues.push({ field: [...rowField, 'label'], message: `row '${row.label}' appears more than once`, code: 'duplicate_label' });
    rowLabels.add(row.label);
    const y = row.y ?? previousY + 1;
    if (y <= previousY) issues.push({ field: [...rowField, 'y'], message: `must be greater than the previous row's y (${previousY})`, code: 'out_of_order' });
    else if (y >= LAYOUT_LIMITS.gridRows) issues.push({ field: [...rowField, 'y'], message: `the layout is deeper than ${LAYOUT_LIMITS.gridRows} grid rows`, code: 'too_large' });
    previousY = Math.max(previousY, y);

    let previousX = -1;
    row.seats.forEach((seat, s) => {
      const field = [...rowField, 'seats', s];
      const label = `${row.label}${seat.number}`;
      if (seatLabels.has(label)) issues.push({ field: [...field, 'number'], message: `seat '${label}' appears more than once`, code: 'duplicate_label' });
      seatLabels.add(label);
      const x = seat.x ?? previousX + 1;
      if (x <= previousX) issues.push({ field: [...field, 'x'], message: `must be greater than the previous seat's x (${previousX})`, code: 'out_of_order' });
      else if (x >= LAYOUT_LIMITS.columns) issues.push({ field: [...field, 'x'], message: `the row is wider than ${LAYOUT_LIMITS.columns} columns`, code: 'too_large' });
      previousX = Math.max(previousX, x);
      if (seat.wheelchair && seat.companion) {
        issues.push({ field: [...field, 'companion'], message: 'a seat is a wheelchair place or a companion seat, not both', code: 'conflicting_flags' });
      }
      seats.push({
        field,
        label,
        rowLabel: row.label,
        seatNumber: seat.number,
        category: seat.category,
        x,
        y,
        wheelchair: seat.wheelchair ?? false,
        companion: seat.companion ?? false,
      });
    });
  });

  issues.push(...companionIssues(seats));
  if (issues.length > 0) throw new DomainError('validation_failed', { detail: 'The seat layout is not valid.', issues });
  return {
    seats: seats.map(({ field: _field, ...seat }) => seat),
    categories: [...new Set(seats.map((seat) => seat.category))],
  };
}

/** A companion seat is for the person accompanying a wheelchair user: right beside the place. */
function companionIssues(seats: (LayoutSeatValues & { field: FieldPath })[]): FieldIssue[] {
  const wheelchairPlaces = new Set(seats.filter((seat) => seat.wheelchair).map((seat) => `${seat.x},${seat.y}`));
  return seats
    .filter((seat) => seat.companion && !seat.wheelchair)
    .filter((seat) => !wheelchairPlaces.has(`${seat.x - 1},${seat.y}`) && !wheelchairPlaces.has(`${seat.x + 1},${seat.y}`))
    .map((seat) => ({
      field: [...seat.field, 'companion'],
      message: `companion seat '${seat.label}' must be next to a wheelchair place in the same row`,
      code: 'companion_not_adjacent',
    }));
}
