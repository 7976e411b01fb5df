/**
 * The store: records with their whole history, on SQLite or PostgreSQL through one code path.
 * Nothing is overwritten or hard-deleted: every change adds versions under a change row, and
 * the current state is checked optimistically (a write names the version it read).
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { DetenteError } from '../core/errors.ts';
import { canonicalJson } from '../core/diff.ts';
import type { OpenDialect } from './dialects/dialect.ts';
import { openPostgres } from './dialects/postgres.ts';
import { openSqlite } from './dialects/sqlite.ts';
import { migrateToLatest } from './migrations.ts';
import type { Database, VersionOp } from './schema.ts';
import { TokenRepository } from './tokens.ts';
import { WatchlistRepository } from './watchlists.ts';
import { DeliveryRepository } from './delivery.ts';
import { IngestRepository } from './ingest.ts';

export interface StoreConfig {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
}

export interface StoredRecord {
  readonly dossier: string;
  readonly collection: string;
  readonly id: string;
  readonly version: number;
  readonly data: unknown;
}

export type ChangeOp =
  | {
      readonly op: 'create';
      readonly dossier: string;
      readonly collection: string;
      readonly id: string;
      readonly data: unknown;
    }
  | {
      readonly op: 'update';
      readonly dossier: string;
      readonly collection: string;
      readonly id: string;
      readonly data: unknown;
      /** The version the writer read; the write fails with `conflict` if it has moved on. */
      readonly expectedVersion: number;
    }
  | {
      readonly op: 'delete';
      readonly dossier: string;
      readonly collection: string;
      readonly id: string;
      readonly expectedVersion: number;
    };

export interface ChangeSet {
  /** When: an ISO timestamp, from the clock the caller was given. */
  readonly at: string;
  readonly author: string;
  readonly reason: string;
  readonly origin?: string | undefined;
  readonly ops: readonly ChangeOp[];
}

export interface AppliedChange {
  readonly changeId: number;
  readonly versions: readonly { id: string; op: VersionOp; version: number }[];
}

export interface VersionEntry {
  readonly dossier: string;
  readonly collection: string;
  readonly id: string;
  readonly version: number;
  readonly op: VersionOp;
  readonly data: unknown;
  readonly changeId: number;
  readonly at: string;
  readonly author: string;
  readonly reason: string;
  readonly origin: string | null;
}

/** The columns of a record version with its change (who, when, why, from where). */
const VERSION_COLUMNS = [
  'v.dossier',
  'v.collection',
  'v.id',
  'v.version',
  'v.op',
  'v.data',
  'v.change_id',
  'c.at',
  'c.author',
  'c.reason',
  'c.origin',
] as const;

/** A version with the data of the version before it (null for a first version or after a deletion). */
export interface VersionWithPrevious extends VersionEntry {
  readonly previous: unknown;
}

const BATCH = 400;
const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

export class Store {
  private constructor(private readonly dialect: OpenDialect) {}

  /**
   * Opens the store named by the configuration (PostgreSQL when a database URL is given,
   * else `detente.db` in the data directory) and migrates it to the latest schema.
   *
   * @example
   * const store = await Store.open({ dataDir: './data' });
   */
  static async open(config: StoreConfig): Promise<Store> {
    const dialect = config.databaseUrl
      ? openPostgres(config.databaseUrl)
      : openSqlite(join(config.dataDir, 'detente.db'));
    try {
      await migrateToLatest(dialect.db as unknown as Kysely<unknown>, dialect.kind);
    } catch (e) {
      await dialect.close();
      if (e instanceof DetenteError) throw e;
      throw new DetenteError(
        'incompatible_store',
        `cannot open the store at ${dialect.location}: ${(e as Error).message}`,
      );
    }
    return new Store(dialect);
  }

  get kind() {
    return this.dialect.kind;
  }

  get location() {
    return this.dialect.location;
  }

  private get db(): Kysely<Database> {
    return this.dialect.db;
  }

  /** The API tokens (hashes only). */
  get tokens(): TokenRepository {
    return new TokenRepository(this.dialect.db);
  }

  /** Webhooks, their outbox of deliveries and the tick cursor. */
  get delivery(): DeliveryRepository {
    return new DeliveryRepository(this.dialect);
  }

  /** The watchlists (what readers follow). */
  get watchlists(): WatchlistRepository {
    return new WatchlistRepository(this.dialect.db, (fn) => this.dialect.writeTransaction(fn));
  }

  /** The ingest review queue: batches of text and the review state of their candidates. */
  get ingest(): IngestRepository {
    return new IngestRepository(this.dialect.db, (fn) => this.dialect.writeTransaction(fn));
  }

