/**
 * The store's tables, typed for Kysely. History is append-only: every create, update and
 * delete adds a row to `record_versions` under a row of `changes` (who, when, why). `records`
 * is the current state, kept in the same transaction and used for the optimistic version check.
 */
import type { Generated } from 'kysely';

export interface ChangesTable {
  id: Generated<number>;
  /** When the change was recorded: ISO timestamp in UTC with milliseconds. */
  at: string;
  author: string;
  reason: string;
  /** Where the change came from, e.g. the git commit of imported files. */
  origin: string | null;
}

export type VersionOp = 'create' | 'update' | 'delete';

export interface RecordVersionsTable {
  dossier: string;
  id: string;
  version: number;
  change_id: number;
  collection: string;
  op: VersionOp;
  /** The record as JSON; null for a deletion. */
  data: string | null;
}

export interface RecordsTable {
  dossier: string;
  id: string;
  collection: string;
  version: number;
  /** 1 when the latest version is a deletion; the row stays, nothing is hard-deleted. */
  deleted: number;
  /** The latest data (for a deleted record, the data before deletion). */
  data: string;
  /** Position for export, so files keep the order they were written in. */
  ord: number;
}

/** API tokens: only a scrypt hash of the secret is kept, with its salt. Revoked, never deleted. */
export interface TokensTable {
  id: string;
  /** Who the token belongs to: the author of every change written with it. */
  name: string;
  role: 'editor' | 'admin';
  /** scrypt hash of the secret, hex. */
  hash: string;
  /** Random salt of the hash, hex. */
  salt: string;
  created_at: string;
  revoked_at: string | null;
}

export interface Database {
  changes: ChangesTable;
  record_versions: RecordVersionsTable;
  records: RecordsTable;
  tokens: TokensTable;
}
