/**
 * Webhooks: signatures receivers can check (and what they must refuse), the hook URL rules, and
 * registering, listing and removing hooks on every store backend.
 */
import { describe, expect, it } from 'vitest';
import { freshStores } from '../store/test-stores.ts';
import { testBackends } from '../store/test-backends.ts';
import { watchlist } from './test-changes.ts';
import { createWatchlist, deleteWatchlist } from './watch.ts';
import { addHook, checkHookUrl, listHooks, removeHook, sign, verifySignature } from './webhooks.ts';

const NOW = '2026-03-02T00:00:00.000Z';
const T = Date.parse(NOW) / 1000;
const BODY = '{"id":"evt_1","type":"change.scheduled"}';
const open = { allowPrivate: false };

describe('webhook signatures', () => {
  it('accepts a signature made with the secret over the exact body, within the window', () => {
    const header = sign('whsec_a', T - 60, BODY);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_a', header, BODY, NOW)).toEqual({ valid: true });
  });

  it('refuses a wrong secret, a tampered body, an old timestamp and a malformed header', () => {
    const header = sign('whsec_a', T, BODY);
    expect(verifySignature('whsec_b', header, BODY, NOW)).toMatchObject({ valid: false });
    expect(verifySignature('whsec_a', header, BODY.replace('1', '2'), NOW)).toMatchObject({
      valid: false,
      reason: 'the signature does not match the body',
    });
    const old = sign('whsec_a', T - 301, BODY);
    expect(verifySignature('whsec_a', old, BODY, NOW)).toMatchObject({
      valid: false,
      reason: expect.stringContaining('300 s'),
    });
    expect(verifySignature('whsec_a', old, BODY, NOW, 600)).toEqual({ valid: true });
    expect(verifySignature('whsec_a', 'v1=abc', BODY, NOW)).toMatchObject({ valid: false });
    expect(verifySignature('whsec_a', undefined, BODY, NOW)).toMatchObject({ valid: false });
  });

  it('accepts any of several v1 signatures, as during a change of secret', () => {
    const a = sign('whsec_old', T, BODY);
    const b = sign('whsec_new', T, BODY);
    const both = `${a},v1=${b.split('v1=')[1]}`;
    expect(verifySignature('whsec_new', both, BODY, NOW)).toEqual({ valid: true });
  });
});

describe('hook URLs', () => {
  it('takes public http and https URLs', () => {
    expect(checkHookUrl('https://example.org/in', open).toString()).toBe('https://example.org/in');
    expect(checkHookUrl('http://93.184.216.34:8080/x', open).port).toBe('8080');
  });

  it.each([
    ['ftp://example.org/x', 'http or https'],
    ['not a url', 'is not a URL'],
    ['https://user:pw@example.org/', 'user name or password'],
    ['http://127.0.0.1:9/x', 'loopback'],
    ['http://10.1.2.3/x', 'private'],
    ['http://192.168.0.10/x', 'private'],
    ['http://169.254.169.254/latest', 'linkLocal'],
    ['http://[::1]/x', 'loopback'],
    ['http://[::ffff:127.0.0.1]/x', 'loopback'],
    ['http://[fd00::1]/x', 'uniqueLocal'],
    ['http://0x7f.1/x', 'loopback'],
    ['http://localhost:8080/x', 'local machine'],
  ])('refuses %s, naming the problem', (url, problem) => {
    expect(() => checkHookUrl(url, open)).toThrow(problem);
  });

  it('takes private addresses when the policy allows them', () => {
    expect(checkHookUrl('http://127.0.0.1:9/x', { allowPrivate: true }).hostname).toBe('127.0.0.1');
  });
});

describe.each(testBackends())('hooks on $name', (backend) => {
  const fresh = freshStores(backend);

  it('registers a hook with a secret shown once, lists it, and removes it', async () => {
    const store = await fresh();
    const w = watchlist('rapeseed-meal', NOW);
    const hook = await addHook(store, w, 'https://example.org/in', NOW, open);
    expect(hook).toMatchObject({ watchlistId: 'rapeseed-meal', url: 'https://example.org/in' });
    expect(hook.secret).toMatch(/^whsec_/);
    const listed = await listHooks(store, 'rapeseed-meal');
    expect(listed).toEqual([
      { id: hook.id, watchlistId: 'rapeseed-meal', url: 'https://example.org/in', createdAt: NOW },
    ]);
    expect(await listHooks(store, 'other')).toEqual([]);
    await removeHook(store, hook.id, NOW);
    expect(await listHooks(store)).toEqual([]);
    await expect(removeHook(store, hook.id, NOW)).rejects.toThrow(/no active hook/);
  });

  it('deletes a watchlist with its hooks in one write: pending deliveries end as dead', async () => {
    const store = await fresh();
    const w = await createWatchlist(store, { name: 'meal', scopes: ['2306'] }, NOW);
    const kept = await createWatchlist(store, { name: 'oil', scopes: ['1514'] }, NOW);
    const a = await addHook(store, w, 'https://example.org/a', NOW, open);
    await addHook(store, w, 'https://example.org/b', NOW, open);
    const other = await addHook(store, kept, 'https://example.org/c', NOW, open);
    const row = (hookId: string, event: string) => ({
      id: `dl-${hookId}-${event}`,
      hook_id: hookId,
      event_id: event,
      payload: '{}',
      attempts: 0,
      next_attempt_at: NOW,
      status: 'pending' as const,
      last_error: null,
      created_at: NOW,
      updated_at: NOW,
    });
    await store.delivery.enqueue([row(a.id, 'evt_1'), row(other.id, 'evt_1')], undefined, NOW);
    const later = '2026-03-03T00:00:00.000Z';
    expect(await deleteWatchlist(store, 'meal', later)).toMatchObject({ id: w.id });
    expect((await listHooks(store)).map((h) => h.id)).toEqual([other.id]);
    expect(await store.delivery.deliveries({ hookId: a.id })).toMatchObject([
      { status: 'dead', last_error: 'watchlist deleted', updated_at: later },
    ]);
    expect(await store.delivery.deliveries({ hookId: other.id })).toMatchObject([
      { status: 'pending' },
    ]);
    await expect(deleteWatchlist(store, 'meal', later)).rejects.toMatchObject({ id: 'not_found' });
  });

  it('writes nothing for a refused URL', async () => {
    const store = await fresh();
    await expect(
      addHook(store, watchlist('w', NOW), 'http://127.0.0.1/x', NOW, open),
    ).rejects.toMatchObject({ id: 'invalid_argument' });
    expect(await listHooks(store)).toEqual([]);
  });
});
