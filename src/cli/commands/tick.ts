/**
 * `detente tick [--now <time>]`: one round of change delivery. Takes the changes since the last
 * tick for every watchlist with a hook, enqueues their deliveries and sends those that are due.
 * `detente serve` runs the same tick on a timer.
 */
import type { Command } from 'commander';
import { DetenteError } from '../../core/errors.ts';
import { httpDeliver } from '../../services/delivery.ts';
import { tick } from '../../services/tick.ts';
import { watchSource } from '../../services/watch-access.ts';
import { addressPolicyFrom } from '../../services/webhooks.ts';
import type { Context } from '../context.ts';
import { presentTick } from '../present/hooks.ts';

/** An instant from --now: an ISO timestamp with its zone, or a date (midnight UTC). */
export function parseNow(value: string): string {
  const v = value.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)
    ? Date.parse(iso)
    : Number.NaN;
  if (Number.isNaN(ms))
    throw new DetenteError(
      'usage',
      `--now takes an ISO time such as 2026-03-02T00:00:00Z, or a date (got "${value}")`,
    );
  return new Date(ms).toISOString();
}

export function registerTick(program: Command, ctx: Context): void {
  program
    .command('tick')
    .description(
      'deliver what changed since the last tick to every webhook (serve does this on a timer)',
    )
    .option('--now <time>', 'the moment to tick at (default: the clock), e.g. 2026-03-02T00:00:00Z')
    .action(async (o: { now?: string }) => {
      const now = o.now === undefined ? ctx.io.now() : parseNow(o.now);
      const store = await ctx.store();
      const result = await tick(store, now, {
        source: watchSource(),
        deliver: httpDeliver(addressPolicyFrom(ctx.io.env)),
      });
      ctx.print(result, () => presentTick(result));
    });
}
