import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAudit } from '../../domain/audit.ts';
import { describeCaller } from '../../domain/partners.ts';
import { partnerOf, partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { partnerAccess } from '../access.ts';

// Any key may ask whom it belongs to (a POS checks its key at start, whatever its scopes).
const anyKey = partnerAccess();
const readAccess = partnerAccess('read');

/** What a partner can learn about itself: who its key belongs to, and its own audit trail. */
const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/partner', {
    config: anyKey.config,
    schema: { ...operations.getCallingPartner, security: anyKey.security },
    handler: (request) => {
      return describeCaller(app.db, partnerScopeOfRequest(request), partnerOf(request).keyId);
    },
  });

  app.get('/partner/audit-log', {
    config: readAccess.config,
    schema: { ...operations.listPartnerAuditLog, security: readAccess.security },
    handler: (request) =>
      listAudit(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default accountRoutes;
