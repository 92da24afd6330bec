import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import * as catalogue from '../../domain/catalogue.ts';
import { LOCALE_QUERY_PATTERN, preferredLocales } from '../../domain/locale-preference.ts';
import {
  CityList,
  Movie,
  MovieList,
  PublicShowtime,
  PublicTheatre,
  PublicTheatreList,
  TheatreShowtimesList,
} from '../../schemas/catalogue.ts';
import { LocalDate, PaginationQuery } from '../../schemas/common.ts';
import { problemResponses } from '../responses.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Language = Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639-1 language code' });
const Genre = Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$' });
const Format = Type.String({ pattern: '^[A-Z0-9_]{2,16}$' });
const DateFilter = Type.Optional(LocalDate);

const publicRoute = { security: [] as Record<string, string[]>[] };

const Locale = Type.String({ pattern: LOCALE_QUERY_PATTERN, description: 'BCP 47 language tag' });
/** Declared so the contract shows it; never constrained: a browser's header must not cause a 400. */
const LocaleHeaders = Type.Object({ 'accept-language': Type.Optional(Type.String()) });

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
    schema: {
      ...publicRoute,
      operationId: 'listCities',
      tags: ['Catalogue'],
      summary: 'List cities',
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(CityList), ...problemResponses(400) },
    },
    handler: (request) => catalogue.listCities(app.db, { limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  });

  app.get('/cities/:cityId/movies', {
    schema: {
      ...publicRoute,
      operationId: 'listMoviesInCity',
      tags: ['Catalogue'],
      summary: 'List the movies showing in a city',
      params: Type.Object({ cityId: Id }, { additionalProperties: false }),
      headers: LocaleHeaders,
      querystring: Type.Object(
        {
          date: DateFilter,
          language: Type.Optional(Language),
          genre: Type.Optional(Genre),
          locale: Type.Optional(Locale),
          ...PaginationQuery,
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(MovieList), ...problemResponses(400, 404) },
    },
    handler: (request, reply) =>
      catalogue.listMoviesShowingInCity(app.db, {
        ...request.query,
        limit: request.query.limit ?? 20,
        cityId: request.params.cityId,
        locales: readerLocales(request, reply),
      }),
  });

  app.get('/cities/:cityId/movies/:movieId/showtimes', {
    schema: {
      ...publicRoute,
      operationId: 'listTheatresShowingMovie',
      tags: ['Catalogue'],
      summary: 'List the theatres running a movie in a city, with their show times',
      params: Type.Object({ cityId: Id, movieId: Id }, { additionalProperties: false }),
      querystring: Type.Object(
        { date: DateFilter, language: Type.Optional(Language), format: Type.Optional(Format), ...PaginationQuery },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(TheatreShowtimesList), ...problemResponses(400, 404) },
    },
    handler: (request) =>
      catalogue.listTheatresShowingMovie(app.db, { ...request.query, ...request.params, limit: request.query.limit ?? 20 }),
  });

  app.get('/cities/:cityId/theatres', {
    schema: {
      ...publicRoute,
      operationId: 'listTheatresInCity',
      tags: ['Catalogue'],
      summary: 'List the live theatres in a city',
      params: Type.Object({ cityId: Id }, { additionalProperties: false }),
      querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
      response: { 200: Type.Ref(PublicTheatreList), ...problemResponses(400, 404) },
    },
    handler: (request) =>
      catalogue.listTheatresInCity(app.db, { ...request.query, limit: request.query.limit ?? 20, cityId: request.params.cityId }),
  });

  app.get('/movies/:movieId', {
    schema: {
      ...publicRoute,
      operationId: 'getMovie',
      tags: ['Catalogue'],
      summary: 'Get a movie',
      params: Type.Object({ movieId: Id }, { additionalProperties: false }),
      headers: LocaleHeaders,
      querystring: Type.Object({ locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: { 200: Type.Ref(Movie), ...problemResponses(400, 404) },
    },
    handler: (request, reply) => catalogue.getMovie(app.db, request.params.movieId, readerLocales(request, reply)),
  });

  app.get('/theatres/:theatreId', {
    schema: {
      ...publicRoute,
      operationId: 'getTheatre',
      tags: ['Catalogue'],
      summary: 'Get a live theatre',
      params: Type.Object({ theatreId: Id }, { additionalProperties: false }),
      response: { 200: Type.Ref(PublicTheatre), ...problemResponses(400, 404) },
    },
    handler: (request) => catalogue.getTheatre(app.db, request.params.theatreId),
  });

  app.get('/showtimes/:showtimeId', {
    schema: {
      ...publicRoute,
      operationId: 'getShowtime',
      tags: ['Catalogue'],
      summary: 'Get a showtime with its prices',
      params: Type.Object({ showtimeId: Id }, { additionalProperties: false }),
      response: { 200: Type.Ref(PublicShowtime), ...problemResponses(400, 404) },
    },
    handler: (request) => catalogue.getShowtime(app.db, request.params.showtimeId),
  });
};

export default publicRoutes;
