/** The store on every backend: history, as-known-on, optimistic concurrency, migrations. */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from './store.ts';
import type { ChangeOp } from './store.ts';
import { freshStore, testBackends } from './test-backends.ts';

const measure = (rate: number, effective = '2024-10-15') => ({
  id: 'm1',
  rate: { bp: rate },
  dates: { effective },
});
const create = (data: unknown): ChangeOp => ({
  op: 'create',
  dossier: 'd',
  collection: 'measures',
  id: 'm1',
  data,
});
const update = (data: unknown, expectedVersion: number): ChangeOp => ({
  op: 'update',
  dossier: 'd',
  collection: 'measures',
  id: 'm1',
  data,
  expectedVersion,
});
const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each(testBackends())('store on $name', (backend) => {
  const open: { dispose: () => Promise<void> }[] = [];
  const fresh = async () => {
    const s = await freshStore(backend);
    open.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of open.splice(0)) await s.dispose();
  });

  it('starts empty at revision 0 and moves the revision with every change', async () => {
    const { store } = await fresh();
    expect(await store.revision()).toBe(0);
    const applied = await store.apply({
      at: at(0),
      author: 'a',
      reason: 'r',
      ops: [create(measure(2500))],
    });
    expect(applied).toEqual({ changeId: 1, versions: [{ id: 'm1', op: 'create', version: 1 }] });
    expect(await store.revision()).toBe(1);
    expect(await store.currentRecords()).toEqual([
      { dossier: 'd', collection: 'measures', id: 'm1', version: 1, data: measure(2500) },
    ]);
  });

  it('keeps every version with author, time and reason; a delete hides but never erases', async () => {
    const { store } = await fresh();
    await store.apply({
      at: at(0),
      author: 'import',
      reason: 'first',
      ops: [create(measure(2500))],
    });
    await store.apply({
      at: at(1),
      author: 'ana',
      reason: 'date moved',
      origin: 'git:abc',
      ops: [update(measure(2500, '2024-10-22'), 1)],
    });
    await store.apply({
      at: at(2),
      author: 'bo',
      reason: 'withdrawn',
      ops: [{ op: 'delete', dossier: 'd', collection: 'measures', id: 'm1', expectedVersion: 2 }],
    });
    expect(await store.currentRecords()).toEqual([]);
    const history = await store.history('m1');
    expect(history.map((h) => [h.version, h.op, h.author, h.reason, h.at, h.origin])).toEqual([
      [1, 'create', 'import', 'first', at(0), null],
      [2, 'update', 'ana', 'date moved', at(1), 'git:abc'],
      [3, 'delete', 'bo', 'withdrawn', at(2), null],
    ]);
    expect(history[1]?.data).toEqual(measure(2500, '2024-10-22'));
    // re-created after deletion: the history goes on
    await store.apply({ at: at(3), author: 'ana', reason: 'back', ops: [create(measure(1000))] });
    expect((await store.history('m1')).map((h) => h.version)).toEqual([1, 2, 3, 4]);
  });

  it('answers as known on any moment, across several edits of one record', async () => {
    const { store } = await fresh();
    await store.apply({
      at: at(0),
      author: 'a',
      reason: 'r',
      ops: [create(measure(2500, '2024-10-15'))],
    });
    for (const [i, effective] of ['2024-10-22', '2024-10-23', '2024-10-22'].entries()) {
      await store.apply({
        at: at(10 * (i + 1)),
        author: 'a',
        reason: 'r',
        ops: [update(measure(2500, effective), i + 1)],
      });
    }
    const asOf = async (t: string) =>
      (await store.recordsAsKnownOn(t)).map((r) => [
        r.version,
        (r.data as { dates: { effective: string } }).dates.effective,
      ]);
    expect(await asOf('2026-01-01T09:59:59.999Z')).toEqual([]);
    expect(await asOf(at(5))).toEqual([[1, '2024-10-15']]);
    expect(await asOf(at(10))).toEqual([[2, '2024-10-22']]);
    expect(await asOf(at(25))).toEqual([[3, '2024-10-23']]);
    expect(await asOf(at(59))).toEqual([[4, '2024-10-22']]);
  });

  it('refuses a stale write with a conflict and writes nothing', async () => {
    const { store } = await fresh();
    await store.apply({ at: at(0), author: 'a', reason: 'r', ops: [create(measure(2500))] });
    await store.apply({
      at: at(1),
      author: 'a',
      reason: 'r',
      ops: [update(measure(3000), 1)],
    });
    const stale = store.apply({
      at: at(2),
      author: 'b',
      reason: 'r',
      ops: [update(measure(9999), 1)],
    });
    await expect(stale).rejects.toMatchObject({
      id: 'conflict',
      message: expect.stringContaining('is at version 2'),
    });
    expect(await store.revision()).toBe(2);
    expect((await store.currentRecords())[0]?.data).toEqual(measure(3000));
    await expect(
      store.apply({ at: at(3), author: 'b', reason: 'r', ops: [create(measure(1))] }),
    ).rejects.toMatchObject({ id: 'conflict' });
  });

  it('writes a change set all or nothing', async () => {
    const { store } = await fresh();
    await store.apply({ at: at(0), author: 'a', reason: 'r', ops: [create(measure(2500))] });
    const mixed = store.apply({
      at: at(1),
      author: 'a',
      reason: 'r',
      ops: [
        { op: 'create', dossier: 'd', collection: 'measures', id: 'm2', data: { id: 'm2' } },
        update(measure(1), 7),
      ],
    });
    await expect(mixed).rejects.toMatchObject({ id: 'conflict' });
    expect((await store.currentRecords()).map((r) => r.id)).toEqual(['m1']);
    expect(await store.revision()).toBe(1);
    expect(await store.history('m2')).toEqual([]);
  });

  it.runIf(backend.name === 'postgres')(
    'lets one of two concurrent writers of the same record win and tells the other',
    async () => {
      const { store, config } = await fresh();
      await store.apply({ at: at(0), author: 'a', reason: 'r', ops: [create(measure(2500))] });
      const other = await Store.open(config);
      try {
        const write = (s: Store, rate: number, who: string) =>
          s.apply({
            at: at(1),
            author: who,
            reason: 'r',
            ops: [update(measure(rate), 1)],
          });
        const results = await Promise.allSettled([
          write(store, 3000, 'first'),
          write(other, 4000, 'second'),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((r) => r.status === 'rejected');
        expect(rejected?.status === 'rejected' && rejected.reason).toMatchObject({
          id: 'conflict',
        });
        const history = await store.history('m1');
        expect(history.map((h) => h.version)).toEqual([1, 2]);
        expect((await store.currentRecords())[0]?.data).toEqual(history[1]?.data);
      } finally {
        await other.close();
      }
    },
  );

  it('runs its migrations once and refuses a database written by a newer version', async () => {
    const { store, config } = await fresh();
    await store.apply({ at: at(0), author: 'a', reason: 'r', ops: [create(measure(2500))] });
    const again = await Store.open(config);
    expect(await again.revision()).toBe(1);
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01-999-future', '2099-01-01')`.execute(
      (again as unknown as { dialect: { db: Parameters<ReturnType<typeof sql>['execute']>[0] } })
        .dialect.db,
    );
    await again.close();
    await expect(Store.open(config)).rejects.toMatchObject({
      id: 'incompatible_store',
      message: expect.stringContaining('newer version'),
    });
  });
});
