/**
 * The HTTP API's limits and defences: rate limits by address and by token, time limits,
 * security headers, CORS off unless configured, reads behind a token when configured, and no
 * internals leaked by an unexpected error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Snapshots } from '../services/snapshots.ts';
import { initStore } from '../services/init.ts';
import { createToken } from '../services/tokens.ts';
import type { Store } from '../store/store.ts';
import { freshStore, testBackends } from '../store/test-backends.ts';
import { createApp } from './app.ts';

const NOW = '2026-03-15T12:00:00.000Z';
const DUTY = '/api/v1/duty?line=1205.10&from=CAN&to=CHN&on=2025-09-01';

describe.each(testBackends())('the limits of the API on $name', (backend) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let token = '';
  beforeAll(async () => {
    ({ store, dispose } = await freshStore(backend));
    await initStore(store, '2026-01-01T00:00:00.000Z');
    token = (await createToken(store, { name: 'bot', role: 'editor' }, NOW)).token;
  });
  afterAll(() => dispose());

  it('answers 429 with Retry-After past the per-address limit, per address', async () => {
    let clock = Date.parse(NOW);
    const app = createApp({
      store,
      now: () => new Date(clock).toISOString(),
      addressOf: (c) => c.req.header('x-test-address') ?? null,
      limits: { perAddress: { limit: 3, windowMs: 60_000 } },
    });
    const from = (address: string) => app.request(DUTY, { headers: { 'x-test-address': address } });
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).status).toBe(200);
    const over = await from('10.0.0.1');
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('60');
    expect(await over.json()).toMatchObject({ id: 'rate_limited', status: 429 });
    expect((await from('10.0.0.2')).status).toBe(200);
    clock += 60_000;
    expect((await from('10.0.0.1')).status).toBe(200);
  });

  it('limits each token on its own', async () => {
    const app = createApp({
      store,
      now: () => NOW,
      limits: { perToken: { limit: 2, windowMs: 60_000 } },
    });
    const withToken = () => app.request(DUTY, { headers: { authorization: `Bearer ${token}` } });
    expect((await withToken()).status).toBe(200);
    expect((await withToken()).status).toBe(200);
    expect((await withToken()).status).toBe(429);
    expect((await app.request(DUTY)).status).toBe(200);
  });

  it('answers 503 when a request takes longer than the time limit', async () => {
    class SlowSnapshots extends Snapshots {
      override async current() {
        await new Promise((r) => setTimeout(r, 200));
        return super.current();
      }
    }
    const app = createApp({
      store,
      now: () => NOW,
      snapshots: new SlowSnapshots(store),
      limits: { timeoutMs: 20 },
    });
    const res = await app.request(DUTY);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ id: 'timeout', status: 503 });
  });

  it('answers an unexpected failure with a bare 500, logged, with nothing of the error', async () => {
    const logged: string[] = [];
    class BrokenSnapshots extends Snapshots {
      override async current(): Promise<never> {
        throw new Error('secret internals at /srv/detente');
      }
    }
    const app = createApp({
      store,
      now: () => NOW,
      snapshots: new BrokenSnapshots(store),
      log: (m) => logged.push(m),
    });
    const res = await app.request(DUTY);
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ id: 'internal', status: 500 });
    expect(text).not.toContain('secret');
    expect(text).not.toContain('/srv');
    expect(logged.join()).toContain('secret internals');
  });

  it('sends security headers, and no CORS headers unless origins are configured', async () => {
    const closed = createApp({ store, now: () => NOW });
    const res = await closed.request(DUTY, { headers: { origin: 'https://elsewhere.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({ store, now: () => NOW, corsOrigins: ['https://newsroom.example'] });
    const allowed = await open.request(DUTY, { headers: { origin: 'https://newsroom.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
  });

  it('requires a token for reads when configured, but not for the API description', async () => {
    const app = createApp({ store, now: () => NOW, readsNeedToken: true });
    expect((await app.request(DUTY)).status).toBe(401);
    expect(
      (await app.request(DUTY, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
    expect((await app.request('/api/v1/openapi.json')).status).toBe(200);
  });
});
