/**
 * Crash safety of imports, on every backend: a process killed with SIGKILL in the middle of a
 * large import's write transaction leaves the store exactly as it was (same revision, same
 * current records, same number of rows in every table), and the next import succeeds.
 *
 * A child process (testdata/import-child.ts) imports a synthetic dossier of 11,002 records
 * (about 3 s: reading the files, then a write of about a second) into a store that already
 * holds the built-in dossier, and says `writing` just before its write transaction starts.
 * How much write-ahead log the whole write produces is measured first on a throwaway store of
 * the same backend; each run kills the child once its write has produced a different fraction
 * of that, so the kill lands at a point of the write whatever the machine's speed or load.
 * Just before the kill, the test checks from outside that the child is inside its write
 * transaction (SQLite: the write lock is taken; PostgreSQL: the child's session has a
 * transaction that has written): a kill that does not land inside the write proves nothing,
 * so it fails the test instead of passing it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDossier } from '../../bench/synthetic-dossier.ts';
import type { SyntheticDossier } from '../../bench/synthetic-dossier.ts';
import { Store } from '../store/store.ts';
import type { ChangeOp, StoreConfig } from '../store/store.ts';
import { testBackends } from '../store/test-backends.ts';
import { MANIFEST } from './assemble.ts';
import { BUILTIN_DOSSIER } from './builtin.ts';
import { importDossier } from './import.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./testdata/import-child.ts', import.meta.url));
const AT = '2026-11-29T12:00:00.000Z';
/**
 * Where in the write each run kills the child: a fraction of the whole write's WAL bytes. With
 * its usual cache SQLite writes the WAL in bursts (the pages its cache cannot hold, once partway
 * through the write, then the rest as it commits), so a point past the first burst is only
 * reached while the child commits; the child runs with a cache of a few pages, which makes the
 * WAL grow steadily through the write, so every point lies inside it.
 */
const KILL_AT = [0.1, 0.4, 0.7];

let work: string;
let synthetic: SyntheticDossier;
/** The creates an import of the synthetic dossier writes into a store without it. */
let syntheticOps: ChangeOp[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'detente-crash-'));
  // Mostly base rates: the smallest records, so the child spends less time reading the files
  // (the YAML parser reads about 1 MB/s) per record it then writes.
  synthetic = writeSyntheticDossier(join(work, 'dossier'), {
    seed: 11,
    measures: 1000,
    baseRates: 10_000,
  });
  // `sources.json` holds sources, `measures/part-001.json` measures; the manifest is a record.
  syntheticOps = synthetic.files.flatMap((file) => {
    const data = JSON.parse(readFileSync(join(synthetic.dir, file), 'utf8')) as unknown;
    const collection = file === 'dossier.json' ? MANIFEST : file.replace(/(\/[^/]*)?\.json$/, '');
    const records = (Array.isArray(data) ? data : [data]) as { id: string }[];
    return records.map((r): ChangeOp => ({
      op: 'create',
      dossier: synthetic.id,
      collection,
      id: r.id,
      data: r,
    }));
  });
}, 30_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Snapshot {
  readonly revision: number;
  readonly current: number;
  /** A hash of every current record with its version. */
  readonly digest: string;
  readonly rows: {
    readonly changes: number;
    readonly record_versions: number;
    readonly records: number;
  };
}

const TABLES = ['changes', 'record_versions', 'records'] as const;

