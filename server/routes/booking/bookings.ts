import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import * as bookings from '../../domain/bookings.ts';
import { partnerOf } from '../../plugins/principal.ts';
import { Booking, BookingIn, BookingList } from '../../schemas/bookings.ts';
import { IdempotencyHeaders, PaginationQuery } from '../../schemas/common.ts';
import { partnerAccess } from '../access.ts';
import { problemResponses } from '../responses.ts';

/** Aggregators book with `bookings:write`; both the seller and the theatre partner read with `read`. */
const writeAccess = partnerAccess('bookings:write', ['aggregator']);
const readAccess = partnerAccess('read');
const listAccess = partnerAccess('read', ['aggregator']);
const tags = ['Bookings'];
const BookingParams = Type.Object({ bookingId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

const readerOf = (request: FastifyRequest): bookings.BookingReader => {
  const partner = partnerOf(request);
  return { kind: partner.partnerKind === 'aggregator' ? 'aggregator' : 'theatre', partnerId: partner.partnerId };
};

/** Bookings: holds confirmed into sold seats, and reading them back. */
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
      response: { 201: Type.Ref(Booking), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const booking = await bookings.confirmBooking({ tx, audit, seller: { kind: 'aggregator', partnerId: partnerOf(request).partnerId } }, request.body);
        reply.header('location', `/v1/bookings/${booking.id}`);
        return booking;
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
      response: { 200: Type.Ref(Booking), ...problemResponses(400, 401, 403, 404) },
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
      querystring: Type.Object({ ...PaginationQuery }, { additionalProperties: false }),
      response: { 200: Type.Ref(BookingList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) => bookings.listBookings(app.db, readerOf(request), { limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  });
};

export default bookingRoutes;
