/**
 * The `detente` command line. Commands parse their arguments, call a service and present the
 * result; errors end in one place (exit.ts) with a stable id and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { DetenteError } from '../core/errors.ts';
import { registerDuty } from './commands/duty.ts';
import { registerFlows } from './commands/flows.ts';
import { registerHooks } from './commands/hooks.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerRecords } from './commands/records.ts';
import { registerServe } from './commands/serve.ts';
import { registerSchema, registerValidate } from './commands/validate.ts';
import { registerStore } from './commands/store.ts';
import { registerTick } from './commands/tick.ts';
import { registerToken } from './commands/token.ts';
import { registerWatch } from './commands/watch.ts';
import { Context } from './context.ts';
import type { Io } from './context.ts';
import { EXIT_OK, EXIT_USAGE, reportError } from './exit.ts';

export function buildProgram(ctx: Context): Command {
  const program = new Command('detente')
    .description('Détente: bilateral relations and trade disputes, every fact sourced')
    .option('--json', 'print one JSON document on stdout (rates in basis points)')
    .option(
      '--data-dir <dir>',
      'folder of the embedded store (default ./data, or DETENTE_DATA_DIR)',
    )
    .option(
      '--as-known-on <when>',
      'answer from what the store held then: YYYY-MM-DD[THH:MM] (UTC)',
    )
    .option('--dossier <dir>', 'read records from a dossier folder instead of the store')
    .exitOverride()
    .configureOutput({ writeOut: ctx.io.out, writeErr: () => {} })
    .showSuggestionAfterError(true)
    .enablePositionalOptions(false);
  registerDuty(program, ctx);
  registerRecords(program, ctx);
  registerValidate(program, ctx);
  registerSchema(program, ctx);
  registerStore(program, ctx);
  registerServe(program, ctx);
  registerToken(program, ctx);
  registerFlows(program, ctx);
  registerWatch(program, ctx);
  registerIngest(program, ctx);
  registerHooks(program, ctx);
  registerTick(program, ctx);
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeOut: ctx.io.out, writeErr: () => {} });
  return program;
}

/** Runs the CLI on arguments (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const ctx: Context = new Context(io, () => program.opts());
  const program = buildProgram(ctx);
  const json = argv.includes('--json');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (e) {
    return failure(e, json, io);
  } finally {
    await ctx.close();
  }
}

function failure(e: unknown, json: boolean, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0) return EXIT_OK;
    reportError(new DetenteError('usage', e.message.replace(/^error: /, '')), json, io.err);
    return EXIT_USAGE;
  }
  return reportError(e, json, io.err);
}

/** The process entry: real streams, the environment and the system clock. */
export function main(argv: readonly string[]): Promise<number> {
  return run(argv, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    now: () => new Date().toISOString(),
    env: process.env,
    cwd: process.cwd(),
  });
}
