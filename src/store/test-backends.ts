/**
 * The backends every store test runs against: SQLite in a temporary folder, and PostgreSQL
 * when DETENTE_TEST_DATABASE_URL names a server (scripts/test.sh starts a throwaway one). Each
 * opened store gets its own empty database. Used by tests only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Store } from './store.ts';
import type { StoreConfig } from './store.ts';

export interface TestBackend {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty store's configuration, and how to remove it. */
  fresh(): Promise<{ config: StoreConfig; dispose: () => Promise<void> }>;
}

const sqlite: TestBackend = {
  name: 'sqlite',
  async fresh() {
    const dataDir = mkdtempSync(join(tmpdir(), 'detente-store-'));
    return {
      config: { dataDir },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

/**
 * A new, empty PostgreSQL database on the server `adminUrl` names, and how to drop it. Used by
 * tests and benchmarks.
 */
export async function throwawayDatabase(
  adminUrl: string,
  prefix: string,
): Promise<{ config: StoreConfig; dispose: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now()}_${databases++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { dataDir: tmpdir(), databaseUrl: url.toString() },
    dispose: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
let databases = 0;

function postgres(adminUrl: string): TestBackend {
  return { name: 'postgres', fresh: () => throwawayDatabase(adminUrl, 'detente_test') };
}

/** The backends to test; PostgreSQL is required when DETENTE_TEST_REQUIRE_POSTGRES=1. */
export function testBackends(): TestBackend[] {
  const url = process.env.DETENTE_TEST_DATABASE_URL;
  if (!url && process.env.DETENTE_TEST_REQUIRE_POSTGRES === '1') {
    throw new Error(
      'DETENTE_TEST_DATABASE_URL is not set: run the tests with npm test, which starts PostgreSQL',
    );
  }
  return url ? [sqlite, postgres(url)] : [sqlite];
}

/** Opens a fresh store on a backend; `dispose` closes and removes it. */
export async function freshStore(
  backend: TestBackend,
): Promise<{ store: Store; config: StoreConfig; dispose: () => Promise<void> }> {
  const { config, dispose } = await backend.fresh();
  const store = await Store.open(config);
  return {
    store,
    config,
    dispose: async () => {
      await store.close();
      await dispose();
    },
  };
}
