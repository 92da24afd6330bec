import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { listAudit } from '../../domain/audit.ts';
import { adminScopeOfRequest } from '../../plugins/principal.ts';
import { PaginationQuery } from '../../schemas/common.ts';
import { AuditRecordList } from '../../schemas/partners.ts';
import { adminOnly } from '../access.ts';
import { problemResponses } from '../responses.ts';

export const AuditWindowQuery = {
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Records at or after this instant.' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Records before this instant.' })),
  ...PaginationQuery,
};

const adminAuditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/admin/audit-log', {
    config: adminOnly.config,
    schema: {
      operationId: 'listAuditLog',
      tags: ['Admin: audit'],
      summary: 'List audit records, newest first',
      security: adminOnly.security,
      querystring: Type.Object(
        { partnerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), ...AuditWindowQuery },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(AuditRecordList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) => listAudit(app.db, adminScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default adminAuditRoutes;
