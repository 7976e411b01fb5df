/**
 * Change delivery end to end on every store backend, against a receiver the test runs on
 * 127.0.0.1: signed events arrive once, failures are retried with backoff until they succeed or
 * the delivery is dead, dead deliveries can be replayed, and a server that was down catches up
 * on the missed window exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freshStores } from '../store/test-stores.ts';
import { testBackends } from '../store/test-backends.ts';
import { backoffMs, httpDeliver } from './delivery.ts';
import { change, memorySource, watchlist } from './test-changes.ts';
import { startReceiver } from './test-receiver.ts';
import type { Receiver } from './test-receiver.ts';
import { startTicker, tick } from './tick.ts';
import {
  addHook,
  deadDeliveries,
  removeHook,
  replayDelivery,
  verifySignature,
} from './webhooks.ts';
import type { HookEvent } from './webhooks.ts';

const CREATED = '2026-02-01T00:00:00.000Z';
const local = { allowPrivate: true };
const deliver = httpDeliver(local);
const at = (iso: string, plusMs: number) => new Date(Date.parse(iso) + plusMs).toISOString();

const receivers: Receiver[] = [];
afterEach(async () => {
  for (const r of receivers.splice(0)) await r.close();
});
const receiver = async (answers?: number[]) => {
  const r = await startReceiver(answers);
  receivers.push(r);
  return r;
};

const suspension = change('chn-2306-suspension', '2026-03-01T00:00:00.000Z', 'Tariff <suspended>');
const tariff = change('chn-2306-tariff', '2026-02-10T00:00:00.000Z', 'Tariff in force');

describe('backoff', () => {
  it('waits 30 s, 2 min, 8 min… and spreads by ±10% with jitter', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 120_000, 480_000, 1_920_000]);
    expect(backoffMs(2, () => 0)).toBe(108_000);
    expect(backoffMs(2, () => 0.999999)).toBeLessThanOrEqual(132_000);
  });
});

describe.each(testBackends())('tick on $name', (backend) => {
  const fresh = freshStores(backend);

  const setup = async (answers?: number[]) => {
    const store = await fresh();
    const w = watchlist('rapeseed-meal', CREATED);
    const source = memorySource(
      [w, watchlist('quiet', CREATED)],
      new Map([[w.id, [tariff, suspension]]]),
    );
    const r = await receiver(answers);
    const hook = await addHook(store, w, r.url, CREATED, local);
    return { store, source, r, hook };
  };

  it('delivers each change once as a signed event, starting from the watchlist’s creation', async () => {
    const { store, source, r, hook } = await setup();
    const now = '2026-03-02T00:00:00.000Z';
    const result = await tick(store, now, { source, deliver });
    expect(source.windows).toEqual([{ since: CREATED, until: now }]);
    expect(result.enqueued).toBe(2);
    expect(result.attempts.map((a) => a.outcome)).toEqual(['delivered', 'delivered']);
    expect(r.received).toHaveLength(2);
    const events = r.received.map((m) => JSON.parse(m.body) as HookEvent);
    expect(events.map((e) => e.change.id).sort()).toEqual([
      'chn-2306-suspension',
      'chn-2306-tariff',
    ]);
    for (const m of r.received) {
      const event = JSON.parse(m.body) as HookEvent;
      expect(event).toMatchObject({ type: 'change.scheduled', watchlist: { id: 'rapeseed-meal' } });
      expect(m.headers['detente-event-id']).toBe(event.id);
      expect(m.headers['detente-timestamp']).toBe(String(Date.parse(now) / 1000));
      const sig = m.headers['detente-signature'] as string;
      expect(verifySignature(hook.secret, sig, m.body, now)).toEqual({ valid: true });
      expect(verifySignature('whsec_wrong', sig, m.body, now)).toMatchObject({ valid: false });
    }
    // The next tick looks only after the cursor and sends nothing again.
    const again = await tick(store, '2026-03-03T00:00:00.000Z', { source, deliver });
    expect(again).toMatchObject({ enqueued: 0, attempts: [] });
    expect(r.received).toHaveLength(2);
  });

  it('retries a failing receiver with backoff and delivers on the third attempt', async () => {
    const { store, source, r } = await setup([500, 503, 200]);
    const t0 = '2026-02-11T00:00:00.000Z';
    const first = await tick(store, t0, { source, deliver });
    expect(first.attempts).toEqual([
      expect.objectContaining({ outcome: 'retry', status: 500, nextAttemptAt: at(t0, 30_000) }),
    ]);
    // Not due yet: nothing is sent.
    expect((await tick(store, at(t0, 29_000), { source, deliver })).attempts).toEqual([]);
    const second = await tick(store, at(t0, 30_000), { source, deliver });
    expect(second.attempts).toEqual([
      expect.objectContaining({
        outcome: 'retry',
        status: 503,
        attempt: 2,
        nextAttemptAt: at(t0, 150_000),
      }),
    ]);
    const third = await tick(store, at(t0, 150_000), { source, deliver });
    expect(third.attempts).toEqual([expect.objectContaining({ outcome: 'delivered', attempt: 3 })]);
    const ids = r.received.map((m) => m.headers['detente-event-id']);
    expect(new Set(ids).size).toBe(1);
    expect(ids).toHaveLength(3);
  });

  it('puts a delivery that always fails in the dead-letter list, and replays it', async () => {
    const { store, source, r } = await setup([500]);
    let now = '2026-02-11T00:00:00.000Z';
    await tick(store, now, { source, deliver, maxAttempts: 3 });
    now = at(now, 30_000);
    await tick(store, now, { source, deliver, maxAttempts: 3 });
    now = at(now, 120_000);
    const last = await tick(store, now, { source, deliver, maxAttempts: 3 });
    expect(last.attempts).toEqual([expect.objectContaining({ outcome: 'dead', attempt: 3 })]);
    const dead = await deadDeliveries(store);
    expect(dead).toEqual([
      expect.objectContaining({ status: 'dead', attempts: 3, lastError: 'answered HTTP 500' }),
    ]);
    expect((await tick(store, at(now, 3_600_000), { source, deliver })).attempts).toEqual([]);

    r.answers = [200];
    const id = (dead[0] as { id: string }).id;
    await expect(replayDelivery(store, 'dl-nope', now)).rejects.toMatchObject({ id: 'not_found' });
    expect(await replayDelivery(store, id, now)).toMatchObject({ status: 'pending', attempts: 0 });
    await expect(replayDelivery(store, id, now)).rejects.toMatchObject({ id: 'conflict' });
    const replayed = await tick(store, at(now, 1000), { source, deliver });
    expect(replayed.attempts).toEqual([expect.objectContaining({ outcome: 'delivered' })]);
    expect(await deadDeliveries(store)).toEqual([]);
    expect(r.received).toHaveLength(4);
    expect(new Set(r.received.map((m) => m.headers['detente-event-id'])).size).toBe(1);
  });

  it('counts a receiver that does not answer in time as a failure', async () => {
    const { store, source } = await setup();
    // A receiver that never answers: its server holds the request open.
    const { createServer } = await import('node:http');
    const silent = createServer(() => {});
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    const port = (silent.address() as { port: number }).port;
    const w = watchlist('quiet', CREATED);
    source.changesForAll = async () => new Map([[w.id, [tariff]]]);
    const other = await addHook(store, w, `http://127.0.0.1:${port}/slow`, CREATED, local);
    const result = await tick(store, '2026-02-11T00:00:00.000Z', {
      source,
      deliver,
      timeoutMs: 300,
    });
    silent.closeAllConnections();
    silent.close();
    expect(result.attempts).toContainEqual(
      expect.objectContaining({
        hookId: other.id,
        outcome: 'retry',
        error: 'no answer within 0.3 s',
      }),
    );
  });

  it('refuses at delivery time a host name that resolves to a private address', async () => {
    const { store, source } = await setup();
    const w = watchlist('quiet', CREATED);
    source.changesForAll = async () => new Map([[w.id, [tariff]]]);
    // Registered while private targets were allowed; delivered under the strict policy.
    await removeHook(
      store,
      (await store.delivery.activeHooks('rapeseed-meal'))[0]?.id ?? '',
      CREATED,
    );
    await addHook(store, w, 'http://localhost:9/in', CREATED, local);
    const result = await tick(store, '2026-02-11T00:00:00.000Z', {
      source,
      deliver: httpDeliver({ allowPrivate: false }),
    });
    expect(result.attempts).toEqual([
      expect.objectContaining({
        outcome: 'retry',
        error: expect.stringMatching(/localhost resolves to .*loopback/),
      }),
    ]);
  });

  it('tells a hook only of what happened after it was registered', async () => {
    const { store, source, r } = await setup();
    const late = await receiver();
    await addHook(
      store,
      watchlist('rapeseed-meal', CREATED),
      late.url,
      '2026-02-20T00:00:00.000Z',
      local,
    );
    await tick(store, '2026-03-02T00:00:00.000Z', { source, deliver });
    expect(r.received).toHaveLength(2);
    expect(late.received.map((m) => (JSON.parse(m.body) as HookEvent).change.id)).toEqual([
      'chn-2306-suspension',
    ]);
  });

  it('never enqueues or sends an event twice when two ticks run at once', async () => {
    const { store, source, r } = await setup();
    const now = '2026-03-02T00:00:00.000Z';
    const [a, b] = await Promise.all([
      tick(store, now, { source, deliver }),
      tick(store, now, { source, deliver }),
    ]);
    expect(a.enqueued + b.enqueued).toBe(2);
    expect(r.received).toHaveLength(2);
    expect(new Set(r.received.map((m) => m.headers['detente-event-id'])).size).toBe(2);
  });

  it('catches up after downtime: changes of the missed window are delivered exactly once', async () => {
    const { store, source, r } = await setup();
    // Up until 2026-02-05, then down; the tariff (02-10) and the suspension (03-01) happen
    // while it is down; it restarts on 2026-03-02.
    await tick(store, '2026-02-05T00:00:00.000Z', { source, deliver });
    expect(r.received).toHaveLength(0);
    let clock = '2026-03-02T00:00:00.000Z';
    const logs: string[] = [];
    const ticker = startTicker(store, {
      source,
      deliver,
      now: () => clock,
      intervalMs: 20,
      log: (m) => logs.push(m),
    });
    await new Promise((ok) => setTimeout(ok, 150));
    clock = '2026-03-03T00:00:00.000Z';
    await new Promise((ok) => setTimeout(ok, 100));
    await ticker.stop();
    expect(source.windows[1]).toEqual({
      since: '2026-02-05T00:00:00.000Z',
      until: '2026-03-02T00:00:00.000Z',
    });
    expect(r.received.map((m) => (JSON.parse(m.body) as HookEvent).change.id).sort()).toEqual([
      'chn-2306-suspension',
      'chn-2306-tariff',
    ]);
    expect(logs).toContain('tick: 2 enqueued, 2 delivered, 0 failed');
  });
});
