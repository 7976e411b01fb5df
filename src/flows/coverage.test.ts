import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageFlow } from '../core/flows/coverage-rule.ts';
import { coverageByLoop } from '../core/flows/coverage-rule.ts';
import { coverageTables } from './coverage.ts';
import { Duck, lit } from './duckdb.ts';
import { spec } from '../core/flows/test-specs.ts';

let duck: Duck;
beforeAll(async () => {
  duck = await Duck.open();
});
afterAll(() => duck.close());

async function setFlows(year: number, flows: readonly CoverageFlow[], currency = 'USD') {
  await duck.run(`CREATE OR REPLACE TEMP TABLE flows (year INTEGER, importer VARCHAR,
    exporter VARCHAR, hs VARCHAR, value BIGINT, currency VARCHAR)`);
  if (flows.length === 0) return;
  const values = flows
    .map(
      (f) =>
        `(${year}, ${lit(f.importer)}, ${lit(f.exporter)}, ${lit(f.hs)}, ${f.value}, ${lit(currency)})`,
    )
    .join(', ');
  await duck.run(`INSERT INTO flows VALUES ${values}`);
}

describe('coverage in DuckDB', () => {
  it("weighs China's 25% on Canadian seafood and pork by the 287 days it ran in 2025", async () => {
    await setFlows(2024, [
      { importer: 'CHN', exporter: 'CAN', hs: '030612', value: 365_000 },
      { importer: 'CHN', exporter: 'CAN', hs: '020322', value: 730_000 },
      { importer: 'CHN', exporter: 'CAN', hs: '120510', value: 1_000_000 },
      { importer: 'CHN', exporter: 'AUS', hs: '030612', value: 5_000 },
    ]);
    const annex2 = spec({ id: 'annex2', include: ['0203', '03'] });
    const t = await coverageTables(duck, {
      specs: [annex2],
      baseYear: 2024,
      years: [2024, 2025, 2026],
    });
    expect(t.measures).toEqual([{ id: 'annex2', currency: 'USD', value: 1_095_000, tuples: 2 }]);
    expect(t.years).toEqual([
      { year: 2025, currency: 'USD', value: 287 * 3000 },
      { year: 2026, currency: 'USD', value: 1_095_000 },
    ]);
    expect(t.pairs).toEqual([
      { importer: 'CHN', exporter: 'CAN', currency: 'USD', covered: 1_095_000, total: 2_095_000 },
    ]);
    expect(t.chapters).toEqual([
      { chapter: '02', currency: 'USD', value: 730_000 },
      { chapter: '03', currency: 'USD', value: 365_000 },
    ]);
  });

  it('counts a measure suspended on part of its scope only for the days it was levied there', async () => {
    await setFlows(2025, [
      { importer: 'CHN', exporter: 'CAN', hs: '230641', value: 365_000 },
      { importer: 'CHN', exporter: 'CAN', hs: '151491', value: 730_000 },
    ]);
    // China's Annex 1 (oil, oil cakes) with oil cakes suspended from 2026-03-01 to 2026-12-31
    const annex1 = spec({
      id: 'annex1',
      include: ['1514', '2306'],
      lifts: [
        {
          by: 'suspension',
          origins: ['CAN'],
          except: [],
          include: ['2306'],
          exclude: [],
          start: '2026-03-01',
          end: '2027-01-01',
        },
      ],
    });
    const t = await coverageTables(duck, { specs: [annex1], baseYear: 2025, years: [2026, 2027] });
    expect(t.years).toEqual([
      { year: 2026, currency: 'USD', value: 730_000 + 59_000 },
      { year: 2027, currency: 'USD', value: 1_095_000 },
    ]);
    // the base-year trade it reaches is unchanged: suspension shortens time, not scope
    expect(t.measures).toEqual([{ id: 'annex1', currency: 'USD', value: 1_095_000, tuples: 2 }]);
  });

  it('agrees with the plain-loop rule on random measures and flows', async () => {
    const code = fc.constantFrom('CAN', 'CHN', 'USA', 'AUS');
    const hs = fc.constantFrom('030612', '030611', '020322', '120510', '230641', '03', '0203');
    const prefix = fc.constantFrom('03', '0306', '030612', '02', '12', '1205', '2306');
    const date = fc.constantFrom(
      '2023-06-01',
      '2024-01-01',
      '2024-02-29',
      '2025-03-20',
      '2026-03-01',
    );
    const liftArb = fc.record({
      by: fc.constant('s'),
      origins: fc.oneof(
        fc.constant('*' as const),
        fc.uniqueArray(code, { minLength: 1, maxLength: 2 }),
      ),
      except: fc.uniqueArray(code, { maxLength: 1 }),
      include: fc.uniqueArray(prefix, { minLength: 1, maxLength: 2 }),
      exclude: fc.uniqueArray(prefix, { maxLength: 1 }),
      start: date,
      end: fc.option(date, { nil: null }),
    });
    const specArb = fc.record({
      id: fc.constant('x'),
      importer: code,
      origins: fc.oneof(
        fc.constant('*' as const),
        fc.uniqueArray(code, { minLength: 1, maxLength: 3 }),
      ),
      except: fc.uniqueArray(code, { maxLength: 1 }),
      include: fc.uniqueArray(prefix, { minLength: 1, maxLength: 3 }),
      exclude: fc.uniqueArray(prefix, { maxLength: 1 }),
      start: date,
      end: fc.option(date, { nil: null }),
      lifts: fc.array(liftArb, { maxLength: 2 }),
    });
    const flowArb = fc.record({
      importer: code,
      exporter: code,
      hs,
      value: fc.integer({ min: 0, max: 1_000_000 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(specArb, { maxLength: 6 }),
        fc.uniqueArray(flowArb, {
          maxLength: 30,
          selector: (f) => `${f.importer}${f.exporter}${f.hs}`,
        }),
        async (specs, flows) => {
          await setFlows(2023, flows);
          const years = [2023, 2024, 2025, 2026];
          const t = await coverageTables(duck, { specs, baseYear: 2023, years });
          const expected = coverageByLoop(specs, flows, years);
          for (const y of years) {
            const got = t.years.find((r) => r.year === y)?.value ?? 0;
            expect(got).toBe(Math.round(expected.get(y) ?? 0));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
