/**
 * Global Trade Alert's trade-coverage rule, in pure code: a measure covers the (importer,
 * exporter, HS6) tuples its imposer, targets and scope name; per year it counts for the share
 * of the year it was in force; where several measures hit one tuple the largest share counts,
 * not the sum; the share weighs the tuple's trade in a base year. The DuckDB query in
 * src/flows/coverage.ts computes the same thing at scale; this version is its test oracle and
 * the benchmark's plain-loop baseline.
 */
import { measureEnds } from '../measures.ts';
import type { IsoDate } from '../dates.ts';
import type { Measure } from '../model/measure.ts';
import { fractionOfYear, shareOfYear } from './share-of-year.ts';

/** What coverage needs of a measure: who, on whom, on what, from when to when. */
export interface CoverageSpec {
  readonly id: string;
  readonly importer: string;
  /** Exporters targeted, or '*' for every origin. */
  readonly origins: '*' | readonly string[];
  readonly except: readonly string[];
  /** Scope prefixes cut to at most six digits: HS6 is the finest level trade data has. */
  readonly include: readonly string[];
  /** Exclusions of whole HS6 lines or broader (longer ones cannot be seen in HS6 data). */
  readonly exclude: readonly string[];
  readonly start: IsoDate;
  /** First day no longer in force, or null. */
  readonly end: IsoDate | null;
}

/** One trade flow as coverage reads it; `hs` has 6 digits, or fewer for a published aggregate. */
export interface CoverageFlow {
  readonly importer: string;
  readonly exporter: string;
  readonly hs: string;
  readonly value: number;
}

/**
 * The coverage specs of the measures that levy a duty (those with a rate); suspensions and
 * exemptions have none and cover no trade of their own.
 *
 * @example
 * coverageSpecs(catalog.dossier.measures).find((s) => s.id === 'chn-2025-annex1-100');
 * // → { importer: 'CHN', origins: ['CAN'], include: ['1514', '2306', ...], start: '2025-03-20', ... }
 */
export function coverageSpecs(measures: readonly Measure[]): CoverageSpec[] {
  const endOf = measureEnds(measures);
  return measures
    .filter((m) => m.rate !== undefined || (m.producerRates?.length ?? 0) > 0)
    .map((m) => ({
      id: m.id,
      importer: m.imposer,
      origins: m.targets.origins,
      except: m.targets.except ?? [],
      include: [...new Set(m.scope.include.map((p) => p.slice(0, 6)))],
      exclude: (m.scope.exclude ?? []).filter((p) => p.length <= 6),
      start: m.dates.effective,
      end: endOf(m)?.date ?? null,
    }));
}

/**
 * True when the measure covers the flow: same importer, a targeted exporter, and a scope
 * prefix that contains the flow's whole product code.
 *
 * @example
 * specCovers(annex1, { importer: 'CHN', exporter: 'CAN', hs: '230641', value: 1 }); // true
 */
export function specCovers(spec: CoverageSpec, flow: CoverageFlow): boolean {
  if (flow.importer !== spec.importer || spec.except.includes(flow.exporter)) return false;
  if (spec.origins !== '*' && !spec.origins.includes(flow.exporter)) return false;
  if (!spec.include.some((p) => flow.hs.startsWith(p))) return false;
  return !spec.exclude.some((p) => flow.hs.startsWith(p));
}

/**
 * Covered trade per year by the max-share rule, with a plain loop over every flow and measure.
 *
 * @example
 * coverageByLoop(specs, flows2024, [2025]); // Map { 2025 => 2339315068.49 }
 */
export function coverageByLoop(
  specs: readonly CoverageSpec[],
  flows: readonly CoverageFlow[],
  years: readonly number[],
): Map<number, number> {
  const shares = specs.map((s) => years.map((y) => fractionOfYear(shareOfYear(s.start, s.end, y))));
  const out = new Map<number, number>(years.map((y) => [y, 0]));
  for (const f of flows) {
    const best = years.map(() => 0);
    for (let i = 0; i < specs.length; i++) {
      if (!specCovers(specs[i] as CoverageSpec, f)) continue;
      const row = shares[i] as number[];
      for (let y = 0; y < years.length; y++)
        best[y] = Math.max(best[y] as number, row[y] as number);
    }
    years.forEach((year, y) => out.set(year, (out.get(year) ?? 0) + f.value * (best[y] as number)));
  }
  return out;
}
