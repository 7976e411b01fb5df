/**
 * Global Trade Alert's trade-coverage rule, in pure code: a measure covers the (importer,
 * exporter, HS6) tuples its imposer, targets and scope name; per year it counts for the share
 * of the year it was levied on the tuple (in force, less the days a suspension or exemption
 * naming it lifted it there); where several measures hit one tuple the largest share counts,
 * not the sum; the share weighs the tuple's trade in a base year. The DuckDB query in
 * src/flows/coverage.ts computes the same thing at scale; this version is its test oracle and
 * the benchmark's plain-loop baseline.
 */
import { addsDuty } from '../duty/resolve.ts';
import { measureEnds } from '../measures.ts';
import type { IsoDate } from '../dates.ts';
import type { Measure } from '../model/measure.ts';
import { fractionOfYear, leviedShareOfYear, shareOfYear } from './share-of-year.ts';

/** Who and what a measure (or a lift of it) reaches within its importer. */
export interface Reach {
  /** Exporters targeted, or '*' for every origin. */
  readonly origins: '*' | readonly string[];
  readonly except: readonly string[];
  /** Scope prefixes of at most six digits: HS6 is the finest level trade data has. */
  readonly include: readonly string[];
  /** Exclusions of whole HS6 lines or broader. */
  readonly exclude: readonly string[];
}

/**
 * Where and when a suspension or exemption naming a measure stops it being levied. Only whole
 * HS6 lines count: a lift of part of a line leaves the measure levied on the rest, and GTA counts
 * a line a measure hits in part as covered.
 */
export interface CoverageLift extends Reach {
  /** The suspension or exemption. */
  readonly by: string;
  readonly start: IsoDate;
  /** First day the lift no longer holds, or null. */
  readonly end: IsoDate | null;
}

/**
 * What coverage needs of a measure: who, on whom, on what, from when to when, and where and when
 * it was lifted. `include` holds the scope prefixes cut to six digits; `exclude` only exclusions
 * of whole HS6 lines or broader (longer ones cannot be seen in HS6 data).
 */
export interface CoverageSpec extends Reach {
  readonly id: string;
  readonly importer: string;
  readonly start: IsoDate;
  /** First day no longer in force, or null. */
  readonly end: IsoDate | null;
  /** Suspensions and exemptions naming the measure, by the same imposer. */
  readonly lifts: readonly CoverageLift[];
}

/** One trade flow as coverage reads it; `hs` has 6 digits, or fewer for a published aggregate. */
export interface CoverageFlow {
  readonly importer: string;
  readonly exporter: string;
  readonly hs: string;
  readonly value: number;
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)];

/**
 * The HS6 lines (or broader prefixes) on which a lift takes the whole of a measure off: its own
 * prefixes of six digits or fewer, and each HS6 line where every prefix of the measure touching
 * the line is a narrower one that the lift's prefixes contain.
 */
function liftedPrefixes(measure: readonly string[], lift: readonly string[]): string[] {
  const out = lift.filter((q) => q.length <= 6);
  for (const line of uniq(lift.filter((q) => q.length > 6).map((q) => q.slice(0, 6)))) {
    const touching = measure.filter((p) => p.startsWith(line) || line.startsWith(p));
    if (
      touching.length > 0 &&
      touching.every((p) => p.length > 6 && lift.some((q) => p.startsWith(q)))
    )
      out.push(line);
  }
  return uniq(out);
}

/** The lifts of a measure: suspensions and exemptions of the same imposer naming it. */
function liftsOf(
  m: Measure,
  naming: ReadonlyMap<string, readonly Measure[]>,
  endOf: ReturnType<typeof measureEnds>,
): CoverageLift[] {
  // the duty engine only lifts layers that add duty (see core/duty/resolve.ts)
  if (!addsDuty({ measure: m })) return [];
  return (naming.get(m.id) ?? [])
    .filter((l) => l.imposer === m.imposer && l.targets.condition === undefined)
    .map((l) => ({
      by: l.id,
      origins: l.targets.origins,
      except: l.targets.except ?? [],
      include: liftedPrefixes(m.scope.include, l.scope.include),
      // a line only partly excluded from the lift stays levied on that part: exclude it whole
      exclude: uniq((l.scope.exclude ?? []).map((p) => p.slice(0, 6))),
      start: l.dates.effective,
      end: endOf(l)?.date ?? null,
    }))
    .filter((l) => l.include.length > 0);
}

