/**
 * Trade coverage of measures at scale, by Global Trade Alert's method (see
 * src/core/flows/coverage-rule.ts for the rule in plain code): each base-year flow row is joined
 * once, by hash on (importer, prefix), to the measures' keys for its 2-, 4- and 6-digit
 * prefixes; only the hits are then summed per tuple (the base year is never aggregated whole).
 * Tuples hit by the same set of (measure, lifts) are summed together before the max-share rule,
 * so the rule runs over a few thousand sets, not over every tuple and year.
 */
import type { CoverageLift, CoverageSpec } from '../core/flows/coverage-rule.ts';
import { fractionOfYear, leviedShareOfYear, shareOfYear } from '../core/flows/share-of-year.ts';
import type { Duck } from './duckdb.ts';

export interface CoverageQuery {
  readonly specs: readonly CoverageSpec[];
  readonly baseYear: number;
  readonly years: readonly number[];
}

export interface MeasureCoverage {
  readonly id: string;
  readonly currency: string;
  /** Trade of the base year the measure covers (whole currency units). */
  readonly value: number;
  readonly tuples: number;
}

export interface YearCoverage {
  readonly year: number;
  readonly currency: string;
  /** Base-year trade weighted by the largest share of this year any measure ran. */
  readonly value: number;
}

export interface PairCoverage {
  readonly importer: string;
  readonly exporter: string;
  readonly currency: string;
  /** Trade of the base year under at least one measure, and the pair's whole trade. */
  readonly covered: number;
  readonly total: number;
}

export interface ChapterCoverage {
  readonly chapter: string;
  readonly currency: string;
  readonly value: number;
}

export interface CoverageTables {
  readonly measures: readonly MeasureCoverage[];
  readonly years: readonly YearCoverage[];
  readonly pairs: readonly PairCoverage[];
  readonly chapters: readonly ChapterCoverage[];
}

/** The prefixes not inside another one of the list. */
function minimalPrefixes(prefixes: readonly string[]): string[] {
  const kept: string[] = [];
  for (const p of [...new Set(prefixes)].sort((a, b) => a.length - b.length))
    if (!kept.some((k) => p.startsWith(k))) kept.push(p);
  return kept;
}

/** The lifts of every spec, numbered in order, with the spec each belongs to. */
function liftsOf(specs: readonly CoverageSpec[]): { mid: number; lift: CoverageLift }[] {
  return specs.flatMap((s, mid) => s.lifts.map((lift) => ({ mid, lift })));
}

/**
 * Loads the specs as tables: `m_key` (one row per scope prefix and targeted exporter, '*' for
 * any), `m_except`, `m_excl`, the share of each year of every measure not lifted anywhere
 * (`m_share`, signature ''), and the lifts' own keys, exceptions and exclusions.
 */
