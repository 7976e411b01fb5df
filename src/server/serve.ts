/**
 * Serving the app over HTTP on Node with @hono/node-server, with socket-level time limits so
 * slow clients cannot hold connections open. Returns how to stop it.
 */
import { serve as nodeServe } from '@hono/node-server';
import type { Server } from 'node:http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './env.ts';

export interface Serving {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * @example
 * const serving = await serve(createApp({ store }), { port: 8080, host: '127.0.0.1' });
 * // serving.url: 'http://127.0.0.1:8080'
 */
export function serve(
  app: OpenAPIHono<ApiEnv>,
  options: { port: number; host: string; requestTimeoutMs?: number },
): Promise<Serving> {
  return new Promise((resolve, reject) => {
    const server = nodeServe(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              (server as Server).closeAllConnections?.();
              server.close(() => done());
            }),
        });
      },
    ) as Server;
    server.requestTimeout = options.requestTimeoutMs ?? 30_000;
    server.headersTimeout = Math.min(server.requestTimeout, 15_000);
    server.once('error', reject);
  });
}
