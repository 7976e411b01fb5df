/**
 * The tokens table: API tokens as scrypt hashes, one query code path for both backends. The
 * hashing and the rules (roles, unique active names) live in src/services/tokens.ts.
 */
import type { Kysely } from 'kysely';
import type { Database, TokensTable } from './schema.ts';

export type TokenRow = TokensTable;

export class TokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: TokenRow): Promise<void> {
    await this.db.insertInto('tokens').values(row).execute();
  }

  /** Every token, revoked ones included, oldest first. */
  all(): Promise<TokenRow[]> {
    return this.db.selectFrom('tokens').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  byId(id: string): Promise<TokenRow | undefined> {
    return this.db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Marks a token revoked at a moment; returns false when it was unknown or already revoked. */
  async revoke(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
