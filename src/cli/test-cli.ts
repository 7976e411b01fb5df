/**
 * The CLI in-process for tests: arguments in, stdout, stderr and the exit code out, on a data
 * directory of the test's own, with a fixed clock so dates in the output can be asserted.
 */
import { tmpdir } from 'node:os';
import { run } from './main.ts';

/** The fixed time the CLI reads unless a test sets its own. */
export const CLI_NOW = '2026-11-29T12:00:00.000Z';

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface CliOptions {
  /** The clock: a fixed ISO timestamp, or a function read at each call (e.g. the wall clock). */
  readonly now?: string | (() => string);
  /** More environment on top of DETENTE_DATA_DIR (e.g. USER, DETENTE_ALLOW_PRIVATE_HOOKS). */
  readonly env?: Readonly<Record<string, string>>;
  /** The working directory relative paths are read from; the system's temp directory by default. */
  readonly cwd?: string;
}

/** A `cli(...argv)` function running `detente` on `dataDir`, nothing of the shell's env seen. */
export function cliIn(
  dataDir: string,
  options: CliOptions = {},
): (...argv: string[]) => Promise<CliResult> {
  const { now = CLI_NOW, env = {}, cwd = tmpdir() } = options;
  const clock = typeof now === 'string' ? () => now : now;
  return async (...argv) => {
    let out = '';
    let err = '';
    const code = await run(argv, {
      out: (s) => (out += s),
      err: (s) => (err += s),
      now: clock,
      env: { DETENTE_DATA_DIR: dataDir, ...env },
      cwd,
    });
    return { code, out, err };
  };
}
