import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { DbExecutor } from '../../db/client.ts';
import type { AuditWriter } from '../../domain/audit.ts';
import { createHold } from '../../domain/create-hold.ts';
import * as holds from '../../domain/holds.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { partnerOrCustomerAccess } from '../access.ts';
import { sellerOf } from './seller.ts';

/**
 * Aggregators hold seats for their customers with `bookings:write` and read them with `read`;
 * signed-in customers hold for themselves.
 */
const writeAccess = partnerOrCustomerAccess('bookings:write', ['aggregator']);
const readAccess = partnerOrCustomerAccess('read', ['aggregator']);

export type HoldRouteOptions = holds.HoldSettings;

const writerOf = (request: FastifyRequest, tx: DbExecutor, audit: AuditWriter): holds.HoldWriter => ({ tx, audit, seller: sellerOf(request) });

/** Holds: short, all-or-nothing reservations of chosen seats, with a price quote. */
const holdRoutes: FastifyPluginAsyncTypebox<HoldRouteOptions> = async (app, options) => {
  const settings: holds.HoldSettings = { ttlSeconds: options.ttlSeconds, maxTtlSeconds: options.maxTtlSeconds, maxSeats: options.maxSeats };

  app.post('/holds', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.createHold, security: writeAccess.security },
    handler: (request, reply) => reply.commitDecision(201, (reads) => createHold(reads, sellerOf(request), settings, request.body)),
  });

  app.get('/holds/:holdId', {
    config: readAccess.config,
    schema: { ...operations.getHold, security: readAccess.security },
    handler: (request) => holds.getHold(app.db, sellerOf(request), request.params.holdId),
  });

  app.post('/holds/:holdId/extend', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.extendHold, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => holds.extendHold(writerOf(request, tx, audit), settings, request.params.holdId, request.body)),
  });

  app.post('/holds/:holdId/release', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.releaseHold, security: writeAccess.security },
    handler: (request, reply) => reply.commitMutation(200, (tx, audit) => holds.releaseHold(writerOf(request, tx, audit), request.params.holdId)),
  });
};

export default holdRoutes;
