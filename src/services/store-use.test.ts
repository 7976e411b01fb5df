/**
 * The store through the use cases, on every backend: import (idempotent, atomic, attributed),
 * export round trips, as-known-on answers, history diffs, edits, and the catalog's refresh.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../core/model/measure.ts';
import { readDossier } from '../dossier/read.ts';
import { testBackends } from '../store/test-backends.ts';
import { freshStores } from '../store/test-stores.ts';
import type { Store } from '../store/store.ts';
import { BUILTIN_DOSSIER } from './builtin.ts';
import { CatalogSource } from './catalog-source.ts';
import { lookupDuty } from './duty.ts';
import { editRecord } from './edit.ts';
import { exportDossier } from './export.ts';
import { recordHistory } from './history.ts';
import { importDossier } from './import.ts';

const T0 = '2026-02-01T09:00:00.000Z';
const copyBuiltIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dossier-'));
  cpSync(BUILTIN_DOSSIER, dir, { recursive: true });
  return dir;
};
const steel = 'can-2024-steel-aluminum-surtax';
const total = async (source: CatalogSource, on: string, asKnownOn?: string) => {
  const catalog = asKnownOn ? await source.asKnownOn(asKnownOn) : await source.current();
  const a = lookupDuty(catalog, { line: '7208', from: 'CHN', to: 'CAN', on });
  return a.kind === 'line' ? a.total.bp : -1;
};
const counts = async (store: Store) => ({
  revision: await store.revision(),
  records: (await store.currentRecords()).length,
});

describe.each(testBackends())('the store through the use cases on $name', (backend) => {
  const fresh = freshStores(backend);

  it('imports the built-in dossier, and a second import changes nothing and says so', async () => {
    const store = await fresh();
    const first = await importDossier(store, BUILTIN_DOSSIER, { at: T0 });
    expect(first).toMatchObject({
      dossier: 'canada-china',
      updated: 0,
      deleted: 0,
      unchanged: 0,
      changeId: 1,
    });
    expect(first.created).toBeGreaterThan(200);
    const second = await importDossier(store, BUILTIN_DOSSIER, { at: T0 });
    expect(second).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: first.created,
      changeId: null,
    });
    expect(await store.revision()).toBe(1);
  });

  it('round-trips import → export → import without a change', async () => {
    const store = await fresh();
    await importDossier(store, BUILTIN_DOSSIER, { at: T0 });
    const out = mkdtempSync(join(tmpdir(), 'detente-export-'));
    const exported = await exportDossier(store, 'canada-china', out);
    expect(exported.files).toHaveLength(11);
    const reread = readDossier(out);
    const original = readDossier(BUILTIN_DOSSIER);
    expect(reread.ok && original.ok && reread.dossier).toEqual(original.ok && original.dossier);
    expect(await importDossier(store, out, { at: T0 })).toMatchObject({ changeId: null });
  });

  it('records an update and a deletion when the files change, attributed to the import', async () => {
    const store = await fresh();
    await importDossier(store, BUILTIN_DOSSIER, { at: T0 });
    const dir = copyBuiltIn();
    const file = join(dir, 'measures.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace("effective: '2024-10-22'", "effective: '2024-10-15'"),
    );
    const statements = join(dir, 'statements.yaml');
    writeFileSync(statements, '[]\n');
    const report = await importDossier(store, dir, {
      at: '2026-02-02T09:00:00.000Z',
      author: 'ana',
      reason: 'back to the first announced date',
    });
    expect(report).toMatchObject({ updated: 1, created: 0 });
    expect(report.deleted).toBeGreaterThan(5);
    const history = await recordHistory(store, steel);
    expect(history.map((h) => [h.version, h.op, h.author])).toEqual([
      [1, 'create', 'import of canada-china'],
      [2, 'update', 'ana'],
    ]);
    expect(history[1]?.changes).toEqual([
      { path: 'dates.effective', before: '2024-10-22', after: '2024-10-15' },
    ]);
    expect(history[0]?.origin ?? 'not in git').toMatch(/^git:[0-9a-f]{40}|not in git/);
  });

  it('answers as known on a date, after a measure is edited several times', async () => {
    const store = await fresh();
    const source = new CatalogSource(store, { recheckMs: 0, now: Date.now });
    await importDossier(store, BUILTIN_DOSSIER, { at: '2026-02-01T09:00:00.000Z' });
    const edits: [string, string][] = [
      ['2026-02-03T09:00:00.000Z', '2024-10-15'],
      ['2026-02-05T09:00:00.000Z', '2024-10-30'],
      ['2026-02-07T09:00:00.000Z', '2024-10-22'],
    ];
    for (const [at, effective] of edits) {
      const current = (await store.currentRecords()).find((r) => r.id === steel);
      const data = {
        ...(current?.data as Measure),
        dates: { ...(current?.data as Measure).dates, effective },
      };
      await editRecord(
        store,
        {
          op: 'update',
          dossier: 'canada-china',
          collection: 'measures',
          data,
          expectedVersion: current?.version ?? 0,
        },
        { at, author: 'ana', reason: `effective ${effective}` },
      );
    }
    // On 2024-10-20: in force only while the effective date was 2024-10-15.
    expect(await total(source, '2024-10-20', '2026-02-02T00:00:00.000Z')).toBe(0);
    expect(await total(source, '2024-10-20', '2026-02-04T00:00:00.000Z')).toBe(2500);
    expect(await total(source, '2024-10-25', '2026-02-06T00:00:00.000Z')).toBe(0);
    expect(await total(source, '2024-10-25', '2026-02-08T00:00:00.000Z')).toBe(2500);
    expect(await total(source, '2024-10-20')).toBe(0);
    expect((await recordHistory(store, steel)).map((h) => h.version)).toEqual([1, 2, 3, 4]);
  });

  it('refreshes the in-memory catalog when the store changes, and only then', async () => {
    const store = await fresh();
    const source = new CatalogSource(store, { recheckMs: 0, now: Date.now });
    await importDossier(store, BUILTIN_DOSSIER, { at: T0 });
    const first = await source.current();
    expect(await source.current()).toBe(first);
    const current = (await store.currentRecords()).find((r) => r.id === steel);
    await editRecord(
      store,
      {
        op: 'update',
        dossier: 'canada-china',
        collection: 'measures',
        data: { ...(current?.data as Measure), rate: { bp: 3500 } },
        expectedVersion: current?.version ?? 0,
      },
      { at: T0, author: 'ana', reason: 'raised' },
    );
    const second = await source.current();
    expect(second).not.toBe(first);
    expect(await total(source, '2025-01-01')).toBe(3500);
  });

  it('refuses an edit that breaks the schema or the dossier, writing nothing', async () => {
    const store = await fresh();
    await importDossier(store, BUILTIN_DOSSIER, { at: T0 });
    const before = await counts(store);
    const current = (await store.currentRecords()).find((r) => r.id === steel);
    const data = current?.data as Measure;
    const edit = (d: unknown) =>
      editRecord(
        store,
        {
          op: 'update',
          dossier: 'canada-china',
          collection: 'measures',
          data: d,
          expectedVersion: current?.version ?? 0,
        },
        { at: T0, author: 'x', reason: 'y' },
      );
    await expect(edit({ ...data, rate: { bp: '25%' } })).rejects.toMatchObject({
      id: 'invalid_argument',
      message: expect.stringContaining('rate.bp'),
    });
    await expect(edit({ ...data, sources: ['no-such-source'] })).rejects.toMatchObject({
      message: expect.stringContaining('no-such-source'),
    });
    await expect(
      edit({ ...data, dates: { effective: '2024-10-22', expires: '2024-01-01' } }),
    ).rejects.toMatchObject({ message: expect.stringContaining('dates.expires') });
    expect(await counts(store)).toEqual(before);
  });

  describe('a bad dossier is refused whole, each problem named, nothing written', () => {
    const breakers: [string, (dir: string) => void, RegExp][] = [
      [
        'a missing source',
        (d) => edit(d, 'measures.yaml', 'src-38-nortonrose-metal-matters]', 'src-99-nowhere]'),
        /measures\.yaml.*sources.*src-99-nowhere/,
      ],
      [
        'a dangling reference',
        (d) =>
          edit(
            d,
            'measures.yaml',
            'respondsTo: [can-2024-ev-surtax, can-2024-steel-aluminum-surtax]',
            'respondsTo: [can-2024-ev-surtax, no-such-measure]',
          ),
        /relations\.respondsTo.*no-such-measure/,
      ],
      [
        'an impossible date',
        (d) => edit(d, 'measures.yaml', "effective: '2025-03-20'", "effective: '2025-02-30'"),
        /dates\.effective.*not a calendar date/,
      ],
      [
        'a duplicate id',
        (d) =>
          edit(d, 'events.yaml', '- id: evt-2018-12-01-meng-arrest', '- id: can-2024-ev-surtax'),
        /already used/,
      ],
      ['a wrong type', (d) => edit(d, 'measures.yaml', 'bp: 7580', "bp: '75.8%'"), /rate\.bp/],
      [
        'invalid UTF-8',
        (d) =>
          writeFileSync(join(d, 'statements.yaml'), Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x0a])),
        /statements\.yaml.*not valid UTF-8/,
      ],
      [
        'a 50 MB file',
        (d) => writeFileSync(join(d, 'events.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x20)),
        /events\.yaml.*50\.0 MB/,
      ],
    ];
    function edit(dir: string, file: string, from: string, to: string) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`fixture text not found in ${file}: ${from}`);
      writeFileSync(path, text.replace(from, to));
    }
    it.each(breakers)('%s', async (_name, breakIt, expected) => {
      const store = await fresh();
      await importDossier(store, BUILTIN_DOSSIER, { at: T0 });
      const before = await counts(store);
      const dir = copyBuiltIn();
      breakIt(dir);
      const error = await importDossier(store, dir, { at: T0 }).then(
        () => null,
        (e: unknown) =>
          e as {
            id: string;
            problems: { file?: string; record?: string; field?: string; message: string }[];
          },
      );
      expect(error?.id).toBe('invalid_dossier');
      const lines = (error?.problems ?? []).map((p) =>
        [p.file, p.record, p.field, p.message].join(' '),
      );
      expect(lines.join('\n')).toMatch(expected);
      expect(await counts(store)).toEqual(before);
    });
  });
});
