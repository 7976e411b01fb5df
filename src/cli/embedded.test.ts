/**
 * The embedded store shared between processes: reads while another process holds the write
 * lock (WAL), writes that wait for it, and backup and restore while it is in use.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_DOSSIER } from '../services/builtin.ts';
import { importDossier } from '../services/import.ts';
import { cliIn } from './test-cli.ts';
import { Store } from '../store/store.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const holder = fileURLToPath(new URL('../store/testdata/hold-write-lock.ts', import.meta.url));

/** Starts a process that holds the store's write lock for `ms`; resolves once it holds it. */
function holdWriteLock(file: string, ms: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, file, String(ms)], {
    cwd: root,
  });
  const released = new Promise<void>((ok) => child.on('exit', () => ok()));
  const locked = new Promise<void>((ok, fail) => {
    child.stdout.on('data', (b: Buffer) => b.toString().includes('locked') && ok());
    child.on('exit', (code) => fail(new Error(`lock holder exited with ${code}`)));
  });
  return { locked, released };
}

/** The CLI on `dataDir`, on the wall clock: these tests measure how long commands wait. */
const cli = (dataDir: string, ...argv: string[]) =>
  cliIn(dataDir, { now: () => new Date().toISOString() })(...argv);

describe('the embedded store shared by several processes', () => {
  const stores: Store[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });
  const seeded = async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'detente-embedded-'));
    const store = await Store.open({ dataDir });
    stores.push(store);
    await importDossier(store, BUILTIN_DOSSIER, { at: '2026-02-01T09:00:00.000Z' });
    return { dataDir, store, file: join(dataDir, 'detente.db') };
  };

  it('answers CLI reads while another process holds the write lock', async () => {
    const { dataDir, file } = await seeded();
    const lock = holdWriteLock(file, 3000);
    await lock.locked;
    const started = Date.now();
    const r = await cli(
      dataDir,
      'duty',
      '1205.10',
      '--from',
      'CAN',
      '--to',
      'CHN',
      '--on',
      '2025-09-01',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).total.bp).toBe(8480);
    expect(Date.now() - started).toBeLessThan(2500);
    await lock.released;
  });

  it('makes a write wait for the lock, then succeed', async () => {
    const { dataDir, file } = await seeded();
    const lock = holdWriteLock(file, 800);
    await lock.locked;
    const r = await cli(dataDir, 'import', BUILTIN_DOSSIER, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).changeId).toBeNull();
    await lock.released;
  });

  it('backs up while another process writes, and restores the backup', async () => {
    const { dataDir, file, store } = await seeded();
    const backup = join(mkdtempSync(join(tmpdir(), 'detente-backup-')), 'detente-backup.db');
    const lock = holdWriteLock(file, 500);
    await lock.locked;
    expect((await cli(dataDir, 'backup', backup)).code).toBe(0);
    await lock.released;
    const revisionAtBackup = 1;
    expect(await store.revision()).toBe(2);
    const restored = await cli(dataDir, 'restore', backup);
    expect(restored.code).toBe(0);
    const reopened = await Store.open({ dataDir });
    stores.push(reopened);
    expect(await reopened.revision()).toBe(revisionAtBackup);
    expect(
      (
        await cli(
          dataDir,
          'duty',
          '2306.41',
          '--from',
          'CAN',
          '--to',
          'CHN',
          '--on',
          '2025-04-01',
          '--json',
        )
      ).out,
    ).toContain('"bp": 10500');
  });

  it('refuses to restore a missing file or a database that is not a backup, changing nothing', async () => {
    const { dataDir, store } = await seeded();
    const folder = mkdtempSync(join(tmpdir(), 'detente-nb-'));
    const missing = await cli(dataDir, 'restore', join(folder, 'missing.db'));
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('error[not_found]')]);
    const foreign = new SqliteDatabase(join(folder, 'other.db'));
    foreign.exec('create table notes (text)');
    foreign.close();
    const wrong = await cli(dataDir, 'restore', join(folder, 'other.db'));
    expect([wrong.code, wrong.err]).toEqual([
      1,
      expect.stringContaining('is not a Détente backup'),
    ]);
    expect(await store.revision()).toBe(1);
  });
});
