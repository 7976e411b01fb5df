/** The API describing itself: /api/v1/openapi.json, the reference page, and a health check. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../env.ts';
import { renderReference } from '../reference-page.ts';
import type { OpenApiDocument } from '../reference-page.ts';
import { VERSION } from '../version.ts';

export const DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Détente API',
    version: VERSION,
    description:
      'Bilateral relations and trade disputes, every fact sourced. Reads are open unless the server requires a token; writes need a bearer token (detente token create). Rates are integer basis points (84.8% = 8480). Errors are RFC 9457 problem+json documents with a stable id. Lists are paged with cursor and limit; reads carry an ETag and answer 304 to If-None-Match; every read takes asKnownOn.',
  },
};

/** Paths that need no token even when reads do: the API's own description. */
export const PUBLIC_PATHS = new Set([
  '/api/v1/openapi.json',
  '/api/v1/reference',
  '/api/v1/health',
]);

export function metaRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'a token printed once by `detente token create --role editor --name NAME`',
  });
  let document: OpenApiDocument | undefined;
  const doc = () => (document ??= app.getOpenAPI31Document(DOCUMENT) as unknown as OpenApiDocument);
  app.get('/api/v1/openapi.json', (c) => c.json(doc()));
  app.get('/api/v1/reference', (c) => c.html(renderReference(doc())));
  app.get('/api/v1/health', (c) => c.json({ status: 'ok', version: VERSION }));
}
