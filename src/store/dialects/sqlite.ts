/**
 * The embedded store: one SQLite file in the data directory, in WAL mode so readers (the CLI)
 * work while a server writes. Writes take the lock up front (BEGIN IMMEDIATE) and wait for it.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { DetenteError } from '../../core/errors.ts';
import type { Database } from '../schema.ts';
import type { OpenDialect } from './dialect.ts';

const BUSY_TIMEOUT_MS = 10_000;

function openRaw(file: string, readonly = false): SqliteDatabase.Database {
  const raw = new SqliteDatabase(file, {
    readonly,
    fileMustExist: readonly,
    timeout: BUSY_TIMEOUT_MS,
  });
  if (!readonly) {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  }
  return raw;
}

export function openSqlite(file: string): OpenDialect {
  mkdirSync(dirname(file), { recursive: true });
  const raw = openRaw(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    kind: 'sqlite',
    db,
    location: file,
    writeTransaction: (fn) =>
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (e) {
          await sql`rollback`.execute(conn);
          throw e;
        }
      }),
    async backup(target) {
      await raw.backup(target);
    },
    async restore(source) {
      let from: SqliteDatabase.Database;
      try {
        from = openRaw(source, true);
      } catch (e) {
        throw new DetenteError(
          'not_found',
          `cannot open backup ${source}: ${(e as Error).message}`,
        );
      }
      try {
        const tables = from
          .prepare("select name from sqlite_master where type = 'table'")
          .all() as { name: string }[];
        const names = new Set(tables.map((t) => t.name));
        for (const t of ['kysely_migration', 'changes', 'record_versions', 'records']) {
          if (!names.has(t))
            throw new DetenteError(
              'incompatible_store',
              `${source} is not a Détente backup (no ${t} table)`,
            );
        }
        await from.backup(file);
      } finally {
        from.close();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
