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
