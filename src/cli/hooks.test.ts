/**
 * `detente hooks` and `detente tick` in-process on a store of their own, delivering to a
 * receiver the test runs on 127.0.0.1: registration (private targets refused unless allowed),
 * ticks that send signed events, retries until the dead-letter list, and replay; and
 * `detente serve`, whose timer catches up after downtime.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs } from '../services/delivery.ts';
import { initStore } from '../services/init.ts';
import { startReceiver } from '../services/test-receiver.ts';
import type { Receiver } from '../services/test-receiver.ts';
import { createWatchlist } from '../services/watch.ts';
import { addHook, verifySignature } from '../services/webhooks.ts';
import { Store } from '../store/store.ts';
import { cliIn } from './test-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'detente-cli-hooks-'));
const NOW = '2026-11-29T08:00:00.000Z';
const ALLOW = { DETENTE_ALLOW_PRIVATE_HOOKS: '1' };

const cli = cliIn(dataDir, { now: NOW });
/** The CLI with private (loopback) hook targets allowed, as the receiver here is one. */
const cliAllowing = cliIn(dataDir, { now: NOW, env: ALLOW });

describe('detente hooks and tick', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    const store = await Store.open({ dataDir });
    await initStore(store, '2026-11-29T07:00:00.000Z');
    await createWatchlist(store, { name: 'meal', scopes: ['2306'], pairs: ['CAN:CHN'] }, NOW);
    await store.close();
    receiver = await startReceiver([500]);
  });
  afterAll(() => receiver.close());

  it('refuses a loopback URL unless private targets are allowed, naming the problem', async () => {
    const refused = await cli('hooks', 'add', 'meal', receiver.url);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/error\[invalid_argument\]: 127\.0\.0\.1 is a loopback address/);
    expect((await cli('hooks', 'list')).out).toBe('no hooks\n');
    const unknown = await cliAllowing('hooks', 'add', 'nope', receiver.url);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('error[not_found]');
  });

  let secret = '';
  let hookId = '';
  it('registers a hook, shows its secret once, and lists it without the secret', async () => {
    const added = await cliAllowing('hooks', 'add', 'meal', receiver.url);
    expect(added.code).toBe(0);
    const m = /registered hook (hk-[0-9a-f]+) on watchlist (wl-[0-9a-f]+)/.exec(added.out);
    expect(m).not.toBeNull();
    hookId = m?.[1] ?? '';
    secret = /secret: (whsec_\S+)/.exec(added.out)?.[1] ?? '';
    expect(secret).not.toBe('');
    const listed = await cli('hooks', 'list', 'meal');
    expect(listed.out).toContain(hookId);
    expect(listed.out).toContain(receiver.url);
    expect(listed.out).not.toContain(secret);
    const json = JSON.parse((await cli('hooks', 'list', '--json')).out) as { hooks: unknown[] };
    expect(json.hooks).toHaveLength(1);
  });

  it('ticks: sends signed events, retries with backoff, dead-lists, and replays', async () => {
    // The suspension ends on 2026-12-31: changes after the watchlist was made.
    let t = '2027-01-02T00:00:00.000Z';
    const first = await cliAllowing('tick', '--now', t);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /window 2026-11-29T08:00:00.000Z → 2027-01-02T00:00:00.000Z: \d+ delivery\(ies\) enqueued/,
    );
    const sent = receiver.received.length;
    expect(sent).toBeGreaterThan(0);
    expect(first.out).toContain(`${sent} attempted: 0 delivered, ${sent} failed`);
    const m = receiver.received[0];
    expect(
      verifySignature(secret, m?.headers['detente-signature'] as string, m?.body ?? '', t),
    ).toEqual({ valid: true });

    for (let attempt = 1; attempt < 8; attempt++) {
      t = new Date(Date.parse(t) + backoffMs(attempt)).toISOString();
      const r = await cliAllowing('tick', '--now', t);
      expect(r.out).toContain(`attempt ${attempt + 1}`);
    }
    expect(receiver.received).toHaveLength(sent * 8);
    const dead = await cli('hooks', 'dead', '--json');
    const items = (JSON.parse(dead.out) as { deliveries: { id: string; attempts: number }[] })
      .deliveries;
    expect(items).toHaveLength(sent);
    expect(items.every((d) => d.attempts === 8)).toBe(true);
    expect((await cli('hooks', 'dead')).out).toContain('answered HTTP 500');

    receiver.answers = [204];
    const id = items[0]?.id ?? '';
    const replay = await cli('hooks', 'replay', id);
    expect(replay.code).toBe(0);
    expect(replay.out).toContain(`delivery ${id}`);
    expect((await cli('hooks', 'replay', id)).code).toBe(1);
    const after = await cliAllowing('tick', '--now', new Date(Date.parse(t) + 1000).toISOString());
    expect(after.out).toContain('1 attempted: 1 delivered, 0 failed');
    expect(receiver.received).toHaveLength(sent * 8 + 1);
  });

  it('refuses a --now that is not a time as a usage error', async () => {
    const r = await cli('tick', '--now', 'tomorrow');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--now takes an ISO time');
  });

  it('removes a hook once', async () => {
    expect((await cli('hooks', 'remove', hookId)).out).toContain(`removed hook ${hookId}`);
    const again = await cli('hooks', 'remove', hookId);
    expect(again.code).toBe(1);
    expect(again.err).toContain('error[not_found]');
  });

  it('removing a watchlist removes its hooks too', async () => {
    await cli('watch', 'add', 'peas', '--scope', '0713');
    const added = await cliAllowing('hooks', 'add', 'peas', receiver.url);
    const id = /registered hook (hk-[0-9a-f]+)/.exec(added.out)?.[1] ?? '';
    expect((await cli('hooks', 'list', 'peas')).out).toContain(id);
    expect((await cli('watch', 'remove', 'peas')).out).toContain('removed watchlist peas');
    const left = await cli('hooks', 'list', '--json');
    expect(left.code).toBe(0);
    expect(left.out).not.toContain(id);
  });
});

