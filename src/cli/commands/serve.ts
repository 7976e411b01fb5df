/** `detente serve`: the HTTP API (and the web UI when it is built) until SIGINT or SIGTERM. */
import type { Command } from 'commander';
import { DetenteError } from '../../core/errors.ts';
import { initStore } from '../../services/init.ts';
import { createApp } from '../../server/app.ts';
import { serve } from '../../server/serve.ts';
import type { Context } from '../context.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new DetenteError('usage', `--port takes a port number 0–65535 (got "${value}")`);
  return n;
}

const untilStopped = () =>
  new Promise<string>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => resolve(signal));
  });

export function registerServe(program: Command, ctx: Context): void {
  program
    .command('serve')
    .description('serve the HTTP API under /api/v1 (and the web UI from web/dist when built)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--require-token', 'reads need a token too (also DETENTE_REQUIRE_TOKEN=1)')
    .option(
      '--cors-origin <origin>',
      'let browsers on this origin call the API (repeatable)',
      collect,
      [],
    )
    .option('--trust-proxy', 'take the client address from X-Forwarded-For (behind a proxy)')
    .action(
      async (o: {
        port: string;
        host: string;
        requireToken?: boolean;
        corsOrigin: string[];
        trustProxy?: boolean;
      }) => {
        const listen = { port: port(o.port), host: o.host };
        const store = await ctx.store();
        if ((await store.revision()) === 0) {
          await initStore(store, ctx.io.now());
          ctx.io.err(`initialised ${store.location} with the built-in dossier\n`);
        }
        const app = createApp({
          store,
          now: ctx.io.now,
          readsNeedToken: o.requireToken === true || ctx.io.env.DETENTE_REQUIRE_TOKEN === '1',
          corsOrigins: o.corsOrigin,
          trustProxy: o.trustProxy === true,
          log: (m) => ctx.io.err(`${m}\n`),
        });
        const serving = await serve(app, listen);
        ctx.io.err(
          `serving ${store.location} on ${serving.url} (API ${serving.url}/api/v1, reference ${serving.url}/api/v1/reference); Ctrl-C stops\n`,
        );
        const signal = await untilStopped();
        await serving.close();
        ctx.io.err(`stopped (${signal})\n`);
      },
    );
}
