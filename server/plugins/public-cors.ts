import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../domain/errors.ts';
import { rateLimitGroupOf } from './rate-limit-policy.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false` on every route but the public reads: @fastify/cors then adds nothing to them, not even `Vary`. */
    cors?: false;
  }
}

/** What a browser may send to, and read from, the public reads. */
const publicReadCors: Omit<FastifyCorsOptions, 'origin'> = {
  methods: ['GET', 'HEAD', 'POST'],
  allowedHeaders: ['Content-Type', 'Accept-Language', 'If-None-Match'],
  exposedHeaders: ['ETag', 'Content-Language', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Request-Id'],
  maxAge: 600,
  // A bare OPTIONS to a public path is answered like a preflight rather than with a text/plain 400.
  strictPreflight: false,
};

/** A route's path as a pattern its concrete URLs match (`/v1/showtimes/:showtimeId/seat-map`). */
function pathPattern(url: string): RegExp {
  const escaped = url.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${escaped.join('/')}/?$`);
}

/**
 * CORS for the public reads only (the catalogue, seat maps, offers and quotes): aggregator front
 * ends call them from browsers. They take no credentials and set no cookies, so any origin may
 * read them by default (`CORS_ORIGINS=*`); every other route sends no CORS header, so a browser
 * page can never use a partner's key or a customer's token cross-origin.
 */
export default fp(
  async function publicCors(app: FastifyInstance, settings: { origins: '*' | string[] }) {
    const publicUrls = new Set<string>();
    const publicPaths: RegExp[] = [];
    app.addHook('onRoute', (route) => {
      if (route.url === '*') return;
      if (rateLimitGroupOf(route) === 'public') {
        if (!publicUrls.has(route.url)) publicPaths.push(pathPattern(route.url));
        publicUrls.add(route.url);
        return;
      }
      route.config = { ...route.config, cors: false };
    });

    // Preflights reach @fastify/cors's catch-all OPTIONS route, which would answer one for any
    // path: a path that is no public read is refused first, as the unknown route it is for CORS.
    app.addHook('onRequest', (request, _reply, done) => {
      if (request.routeOptions.url !== '*') return done();
      const path = request.url.split('?')[0]!;
      if (publicPaths.some((pattern) => pattern.test(path))) return done();
      done(new DomainError('not_found', { detail: `No route ${request.method} ${path}.` }));
    });
    // Static options: with any origin allowed, answers need no `Vary: Origin` (caches keep one copy).
    await app.register(cors, { ...publicReadCors, origin: settings.origins, hook: 'onRequest' });
  },
  { name: 'public-cors' },
);