/**
 * `detente serve` delivers on a timer, and on start catches up on the time it was down: a
 * measure amended while the server is stopped reaches the hook once, after the restart.
 */
describe(
  'detente serve delivers changes made while it was down, once',
  { timeout: 120_000 },
  () => {
    const ROOT = fileURLToPath(new URL('../..', import.meta.url));
    const serveDir = mkdtempSync(join(tmpdir(), 'detente-serve-tick-'));
    let receiver: Receiver;

    const serveFor = async (ms: number): Promise<string> => {
      const { DATABASE_URL: _db, ...env } = process.env;
      const child = spawn(
        process.execPath,
        [join(ROOT, 'bin', 'detente.js'), 'serve', '--port', '0', '--tick-interval', '1'],
        {
          cwd: ROOT,
          env: { ...env, DETENTE_DATA_DIR: serveDir, DETENTE_ALLOW_PRIVATE_HOOKS: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let err = '';
      const exited = new Promise((done) => child.once('exit', done));
      // Up once it says so; then let it run `ms` (several ticks).
      await new Promise<void>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`serve did not start: ${err}`)), 30_000);
        child.stderr?.on('data', (c: Buffer) => {
          err += c.toString();
          if (err.includes('serving')) {
            clearTimeout(timer);
            ok();
          }
        });
      });
      await new Promise((ok) => setTimeout(ok, ms));
      child.kill('SIGTERM');
      await exited;
      return err;
    };

    beforeAll(async () => {
      receiver = await startReceiver([204]);
      const store = await Store.open({ dataDir: serveDir });
      const at = new Date().toISOString();
      await initStore(store, at);
      const w = await createWatchlist(store, { name: 'meal', scopes: ['2306'] }, at);
      await addHook(store, w, receiver.url, at, { allowPrivate: true });
      await store.close();
    });
    afterAll(() => receiver.close());

    it('sends the amendment after the restart, and only once', async () => {
      const first = await serveFor(2500);
      expect(first).toContain('serving');
      expect(receiver.received).toHaveLength(0);

      // Down: a measure on 2306 is amended.
      const store = await Store.open({ dataDir: serveDir });
      const [measure] = (await store.currentRecords()).filter(
        (r) => r.id === 'chn-2025-annex1-100',
      );
      const data = measure?.data as { notes?: string[] };
      await store.apply({
        at: new Date().toISOString(),
        author: 'test',
        reason: 'note added while the server is down',
        ops: [
          {
            op: 'update',
            dossier: measure?.dossier ?? '',
            collection: 'measures',
            id: 'chn-2025-annex1-100',
            data: { ...data, notes: [...(data.notes ?? []), 'checked again'] },
            expectedVersion: measure?.version ?? 0,
          },
        ],
      });
      await store.close();
      expect(receiver.received).toHaveLength(0);

      // Up again for several ticks.
      const second = await serveFor(3500);
      expect(second).toMatch(/tick: 1 enqueued, 1 delivered, 0 failed/);
      expect(receiver.received).toHaveLength(1);
      const event = JSON.parse(receiver.received[0]?.body ?? '{}') as {
        type: string;
        change: { record: string };
      };
      expect(event).toMatchObject({
        type: 'change.measure-amended',
        change: { record: 'chn-2025-annex1-100' },
      });
    });
  },
);
