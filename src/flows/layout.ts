/**
 * Where trade flows live in the data directory: `flows/CURRENT` names the generation in use,
 * and `flows/g-<stamp>/year=YYYY/*.parquet` holds it, partitioned by year. A new import builds a
 * whole new generation (new years written, other years hard-linked from the current one) and
 * switches CURRENT with one atomic rename, so a failed import leaves the previous data intact.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const flowsDir = (dataDir: string): string => join(dataDir, 'flows');

/** The folder of the generation in use, or null when no flows were imported. */
export function currentGeneration(dataDir: string): string | null {
  const pointer = join(flowsDir(dataDir), 'CURRENT');
  if (!existsSync(pointer)) return null;
  const name = readFileSync(pointer, 'utf8').trim();
  const dir = join(flowsDir(dataDir), name);
  return existsSync(dir) ? dir : null;
}

/** Years held by a generation, ascending. */
export function yearsOf(generation: string): number[] {
  return readdirSync(generation)
    .map((d) => /^year=(\d+)$/.exec(d)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The glob DuckDB reads a generation with. */
export const parquetGlob = (generation: string): string => join(generation, '*', '*.parquet');

/** A fresh scratch folder inside the flows folder (same file system, so renames are atomic). */
export function scratchDir(dataDir: string, stamp: string): string {
  const dir = join(flowsDir(dataDir), `tmp-${stamp}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Makes a new generation from freshly written year folders (each `year=YYYY` holding parquet
 * files) plus the years of the current generation they do not replace, then switches to it.
 *
 * @example
 * commitGeneration('data', '20250101T000000', ['/data/flows/tmp-…/f0'] );
 */
export function commitGeneration(
  dataDir: string,
  stamp: string,
  written: readonly string[],
): string {
  const root = flowsDir(dataDir);
  const name = `g-${stamp}-${process.pid}`;
  const next = join(root, name);
  mkdirSync(next, { recursive: true });
  const fresh = new Set<string>();
  written.forEach((dir, i) => {
    for (const year of existsSync(dir) ? readdirSync(dir) : []) {
      if (!year.startsWith('year=')) continue;
      fresh.add(year);
      mkdirSync(join(next, year), { recursive: true });
      for (const f of readdirSync(join(dir, year)))
        renameSync(join(dir, year, f), join(next, year, `f${i}-${f}`));
    }
  });
  const previous = currentGeneration(dataDir);
  if (previous) {
    for (const year of readdirSync(previous)) {
      if (!year.startsWith('year=') || fresh.has(year)) continue;
      mkdirSync(join(next, year), { recursive: true });
      for (const f of readdirSync(join(previous, year)))
        linkSync(join(previous, year, f), join(next, year, f));
    }
  }
  const pointer = join(root, 'CURRENT');
  writeFileSync(`${pointer}.tmp`, `${name}\n`);
  renameSync(`${pointer}.tmp`, pointer);
  if (previous) rmSync(previous, { recursive: true, force: true });
  return next;
}
