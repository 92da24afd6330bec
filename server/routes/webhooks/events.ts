import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { listFeed } from '../../domain/event-feed.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { PaginationQuery } from '../../schemas/common.ts';
import { EventFeed } from '../../schemas/webhooks.ts';
import { problemResponses } from '../responses.ts';
import { eventsRead as access } from './access.ts';

/** The events feed: what a partner may see, in feed order, after the position it kept. */
const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/events', {
    config: access.config,
    schema: {
      operationId: 'listEvents',
      tags: ['Events'],
      summary: 'Read your events after a position, oldest first',
      security: access.security,
      querystring: Type.Object(
        {
          after: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
          type: Type.Optional(Type.String({ pattern: '^[a-z_]+\\.[a-z_]+$', maxLength: 64 })),
          limit: PaginationQuery.limit,
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(EventFeed), ...problemResponses(400, 401, 403) },
    },
    handler: (request) => listFeed(partnerScopeOfRequest(request), app.db, { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default eventRoutes;
