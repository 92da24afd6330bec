import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as offersAdmin from '../../domain/pricing/offers-admin.ts';
import { IdempotencyHeaders, IfMatchHeaders, PaginationQuery } from '../../schemas/common.ts';
import { StringEnum } from '../../schemas/enum.ts';
import { Offer, OfferIn, OfferList, OfferPatch } from '../../schemas/offers.ts';
import { adminOnly } from '../access.ts';
import { withEtag } from '../partner/inventory-access.ts';
import { problemResponses } from '../responses.ts';

const OfferParams = Type.Object({ offerId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
const admin = { config: adminOnly.config };
const mutation = { config: { ...adminOnly.config, idempotent: true } };
const tags = ['Admin: offers'];

/** Pricing rules: nth-ticket and time-window offers. Platform admin only; every change audited. */
const offerAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/admin/offers', {
    ...mutation,
    schema: {
      operationId: 'createOffer',
      tags,
      summary: 'Create an offer',
      security: adminOnly.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(OfferIn),
      response: { 201: Type.Ref(Offer), ...problemResponses(400, 401, 403, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const offer = withEtag(reply, await offersAdmin.createOffer(tx, audit, request.body));
        reply.header('location', `/v1/admin/offers/${offer.id}`);
        return offer;
      }),
  });

  app.get('/admin/offers', {
    ...admin,
    schema: {
      operationId: 'listOffers',
      tags,
      summary: 'List offers, newest first',
      security: adminOnly.security,
      querystring: Type.Object({ status: Type.Optional(StringEnum(['active', 'disabled'])), ...PaginationQuery }, { additionalProperties: false }),
      response: { 200: Type.Ref(OfferList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) => offersAdmin.listOffers(app.db, { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/admin/offers/:offerId', {
    ...admin,
    schema: {
      operationId: 'getOffer',
      tags,
      summary: 'Get an offer',
      security: adminOnly.security,
      params: OfferParams,
      response: { 200: Type.Ref(Offer), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => withEtag(reply, await offersAdmin.getOffer(app.db, request.params.offerId)),
  });

  app.patch('/admin/offers/:offerId', {
    ...admin,
    schema: {
      operationId: 'updateOffer',
      tags,
      summary: 'Change some fields of an offer',
      security: adminOnly.security,
      headers: IfMatchHeaders,
      params: OfferParams,
      body: Type.Ref(OfferPatch),
      response: { 200: Type.Ref(Offer), ...problemResponses(400, 401, 403, 404, 412, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await offersAdmin.updateOffer(tx, audit, request.params.offerId, request.body, request.headers['if-match'])),
      ),
  });

  for (const [action, status] of [['disable', 'disabled'], ['enable', 'active']] as const) {
    app.post(`/admin/offers/:offerId/${action}`, {
      ...mutation,
      schema: {
        operationId: `${action}Offer`,
        tags,
        summary: action === 'disable' ? 'Disable an offer (no new quote uses it)' : 'Enable a disabled offer again',
        security: adminOnly.security,
        headers: IdempotencyHeaders,
        params: OfferParams,
        response: { 200: Type.Ref(Offer), ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
      handler: (request, reply) =>
        reply.commitMutation(200, async (tx, audit) => withEtag(reply, await offersAdmin.setOfferStatus(tx, audit, request.params.offerId, status))),
    });
  }
};

export default offerAdminRoutes;
