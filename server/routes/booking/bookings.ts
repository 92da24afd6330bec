import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { BOOKING_STATUSES } from '../../db/schema/booking.ts';
import * as cancellation from '../../domain/booking-cancellation.ts';
import * as bookings from '../../domain/bookings.ts';
import { customerScopeOf, partnerScopeOf } from '../../domain/principal.ts';
import { principalOf } from '../../plugins/principal.ts';
import { problemStatus } from '../../plugins/problems.ts';
import { Booking, BookingCancelIn, BookingIn, BookingList, BulkBookingIn, BulkBookingResult, BulkCancellationIn, BulkCancellationResult } from '../../schemas/bookings.ts';
import { IdempotencyHeaders, PaginationQuery } from '../../schemas/common.ts';
import { StringEnum } from '../../schemas/enum.ts';
import { partnerAccess, partnerOrCustomerAccess } from '../access.ts';
import { problemResponses } from '../responses.ts';
import { sellerOf } from './seller.ts';

/**
 * Aggregators book with `bookings:write`; both the seller and the theatre partner read with `read`.
 * Signed-in customers book, read, list and cancel their own; the bulk calls are for aggregators.
 */
const writeAccess = partnerOrCustomerAccess('bookings:write', ['aggregator']);
const bulkAccess = partnerAccess('bookings:write', ['aggregator']);
const readAccess = partnerOrCustomerAccess('read');
const listAccess = partnerOrCustomerAccess('read', ['aggregator']);
const tags = ['Bookings'];
const BookingParams = Type.Object({ bookingId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

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
    schema: {
      operationId: 'createBooking',
      tags,
      summary: 'Confirm a hold into a booking',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(BookingIn),
      response: { 201: Type.Ref(Booking), ...problemResponses(400, 401, 403, 404, 409, 422, 503) },
    },
    handler: (request, reply) =>
      reply.commitDecision(201, async (reads) => {
        const decision = await bookings.confirmBooking(reads, sellerOf(request), request.body);
        reply.header('location', `/v1/bookings/${decision.body.id}`);
        return decision;
      }),
  });

  app.post('/bookings/bulk', {
    config: { ...bulkAccess.config, idempotent: true },
    schema: {
      operationId: 'createBookingsInBulk',
      tags,
      summary: 'Confirm up to 50 holds at once, all or nothing',
      security: bulkAccess.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(BulkBookingIn),
      response: { 201: Type.Ref(BulkBookingResult), ...problemResponses(400, 401, 403, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => ({ data: await bookings.confirmBookings({ tx, audit, seller: sellerOf(request) }, request.body.items) }), {
        retryIf: bookings.referenceCollided,
      }),
  });

  app.post('/bookings/:bookingId/cancel', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'cancelBooking',
      tags,
      summary: 'Cancel a booking with a full refund',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: BookingParams,
      body: Type.Ref(BookingCancelIn),
      response: { 200: Type.Ref(Booking), ...problemResponses(400, 401, 403, 404, 409, 422, 503) },
    },
    handler: (request, reply) =>
      reply.commitDecision(200, (reads) => cancellation.cancelBooking(reads, sellerOf(request), request.params.bookingId, request.body.reason ?? null)),
  });

  app.post('/bookings/bulk-cancel', {
    config: { ...bulkAccess.config, idempotent: true },
    schema: {
      operationId: 'cancelBookingsInBulk',
      tags,
      summary: 'Cancel up to 100 bookings, each with its own outcome',
      security: bulkAccess.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(BulkCancellationIn),
      response: { 200: Type.Ref(BulkCancellationResult), ...problemResponses(400, 401, 403, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) => {
        const outcomes = await cancellation.cancelRequestedBookings({ tx, audit, seller: sellerOf(request) }, request.body.bookingIds, request.body.reason ?? null);
        return {
          data: outcomes.map((outcome) =>
            'refusal' in outcome
              ? { bookingId: outcome.bookingId, outcome: 'refused' as const, booking: null, refusal: { status: problemStatus[outcome.refusal.code], code: outcome.refusal.code, detail: outcome.refusal.detail } }
              : { bookingId: outcome.bookingId, outcome: 'cancelled' as const, booking: outcome.booking, refusal: null },
          ),
        };
      }),
  });

  app.get('/bookings/:bookingId', {
    config: readAccess.config,
    schema: {
      operationId: 'getBooking',
      tags,
      summary: 'Get a booking',
      security: readAccess.security,
      params: BookingParams,
      response: { 200: Type.Ref(Booking), ...problemResponses(400, 401, 403, 404, 503) },
    },
    handler: (request) => bookings.getBooking(app.db, readerOf(request), request.params.bookingId),
  });

  app.get('/bookings', {
    config: listAccess.config,
    schema: {
      operationId: 'listBookings',
      tags,
      summary: 'List your bookings, newest first',
      security: listAccess.security,
      querystring: Type.Object(
        {
          showtimeId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          status: Type.Optional(StringEnum(BOOKING_STATUSES)),
          ...PaginationQuery,
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(BookingList), ...problemResponses(400, 401, 403, 503) },
    },
    handler: (request) => bookings.listBookings(app.db, readerOf(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default bookingRoutes;
