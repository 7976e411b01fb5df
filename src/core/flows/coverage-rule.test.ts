import { describe, expect, it } from 'vitest';
import type { Measure } from '../model/measure.ts';
import type { CoverageFlow, CoverageSpec } from './coverage-rule.ts';
import { coverageByLoop, coverageSpecs, leviedShares, specCovers } from './coverage-rule.ts';
import { spec } from './test-specs.ts';

const flow = (hs: string, value: number, exporter = 'CAN'): CoverageFlow => ({
  importer: 'CHN',
  exporter,
  hs,
  value,
});

describe('the coverage rule', () => {
  it('covers a flow inside the scope, from a targeted exporter, into the imposer', () => {
    expect(specCovers(spec({}), flow('030612', 1))).toBe(true);
    expect(specCovers(spec({}), flow('020322', 1))).toBe(false);
    expect(specCovers(spec({}), flow('030612', 1, 'USA'))).toBe(false);
    expect(specCovers(spec({ importer: 'CAN' }), flow('030612', 1))).toBe(false);
  });

  it('honours every-origin targets with exceptions, and exclusions', () => {
    const any = spec({ origins: '*', except: ['USA'], exclude: ['0306'] });
    expect(specCovers(any, flow('030311', 1, 'NOR'))).toBe(true);
    expect(specCovers(any, flow('030311', 1, 'USA'))).toBe(false);
    expect(specCovers(any, flow('030612', 1, 'NOR'))).toBe(false);
  });

  it('does not count an aggregate the scope covers only in part', () => {
    expect(specCovers(spec({ include: ['0306'] }), flow('03', 1))).toBe(false);
    expect(specCovers(spec({ include: ['03'] }), flow('03', 1))).toBe(true);
  });

  it('takes the largest share where measures overlap, not the sum', () => {
    // A: all of 2025; B: from 2025-07-02 (183 days of 365). One flow hit by both.
    const a = spec({ id: 'a', start: '2025-01-01' });
    const b = spec({ id: 'b', start: '2025-07-02' });
    const got = coverageByLoop([a, b], [flow('030612', 365)], [2025]);
    expect(got.get(2025)).toBe(365);
    const onlyB = coverageByLoop([b], [flow('030612', 365)], [2025]);
    expect(onlyB.get(2025)).toBeCloseTo(183, 9);
  });

  it('weighs a leap year by 366 days', () => {
    const got = coverageByLoop([spec({ start: '2024-12-31' })], [flow('030612', 366)], [2024]);
    expect(got.get(2024)).toBe(1);
  });
});

const measure = (over: Partial<Measure> & Pick<Measure, 'id' | 'scope'>): Measure => ({
  title: over.id,
  kind: 'tariff',
  imposer: 'CHN',
  targets: { origins: ['CAN'] },
  rate: { bp: 10_000 },
  stacking: { rule: 'add' },
  dates: { effective: '2025-03-20' },
  sources: ['src'],
  confidence: 'confirmed',
  ...over,
});
const suspension = (over: Partial<Measure> & Pick<Measure, 'id' | 'scope'>): Measure =>
  measure({
    kind: 'suspension',
    rate: undefined,
    stacking: { rule: 'suspend', measures: ['annex1'] },
    dates: { effective: '2026-03-01', expires: '2026-12-31' },
    ...over,
  });

