import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as offersAdmin from '../../domain/pricing/offers-admin.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { adminOnly } from '../access.ts';
import { withEtag } from '../partner/inventory-access.ts';

const admin = { config: adminOnly.config };
const mutation = { config: { ...adminOnly.config, idempotent: true } };

/** Pricing rules: nth-ticket and time-window offers. Platform admin only; every change audited. */
const offerAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/admin/offers', {
    ...mutation,
    schema: { ...operations.createOffer, security: adminOnly.security },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const offer = withEtag(reply, await offersAdmin.createOffer(tx, audit, request.body));
        reply.header('location', `/v1/admin/offers/${offer.id}`);
        return offer;
      }),
  });

  app.get('/admin/offers', {
    ...admin,
    schema: { ...operations.listOffers, security: adminOnly.security },
    handler: (request) => offersAdmin.listOffers(app.db, { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/admin/offers/:offerId', {
    ...admin,
    schema: { ...operations.getOffer, security: adminOnly.security },
    handler: async (request, reply) => withEtag(reply, await offersAdmin.getOffer(app.db, request.params.offerId)),
  });

  app.patch('/admin/offers/:offerId', {
    ...admin,
    schema: { ...operations.updateOffer, security: adminOnly.security },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await offersAdmin.updateOffer(tx, audit, request.params.offerId, request.body, request.headers['if-match'])),
      ),
  });

  for (const [action, status] of [['disable', 'disabled'], ['enable', 'active']] as const) {
    app.post(`/admin/offers/:offerId/${action}`, {
      ...mutation,
      schema: { ...operations[`${action}Offer`], security: adminOnly.security },
      handler: (request, reply) =>
        reply.commitMutation(200, async (tx, audit) => withEtag(reply, await offersAdmin.setOfferStatus(tx, audit, request.params.offerId, status))),
    });
  }
};

export default offerAdminRoutes;
