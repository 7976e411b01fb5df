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

/** A webhook: a URL told of every change of one watchlist, signed with the hook's secret. */
export interface HooksTable {
  id: string;
  watchlist_id: string;
  url: string;
  /** The HMAC key of the signatures; shown once when the hook is registered. */
  secret: string;
  created_at: string;
  /** 1 once removed: the row stays so its deliveries keep their hook. */
  disabled: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

/** The outbox: one row per hook and event (UNIQUE), retried until delivered or dead. */
export interface DeliveriesTable {
  id: string;
  hook_id: string;
  event_id: string;
  /** The JSON body POSTed, fixed when enqueued so every attempt sends the same bytes. */
  payload: string;
  attempts: number;
  next_attempt_at: string;
  status: DeliveryStatus;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** How far change delivery has looked: the last instant a tick processed. */
export interface TickCursorTable {
  name: string;
  at: string;
}

/** Watchlists: what a reader follows. The criteria are JSON (scopes, pairs, kinds, channels, actors). */
export interface WatchlistsTable {
  id: string;
  /** Unique: the CLI and the API name a watchlist by it. */
  name: string;
  /** JSON of the criteria: { scopes, pairs, kinds, channels, actors }. */
  criteria: string;
  /** 1 when the feed needs the secret in its URL. */
  private: number;
  /** Random, generated at creation: the key of a private watchlist's feed URL. */
  feed_secret: string;
  created_at: string;
  updated_at: string;
}

/** A batch of the ingest queue: one text as given, its extraction, and whether it is reviewed. */
export interface IngestBatchesTable {
  id: string;
  created_at: string;
  /** Who submitted the text. */
  author: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  /** The publication date, YYYY-MM-DD. */
  published: string;
  /** The plain text every candidate span points into (markup already stripped). */
  text: string;
  /** The extraction as JSON, without its text (kept once, in `text`). */
  extraction: string;
  /** `reviewed` once no candidate is pending. */
  status: 'open' | 'reviewed';
}

export type IngestReviewStatus = 'pending' | 'accepted' | 'rejected';

/** The review state of one candidate of a batch. */
export interface IngestReviewsTable {
  batch: string;
  /** The candidate's key in the extraction. */
  key: string;
  /** Position of the candidate in the extraction. */
  ord: number;
  status: IngestReviewStatus;
  /** The candidate as the reviewer edited it (JSON), or null when taken as extracted. */
  edited: string | null;
  /** JSON array of the records the acceptance wrote or found: { id, collection, op }. */
  records: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface Database {
  changes: ChangesTable;
  record_versions: RecordVersionsTable;
  records: RecordsTable;
  tokens: TokensTable;
  watchlists: WatchlistsTable;
  hooks: HooksTable;
  deliveries: DeliveriesTable;
  tick_cursor: TickCursorTable;
  ingest_batches: IngestBatchesTable;
  ingest_reviews: IngestReviewsTable;
}
