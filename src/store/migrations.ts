/**
 * Versioned migrations, in code. They run at start; a database that holds migrations this code
 * does not know (written by a newer release) is refused instead of being changed.
 */
import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { DetenteError } from '../core/errors.ts';
import type { DialectKind } from './dialects/dialect.ts';

function migrationsFor(kind: DialectKind): Record<string, Migration> {
  return {
    '2026-11-29-001-history': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('changes')
          .addColumn('id', kind === 'postgres' ? 'serial' : 'integer', (c) =>
            kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('origin', 'text')
          .execute();
        await db.schema
          .createTable('record_versions')
          .addColumn('dossier', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('change_id', 'integer', (c) => c.notNull().references('changes.id'))
          .addColumn('collection', 'text', (c) => c.notNull())
          .addColumn('op', 'text', (c) =>
            c.notNull().check(sql`op in ('create', 'update', 'delete')`),
          )
          .addColumn('data', 'text')
          .addPrimaryKeyConstraint('record_versions_pk', ['dossier', 'id', 'version'])
          .execute();
        await db.schema
          .createIndex('record_versions_change')
          .on('record_versions')
          .column('change_id')
          .execute();
        await db.schema
          .createTable('records')
          .addColumn('dossier', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('collection', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('ord', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('records_pk', ['dossier', 'id'])
          .execute();
        await db.schema.createIndex('records_id').on('records').column('id').execute();
      },
    },
    '2026-11-29-002-tokens': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('editor', 'admin')`))
          .addColumn('hash', 'text', (c) => c.notNull())
          .addColumn('salt', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema.createIndex('tokens_name').on('tokens').column('name').execute();
      },
    },
    '2026-11-29-003-watchlists': {
      // Watchlists, and an index on changes.at so change detection reads a window of history
      // without scanning it all.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('watchlists')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('criteria', 'text', (c) => c.notNull())
          .addColumn('private', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('feed_secret', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('changes_at').on('changes').column('at').execute();
      },
    },
    '2026-11-29-004-ingest': {
      // The ingest review queue: each pasted or uploaded text with its extraction (a batch), and
      // the review state of each candidate. Accepted records live in `records`, like any other.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('ingest_batches')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('url', 'text')
          .addColumn('title', 'text')
          .addColumn('publisher', 'text')
          .addColumn('published', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('extraction', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) =>
            c.notNull().check(sql`status in ('open', 'reviewed')`),
          )
          .execute();
        await db.schema
          .createIndex('ingest_batches_created')
          .on('ingest_batches')
          .column('created_at')
          .execute();
        await db.schema
          .createTable('ingest_reviews')
          .addColumn('batch', 'text', (c) => c.notNull().references('ingest_batches.id'))
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('ord', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) =>
            c.notNull().check(sql`status in ('pending', 'accepted', 'rejected')`),
          )
          .addColumn('edited', 'text')
          .addColumn('records', 'text')
          .addColumn('reviewed_by', 'text')
          .addColumn('reviewed_at', 'text')
          .addPrimaryKeyConstraint('ingest_reviews_pk', ['batch', 'key'])
          .execute();
      },
    },
    '2026-11-29-005-delivery': {
      // Webhooks: the hooks, an outbox of deliveries (one per hook and event, never two: the
      // UNIQUE constraint is what makes a re-run tick harmless) and the tick's cursor.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('hooks')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('watchlist_id', 'text', (c) => c.notNull())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('secret', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema.createIndex('hooks_watchlist').on('hooks').column('watchlist_id').execute();
        await db.schema
          .createTable('deliveries')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('hook_id', 'text', (c) => c.notNull().references('hooks.id'))
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_attempt_at', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) =>
            c.notNull().check(sql`status in ('pending', 'delivered', 'dead')`),
          )
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('deliveries_hook_event', ['hook_id', 'event_id'])
          .execute();
        await db.schema
          .createIndex('deliveries_due')
          .on('deliveries')
          .columns(['status', 'next_attempt_at'])
          .execute();
        await db.schema
          .createTable('tick_cursor')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
      },
    },
  };
}

/** Migration names this code knows, oldest first. */
export const knownMigrations = (kind: DialectKind) => Object.keys(migrationsFor(kind)).sort();

/** Brings the database to the latest schema, or refuses a database newer than the code. */
export async function migrateToLatest(db: Kysely<unknown>, kind: DialectKind): Promise<void> {
  const migrations = migrationsFor(kind);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db, provider });
  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined);
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (tables.some((t) => t.name === 'kysely_migration')) {
    const names = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const unknown = names.rows.map((r) => r.name).filter((n) => !(n in migrations));
    if (unknown.length > 0) {
      throw new DetenteError(
        'incompatible_store',
        `the database was written by a newer version of Détente (migrations ${unknown.join(', ')} are unknown here); upgrade Détente or restore a backup`,
      );
    }
  }
  if (applied.length === Object.keys(migrations).length) return;
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new DetenteError(
      'incompatible_store',
      `migration ${failed} failed: ${(error as Error).message}`,
    );
  }
}
