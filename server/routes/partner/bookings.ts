import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { BOOKING_STATUSES } from '../../db/schema/booking.ts';
import * as bookings from '../../domain/bookings.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { BookingList } from '../../schemas/bookings.ts';
import { LocalDate, PaginationQuery } from '../../schemas/common.ts';
import { StringEnum } from '../../schemas/enum.ts';
import { partnerAccess } from '../access.ts';
import { problemResponses } from '../responses.ts';

const access = partnerAccess('read', ['theatre']);
const Id = Type.String({ minLength: 1, maxLength: 64 });

/** A theatre partner's bookings: every booking at its theatres, whoever sold it. */
const partnerBookingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/partner/bookings', {
    config: access.config,
    schema: {
      operationId: 'listPartnerBookings',
      tags: ['Bookings'],
      summary: 'List the bookings at your theatres, newest first',
      security: access.security,
      querystring: Type.Object(
        {
          theatreId: Type.Optional(Id),
          showtimeId: Type.Optional(Id),
          date: Type.Optional(LocalDate),
          status: Type.Optional(StringEnum(BOOKING_STATUSES)),
          ...PaginationQuery,
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(BookingList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) =>
      bookings.listBookings(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default partnerBookingRoutes;