/**
 * The coverage specs of the measures that levy a duty (those with a rate); suspensions and
 * exemptions have none and cover no trade of their own, but shorten the share of the year of
 * the measures they name, on the part of the scope and the origins they reach.
 *
 * @example
 * coverageSpecs(catalog.dossier.measures).find((s) => s.id === 'chn-2025-annex1-100');
 * // → { importer: 'CHN', origins: ['CAN'], include: ['1514', '2306', ...], start: '2025-03-20', ... }
 */
export function coverageSpecs(measures: readonly Measure[]): CoverageSpec[] {
  const endOf = measureEnds(measures);
  const naming = new Map<string, Measure[]>();
  for (const m of measures) {
    if (m.stacking.rule !== 'suspend' && m.stacking.rule !== 'exempt') continue;
    for (const id of m.stacking.measures) {
      const list = naming.get(id);
      if (list) list.push(m);
      else naming.set(id, [m]);
    }
  }
  return measures
    .filter((m) => m.rate !== undefined || (m.producerRates?.length ?? 0) > 0)
    .map((m) => ({
      id: m.id,
      importer: m.imposer,
      origins: m.targets.origins,
      except: m.targets.except ?? [],
      include: uniq(m.scope.include.map((p) => p.slice(0, 6))),
      exclude: (m.scope.exclude ?? []).filter((p) => p.length <= 6),
      start: m.dates.effective,
      end: endOf(m)?.date ?? null,
      lifts: liftsOf(m, naming, endOf),
    }));
}

/** True when the reach takes in the exporter's trade in the product code `hs`. */
export function reaches(r: Reach, exporter: string, hs: string): boolean {
  if (r.except.includes(exporter)) return false;
  if (r.origins !== '*' && !r.origins.includes(exporter)) return false;
  if (!r.include.some((p) => hs.startsWith(p))) return false;
  return !r.exclude.some((p) => hs.startsWith(p));
}

/**
 * True when the measure covers the flow: same importer, a targeted exporter, and a scope
 * prefix that contains the flow's whole product code.
 *
 * @example
 * specCovers(annex1, { importer: 'CHN', exporter: 'CAN', hs: '230641', value: 1 }); // true
 */
export function specCovers(spec: CoverageSpec, flow: CoverageFlow): boolean {
  return flow.importer === spec.importer && reaches(spec, flow.exporter, flow.hs);
}

/**
 * The share of each year the measure was levied on the flow's tuple (0 to 1).
 *
 * @example
 * leviedShares(annex1, { importer: 'CHN', exporter: 'CAN', hs: '230641', value: 1 }, [2026]);
 * // → [59 / 365]: suspended from 2026-03-01
 */
export function leviedShares(
  spec: CoverageSpec,
  flow: CoverageFlow,
  years: readonly number[],
): number[] {
  const lifted = spec.lifts.filter((l) => reaches(l, flow.exporter, flow.hs));
  return years.map((y) => fractionOfYear(leviedShareOfYear(spec.start, spec.end, lifted, y)));
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
      const spec = specs[i] as CoverageSpec;
      if (!specCovers(spec, f)) continue;
      const row = spec.lifts.length > 0 ? leviedShares(spec, f, years) : (shares[i] as number[]);
      for (let y = 0; y < years.length; y++)
        best[y] = Math.max(best[y] as number, row[y] as number);
    }
    years.forEach((year, y) => out.set(year, (out.get(year) ?? 0) + f.value * (best[y] as number)));
  }
  return out;
}