async function loadSpecs(duck: Duck, q: CoverageQuery): Promise<void> {
  await duck.run(`CREATE OR REPLACE TEMP TABLE m_key (mid INTEGER, importer VARCHAR,
    exporter VARCHAR, prefix VARCHAR)`);
  await duck.run('CREATE OR REPLACE TEMP TABLE m_except (mid INTEGER, exporter VARCHAR)');
  await duck.run('CREATE OR REPLACE TEMP TABLE m_excl (mid INTEGER, prefix VARCHAR)');
  await duck.run(`CREATE OR REPLACE TEMP TABLE m_share (mid INTEGER, sig VARCHAR, year INTEGER,
    share DOUBLE)`);
  await duck.run(`CREATE OR REPLACE TEMP TABLE l_key (lid INTEGER, mid INTEGER, exporter VARCHAR,
    prefix VARCHAR)`);
  await duck.run('CREATE OR REPLACE TEMP TABLE l_except (lid INTEGER, exporter VARCHAR)');
  await duck.run('CREATE OR REPLACE TEMP TABLE l_excl (lid INTEGER, prefix VARCHAR)');
  const c = duck.connection;
  const key = await c.createAppender('m_key');
  const except = await c.createAppender('m_except');
  const excl = await c.createAppender('m_excl');
  const share = await c.createAppender('m_share');
  const lkey = await c.createAppender('l_key');
  const lexcept = await c.createAppender('l_except');
  const lexcl = await c.createAppender('l_excl');
  q.specs.forEach((s, mid) => {
    // with no prefix inside another and each exporter once, a flow meets at most one key of a spec
    for (const prefix of minimalPrefixes(s.include)) {
      // '*' as the exporter key means any origin; exceptions are removed afterwards
      for (const exporter of s.origins === '*' ? ['*'] : new Set(s.origins)) {
        key.appendInteger(mid);
        key.appendVarchar(s.importer);
        key.appendVarchar(exporter);
        key.appendVarchar(prefix);
        key.endRow();
      }
    }
    for (const exporter of s.except) {
      except.appendInteger(mid);
      except.appendVarchar(exporter);
      except.endRow();
    }
    for (const prefix of s.exclude) {
      excl.appendInteger(mid);
      excl.appendVarchar(prefix);
      excl.endRow();
    }
    for (const year of q.years) {
      const f = fractionOfYear(shareOfYear(s.start, s.end, year));
      if (f === 0) continue;
      share.appendInteger(mid);
      share.appendVarchar('');
      share.appendInteger(year);
      share.appendDouble(f);
      share.endRow();
    }
  });
  liftsOf(q.specs).forEach(({ mid, lift }, lid) => {
    for (const prefix of lift.include)
      for (const exporter of lift.origins === '*' ? ['*'] : lift.origins) {
        lkey.appendInteger(lid);
        lkey.appendInteger(mid);
        lkey.appendVarchar(exporter);
        lkey.appendVarchar(prefix);
        lkey.endRow();
      }
    for (const exporter of lift.except) {
      lexcept.appendInteger(lid);
      lexcept.appendVarchar(exporter);
      lexcept.endRow();
    }
    for (const prefix of lift.exclude) {
      lexcl.appendInteger(lid);
      lexcl.appendVarchar(prefix);
      lexcl.endRow();
    }
  });
  for (const a of [key, except, excl, share, lkey, lexcept, lexcl]) a.closeSync();
}

/**
 * The lifts reaching each hit (`cov_lift`: a signature, the sorted lift numbers), and the share
 * of each year every (measure, signature) met was levied, added to `m_share`. Signatures are few
 * (a measure has one or two lifts), so their shares are worked out in plain code.
 */
async function liftShares(duck: Duck, q: CoverageQuery): Promise<void> {
  await duck.run(`CREATE OR REPLACE TEMP TABLE cov_lift AS
    SELECT mid, importer, exporter, hs, currency, string_agg(lid::VARCHAR, ',' ORDER BY lid) AS sig
    FROM (SELECT DISTINCT c.mid, c.importer, c.exporter, c.hs, c.currency, l.lid
      FROM cov c JOIN l_key l ON l.mid = c.mid
      WHERE starts_with(c.hs, l.prefix) AND (l.exporter = '*' OR l.exporter = c.exporter)
        AND NOT EXISTS (SELECT 1 FROM l_except x WHERE x.lid = l.lid AND x.exporter = c.exporter)
        AND NOT EXISTS (SELECT 1 FROM l_excl e WHERE e.lid = l.lid AND starts_with(c.hs, e.prefix)))
    GROUP BY ALL`);
  const sigs = await duck.rows<{ mid: number; sig: string }>(
    'SELECT DISTINCT mid, sig FROM cov_lift',
  );
  const lifts = liftsOf(q.specs).map((l) => l.lift);
  const share = await duck.connection.createAppender('m_share');
  for (const { mid, sig } of sigs) {
    const s = q.specs[mid] as CoverageSpec;
    const lifted = sig.split(',').map((lid) => lifts[Number(lid)] as CoverageLift);
    for (const year of q.years) {
      const f = fractionOfYear(leviedShareOfYear(s.start, s.end, lifted, year));
      if (f === 0) continue;
      share.appendInteger(mid);
      share.appendVarchar(sig);
      share.appendInteger(year);
      share.appendDouble(f);
      share.endRow();
    }
  }
  share.closeSync();
}

/**
 * The SQL that finds every (measure, tuple) hit in the base year with the tuple's trade: each
 * row's prefixes (as many as its code has digits for) meet the keys in one hash join.
 */
