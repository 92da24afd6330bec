import { lockChosenSeats, readFreeSeatFlags } from '../../db/queries/hold-statements.ts';
import type { DecisionReads } from '../decision.ts';
import { DomainError } from '../errors.ts';
import { alternativesTo } from './alternatives.ts';
import { chooseSeats } from './choose.ts';
import { freeSeatIds, layoutSeatsOf } from './layouts.ts';
import type { BestAvailableRequest, LayoutSeat, Selection } from './seats.ts';

/** Choices tried before giving up; each after a fresh read of the seat states. */
export const BEST_AVAILABLE_ATTEMPTS = 5;
/**
 * The n-th attempt picks at random among the best 4^(n-1) equally good candidates: the first is
 * always the best (and tests can name it); later ones spread racers who all lost the same seats
 * over different blocks instead of making them collide again.
 */
const SPREAD_BASE = 4;


/**
 * Chooses from the free-seat flags (read without locks, with the first batch) over the layout,
 * then locks the choice without
 * waiting. A chosen seat someone else has, or is taking right now, is passed over and the next
 * choice is made from a fresh read; the seats this transaction did lock stay its own until it
 * ends. After the last attempt, or when nothing fits, the answer is
 * `best_available_unavailable` with the alternatives.
 */
export async function takeBestAvailable(
  reads: DecisionReads,
  showtimeId: string,
  request: BestAvailableRequest,
  where: { layoutId: string; freeFlags: string },
): Promise<{ seats: LayoutSeat[]; attempts: number }> {
  const layout = await layoutSeatsOf(reads, where.layoutId);
  if (!layout.some((seat) => seat.category === request.category)) throw unknownCategory(showtimeId, request.category);
  const passedOver = new Set<string>();
  let flags = where.freeFlags;
  let free = new Set<string>();
  for (let attempt = 1; attempt <= BEST_AVAILABLE_ATTEMPTS; attempt += 1) {
    if (attempt > 1) {
      const [[again]] = await reads.round(readFreeSeatFlags.on(reads.sql, { showtimeId }));
      flags = again!.flags;
    }
    free = freeSeatIds(layout, flags, passedOver);
    const choice = pick(chooseSeats(layout, free, request), attempt);
    if (!choice) break;
    const [locked] = await reads.round(lockChosenSeats.on(reads.sql, { showtimeId, seatIds: choice.seats.map((seat) => seat.seatId) }));
    const lockedFree = new Set(locked.filter((seat) => seat.free).map((seat) => seat.seatId));
    const taken = choice.seats.filter((seat) => !lockedFree.has(seat.seatId));
    if (taken.length === 0) return { seats: choice.seats, attempts: attempt };
    for (const seat of taken) passedOver.add(seat.seatId);
  }
  const stillFree = new Set([...free].filter((seatId) => !passedOver.has(seatId)));
  throw unavailable(showtimeId, request, alternativesTo(layout, stillFree, request));
}

function pick(candidates: Selection[], attempt: number): Selection | undefined {
  const best = candidates[0];
  if (!best || attempt === 1) return best;
  const equallyGood = candidates.filter((candidate) => candidate.strands === best.strands && candidate.blocks === best.blocks);
  return equallyGood[Math.floor(Math.random() * Math.min(equallyGood.length, SPREAD_BASE ** (attempt - 1)))];
}

function unknownCategory(showtimeId: string, category: string): DomainError {
  return new DomainError('validation_failed', {
    detail: `Showtime '${showtimeId}' has no ${category} seats.`,
    issues: [{ field: ['bestAvailable', 'category'], message: `'${category}' is not a seat category of this showtime's layout`, code: 'unknown_category' }],
  });
}

function unavailable(showtimeId: string, request: BestAvailableRequest, alternatives: ReturnType<typeof alternativesTo>): DomainError {
  const places = request.wheelchair > 0 ? ` (${request.wheelchair} of them wheelchair places)` : '';
  return new DomainError('best_available_unavailable', {
    detail: `Showtime '${showtimeId}' has no ${request.quantity} free ${request.category} seats${places} that meet the request; nothing was held.`,
    extensions: { alternatives },
  });
}
