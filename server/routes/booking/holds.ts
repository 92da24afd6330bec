import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { DbExecutor } from '../../db/client.ts';
import type { AuditWriter } from '../../domain/audit.ts';
import { createHold } from '../../domain/create-hold.ts';
import * as holds from '../../domain/holds.ts';
import { IdempotencyHeaders } from '../../schemas/common.ts';
import { Hold, HoldExtendIn, HoldIn } from '../../schemas/holds.ts';
import { partnerOrCustomerAccess } from '../access.ts';
import { problemResponses } from '../responses.ts';
import { sellerOf } from './seller.ts';

/**
 * Aggregators hold seats for their customers with `bookings:write` and read them with `read`;
 * signed-in customers hold for themselves.
 */
const writeAccess = partnerOrCustomerAccess('bookings:write', ['aggregator']);
const readAccess = partnerOrCustomerAccess('read', ['aggregator']);
const tags = ['Holds'];
const HoldParams = Type.Object({ holdId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

export type HoldRouteOptions = holds.HoldSettings;

const writerOf = (request: FastifyRequest, tx: DbExecutor, audit: AuditWriter): holds.HoldWriter => ({ tx, audit, seller: sellerOf(request) });

/** Holds: short, all-or-nothing reservations of chosen seats, with a price quote. */
const holdRoutes: FastifyPluginAsyncTypebox<HoldRouteOptions> = async (app, options) => {
  const settings: holds.HoldSettings = { ttlSeconds: options.ttlSeconds, maxTtlSeconds: options.maxTtlSeconds, maxSeats: options.maxSeats };

  app.post('/holds', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'createHold',
      tags,
      summary: "Hold seats for one of your customers",
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(HoldIn),
      response: { 201: Type.Ref(Hold), ...problemResponses(400, 401, 403, 404, 409, 422, 503) },
    },
    handler: (request, reply) => reply.commitDecision(201, (reads) => createHold(reads, sellerOf(request), settings, request.body)),
  });

  app.get('/holds/:holdId', {
    config: readAccess.config,
    schema: {
      operationId: 'getHold',
      tags,
      summary: 'Get a hold',
      security: readAccess.security,
      params: HoldParams,
      response: { 200: Type.Ref(Hold), ...problemResponses(400, 401, 403, 404, 503) },
    },
    handler: (request) => holds.getHold(app.db, sellerOf(request), request.params.holdId),
  });

  app.post('/holds/:holdId/extend', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'extendHold',
      tags,
      summary: 'Extend a hold',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: HoldParams,
      body: Type.Ref(HoldExtendIn),
      response: { 200: Type.Ref(Hold), ...problemResponses(400, 401, 403, 404, 409, 422, 503) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => holds.extendHold(writerOf(request, tx, audit), settings, request.params.holdId, request.body)),
  });

  app.post('/holds/:holdId/release', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'releaseHold',
      tags,
      summary: 'Release a hold',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: HoldParams,
      response: { 200: Type.Ref(Hold), ...problemResponses(400, 401, 403, 404, 409, 422, 503) },
    },
    handler: (request, reply) => reply.commitMutation(200, (tx, audit) => holds.releaseHold(writerOf(request, tx, audit), request.params.holdId)),
  });
};

export default holdRoutes;
