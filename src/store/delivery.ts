/**
 * The delivery tables: webhooks, the outbox of deliveries and the tick cursor, one query code
 * path for both backends. The rules (signatures, backoff, address checks) live in
 * src/services/webhooks.ts and src/services/tick.ts; this file only reads and writes rows.
 */
import type { Kysely } from 'kysely';
import type { OpenDialect } from './dialects/dialect.ts';
import type { Database, DeliveriesTable, DeliveryStatus, HooksTable } from './schema.ts';

export type HookRow = HooksTable;
export type DeliveryRow = DeliveriesTable;

/** A delivery with the hook it goes to, for listings. */
export interface DeliveryWithHook extends DeliveryRow {
  readonly url: string;
  readonly watchlist_id: string;
  readonly hook_disabled: number;
}

const CURSOR = 'tick';
const BATCH = 200;

export class DeliveryRepository {
  constructor(private readonly dialect: OpenDialect) {}

  private get db(): Kysely<Database> {
    return this.dialect.db;
  }

  async insertHook(row: HookRow): Promise<void> {
    await this.db.insertInto('hooks').values(row).execute();
  }

  hook(id: string): Promise<HookRow | undefined> {
    return this.db.selectFrom('hooks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Active hooks, of one watchlist or of all, oldest first. */
  activeHooks(watchlistId?: string): Promise<HookRow[]> {
    let q = this.db.selectFrom('hooks').selectAll().where('disabled', '=', 0);
    if (watchlistId !== undefined) q = q.where('watchlist_id', '=', watchlistId);
    return q.orderBy('created_at').orderBy('id').execute();
  }

  /**
   * Disables a hook and ends its pending deliveries as dead (they could never be sent), in one
   * transaction. Returns false when the hook was unknown or already removed.
   */
  disableHook(id: string, at: string, reason: string): Promise<boolean> {
    return this.dialect.writeTransaction(
      async (trx) => (await disableHooks(trx, [id], at, reason)) === 1,
    );
  }

  /** The last instant a tick processed, if any tick ran. */
  async cursor(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('tick_cursor')
      .select('at')
      .where('name', '=', CURSOR)
      .executeTakeFirst();
    return row?.at;
  }

  /**
   * Enqueues deliveries and moves the cursor from `from` to `to` in one transaction. A delivery
   * already enqueued for the same hook and event is left as it is (UNIQUE(hook, event)). When
   * the cursor is no longer at `from` (another process ticked meanwhile) nothing is written and
   * `advanced` is false.
   */
  enqueue(
    rows: readonly DeliveryRow[],
    from: string | undefined,
    to: string,
  ): Promise<{ enqueued: number; advanced: boolean }> {
    return this.dialect
      .writeTransaction(async (trx) => {
        const moved =
          from === undefined
            ? await trx
                .insertInto('tick_cursor')
                .values({ name: CURSOR, at: to })
                .onConflict((oc) => oc.column('name').doNothing())
                .executeTakeFirst()
                .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0))
            : await trx
                .updateTable('tick_cursor')
                .set({ at: to })
                .where('name', '=', CURSOR)
                .where('at', '=', from)
                .executeTakeFirst()
                .then((r) => Number(r.numUpdatedRows));
        if (moved !== 1) throw new CursorMoved();
        let enqueued = 0;
        for (let i = 0; i < rows.length; i += BATCH) {
          const result = await trx
            .insertInto('deliveries')
            .values(rows.slice(i, i + BATCH))
            .onConflict((oc) => oc.columns(['hook_id', 'event_id']).doNothing())
            .executeTakeFirst();
          enqueued += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        return { enqueued, advanced: true };
      })
      .catch((e: unknown) => {
        if (e instanceof CursorMoved) return { enqueued: 0, advanced: false };
        throw e;
      });
  }

  /** Pending deliveries whose next attempt is due at `now`, earliest first. */
  due(now: string, limit: number): Promise<DeliveryRow[]> {
    return this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /**
   * Takes a due delivery for one attempt by pushing its next attempt to `leaseUntil`, only if
   * nobody else took it since it was read: two servers never send the same attempt.
   */
  async claim(row: DeliveryRow, leaseUntil: string): Promise<boolean> {
    const result = await this.db
      .updateTable('deliveries')
      .set({ next_attempt_at: leaseUntil })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .where('attempts', '=', row.attempts)
      .where('next_attempt_at', '=', row.next_attempt_at)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Records the outcome of an attempt. */
  async settle(
    id: string,
    outcome: {
      readonly status: DeliveryStatus;
      readonly attempts: number;
      readonly nextAttemptAt: string;
      readonly lastError: string | null;
      readonly at: string;
    },
  ): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({
        status: outcome.status,
        attempts: outcome.attempts,
        next_attempt_at: outcome.nextAttemptAt,
        last_error: outcome.lastError,
        updated_at: outcome.at,
      })
      .where('id', '=', id)
      .execute();
  }

  delivery(id: string): Promise<DeliveryWithHook | undefined> {
    return this.withHook().where('d.id', '=', id).executeTakeFirst();
  }

  /** Deliveries in a status (all when omitted), optionally of one hook, oldest first. */
  deliveries(
    filter: { status?: DeliveryStatus; hookId?: string } = {},
  ): Promise<DeliveryWithHook[]> {
    let q = this.withHook();
    if (filter.status !== undefined) q = q.where('d.status', '=', filter.status);
    if (filter.hookId !== undefined) q = q.where('d.hook_id', '=', filter.hookId);
    return q.orderBy('d.created_at').orderBy('d.id').execute();
  }

  /** Puts a dead delivery back in the queue, due at `at`; false when it was not dead. */
  async requeue(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('deliveries')
      .set({ status: 'pending', attempts: 0, next_attempt_at: at, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'dead')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  private withHook() {
    return this.db
      .selectFrom('deliveries as d')
      .innerJoin('hooks as h', 'h.id', 'd.hook_id')
      .selectAll('d')
      .select(['h.url', 'h.watchlist_id', 'h.disabled as hook_disabled']);
  }
}

/** Thrown inside the enqueue transaction to roll it back when the cursor moved. */
class CursorMoved extends Error {}

/**
 * Within a transaction: disables the hooks among `ids` still active and ends their pending
 * deliveries as dead with `reason` (they could never be sent). Returns how many were disabled.
 */
export async function disableHooks(
  trx: Kysely<Database>,
  ids: readonly string[],
  at: string,
  reason: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  const done = await trx
    .updateTable('hooks')
    .set({ disabled: 1 })
    .where('id', 'in', ids)
    .where('disabled', '=', 0)
    .executeTakeFirst();
  await trx
    .updateTable('deliveries')
    .set({ status: 'dead', last_error: reason, updated_at: at })
    .where('hook_id', 'in', ids)
    .where('status', '=', 'pending')
    .execute();
  return Number(done.numUpdatedRows);
}
