import type { DbExecutor } from '../../db/client.ts';
import { listShowtimeSeatStates } from '../../db/queries/best-available.ts';
import { ProblemError } from '../errors.ts';
import { alternativesTo } from './alternatives.ts';
import { chooseSeats } from './choose.ts';
import type { BestAvailableRequest, LayoutSeat, Selection } from './seats.ts';

/** Choices tried before giving up; each after a fresh read of the seat states. */
export const BEST_AVAILABLE_ATTEMPTS = 5;
/**
 * The n-th attempt picks at random among the best 4^(n-1) equally good candidates: the first is
 * always the best (and tests can name it); later ones spread racers who all lost the same seats
 * over different blocks instead of making them collide again.
 */
const SPREAD_BASE = 4;

/** What holding a choice gave: the hold, or the seats that turned out to be taken (nothing held). */
export type TakeOutcome<T> = { held: T } | { taken: { seatId: string }[] };

class ChoiceTaken extends Error {
  constructor(readonly seatIds: string[]) {
    super('a chosen seat was taken meanwhile');
  }
}

/**
 * Chooses without locks, then holds the choice with `hold` inside a savepoint. If a chosen seat
 * was taken in between, the savepoint is rolled back (its row locks and inserts undone) and the
 * next choice is made from a fresh read, those seats left out; after the last attempt, or when
 * nothing fits, the answer is 409 `best_available_unavailable` with the alternatives.
 */
export async function takeBestAvailable<T>(
  tx: DbExecutor,
  showtimeId: string,
  request: BestAvailableRequest,
  hold: (savepoint: DbExecutor, seats: LayoutSeat[]) => Promise<TakeOutcome<T>>,
): Promise<{ held: T; attempts: number }> {
  const passedOver = new Set<string>();
  let layout: LayoutSeat[] = [];
  let free = new Set<string>();
  for (let attempt = 1; attempt <= BEST_AVAILABLE_ATTEMPTS; attempt += 1) {
    const states = await listShowtimeSeatStates(tx, showtimeId);
    if (attempt === 1 && !states.some((seat) => seat.category === request.category)) throw unknownCategory(showtimeId, request.category);
    layout = states;
    free = new Set(states.filter((seat) => seat.free && !passedOver.has(seat.seatId)).map((seat) => seat.seatId));
    const choice = pick(chooseSeats(layout, free, request), attempt);
    if (!choice) break;
    try {
      const held = await tx.transaction(async (savepoint) => {
        const outcome = await hold(savepoint, choice.seats);
        if ('taken' in outcome) throw new ChoiceTaken(outcome.taken.map((seat) => seat.seatId));
        return outcome.held;
      });
      return { held, attempts: attempt };
    } catch (error) {
      if (!(error instanceof ChoiceTaken)) throw error;
      for (const seatId of error.seatIds) passedOver.add(seatId);
    }
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

function unknownCategory(showtimeId: string, category: string): ProblemError {
  return new ProblemError(400, 'validation_failed', `Showtime '${showtimeId}' has no ${category} seats.`, [
    { path: '/body/bestAvailable/category', message: `'${category}' is not a seat category of this showtime's layout`, code: 'unknown_category' },
  ]);
}

function unavailable(showtimeId: string, request: BestAvailableRequest, alternatives: ReturnType<typeof alternativesTo>): ProblemError {
  const places = request.wheelchair > 0 ? ` (${request.wheelchair} of them wheelchair places)` : '';
  return new ProblemError(
    409,
    'best_available_unavailable',
    `Showtime '${showtimeId}' has no ${request.quantity} free ${request.category} seats${places} that meet the request; nothing was held.`,
    undefined, undefined, undefined,
    { alternatives },
  );
}
