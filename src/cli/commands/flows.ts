/**
 * `detente flows import|synth`, `detente coverage` and `detente simulate`: trade flows into
 * Parquet, synthetic files, the trade measures cover, and what-if simulations.
 */
import { relative } from 'node:path';
import type { Command } from 'commander';
import { parseIsoDate } from '../../core/dates.ts';
import { DetenteError } from '../../core/errors.ts';
import { percentToBp } from '../../core/rate.ts';
import { resolveConfig } from '../../services/config.ts';
import { FLOWS_SAMPLE, coverage, importFlows, synthFlows } from '../../services/flows.ts';
import { simulate } from '../../services/flows-simulate.ts';
import type { Scenario } from '../../services/flows-simulate.ts';
import type { Context } from '../context.ts';
import {
  presentCoverage,
  presentFlowImport,
  presentSimulation,
  presentSynth,
  progressLine,
} from '../present/flows.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

const rate = (flag: string, value: string) => {
  const bp = percentToBp(value);
  if (bp === undefined)
    throw new DetenteError(
      'invalid_argument',
      `${flag} takes a percentage such as 25% or 6.1 (got "${value}")`,
    );
  return bp;
};

const elasticity = (flag: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x))
    throw new DetenteError('invalid_argument', `${flag} takes a number (got "${value}")`);
  return x;
};

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value.split(',').map((x) => x.replace(/[ .]/g, '').toUpperCase());

interface SimulateFlags {
  importer?: string;
  remove?: string;
  change?: string;
  rate?: string;
  add?: string;
  linearCut?: string;
  swiss?: string;
  scope?: string;
  origins?: string;
}

/** The one scenario the flags describe, or a usage error. */
function scenario(o: SimulateFlags): Scenario {
  const given = [o.remove, o.change, o.add, o.linearCut, o.swiss].filter((x) => x !== undefined);
  if (given.length !== 1)
    throw new DetenteError(
      'usage',
      'give exactly one scenario: --remove <measure>, --change <measure> --rate R, --add R --scope HS, --linear-cut R or --swiss A',
    );
  const reach = {
    ...(o.scope ? { scope: list(o.scope) as string[] } : {}),
    ...(o.origins ? { origins: list(o.origins) as string[] } : {}),
  };
  if (o.remove) return { kind: 'remove', measure: o.remove };
  if (o.change) {
    if (!o.rate) throw new DetenteError('usage', '--change needs --rate');
    return { kind: 'change', measure: o.change, bp: rate('--rate', o.rate) };
  }
  if (o.add) {
    if (!reach.scope) throw new DetenteError('usage', '--add needs --scope (HS prefixes)');
    return { kind: 'add', bp: rate('--add', o.add), scope: reach.scope, ...reach };
  }
  if (o.linearCut) return { kind: 'linear', cutBp: rate('--linear-cut', o.linearCut), ...reach };
  return { kind: 'swiss', coefficientBp: rate('--swiss', o.swiss as string), ...reach };
}

/** A whole number from a flag, or a usage error naming the flag. */
export function whole(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new DetenteError('usage', `${flag} takes a whole number (got "${value}")`);
  return Number(value);
}

const country = (flag: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z]{3}$/.test(value))
    throw new DetenteError('invalid_country', `${flag}: "${value}" is not an ISO alpha-3 code`);
  return value.toUpperCase();
};

function dataDir(program: Command, ctx: Context): string {
  return resolveConfig({
    flags: { dataDir: program.opts<{ dataDir?: string }>().dataDir },
    env: ctx.io.env,
    cwd: ctx.io.cwd,
  }).dataDir;
}

