/** Change derivation, one kind at a time, on small worlds with the real duty engine. */
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../model/talks.ts';
import type { Statement } from '../model/statement.ts';
import { baseRate, measure } from '../test-records.ts';
import { channelChanges } from './channel-changes.ts';
import { detectChanges } from './detect.ts';
import { DutyChanges } from './duty-changes.ts';
import { historyChanges } from './history-changes.ts';
import type { HistoryEntry } from './history-changes.ts';
import { measureMoves, scheduledChanges } from './scheduled-changes.ts';
import { channel, engagement, testWorld, watchlist } from './test-world.ts';

const window = (since: string, until: string) => ({
  since: `${since}T23:59:59.999Z`,
  until: `${until}T23:59:59.999Z`,
});

const tariff = measure({
  id: 'tariff-100',
  title: 'tariff of 100% on meal',
  imposer: 'CHN',
  targets: { origins: ['CAN'] },
  scope: { include: ['2306'] },
  rate: { bp: 10_000 },
  dates: { effective: '2025-03-20' },
});
const suspension = measure({
  id: 'suspension',
  title: 'suspension of the meal tariff',
  kind: 'suspension',
  scope: { include: ['2306'] },
  rate: undefined,
  stacking: { rule: 'suspend', measures: ['tariff-100'] },
  dates: { effective: '2026-03-01', expires: '2026-12-31' },
});
const provisional = measure({
  id: 'ad-provisional',
  title: 'provisional anti-dumping deposit',
  kind: 'anti-dumping',
  scope: { include: ['12051090'] },
  rate: { bp: 7580 },
  dates: { effective: '2025-08-14' },
});
const definitive = measure({
  id: 'ad-final',
  title: 'final anti-dumping duty',
  kind: 'anti-dumping',
  scope: { include: ['12051090'] },
  rate: { bp: 590 },
  dates: { effective: '2026-03-01', expires: '2031-02-28' },
  relations: { replaces: ['ad-provisional'] },
});
const bases = [
  baseRate({ id: 'mfn-230641', line: '23064100', rate: { bp: 500 } }),
  baseRate({ id: 'mfn-120510', line: '12051090', rate: { bp: 900 } }),
];
const world = testWorld({
  measures: [tariff, suspension, provisional, definitive],
  baseRates: bases,
});

const entry = (
  fields: Partial<HistoryEntry> & Pick<HistoryEntry, 'id' | 'data'>,
): HistoryEntry => ({
  dossier: 'test',
  collection: 'measures',
  version: 1,
  op: 'create',
  at: '2026-11-28T10:00:00.000Z',
  previous: null,
  ...fields,
});

