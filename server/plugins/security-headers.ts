import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * The API answers JSON that no browser should render, frame or run: nothing may load from it.
 * The reference page at `/docs` sets its own policy (`docsContentSecurityPolicy`, through
 * @fastify/swagger-ui's `staticCSP`), which replaces this one on its routes only.
 */
const apiDirectives = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * What Swagger UI needs and no more: its scripts and styles are files it serves itself under
 * `/docs/static/` (no inline script), it reads the document from `/docs/json` on the same origin,
 * and its logo and icons are `data:` images. Inline styles stay allowed, as Helmet's default has
 * them: the UI sets style attributes as it renders. No `upgrade-insecure-requests`: a local start
 * serves `/docs` over plain HTTP, where it would send the page's own files to an https: that is not there.
 */
export const docsContentSecurityPolicy = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/**
 * Helmet's headers on every answer (HSTS, nosniff, frame and referrer policies, CSP). Helmet
 * itself, built once: @fastify/helmet builds its middleware again on every request, which cost a
 * cached seat-map read a fifteenth of its CPU, for headers that never change here.
 */
export default fp(
  async function securityHeaders(app: FastifyInstance) {
    const setHeaders = helmet({ contentSecurityPolicy: { useDefaults: false, directives: apiDirectives } });
    app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  },
  { name: 'security-headers' },
);
