/**
 * The imported flows as one DuckDB view, `flows(year, importer, exporter, exporter_region, hs,
 * value, currency, quantity, source)`, read from the current generation's Parquet files.
 */
import { DetenteError } from '../core/errors.ts';
import type { Duck } from './duckdb.ts';
import { lit } from './duckdb.ts';
import { currentGeneration, parquetGlob } from './layout.ts';

/**
 * Creates the view `flows` over the data directory, or throws `not_found` when no flows were
 * imported.
 *
 * @example
 * await openFlowsView(duck, 'data');
 * await duck.rows('SELECT year, sum(value) FROM flows GROUP BY year');
 */
export async function openFlowsView(duck: Duck, dataDir: string): Promise<void> {
  const generation = currentGeneration(dataDir);
  if (!generation)
    throw new DetenteError(
      'not_found',
      `no trade flows in ${dataDir}: import some first (detente flows import <file…>)`,
    );
  await duck.run(
    `CREATE OR REPLACE TEMP VIEW flows AS SELECT year, importer, exporter, exporter_region, hs,
       value, currency, quantity, source
     FROM read_parquet(${lit(parquetGlob(generation))}, hive_partitioning = true,
       hive_types = {'year': INTEGER})`,
  );
}