describe('suspensions and exemptions in coverage', () => {
  const annex1 = measure({ id: 'annex1', scope: { include: ['1514', '2306', '071310'] } });

  it('lifts a measure on the lines and origins a suspension names, for its days', () => {
    const specs = coverageSpecs([
      annex1,
      suspension({ id: 'susp', scope: { include: ['2306', '071310'] } }),
    ]);
    expect(specs.map((s) => s.id)).toEqual(['annex1']); // the suspension covers nothing itself
    const [spec] = specs as [CoverageSpec];
    expect(spec.lifts).toEqual([
      {
        by: 'susp',
        origins: ['CAN'],
        except: [],
        include: ['2306', '071310'],
        exclude: [],
        start: '2026-03-01',
        end: '2027-01-01',
      },
    ]);
    expect(leviedShares(spec, flow('230641', 1), [2025, 2026, 2027])).toEqual([
      287 / 365,
      59 / 365,
      1,
    ]);
    // rapeseed oil was not named: levied all of 2026
    expect(leviedShares(spec, flow('151491', 1), [2026])).toEqual([1]);
    const got = coverageByLoop(specs, [flow('230641', 365), flow('151491', 365)], [2026]);
    expect(got.get(2026)).toBeCloseTo(59 + 365, 9);
  });

  it('keeps a line levied where a lift reaches only part of it', () => {
    const narrow = suspension({ id: 'narrow', scope: { include: ['23064100'] } });
    const [spec] = coverageSpecs([annex1, narrow]) as [CoverageSpec];
    expect(spec.lifts).toEqual([]);
    // but a measure on that 8-digit line alone is lifted on the whole of its HS6 line
    const line = measure({ id: 'annex1', scope: { include: ['23064100'] } });
    const [own] = coverageSpecs([line, narrow]) as [CoverageSpec];
    expect(own.lifts.map((l) => l.include)).toEqual([['230641']]);
    // a lift excluding part of a line leaves the whole line levied
    const holed = suspension({ id: 'holed', scope: { include: ['2306'], exclude: ['23064100'] } });
    const [h] = coverageSpecs([annex1, holed]) as [CoverageSpec];
    expect(leviedShares(h, flow('230641', 1), [2026])).toEqual([1]);
    expect(leviedShares(h, flow('230690', 1), [2026])).toEqual([59 / 365]);
  });

  it('lifts only for the origins the suspension targets, and only by the same imposer', () => {
    const wide = measure({ id: 'annex1', targets: { origins: '*' }, scope: { include: ['2306'] } });
    const forAus = suspension({
      id: 's',
      targets: { origins: ['AUS'] },
      scope: { include: ['23'] },
    });
    const [spec] = coverageSpecs([wide, forAus]) as [CoverageSpec];
    expect(leviedShares(spec, flow('230641', 1, 'AUS'), [2026])).toEqual([59 / 365]);
    expect(leviedShares(spec, flow('230641', 1, 'CAN'), [2026])).toEqual([1]);
    const foreign = suspension({ id: 'f', imposer: 'USA', scope: { include: ['23'] } });
    expect((coverageSpecs([wide, foreign])[0] as CoverageSpec).lifts).toEqual([]);
  });

  it('counts an exemption like a suspension, and lifts only measures that add duty', () => {
    const exemption = suspension({
      id: 'ex',
      kind: 'exemption',
      stacking: { rule: 'exempt', measures: ['annex1'] },
      dates: { effective: '2026-01-01' },
      scope: { include: ['071310'] },
    });
    const [spec] = coverageSpecs([annex1, exemption]) as [CoverageSpec];
    expect(leviedShares(spec, flow('071310', 1), [2026, 2027])).toEqual([0, 0]);
    const quota = measure({ id: 'annex1', stacking: { rule: 'replace' }, scope: annex1.scope });
    expect((coverageSpecs([quota, exemption])[0] as CoverageSpec).lifts).toEqual([]);
  });

  it('never gives a larger share than the measure was in force', () => {
    const specs = coverageSpecs([
      annex1,
      suspension({ id: 'a', scope: { include: ['23'] }, dates: { effective: '2024-01-01' } }),
      suspension({ id: 'b', scope: { include: ['2306'] } }),
    ]);
    const spec = specs[0] as CoverageSpec;
    const years = [2024, 2025, 2026, 2027];
    const plain = coverageByLoop([{ ...spec, lifts: [] }], [flow('230641', 1)], years);
    const lifted = coverageByLoop(specs, [flow('230641', 1)], years);
    for (const y of years) expect(lifted.get(y)).toBeLessThanOrEqual(plain.get(y) ?? 0);
    expect(lifted.get(2026)).toBe(0);
  });
});
