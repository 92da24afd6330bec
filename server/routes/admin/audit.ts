import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAudit } from '../../domain/audit.ts';
import { adminScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { adminOnly } from '../access.ts';

const adminAuditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/admin/audit-log', {
    config: adminOnly.config,
    schema: { ...operations.listAuditLog, security: adminOnly.security },
    handler: (request) => listAudit(app.db, adminScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default adminAuditRoutes;
