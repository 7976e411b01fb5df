/** `detente duty <line> --from --to --on`: the stacked duty and why. */
import type { Command } from 'commander';
import { DetenteError } from '../../core/errors.ts';
import { lookupDuty } from '../../services/duty.ts';
import { DutyRequest, parseRequest } from '../../services/requests.ts';
import type { Context } from '../context.ts';
import { presentDuty } from '../present/duty.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

function conditions(pairs: readonly string[]): Record<string, string> | undefined {
  if (pairs.length === 0) return undefined;
  return Object.fromEntries(
    pairs.map((p) => {
      const m = /^([a-z0-9-]+)=(.+)$/.exec(p);
      if (!m)
        throw new DetenteError(
          'usage',
          `--condition takes attribute=value, e.g. melted-and-poured-in=CHN (got "${p}")`,
        );
      return [m[1], (m[2] as string).toUpperCase()];
    }),
  );
}

export function registerDuty(program: Command, ctx: Context): void {
  program
    .command('duty')
    .description('the duty a product pays from one country into another on a date, layer by layer')
    .argument('<line>', 'HS code or national tariff line: 1205.10, 1205 10, 0203220090')
    .requiredOption('--from <country>', 'country of origin (ISO alpha-3)')
    .requiredOption('--to <country>', 'importing country (ISO alpha-3)')
    .option('--on <date>', 'date (YYYY-MM-DD); default today')
    .option('--producer <name>', 'exporting company, for duties set per producer')
    .option(
      '--condition <attr=value>',
      'a property of the good an origin rule asks about (repeatable)',
      collect,
      [],
    )
    .action(
      async (
        line: string,
        o: { from: string; to: string; on?: string; producer?: string; condition: string[] },
      ) => {
        const cond = conditions(o.condition);
        const req = parseRequest(DutyRequest, {
          line,
          from: o.from,
          to: o.to,
          on: o.on ?? ctx.today,
          ...(o.producer ? { producer: o.producer } : {}),
          ...(cond ? { conditions: cond } : {}),
        });
        const answer = lookupDuty(await ctx.catalog(), req);
        ctx.print(answer, () => presentDuty(answer));
      },
    );
}
