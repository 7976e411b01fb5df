/**
 * One tick of change delivery: take the window (cursor, now], ask every watchlist for its
 * changes in it, enqueue one delivery per hook and change in the same transaction that moves
 * the cursor to `now`, then attempt the deliveries that are due. A crash before the commit
 * leaves the cursor where it was (the window is taken again); after it, the deliveries are in
 * the outbox. The UNIQUE(hook, event) constraint makes a repeated window harmless, so nothing
 * is skipped and nothing is enqueued twice. The clock is always passed in.
 */
import type { Change, Watchlist } from '../core/watch/model.ts';
import type { DeliveryRow } from '../store/delivery.ts';
import type { Store } from '../store/store.ts';
import { attemptDue } from './delivery.ts';
import type { AttemptResult, DeliveryOptions } from './delivery.ts';
import { deliveryId, eventFor } from './webhooks.ts';

export interface ChangeWindow {
  /** exclusive */
  readonly since: string;
  /** inclusive */
  readonly until: string;
}

/** Where changes come from: the watchlists and their changes in a window. */
export interface ChangeSource {
  listWatchlists(store: Store): Promise<Watchlist[]>;
  changesForAll(store: Store, window: ChangeWindow): Promise<Map<string, Change[]>>;
}

export interface TickOptions extends Partial<DeliveryOptions> {
  readonly source: ChangeSource;
}

export interface TickResult {
  /** The window taken, or null when there was nothing to take (cursor at or after now). */
  readonly window: ChangeWindow | null;
  /** New deliveries put in the outbox by this tick. */
  readonly enqueued: number;
  /** False when another process moved the cursor first (its tick did this window). */
  readonly advanced: boolean;
  /** Each delivery attempted in this tick, and how it went. */
  readonly attempts: readonly AttemptResult[];
}

/**
 * Where the first window starts: the creation of the oldest watchlist that has a hook, so a
 * store that never ticked still reports what happened since people started following, or `now`
 * (an empty window) when no watchlist has a hook.
 */
function firstSince(watchlists: readonly Watchlist[], hooked: ReadonlySet<string>, now: string) {
  const created = watchlists
    .filter((w) => hooked.has(w.id))
    .map((w) => w.createdAt)
    .sort();
  const oldest = created[0];
  return oldest !== undefined && oldest < now ? oldest : now;
}

/**
 * Runs one tick at `now`. Without `deliver`, deliveries are enqueued but not attempted.
 *
 * @example
 * const result = await tick(store, '2026-03-02T00:00:00.000Z', { source, deliver: httpDeliver(policy) });
 * // result.enqueued: 2, result.attempts: [{ outcome: 'delivered', … }, …]
 */
export async function tick(store: Store, now: string, options: TickOptions): Promise<TickResult> {
  const hooks = await store.delivery.activeHooks();
  const hooked = new Set(hooks.map((h) => h.watchlist_id));
  const cursor = await store.delivery.cursor();
  const watchlists =
    hooked.size > 0 || cursor === undefined ? await options.source.listWatchlists(store) : [];
  const since = cursor ?? firstSince(watchlists, hooked, now);
  let window: ChangeWindow | null = null;
  let enqueued = 0;
  let advanced = false;
  if (since < now || cursor === undefined) {
    window = since < now ? { since, until: now } : null;
    const changes =
      window && hooked.size > 0
        ? await options.source.changesForAll(store, window)
        : new Map<string, Change[]>();
    const byId = new Map(watchlists.map((w) => [w.id, w]));
    const rows: DeliveryRow[] = [];
    for (const hook of hooks) {
      const watchlist = byId.get(hook.watchlist_id);
      if (!watchlist) continue;
      for (const change of changes.get(hook.watchlist_id) ?? []) {
        // A hook hears of what happens after it is registered, not of the past.
        if (change.at <= hook.created_at) continue;
        const event = eventFor(watchlist, change);
        rows.push({
          id: deliveryId(hook.id, event.id),
          hook_id: hook.id,
          event_id: event.id,
          payload: JSON.stringify(event),
          attempts: 0,
          next_attempt_at: now,
          status: 'pending',
          last_error: null,
          created_at: now,
          updated_at: now,
        });
      }
    }
    ({ enqueued, advanced } = await store.delivery.enqueue(rows, cursor, now));
  }
  const attempts = options.deliver
    ? await attemptDue(store, now, { ...options, deliver: options.deliver })
    : [];
  return { window, enqueued, advanced, attempts };
}

export interface Ticker {
  /** Stops the timer and waits for a tick in progress. */
  stop(): Promise<void>;
}

/**
 * Ticks now (catching up on whatever happened while the server was down: the window starts at
 * the cursor) and then every `intervalMs`, never two at once. Failures are reported to `log` and
 * the next tick tries again.
 */
export function startTicker(
  store: Store,
  options: TickOptions & {
    readonly now: () => string;
    readonly intervalMs: number;
    readonly log: (message: string) => void;
  },
): Ticker {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const once = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const r = await tick(store, options.now(), options);
        const sent = r.attempts.filter((a) => a.outcome === 'delivered').length;
        if (r.enqueued > 0 || r.attempts.length > 0)
          options.log(
            `tick: ${r.enqueued} enqueued, ${sent} delivered, ${r.attempts.length - sent} failed`,
          );
      } catch (e) {
        options.log(`tick failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
    return running;
  };
  void once();
  const timer = setInterval(() => void once(), options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
