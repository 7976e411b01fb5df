/** PostgreSQL, for teams: used when DATABASE_URL is set. */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { DetenteError } from '../../core/errors.ts';
import type { Database } from '../schema.ts';
import type { OpenDialect } from './dialect.ts';

const hidePassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

export function openPostgres(url: string): OpenDialect {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection closed by the server (restart, failover) must not end the process: the
  // pool drops it and the next query opens a new one.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const embeddedOnly = () => {
    throw new DetenteError(
      'invalid_argument',
      'backup and restore are for the embedded store; use pg_dump and pg_restore for PostgreSQL',
    );
  };
  return {
    kind: 'postgres',
    db,
    location: hidePassword(url),
    writeTransaction: (fn) => db.transaction().execute(fn),
    backup: async () => embeddedOnly(),
    restore: async () => embeddedOnly(),
    async close() {
      await db.destroy();
    },
  };
}
