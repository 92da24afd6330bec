import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { listAudit } from '../../domain/audit.ts';
import { describeCaller } from '../../domain/partners.ts';
import { partnerOf, partnerScopeOfRequest } from '../../plugins/principal.ts';
import { AuditRecordList, CallingPartner } from '../../schemas/partners.ts';
import { partnerAccess } from '../access.ts';
import { AuditWindowQuery } from '../admin/audit.ts';
import { problemResponses } from '../responses.ts';

// Any key may ask whom it belongs to (a POS checks its key at start, whatever its scopes).
const anyKey = partnerAccess();
const readAccess = partnerAccess('read');
const tags = ['Partner: account'];

/** What a partner can learn about itself: who its key belongs to, and its own audit trail. */
const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/partner', {
    config: anyKey.config,
    schema: {
      operationId: 'getCallingPartner',
      tags,
      summary: 'The partner and API key making this call',
      security: anyKey.security,
      response: { 200: Type.Ref(CallingPartner), ...problemResponses(401, 403) },
    },
    handler: (request) => {
      return describeCaller(app.db, partnerScopeOfRequest(request), partnerOf(request).keyId);
    },
  });

  app.get('/partner/audit-log', {
    config: readAccess.config,
    schema: {
      operationId: 'listPartnerAuditLog',
      tags,
      summary: "List the calling partner's audit records, newest first",
      security: readAccess.security,
      querystring: Type.Object(AuditWindowQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(AuditRecordList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) =>
      listAudit(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default accountRoutes;
