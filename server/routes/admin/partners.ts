import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as partners from '../../domain/partners.ts';
import { ApiKey, ApiKeyIn, ApiKeyList, IssuedApiKey, Partner, PartnerIn, PartnerList } from '../../schemas/partners.ts';
import { IdempotencyHeaders, PaginationQuery } from '../../schemas/common.ts';
import { StringEnum } from '../../schemas/enum.ts';
import { adminScopeOfRequest } from '../../plugins/principal.ts';
import { adminOnly } from '../access.ts';
import { problemResponses } from '../responses.ts';

const PartnerParams = Type.Object({ partnerId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
const KeyParams = Type.Object(
  { partnerId: Type.String({ minLength: 1, maxLength: 64 }), keyId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const admin = { config: adminOnly.config };
const mutation = { config: { ...adminOnly.config, idempotent: true } };
const tags = ['Admin: partners'];

/** Partners and their API keys: onboarding, suspension, key rotation. Platform admin only. */
const partnerRoutes: FastifyPluginAsyncTypebox<{ apiKeyEnvironment: 'live' | 'test' }> = async (app, options) => {
  app.post('/admin/partners', {
    ...mutation,
    schema: {
      operationId: 'createPartner',
      tags,
      summary: 'Create a partner',
      security: adminOnly.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(PartnerIn),
      response: { 201: Type.Ref(Partner), ...problemResponses(400, 401, 403, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, (tx, audit) => partners.createPartner(tx, audit, adminScopeOfRequest(request), request.body)),
  });

  app.get('/admin/partners', {
    ...admin,
    schema: {
      operationId: 'listPartners',
      tags,
      summary: 'List partners',
      security: adminOnly.security,
      querystring: Type.Object(
        { kind: Type.Optional(StringEnum(['theatre', 'aggregator'])), status: Type.Optional(StringEnum(['active', 'suspended'])), ...PaginationQuery },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(PartnerList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) => partners.listPartners(app.db, adminScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/admin/partners/:partnerId', {
    ...admin,
    schema: {
      operationId: 'getPartner',
      tags,
      summary: 'Get a partner',
      security: adminOnly.security,
      params: PartnerParams,
      response: { 200: Type.Ref(Partner), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => partners.getPartner(app.db, adminScopeOfRequest(request), request.params.partnerId),
  });

  for (const [action, status] of [['suspend', 'suspended'], ['reinstate', 'active']] as const) {
    app.post(`/admin/partners/:partnerId/${action}`, {
      ...mutation,
      schema: {
        operationId: `${action}Partner`,
        tags,
        summary: action === 'suspend' ? 'Suspend a partner (its keys stop working at once)' : 'Reinstate a suspended partner',
        security: adminOnly.security,
        headers: IdempotencyHeaders,
        params: PartnerParams,
        response: { 200: Type.Ref(Partner), ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
      handler: (request, reply) =>
        reply.commitMutation(200, (tx, audit) => partners.setPartnerStatus(tx, audit, adminScopeOfRequest(request), request.params.partnerId, status)),
    });
  }

  app.post('/admin/partners/:partnerId/keys', {
    ...mutation,
    schema: {
      operationId: 'issueApiKey',
      tags,
      summary: 'Issue an API key (its secret is shown once)',
      security: adminOnly.security,
      headers: IdempotencyHeaders,
      params: PartnerParams,
      body: Type.Ref(ApiKeyIn),
      response: { 201: Type.Ref(IssuedApiKey), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, (tx, audit) =>
        partners.issuePartnerKey(tx, audit, adminScopeOfRequest(request), {
          partnerId: request.params.partnerId,
          ...request.body,
          environment: options.apiKeyEnvironment,
          createdBy: 'admin',
        }),
        { replayAs: (issued) => ({ ...issued, secret: null }) },
      ),
  });

  app.get('/admin/partners/:partnerId/keys', {
    ...admin,
    schema: {
      operationId: 'listApiKeys',
      tags,
      summary: "List a partner's API keys",
      security: adminOnly.security,
      params: PartnerParams,
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(ApiKeyList), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      partners.listPartnerKeys(app.db, adminScopeOfRequest(request), { partnerId: request.params.partnerId, ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.post('/admin/partners/:partnerId/keys/:keyId/revoke', {
    ...mutation,
    schema: {
      operationId: 'revokeApiKey',
      tags,
      summary: 'Revoke an API key (it stops working at once)',
      security: adminOnly.security,
      headers: IdempotencyHeaders,
      params: KeyParams,
      response: { 200: Type.Ref(ApiKey), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => partners.revokeKey(tx, audit, adminScopeOfRequest(request), request.params.partnerId, request.params.keyId)),
  });
};

export default partnerRoutes;
