import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as bookings from '../../domain/bookings.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { partnerAccess } from '../access.ts';

const access = partnerAccess('read', ['theatre']);

/** A theatre partner's bookings: every booking at its theatres, whoever sold it. */
const partnerBookingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/partner/bookings', {
    config: access.config,
    schema: { ...operations.listPartnerBookings, security: access.security },
    handler: (request) =>
      bookings.listBookings(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default partnerBookingRoutes;
