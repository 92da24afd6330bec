import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as catalogueAdmin from '../../domain/catalogue-admin.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { adminOnly } from '../access.ts';

const admin = { config: adminOnly.config };
const mutation = { config: { ...adminOnly.config, idempotent: true } };

/** The platform's catalogue: cities and movies. Platform admin only. */
const catalogueAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/admin/cities', {
    ...mutation,
    schema: { ...operations.createCity, security: adminOnly.security },
    handler: (request, reply) => reply.commitMutation(201, (tx, audit) => catalogueAdmin.createCity(tx, audit, request.body)),
  });

  app.patch('/admin/cities/:cityId', {
    ...admin,
    schema: { ...operations.updateCity, security: adminOnly.security },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => catalogueAdmin.updateCity(tx, audit, request.params.cityId, request.body)),
  });

  app.post('/admin/movies', {
    ...mutation,
    schema: { ...operations.createMovie, security: adminOnly.security },
    handler: (request, reply) => reply.commitMutation(201, (tx, audit) => catalogueAdmin.createMovie(tx, audit, request.body)),
  });

  app.get('/admin/movies/:movieId', {
    ...admin,
    schema: { ...operations.getAdminMovie, security: adminOnly.security },
    handler: (request) => catalogueAdmin.getAdminMovie(app.db, request.params.movieId),
  });

  app.patch('/admin/movies/:movieId', {
    ...admin,
    schema: { ...operations.updateMovie, security: adminOnly.security },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => catalogueAdmin.updateMovie(tx, audit, request.params.movieId, request.body)),
  });
};

export default catalogueAdminRoutes;
