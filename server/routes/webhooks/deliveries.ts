import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as deliveries from '../../domain/webhook-deliveries.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { endpointWriter, webhooksManage as access } from './access.ts';

/** Recovery: deliveries per endpoint and per event, their attempts, redelivery and replay. */
const deliveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/webhooks/endpoints/:endpointId/deliveries', {
    config: access.config,
    schema: { ...operations.listWebhookEndpointDeliveries, security: access.security },
    handler: (request) =>
      deliveries.listEndpointDeliveries(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        endpointId: request.params.endpointId,
      }),
  });

  app.get('/events/:eventId/deliveries', {
    config: access.config,
    schema: { ...operations.listEventDeliveries, security: access.security },
    handler: (request) =>
      deliveries.listEventDeliveries(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        eventId: request.params.eventId,
      }),
  });

  app.get('/webhooks/deliveries/:deliveryId/attempts', {
    config: access.config,
    schema: { ...operations.listWebhookDeliveryAttempts, security: access.security },
    handler: (request) =>
      deliveries.listAttempts(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        deliveryId: request.params.deliveryId,
      }),
  });

  app.post('/webhooks/deliveries/:deliveryId/redeliver', {
    config: { ...access.config, idempotent: true },
    schema: { ...operations.redeliverWebhook, security: access.security },
    handler: async (request, reply) => {
      await reply.commitMutation(202, (tx, audit) => deliveries.redeliver(endpointWriter(request, tx, audit), request.params.deliveryId));
      app.relayWaker.wake();
    },
  });

  app.post('/webhooks/endpoints/:endpointId/replay', {
    config: { ...access.config, idempotent: true },
    schema: { ...operations.replayWebhookDeliveries, security: access.security },
    handler: async (request, reply) => {
      await reply.commitMutation(202, (tx, audit) =>
        deliveries.replayFailed(endpointWriter(request, tx, audit), request.params.endpointId, request.body.since),
      );
      app.relayWaker.wake();
    },
  });
};

export default deliveryRoutes;
