import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listFeed } from '../../domain/event-feed.ts';
import type { FeedPositionKeys } from '../../domain/feed-positions.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { eventsRead as access } from './access.ts';

/** The events feed: what a partner may see, in feed order, after the position it kept. */
const eventRoutes: FastifyPluginAsyncTypebox<{ positionKeys: FeedPositionKeys }> = async (app, { positionKeys }) => {
  app.get('/events', {
    config: access.config,
    schema: { ...operations.listEvents, security: access.security },
    handler: (request) => listFeed(positionKeys, partnerScopeOfRequest(request), app.db, { ...request.query, limit: request.query.limit ?? 20 }),
  });
};

export default eventRoutes;
