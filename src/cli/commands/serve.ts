/** `detente serve`: the HTTP API (and the web UI when it is built) until SIGINT or SIGTERM. */
import type { Command } from 'commander';
import { DetenteError } from '../../core/errors.ts';
import { resolveConfig } from '../../services/config.ts';
import { httpDeliver } from '../../services/delivery.ts';
import { initStore } from '../../services/init.ts';
import { Snapshots } from '../../services/snapshots.ts';
import { startTicker } from '../../services/tick.ts';
import { watchSource } from '../../services/watch-access.ts';
import { addressPolicyFrom } from '../../services/webhooks.ts';
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

/** Seconds between delivery ticks: --tick-interval, else DETENTE_TICK_INTERVAL, else 60; 0 is off. */
function tickInterval(value: string | undefined, env: string | undefined): number {
  const raw = value ?? env ?? '60';
  if (!/^\d{1,6}$/.test(raw))
    throw new DetenteError(
      'usage',
      `--tick-interval takes whole seconds, 0 to turn delivery off (got "${raw}")`,
    );
  return Number(raw);
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
    .option(
      '--tick-interval <seconds>',
      'deliver changes to webhooks every so many seconds, 0 for never (default 60, or DETENTE_TICK_INTERVAL)',
    )
    .option(
      '--allow-private-hooks',
      'let webhooks target loopback and private addresses (also DETENTE_ALLOW_PRIVATE_HOOKS=1)',
    )
    .action(
      async (o: {
        port: string;
        host: string;
        requireToken?: boolean;
        corsOrigin: string[];
        trustProxy?: boolean;
        tickInterval?: string;
        allowPrivateHooks?: boolean;
      }) => {
        const listen = { port: port(o.port), host: o.host };
        const everySeconds = tickInterval(o.tickInterval, ctx.io.env.DETENTE_TICK_INTERVAL);
        const hookPolicy = {
          allowPrivate: o.allowPrivateHooks === true || addressPolicyFrom(ctx.io.env).allowPrivate,
        };
        const store = await ctx.store();
        if ((await store.revision()) === 0) {
          await initStore(store, ctx.io.now());
          ctx.io.err(`initialised ${store.location} with the built-in dossier\n`);
        }
        const snapshots = new Snapshots(store);
        const app = createApp({
          store,
          now: ctx.io.now,
          readsNeedToken: o.requireToken === true || ctx.io.env.DETENTE_REQUIRE_TOKEN === '1',
          corsOrigins: o.corsOrigin,
          trustProxy: o.trustProxy === true,
          log: (m) => ctx.io.err(`${m}\n`),
          snapshots,
          allowPrivateHooks: hookPolicy.allowPrivate,
          // trade flows for /coverage and /simulate; the built-in sample when none were imported
          dataDir: resolveConfig({
            flags: { dataDir: program.opts<{ dataDir?: string }>().dataDir },
            env: ctx.io.env,
            cwd: ctx.io.cwd,
          }).dataDir,
        });
        const serving = await serve(app, listen);
        ctx.io.err(
          `serving ${store.location} on ${serving.url} (API ${serving.url}/api/v1, reference ${serving.url}/api/v1/reference); Ctrl-C stops\n`,
        );
        // Delivery: the first tick runs now and catches up on the time the server was down.
        const ticker =
          everySeconds > 0
            ? startTicker(store, {
                source: watchSource(snapshots),
                deliver: httpDeliver(hookPolicy),
                // Retries spread by ±10% so many failing hooks do not retry in step.
                random: Math.random,
                now: ctx.io.now,
                intervalMs: everySeconds * 1000,
                log: (m) => ctx.io.err(`${m}\n`),
              })
            : undefined;
        const signal = await untilStopped();
        await ticker?.stop();
        await serving.close();
        ctx.io.err(`stopped (${signal})\n`);
      },
    );
}