describe('changes from history', () => {
  it('a created measure is measure-new, with the measure as after', () => {
    const [d] = historyChanges([entry({ id: 'tariff-100', data: tariff })], world);
    expect(d?.change).toMatchObject({
      kind: 'measure-new',
      at: '2026-11-28T10:00:00.000Z',
      record: 'tariff-100',
      after: tariff,
      link: '/api/v1/records/tariff-100',
    });
    expect(d?.change.sources[0]).toEqual({
      id: 'src-test',
      title: 'source src-test',
      url: 'https://example.org/src-test',
    });
  });

  it('an update is measure-amended with before, after and the fields that changed', () => {
    const amended = { ...tariff, rate: { bp: 2500 }, dates: { effective: '2025-03-21' } };
    const [d] = historyChanges(
      [entry({ id: 'tariff-100', op: 'update', version: 2, data: amended, previous: tariff })],
      world,
    );
    expect(d?.change.kind).toBe('measure-amended');
    expect(d?.change.fields).toEqual(['dates.effective', 'rate.bp']);
    expect(d?.change.before).toEqual({ 'dates.effective': '2025-03-20', 'rate.bp': 10_000 });
    expect(d?.change.after).toEqual({ 'dates.effective': '2025-03-21', 'rate.bp': 2500 });
    expect(d?.change.summary).toContain('rate.bp 10000 → 2500');
  });

  it('a removed measure is measure-amended, routed by what it was', () => {
    const [d] = historyChanges(
      [entry({ id: 'tariff-100', op: 'delete', version: 3, data: null, previous: tariff })],
      world,
    );
    expect(d?.change).toMatchObject({
      kind: 'measure-amended',
      fields: ['(record)'],
      before: tariff,
      summary: 'Removed from the record: tariff of 100% on meal.',
    });
    expect(d?.change.after).toBeUndefined();
    expect(d?.subjects).toEqual([{ sort: 'measure', measure: tariff }]);
  });

  it('an amendment that moves a measure off a watched scope still reaches the watchlist', () => {
    const moved = { ...tariff, scope: { include: ['1514'] } };
    const [d] = historyChanges(
      [entry({ id: 'tariff-100', op: 'update', version: 2, data: moved, previous: tariff })],
      world,
    );
    const scopes = d?.subjects.map((s) => (s.sort === 'measure' ? s.measure.scope.include : []));
    expect(scopes).toEqual([['1514'], ['2306']]);
  });

  it('a commitment whose latest status moved is commitment-status; an unchanged one is not', () => {
    const open: Commitment = {
      id: 'cmt-1',
      engagement: 'eng-1',
      parties: ['CHN'],
      text: 'lift the tariff on meal',
      status: [{ date: '2026-01-16', status: 'open', sources: ['src-a'] }],
      sources: ['src-a'],
    };
    const met: Commitment = {
      ...open,
      status: [...open.status, { date: '2026-03-01', status: 'met', sources: ['src-b'] }],
    };
    const w = testWorld({
      engagements: [
        engagement({
          id: 'eng-1',
          date: '2026-01-16',
          channel: 'leaders',
          participants: ['carney'],
        }),
      ],
    });
    const base = { id: 'cmt-1', collection: 'commitments' };
    const [d, none] = historyChanges(
      [
        entry({ ...base, op: 'update', version: 2, data: met, previous: open }),
        entry({ ...base, op: 'update', version: 3, data: { ...met, notes: ['x'] }, previous: met }),
      ],
      w,
    );
    expect(none).toBeUndefined();
    expect(d?.change).toMatchObject({
      kind: 'commitment-status',
      before: { status: 'open', date: '2026-01-16' },
      after: { status: 'met', date: '2026-03-01' },
      effective: '2026-03-01',
    });
    expect(d?.change.sources.map((s) => s.id)).toEqual(['src-b']);
    expect(d?.subjects).toEqual([{ sort: 'talks', channel: 'leaders', actors: ['carney'] }]);
  });

  it('a new engagement is engagement (talks held), routed by its channel and participants', () => {
    const call = engagement({
      id: 'eng-2',
      date: '2026-02-05',
      kind: 'call',
      channel: 'leaders',
      participants: ['carney', 'li'],
      outcomes: ['agreed to meet again'],
    });
    const w = testWorld({ titles: { carney: 'Mark Carney', li: 'Li Qiang' } });
    const base = { id: 'eng-2', collection: 'engagements' };
    const [d, ...rest] = historyChanges(
      [
        entry({ ...base, data: call }),
        entry({ ...base, op: 'update', version: 2, data: { ...call, place: 'x' }, previous: call }),
      ],
      w,
    );
    expect(rest).toEqual([]);
    expect(d?.change).toMatchObject({
      kind: 'engagement',
      effective: '2026-02-05',
      after: { date: '2026-02-05', kind: 'call', participants: ['carney', 'li'] },
    });
    expect(d?.change.summary).toBe(
      'call on 2026-02-05: Mark Carney, Li Qiang. Outcomes: agreed to meet again.',
    );
    expect(d?.subjects).toEqual([{ sort: 'talks', channel: 'leaders', actors: ['carney', 'li'] }]);
  });

  it('a new statement is statement, routed by its speaker', () => {
    const s: Statement = {
      id: 'st-1',
      speaker: 'carney',
      date: '2026-01-16',
      kind: 'position',
      text: 'the partnership is back on track',
      stance: 'conciliatory',
      topic: 'relations',
      sources: ['src-a'],
      confidence: 'confirmed',
    };
    const w = testWorld({ titles: { carney: 'Mark Carney' } });
    const [d] = historyChanges([entry({ id: 'st-1', collection: 'statements', data: s })], w);
    expect(d?.change).toMatchObject({ kind: 'statement', title: 'Mark Carney: relations' });
    expect(d?.subjects).toEqual([{ sort: 'statement', speaker: 'carney' }]);
  });
});

