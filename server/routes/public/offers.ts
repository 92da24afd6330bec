import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DomainError } from '../../domain/errors.ts';
import { listApplicableOffers, quoteSelection, type OfferPlace } from '../../domain/pricing/public-offers.ts';
import * as operations from '../../schemas/generated/operations.ts';

const security: Record<string, string[]>[] = [];

/** Exactly one of the filters, else a 400 that says so on every filter given (or on all three). */
function placeOf(query: { cityId?: string; theatreId?: string; showtimeId?: string }): OfferPlace {
  const given = (['cityId', 'theatreId', 'showtimeId'] as const).filter((name) => query[name] !== undefined);
  if (given.length !== 1) {
    const named = given.length === 0 ? (['cityId', 'theatreId', 'showtimeId'] as const) : given;
    throw new DomainError('validation_failed', {
      detail: 'Give exactly one of cityId, theatreId and showtimeId.',
      issues: named.map((name) => ({ parameter: name, message: 'exactly one of cityId, theatreId and showtimeId is required', code: 'one_filter_required' })),
    });
  }
  const name = given[0]!;
  return { [name]: query[name]! } as OfferPlace;
}

/** Offers as the public sees them, and the price of a selection without holding it. */
const publicOfferRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/offers', {
    schema: { ...operations.listApplicableOffers, security },
    handler: (request) => listApplicableOffers(app.db, placeOf(request.query)),
  });

  app.post('/showtimes/:showtimeId/quote', {
    schema: { ...operations.quoteSeats, security },
    handler: (request) => quoteSelection(app.db, request.params.showtimeId, request.body.seats),
  });
};

export default publicOfferRoutes;
