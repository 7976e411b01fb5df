/**
 * The WITS-SMART partial-equilibrium model for one HS6 line of one importer: the effect of a
 * tariff change on imports from each supplier. Formulas from Laird & Yeats (1986), "The UNCTAD
 * Trade Policy Simulation Model", Annex I, and the WITS SMART documentation ("SMART
 * Theoretical Framework"; Jammes & Olarreaga, "Explaining SMART and GSIM", World Bank 2005).
 * Imports are valued at world prices normalised to 1, so a value is also a quantity.
 */

/** One supplier of the line: its imports in the base year and its tariff before and after. */
export interface SmartSupplier {
  readonly exporter: string;
  /** Imports from this supplier, whole currency units. */
  readonly imports: number;
  /** Tariff before and after, basis points. */
  readonly t0: number;
  readonly t1: number;
}

/** Elasticities: import demand Em (negative), substitution Es, export supply Ex. */
export interface SmartParams {
  readonly em: number;
  readonly es: number;
  /** 99 or more is treated as infinite, as in WITS: world prices do not move. */
  readonly ex: number;
}

/** WITS defaults: Em −1 where no estimate is given, Es 1.5, Ex 99 (infinite). */
export const WITS_DEFAULTS: SmartParams = { em: -1, es: 1.5, ex: 99 };

export interface SmartEffect {
  readonly exporter: string;
  readonly imports: number;
  readonly t0: number;
  readonly t1: number;
  readonly creation: number;
  readonly diversion: number;
  readonly price: number;
  readonly total: number;
}

export interface SmartLine {
  readonly suppliers: readonly SmartEffect[];
  readonly creation: number;
  /** Zero for the importer, up to rounding: what one supplier gains the others lose. */
  readonly diversion: number;
  readonly price: number;
  readonly total: number;
  readonly revenueBefore: number;
  readonly revenueAfter: number;
  readonly welfare: number;
}

const INFINITE_EX = 99;
const bp = (rate: number) => rate / 10_000;
/** No negative zeros in results: an unchanged value is 0. */
const z = (x: number) => (x === 0 ? 0 : x);

/**
 * Trade creation for one supplier (Laird & Yeats 1986, eq. for TC; WITS SMART):
 * TC = M · Em · dt / ((1 + t0) · (1 − Em/Ex)), with Em/Ex = 0 when Ex is infinite.
 * Imports cannot fall below zero, so a fall is capped at M.
 *
 * @example
 * tradeCreation(1000, 2500, 0, WITS_DEFAULTS); // 200: 1000 · −1 · −0.25 / 1.25
 */
export function tradeCreation(m: number, t0: number, t1: number, p: SmartParams): number {
  const supply = p.ex >= INFINITE_EX ? 0 : p.em / p.ex;
  const tc = (m * p.em * (bp(t1) - bp(t0))) / ((1 + bp(t0)) * (1 - supply));
  return z(Math.max(-m, tc));
}

/**
 * Trade diversion between two groups of suppliers (Laird & Yeats 1986, eq. for TD; WITS
 * SMART): when the gainer's price relative to the loser's falls by a fraction r, it gains
 * Mg · Ml · Es · r / (Mg + Ml + Mg · Es · r), which never exceeds the loser's trade Ml.
 *
 * @example
 * diversionGain(1000, 3000, 1.5, 0.2); // 200: 1000·3000·0.3 / (1000 + 3000 + 300) ≈ 209.3
 */
export function diversionGain(mg: number, ml: number, es: number, r: number): number {
  if (mg <= 0 || ml <= 0 || r <= 0) return 0;
  const x = es * r;
  return (mg * ml * x) / (mg + ml + mg * x);
}

/**
 * The SMART effects of a tariff change on one line. Suppliers whose tariff changes are the
 * beneficiaries (or the targets, for a rise); diversion runs between them and the suppliers
 * whose tariff stays, pro rata to each one's trade within its group, and sums to zero.
 * With finite Ex, world prices move by Em·τ/(Ex − Em) (τ = dt/(1 + t0)): the price effect.
 * Welfare is WITS's triangle ½ · |t0 − t1| · TC (Laird & Yeats 1986, Annex I; WITS SMART,
 * "welfare effect"), summed over suppliers: the consumer surplus a cut gains, or a rise loses.
 * The size of the tariff change is taken unsigned and TC carries the sign. The literal product
 * ½ · (t0 − t1) · ΔM would be positive for a rise too (both factors negative), calling a loss a
 * gain.
 *
 * @example
 * const line = smartLine(
 *   [{ exporter: 'CAN', imports: 1000, t0: 2500, t1: 0 }, { exporter: 'AUS', imports: 3000, t0: 0, t1: 0 }],
 *   WITS_DEFAULTS,
 * );
 * line.suppliers[0].creation; // 200
 */
export function smartLine(suppliers: readonly SmartSupplier[], p: SmartParams): SmartLine {
  const changed = suppliers.filter((s) => s.t1 !== s.t0);
  const same = suppliers.filter((s) => s.t1 === s.t0);
  const sum = (xs: readonly SmartSupplier[], f: (s: SmartSupplier) => number) =>
    xs.reduce((a, s) => a + f(s), 0);
  const mb = sum(changed, (s) => s.imports);
  const mo = sum(same, (s) => s.imports);
  // relative domestic price of the changed group against the others (whose price stays)
  const ratio =
    mb > 0
      ? sum(changed, (s) => s.imports * (1 + bp(s.t1))) /
        sum(changed, (s) => s.imports * (1 + bp(s.t0)))
      : 1;
  let toChanged = 0;
  if (ratio < 1) toChanged = diversionGain(mb, mo, p.es, 1 - ratio);
  else if (ratio > 1) toChanged = -diversionGain(mo, mb, p.es, 1 - 1 / ratio);
  const finite = p.ex < INFINITE_EX;
  const effects = suppliers.map((s): SmartEffect => {
    const creation = tradeCreation(s.imports, s.t0, s.t1, p);
    const inChanged = s.t1 !== s.t0;
    const group = inChanged ? mb : mo;
    const share = group > 0 ? s.imports / group : 0;
    const diversion = (inChanged ? toChanged : -toChanged) * share;
    const tau = (bp(s.t1) - bp(s.t0)) / (1 + bp(s.t0));
    const price = finite ? (s.imports * p.em * tau) / (p.ex - p.em) : 0;
    const total = creation + diversion + price;
    return { ...s, creation, diversion: z(diversion), price: z(price), total: z(total) };
  });
  const add = (f: (e: SmartEffect) => number) => effects.reduce((a, e) => a + f(e), 0);
  return {
    suppliers: effects,
    creation: add((e) => e.creation),
    diversion: add((e) => e.diversion),
    price: add((e) => e.price),
    total: add((e) => e.total),
    revenueBefore: add((e) => bp(e.t0) * e.imports),
    revenueAfter: add((e) => bp(e.t1) * (e.imports + e.total)),
    welfare: add((e) => 0.5 * Math.abs(bp(e.t0) - bp(e.t1)) * e.creation),
  };
}