describe('scheduled changes', () => {
  const all = scheduledChanges(world, window('2025-01-01', '2027-06-01'));
  const find = (id: string) => all.filter((d) => d.change.record === id).map((d) => d.change);

  it('a suspension starts on its effective date and ends the day after it expires', () => {
    const [start, end] = find('suspension');
    expect(start).toMatchObject({ effective: '2026-03-01', at: '2026-03-01T00:00:00.000Z' });
    expect(start?.after).toMatchObject({
      inForce: true,
      until: '2026-12-31',
      suspend: ['tariff-100'],
    });
    expect(end).toMatchObject({ effective: '2027-01-01', after: { inForce: false } });
    expect(end?.summary).toContain('tariff of 100% on meal apply again');
  });

  it('a definitive duty replacing a provisional one is one change naming both', () => {
    expect(find('ad-provisional').map((c) => c.effective)).toEqual(['2025-08-14']);
    const [replaced] = find('ad-final');
    expect(replaced?.effective).toBe('2026-03-01');
    expect(replaced?.before).toEqual({
      measures: [{ id: 'ad-provisional', title: 'provisional anti-dumping deposit', bp: 7580 }],
    });
    expect(replaced?.summary).toContain('replacing provisional anti-dumping deposit: 75.8% → 5.9%');
  });

  it('keeps only the window (since excluded, until included) and the same id every time', () => {
    const narrow = scheduledChanges(world, window('2025-03-19', '2025-03-20'));
    expect(narrow.map((d) => d.change.record)).toEqual(['tariff-100']);
    expect(scheduledChanges(world, window('2025-03-20', '2025-03-21'))).toEqual([]);
    const again = scheduledChanges(world, window('2025-03-19', '2025-03-20'));
    expect(again[0]?.change.id).toBe(narrow[0]?.change.id);
  });
});

describe('duty changes', () => {
  it('give old total → new total on a watched line, with the layers that moved', () => {
    const duty = new DutyChanges(world, measureMoves(world, window('2025-01-01', '2026-06-01')));
    const meal = watchlist({ id: 'meal', scopes: ['230641'], pairs: [{ from: 'CAN', to: 'CHN' }] });
    const changes = duty.forWatchlist(meal).map((d) => d.change);
    expect(changes.map((c) => [c.effective, c.before, c.after])).toEqual([
      [
        '2025-03-20',
        expect.objectContaining({ total: { bp: 500 } }),
        expect.objectContaining({
          total: { bp: 10_500 },
          moved: [
            { id: 'tariff-100', title: 'tariff of 100% on meal', before: null, after: 10_000 },
          ],
        }),
      ],
      [
        '2026-03-01',
        expect.objectContaining({ total: { bp: 10_500 } }),
        expect.objectContaining({
          total: { bp: 500 },
          moved: [
            {
              id: 'tariff-100',
              title: 'tariff of 100% on meal',
              before: 10_000,
              after: null,
              why: 'suspended by suspension',
            },
          ],
        }),
      ],
    ]);
    expect(changes[1]?.record).toBe('suspension');
    expect(changes[0]?.summary).toBe(
      'The duty on 2306.41 from CAN into CHN moves from 5% to 105% on 2025-03-20: tariff of 100% on meal starts at 100%.',
    );
  });

  it('the provisional to definitive switch moves the canola duty 84.8% → 14.9%', () => {
    const duty = new DutyChanges(world, measureMoves(world, window('2026-02-01', '2026-03-31')));
    const canola = watchlist({ id: 'c', kinds: ['anti-dumping'] });
    const [c] = duty.forWatchlist(canola).map((d) => d.change);
    expect(c?.before).toMatchObject({ total: { bp: 8480 } });
    expect(c?.after).toMatchObject({ total: { bp: 1490 } });
  });

  it('report nothing for a watched direction the measure does not touch', () => {
    const duty = new DutyChanges(world, measureMoves(world, window('2025-01-01', '2026-06-01')));
    const other = watchlist({ id: 'o', scopes: ['2306'], pairs: [{ from: 'USA', to: 'CHN' }] });
    expect(duty.forWatchlist(other)).toEqual([]);
  });
});

