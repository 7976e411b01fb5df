/**
 * Tariff-cutting formulas for simulation scenarios, on rates in basis points: a linear cut and
 * the Swiss formula t1 = a·t0 / (a + t0), which cuts high tariffs more than low ones.
 */

/**
 * A linear cut by a share (basis points of the rate: 5000 halves it).
 *
 * @example
 * linearCut(1000, 5000); // 500: 10% cut by half is 5%
 */
export const linearCut = (t0: number, cut: number): number =>
  Math.round((t0 * (10_000 - cut)) / 10_000);

/**
 * The Swiss formula with coefficient a (basis points): no tariff ends above a.
 *
 * @example
 * swissFormula(2500, 2500); // 1250: a 25% tariff with a = 25 becomes 12.5%
 */
export const swissFormula = (t0: number, a: number): number =>
  t0 <= 0 ? t0 : Math.round((a * t0) / (a + t0));
