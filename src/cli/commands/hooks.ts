/**
 * `detente hooks add | list | remove | dead | replay`: webhooks told of a watchlist's changes,
 * and the dead-letter list of deliveries that failed every attempt.
 */
import type { Command } from 'commander';
import { getWatchlist } from '../../services/watch.ts';
import {
  addHook,
  addressPolicyFrom,
  deadDeliveries,
  listHooks,
  removeHook,
  replayDelivery,
} from '../../services/webhooks.ts';
import type { Context } from '../context.ts';
import { presentCreatedHook, presentDead, presentHooks, presentReplay } from '../present/hooks.ts';

export function registerHooks(program: Command, ctx: Context): void {
  const hooks = program
    .command('hooks')
    .description(
      'webhooks: signed POSTs of every change of a watchlist, retried, then dead-listed',
    );

  hooks
    .command('add')
    .description('register a URL to be told of every change of a watchlist; prints its secret once')
    .argument('<watchlist>', 'watchlist id or name')
    .argument('<url>', 'http or https; public addresses only unless DETENTE_ALLOW_PRIVATE_HOOKS=1')
    .action(async (watchlist: string, url: string) => {
      const store = await ctx.store();
      const w = await getWatchlist(store, watchlist);
      const hook = await addHook(store, w, url, ctx.io.now(), addressPolicyFrom(ctx.io.env));
      ctx.print(hook, () => presentCreatedHook(hook));
    });

  hooks
    .command('list')
    .description('active hooks, of one watchlist or of all (never their secrets)')
    .argument('[watchlist]', 'watchlist id or name')
    .action(async (watchlist: string | undefined) => {
      const store = await ctx.store();
      const id = watchlist === undefined ? undefined : (await getWatchlist(store, watchlist)).id;
      const items = await listHooks(store, id);
      ctx.print({ hooks: items }, () => presentHooks(items));
    });

  hooks
    .command('remove')
    .description('stop sending to a hook; its pending deliveries go to the dead list')
    .argument('<id>', 'hook id (hooks list shows them)')
    .action(async (id: string) => {
      const removed = await removeHook(await ctx.store(), id, ctx.io.now());
      ctx.print(removed, () => `removed hook ${removed.id} (${removed.url})`);
    });

  hooks
    .command('dead')
    .description('deliveries that failed every attempt')
    .action(async () => {
      const items = await deadDeliveries(await ctx.store());
      ctx.print({ deliveries: items }, () => presentDead(items));
    });

  hooks
    .command('replay')
    .description('queue a dead delivery again with fresh attempts (same event id)')
    .argument('<delivery>', 'delivery id (hooks dead shows them)')
    .action(async (id: string) => {
      const d = await replayDelivery(await ctx.store(), id, ctx.io.now());
      ctx.print(d, () => presentReplay(d));
    });
}
