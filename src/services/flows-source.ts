/**
 * Which trade flows a reader answers from: the flows imported into the data directory, or,
 * when none were imported, the built-in sample of published Canada–China aggregates. The
 * sample is imported once into a folder of its own (never into the data directory, so it is
 * never mistaken for the user's data) and reused by every later request and process.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { currentGeneration } from '../flows/layout.ts';
import { FLOWS_SAMPLE, importFlows } from './flows.ts';

export interface FlowsSource {
  /** The data directory to hand to coverage() and simulate(). */
  readonly dataDir: string;
  /** `imported`: the user's flows; `sample`: the built-in published aggregates. */
  readonly kind: 'imported' | 'sample';
  /** Names the generation read, so a cached answer is dropped when flows are re-imported. */
  readonly generation: string;
  /** A caption for the data: where it comes from and what it is. */
  readonly label: string;
}

export const SAMPLE_LABEL =
  'built-in sample: published Canada–China trade aggregates (Canadian dollars), not customs records';

const sampleDirs = new Map<string, Promise<string>>();

/** The folder the sample is imported into: one per content of the sample file and per user. */
function sampleHome(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  let user = 'user';
  try {
    user = userInfo().username.replace(/[^A-Za-z0-9_-]/g, '') || user;
  } catch {
    // no user name (a container without passwd entry): one shared folder is fine
  }
  return join(tmpdir(), `detente-flows-sample-${user}-${hash}`);
}

async function importSample(file: string, stamp: string): Promise<string> {
  const home = sampleHome(file);
  if (!currentGeneration(home)) await importFlows(home, [file], { stamp });
  return home;
}

/**
 * The flows to answer from. `stamp` names the sample's generation if it has to be imported
 * (the clock is read at the edge); `sample` is the file to fall back on (tests pass their own).
 *
 * @example
 * const source = await flowsSource('data', '20260101T000000');
 * // → { dataDir: '/tmp/detente-flows-sample-…', kind: 'sample', label: 'built-in sample: …' }
 */
export async function flowsSource(
  dataDir: string | undefined,
  stamp: string,
  sample: string = FLOWS_SAMPLE,
): Promise<FlowsSource> {
  const imported = dataDir === undefined ? null : currentGeneration(dataDir);
  if (dataDir !== undefined && imported !== null)
    return { dataDir, kind: 'imported', generation: basename(imported), label: 'imported flows' };
  let pending = sampleDirs.get(sample);
  if (!pending || !currentGeneration(await pending)) {
    // first use, or the temporary folder was cleaned away since
    pending = importSample(sample, stamp);
    sampleDirs.set(sample, pending);
    pending.catch(() => sampleDirs.delete(sample));
  }
  const home = await pending;
  return {
    dataDir: home,
    kind: 'sample',
    generation: basename(currentGeneration(home) ?? 'sample'),
    label: SAMPLE_LABEL,
  };
}

/**
 * Runs `use` with the elasticities written as the `hs6,em` CSV simulate() reads, in a private
 * temporary folder removed afterwards (the HTTP API takes them in the body, never as a path
 * on the server). Without elasticities, `use` gets undefined.
 *
 * @example
 * await withElasticities({ '230641': -0.8 }, (file) => simulate(catalog, dir, { …, ...(file ? { elasticities: file } : {}) }));
 */
export async function withElasticities<T>(
  elasticities: Readonly<Record<string, number>> | undefined,
  use: (file: string | undefined) => Promise<T>,
): Promise<T> {
  const entries = Object.entries(elasticities ?? {});
  if (entries.length === 0) return use(undefined);
  const dir = mkdtempSync(join(tmpdir(), 'detente-em-'));
  try {
    const file = join(dir, 'elasticities.csv');
    writeFileSync(file, ['hs6,em', ...entries.map(([hs, em]) => `${hs},${em}`)].join('\n'));
    return await use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
