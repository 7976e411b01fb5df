/** Invariants of duty stacking, checked on random worlds with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import type { BaseRate } from '../model/base-rate.ts';
import type { Measure } from '../model/measure.ts';
import { baseRate, measure } from '../test-records.ts';
import type { DutyAnswer, LineDuty } from './answer.ts';
import { DutyIndex } from './duty-index.ts';

const COUNTRIES = ['CAN', 'CHN', 'USA'] as const;
/** Biased towards one pair so that random measures meet on the same lines. */
const BIASED = ['CHN', 'CHN', 'CHN', 'CAN', 'USA'] as const;
const LINES = ['12051090', '23064100', '0203220090'] as const;
const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2023-01-01', n));
const prefixOf = fc
  .tuple(fc.constantFrom(...LINES), fc.constantFrom(2, 4, 6, 8))
  .map(([l, n]) => l.slice(0, n));

const arbMeasure = (ids: readonly string[], i: number): fc.Arbitrary<Measure> =>
  fc
    .record({
      imposer: fc.constantFrom(...BIASED),
      origin: fc.constantFrom(...BIASED.map((c) => (c === 'CHN' ? 'CAN' : 'CHN'))),
      prefixes: fc.array(prefixOf, { minLength: 1, maxLength: 2 }),
      bp: fc.integer({ min: 0, max: 20_000 }),
      start: day,
      length: fc.option(fc.integer({ min: 1, max: 800 }), { nil: undefined }),
      rule: fc.constantFrom('add', 'add', 'max', 'replace', 'suspend', 'exempt'),
      named: fc.subarray([...ids]),
      quota: fc.boolean(),
    })
    .map((r) => {
      const id = `m${i}`;
      const stacking: Measure['stacking'] =
        r.rule === 'max'
          ? { rule: 'max', group: 'g' }
          : r.rule === 'replace'
            ? { rule: 'replace', measures: r.named.length ? r.named : ['m0'] }
            : r.rule === 'suspend' || r.rule === 'exempt'
              ? { rule: r.rule, measures: r.named.length ? r.named : ['m0'] }
              : { rule: 'add' };
      const removes = stacking.rule === 'suspend' || stacking.rule === 'exempt';
      return measure({
        id,
        imposer: r.imposer,
        targets: { origins: [r.origin] },
        scope: { include: r.prefixes },
        stacking,
        rate: removes ? undefined : { bp: r.bp },
        dates: { effective: r.start, ...(r.length ? { expires: addDays(r.start, r.length) } : {}) },
        ...(r.quota && stacking.rule === 'replace'
          ? { quota: { quantity: 100, unit: 't', period: 'year' as const } }
          : {}),
      });
    });

const arbWorld = fc.integer({ min: 1, max: 12 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return fc.tuple(...ids.map((_, i) => arbMeasure(ids, i)));
});

const bases: BaseRate[] = LINES.flatMap((l) =>
  COUNTRIES.map((c) => baseRate({ id: `b-${c}-${l}`, importer: c, line: l, rate: { bp: 500 } })),
);

const arbQuery = fc
  .record({
    line: fc.constantFrom(...LINES),
    destination: fc.constantFrom(...BIASED),
    date: day,
  })
  .map((q) => ({ ...q, origin: q.destination === 'CHN' ? 'CAN' : 'CHN' }));

const results = (a: DutyAnswer): readonly LineDuty[] => (a.kind === 'line' ? [a] : a.lines);
const totals = (a: DutyAnswer) =>
  results(a).flatMap((r) => [r.total.bp, ...(r.outcomes ?? []).map((o) => o.total.bp)]);
const core = (a: DutyAnswer) =>
  results(a).map((r) => ({
    total: r.total,
    layers: r.layers,
    removed: r.removed,
    outcomes: r.outcomes,
  }));

describe('duty stacking invariants', () => {
  it('the total always equals the base plus the layers that count', () => {
    fc.assert(
      fc.property(arbWorld, arbQuery, (measures, query) => {
        for (const r of results(DutyIndex.build({ measures, baseRates: bases }).lookup(query))) {
          expect(r.total.bp).toBe((r.base?.bp ?? 0) + r.layers.reduce((s, l) => s + l.bp, 0));
          for (const o of r.outcomes ?? []) {
            expect(o.total.bp).toBeGreaterThanOrEqual(o.layers.reduce((s, l) => s + l.bp, 0));
          }
        }
      }),
    );
  });

  it('a suspension never raises a duty', () => {
    fc.assert(
      fc.property(
        arbWorld,
        arbQuery,
        fc.array(prefixOf, { minLength: 1, maxLength: 3 }),
        day,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (measures, query, prefixes, start, pick) => {
          const before = DutyIndex.build({ measures, baseRates: bases }).lookup(query);
          const suspension = measure({
            id: 'suspension',
            kind: 'suspension',
            imposer: query.destination,
            targets: { origins: [query.origin] },
            scope: { include: prefixes },
            rate: undefined,
            stacking: {
              rule: 'suspend',
              measures: ['m0', ...measures.filter((_, i) => pick[i]).map((m) => m.id)],
            },
            dates: { effective: start },
          });
          const after = DutyIndex.build({
            measures: [...measures, suspension],
            baseRates: bases,
          }).lookup(query);
          const b = totals(before);
          totals(after).forEach((t, i) => expect(t).toBeLessThanOrEqual(b[i] ?? Infinity));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a measure for another pair, line or period never changes an answer', () => {
    fc.assert(
      fc.property(
        arbWorld,
        arbQuery,
        fc.constantFrom('pair', 'line', 'period'),
        fc.integer({ min: 0, max: 20_000 }),
        (measures, query, what, bp) => {
          const before = DutyIndex.build({ measures, baseRates: bases }).lookup(query);
          const other = measure({
            id: 'unrelated',
            imposer:
              what === 'pair' ? (query.destination === 'USA' ? 'CAN' : 'USA') : query.destination,
            targets: { origins: [query.origin] },
            scope: { include: [what === 'line' ? '99' : query.line.slice(0, 4)] },
            rate: { bp },
            dates:
              what === 'period'
                ? { effective: addDays(query.date, 1) }
                : { effective: '2020-01-01' },
          });
          const after = DutyIndex.build({
            measures: [...measures, other],
            baseRates: bases,
          }).lookup(query);
          expect(core(after)).toEqual(core(before));
        },
      ),
    );
  });
});
