/**
 * The web UI: the built files of web/dist served at /, with index.html for the UI's own routes
 * (anything that is not a file and not under /api). Without a build, / leads to the API
 * reference page.
 */
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './env.ts';

export function staticRoutes(
  app: OpenAPIHono<ApiEnv>,
  root: string,
  exists: (path: string) => boolean,
): void {
  if (!exists(join(root, 'index.html'))) {
    app.get('/', (c) => c.redirect('/api/v1/reference'));
    return;
  }
  const files = serveStatic<ApiEnv>({ root });
  const index = serveStatic<ApiEnv>({ root, path: 'index.html' });
  app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : index(c, next)));
}
