import { describe, expect, it } from 'vitest';
import type { CoverageFlow, CoverageSpec } from './coverage-rule.ts';
import { coverageByLoop, specCovers } from './coverage-rule.ts';

const spec = (over: Partial<CoverageSpec>): CoverageSpec => ({
  id: 'm',
  importer: 'CHN',
  origins: ['CAN'],
  except: [],
  include: ['03'],
  exclude: [],
  start: '2025-03-20',
  end: null,
  ...over,
});
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
