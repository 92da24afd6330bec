import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { parse } from 'yaml';

const authoredDocumentUrl = new URL('../../openapi/openapi.yaml', import.meta.url);

/**
 * The live document is generated from the routes; only what routes cannot say (title, version,
 * tags, security schemes) is taken from the authored contract, so the two can be compared.
 */
function authoredHeader() {
  const authored = parse(readFileSync(authoredDocumentUrl, 'utf8'));
  return {
    openapi: authored.openapi,
    info: authored.info,
    servers: authored.servers,
    tags: authored.tags,
    components: { securitySchemes: authored.components.securitySchemes },
  };
}

export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: authoredHeader(),
      // Shared schemas keep their contract names, so routes emit `#/components/schemas/<Name>`.
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