  /** The id of the latest change: it moves whenever anything is written. */
  async revision(): Promise<number> {
    const row = await this.db
      .selectFrom('changes')
      .select((eb) => eb.fn.max('id').as('rev'))
      .executeTakeFirst();
    return Number(row?.rev ?? 0);
  }

  /** Current records (not deleted), in the order they were first written. */
  async currentRecords(dossier?: string): Promise<StoredRecord[]> {
    let q = this.db
      .selectFrom('records')
      .select(['dossier', 'collection', 'id', 'version', 'data'])
      .where('deleted', '=', 0);
    if (dossier !== undefined) q = q.where('dossier', '=', dossier);
    const rows = await q.orderBy('dossier').orderBy('ord').orderBy('id').execute();
    return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }));
  }

  /** Records as the store held them at a moment: the latest version recorded at or before it. */
  async recordsAsKnownOn(at: string): Promise<StoredRecord[]> {
    const rows = await this.db
      .selectFrom('record_versions as v')
      .innerJoin('changes as c', 'c.id', 'v.change_id')
      .innerJoin('records as r', (j) =>
        j.onRef('r.dossier', '=', 'v.dossier').onRef('r.id', '=', 'v.id'),
      )
      .select(['v.dossier', 'v.collection', 'v.id', 'v.version', 'v.op', 'v.data', 'r.ord'])
      .where('c.at', '<=', at)
      .orderBy('v.dossier')
      .orderBy('v.id')
      .orderBy('v.version')
      .execute();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const r of rows) latest.set(`${r.dossier}\u0000${r.id}`, r);
    return [...latest.values()]
      .filter((r) => r.op !== 'delete' && r.data !== null)
      .sort(
        (a, b) => a.dossier.localeCompare(b.dossier) || a.ord - b.ord || a.id.localeCompare(b.id),
      )
      .map((r) => ({
        dossier: r.dossier,
        collection: r.collection,
        id: r.id,
        version: r.version,
        data: JSON.parse(r.data as string) as unknown,
      }));
  }

  /** Every version of a record, oldest first, with who changed it, when and why. */
  async history(id: string, dossier?: string): Promise<VersionEntry[]> {
    let q = this.db
      .selectFrom('record_versions as v')
      .innerJoin('changes as c', 'c.id', 'v.change_id')
      .select(VERSION_COLUMNS)
      .where('v.id', '=', id);
    if (dossier !== undefined) q = q.where('v.dossier', '=', dossier);
    const rows = await q.orderBy('v.dossier').orderBy('v.version').execute();
    return rows.map(({ change_id, data, ...r }) => ({
      ...r,
      changeId: change_id,
      data: data === null ? null : (JSON.parse(data) as unknown),
    }));
  }

  /**
   * Every version recorded in a window of time, since < at <= until (ISO timestamps), with the
   * version before it: what change detection reads. Oldest first; `changes.at` is indexed and
   * the previous version is read by primary key, so the cost follows the window, not the history.
   *
   * @example
   * await store.versionsBetween('2026-11-28T00:00:00.000Z', '2026-11-29T00:00:00.000Z');
   */
  async versionsBetween(since: string, until: string): Promise<VersionWithPrevious[]> {
    const rows = await this.db
      .selectFrom('record_versions as v')
      .innerJoin('changes as c', 'c.id', 'v.change_id')
      .leftJoin('record_versions as p', (j) =>
        j
          .onRef('p.dossier', '=', 'v.dossier')
          .onRef('p.id', '=', 'v.id')
          .on(sql<boolean>`p.version = v.version - 1`),
      )
      .select([...VERSION_COLUMNS, 'p.data as previous'])
      .where('c.at', '>', since)
      .where('c.at', '<=', until)
      .orderBy('c.at')
      .orderBy('v.change_id')
      .orderBy('v.dossier')
      .orderBy('v.id')
      .execute();
    return rows.map(({ change_id, data, previous, ...r }) => ({
      ...r,
      changeId: change_id,
      data: data === null ? null : (JSON.parse(data) as unknown),
      previous: previous === null ? null : (JSON.parse(previous) as unknown),
    }));
  }

  /**
   * Writes a change set in one transaction: all of it or none of it. A create of an existing
   * record, or an update or delete whose expected version is not the current one, fails with
   * `conflict` and writes nothing. `alongside` runs in the same transaction after the records are
   * written (e.g. marking an ingest candidate accepted): if it throws, nothing is written.
   */
  async apply(
    change: ChangeSet,
    alongside?: (trx: Kysely<Database>) => Promise<void>,
  ): Promise<AppliedChange> {
    return this.dialect.writeTransaction(async (trx) => {
      const inserted = await trx
        .insertInto('changes')
        .values({
          at: change.at,
          author: change.author,
          reason: change.reason,
          origin: change.origin ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const changeId = Number(inserted.id);
      const versions: { id: string; op: VersionOp; version: number }[] = [];
      const versionRows: Database['record_versions'][] = [];

      const creates = change.ops.filter((o) => o.op === 'create');
      const existing = new Map<string, { version: number; deleted: number }>();
      for (const batch of chunks(creates, BATCH)) {
        const rows = await trx
          .selectFrom('records')
          .select(['dossier', 'id', 'version', 'deleted'])
          .where((eb) =>
            eb.or(batch.map((o) => eb.and([eb('dossier', '=', o.dossier), eb('id', '=', o.id)]))),
          )
          .execute();
        for (const r of rows) existing.set(`${r.dossier}\u0000${r.id}`, r);
      }
      const maxOrd = await trx
        .selectFrom('records')
        .select((eb) => eb.fn.max('ord').as('ord'))
        .executeTakeFirst();
      let ord = Number(maxOrd?.ord ?? 0);

      const fresh: Database['records'][] = [];
      for (const op of change.ops) {
        const key = `${op.dossier}\u0000${op.id}`;
        if (op.op === 'create') {
          const found = existing.get(key);
          if (found && found.deleted === 0) {
            throw new DetenteError(
              'conflict',
              `${op.id} already exists in ${op.dossier} (version ${found.version})`,
            );
          }
          const data = canonicalJson(op.data);
          const version = (found?.version ?? 0) + 1;
          if (found) await this.writeCurrent(trx, op, data, found.version, version, 0);
          else
            fresh.push({
              dossier: op.dossier,
              id: op.id,
              collection: op.collection,
              version,
              deleted: 0,
              data,
              ord: ++ord,
            });
          versionRows.push({
            dossier: op.dossier,
            id: op.id,
            version,
            change_id: changeId,
            collection: op.collection,
            op: 'create',
            data,
          });
          versions.push({ id: op.id, op: 'create', version });
        } else {
          const data = op.op === 'update' ? canonicalJson(op.data) : null;
          const version = op.expectedVersion + 1;
          await this.writeCurrent(
            trx,
            op,
            data,
            op.expectedVersion,
            version,
            op.op === 'delete' ? 1 : 0,
          );
          versionRows.push({
            dossier: op.dossier,
            id: op.id,
            version,
            change_id: changeId,
            collection: op.collection,
            op: op.op,
            data,
          });
          versions.push({ id: op.id, op: op.op, version });
        }
      }
      for (const batch of chunks(fresh, BATCH)) {
        try {
          await trx.insertInto('records').values(batch).execute();
        } catch (e) {
          // Another change created one of these records after this one looked (PostgreSQL
          // lets two writers look at once): the same conflict as one found by looking.
          if (isDuplicateKey(e))
            throw new DetenteError(
              'conflict',
              `a record this change creates was created meanwhile by another change: reload and apply it again`,
            );
          throw e;
        }
      }
      for (const batch of chunks(versionRows, BATCH))
        await trx.insertInto('record_versions').values(batch).execute();
      if (alongside) await alongside(trx);
      return { changeId, versions };
    });
  }

  /** Moves the current row from one version to the next, or fails with `conflict`. */
  private async writeCurrent(
    trx: Kysely<Database>,
    op: ChangeOp,
    data: string | null,
    from: number,
    to: number,
    deleted: number,
  ): Promise<void> {
    const result = await trx
      .updateTable('records')
      .set({ version: to, deleted, collection: op.collection, ...(data === null ? {} : { data }) })
      .where('dossier', '=', op.dossier)
      .where('id', '=', op.id)
      .where('version', '=', from)
      .where('deleted', '=', op.op === 'create' ? 1 : 0)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      const now = await trx
        .selectFrom('records')
        .select(['version', 'deleted'])
        .where('dossier', '=', op.dossier)
        .where('id', '=', op.id)
        .executeTakeFirst();
      const state = !now
        ? 'does not exist'
        : now.deleted
          ? `was deleted (version ${now.version})`
          : `is at version ${now.version}`;
      throw new DetenteError(
        'conflict',
        `${op.id} ${state}; this change expected version ${from}: reload and apply it again`,
      );
    }
  }

  /** An online backup of the embedded store into a file. */
  backup(file: string): Promise<void> {
    return this.dialect.backup(file);
  }

  /** Replaces the embedded store's content with a backup's. */
  restore(file: string): Promise<void> {
    return this.dialect.restore(file);
  }

  close(): Promise<void> {
    return this.dialect.close();
  }
}

/** A write refused for a key already taken: PostgreSQL's unique violation, SQLite's key check. */
function isDuplicateKey(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
