/**
 * The watchlists table: one row per watchlist, its criteria as JSON. One query code path for
 * both backends; validation, ids and secrets live in src/services/watch.ts.
 */
import type { Kysely } from 'kysely';
import type { Database, WatchlistsTable } from './schema.ts';

export type WatchlistRow = WatchlistsTable;

export class WatchlistRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: WatchlistRow): Promise<void> {
    await this.db.insertInto('watchlists').values(row).execute();
  }

  /** Every watchlist, by name. */
  all(): Promise<WatchlistRow[]> {
    return this.db.selectFrom('watchlists').selectAll().orderBy('name').orderBy('id').execute();
  }

  byId(id: string): Promise<WatchlistRow | undefined> {
    return this.db.selectFrom('watchlists').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byName(name: string): Promise<WatchlistRow | undefined> {
    return this.db.selectFrom('watchlists').selectAll().where('name', '=', name).executeTakeFirst();
  }

  /** Writes the name, criteria, private flag and update time; false when the id is unknown. */
  async update(
    row: Pick<WatchlistRow, 'id' | 'name' | 'criteria' | 'private' | 'updated_at'>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('watchlists')
      .set({
        name: row.name,
        criteria: row.criteria,
        private: row.private,
        updated_at: row.updated_at,
      })
      .where('id', '=', row.id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Removes a watchlist; false when the id is unknown. */
  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('watchlists').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
