/**
 * How the CLI ends: the one place where error ids become exit codes and stderr text.
 * Exit 0 on success, 2 for usage errors (wrong flags or arguments), 1 for every other error.
 */
import { DetenteError } from '../core/errors.ts';
import type { ErrorId, Problem } from '../core/errors.ts';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;

/**
 * Ids of bad input data, as opposed to a wrong command line: they exit with EXIT_ERROR, like a
 * malformed value. `invalid_text`: the text given to `detente ingest` is empty, binary or too
 * large.
 */
const INPUT_DATA_ERRORS: ReadonlySet<ErrorId> = new Set<ErrorId>(['invalid_text']);

export function exitCodeFor(error: DetenteError): number {
  if (INPUT_DATA_ERRORS.has(error.id)) return EXIT_ERROR;
  return error.id === 'usage' ? EXIT_USAGE : EXIT_ERROR;
}

function problemLine(p: Problem & { line?: number | undefined }): string {
  const where = [p.file && (p.line ? `${p.file}:${p.line}` : p.file), p.record, p.field]
    .filter(Boolean)
    .join(' › ');
  return where ? `  ${where}: ${p.message}` : `  ${p.message}`;
}

/** Writes the error to stderr (as JSON with --json) and returns the exit code. */
export function reportError(e: unknown, json: boolean, write: (s: string) => void): number {
  const error =
    e instanceof DetenteError
      ? e
      : new DetenteError('invalid_argument', e instanceof Error ? e.message : String(e));
  if (!(e instanceof DetenteError) && e instanceof Error && process.env.DETENTE_DEBUG)
    write(`${e.stack}\n`);
  if (json) {
    write(
      `${JSON.stringify({ error: { id: error.id, message: error.message, problems: error.problems } })}\n`,
    );
  } else {
    write(`error[${error.id}]: ${error.message}\n`);
    const extra = error.problems.filter(
      (p) => p.file || p.record || !error.message.includes(p.message),
    );
    for (const p of extra.slice(0, 200)) write(`${problemLine(p)}\n`);
    if (extra.length > 200) write(`  … and ${extra.length - 200} more\n`);
  }
  return exitCodeFor(error);
}
