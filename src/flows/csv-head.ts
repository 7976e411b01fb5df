/**
 * The top of a CSV file read in plain code: leading `#` comment lines (the built-in sample
 * carries its provenance there), the header's column names, and file line numbers for the data
 * rows DuckDB numbers (it skips blank lines and lines it rejects).
 */
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DetenteError } from '../core/errors.ts';

export interface CsvHead {
  /** Comment lines before the header. */
  readonly comments: number;
  readonly header: readonly string[];
}

/** Splits one CSV line into fields, honouring double quotes. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field.trim());
      field = '';
    } else field += c;
  }
  out.push(field.trim());
  return out;
}

/**
 * Reads the comment lines and the header of a CSV file, or throws `not_found`.
 *
 * @example
 * readCsvHead('flows.csv'); // { comments: 2, header: ['year', 'exporter', ...] }
 */
export function readCsvHead(file: string): CsvHead {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new DetenteError('not_found', `${file}: no such flow file`);
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(65_536);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const lines = buf
    .subarray(0, n)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  let comments = 0;
  while (comments < lines.length && (lines[comments] ?? '').startsWith('#')) comments++;
  const header = lines[comments];
  if (header === undefined || header.trim() === '')
    throw new DetenteError('invalid_argument', `${file}: no header line`);
  return { comments, header: splitCsvLine(header) };
}

/**
 * File line numbers (1-based) of data rows numbered 1, 2, … in file order, skipping the comment
 * and header lines, blank lines and the lines DuckDB rejected.
 *
 * @example
 * await lineNumbersOf('flows.csv', 1, new Set([5]), [1, 3]); // Map { 1 => 3, 3 => 6 }
 */
export async function lineNumbersOf(
  file: string,
  comments: number,
  rejected: ReadonlySet<number>,
  rows: readonly number[],
): Promise<Map<number, number>> {
  const wanted = new Set(rows);
  const found = new Map<number, number>();
  if (wanted.size === 0) return found;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let line = 0;
  let row = 0;
  for await (const text of lines) {
    line++;
    if (line <= comments + 1 || text.trim() === '' || rejected.has(line)) continue;
    row++;
    if (wanted.has(row)) {
      found.set(row, line);
      if (found.size === wanted.size) break;
    }
  }
  lines.close();
  return found;
}
