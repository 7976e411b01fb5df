/**
 * Imports flow files (BACI, Comtrade, plain CSV) into Parquet partitioned by year, through
 * DuckDB: the CSV is streamed, never held in memory; rows are validated in SQL; bad rows are
 * counted and the first ones reported with their file line; the new data becomes visible only
 * when every file is written (see layout.ts), so a failed import changes nothing.
 *
 * One pass over the file does the work: rows failing validation are written to a partition of
 * their own (no year), counted from its Parquet footers and dropped; only when there are some
 * does a second pass read the file again to find the first ones' line numbers.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DetenteError } from '../core/errors.ts';
import type { Problem } from '../core/errors.ts';
import { lineNumbersOf, readCsvHead } from './csv-head.ts';
import { loadCountryCodes } from './countries.ts';
import { Duck, lit } from './duckdb.ts';
import type { Check, FlowFormat, FormatName } from './formats.ts';
import { detectFormat } from './formats.ts';
import { commitGeneration, scratchDir, yearsOf } from './layout.ts';

export interface BadRow {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export interface FileImport {
  readonly file: string;
  readonly format: FormatName;
  readonly rows: number;
  readonly bad: number;
}

export interface FlowImportReport {
  readonly files: readonly FileImport[];
  readonly rows: number;
  readonly bad: number;
  /** The first bad rows, in file order, at most `FIRST_BAD` per file. */
  readonly firstBad: readonly BadRow[];
  /** Years written by this import (they replace the same years held before). */
  readonly years: readonly number[];
  /** Years now held in the data directory. */
  readonly held: readonly number[];
  readonly seconds: number;
}

export interface ImportProgress {
  readonly file: string;
  readonly rows: number;
  /** Percent of the file read, 0–100, or -1 when unknown. */
  readonly percent: number;
  readonly seconds: number;
}

export interface ImportOptions {
  /** Refuse the whole import when any row is bad. */
  readonly strict?: boolean;
  /** Called about four times a second while a file is read. */
  readonly onProgress?: (p: ImportProgress) => void;
  /** A sortable stamp naming the new generation (the clock is read at the edge). */
  readonly stamp: string;
}

export const FIRST_BAD = 10;

/** Shared checks, in the order a row's first problem is reported. */
function checks(f: FlowFormat): Check[] {
  const codeKind = f.name === 'baci' ? 'ISO 3166-1 numeric' : 'ISO 3166-1 alpha-3';
  const shown = (raw: string) => `coalesce(${raw}, '')`;
  const hsPattern = f.hsLengths.map((n) => `[0-9]{${n}}`).join('|');
  return [
    ...f.checks.map((_, i) => ({ bad: `fbad_${i}`, message: `fmsg_${i}` })),
    {
      bad: 'coalesce(NOT (year BETWEEN 1900 AND 2100), true)',
      message: `'year "' || ${shown('year_raw')} || '" is not a year from 1900 to 2100'`,
    },
    {
      bad: 'exporter IS NULL',
      message: `'exporter "' || ${shown('exporter_raw')} || '" is not an ${codeKind} country code'`,
    },
    {
      bad: 'importer IS NULL',
      message: `'importer "' || ${shown('importer_raw')} || '" is not an ${codeKind} country code'`,
    },
    {
      bad: `NOT regexp_full_match(coalesce(hs, ''), '${hsPattern}')`,
      message: `'product code "' || ${shown('hs')} || '" is not ${f.hsLengths.length > 1 ? 'an HS code of 2, 4 or 6 digits' : 'an HS6 code (6 digits)'}'`,
    },
    {
      bad: 'coalesce(value < 0, true)',
      message: `'value "' || ${shown('value_raw')} || '" is not ${f.name === 'plain' ? 'a whole number' : 'a number'} of at least 0'`,
    },
    {
      bad: "coalesce(quantity < 0 OR (quantity IS NULL AND coalesce(quantity_raw, '') <> ''), false)",
      message: `'quantity "' || ${shown('quantity_raw')} || '" is not a number of at least 0'`,
    },
  ];
}

function source(file: string, head: { comments: number; header: readonly string[] }, n: number) {
  const columns = head.header.map((c) => `${lit(c)}: 'VARCHAR'`).join(', ');
  return `read_csv(${lit(file)}, header = true, skip = ${head.comments}, auto_detect = false,
    delim = ',', quote = '"', escape = '"', columns = {${columns}},
    store_rejects = true, rejects_table = 'rejects_${n}', rejects_scan = 'rejects_scan_${n}')`;
}

