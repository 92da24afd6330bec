import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as screens from '../../domain/screens.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { inventoryRead, inventoryWrite, partnerWriter, withEtag } from './inventory-access.ts';

const readAccess = inventoryRead;
const writeAccess = inventoryWrite;

const screenLocation = (screenId: string) => `/v1/partner/screens/${screenId}`;

/** Screens of a theatre partner's theatres: created, upserted by reference, edited, retired, deleted. */
const screenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/theatres/:theatreId/screens', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.createScreen, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const screen = await screens.createScreen(partnerWriter(request, tx, audit), request.params.theatreId, request.body);
        reply.header('location', screenLocation(screen.id));
        return withEtag(reply, screen);
      }),
  });

  app.get('/partner/theatres/:theatreId/screens', {
    config: readAccess.config,
    schema: { ...operations.listScreens, security: readAccess.security },
    handler: (request) =>
      screens.listScreens(app.db, partnerScopeOfRequest(request), {
        theatreId: request.params.theatreId,
        ...request.query,
        limit: request.query.limit ?? 20,
      }),
  });

  app.put('/partner/theatres/:theatreId/screens/by-ref/:externalRef', {
    config: writeAccess.config,
    schema: { ...operations.upsertScreen, security: writeAccess.security },
    handler: (request, reply) => {
      let created = false;
      return reply.commitMutation(
        () => (created ? 201 : 200),
        async (tx, audit) => {
          const result = await screens.upsertScreen(partnerWriter(request, tx, audit), {
            ...request.params,
            document: request.body,
            ifMatch: request.headers['if-match'],
          });
          created = result.created;
          if (created) reply.header('location', screenLocation(result.screen.id));
          return withEtag(reply, result.screen);
        },
      );
    },
  });

  app.get('/partner/screens/:screenId', {
    config: readAccess.config,
    schema: { ...operations.getScreen, security: readAccess.security },
    handler: async (request, reply) =>
      withEtag(reply, screens.toScreen(await screens.getScreen(app.db, partnerScopeOfRequest(request), request.params.screenId))),
  });

  app.patch('/partner/screens/:screenId', {
    config: writeAccess.config,
    schema: { ...operations.updateScreen, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(
          reply,
          await screens.updateScreen(partnerWriter(request, tx, audit), request.params.screenId, request.body, request.headers['if-match']),
        ),
      ),
  });

  app.delete('/partner/screens/:screenId', {
    config: writeAccess.config,
    schema: { ...operations.deleteScreen, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await screens.deleteScreen(partnerWriter(request, tx, audit), request.params.screenId, request.headers['if-match']);
        return null;
      }),
  });
};

export default screenRoutes;
