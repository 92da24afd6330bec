import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as layouts from '../../domain/seat-layouts.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { inventoryRead as readAccess, inventoryWrite as writeAccess, partnerWriter, withEtag } from './inventory-access.ts';

/** Seat layout versions of a partner's screens: pushed whole, read, retired, deleted while unused. */
const layoutRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/screens/:screenId/layouts', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.createSeatLayout, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const layout = await layouts.createLayout(partnerWriter(request, tx, audit), request.params.screenId, request.body);
        reply.header('location', `/v1/partner/screens/${layout.screenId}/layouts/${layout.version}`);
        return withEtag(reply, layout);
      }),
  });

  app.get('/partner/screens/:screenId/layouts', {
    config: readAccess.config,
    schema: { ...operations.listSeatLayouts, security: readAccess.security },
    handler: (request) =>
      layouts.listLayouts(app.db, partnerScopeOfRequest(request), {
        screenId: request.params.screenId,
        ...request.query,
        limit: request.query.limit ?? 20,
      }),
  });

  app.get('/partner/screens/:screenId/layouts/:layoutVersion', {
    config: readAccess.config,
    schema: { ...operations.getSeatLayout, security: readAccess.security },
    handler: async (request, reply) =>
      withEtag(
        reply,
        await layouts.getLayout(app.db, partnerScopeOfRequest(request), {
          screenId: request.params.screenId,
          version: request.params.layoutVersion,
        }),
      ),
  });

  app.post('/partner/screens/:screenId/layouts/:layoutVersion/retire', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.retireSeatLayout, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await layouts.retireLayout(partnerWriter(request, tx, audit), request.params.screenId, request.params.layoutVersion)),
      ),
  });

  app.delete('/partner/screens/:screenId/layouts/:layoutVersion', {
    config: writeAccess.config,
    schema: { ...operations.deleteSeatLayout, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await layouts.deleteLayout(partnerWriter(request, tx, audit), request.params.screenId, request.params.layoutVersion);
        return null;
      }),
  });
};

export default layoutRoutes;