export function registerFlows(program: Command, ctx: Context): void {
  const flows = program
    .command('flows')
    .description('trade flows: import CSV files into the data directory, or write synthetic ones');

  flows
    .command('import')
    .description(
      'import BACI, UN Comtrade or plain CSV files as Parquet by year; years in the files replace the same years held',
    )
    .argument('[files...]', 'flow files (the format is read from the header)')
    .option('--sample', 'also import the built-in sample of published Canada–China figures')
    .option('--strict', 'import nothing if any row is bad')
    .action(async (files: string[], o: { sample?: boolean; strict?: boolean }) => {
      const all = [...files, ...(o.sample ? [relative(ctx.io.cwd, FLOWS_SAMPLE)] : [])];
      if (all.length === 0) throw new DetenteError('usage', 'name flow files, or --sample');
      const tty = process.stderr.isTTY === true && !ctx.json;
      const report = await importFlows(dataDir(program, ctx), all, {
        stamp: ctx.io.now().replace(/[^0-9TZ]/g, ''),
        ...(o.strict ? { strict: true } : {}),
        ...(tty ? { onProgress: (p) => ctx.io.err(`\r${progressLine(p)}\x1b[K`) } : {}),
      });
      if (tty) ctx.io.err('\r\x1b[K');
      ctx.print(report, () => presentFlowImport(report));
    });

  flows
    .command('synth')
    .description('write a deterministic synthetic BACI file, skewed like real trade')
    .requiredOption('--rows <n>', 'number of rows')
    .requiredOption('--out <file>', 'CSV file to write')
    .option('--seed <n>', 'random seed', '1')
    .option('--years <from-to>', 'years to spread the rows over, e.g. 2022-2024', '2023')
    .action(async (o: { rows: string; out: string; seed: string; years: string }) => {
      const m = /^(\d{4})(?:-(\d{4}))?$/.exec(o.years);
      if (!m) throw new DetenteError('usage', `--years takes YYYY or YYYY-YYYY (got "${o.years}")`);
      const report = await synthFlows({
        rows: whole('--rows', o.rows) as number,
        seed: whole('--seed', o.seed) as number,
        out: o.out,
        years: [Number(m[1]), Number(m[2] ?? m[1])],
      });
      ctx.print(report, () => presentSynth(report));
    });

  program
    .command('coverage')
    .description(
      "the trade measures cover, by Global Trade Alert's method: per measure, per year, per pair and per HS chapter",
    )
    .option(
      '--measure <id>',
      'a measure (repeatable); default all matching --imposer/--target',
      collect,
      [],
    )
    .option('--imposer <country>', 'measures imposed by this country (ISO alpha-3)')
    .option('--target <country>', 'measures targeting this country (ISO alpha-3)')
    .option(
      '--base-year <year>',
      'year of trade to weigh; default the year before the first measure',
    )
    .option('--from <year>', 'first year to report; default the year the first measure took effect')
    .option('--to <year>', 'last year to report; default this year')
    .action(
      async (o: {
        measure: string[];
        imposer?: string;
        target?: string;
        baseYear?: string;
        from?: string;
        to?: string;
      }) => {
        const imposer = country('--imposer', o.imposer);
        const target = country('--target', o.target);
        const baseYear = whole('--base-year', o.baseYear);
        const from = whole('--from', o.from);
        const to = whole('--to', o.to);
        const report = await coverage(await ctx.catalog(), dataDir(program, ctx), {
          measures: o.measure,
          today: ctx.today,
          ...(imposer ? { imposer } : {}),
          ...(target ? { target } : {}),
          ...(baseYear !== undefined ? { baseYear } : {}),
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
        });
        ctx.print(report, () => presentCoverage(report));
      },
    );

  program
    .command('simulate')
    .description(
      'what if a measure is lifted, changed or added, or tariffs are cut: WITS-SMART effects on one importer',
    )
    .option('--remove <measure>', 'scenario: lift a measure')
    .option('--change <measure>', "scenario: change a measure's rate (with --rate)")
    .option('--rate <percent>', 'the new rate for --change')
    .option('--add <percent>', 'scenario: add an ad valorem tariff on --scope from --on')
    .option('--linear-cut <percent>', 'scenario: cut tariffs by this share of their rate')
    .option('--swiss <percent>', 'scenario: Swiss formula with this coefficient')
    .option('--importer <country>', 'importing country (for --add, --linear-cut, --swiss)')
    .option('--scope <hs,…>', 'HS prefixes the scenario reaches (default all)')
    .option('--origins <iso,…>', 'origins the scenario reaches (default all)')
    .option('--on <date>', 'date tariffs are read on (YYYY-MM-DD); default today')
    .option('--base-year <year>', "year of imports; default the importer's latest")
    .option('--em <x>', 'import demand elasticity (default −1, or per HS6 from --elasticities)')
    .option('--es <x>', 'substitution elasticity (default 1.5)')
    .option('--ex <x>', 'export supply elasticity (default 99: infinite)')
    .option('--elasticities <file>', 'CSV hs6,em of import demand elasticities')
    .action(
      async (
        o: SimulateFlags & {
          on?: string;
          baseYear?: string;
          em?: string;
          es?: string;
          ex?: string;
          elasticities?: string;
        },
      ) => {
        const s = scenario(o);
        const importer = country('--importer', o.importer);
        const baseYear = whole('--base-year', o.baseYear);
        const em = elasticity('--em', o.em);
        const es = elasticity('--es', o.es);
        const ex = elasticity('--ex', o.ex);
        const report = await simulate(await ctx.catalog(), dataDir(program, ctx), {
          scenario: s,
          on: parseIsoDate(o.on ?? ctx.today, '--on'),
          ...(importer ? { importer } : {}),
          ...(baseYear !== undefined ? { baseYear } : {}),
          params: {
            ...(em !== undefined ? { em } : {}),
            ...(es !== undefined ? { es } : {}),
            ...(ex !== undefined ? { ex } : {}),
          },
          ...(o.elasticities ? { elasticities: o.elasticities } : {}),
        });
        ctx.print(report, () => presentSimulation(report));
      },
    );
}
