import { DomainError } from '../errors.ts';
import { BEST_AVAILABLE_DEFAULT_ROW_DEPTH, type BestAvailableRequest } from './seats.ts';
import type { HoldIn } from '../../schemas/generated/components.ts';

/** The `bestAvailable` member of a hold request, as the contract's `BestAvailableIn` has it. */
export type BestAvailableIn = NonNullable<HoldIn['bestAvailable']>;

/** A hold names its seats or asks for the best available: exactly one of the two. */
export function checkOneSeatRequest(input: { seats?: unknown; bestAvailable?: unknown }): void {
  if (input.seats === undefined && input.bestAvailable === undefined) {
    throw new DomainError('validation_failed', {
      detail: 'Name the seats in `seats`, or ask for the best available with `bestAvailable`.',
      issues: [{ field: ['seats'], message: 'must be given, or else `bestAvailable`', code: 'required' }],
    });
  }
  if (input.seats !== undefined && input.bestAvailable !== undefined) {
    throw new DomainError('validation_failed', {
      detail: 'Send either `seats` or `bestAvailable`, not both.',
      issues: [{ field: ['bestAvailable'], message: 'must be absent when `seats` is given', code: 'not_allowed' }],
    });
  }
}

/** The request with its defaults, checked against the limits the schema cannot express. */
export function bestAvailableRequestOf(input: BestAvailableIn, maxSeats: number): BestAvailableRequest {
  if (input.quantity > maxSeats) {
    throw new DomainError('validation_failed', {
      detail: `A hold takes at most ${maxSeats} seats.`,
      issues: [{ field: ['bestAvailable', 'quantity'], message: `must be at most ${maxSeats}`, code: 'too_many_seats' }],
    });
  }
  const wheelchair = input.wheelchair ?? 0;
  if (wheelchair > input.quantity) {
    throw new DomainError('validation_failed', {
      detail: 'More wheelchair places than seats were asked for.',
      issues: [{ field: ['bestAvailable', 'wheelchair'], message: `must be at most quantity (${input.quantity})`, code: 'too_large' }],
    });
  }
  return { category: input.category, quantity: input.quantity, wheelchair, preferredRowDepth: input.preferredRowDepth ?? BEST_AVAILABLE_DEFAULT_ROW_DEPTH };
}
