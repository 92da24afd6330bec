import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as endpoints from '../../domain/webhook-endpoints.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { IdempotencyHeaders, IfMatchHeaders, PaginationQuery } from '../../schemas/common.ts';
import { Event, WebhookEndpoint, WebhookEndpointIn, WebhookEndpointList, WebhookEndpointPatch, WebhookEndpointWithSecret } from '../../schemas/webhooks.ts';
import { withEtag } from '../partner/inventory-access.ts';
import { problemResponses } from '../responses.ts';
import { endpointWriter, tags, webhooksManage as access } from './access.ts';

export const EndpointParams = Type.Object({ endpointId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

/** The answer with a secret is never stored for idempotent replays: a replay shows `secret: null`. */
const withoutSecret = { replayAs: <T extends { secret: string | null }>(body: T) => ({ ...body, secret: null }) };

/** A partner's webhook endpoints: register, read, change, switch off and on, test, rotate. */
const endpointRoutes: FastifyPluginAsyncTypebox<{ settings: endpoints.WebhookSettings }> = async (app, { settings }) => {
  app.post('/webhooks/endpoints', {
    config: { ...access.config, idempotent: true },
    schema: {
      operationId: 'createWebhookEndpoint',
      tags,
      summary: 'Register a webhook endpoint (its signing secret is shown once)',
      security: access.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(WebhookEndpointIn),
      response: { 201: Type.Ref(WebhookEndpointWithSecret), ...problemResponses(400, 401, 403, 422) },
    },
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
    schema: {
      operationId: 'listWebhookEndpoints',
      tags,
      summary: 'List your webhook endpoints, newest first',
      security: access.security,
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(WebhookEndpointList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) =>
      endpoints.listEndpoints(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/webhooks/endpoints/:endpointId', {
    config: access.config,
    schema: {
      operationId: 'getWebhookEndpoint',
      tags,
      summary: 'Get one of your webhook endpoints',
      security: access.security,
      params: EndpointParams,
      response: { 200: Type.Ref(WebhookEndpoint), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      withEtag(reply, endpoints.toEndpoint(await endpoints.getEndpoint(app.db, partnerScopeOfRequest(request), request.params.endpointId))),
  });

  app.patch('/webhooks/endpoints/:endpointId', {
    config: access.config,
    schema: {
      operationId: 'updateWebhookEndpoint',
      tags,
      summary: 'Change the URL, event types or description of an endpoint',
      security: access.security,
      headers: IfMatchHeaders,
      params: EndpointParams,
      body: Type.Ref(WebhookEndpointPatch),
      response: { 200: Type.Ref(WebhookEndpoint), ...problemResponses(400, 401, 403, 404, 412, 422) },
    },
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
    schema: {
      operationId: 'deleteWebhookEndpoint',
      tags,
      summary: 'Delete an endpoint with its deliveries',
      security: access.security,
      headers: IfMatchHeaders,
      params: EndpointParams,
      response: { 204: Type.Null({ description: 'Deleted.' }), ...problemResponses(400, 401, 403, 404, 412) },
    },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await endpoints.deleteEndpoint(endpointWriter(request, tx, audit), request.params.endpointId, request.headers['if-match']);
        return null;
      }),
  });

  for (const [action, operationId, summary, change] of [
    ['disable', 'disableWebhookEndpoint', 'Stop sending to an endpoint', endpoints.disableEndpoint],
    ['enable', 'enableWebhookEndpoint', 'Send to a disabled endpoint again', endpoints.enableEndpoint],
  ] as const) {
    app.post(`/webhooks/endpoints/:endpointId/${action}`, {
      config: { ...access.config, idempotent: true },
      schema: {
        operationId,
        tags,
        summary,
        security: access.security,
        headers: IdempotencyHeaders,
        params: EndpointParams,
        response: { 200: Type.Ref(WebhookEndpoint), ...problemResponses(400, 401, 403, 404, 422) },
      },
      handler: (request, reply) =>
        reply.commitMutation(200, async (tx, audit) => withEtag(reply, await change(endpointWriter(request, tx, audit), request.params.endpointId))),
    });
  }

  app.post('/webhooks/endpoints/:endpointId/rotate-secret', {
    config: { ...access.config, idempotent: true },
    schema: {
      operationId: 'rotateWebhookSecret',
      tags,
      summary: 'Replace the signing secret (the old one keeps signing for 24 hours)',
      security: access.security,
      headers: IdempotencyHeaders,
      params: EndpointParams,
      response: { 200: Type.Ref(WebhookEndpointWithSecret), ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(
        200,
        async (tx, audit) => withEtag(reply, await endpoints.rotateSecret(endpointWriter(request, tx, audit), settings, request.params.endpointId)),
        withoutSecret,
      ),
  });

  app.post('/webhooks/endpoints/:endpointId/test', {
    config: { ...access.config, idempotent: true },
    schema: {
      operationId: 'sendWebhookTest',
      tags,
      summary: 'Send a test event to an endpoint',
      security: access.security,
      headers: IdempotencyHeaders,
      params: EndpointParams,
      response: { 202: Type.Ref(Event), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    // Recording the event is what wakes the relay: commitMutation does so after commit.
    handler: (request, reply) =>
      reply.commitMutation(202, (tx, audit) => endpoints.sendTestEvent(endpointWriter(request, tx, audit), request.params.endpointId)),
  });
};

export default endpointRoutes;
