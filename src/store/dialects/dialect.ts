/**
 * What differs between the embedded SQLite store and PostgreSQL, and nothing else: opening,
 * write transactions, backup. Every query is written once, in Kysely, for both.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export type DialectKind = 'sqlite' | 'postgres';

export interface OpenDialect {
  readonly kind: DialectKind;
  readonly db: Kysely<Database>;
  /** Runs `fn` in a transaction that holds the write lock from its first statement. */
  writeTransaction<T>(
    fn: (trx: Transaction<Database> | Kysely<Database>) => Promise<T>,
  ): Promise<T>;
  /** An online copy of the database into a file (embedded store only). */
  backup(file: string): Promise<void>;
  /** Replaces the database's content with a backup file's (embedded store only). */
  restore(file: string): Promise<void>;
  /** Where the data lives, for messages. */
  readonly location: string;
  close(): Promise<void>;
}
