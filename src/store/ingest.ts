/**
 * The ingest tables: batches of text with their extraction, and the review state of each
 * candidate, one query code path for both backends. The rules (what a candidate becomes, when
 * a measure is a duplicate) live in src/services/ingest.ts; this file only reads and writes rows.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, IngestBatchesTable, IngestReviewsTable } from './schema.ts';

export type IngestBatchRow = IngestBatchesTable;
export type IngestReviewRow = IngestReviewsTable;

/** A batch without its text and extraction, with how many candidates are in each state. */
export type IngestBatchSummaryRow = Omit<IngestBatchRow, 'text' | 'extraction'> & {
  readonly pending: number;
  readonly accepted: number;
  readonly rejected: number;
};

/** What a review writes: the new state of one pending candidate. */
export interface ReviewUpdate {
  readonly status: 'accepted' | 'rejected';
  readonly edited: string | null;
  readonly records: string | null;
  readonly reviewedBy: string;
  readonly reviewedAt: string;
}

/** The columns a batch is listed with. */
const BATCH_COLUMNS = [
  'b.id',
  'b.created_at',
  'b.author',
  'b.url',
  'b.title',
  'b.publisher',
  'b.published',
  'b.status',
] as const;

/** Runs a function in one write transaction (or directly, when already inside one). */
export type Transact = <T>(fn: (trx: Kysely<Database>) => Promise<T>) => Promise<T>;

export class IngestRepository {
  /**
   * @param transact how to open a write transaction; the default runs in `db` as it is, for a
   *   repository made inside a transaction (see Store.apply's `alongside`).
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly transact: Transact = (fn) => fn(db),
  ) {}

  /** Saves a batch and a pending review row per candidate, together. */
  create(batch: IngestBatchRow, reviews: readonly IngestReviewRow[]): Promise<void> {
    return this.transact(async (trx) => {
      await trx.insertInto('ingest_batches').values(batch).execute();
      for (let i = 0; i < reviews.length; i += 200)
        await trx
          .insertInto('ingest_reviews')
          .values(reviews.slice(i, i + 200))
          .execute();
    });
  }

  /**
   * Every batch with its counts, newest first. With `asKnownOn` (an ISO timestamp), the queue as
   * it stood then: batches created by that moment, candidates reviewed later counted pending.
   */
  async list(asKnownOn?: string): Promise<IngestBatchSummaryRow[]> {
    const at = asKnownOn ?? '9999-12-31T23:59:59.999Z';
    const count = (status: 'pending' | 'accepted' | 'rejected') =>
      status === 'pending'
        ? sql<
            number | string
          >`sum(case when r.status = 'pending' or r.reviewed_at > ${at} then 1 else 0 end)`
        : sql<
            number | string
          >`sum(case when r.status = ${status} and r.reviewed_at <= ${at} then 1 else 0 end)`;
    const rows = await this.db
      .selectFrom('ingest_batches as b')
      .leftJoin('ingest_reviews as r', 'r.batch', 'b.id')
      .select([
        ...BATCH_COLUMNS,
        count('pending').as('pending'),
        count('accepted').as('accepted'),
        count('rejected').as('rejected'),
      ])
      .where('b.created_at', '<=', at)
      .groupBy([...BATCH_COLUMNS])
      .orderBy('b.created_at', 'desc')
      .orderBy('b.id', 'desc')
      .execute();
    return rows.map((r) => {
      const pending = Number(r.pending ?? 0);
      return {
        ...r,
        status: pending > 0 ? 'open' : 'reviewed',
        pending,
        accepted: Number(r.accepted ?? 0),
        rejected: Number(r.rejected ?? 0),
      };
    });
  }

  batch(id: string): Promise<IngestBatchRow | undefined> {
    return this.db.selectFrom('ingest_batches').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The review rows of a batch, in the extraction's order. */
  reviews(batch: string): Promise<IngestReviewRow[]> {
    return this.db
      .selectFrom('ingest_reviews')
      .selectAll()
      .where('batch', '=', batch)
      .orderBy('ord')
      .execute();
  }

  /**
   * Moves one candidate from pending to accepted or rejected, and marks the batch reviewed when
   * none is left pending. Returns false, writing nothing, when the candidate was not pending
   * (another reviewer got there first).
   */
  review(batch: string, key: string, update: ReviewUpdate): Promise<boolean> {
    return this.transact(async (trx) => {
      const result = await trx
        .updateTable('ingest_reviews')
        .set({
          status: update.status,
          edited: update.edited,
          records: update.records,
          reviewed_by: update.reviewedBy,
          reviewed_at: update.reviewedAt,
        })
        .where('batch', '=', batch)
        .where('key', '=', key)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      const left = await trx
        .selectFrom('ingest_reviews')
        .select('key')
        .where('batch', '=', batch)
        .where('status', '=', 'pending')
        .limit(1)
        .executeTakeFirst();
      if (!left)
        await trx
          .updateTable('ingest_batches')
          .set({ status: 'reviewed' })
          .where('id', '=', batch)
          .execute();
      return true;
    });
  }
}
