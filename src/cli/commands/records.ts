/** `detente timeline`, `measures`, `chain` and `channels`: reading the record. */
import type { Command } from 'commander';
import { channelsReport } from '../../services/channels.ts';
import { listMeasures, retaliationChain } from '../../services/measures.ts';
import {
  ChannelsRequest,
  MeasuresRequest,
  parseRequest,
  TimelineRequest,
} from '../../services/requests.ts';
import { timeline } from '../../services/timeline.ts';
import { pairOverview } from '../../services/overview.ts';
import { presentOverview } from '../present/overview.ts';
import type { Context } from '../context.ts';
import { presentChannels } from '../present/channels.ts';
import { presentChain, presentMeasures } from '../present/measures.ts';
import { presentTimeline } from '../present/timeline.ts';

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function registerRecords(program: Command, ctx: Context): void {
  program
    .command('overview')
    .description(
      'a pair at a glance: measures in force each way, channels, commitments, recent news',
    )
    .option('--pair <A-B>', 'two countries; default the dossier’s own pair')
    .option('--on <date>', 'as of this date; default today')
    .action(async (o: { pair?: string; on?: string }) => {
      const req = parseRequest(ChannelsRequest, defined({ pair: o.pair, on: o.on ?? ctx.today }));
      const view = pairOverview(await ctx.catalog(), req);
      ctx.print(view, () => presentOverview(view));
    });

  program
    .command('timeline')
    .description('the dated story of a pair: measures, events, engagements, statements')
    .option('--pair <A-B>', 'two countries, e.g. CAN-CHN')
    .option('--from <date>', 'first date (YYYY-MM-DD)')
    .option('--to <date>', 'last date (YYYY-MM-DD)')
    .option('--kind <kinds>', 'comma-separated: measure,event,engagement,statement')
    .action(async (o: { pair?: string; from?: string; to?: string; kind?: string }) => {
      const req = parseRequest(
        TimelineRequest,
        defined({ ...o, kind: undefined, kinds: o.kind?.split(',').map((k) => k.trim()) }),
      );
      const entries = timeline(await ctx.catalog(), req);
      ctx.print({ entries }, () => presentTimeline(entries));
    });

  program
    .command('measures')
    .description('measures with their retaliation links')
    .option('--imposer <country>', 'the country imposing')
    .option('--target <country>', 'the country of origin targeted')
    .option('--in-force <date>', 'only measures in force on this date')
    .action(async (o: { imposer?: string; target?: string; inForce?: string }) => {
      const views = listMeasures(await ctx.catalog(), parseRequest(MeasuresRequest, defined(o)));
      ctx.print({ measures: views }, () => presentMeasures(views));
    });

  program
    .command('chain')
    .description('what a measure answers and what answered it, both ways')
    .argument('<id>', 'a measure or event id')
    .action(async (id: string) => {
      const chain = retaliationChain(await ctx.catalog(), id);
      ctx.print(chain, () => presentChain(chain));
    });

  program
    .command('channels')
    .description(
      'channels of talks: cadence, last engagement, overdue or not; commitments and their status',
    )
    .option('--pair <A-B>', 'two countries, e.g. CAN-CHN')
    .option('--on <date>', 'as of this date; default today')
    .action(async (o: { pair?: string; on?: string }) => {
      const view = channelsReport(
        await ctx.catalog(),
        parseRequest(ChannelsRequest, defined({ ...o, on: o.on ?? ctx.today })),
      );
      ctx.print(view, () => presentChannels(view));
    });
}
