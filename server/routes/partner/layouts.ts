import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as layouts from '../../domain/seat-layouts.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { IdempotencyHeaders, PaginationQuery } from '../../schemas/common.ts';
import { SeatLayout, SeatLayoutIn, SeatLayoutList } from '../../schemas/screens.ts';
import { problemResponses } from '../responses.ts';
import { inventoryRead as readAccess, inventoryWrite as writeAccess, partnerWriter, withEtag } from './inventory-access.ts';
import { ScreenParams, tags } from './screens.ts';

const LayoutParams = Type.Object(
  { screenId: Type.String({ minLength: 1, maxLength: 64 }), layoutVersion: Type.Integer({ minimum: 1, maximum: 1_000_000 }) },
  { additionalProperties: false },
);

/** Seat layout versions of a partner's screens: pushed whole, read, retired, deleted while unused. */
const layoutRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/screens/:screenId/layouts', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'createSeatLayout',
      tags,
      summary: 'Push a new seat layout version for a screen',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: ScreenParams,
      body: Type.Ref(SeatLayoutIn),
      response: { 201: Type.Ref(SeatLayout), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const layout = await layouts.createLayout(partnerWriter(request, tx, audit), request.params.screenId, request.body);
        reply.header('location', `/v1/partner/screens/${layout.screenId}/layouts/${layout.version}`);
        return withEtag(reply, layout);
      }),
  });

  app.get('/partner/screens/:screenId/layouts', {
    config: readAccess.config,
    schema: {
      operationId: 'listSeatLayouts',
      tags,
      summary: "List a screen's layout versions, newest first",
      security: readAccess.security,
      params: ScreenParams,
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(SeatLayoutList), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      layouts.listLayouts(app.db, partnerScopeOfRequest(request), {
        screenId: request.params.screenId,
        ...request.query,
        limit: request.query.limit ?? 20,
      }),
  });

  app.get('/partner/screens/:screenId/layouts/:layoutVersion', {
    config: readAccess.config,
    schema: {
      operationId: 'getSeatLayout',
      tags,
      summary: 'Get one layout version with all its seats',
      security: readAccess.security,
      params: LayoutParams,
      response: { 200: Type.Ref(SeatLayout), ...problemResponses(400, 401, 403, 404) },
    },
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
    schema: {
      operationId: 'retireSeatLayout',
      tags,
      summary: 'Retire a layout version (new showtimes cannot use it)',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: LayoutParams,
      response: { 200: Type.Ref(SeatLayout), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await layouts.retireLayout(partnerWriter(request, tx, audit), request.params.screenId, request.params.layoutVersion)),
      ),
  });

  app.delete('/partner/screens/:screenId/layouts/:layoutVersion', {
    config: writeAccess.config,
    schema: {
      operationId: 'deleteSeatLayout',
      tags,
      summary: 'Delete a layout version no showtime ever used',
      security: writeAccess.security,
      params: LayoutParams,
      response: { 204: Type.Null({ description: 'Deleted.' }), ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await layouts.deleteLayout(partnerWriter(request, tx, audit), request.params.screenId, request.params.layoutVersion);
        return null;
      }),
  });
};

export default layoutRoutes;
