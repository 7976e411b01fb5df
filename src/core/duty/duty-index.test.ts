import { describe, expect, it } from 'vitest';
import { baseRate, measure } from '../test-records.ts';
import type { DutyAnswer, LineDuty } from './answer.ts';
import { DutyIndex } from './duty-index.ts';

const line = (a: DutyAnswer): LineDuty => {
  if (a.kind !== 'line') throw new Error(`expected one line, got ${a.kind}`);
  return a;
};
const q = (lineCode: string, date: string, extra: object = {}) => ({
  line: lineCode,
  origin: 'CAN',
  destination: 'CHN',
  date,
  ...extra,
});

const canola = [
  measure({
    id: 'ad-provisional',
    kind: 'anti-dumping',
    scope: { include: ['12051090'] },
    rate: { bp: 7580 },
    dates: { effective: '2025-08-14' },
  }),
  measure({
    id: 'ad-final',
    kind: 'anti-dumping',
    scope: { include: ['12051090'] },
    rate: { bp: 590 },
    dates: { effective: '2026-03-01', expires: '2031-02-28' },
    relations: { replaces: ['ad-provisional'] },
  }),
];
const canolaBase = [baseRate({ id: 'mfn-canola', line: '12051090', rate: { bp: 900 } })];

describe('DutyIndex.lookup', () => {
  it('stacks a provisional anti-dumping deposit on MFN', () => {
    const index = DutyIndex.build({ measures: canola, baseRates: canolaBase });
    const a = line(index.lookup(q('1205.10', '2025-09-01')));
    expect(a.total.bp).toBe(8480);
    expect(a.base?.bp).toBe(900);
    expect(a.layers.map((l) => [l.measureId, l.bp])).toEqual([['ad-provisional', 7580]]);
  });

  it('names the next scheduled change, a replacement, with the new total', () => {
    const index = DutyIndex.build({ measures: canola, baseRates: canolaBase });
    const a = line(index.lookup(q('120510', '2025-09-01')));
    expect(a.next?.date).toBe('2026-03-01');
    expect(a.next?.total.bp).toBe(1490);
    expect(a.next?.description).toContain(
      'measure ad-final (5.9%) replaces measure ad-provisional (75.8%)',
    );
    expect(line(index.lookup(q('120510', '2026-03-15'))).total.bp).toBe(1490);
    expect(line(index.lookup(q('120510', '2025-08-13'))).total.bp).toBe(900);
    expect(line(index.lookup(q('120510', '2031-03-01'))).total.bp).toBe(900);
  });

  it('ignores measures on other origins, importers and periods', () => {
    const index = DutyIndex.build({ measures: canola, baseRates: canolaBase });
    expect(line(index.lookup({ ...q('120510', '2025-09-01'), origin: 'AUS' })).total.bp).toBe(900);
    expect(line(index.lookup({ ...q('120510', '2025-09-01'), destination: 'USA' })).layers).toEqual(
      [],
    );
  });

  it('removes the layers a suspension names, only on its scope and period', () => {
    const measures = [
      measure({ id: 'annex1', scope: { include: ['1514', '2306', '071310'] } }),
      measure({
        id: 'suspension',
        kind: 'suspension',
        rate: undefined,
        stacking: { rule: 'suspend', measures: ['annex1'] },
        scope: { include: ['2306', '071310'] },
        dates: { effective: '2026-03-01', expires: '2026-12-31' },
      }),
    ];
    const bases = [
      baseRate({ id: 'b1', line: '23064100' }),
      baseRate({ id: 'b2', line: '15141900', rate: { bp: 900 } }),
    ];
    const index = DutyIndex.build({ measures, baseRates: bases });
    expect(line(index.lookup(q('2306.41', '2025-04-01'))).total.bp).toBe(10_500);
    const suspended = line(index.lookup(q('2306.41', '2026-03-15')));
    expect(suspended.total.bp).toBe(500);
    expect(suspended.removed).toEqual([
      expect.objectContaining({ reason: 'suspended', by: 'suspension' }),
    ]);
    expect(line(index.lookup(q('2306.41', '2027-01-01'))).total.bp).toBe(10_500);
    expect(line(index.lookup(q('1514.19', '2026-03-15'))).total.bp).toBe(10_900);
  });

  it('never lifts a replacement through a suspension, so a suspension cannot raise a duty', () => {
    const measures = [
      measure({ id: 'surtax', rate: { bp: 20_000 } }),
      measure({
        id: 'concession',
        rate: { bp: 0 },
        stacking: { rule: 'replace', measures: ['surtax'] },
      }),
      measure({
        id: 'suspension',
        rate: undefined,
        stacking: { rule: 'suspend', measures: ['concession'] },
      }),
    ];
    const a = line(DutyIndex.build({ measures, baseRates: [] }).lookup(q('2306', '2025-06-01')));
    expect(a.total.bp).toBe(0);
    expect(a.removed).toEqual([expect.objectContaining({ reason: 'replaced', by: 'concession' })]);
  });

  it('keeps only the highest rate of a max group', () => {
    const measures = [
      measure({ id: 'a', rate: { bp: 2500 }, stacking: { rule: 'max', group: 'g' } }),
      measure({ id: 'b', rate: { bp: 1000 }, stacking: { rule: 'max', group: 'g' } }),
    ];
    const a = line(DutyIndex.build({ measures, baseRates: [] }).lookup(q('2306', '2025-04-01')));
    expect(a.layers.map((l) => l.measureId)).toEqual(['a']);
    expect(a.removed).toEqual([expect.objectContaining({ reason: 'lower-in-group', by: 'a' })]);
    expect(a.total.bp).toBe(2500);
  });

  it('gives a max group to the members left when its highest is replaced', () => {
    const measures = [
      measure({ id: 'a', rate: { bp: 2500 }, stacking: { rule: 'max', group: 'g' } }),
      measure({ id: 'b', rate: { bp: 1000 }, stacking: { rule: 'max', group: 'g' } }),
      measure({ id: 'quota', rate: { bp: 0 }, stacking: { rule: 'replace', measures: ['a'] } }),
    ];
    const a = line(DutyIndex.build({ measures, baseRates: [] }).lookup(q('2306', '2025-04-01')));
    expect(a.layers.map((l) => l.measureId).sort()).toEqual(['b', 'quota']);
    expect(a.removed).toEqual([expect.objectContaining({ reason: 'replaced', by: 'quota' })]);
    expect(a.total.bp).toBe(1000);
  });

  it('lets a programme that does not stack with another keep the one with priority', () => {
    const measures = [
      measure({ id: 'emergency', programme: 'emergency', rate: { bp: 2500 } }),
      measure({
        id: 'sectoral',
        programme: 'sectoral',
        rate: { bp: 5000 },
        doesNotStackWith: [{ programme: 'emergency', priority: 'this' }],
      }),
    ];
    const a = line(DutyIndex.build({ measures, baseRates: [] }).lookup(q('2306', '2025-04-01')));
    expect(a.layers.map((l) => l.measureId)).toEqual(['sectoral']);
    expect(a.removed).toEqual([expect.objectContaining({ reason: 'excluded', by: 'sectoral' })]);
  });

  it('gives in-quota and out-of-quota outcomes for a quota that replaces a surtax', () => {
    const measures = [
      measure({
        id: 'surtax',
        imposer: 'CAN',
        targets: { origins: ['CHN'] },
        scope: { include: ['870380'] },
      }),
      measure({
        id: 'ev-quota',
        kind: 'quota',
        imposer: 'CAN',
        targets: { origins: ['CHN'] },
        scope: { include: ['870380'] },
        rate: { bp: 0 },
        stacking: { rule: 'replace', measures: ['surtax'] },
        quota: { quantity: 49_000, unit: 'vehicles', period: 'year' },
      }),
    ];
    const bases = [baseRate({ id: 'ev', importer: 'CAN', line: '87038000', rate: { bp: 610 } })];
    const a = line(
      DutyIndex.build({ measures, baseRates: bases }).lookup({
        line: '8703.80',
        origin: 'CHN',
        destination: 'CAN',
        date: '2025-04-01',
      }),
    );
    expect(a.total.bp).toBe(10_610);
    expect(a.outcomes?.map((o) => [o.label, o.total.bp])).toEqual([
      ['within quota (49000 vehicles a year)', 610],
      ['outside quota', 10_610],
    ]);
  });

  it('replaces every layer and the base when a replace names no measure', () => {
    const measures = [
      measure({ id: 'add' }),
      measure({ id: 'in-quota-rate', rate: { bp: 100 }, stacking: { rule: 'replace' } }),
    ];
    const a = line(
      DutyIndex.build({ measures, baseRates: [baseRate({ id: 'b', line: '2306' })] }).lookup(
        q('2306', '2025-04-01'),
      ),
    );
    expect(a.total.bp).toBe(100);
    expect(a.base).toBeNull();
    expect(a.removed.map((r) => r.reason)).toEqual(['replaced', 'replaced']);
  });

  it('uses the rate of the producer named, or lists the rate per producer group', () => {
    const measures = [
      measure({
        id: 'ad',
        kind: 'anti-dumping',
        rate: undefined,
        producerRates: [
          { producer: 'Prairie Crush Ltd', rate: { bp: 1200 } },
          { producer: 'all other cooperating', rate: { bp: 2000 } },
          { producer: 'all others', rate: { bp: 3500 } },
        ],
      }),
    ];
    const index = DutyIndex.build({ measures, baseRates: [] });
    expect(
      line(index.lookup(q('2306', '2025-04-01', { producer: 'prairie crush ltd' }))).total.bp,
    ).toBe(1200);
    expect(line(index.lookup(q('2306', '2025-04-01', { producer: 'Unknown Co' }))).total.bp).toBe(
      3500,
    );
    const any = line(index.lookup(q('2306', '2025-04-01')));
    expect(any.total.bp).toBe(3500);
    expect(any.layers[0]?.byProducer?.map((p) => p.bp)).toEqual([1200, 2000, 3500]);
  });

  it('lists an origin-rule measure as conditional until the query states the property', () => {
    const measures = [
      measure({
        id: 'melt-pour',
        imposer: 'CAN',
        targets: {
          origins: '*',
          condition: {
            attribute: 'melted-and-poured-in',
            value: 'CHN',
            label: 'steel melted and poured in China',
          },
        },
        scope: { include: ['72'] },
        rate: { bp: 2500 },
      }),
    ];
    const index = DutyIndex.build({ measures, baseRates: [] });
    const base = { line: '7208', origin: 'KOR', destination: 'CAN', date: '2025-08-01' };
    const unstated = line(index.lookup(base));
    expect(unstated.total.bp).toBe(0);
    expect(unstated.conditional.map((c) => c.layer.measureId)).toEqual(['melt-pour']);
    expect(
      line(index.lookup({ ...base, conditions: { 'melted-and-poured-in': 'CHN' } })).total.bp,
    ).toBe(2500);
    expect(
      line(index.lookup({ ...base, conditions: { 'melted-and-poured-in': 'KOR' } })).total.bp,
    ).toBe(0);
  });

  it('lists each national line when a short code covers lines that pay differently', () => {
    const measures = [measure({ id: 'peas', scope: { include: ['071310'] } })];
    const bases = [
      baseRate({ id: 'sowing', line: '07131010', rate: { bp: 0 } }),
      baseRate({ id: 'other', line: '07131090', rate: { bp: 500 } }),
    ];
    const index = DutyIndex.build({ measures, baseRates: bases });
    const a = index.lookup(q('0713.10', '2025-06-01'));
    expect(a.kind).toBe('by-line');
    if (a.kind === 'by-line')
      expect(a.lines.map((l) => [l.line, l.total.bp])).toEqual([
        ['07131010', 10_000],
        ['07131090', 10_500],
      ]);
    expect(line(index.lookup(q('0713109000', '2025-06-01'))).total.bp).toBe(10_500);
  });

  it('warns when a measure covers only part of the code asked about', () => {
    const measures = [measure({ id: 'lobster', scope: { include: ['030612'] } })];
    const a = line(DutyIndex.build({ measures, baseRates: [] }).lookup(q('0306', '2025-06-01')));
    expect(a.warnings.join(' ')).toContain('lobster covers only some lines under 0306');
  });

  it('says when no base rate is recorded instead of inventing one', () => {
    const a = line(
      DutyIndex.build({ measures: [measure({ id: 'x' })], baseRates: [] }).lookup(
        q('2306', '2025-06-01'),
      ),
    );
    expect(a.base).toBeNull();
    expect(a.warnings.join(' ')).toContain('no base rate recorded');
  });

  it('takes the base rate in force on the date', () => {
    const bases = [
      baseRate({ id: 'old', line: '2306', rate: { bp: 800 }, to: '2024-12-31' }),
      baseRate({ id: 'new', line: '2306', rate: { bp: 500 }, from: '2025-01-01' }),
    ];
    const index = DutyIndex.build({ measures: [], baseRates: bases });
    expect(line(index.lookup(q('2306', '2024-06-01'))).total.bp).toBe(800);
    const now = line(index.lookup(q('2306', '2024-12-31')));
    expect(now.next).toMatchObject({ date: '2025-01-01', total: { bp: 500 } });
  });
});