/**
 * The normalised rows of a file, with the raw text kept for messages, and with `numbered` the
 * row number. Numbering (WITH ORDINALITY) holds the scan to file order and was the largest cost
 * of the import in profiling, so only the pass that locates bad rows asks for it.
 */
function normalised(f: FlowFormat, from: string, numbered: boolean): string {
  return `SELECT TRY_CAST(${f.year} AS INTEGER) AS year, ${f.year} AS year_raw,
      ce.alpha3 AS exporter, ${f.exporterRaw} AS exporter_raw,
      ci.alpha3 AS importer, ${f.importerRaw} AS importer_raw,
      ${f.region} AS exporter_region, ${f.hs} AS hs,
      ${f.value} AS value, ${f.valueRaw} AS value_raw,
      ${f.quantity} AS quantity, ${f.quantityRaw} AS quantity_raw,
      ${f.currency} AS currency, ${f.source} AS source${numbered ? ', ordinality AS n' : ''}
      ${f.checks.map((c, i) => `, coalesce(${c.bad}, true) AS fbad_${i}, ${c.message} AS fmsg_${i}`).join('')}
    FROM (SELECT * FROM ${from}${numbered ? ' WITH ORDINALITY' : ''}) r
    ${countryJoins(f)}`;
}

/** The joins that give `ce.alpha3` and `ci.alpha3`: on integers for ISO numeric codes. */
function countryJoins(f: FlowFormat): string {
  if (f.numericCodes)
    return `LEFT JOIN country_numeric ce ON ce.code = ${f.numericCodes.exporter}
    LEFT JOIN country_numeric ci ON ci.code = ${f.numericCodes.importer}`;
  return `LEFT JOIN country_codes ce ON ce.key = ${f.exporterKey}
    LEFT JOIN country_codes ci ON ci.key = ${f.importerKey}`;
}

/** The folder DuckDB writes the rows of a NULL partition key to (Hive's name for it). */
const NO_YEAR = 'year=__HIVE_DEFAULT_PARTITION__';

const STORED = `year, importer, exporter, exporter_region, hs, value, currency, quantity, source`;

/**
 * Imports flow files into the data directory. Years in the files replace the same years held
 * before; other years stay.
 *
 * @example
 * const report = await importFlowFiles('data', ['BACI_HS17_Y2022.csv'], { stamp: '20250101T000000' });
 * report.rows; // rows stored
 * report.firstBad; // [{ file, line: 12, reason: 'exporter "999" is not an ISO 3166-1 numeric country code' }]
 */
