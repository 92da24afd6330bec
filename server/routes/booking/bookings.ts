import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import * as cancellation from '../../domain/booking-cancellation.ts';
import * as bookings from '../../domain/bookings.ts';
import { customerScopeOf, partnerScopeOf } from '../../domain/principal.ts';
import { principalOf } from '../../plugins/principal.ts';
import { printableDetail, problemStatus } from '../../plugins/problems.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { partnerAccess, partnerOrCustomerAccess } from '../access.ts';
import { sellerOf } from './seller.ts';

/**
 * Aggregators book with `bookings:write`; both the seller and the theatre partner read with `read`.
 * Signed-in customers book, read, list and cancel their own; the bulk calls are for aggregators.
 */
const writeAccess = partnerOrCustomerAccess('bookings:write', ['aggregator']);
const bulkAccess = partnerAccess('bookings:write', ['aggregator']);
const readAccess = partnerOrCustomerAccess('read');
const listAccess = partnerOrCustomerAccess('read', ['aggregator']);

const readerOf = (request: FastifyRequest): bookings.BookingReader => {
  const principal = principalOf(request);
  if (principal.kind === 'customer') return customerScopeOf(principal);
  if (principal.kind !== 'partner') throw new Error(`route ${request.routeOptions.url} is for partners and customers only`);
  return partnerScopeOf(principal);
};

/** Bookings: holds confirmed into sold seats, cancelled, and read back; one at a time or in bulk. */
const bookingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/bookings', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.createBooking, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitDecision(201, async (reads) => {
        const decision = await bookings.confirmBooking(reads, sellerOf(request), request.body);
        reply.header('location', `/v1/bookings/${decision.body.id}`);
        return decision;
      }),
  });

  app.post('/bookings/bulk', {
    config: { ...bulkAccess.config, idempotent: true },
    schema: { ...operations.createBookingsInBulk, security: bulkAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => ({ data: await bookings.confirmBookings({ tx, audit, seller: sellerOf(request) }, request.body.items) }), {
        retryIf: bookings.referenceCollided,
      }),
  });

  app.post('/bookings/:bookingId/cancel', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.cancelBooking, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitDecision(200, (reads) => cancellation.cancelBooking(reads, sellerOf(request), request.params.bookingId, request.body.reason ?? null)),
  });

  app.post('/bookings/bulk-cancel', {
    config: { ...bulkAccess.config, idempotent: true },
    schema: { ...operations.cancelBookingsInBulk, security: bulkAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) => {
        const outcomes = await cancellation.cancelRequestedBookings({ tx, audit, seller: sellerOf(request) }, request.body.bookingIds, request.body.reason ?? null);
        return {
          data: outcomes.map((outcome) =>
            'refusal' in outcome
              ? { bookingId: outcome.bookingId, outcome: 'refused' as const, booking: null, refusal: { status: problemStatus[outcome.refusal.code], code: outcome.refusal.code, detail: printableDetail(outcome.refusal.detail) } }
              : { bookingId: outcome.bookingId, outcome: 'cancelled' as const, booking: outcome.booking, refusal: null },
          ),
        };
      }),
  });

  app.get('/bookings/:bookingId', {
    config: readAccess.config,
    schema: { ...operations.getBooking, security: readAccess.security },
    handler: (request) => bookings.getBooking(app.db, readerOf(request), request.params.bookingId),
  });

  app.get('/bookings', {
    config: listAccess.config,
    schema: { ...operations.listBookings, security: listAccess.security },
    handler: (request) => bookings.listBookings(app.db, readerOf(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default bookingRoutes;
