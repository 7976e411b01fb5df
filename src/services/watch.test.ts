/**
 * Watchlists and change detection on every store backend: create, read, edit and remove with
 * their errors; the changes of a window from history, dates and the duty engine.
 */
import { describe, expect, it } from 'vitest';
import { DetenteError } from '../core/errors.ts';
import type { Commitment } from '../core/model/talks.ts';
import type { Measure } from '../core/model/measure.ts';
import { testBackends } from '../store/test-backends.ts';
import type { Store } from '../store/store.ts';
import { freshStores } from '../store/test-stores.ts';
import { initStore } from './init.ts';
import {
  changesForAll,
  changeWindow,
  createWatchlist,
  deleteWatchlist,
  feedSecret,
  getWatchlist,
  listWatchlists,
  updateWatchlist,
  watchChanges,
} from './watch.ts';

const T0 = '2026-11-01T09:00:00.000Z';
const T1 = '2026-11-02T09:00:00.000Z';
const T2 = '2026-11-03T09:00:00.000Z';

async function errorOf(p: Promise<unknown>): Promise<DetenteError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof DetenteError)) throw new Error(`expected a DetenteError, got ${String(e)}`);
  return e;
}

async function current(store: Store, id: string) {
  const r = (await store.currentRecords()).find((x) => x.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
}

describe.each(testBackends())('watchlists on $name', (backend) => {
  const fresh = freshStores(backend);
  const seeded = async () => {
    const store = await fresh();
    await initStore(store, T0);
    return store;
  };

  it('creates, reads, edits and removes a watchlist by name or id', async () => {
    const store = await seeded();
    const meal = await createWatchlist(
      store,
      { name: ' meal ', scopes: ['2306', '2306'], pairs: ['CAN:CHN'] },
      T0,
    );
    expect(meal).toMatchObject({
      name: 'meal',
      scopes: ['2306'],
      pairs: [{ from: 'CAN', to: 'CHN' }],
      kinds: [],
      private: false,
      createdAt: T0,
    });
    expect(meal.id).toMatch(/^wl-[0-9a-f]{12}$/);
    expect(await getWatchlist(store, 'meal')).toEqual(meal);
    expect(await getWatchlist(store, meal.id)).toEqual(meal);

    const edited = await updateWatchlist(
      store,
      'meal',
      {
        name: 'canola meal',
        scopes: ['2306.41'],
        pairs: [{ from: 'can', to: 'chn', both: true }],
        private: true,
      },
      T1,
    );
    expect(edited).toMatchObject({
      id: meal.id,
      name: 'canola meal',
      scopes: ['230641'],
      pairs: [{ from: 'CAN', to: 'CHN', both: true }],
      private: true,
      createdAt: T0,
      updatedAt: T1,
    });
    expect(await feedSecret(store, meal.id)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await listWatchlists(store)).map((w) => w.name)).toEqual(['canola meal']);
    expect(await deleteWatchlist(store, 'canola meal', T1)).toEqual(edited);
    expect((await errorOf(getWatchlist(store, 'canola meal'))).id).toBe('not_found');
  });

  it('refuses bad input with an error naming what is wrong, and writes nothing', async () => {
    const store = await seeded();
    const cases: [Parameters<typeof createWatchlist>[1], string, string][] = [
      [{ name: 'a', scopes: ['23x'] }, 'invalid_hs_code', '23x'],
      [{ name: 'a', scopes: ['123'] }, 'invalid_hs_code', '3 digits'],
      [{ name: 'a', pairs: ['XYZ:CHN'] }, 'invalid_country', 'XYZ'],
      [{ name: 'a', pairs: ['CANCHN'] }, 'invalid_country', 'CANCHN'],
      [{ name: 'a' }, 'invalid_argument', 'at least one scope'],
      [{ name: ' ', scopes: ['2306'] }, 'invalid_argument', 'name'],
      [{ name: 'a', kinds: ['dumping'] }, 'invalid_argument', '"dumping" is not a measure kind'],
      [{ name: 'a', channels: ['no-such-channel'] }, 'invalid_argument', 'no channel "no-such'],
      [
        { name: 'a', actors: ['can-chn-leaders'] },
        'invalid_argument',
        'no actor "can-chn-leaders"',
      ],
    ];
    for (const [input, id, text] of cases) {
      const e = await errorOf(createWatchlist(store, input, T0));
      expect([e.id, e.message]).toEqual([id, expect.stringContaining(text)]);
    }
    expect(await listWatchlists(store)).toEqual([]);
  });

  it('refuses a second watchlist of the same name, and an edit that empties one', async () => {
    const store = await seeded();
    await createWatchlist(store, { name: 'meal', scopes: ['2306'] }, T0);
    const other = await createWatchlist(store, { name: 'seed', scopes: ['1205'] }, T0);
    expect(
      (await errorOf(createWatchlist(store, { name: 'meal', kinds: ['tariff'] }, T0))).id,
    ).toBe('conflict');
    expect((await errorOf(updateWatchlist(store, other.id, { name: 'meal' }, T1))).id).toBe(
      'conflict',
    );
    const emptied = await errorOf(updateWatchlist(store, 'seed', { scopes: [] }, T1));
    expect(emptied.id).toBe('invalid_argument');
    expect(await getWatchlist(store, 'seed')).toEqual(other);
  });

  it('reads a window of history with each version’s previous data', async () => {
    const store = await seeded();
    const annex = await current(store, 'chn-2025-annex1-100');
    const amended = { ...(annex.data as Measure), rate: { bp: 5000 } };
    await store.apply({
      at: T1,
      author: 'test',
      reason: 'rate corrected',
      ops: [
        {
          op: 'update',
          dossier: annex.dossier,
          collection: 'measures',
          id: annex.id,
          data: amended,
          expectedVersion: annex.version,
        },
      ],
    });
    const window = await store.versionsBetween(T0, T2);
    expect(window).toHaveLength(1);
    expect(window[0]).toMatchObject({
      id: 'chn-2025-annex1-100',
      version: 2,
      at: T1,
      author: 'test',
      reason: 'rate corrected',
      data: amended,
      previous: annex.data,
    });
    expect(await store.versionsBetween(T1, T2)).toEqual([]);
    expect((await store.versionsBetween('2026-10-31T00:00:00.000Z', T0)).length).toBeGreaterThan(
      100,
    );
  });

  it('the meal watchlist sees the 2025 tariff and the 2026 suspension: 5% → 105% → 5%', async () => {
    const store = await seeded();
    const meal = await createWatchlist(
      store,
      { name: 'meal', scopes: ['2306'], pairs: ['CAN:CHN'] },
      T0,
    );
    const changes = await watchChanges(store, meal, { since: '2025-01-01', until: '2026-06-01' });
    const seen = changes.map((c) => [c.effective, c.kind, c.record].join(' ')).sort();
    expect(seen).toEqual([
      '2025-03-20 duty chn-2025-annex1-100',
      '2025-03-20 scheduled chn-2025-annex1-100',
      '2026-03-01 duty chn-2026-suspension-annex-goods',
      '2026-03-01 scheduled chn-2026-suspension-annex-goods',
    ]);
    const totals = changes
      .filter((c) => c.kind === 'duty')
      .map((c) => [
        (c.before as { total: { bp: number } }).total.bp,
        (c.after as { total: { bp: number } }).total.bp,
      ]);
    expect(totals).toEqual([
      [500, 10_500],
      [10_500, 500],
    ]);
    expect(changes.map((c) => c.at)).toEqual([...changes.map((c) => c.at)].sort());
  });

  it('reports recorded changes: a new and an amended measure, a commitment status, talks held, a statement', async () => {
    const store = await seeded();
    const meal = await createWatchlist(store, { name: 'meal', scopes: ['230641'] }, T0);
    const leaders = await createWatchlist(
      store,
      { name: 'leaders', channels: ['can-chn-leaders'] },
      T0,
    );
    const carney = await createWatchlist(store, { name: 'carney', actors: ['mark-carney'] }, T0);
    const annex = await current(store, 'chn-2025-annex1-100');
    const cmt = await current(store, 'cmt-2025-06-05-regularize-channels');
    const c = cmt.data as Commitment;
    const fresh: Measure = {
      ...(annex.data as Measure),
      id: 'chn-2026-meal-surtax',
      title: 'A further surtax on meal',
      scope: { include: ['23064100'] },
      dates: { effective: '2026-12-01' },
      relations: undefined,
    };
    delete (fresh as { relations?: unknown }).relations;
    await store.apply({
      at: T1,
      author: 'test',
      reason: 'news',
      ops: [
        { op: 'create', dossier: annex.dossier, collection: 'measures', id: fresh.id, data: fresh },
        {
          op: 'update',
          dossier: annex.dossier,
          collection: 'measures',
          id: annex.id,
          data: { ...(annex.data as Measure), rate: { bp: 5000 } },
          expectedVersion: annex.version,
        },
        {
          op: 'update',
          dossier: cmt.dossier,
          collection: 'commitments',
          id: cmt.id,
          data: {
            ...c,
            status: [...c.status, { date: '2026-11-02', status: 'met', sources: c.sources }],
          },
          expectedVersion: cmt.version,
        },
        {
          op: 'create',
          dossier: annex.dossier,
          collection: 'engagements',
          id: 'eng-test-leaders-call',
          data: {
            id: 'eng-test-leaders-call',
            date: '2026-11-02',
            title: 'Leaders speak by phone',
            kind: 'call',
            channel: 'can-chn-leaders',
            participants: ['mark-carney', 'li-qiang'],
            sources: c.sources,
            confidence: 'confirmed',
          },
        },
        {
          op: 'create',
          dossier: annex.dossier,
          collection: 'statements',
          id: 'st-test-carney',
          data: {
            id: 'st-test-carney',
            speaker: 'mark-carney',
            date: '2026-11-02',
            kind: 'position',
            text: 'talks continue',
            stance: 'neutral',
            topic: 'trade',
            sources: c.sources,
            confidence: 'confirmed',
          },
        },
      ],
    });
    const all = await changesForAll(store, { since: T0, until: T2 });
    const kinds = (id: string) => (all.get(id) ?? []).map((x) => `${x.kind} ${x.record}`).sort();
    expect(kinds(meal.id)).toEqual([
      'measure-amended chn-2025-annex1-100',
      'measure-new chn-2026-meal-surtax',
    ]);
    expect(kinds(leaders.id)).toEqual([
      'commitment-status cmt-2025-06-05-regularize-channels',
      'engagement eng-test-leaders-call',
    ]);
    expect(kinds(carney.id)).toEqual([
      'commitment-status cmt-2025-06-05-regularize-channels',
      'engagement eng-test-leaders-call',
      'statement st-test-carney',
    ]);
    const amended = all.get(meal.id)?.find((x) => x.kind === 'measure-amended');
    expect(amended).toMatchObject({
      fields: ['rate.bp'],
      before: { 'rate.bp': 10_000 },
      after: { 'rate.bp': 5000 },
      at: T1,
    });
    expect(await watchChanges(store, meal, { since: T0, until: T2 })).toEqual(all.get(meal.id));
  });

  it('refuses a window that is empty or not made of dates', async () => {
    expect(() => changeWindow({ since: '2026-01-02', until: '2026-01-01' })).toThrow(/empty/);
    expect(() => changeWindow({ since: 'yesterday', until: '2026-01-01' })).toThrow(
      expect.objectContaining({ id: 'invalid_date' }),
    );
    expect(changeWindow({ since: '2026-01-01', until: '2026-01-02T10:00:00Z' })).toEqual({
      since: '2026-01-01T23:59:59.999Z',
      until: '2026-01-02T10:00:00.000Z',
    });
  });
});