export function hitsSql(baseYear: number): string {
  return `WITH rows AS (
      SELECT importer, exporter, hs, currency, value,
        unnest(CASE length(hs) WHEN 6 THEN [left(hs, 2), left(hs, 4), hs]
          WHEN 4 THEN [left(hs, 2), hs] ELSE [hs] END) AS prefix
      FROM flows WHERE year = ${baseYear}),
    hits AS (
      SELECT k.mid, r.importer, r.exporter, r.hs, r.currency, r.value
      FROM rows r JOIN m_key k ON k.importer = r.importer AND k.prefix = r.prefix
      WHERE k.exporter = r.exporter OR k.exporter = '*')
    SELECT mid, importer, exporter, hs, currency, sum(value) AS value FROM hits h
    WHERE NOT EXISTS (SELECT 1 FROM m_except x WHERE x.mid = h.mid AND x.exporter = h.exporter)
      AND NOT EXISTS (SELECT 1 FROM m_excl e WHERE e.mid = h.mid AND starts_with(h.hs, e.prefix))
    GROUP BY ALL`;
}

/**
 * Coverage of the measures over the `flows` view (see view.ts).
 *
 * @example
 * await openFlowsView(duck, 'data');
 * const t = await coverageTables(duck, { specs, baseYear: 2024, years: [2025, 2026] });
 * t.years; // [{ year: 2025, currency: 'CAD', value: 2294... }, ...]
 */
export async function coverageTables(duck: Duck, q: CoverageQuery): Promise<CoverageTables> {
  await loadSpecs(duck, q);
  await duck.run(`CREATE OR REPLACE TEMP TABLE cov AS ${hitsSql(q.baseYear)}`);
  await liftShares(duck, q);
  const measures = await duck.rows<{
    mid: number;
    currency: string;
    value: number;
    tuples: number;
  }>(
    `SELECT mid, currency, sum(value) AS value, count(*) AS tuples FROM cov
     GROUP BY mid, currency ORDER BY mid, currency`,
  );
  // each covered tuple once, with the set of (measure:lifts) hitting it, in no set order: the
  // max-share rule does not depend on it, and sorting each set cost most of this step
  await duck.run(`CREATE OR REPLACE TEMP TABLE cov_tuple AS
    SELECT c.importer, c.exporter, c.hs, c.currency, any_value(c.value) AS value,
      string_agg(c.mid::VARCHAR || ':' || coalesce(l.sig, ''), ' ') AS hitset
    FROM cov c LEFT JOIN cov_lift l USING (mid, importer, exporter, hs, currency)
    GROUP BY c.importer, c.exporter, c.hs, c.currency`);
  const years = await duck.rows<YearCoverage>(
    `WITH sets AS (
       SELECT hitset, currency, sum(value) AS value FROM cov_tuple GROUP BY ALL),
     members AS (
       SELECT DISTINCT hitset, unnest(string_split(hitset, ' ')) AS member FROM sets),
     best AS (
       SELECT m.hitset, s.year, max(s.share) AS mx FROM members m
       JOIN m_share s ON s.mid = CAST(split_part(m.member, ':', 1) AS INTEGER)
         AND s.sig = split_part(m.member, ':', 2)
       GROUP BY ALL)
     SELECT b.year, t.currency, CAST(round(sum(t.value * b.mx)) AS BIGINT) AS value
     FROM sets t JOIN best b USING (hitset)
     GROUP BY ALL ORDER BY year, currency`,
  );
  const pairs = await duck.rows<PairCoverage>(
    `WITH hit AS (SELECT importer, exporter, currency, sum(value) AS covered FROM cov_tuple
       GROUP BY ALL),
     total AS (SELECT importer, exporter, currency, sum(value) AS total FROM flows
       WHERE year = ${q.baseYear}
         AND (importer, exporter) IN (SELECT (importer, exporter) FROM hit)
       GROUP BY ALL)
     SELECT h.importer, h.exporter, h.currency, h.covered, t.total FROM hit h
     JOIN total t USING (importer, exporter, currency)
     ORDER BY h.covered DESC, h.importer, h.exporter`,
  );
  const chapters = await duck.rows<ChapterCoverage>(
    `SELECT left(hs, 2) AS chapter, currency, sum(value) AS value FROM cov_tuple
     GROUP BY ALL ORDER BY value DESC, chapter`,
  );
  return {
    measures: measures.map((m) => ({
      id: (q.specs[m.mid] as CoverageSpec).id,
      currency: m.currency,
      value: m.value,
      tuples: m.tuples,
    })),
    years,
    pairs,
    chapters,
  };
}
