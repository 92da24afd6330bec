import { chooseSeats } from './choose.ts';
import type { BestAvailableRequest, LayoutSeat } from './seats.ts';
import type { Problem } from '../../schemas/generated/components.ts';

/** A best-available request (with the same wheelchair need) that would be met right now. */
export type BestAvailableAlternative = NonNullable<Problem['alternatives']>[number];

/**
 * What to offer instead when a request cannot be met: the most seats its own category can still
 * give (fewer than asked), then every other category of the layout that can give them all.
 */
export function alternativesTo(layout: readonly LayoutSeat[], free: ReadonlySet<string>, request: BestAvailableRequest): BestAvailableAlternative[] {
  const alternatives: BestAvailableAlternative[] = [];
  const freeOfCategory = layout.filter((seat) => seat.category === request.category && free.has(seat.seatId)).length;
  for (let quantity = Math.min(request.quantity - 1, freeOfCategory); quantity >= Math.max(1, request.wheelchair); quantity -= 1) {
    const best = chooseSeats(layout, free, { ...request, quantity })[0];
    if (best) {
      alternatives.push({ category: request.category, quantity, together: best.together });
      break;
    }
  }
  const categories = [...new Set(layout.map((seat) => seat.category))].filter((category) => category !== request.category).sort();
  for (const category of categories) {
    const best = chooseSeats(layout, free, { ...request, category })[0];
    if (best) alternatives.push({ category, quantity: request.quantity, together: best.together });
  }
  return alternatives;
}
