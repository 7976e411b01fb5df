import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SmartSupplier } from './smart.ts';
import { WITS_DEFAULTS, diversionGain, smartLine, tradeCreation } from './smart.ts';
import { linearCut, swissFormula } from './tariff-cuts.ts';

describe('SMART on hand-computed cases', () => {
  it('creates trade when a 25% tariff is removed: 1000 · −1 · −0.25 / 1.25 = 200', () => {
    expect(tradeCreation(1000, 2500, 0, WITS_DEFAULTS)).toBeCloseTo(200, 9);
  });

  it('damps creation by the export supply elasticity when it is finite', () => {
    // 1000 · −1 · −0.25 / (1.25 · (1 − (−1/4))) = 250 / 1.5625 = 160
    expect(tradeCreation(1000, 2500, 0, { em: -1, es: 1.5, ex: 4 })).toBeCloseTo(160, 9);
  });

  it('diverts 1000·3000·0.3 / (1000 + 3000 + 300) = 209.30… to a supplier made 20% cheaper', () => {
    expect(diversionGain(1000, 3000, 1.5, 0.2)).toBeCloseTo(900_000 / 4300, 9);
  });

  it('works a whole line: creation, diversion, revenue and welfare', () => {
    const line = smartLine(
      [
        { exporter: 'CAN', imports: 1000, t0: 2500, t1: 0 },
        { exporter: 'AUS', imports: 3000, t0: 0, t1: 0 },
      ],
      WITS_DEFAULTS,
    );
    const [can, aus] = line.suppliers;
    expect(can?.creation).toBeCloseTo(200, 9);
    // CAN's price falls from 1.25 to 1: by 20% relative to AUS
    expect(can?.diversion).toBeCloseTo(900_000 / 4300, 9);
    expect(aus?.diversion).toBeCloseTo(-900_000 / 4300, 9);
    expect(aus?.creation).toBe(0);
    expect(line.revenueBefore).toBeCloseTo(250, 9);
    expect(line.revenueAfter).toBe(0);
    expect(line.welfare).toBeCloseTo(0.5 * 0.25 * 200, 9);
    expect(line.price).toBe(0);
  });

  it('counts a tariff rise as a welfare loss: ½ · 0.25 · (−250) = −31.25', () => {
    const line = smartLine(
      [
        { exporter: 'CAN', imports: 1000, t0: 0, t1: 2500 },
        { exporter: 'AUS', imports: 3000, t0: 0, t1: 0 },
      ],
      WITS_DEFAULTS,
    );
    const [can, aus] = line.suppliers;
    // TC = 1000 · −1 · 0.25 / (1 · 1) = −250
    expect(can?.creation).toBeCloseTo(-250, 9);
    // CAN's price rises by 25%: relative to it, AUS is 1 − 1/1.25 = 20% cheaper and gains
    // 3000·1000·0.3 / (3000 + 1000 + 900) = 183.67… from it
    expect(aus?.diversion).toBeCloseTo(900_000 / 4900, 9);
    expect(can?.diversion).toBeCloseTo(-900_000 / 4900, 9);
    expect(line.welfare).toBeCloseTo(-31.25, 9);
    expect(line.revenueBefore).toBe(0);
    expect(line.revenueAfter).toBeCloseTo(0.25 * (1000 - 250 - 900_000 / 4900), 9);
  });

  it('counts the same change undone as the opposite sign of welfare: a cut from 25% gains', () => {
    // back from 25% to 0 on the 1000 imported at 25%: TC = 1000 · −1 · −0.25 / 1.25 = 200
    const cut = smartLine([{ exporter: 'CAN', imports: 1000, t0: 2500, t1: 0 }], WITS_DEFAULTS);
    expect(cut.welfare).toBeCloseTo(0.5 * 0.25 * 200, 9);
  });

  it('moves world prices when export supply is finite: Em·τ/(Ex − Em)', () => {
    const line = smartLine([{ exporter: 'CAN', imports: 1000, t0: 2500, t1: 0 }], {
      em: -1,
      es: 1.5,
      ex: 4,
    });
    // τ = −0.25/1.25 = −0.2; price change = −1·−0.2/5 = 0.04 → 40
    expect(line.price).toBeCloseTo(40, 9);
    expect(line.total).toBeCloseTo(160 + 40, 9);
  });

  it('applies linear cuts and the Swiss formula in basis points', () => {
    expect(linearCut(1000, 5000)).toBe(500);
    expect(swissFormula(2500, 2500)).toBe(1250);
    expect(swissFormula(10_000, 2500)).toBe(2000);
    expect(swissFormula(0, 2500)).toBe(0);
  });
});

const supplier = fc.record({
  exporter: fc.constantFrom('CAN', 'AUS', 'USA', 'FRA'),
  imports: fc.integer({ min: 0, max: 1e9 }),
  t0: fc.integer({ min: 0, max: 20_000 }),
  t1: fc.integer({ min: 0, max: 20_000 }),
});
const params = fc.record({
  em: fc.double({ min: -5, max: -0.01, noNaN: true }),
  es: fc.double({ min: 0, max: 10, noNaN: true }),
  ex: fc.oneof(fc.constant(99), fc.double({ min: 0.5, max: 50, noNaN: true })),
});

describe('SMART properties', () => {
  it('never lowers the beneficiary’s imports when its tariff is removed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.array(supplier.map((s) => ({ ...s, t1: s.t0 }))),
        params,
        (m, t0, others, p) => {
          const line = smartLine([{ exporter: 'BEN', imports: m, t0, t1: 0 }, ...others], p);
          expect(line.suppliers[0]?.total).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('diversion sums to zero for the importer and never takes more than a supplier has', () => {
    fc.assert(
      fc.property(fc.array(supplier, { maxLength: 8 }), params, (suppliers, p) => {
        const line = smartLine(suppliers, p);
        const scale = Math.max(1, ...suppliers.map((s) => s.imports));
        expect(Math.abs(line.diversion) / scale).toBeLessThan(1e-9);
        for (const e of line.suppliers)
          expect(e.diversion).toBeGreaterThanOrEqual(-e.imports * (1 + 1e-9));
      }),
    );
  });

  it('gives welfare the sign of the change: a loss when no tariff falls, a gain when none rises', () => {
    fc.assert(
      fc.property(fc.array(supplier, { minLength: 1, maxLength: 8 }), params, (suppliers, p) => {
        const rises = suppliers.map((s) => ({ ...s, t1: Math.max(s.t0, s.t1) }));
        const cuts = suppliers.map((s) => ({ ...s, t1: Math.min(s.t0, s.t1) }));
        expect(smartLine(rises, p).welfare).toBeLessThanOrEqual(0);
        expect(smartLine(cuts, p).welfare).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('changes nothing when no tariff changes', () => {
    fc.assert(
      fc.property(fc.array(supplier.map((s) => ({ ...s, t1: s.t0 }))), params, (suppliers, p) => {
        const line = smartLine(suppliers as SmartSupplier[], p);
        expect(line.total).toBe(0);
        expect(line.welfare).toBe(0);
        expect(line.revenueAfter).toBeCloseTo(line.revenueBefore, 6);
        for (const e of line.suppliers) expect(e.total).toBe(0);
      }),
    );
  });
});
