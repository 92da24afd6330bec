import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as partners from '../../domain/partners.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { adminScopeOfRequest } from '../../plugins/principal.ts';
import { adminOnly } from '../access.ts';

const admin = { config: adminOnly.config };
const mutation = { config: { ...adminOnly.config, idempotent: true } };

/** Partners and their API keys: onboarding, suspension, key rotation. Platform admin only. */
const partnerRoutes: FastifyPluginAsyncTypebox<{ apiKeyEnvironment: 'live' | 'test' }> = async (app, options) => {
  app.post('/admin/partners', {
    ...mutation,
    schema: { ...operations.createPartner, security: adminOnly.security },
    handler: (request, reply) =>
      reply.commitMutation(201, (tx, audit) => partners.createPartner(tx, audit, adminScopeOfRequest(request), request.body)),
  });

  app.get('/admin/partners', {
    ...admin,
    schema: { ...operations.listPartners, security: adminOnly.security },
    handler: (request) => partners.listPartners(app.db, adminScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/admin/partners/:partnerId', {
    ...admin,
    schema: { ...operations.getPartner, security: adminOnly.security },
    handler: (request) => partners.getPartner(app.db, adminScopeOfRequest(request), request.params.partnerId),
  });

  for (const [action, status] of [['suspend', 'suspended'], ['reinstate', 'active']] as const) {
    app.post(`/admin/partners/:partnerId/${action}`, {
      ...mutation,
      schema: { ...operations[`${action}Partner`], security: adminOnly.security },
      handler: (request, reply) =>
        reply.commitMutation(200, (tx, audit) => partners.setPartnerStatus(tx, audit, adminScopeOfRequest(request), request.params.partnerId, status)),
    });
  }

  app.post('/admin/partners/:partnerId/keys', {
    ...mutation,
    schema: { ...operations.issueApiKey, security: adminOnly.security },
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
    schema: { ...operations.listApiKeys, security: adminOnly.security },
    handler: (request) =>
      partners.listPartnerKeys(app.db, adminScopeOfRequest(request), { partnerId: request.params.partnerId, ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.post('/admin/partners/:partnerId/keys/:keyId/revoke', {
    ...mutation,
    schema: { ...operations.revokeApiKey, security: adminOnly.security },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => partners.revokeKey(tx, audit, adminScopeOfRequest(request), request.params.partnerId, request.params.keyId)),
  });
};

export default partnerRoutes;
