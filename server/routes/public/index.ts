import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import * as catalogue from '../../domain/catalogue.ts';
import { preferredLocales } from '../../domain/locale-preference.ts';
import * as operations from '../../schemas/generated/operations.ts';

const publicRoute = { security: [] as Record<string, string[]>[] };

/**
 * The reader's locales for a localized read: `?locale=` if given, else `Accept-Language`, in which
 * case the answer depends on that header and caches must know it.
 */
function readerLocales(request: { query: { locale?: string }; headers: { 'accept-language'?: string } }, reply: FastifyReply) {
  if (request.query.locale === undefined) reply.header('vary', 'Accept-Language');
  return preferredLocales({ locale: request.query.locale, acceptLanguage: request.headers['accept-language'] });
}

/** The public catalogue: no credentials, live theatres only. */
const publicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/cities', {
    schema: { ...operations.listCities, ...publicRoute },
    handler: (request) => catalogue.listCities(app.db, { limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  });

  app.get('/cities/:cityId/movies', {
    schema: { ...operations.listMoviesInCity, ...publicRoute },
    handler: (request, reply) =>
      catalogue.listMoviesShowingInCity(app.db, {
        ...request.query,
        limit: request.query.limit ?? 20,
        cityId: request.params.cityId,
        locales: readerLocales(request, reply),
      }),
  });

  app.get('/cities/:cityId/movies/:movieId/showtimes', {
    schema: { ...operations.listTheatresShowingMovie, ...publicRoute },
    handler: (request) =>
      catalogue.listTheatresShowingMovie(app.db, { ...request.query, ...request.params, limit: request.query.limit ?? 20 }),
  });

  app.get('/cities/:cityId/theatres', {
    schema: { ...operations.listTheatresInCity, ...publicRoute },
    handler: (request) =>
      catalogue.listTheatresInCity(app.db, { ...request.query, limit: request.query.limit ?? 20, cityId: request.params.cityId }),
  });

  app.get('/movies/:movieId', {
    schema: { ...operations.getMovie, ...publicRoute },
    handler: (request, reply) => catalogue.getMovie(app.db, request.params.movieId, readerLocales(request, reply)),
  });

  app.get('/theatres/:theatreId', {
    schema: { ...operations.getTheatre, ...publicRoute },
    handler: (request) => catalogue.getTheatre(app.db, request.params.theatreId),
  });

  app.get('/showtimes/:showtimeId', {
    schema: { ...operations.getShowtime, ...publicRoute },
    handler: (request) => catalogue.getShowtime(app.db, request.params.showtimeId),
  });
};

export default publicRoutes;