/** Rows per table, read with the backend's own driver, outside the store. */
async function countRows(config: StoreConfig): Promise<Snapshot['rows']> {
  const counts: Record<string, number> = {};
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      for (const t of TABLES)
        counts[t] =
          (await client.query<{ n: number }>(`select count(*)::int as n from ${t}`)).rows[0]?.n ??
          -1;
    } finally {
      await client.end();
    }
  } else {
    const db = new SqliteDatabase(join(config.dataDir, 'detente.db'), { readonly: true });
    try {
      for (const t of TABLES)
        counts[t] = (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  }
  return counts as Snapshot['rows'];
}

/** Opens the store afresh (recovering it after a crash) and reads what it holds. */
async function snapshot(config: StoreConfig): Promise<Snapshot> {
  const store = await Store.open(config);
  try {
    const records = await store.currentRecords();
    return {
      revision: await store.revision(),
      current: records.length,
      digest: createHash('sha256').update(JSON.stringify(records)).digest('hex'),
      rows: await countRows(config),
    };
  } finally {
    await store.close();
  }
}

/**
 * Watches a store from outside while another process writes to it: how many bytes of
 * write-ahead log have been written so far (SQLite: the size of the -wal file, which grows as a
 * large transaction spills its pages; PostgreSQL: the server's WAL insert position), and
 * whether a write transaction is open right now (SQLite: the write lock cannot be taken,
 * BEGIN IMMEDIATE fails at once with SQLITE_BUSY; PostgreSQL: a session of the database has a
 * transaction with a transaction id, that is, one that has written).
 */
interface Watch {
  /** SQLite: checkpoints the WAL and truncates it, so that its size counts new writes only. */
  rewind(): Promise<void>;
  walBytes(): Promise<number>;
  insideWrite(): Promise<boolean>;
  close(): Promise<void>;
}

async function watch(config: StoreConfig): Promise<Watch> {
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    const one = async (text: string) =>
      Number((await client.query<{ n: string }>(text)).rows[0]?.n);
    return {
      rewind: async () => undefined,
      walBytes: () => one(`select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0') as n`),
      insideWrite: async () =>
        (await one(
          `select count(*) as n from pg_stat_activity where datname = current_database()
             and pid <> pg_backend_pid() and backend_xid is not null`,
        )) > 0,
      close: () => client.end(),
    };
  }
  const file = join(config.dataDir, 'detente.db');
  const db = new SqliteDatabase(file, { timeout: 0 });
  return {
    rewind: async () => void db.pragma('wal_checkpoint(TRUNCATE)'),
    walBytes: async () => statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0,
    insideWrite: async () => {
      try {
        db.exec('begin immediate');
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw e;
      }
      db.exec('rollback');
      return false;
    },
    close: async () => void db.close(),
  };
}

interface KillRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** True when the child was seen inside its write transaction just before the kill. */
  readonly insideWrite: boolean;
  /** WAL bytes the child had written when it was killed. */
  readonly walBytesAtKill: number | null;
  /** True when the child had committed and reported its import before the kill. */
  readonly finished: boolean;
  readonly output: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the importing child and kills it with SIGKILL once its write transaction has written
 * `walBytes` bytes of write-ahead log: a point in the write by how much it has written, not by
 * the clock, so it does not move with the machine's speed or load.
 */
async function killDuringWrite(
  config: StoreConfig,
  dir: string,
  walBytes: number,
): Promise<KillRun> {
  const w = await watch(config);
  try {
    // The WAL's size before the child starts, not when it says it is writing: on a busy machine
    // that line can reach us after much of the write, and the write would then look too small to
    // be cut. The child writes nothing before its write transaction. SQLite reuses its WAL file
    // from the start after a checkpoint, so a file left by the run before would hide the first
    // part of this write: it is truncated first.
    await w.rewind();
    const base = await w.walBytes();
    return await new Promise<KillRun>((resolve, reject) => {
      const args = ['--import', 'tsx', CHILD, JSON.stringify(config), dir, AT];
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let exited = false;
      let insideWrite = false;
      let walBytesAtKill: number | null = null;
      const killAtProgress = async () => {
        while (!exited) {
          const written = (await w.walBytes()) - base;
          // Other sessions of a shared PostgreSQL server move its WAL too: kill only once the
          // child is seen inside its write, else keep watching until it is or it exits.
          if (written >= walBytes && (await w.insideWrite())) {
            child.kill('SIGKILL');
            insideWrite = true;
            walBytesAtKill = written;
            return;
          }
          await pause(5);
        }
      };
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        const started = stdout.includes('writing\n');
        stdout += chunk;
        if (!started && stdout.includes('writing\n'))
          killAtProgress().catch((e: unknown) => {
            child.kill('SIGKILL');
            reject(e as Error);
          });
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        exited = true;
        resolve({
          code,
          signal,
          insideWrite,
          walBytesAtKill,
          finished: stdout.includes('\ndone '),
          output: `${stdout}${stderr}`,
        });
      });
    });
  } finally {
    await w.close();
  }
}

