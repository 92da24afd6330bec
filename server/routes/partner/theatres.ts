import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as theatres from '../../domain/theatres.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { IdempotencyHeaders, IfMatchHeaders, PaginationQuery } from '../../schemas/common.ts';
import { StringEnum } from '../../schemas/enum.ts';
import { ExternalRef, Theatre, TheatreIn, TheatreList, TheatrePatch, TheatreUpsert } from '../../schemas/theatres.ts';
import { problemResponses } from '../responses.ts';
import { inventoryRead, inventoryWrite, partnerWriter, withEtag } from './inventory-access.ts';

const readAccess = inventoryRead;
const writeAccess = inventoryWrite;
const TheatreParams = Type.Object({ theatreId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
const tags = ['Partner: theatres'];

/** A theatre partner's theatres: resource-oriented, upsertable by its own reference, ETag-guarded. */
const theatreRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/theatres', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'createTheatre',
      tags,
      summary: 'Create a theatre (as a draft unless `status` says live)',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(TheatreIn),
      response: { 201: Type.Ref(Theatre), ...problemResponses(400, 401, 403, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const theatre = withEtag(reply, await theatres.createTheatre(partnerWriter(request, tx, audit), request.body));
        reply.header('location', `/v1/partner/theatres/${theatre.id}`);
        return theatre;
      }),
  });

  app.get('/partner/theatres', {
    config: readAccess.config,
    schema: {
      operationId: 'listTheatres',
      tags,
      summary: 'List your theatres, newest first',
      security: readAccess.security,
      querystring: Type.Object({ status: Type.Optional(StringEnum(['draft', 'live'])), ...PaginationQuery }, { additionalProperties: false }),
      response: { 200: Type.Ref(TheatreList), ...problemResponses(400, 401, 403) },
    },
    handler: (request) =>
      theatres.listTheatres(app.db, partnerScopeOfRequest(request), { ...request.query, limit: request.query.limit ?? 20 }),
  });

  app.get('/partner/theatres/:theatreId', {
    config: readAccess.config,
    schema: {
      operationId: 'getPartnerTheatre',
      tags,
      summary: 'Get one of your theatres',
      security: readAccess.security,
      params: TheatreParams,
      response: { 200: Type.Ref(Theatre), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      withEtag(reply, theatres.toTheatre(await theatres.getTheatre(app.db, partnerScopeOfRequest(request), request.params.theatreId))),
  });

  app.patch('/partner/theatres/:theatreId', {
    config: writeAccess.config,
    schema: {
      operationId: 'updateTheatre',
      tags,
      summary: 'Change some fields of a theatre (publish it with `status: live`)',
      security: writeAccess.security,
      headers: IfMatchHeaders,
      params: TheatreParams,
      body: Type.Ref(TheatrePatch),
      response: { 200: Type.Ref(Theatre), ...problemResponses(400, 401, 403, 404, 409, 412) },
    },
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
    schema: {
      operationId: 'upsertTheatre',
      tags,
      summary: 'Create or replace a theatre by your own reference',
      security: writeAccess.security,
      headers: IfMatchHeaders,
      params: Type.Object({ externalRef: ExternalRef }, { additionalProperties: false }),
      body: Type.Ref(TheatreUpsert),
      response: { 200: Type.Ref(Theatre), 201: Type.Ref(Theatre), ...problemResponses(400, 401, 403, 409, 412) },
    },
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
    schema: {
      operationId: 'deleteTheatre',
      tags,
      summary: 'Delete a theatre that never had a showtime',
      security: writeAccess.security,
      headers: IfMatchHeaders,
      params: TheatreParams,
      response: { 204: Type.Null({ description: 'Deleted.' }), ...problemResponses(400, 401, 403, 404, 409, 412) },
    },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await theatres.deleteTheatre(partnerWriter(request, tx, audit), request.params.theatreId, request.headers['if-match']);
        return null;
      }),
  });
};

export default theatreRoutes;