describe('channel-overdue', () => {
  it('is the first day past the cadence with no engagement, once per gap', () => {
    const jetc = channel({ id: 'jetc', name: 'JETC', cadenceDays: 30 });
    const w = testWorld({
      channels: [jetc],
      engagements: [
        engagement({ id: 'e1', date: '2026-01-01', channel: 'jetc' }),
        engagement({ id: 'e2', date: '2026-01-20', channel: 'jetc' }),
        engagement({ id: 'e3', date: '2026-04-01', channel: 'jetc' }),
        engagement({ id: 'x', date: '2026-02-25', channel: 'other' }),
      ],
    });
    const changes = channelChanges(w, window('2025-12-31', '2026-12-31')).map((d) => d.change);
    expect(changes.map((c) => c.effective)).toEqual(['2026-02-20', '2026-05-02']);
    expect(changes[0]).toMatchObject({ kind: 'channel-overdue', record: 'jetc' });
    expect(changes[0]?.before).toMatchObject({ last: 'e2', lastDate: '2026-01-20' });
  });
});

describe('detectChanges', () => {
  it('routes each change to the watchlists it concerns, with one id whoever gets it', () => {
    const meal = watchlist({ id: 'meal', scopes: ['2306'], pairs: [{ from: 'CAN', to: 'CHN' }] });
    const oils = watchlist({ id: 'oils', scopes: ['23'] });
    const seed = watchlist({ id: 'seed', scopes: ['1205'] });
    const found = detectChanges(world, [], window('2025-01-01', '2026-06-01'), [meal, oils, seed]);
    const kinds = (id: string) => found.get(id)?.map((c) => `${c.effective} ${c.kind}`);
    expect(kinds('meal')?.sort()).toEqual([
      '2025-03-20 duty',
      '2025-03-20 scheduled',
      '2026-03-01 duty',
      '2026-03-01 scheduled',
    ]);
    expect(found.get('meal')?.map((c) => c.id)).toEqual(found.get('oils')?.map((c) => c.id));
    expect(kinds('seed')).toEqual(
      expect.arrayContaining(['2025-08-14 scheduled', '2025-08-14 duty', '2026-03-01 scheduled']),
    );
    const meals = found.get('meal') ?? [];
    expect(meals.map((c) => c.at)).toEqual([...meals.map((c) => c.at)].sort());
  });
});

describe('MeasureCalendar', () => {
  it('finds the same moves by binary search as a pass over every measure', () => {
    const moves = world.calendar.between({ since: '', until: '9999' });
    expect(moves.map((m) => `${m.day} ${m.move} ${m.measure.id}`)).toEqual([
      '2025-03-20 start tariff-100',
      '2025-08-14 start ad-provisional',
      '2026-03-01 start ad-final',
      '2026-03-01 end ad-provisional',
      '2026-03-01 start suspension',
      '2027-01-01 end suspension',
      '2031-03-01 end ad-final',
    ]);
    for (const [since, until] of [
      ['2025-03-19', '2025-03-20'],
      ['2025-03-20', '2026-03-01'],
      ['2026-03-01', '2031-03-01'],
      ['2020-01-01', '2021-01-01'],
    ] as const) {
      const w = window(since, until);
      const at = (day: string) => `${day}T00:00:00.000Z`;
      expect(world.calendar.between(w)).toEqual(
        moves.filter((m) => at(m.day) > w.since && at(m.day) <= w.until),
      );
    }
  });
});
