import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as catalogueAdmin from '../../domain/catalogue-admin.ts';
import { AdminMovie, CityIn, CityPatch, MovieIn, MoviePatch } from '../../schemas/admin-catalogue.ts';
import { City } from '../../schemas/catalogue.ts';
import { IdempotencyHeaders } from '../../schemas/common.ts';
import { adminOnly } from '../access.ts';
import { problemResponses } from '../responses.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const CityParams = Type.Object({ cityId: Id }, { additionalProperties: false });
const MovieParams = Type.Object({ movieId: Id }, { additionalProperties: false });
const admin = { config: adminOnly.config };
const mutation = { config: { ...adminOnly.config, idempotent: true } };
const tags = ['Admin: catalogue'];

/** The platform's catalogue: cities and movies. Platform admin only. */
const catalogueAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/admin/cities', {
    ...mutation,
    schema: {
      operationId: 'createCity',
      tags,
      summary: 'Create a city',
      security: adminOnly.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(CityIn),
      response: { 201: Type.Ref(City), ...problemResponses(400, 401, 403, 409, 422) },
    },
    handler: (request, reply) => reply.commitMutation(201, (tx, audit) => catalogueAdmin.createCity(tx, audit, request.body)),
  });

  app.patch('/admin/cities/:cityId', {
    ...admin,
    schema: {
      operationId: 'updateCity',
      tags,
      summary: 'Update a city',
      security: adminOnly.security,
      params: CityParams,
      body: Type.Ref(CityPatch),
      response: { 200: Type.Ref(City), ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => catalogueAdmin.updateCity(tx, audit, request.params.cityId, request.body)),
  });

  app.post('/admin/movies', {
    ...mutation,
    schema: {
      operationId: 'createMovie',
      tags,
      summary: 'Create a movie',
      security: adminOnly.security,
      headers: IdempotencyHeaders,
      body: Type.Ref(MovieIn),
      response: { 201: Type.Ref(AdminMovie), ...problemResponses(400, 401, 403, 409, 422) },
    },
    handler: (request, reply) => reply.commitMutation(201, (tx, audit) => catalogueAdmin.createMovie(tx, audit, request.body)),
  });

  app.get('/admin/movies/:movieId', {
    ...admin,
    schema: {
      operationId: 'getAdminMovie',
      tags,
      summary: 'Get a movie with all its localized titles',
      security: adminOnly.security,
      params: MovieParams,
      response: { 200: Type.Ref(AdminMovie), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => catalogueAdmin.getAdminMovie(app.db, request.params.movieId),
  });

  app.patch('/admin/movies/:movieId', {
    ...admin,
    schema: {
      operationId: 'updateMovie',
      tags,
      summary: 'Update a movie',
      security: adminOnly.security,
      params: MovieParams,
      body: Type.Ref(MoviePatch),
      response: { 200: Type.Ref(AdminMovie), ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => catalogueAdmin.updateMovie(tx, audit, request.params.movieId, request.body)),
  });
};

export default catalogueAdminRoutes;
