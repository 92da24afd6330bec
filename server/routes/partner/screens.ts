import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as screens from '../../domain/screens.ts';
import { IdempotencyHeaders, IfMatchHeaders, PaginationQuery } from '../../schemas/common.ts';
import { Screen, ScreenIn, ScreenList, ScreenPatch, ScreenUpsert } from '../../schemas/screens.ts';
import { ExternalRef } from '../../schemas/theatres.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { problemResponses } from '../responses.ts';
import { inventoryRead, inventoryWrite, partnerWriter, withEtag } from './inventory-access.ts';

const readAccess = inventoryRead;
const writeAccess = inventoryWrite;
export const tags = ['Partner: screens and layouts'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const TheatreParams = Type.Object({ theatreId: Id }, { additionalProperties: false });
export const ScreenParams = Type.Object({ screenId: Id }, { additionalProperties: false });

const screenLocation = (screenId: string) => `/v1/partner/screens/${screenId}`;

/** Screens of a theatre partner's theatres: created, upserted by reference, edited, retired, deleted. */
const screenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/theatres/:theatreId/screens', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'createScreen',
      tags,
      summary: 'Add a screen to one of your theatres',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: TheatreParams,
      body: Type.Ref(ScreenIn),
      response: { 201: Type.Ref(Screen), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const screen = await screens.createScreen(partnerWriter(request, tx, audit), request.params.theatreId, request.body);
        reply.header('location', screenLocation(screen.id));
        return withEtag(reply, screen);
      }),
  });

  app.get('/partner/theatres/:theatreId/screens', {
    config: readAccess.config,
    schema: {
      operationId: 'listScreens',
      tags,
      summary: "List a theatre's screens, newest first",
      security: readAccess.security,
      params: TheatreParams,
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(ScreenList), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      screens.listScreens(app.db, partnerScopeOfRequest(request), {
        theatreId: request.params.theatreId,
        ...request.query,
        limit: request.query.limit ?? 20,
      }),
  });

  app.put('/partner/theatres/:theatreId/screens/by-ref/:externalRef', {
    config: writeAccess.config,
    schema: {
      operationId: 'upsertScreen',
      tags,
      summary: 'Create or replace a screen by your own reference',
      security: writeAccess.security,
      headers: IfMatchHeaders,
      params: Type.Object({ theatreId: Id, externalRef: ExternalRef }, { additionalProperties: false }),
      body: Type.Ref(ScreenUpsert),
      response: { 200: Type.Ref(Screen), 201: Type.Ref(Screen), ...problemResponses(400, 401, 403, 404, 412) },
    },
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
    schema: {
      operationId: 'getScreen',
      tags,
      summary: 'Get one of your screens',
      security: readAccess.security,
      params: ScreenParams,
      response: { 200: Type.Ref(Screen), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      withEtag(reply, screens.toScreen(await screens.getScreen(app.db, partnerScopeOfRequest(request), request.params.screenId))),
  });

  app.patch('/partner/screens/:screenId', {
    config: writeAccess.config,
    schema: {
      operationId: 'updateScreen',
      tags,
      summary: 'Rename a screen, or retire it',
      security: writeAccess.security,
      headers: IfMatchHeaders,
      params: ScreenParams,
      body: Type.Ref(ScreenPatch),
      response: { 200: Type.Ref(Screen), ...problemResponses(400, 401, 403, 404, 412) },
    },
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
    schema: {
      operationId: 'deleteScreen',
      tags,
      summary: 'Delete a screen no showtime ever used, with its layouts',
      security: writeAccess.security,
      headers: IfMatchHeaders,
      params: ScreenParams,
      response: { 204: Type.Null({ description: 'Deleted.' }), ...problemResponses(400, 401, 403, 404, 409, 412) },
    },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await screens.deleteScreen(partnerWriter(request, tx, audit), request.params.screenId, request.headers['if-match']);
        return null;
      }),
  });
};

export default screenRoutes;
