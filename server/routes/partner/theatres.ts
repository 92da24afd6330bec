import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as theatres from '../../domain/theatres.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { inventoryRead, inventoryWrite, partnerWriter, withEtag } from './inventory-access.ts';

const readAccess = inventoryRead;
const writeAccess = inventoryWrite;

/** A theatre partner's theatres: resource-oriented, upsertable by its own reference, ETag-guarded. */
const theatreRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/theatres', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.createTheatre, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const theatre = withEtag(reply, await theatres.createTheatre(partnerWriter(request, tx, audit), request.body));
        reply.header('location', `/v1/partner/theatres/${theatre.id}`);
        return theatre;
      }),
  });

  app.get('/partner/theatres', {
    config: readAccess.config,
    schema: { ...operations.listTheatres, security: readAccess.security },
    handler: (request) =>
      theatres.listTheatres(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/partner/theatres/:theatreId', {
    config: readAccess.config,
    schema: { ...operations.getPartnerTheatre, security: readAccess.security },
    handler: async (request, reply) =>
      withEtag(reply, theatres.toTheatre(await theatres.getTheatre(app.db, partnerScopeOfRequest(request), request.params.theatreId))),
  });

  app.patch('/partner/theatres/:theatreId', {
    config: writeAccess.config,
    schema: { ...operations.updateTheatre, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(
          reply,
          await theatres.updateTheatre(partnerWriter(request, tx, audit), request.params.theatreId, request.body, request.headers['if-match']),
        ),
      ),
  });

  app.put('/partner/theatres/by-ref/:externalRef', {
    config: writeAccess.config,
    schema: { ...operations.upsertTheatre, security: writeAccess.security },
    handler: (request, reply) => {
      let created = false;
      return reply.commitMutation(
        () => (created ? 201 : 200),
        async (tx, audit) => {
          const result = await theatres.upsertTheatre(
            partnerWriter(request, tx, audit),
            request.params.externalRef,
            request.body,
            request.headers['if-match'],
          );
          created = result.created;
          if (created) reply.header('location', `/v1/partner/theatres/${result.theatre.id}`);
          return withEtag(reply, result.theatre);
        },
      );
    },
  });

  app.delete('/partner/theatres/:theatreId', {
    config: writeAccess.config,
    schema: { ...operations.deleteTheatre, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await theatres.deleteTheatre(partnerWriter(request, tx, audit), request.params.theatreId, request.headers['if-match']);
        return null;
      }),
  });
};

export default theatreRoutes;
