/**
 * One importer's imports in a year, per product and supplier: the starting point of a
 * simulation (every HS line × every partner of the importer's schedule).
 */
import type { Duck } from './duckdb.ts';
import { lit } from './duckdb.ts';

export interface ImportLine {
  readonly hs: string;
  readonly exporter: string;
  readonly currency: string;
  readonly value: number;
}

/** The latest year in which the importer has imports held, or null. */
export async function latestYear(duck: Duck, importer: string): Promise<number | null> {
  const [row] = await duck.rows<{ y: number | null }>(
    `SELECT max(year) AS y FROM flows WHERE importer = ${lit(importer)}`,
  );
  return row?.y ?? null;
}

/**
 * Imports of one importer in a year, summed per (product, exporter, currency).
 *
 * @example
 * await importsOf(duck, 'CHN', 2024); // [{ hs: '230641', exporter: 'CAN', currency: 'CAD', value: 921000000 }, …]
 */
export function importsOf(duck: Duck, importer: string, year: number): Promise<ImportLine[]> {
  return duck.rows<ImportLine>(
    `SELECT hs, exporter, currency, sum(value) AS value FROM flows
     WHERE importer = ${lit(importer)} AND year = ${year} AND value > 0
     GROUP BY ALL ORDER BY hs, currency, exporter`,
  );
}

/**
 * One importer's imports in a year as columns, summed per (product, currency, exporter): the
 * products and exporters once each, then per flow their positions and the value. Flows are
 * sorted by product, currency and exporter, so each (product, currency) line is one run.
 */
export interface ImportColumns {
  readonly hs: readonly string[];
  /** The currency of each (product, currency) line. */
  readonly currency: readonly string[];
  readonly exporters: readonly string[];
  /** Per flow: its line, its exporter (positions in the lists above) and its value. */
  readonly line: Int32Array;
  readonly exporter: Int32Array;
  readonly value: Float64Array;
}

/**
 * The same flows as `importsOf`, read as typed columns: no object or string per flow, which
 * matters for an importer's whole schedule (hundreds of thousands of line × partner flows).
 *
 * @example
 * const c = await importColumns(duck, 'CHN', 2024);
 * c.hs[c.line[0]]; c.exporters[c.exporter[0]]; c.value[0]; // '230641', 'CAN', 921000000
 */
export async function importColumns(
  duck: Duck,
  importer: string,
  year: number,
): Promise<ImportColumns> {
  await duck.run(`CREATE OR REPLACE TEMP TABLE imp AS
    SELECT hs, currency, exporter, CAST(sum(value) AS DOUBLE) AS value FROM flows
    WHERE importer = ${lit(importer)} AND year = ${year} AND value > 0 GROUP BY ALL`);
  await duck.run(`CREATE OR REPLACE TEMP TABLE imp_line AS
    SELECT hs, currency, CAST(row_number() OVER (ORDER BY hs, currency) - 1 AS INTEGER) AS n
    FROM (SELECT DISTINCT hs, currency FROM imp)`);
  await duck.run(`CREATE OR REPLACE TEMP TABLE imp_exporter AS
    SELECT exporter, CAST(row_number() OVER (ORDER BY exporter) - 1 AS INTEGER) AS n
    FROM (SELECT DISTINCT exporter FROM imp)`);
  const lines = await duck.rows<{ hs: string; currency: string }>(
    'SELECT hs, currency FROM imp_line ORDER BY n',
  );
  const exporters = await duck.rows<{ exporter: string }>(
    'SELECT exporter FROM imp_exporter ORDER BY n',
  );
  const result = await duck.connection.run(
    `SELECT l.n AS line, e.n AS exporter, i.value FROM imp i
     JOIN imp_line l USING (hs, currency) JOIN imp_exporter e USING (exporter)
     ORDER BY l.n, e.n`,
  );
  const count = Number(result.rowCount);
  const line = new Int32Array(count);
  const exporter = new Int32Array(count);
  const value = new Float64Array(count);
  let at = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const [l, e, v] = [0, 1, 2].map((i) => chunk.getColumnVector(i));
    for (let r = 0; r < chunk.rowCount; r++, at++) {
      line[at] = l?.getItem(r) as number;
      exporter[at] = e?.getItem(r) as number;
      value[at] = v?.getItem(r) as number;
    }
  }
  await duck.run('DROP TABLE imp; DROP TABLE imp_line; DROP TABLE imp_exporter');
  return {
    hs: lines.map((x) => x.hs),
    currency: lines.map((x) => x.currency),
    exporters: exporters.map((x) => x.exporter),
    line,
    exporter,
    value,
  };
}
