import { newId } from '../../db/ids.ts';
import type { LayoutSeatValues } from '../../db/queries/seat-layouts.ts';
import type { PlacedLayout, SeatLayoutDocument } from '../seat-layout-document.ts';
import type { CheckedDocument, ScheduleDocument } from './document.ts';
import type { HeldScreen, HeldState } from './state.ts';

export interface LayoutPlan {
  outcome: 'created' | 'unchanged';
  id: string;
  version: number;
  placed: PlacedLayout;
  document: SeatLayoutDocument;
}

export interface ScreenPlan {
  externalRef: string;
  id: string;
  name: string;
  outcome: 'created' | 'updated' | 'unchanged';
  changed: string[];
  layout?: LayoutPlan;
}

/** What a showtime on a screen gets: the screen as it will be once the sync has applied. */
export interface ScreenTarget {
  id: string;
  status: 'active' | 'retired';
  layout?: { id: string; categories: string[] };
  /** Created by this very document. */
  isNew: boolean;
}

/** A seat as stored, reduced to what makes two layouts the same for a customer. */
const seatKey = (seat: Omit<LayoutSeatValues, 'seatNumber'> & { seatNumber: number | null }) =>
  [seat.label, seat.rowLabel, seat.seatNumber, seat.category, seat.x, seat.y, seat.wheelchair, seat.companion].join('|');

/** Same seats, whatever the document's spelling (an explicit `x` or a default one is the same seat). */
export function sameSeats(placed: readonly LayoutSeatValues[], held: readonly (Omit<LayoutSeatValues, 'seatNumber'> & { seatNumber: number | null })[]): boolean {
  if (placed.length !== held.length) return false;
  const heldKeys = new Set(held.map(seatKey));
  return placed.every((seat) => heldKeys.has(seatKey(seat)));
}

function planLayout(placed: PlacedLayout, document: SeatLayoutDocument, held: HeldState, existing: HeldScreen | undefined): LayoutPlan {
  const current = existing?.current;
  if (current && (held.sameLayoutDocuments.has(current.id) || sameSeats(placed.seats, held.seatsByLayout.get(current.id) ?? []))) {
    return { outcome: 'unchanged', id: current.id, version: current.version, placed, document };
  }
  return { outcome: 'created', id: newId('lay'), version: (existing?.highestVersion ?? 0) + 1, placed, document };
}

/**
 * Screens of the document against those held: new references are created, a different name is an
 * update, and a layout is a new version only when its seats differ. Screens the document does not
 * list keep everything, and showtimes may still name them.
 */
export function planScreens(document: ScheduleDocument, checked: CheckedDocument, held: HeldState) {
  const targets = new Map<string, ScreenTarget>();
  for (const screen of held.screensByRef.values()) {
    targets.set(screen.externalRef, { id: screen.id, status: screen.status, layout: screen.current, isNew: false });
  }
  const plans = (document.screens ?? []).map((screen, index): ScreenPlan => {
    const existing = held.screensByRef.get(screen.externalRef);
    const placed = checked.layouts[index];
    const layout = placed && screen.layout ? planLayout(placed, screen.layout, held, existing) : undefined;
    const id = existing?.id ?? newId('scr');
    const target = targets.get(screen.externalRef);
    targets.set(screen.externalRef, {
      id,
      status: existing?.status ?? 'active',
      layout: layout ? { id: layout.id, categories: layout.placed.categories } : target?.layout,
      isNew: !existing,
    });
    const outcome = !existing ? 'created' : existing.name !== screen.name ? 'updated' : 'unchanged';
    return { externalRef: screen.externalRef, id, name: screen.name, outcome, changed: outcome === 'updated' ? ['name'] : [], layout };
  });
  return { plans, targets };
}
