import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as endpoints from '../../domain/webhook-endpoints.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { withEtag } from '../partner/inventory-access.ts';
import { endpointWriter, webhooksManage as access } from './access.ts';

/** The answer with a secret is never stored for idempotent replays: a replay shows `secret: null`. */
const withoutSecret = { replayAs: <T extends { secret: string | null }>(body: T) => ({ ...body, secret: null }) };

/** A partner's webhook endpoints: register, read, change, switch off and on, test, rotate. */
const endpointRoutes: FastifyPluginAsyncTypebox<{ settings: endpoints.WebhookSettings }> = async (app, { settings }) => {
  app.post('/webhooks/endpoints', {
    config: { ...access.config, idempotent: true },
    schema: { ...operations.createWebhookEndpoint, security: access.security },
    handler: async (request, reply) => {
      await endpoints.assertSafeTarget(request.body.url, settings);
      return reply.commitMutation(
        201,
        async (tx, audit) => {
          const endpoint = withEtag(reply, await endpoints.createEndpoint(endpointWriter(request, tx, audit), settings, request.body));
          reply.header('location', `/v1/webhooks/endpoints/${endpoint.id}`);
          return endpoint;
        },
        withoutSecret,
      );
    },
  });

  app.get('/webhooks/endpoints', {
    config: access.config,
    schema: { ...operations.listWebhookEndpoints, security: access.security },
    handler: (request) =>
      endpoints.listEndpoints(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/webhooks/endpoints/:endpointId', {
    config: access.config,
    schema: { ...operations.getWebhookEndpoint, security: access.security },
    handler: async (request, reply) =>
      withEtag(reply, endpoints.toEndpoint(await endpoints.getEndpoint(app.db, partnerScopeOfRequest(request), request.params.endpointId))),
  });

  app.patch('/webhooks/endpoints/:endpointId', {
    config: access.config,
    schema: { ...operations.updateWebhookEndpoint, security: access.security },
    handler: async (request, reply) => {
      if (request.body.url !== undefined) await endpoints.assertSafeTarget(request.body.url, settings);
      return reply.commitMutation(200, async (tx, audit) =>
        withEtag(
          reply,
          await endpoints.updateEndpoint(endpointWriter(request, tx, audit), request.params.endpointId, request.body, request.headers['if-match']),
        ),
      );
    },
  });

  app.delete('/webhooks/endpoints/:endpointId', {
    config: access.config,
    schema: { ...operations.deleteWebhookEndpoint, security: access.security },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await endpoints.deleteEndpoint(endpointWriter(request, tx, audit), request.params.endpointId, request.headers['if-match']);
        return null;
      }),
  });

  for (const [action, operationId, change] of [
    ['disable', 'disableWebhookEndpoint', endpoints.disableEndpoint],
    ['enable', 'enableWebhookEndpoint', endpoints.enableEndpoint],
  ] as const) {
    app.post(`/webhooks/endpoints/:endpointId/${action}`, {
      config: { ...access.config, idempotent: true },
      schema: { ...operations[operationId], security: access.security },
      handler: (request, reply) =>
        reply.commitMutation(200, async (tx, audit) => withEtag(reply, await change(endpointWriter(request, tx, audit), request.params.endpointId))),
    });
  }

  app.post('/webhooks/endpoints/:endpointId/rotate-secret', {
    config: { ...access.config, idempotent: true },
    schema: { ...operations.rotateWebhookSecret, security: access.security },
    handler: (request, reply) =>
      reply.commitMutation(
        200,
        async (tx, audit) => withEtag(reply, await endpoints.rotateSecret(endpointWriter(request, tx, audit), settings, request.params.endpointId)),
        withoutSecret,
      ),
  });

  app.post('/webhooks/endpoints/:endpointId/test', {
    config: { ...access.config, idempotent: true },
    schema: { ...operations.sendWebhookTest, security: access.security },
    // Recording the event is what wakes the relay: commitMutation does so after commit.
    handler: (request, reply) =>
      reply.commitMutation(202, (tx, audit) => endpoints.sendTestEvent(endpointWriter(request, tx, audit), request.params.endpointId)),
  });
};

export default endpointRoutes;
