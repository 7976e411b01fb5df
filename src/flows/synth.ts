/**
 * A deterministic synthetic BACI file for tests and benchmarks: the same rows, seed and years
 * give the same bytes. Trade is skewed as real trade is: a few exporters, importers and products
 * carry most flows, and values follow a Pareto law (many small flows, a few very large ones).
 * Generated inside DuckDB from a hash of (seed, row), so ten million rows take seconds.
 */
import countries from 'i18n-iso-countries';
import { DetenteError } from '../core/errors.ts';
import { Duck, lit } from './duckdb.ts';

export interface SynthOptions {
  readonly rows: number;
  readonly seed: number;
  readonly out: string;
  /** First and last year; rows are spread evenly over them. */
  readonly years?: readonly [number, number];
}

export interface SynthReport {
  readonly out: string;
  readonly rows: number;
  readonly seed: number;
  readonly years: readonly [number, number];
  readonly seconds: number;
}

/** Large traders first, so the skew lands on them; then every other ISO numeric code. */
const FIRST = ['156', '840', '276', '392', '124', '250', '826', '410', '356', '484'];

const PRODUCTS = 5000;

/**
 * Writes a synthetic BACI CSV (`t,i,j,k,v,q`).
 *
 * @example
 * await synthesizeBaci({ rows: 1_000_000, seed: 42, out: '/tmp/baci.csv' });
 */
export async function synthesizeBaci(options: SynthOptions): Promise<SynthReport> {
  const { rows, seed, out } = options;
  const [from, to] = options.years ?? [2023, 2023];
  if (!Number.isSafeInteger(rows) || rows < 1)
    throw new DetenteError('invalid_argument', `--rows must be a whole number ≥ 1 (got ${rows})`);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new DetenteError('invalid_argument', `--seed must be a whole number ≥ 0 (got ${seed})`);
  if (!(from >= 1900 && to <= 2100 && from <= to))
    throw new DetenteError(
      'invalid_argument',
      `years must run forwards within 1900–2100 (got ${from}–${to})`,
    );
  const codes = [
    ...FIRST,
    ...Object.keys(countries.getNumericCodes())
      .map((c) => String(Number(c)))
      .filter((c) => !FIRST.includes(c))
      .sort((a, b) => Number(a) - Number(b)),
  ];
  const started = Date.now();
  const duck = await Duck.open();
  try {
    const u = (salt: number) => `((hash(${seed}, i, ${salt}) % 1000000007) / 1000000007.0)`;
    const n = codes.length;
    await duck.run(
      `CREATE TEMP TABLE codes AS SELECT (row_number() OVER () - 1)::INTEGER AS idx, c AS code
       FROM (SELECT unnest([${codes.map(lit).join(', ')}]) AS c)`,
    );
    // product p: chapter 01-97 (no 77), heading 01-26, subheading 10/20/…
    await duck.run(
      `CREATE TEMP TABLE products AS SELECT p::INTEGER AS idx,
         lpad(CAST(CASE WHEN p % 96 + 1 >= 77 THEN p % 96 + 2 ELSE p % 96 + 1 END AS VARCHAR), 2, '0')
         || lpad(CAST((p // 96) % 26 + 1 AS VARCHAR), 2, '0')
         || lpad(CAST((p // 2496) * 10 + 10 + p % 7 AS VARCHAR), 2, '0') AS k
       FROM range(${PRODUCTS}) r(p)`,
    );
    await duck.run(
      `COPY (
         SELECT ${from} + (i % ${to - from + 1}) AS t, e.code AS i, m.code AS j, p.k AS k,
           round(1.0 / pow(1 - 0.999999 * ${u(4)}, 1.1), 3) AS v,
           CASE WHEN ${u(5)} < 0.1 THEN NULL
                ELSE round(0.5 / pow(1 - 0.999999 * ${u(4)}, 1.1) * (0.2 + ${u(5)}), 3) END AS q
         FROM range(${rows}) r(i)
         JOIN codes e ON e.idx = CAST(floor(${n} * pow(${u(1)}, 3)) AS INTEGER)
         JOIN codes m ON m.idx = (CAST(floor(${n} * pow(${u(2)}, 3)) AS INTEGER)
           + CASE WHEN CAST(floor(${n} * pow(${u(2)}, 3)) AS INTEGER)
                     = CAST(floor(${n} * pow(${u(1)}, 3)) AS INTEGER) THEN 1 ELSE 0 END) % ${n}
         JOIN products p ON p.idx = CAST(floor(${PRODUCTS} * pow(${u(3)}, 2)) AS INTEGER)
         ORDER BY i
       ) TO ${lit(out)} (FORMAT csv, HEADER true)`,
    );
  } finally {
    duck.close();
  }
  return { out, rows, seed, years: [from, to], seconds: (Date.now() - started) / 1000 };
}