export async function importFlowFiles(
  dataDir: string,
  files: readonly string[],
  options: ImportOptions,
): Promise<FlowImportReport> {
  if (files.length === 0) throw new DetenteError('usage', 'name at least one flow file');
  const heads = files.map((file) => ({ file, head: readCsvHead(file) }));
  const formats = heads.map(({ file, head }) => detectFormat(head.header, basename(file)));
  const started = Date.now();
  const scratch = scratchDir(dataDir, options.stamp);
  const duck = await Duck.open();
  try {
    await loadCountryCodes(duck);
    await duck.run('SET enable_progress_bar = true');
    await duck.run('SET enable_progress_bar_print = false');
    // Rows are stored by year, not in file order (the pass that locates bad rows numbers them
    // itself), so DuckDB may write in parallel without keeping the order.
    await duck.run('SET preserve_insertion_order = false');
    // Pushing the validation filter below the projection makes DuckDB evaluate every normalising
    // expression twice (in the filter, then in the projection); kept above it, each is evaluated
    // once and the filter only compares the results. Same rows, a third less time in profiling.
    // And with no row count known for the CSV, the optimiser builds the country-code joins' hash
    // table on the file (every row, all columns held in memory) and probes it with the 250
    // codes; kept as written, the small code table is built and the file streams past it: half
    // the time of the whole import in profiling, and memory no longer grows with the file.
    await duck.run("SET disabled_optimizers = 'filter_pushdown,build_side_probe_side'");
    const results: FileImport[] = [];
    const firstBad: BadRow[] = [];
    const written: string[] = [];
    for (const [n, { file, head }] of heads.entries()) {
      const format = formats[n] as FlowFormat;
      const all = checks(format);
      const ok = all.map((c) => `NOT (${c.bad})`).join(' AND ');
      const out = `${scratch}/f${n}`;
      // bad rows get no year, so they land in a partition of their own, counted then dropped
      const copy = duck.rows<{ Count: number }>(
        `COPY (SELECT CASE WHEN ${ok} THEN year END AS year, ${STORED.replace('year, ', '')}
           FROM (${normalised(format, source(file, head, n), false)}))
         TO ${lit(out)} (FORMAT parquet, PARTITION_BY (year), COMPRESSION snappy)`,
      );
      const read = await watch(duck, copy, file, options.onProgress);
      const failed = await countAndDrop(duck, join(out, NO_YEAR));
      const rows = read - failed;
      written.push(out);
      const rejected = await duck.rows<{ line: number; error_type: string; csv_line: string }>(
        `SELECT DISTINCT line, error_type, csv_line FROM rejects_${n} ORDER BY line`,
      );
      const rejectedLines = new Set(rejected.map((r) => r.line));
      const bad = rejectedLines.size + failed;
      const bads: BadRow[] = rejected.slice(0, FIRST_BAD).map((r) => ({
        file,
        line: r.line,
        reason: `${r.error_type.toLowerCase()} (the header has ${head.header.length})`,
      }));
      if (failed > 0) {
        // locate the first rows that failed validation, with their reasons
        const reason = `CASE ${all.map((c) => `WHEN ${c.bad} THEN ${c.message}`).join(' ')} END`;
        const from = `(${normalised(format, source(file, head, n + files.length), true)})`;
        const first = await duck.rows<{ n: number; reason: string }>(
          `SELECT n, ${reason} AS reason FROM ${from} WHERE NOT (${ok}) ORDER BY n LIMIT ${FIRST_BAD}`,
        );
        const at = await lineNumbersOf(
          file,
          head.comments,
          rejectedLines,
          first.map((r) => r.n),
        );
        bads.push(...first.map((r) => ({ file, line: at.get(r.n) ?? 0, reason: r.reason })));
      }
      firstBad.push(...bads.sort((a, b) => a.line - b.line).slice(0, FIRST_BAD));
      results.push({ file, format: format.name, rows, bad });
    }
    const bad = results.reduce((a, r) => a + r.bad, 0);
    const problems = firstBad.map((b): Problem & { line: number } => ({
      id: 'invalid_argument',
      file: b.file,
      line: b.line,
      message: b.reason,
    }));
    if (options.strict && bad > 0)
      throw new DetenteError(
        'invalid_argument',
        `${bad} bad row(s) and --strict: nothing imported, the data held is unchanged`,
        problems,
      );
    const empty = results.filter((r) => r.rows === 0).map((r) => r.file);
    if (empty.length > 0)
      throw new DetenteError(
        'invalid_argument',
        `no valid rows in ${empty.join(', ')}: nothing imported, the data held is unchanged`,
        problems,
      );
    const years = [...new Set(written.flatMap((d) => yearsInScratch(d)))].sort((a, b) => a - b);
    const generation = commitGeneration(dataDir, options.stamp, written);
    const total = results.reduce((a, r) => a + r.rows, 0);
    return {
      files: results,
      rows: total,
      bad,
      firstBad,
      years,
      held: yearsOf(generation),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    duck.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Counts the rows of the Parquet files in a folder (from their footers), then removes it. */
async function countAndDrop(duck: Duck, dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const [r] = await duck.rows<{ rows: number | null }>(
    `SELECT sum(num_rows) AS rows FROM parquet_file_metadata(${lit(join(dir, '*.parquet'))})`,
  );
  rmSync(dir, { recursive: true, force: true });
  return r?.rows ?? 0;
}

function yearsInScratch(dir: string): number[] {
  try {
    return yearsOf(dir);
  } catch {
    return [];
  }
}

/** Awaits a running statement, reporting its progress. */
async function watch(
  duck: Duck,
  running: Promise<{ Count: number }[]>,
  file: string,
  onProgress: ImportOptions['onProgress'],
): Promise<number> {
  const start = Date.now();
  const timer = onProgress
    ? setInterval(() => {
        const p = duck.connection.progress;
        onProgress({
          file,
          rows: Number(p.rows_processed),
          percent: p.percentage,
          seconds: (Date.now() - start) / 1000,
        });
      }, 250)
    : undefined;
  try {
    const [result] = await running;
    return Number(result?.Count ?? 0);
  } finally {
    if (timer) clearInterval(timer);
  }
}
