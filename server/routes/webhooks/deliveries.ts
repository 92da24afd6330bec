import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { WEBHOOK_DELIVERY_STATUSES } from '../../db/schema/events.ts';
import * as deliveries from '../../domain/webhook-deliveries.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { IdempotencyHeaders, PaginationQuery } from '../../schemas/common.ts';
import { StringEnum } from '../../schemas/enum.ts';
import { WebhookAttemptList, WebhookDelivery, WebhookDeliveryList, WebhookReplayIn, WebhookReplayResult } from '../../schemas/webhooks.ts';
import { problemResponses } from '../responses.ts';
import { endpointWriter, tags, webhooksManage as access } from './access.ts';
import { EndpointParams } from './endpoints.ts';

const DeliveryParams = Type.Object({ deliveryId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
const EventParams = Type.Object({ eventId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

/** Recovery: deliveries per endpoint and per event, their attempts, redelivery and replay. */
const deliveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/webhooks/endpoints/:endpointId/deliveries', {
    config: access.config,
    schema: {
      operationId: 'listWebhookEndpointDeliveries',
      tags,
      summary: "List an endpoint's deliveries, newest first",
      security: access.security,
      params: EndpointParams,
      querystring: Type.Object({ status: Type.Optional(StringEnum(WEBHOOK_DELIVERY_STATUSES)), ...PaginationQuery }, { additionalProperties: false }),
      response: { 200: Type.Ref(WebhookDeliveryList), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      deliveries.listEndpointDeliveries(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        endpointId: request.params.endpointId,
      }),
  });

  app.get('/events/:eventId/deliveries', {
    config: access.config,
    schema: {
      operationId: 'listEventDeliveries',
      tags,
      summary: "List one event's deliveries to your endpoints",
      security: access.security,
      params: EventParams,
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(WebhookDeliveryList), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      deliveries.listEventDeliveries(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        eventId: request.params.eventId,
      }),
  });

  app.get('/webhooks/deliveries/:deliveryId/attempts', {
    config: access.config,
    schema: {
      operationId: 'listWebhookDeliveryAttempts',
      tags,
      summary: "List a delivery's attempts, oldest first",
      security: access.security,
      params: DeliveryParams,
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(WebhookAttemptList), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      deliveries.listAttempts(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        deliveryId: request.params.deliveryId,
      }),
  });

  app.post('/webhooks/deliveries/:deliveryId/redeliver', {
    config: { ...access.config, idempotent: true },
    schema: {
      operationId: 'redeliverWebhook',
      tags,
      summary: 'Send one delivery again, as a new series of attempts',
      security: access.security,
      headers: IdempotencyHeaders,
      params: DeliveryParams,
      response: { 202: Type.Ref(WebhookDelivery), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      await reply.commitMutation(202, (tx, audit) => deliveries.redeliver(endpointWriter(request, tx, audit), request.params.deliveryId));
      app.relayWaker.wake();
    },
  });

  app.post('/webhooks/endpoints/:endpointId/replay', {
    config: { ...access.config, idempotent: true },
    schema: {
      operationId: 'replayWebhookDeliveries',
      tags,
      summary: "Send again every failed delivery of an endpoint since a time",
      security: access.security,
      headers: IdempotencyHeaders,
      params: EndpointParams,
      body: Type.Ref(WebhookReplayIn),
      response: { 202: Type.Ref(WebhookReplayResult), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      await reply.commitMutation(202, (tx, audit) =>
        deliveries.replayFailed(endpointWriter(request, tx, audit), request.params.endpointId, request.body.since),
      );
      app.relayWaker.wake();
    },
  });
};

export default deliveryRoutes;