describe.each(testBackends())('an import killed during its write, on $name', (backend) => {
  const disposals: (() => Promise<void>)[] = [];
  let config: StoreConfig;
  let before: Snapshot;
  /** WAL bytes and milliseconds of the whole write of the synthetic import, on this backend. */
  let write: { walBytes: number; ms: number };

  beforeAll(async () => {
    // The whole write of this import on this backend, on a throwaway store holding the
    // built-in dossier (reopened, so SQLite starts from an empty -wal file).
    const scratch = await backend.fresh();
    disposals.push(scratch.dispose);
    let s = await Store.open(scratch.config);
    await importDossier(s, BUILTIN_DOSSIER, { at: AT });
    await s.close();
    s = await Store.open(scratch.config);
    const w = await watch(scratch.config);
    const walBefore = await w.walBytes();
    const start = performance.now();
    await s.apply({ at: AT, author: 'calibration', reason: 'measure', ops: syntheticOps });
    write = { ms: performance.now() - start, walBytes: (await w.walBytes()) - walBefore };
    await w.close();
    await s.close();

    const target = await backend.fresh();
    disposals.push(target.dispose);
    config = target.config;
    const store = await Store.open(config);
    await importDossier(store, BUILTIN_DOSSIER, { at: AT });
    await store.close();
    before = await snapshot(config);
    expect(before.current).toBeGreaterThan(100);
    expect(write.walBytes, 'the synthetic import writes too little to be cut').toBeGreaterThan(
      2 * 1024 * 1024,
    );
  }, 60_000);

  afterAll(async () => {
    for (const dispose of disposals.splice(0)) await dispose();
  });

  it.each(KILL_AT)(
    'leaves the store exactly as it was when killed %s of the way into the write',
    async (fraction) => {
      const walBytes = Math.round(fraction * write.walBytes);
      const run = await killDuringWrite(config, synthetic.dir, walBytes);
      const point =
        `${walBytes} of the ${write.walBytes} WAL bytes of the whole write ` +
        `(${Math.round(write.ms)} ms in the calibration)`;
      expect(run.finished, `the import finished before ${point}:\n${run.output}`).toBe(false);
      expect(
        run.insideWrite,
        `the child was never seen inside its write transaction after ${point}; ` +
          `this run proves nothing:\n${run.output}`,
      ).toBe(true);
      expect(run.signal, run.output).toBe('SIGKILL');
      expect(await snapshot(config)).toEqual(before);
    },
    30_000,
  );

  it('imports the whole dossier afterwards, as if the killed imports had never run', async () => {
    const store = await Store.open(config);
    try {
      const report = await importDossier(store, synthetic.dir, { at: AT });
      expect(report).toMatchObject({
        dossier: synthetic.id,
        created: synthetic.counts.records,
        updated: 0,
        deleted: 0,
        unchanged: 0,
      });
      expect(report.changeId).toBe(await store.revision());
      expect(report.changeId).toBeGreaterThan(before.revision);
    } finally {
      await store.close();
    }
    const after = await snapshot(config);
    const added = synthetic.counts.records;
    expect(after.current).toBe(before.current + added);
    expect(after.rows).toEqual({
      changes: before.rows.changes + 1,
      record_versions: before.rows.record_versions + added,
      records: before.rows.records + added,
    });
  }, 30_000);
});
