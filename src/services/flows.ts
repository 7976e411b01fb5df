/**
 * Use cases on trade flows: import flow files into the data directory, write a synthetic BACI
 * file, and measure the trade that measures cover (Global Trade Alert's method). The CLI and
 * the HTTP API call these; the work happens in src/flows (DuckDB) and src/core/flows (maths).
 */
import { fileURLToPath } from 'node:url';
import { DetenteError } from '../core/errors.ts';
import type { CoverageSpec } from '../core/flows/coverage-rule.ts';
import { coverageSpecs } from '../core/flows/coverage-rule.ts';
import type { YearShare } from '../core/flows/share-of-year.ts';
import { shareOfYear } from '../core/flows/share-of-year.ts';
import { coverageTables } from '../flows/coverage.ts';
import type { ChapterCoverage, YearCoverage } from '../flows/coverage.ts';
import { Duck } from '../flows/duckdb.ts';
import { importFlowFiles } from '../flows/import.ts';
import type { FlowImportReport, ImportOptions } from '../flows/import.ts';
import { synthesizeBaci } from '../flows/synth.ts';
import type { SynthOptions, SynthReport } from '../flows/synth.ts';
import { openFlowsView } from '../flows/view.ts';
import type { Catalog } from './catalog.ts';

export type { BadRow, FlowImportReport, ImportProgress } from '../flows/import.ts';
export type { SynthReport } from '../flows/synth.ts';

/** The built-in sample: published Canada–China aggregates, each row sourced. */
export const FLOWS_SAMPLE = fileURLToPath(
  new URL('../../dossier/canada-china/flows/published-aggregates.csv', import.meta.url),
);

/**
 * Imports flow files (BACI, Comtrade, plain CSV) into the data directory's Parquet store.
 *
 * @example
 * await importFlows('data', [FLOWS_SAMPLE], { stamp: '20250101T000000' }); // { rows: 7, bad: 0, … }
 */
export const importFlows = (
  dataDir: string,
  files: readonly string[],
  options: ImportOptions,
): Promise<FlowImportReport> => importFlowFiles(dataDir, files, options);

/**
 * Writes a deterministic synthetic BACI file.
 *
 * @example
 * await synthFlows({ rows: 1000, seed: 1, out: 'baci.csv' });
 */
export const synthFlows = (options: SynthOptions): Promise<SynthReport> => synthesizeBaci(options);

export interface CoverageRequest {
  /** Measure ids; default every measure with a rate matching imposer and target. */
  readonly measures?: readonly string[];
  readonly imposer?: string;
  readonly target?: string;
  /** Year of trade the shares weigh; default the year before the first measure took effect. */
  readonly baseYear?: number;
  readonly from?: number;
  readonly to?: number;
  /** Today's date, YYYY-MM-DD: the default last year. */
  readonly today: string;
}

export interface Money {
  readonly currency: string;
  readonly value: number;
}

export interface CoveredMeasure {
  readonly id: string;
  readonly title: string;
  readonly importer: string;
  readonly start: string;
  readonly end: string | null;
  /** Base-year trade covered, per currency held. */
  readonly covered: readonly Money[];
  readonly tuples: number;
  /** Days in force per year; on lines a suspension or exemption reaches, fewer were levied. */
  readonly inForce: readonly YearShare[];
  /** Suspensions and exemptions that lift the measure on part of its reach, and when. */
  readonly lifts?: readonly {
    readonly by: string;
    readonly start: string;
    readonly end: string | null;
  }[];
}

export interface CoverageReport {
  readonly baseYear: number;
  readonly years: readonly number[];
  readonly measures: readonly CoveredMeasure[];
  /** Per year: base-year trade × the largest share of the year any measure on it was levied. */
  readonly byYear: readonly YearCoverage[];
  /** Per pair: base-year trade under at least one measure, and its share (basis points). */
  readonly pairs: readonly {
    readonly importer: string;
    readonly exporter: string;
    readonly currency: string;
    readonly covered: number;
    readonly total: number;
    readonly shareBp: number;
  }[];
  /** Base-year trade under at least one measure, by HS chapter (for a treemap). */
  readonly chapters: readonly ChapterCoverage[];
}

const targets = (s: CoverageSpec, target: string) =>
  !s.except.includes(target) && (s.origins === '*' || s.origins.includes(target));

function select(catalog: Catalog, req: CoverageRequest): CoverageSpec[] {
  const all = coverageSpecs(catalog.dossier.measures);
  if (req.measures && req.measures.length > 0) {
    return req.measures.map((id) => {
      const spec = all.find((s) => s.id === id);
      if (spec) return spec;
      const known = catalog.find(id);
      throw new DetenteError(
        known ? 'invalid_argument' : 'not_found',
        known
          ? `${id} levies no duty of its own (a suspension or exemption), so it covers no trade`
          : `no measure ${id}`,
      );
    });
  }
  const picked = all.filter(
    (s) => (!req.imposer || s.importer === req.imposer) && (!req.target || targets(s, req.target)),
  );
  if (picked.length === 0)
    throw new DetenteError(
      'not_found',
      `no measure with a rate${req.imposer ? ` imposed by ${req.imposer}` : ''}${req.target ? ` on ${req.target}` : ''}`,
    );
  return picked;
}

/**
 * The trade the measures cover, by Global Trade Alert's method.
 *
 * @example
 * await coverage(catalog, 'data', { measures: ['chn-2025-annex1-100', 'chn-2025-annex2-25'], today: '2026-01-01' });
 * // → { baseYear: 2024, byYear: [{ year: 2025, currency: 'CAD', value: 2293… }, …], … }
 */
export async function coverage(
  catalog: Catalog,
  dataDir: string,
  req: CoverageRequest,
): Promise<CoverageReport> {
  const specs = select(catalog, req);
  const first = specs.map((s) => s.start).sort()[0] as string;
  const baseYear = req.baseYear ?? Number(first.slice(0, 4)) - 1;
  const from = req.from ?? Number(first.slice(0, 4));
  const to = req.to ?? Math.max(from, Number(req.today.slice(0, 4)));
  if (to < from || to - from > 200)
    throw new DetenteError('invalid_argument', `years must run forwards (got ${from} to ${to})`);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const duck = await Duck.open();
  try {
    await openFlowsView(duck, dataDir);
    const t = await coverageTables(duck, { specs, baseYear, years });
    return {
      baseYear,
      years,
      measures: specs.map((s) => ({
        id: s.id,
        title: catalog.titleOf(s.id),
        importer: s.importer,
        start: s.start,
        end: s.end,
        covered: t.measures
          .filter((m) => m.id === s.id)
          .map((m) => ({ currency: m.currency, value: m.value })),
        tuples: t.measures.filter((m) => m.id === s.id).reduce((a, m) => a + m.tuples, 0),
        inForce: years.map((y) => shareOfYear(s.start, s.end, y)),
        lifts: s.lifts.map((l) => ({ by: l.by, start: l.start, end: l.end })),
      })),
      byYear: t.years,
      pairs: t.pairs.map((p) => ({
        ...p,
        shareBp: p.total > 0 ? Math.round((p.covered * 10_000) / p.total) : 0,
      })),
      chapters: t.chapters,
    };
  } finally {
    duck.close();
  }
}
