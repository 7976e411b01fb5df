/**
 * Trade coverage of measures at scale, by Global Trade Alert's method (see
 * src/core/flows/coverage-rule.ts for the rule in plain code): the measures' (importer,
 * exporter, HS prefix) keys are joined to the base year's flows in DuckDB, one hash join per
 * prefix length, and the max-share rule is one GROUP BY.
 */
import type { CoverageSpec } from '../core/flows/coverage-rule.ts';
import { fractionOfYear, shareOfYear } from '../core/flows/share-of-year.ts';
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

async function loadSpecs(duck: Duck, q: CoverageQuery): Promise<void> {
  await duck.run(`CREATE OR REPLACE TEMP TABLE m_key (mid INTEGER, importer VARCHAR,
    exporter VARCHAR, prefix VARCHAR, plen INTEGER)`);
  await duck.run('CREATE OR REPLACE TEMP TABLE m_except (mid INTEGER, exporter VARCHAR)');
  await duck.run('CREATE OR REPLACE TEMP TABLE m_excl (mid INTEGER, prefix VARCHAR)');
  await duck.run('CREATE OR REPLACE TEMP TABLE m_share (mid INTEGER, year INTEGER, share DOUBLE)');
  const key = await duck.connection.createAppender('m_key');
  const except = await duck.connection.createAppender('m_except');
  const excl = await duck.connection.createAppender('m_excl');
  const share = await duck.connection.createAppender('m_share');
  q.specs.forEach((s, mid) => {
    for (const prefix of s.include) {
      // '*' as the exporter key means any origin; exceptions are removed afterwards
      for (const exporter of s.origins === '*' ? ['*'] : s.origins) {
        key.appendInteger(mid);
        key.appendVarchar(s.importer);
        key.appendVarchar(exporter);
        key.appendVarchar(prefix);
        key.appendInteger(prefix.length);
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
      share.appendInteger(year);
      share.appendDouble(f);
      share.endRow();
    }
  });
  for (const a of [key, except, excl, share]) a.closeSync();
}

/** The SQL that finds every (measure, tuple) hit in the base year: one join per prefix length. */
export function hitsSql(baseYear: number): string {
  const join = (len: number, anyOrigin: boolean) =>
    `SELECT k.mid, b.importer, b.exporter, b.hs, b.currency, b.value
     FROM base b JOIN m_key k ON k.importer = b.importer AND k.plen = ${len}
       AND k.prefix = left(b.hs, ${len})
       AND ${anyOrigin ? "k.exporter = '*'" : 'k.exporter = b.exporter'}
     WHERE length(b.hs) >= ${len}`;
  const parts = [2, 4, 6].flatMap((len) => [join(len, false), join(len, true)]);
  return `WITH base AS (
      SELECT importer, exporter, hs, currency, sum(value) AS value FROM flows
      WHERE year = ${baseYear} GROUP BY ALL),
    hits AS (${parts.join(' UNION ALL ')})
    SELECT DISTINCT h.* FROM hits h
    WHERE NOT EXISTS (SELECT 1 FROM m_except x WHERE x.mid = h.mid AND x.exporter = h.exporter)
      AND NOT EXISTS (SELECT 1 FROM m_excl e WHERE e.mid = h.mid AND starts_with(h.hs, e.prefix))`;
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
  const measures = await duck.rows<{
    mid: number;
    currency: string;
    value: number;
    tuples: number;
  }>(
    `SELECT mid, currency, sum(value) AS value, count(*) AS tuples FROM cov
     GROUP BY mid, currency ORDER BY mid, currency`,
  );
  const years = await duck.rows<YearCoverage>(
    `SELECT year, currency, CAST(round(sum(value * mx)) AS BIGINT) AS value FROM (
       SELECT c.importer, c.exporter, c.hs, c.currency, any_value(c.value) AS value, s.year,
         max(s.share) AS mx
       FROM cov c JOIN m_share s ON s.mid = c.mid
       GROUP BY c.importer, c.exporter, c.hs, c.currency, s.year)
     GROUP BY year, currency ORDER BY year, currency`,
  );
  const pairs = await duck.rows<PairCoverage>(
    `WITH covered AS (SELECT DISTINCT importer, exporter, hs, currency, value FROM cov),
     hit AS (SELECT importer, exporter, currency, sum(value) AS covered FROM covered GROUP BY ALL),
     total AS (SELECT importer, exporter, currency, sum(value) AS total FROM flows
       WHERE year = ${q.baseYear} GROUP BY ALL)
     SELECT h.importer, h.exporter, h.currency, h.covered, t.total FROM hit h
     JOIN total t USING (importer, exporter, currency)
     ORDER BY h.covered DESC, h.importer, h.exporter`,
  );
  const chapters = await duck.rows<ChapterCoverage>(
    `SELECT left(hs, 2) AS chapter, currency, sum(value) AS value
     FROM (SELECT DISTINCT importer, exporter, hs, currency, value FROM cov)
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
