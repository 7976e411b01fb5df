/**
 * `detente watch add | list | show | edit | remove`: watchlists; and `detente changes`: what
 * changed for a watchlist in a window, each change with its before and after, its sources
 * and its record.
 */
import type { Command } from 'commander';
import { DetenteError } from '../../core/errors.ts';
import {
  changeWindow,
  createWatchlist,
  deleteWatchlist,
  feedSecret,
  getWatchlist,
  listWatchlists,
  updateWatchlist,
  watchChanges,
} from '../../services/watch.ts';
import type { WatchlistPatch } from '../../services/watch.ts';
import type { Context } from '../context.ts';
import { presentChanges, presentWatchlist, presentWatchlists } from '../present/watch.ts';

interface CriteriaOptions {
  scope?: string[];
  pair?: string[];
  both?: boolean;
  kind?: string[];
  channel?: string[];
  actor?: string[];
}

const CRITERIA = ['scopes', 'pairs', 'kinds', 'channels', 'actors'] as const;

/** The criteria the options give; `--both` applies to every `--pair`. */
function criteriaOf(o: CriteriaOptions): Omit<WatchlistPatch, 'name' | 'private'> {
  if (o.both && !o.pair)
    throw new DetenteError('usage', '--both applies to the pairs given with --pair');
  const split = (v: string[] | undefined) =>
    v
      ?.flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const pairs = split(o.pair);
  return {
    ...(o.scope ? { scopes: split(o.scope) } : {}),
    ...(pairs
      ? { pairs: pairs.map((p) => ({ ...splitPair(p), ...(o.both ? { both: true } : {}) })) }
      : {}),
    ...(o.kind ? { kinds: split(o.kind) } : {}),
    ...(o.channel ? { channels: split(o.channel) } : {}),
    ...(o.actor ? { actors: split(o.actor) } : {}),
  };
}

/** FROM:TO as an object, so `both` can be set; the service checks the countries. */
function splitPair(p: string): { from: string; to: string } {
  const [from = '', to = '', ...rest] = p.split(/[:>-]/);
  if (rest.length > 0 || to === '')
    throw new DetenteError(
      'invalid_country',
      `pair "${p}" is not FROM:TO, e.g. CAN:CHN (Canada's goods into China)`,
    );
  return { from, to };
}

function criteriaOptions(c: Command): Command {
  return c
    .option('--scope <codes...>', 'HS prefixes to follow, e.g. 2306 0306.12')
    .option('--pair <FROM:TO...>', 'directions of trade, e.g. CAN:CHN (Canada’s goods into China)')
    .option('--both', 'follow each pair both ways')
    .option('--kind <kinds...>', 'measure kinds, e.g. anti-dumping surtax')
    .option('--channel <ids...>', 'channels of talks (their engagements, commitments, cadence)')
    .option('--actor <ids...>', 'actors (their statements, engagements, commitments)');
}

export function registerWatch(program: Command, ctx: Context): void {
  const watch = program
    .command('watch')
    .description('watchlists: the products, pairs, kinds, channels and actors you follow');

  criteriaOptions(
    watch
      .command('add')
      .description('follow something: every criterion given must match; at least one is needed')
      .argument('<name>', 'a name to refer to it by'),
  )
    .option('--private', 'its feed needs a secret key in the URL')
    .action(async (name: string, o: CriteriaOptions & { private?: boolean }) => {
      await ctx.catalog();
      const w = await createWatchlist(
        await ctx.store(),
        { name, ...criteriaOf(o), private: o.private === true },
        ctx.io.now(),
      );
      ctx.print(w, () => `added watchlist\n${presentWatchlist(w)}`);
    });

  watch
    .command('list')
    .description('every watchlist')
    .action(async () => {
      const all = await listWatchlists(await ctx.store());
      ctx.print({ watchlists: all }, () => presentWatchlists(all));
    });

  watch
    .command('show')
    .description('a watchlist, with its feed address')
    .argument('<name>', 'its name or id')
    .action(async (name: string) => {
      const store = await ctx.store();
      const w = await getWatchlist(store, name);
      const secret = w.private ? await feedSecret(store, w.id) : undefined;
      ctx.print(w, () => presentWatchlist(w, secret));
    });

  criteriaOptions(
    watch
      .command('edit')
      .description('change a watchlist: each criterion given replaces the stored one')
      .argument('<name>', 'its name or id'),
  )
    .option('--name <new-name>', 'rename it')
    .option('--private', 'make its feed need the secret key')
    .option('--public', 'make its feed open')
    .option('--clear <criteria...>', `empty criteria: ${CRITERIA.join(', ')}`)
    .action(
      async (
        name: string,
        o: CriteriaOptions & {
          name?: string;
          private?: boolean;
          public?: boolean;
          clear?: string[];
        },
      ) => {
        if (o.private && o.public)
          throw new DetenteError('usage', '--private and --public cannot both be given');
        const patch: WatchlistPatch = { ...criteriaOf(o) };
        for (const c of o.clear ?? []) {
          const k = CRITERIA.find((x) => x === c || x === `${c}s`);
          if (!k)
            throw new DetenteError('usage', `--clear ${c}: not one of ${CRITERIA.join(', ')}`);
          patch[k] = [];
        }
        if (o.name !== undefined) patch.name = o.name;
        if (o.private || o.public) patch.private = o.private === true;
        if (Object.keys(patch).length === 0)
          throw new DetenteError(
            'usage',
            'nothing to change: give a criterion, --name, --clear, --private or --public',
          );
        await ctx.catalog();
        const w = await updateWatchlist(await ctx.store(), name, patch, ctx.io.now());
        ctx.print(w, () => `updated watchlist\n${presentWatchlist(w)}`);
      },
    );

  watch
    .command('remove')
    .description('stop following: remove a watchlist and its webhooks')
    .argument('<name>', 'its name or id')
    .action(async (name: string) => {
      const w = await deleteWatchlist(await ctx.store(), name, ctx.io.now());
      ctx.print(w, () => `removed watchlist ${w.name} (${w.id})`);
    });

  program
    .command('changes')
    .description(
      'what changed for a watchlist: new and amended measures, dated changes, duties, talks',
    )
    .requiredOption('--watch <name>', 'the watchlist, by name or id')
    .requiredOption(
      '--since <when>',
      'after this date (YYYY-MM-DD, the end of that day) or timestamp',
    )
    .option('--until <when>', 'up to this date or timestamp; default now')
    .action(async (o: { watch: string; since: string; until?: string }) => {
      const window = { since: o.since, until: o.until ?? ctx.io.now() };
      changeWindow(window);
      await ctx.catalog();
      const store = await ctx.store();
      const w = await getWatchlist(store, o.watch);
      const changes = await watchChanges(store, w, window);
      ctx.print({ watchlist: w, since: window.since, until: window.until, changes }, () =>
        presentChanges(w, window, changes),
      );
    });
}
