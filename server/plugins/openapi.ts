import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { loadAuthoredContract, withAuthoredProse } from './contract-prose.ts';
import { docsContentSecurityPolicy } from './security-headers.ts';

/**
 * The live document is generated from the routes; what routes cannot say (title, version, tags,
 * security schemes, and the prose) is taken from the authored contract, so the two can be compared.
 */
export default fp(
  async function openapi(app: FastifyInstance) {
    const authored = await loadAuthoredContract();
    const components = authored['components'] as { securitySchemes: unknown };
    await app.register(swagger, {
      openapi: {
        openapi: authored['openapi'] as string,
        info: authored['info'] as never,
        servers: authored['servers'] as never,
        tags: authored['tags'] as never,
        components: { securitySchemes: components.securitySchemes as never },
      },
      // Shared schemas keep their contract names, so routes emit `#/components/schemas/<Name>`.
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
      transformObject: (document) =>
        withAuthoredProse((document as unknown as { openapiObject: Record<string, unknown> }).openapiObject, authored) as never,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true }, staticCSP: docsContentSecurityPolicy });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
