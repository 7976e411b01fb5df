/**
 * The watch API on every store backend: watchlists (editors write, private ones hidden from
 * anonymous readers), their changes over the built-in dossier, their Atom feeds (keyed when
 * private, answering like an unknown one without the key), webhooks and the dead-letter list.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initStore } from '../services/init.ts';
import { Snapshots } from '../services/snapshots.ts';
import { tick } from '../services/tick.ts';
import { httpDeliver } from '../services/delivery.ts';
import { watchSource } from '../services/watch-access.ts';
import { createToken } from '../services/tokens.ts';
import type { Store } from '../store/store.ts';
import { freshStore, testBackends } from '../store/test-backends.ts';
import { createApp } from './app.ts';

const NOW = '2026-11-29T08:00:00.000Z';
const PROBLEM = 'application/problem+json';

interface WatchlistView {
  id: string;
  name: string;
  private: boolean;
  scopes: string[];
  feedUrl: string;
}

describe.each(testBackends())('the watch routes on $name', (backend) => {
  let app: ReturnType<typeof createApp>;
  let strict: ReturnType<typeof createApp>;
  let store: Store;
  let dispose: () => Promise<void>;
  let editor = '';
  beforeAll(async () => {
    ({ store, dispose } = await freshStore(backend));
    await initStore(store, '2026-11-29T07:00:00.000Z');
    editor = (await createToken(store, { name: 'alice', role: 'editor' }, NOW)).token;
    const snapshots = new Snapshots(store, { recheckMs: 0 });
    app = createApp({ store, now: () => NOW, snapshots, allowPrivateHooks: true });
    strict = createApp({ store, now: () => NOW, snapshots });
  });
  afterAll(() => dispose());

  const call = async (method: string, url: string, body?: unknown, token?: string, on = app) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await on.request(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return {
      res,
      type,
      text,
      body: type.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };

  const create = async (body: Record<string, unknown>) => {
    const r = await call('POST', '/api/v1/watchlists', body, editor);
    expect(r.res.status, r.text).toBe(201);
    return r.body as unknown as WatchlistView;
  };

  it('creates a watchlist with an editor token only, and reads it back by id and by name', async () => {
    const anon = await call('POST', '/api/v1/watchlists', { name: 'x', scopes: ['2306'] });
    expect(anon.res.status).toBe(401);
    expect(anon.type).toBe(PROBLEM);
    const w = await create({ name: 'Rapeseed meal', scopes: ['2306'], pairs: ['CAN:CHN'] });
    expect(w).toMatchObject({ name: 'Rapeseed meal', scopes: ['2306'], private: false });
    expect(w.feedUrl).toBe(`/feeds/${w.id}.atom`);
    expect((await call('GET', `/api/v1/watchlists/${w.id}`)).body).toMatchObject({ id: w.id });
    expect((await call('GET', '/api/v1/watchlists/Rapeseed%20meal')).body).toMatchObject({
      id: w.id,
    });
    const patched = await call(
      'PATCH',
      `/api/v1/watchlists/${w.id}`,
      { kinds: ['tariff', 'suspension'] },
      editor,
    );
    expect(patched.res.status).toBe(200);
    expect(patched.body).toMatchObject({ kinds: ['tariff', 'suspension'], scopes: ['2306'] });
    await call('PATCH', `/api/v1/watchlists/${w.id}`, { kinds: [] }, editor);
  });

  it('refuses bad input with a problem naming the field, and writes nothing', async () => {
    const before = (await call('GET', '/api/v1/watchlists')).body.items as unknown[];
    const bad = await call('POST', '/api/v1/watchlists', { name: 'bad', scopes: ['23x6'] }, editor);
    expect(bad.res.status).toBe(400);
    expect(bad.body).toMatchObject({ id: 'invalid_hs_code' });
    const kind = await call(
      'POST',
      '/api/v1/watchlists',
      { name: 'bad', kinds: ['embargo'] },
      editor,
    );
    expect(kind.res.status).toBe(400);
    expect(JSON.stringify(kind.body.errors)).toContain('kinds');
    const empty = await call('POST', '/api/v1/watchlists', { name: 'nothing' }, editor);
    expect(empty.res.status).toBe(400);
    expect(empty.body.detail).toMatch(/must follow something/);
    expect((await call('GET', '/api/v1/watchlists')).body.items).toHaveLength(before.length);
  });

  it('lists the changes of 2306 CAN→CHN: the 2025-03-20 tariff and the 2026-03-01 suspension', async () => {
    const w = await create({ name: 'Oil cakes', scopes: ['2306'], pairs: ['CAN:CHN'] });
    const r = await call(
      'GET',
      `/api/v1/watchlists/${w.id}/changes?since=2025-01-01&until=2026-06-01`,
    );
    expect(r.res.status, r.text).toBe(200);
    const items = r.body.items as { at: string; kind: string; record: string }[];
    expect(items).toContainEqual(
      expect.objectContaining({ at: '2025-03-20T00:00:00.000Z', record: 'chn-2025-annex1-100' }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        at: '2026-03-01T00:00:00.000Z',
        record: 'chn-2026-suspension-annex-goods',
      }),
    );
    expect(r.body).toMatchObject({
      since: '2025-01-01T23:59:59.999Z',
      until: '2026-06-01T23:59:59.999Z',
    });
    const wrong = await call(
      'GET',
      `/api/v1/watchlists/${w.id}/changes?since=2026-06-01&until=2025-01-01`,
    );
    expect(wrong.res.status).toBe(400);
    const notDate = await call('GET', `/api/v1/watchlists/${w.id}/changes?since=soon`);
    expect(notDate.body).toMatchObject({ id: 'invalid_date' });
  });

  it('serves a public watchlist’s Atom feed with no token', async () => {
    const w = await create({ name: 'Feed public', scopes: ['2306'], pairs: ['CAN:CHN'] });
    const r = await call('GET', `/feeds/${w.id}.atom`);
    expect(r.res.status).toBe(200);
    expect(r.type).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(r.text)).toBe(true);
    const feed = (
      new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(r.text) as {
        feed: { id: string; entry: { id: string; title: { '#text': string } }[] };
      }
    ).feed;
    expect(feed.id).toMatch(/^urn:uuid:/);
    // The last 365 days: the 2026-03-01 suspension is in, the 2025-03-20 tariff is not.
    const titles = feed.entry.map((e) => e.title['#text']);
    expect(titles.some((t) => t.includes('suspension'))).toBe(true);
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(feed.entry.length);
  });

  it('answers a feed reader that already has the feed with 304 Not Modified', async () => {
    const w = await create({ name: 'Feed polled', scopes: ['2306'], pairs: ['CAN:CHN'] });
    const first = await app.request(`/feeds/${w.id}.atom`);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const again = await app.request(`/feeds/${w.id}.atom`, {
      headers: { 'if-none-match': tag ?? '' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await app.request(`/feeds/${w.id}.atom`, { headers: { 'if-none-match': '"0"' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe(tag);
  });

  it('hides a private watchlist from anonymous readers and keys its feed', async () => {
    const w = await create({ name: 'Secret list', scopes: ['2306'], private: true });
    expect(w.feedUrl).toMatch(new RegExp(`^/feeds/${w.id}\\.atom\\?key=.+`));
    const anonList = (await call('GET', '/api/v1/watchlists')).body.items as WatchlistView[];
    expect(anonList.map((x) => x.id)).not.toContain(w.id);
    const signedList = (await call('GET', '/api/v1/watchlists', undefined, editor)).body
      .items as WatchlistView[];
    expect(signedList.map((x) => x.id)).toContain(w.id);
    expect((await call('GET', `/api/v1/watchlists/${w.id}`)).res.status).toBe(404);
    expect((await call('GET', `/api/v1/watchlists/${w.id}/changes`)).res.status).toBe(404);

    const unknown = await call('GET', '/feeds/wl-000000000000.atom');
    const noKey = await call('GET', `/feeds/${w.id}.atom`);
    const wrongKey = await call('GET', `/feeds/${w.id}.atom?key=nope`);
    for (const r of [unknown, noKey, wrongKey]) {
      expect(r.res.status).toBe(404);
      expect(r.type).toBe(PROBLEM);
    }
    expect(noKey.body.detail).toBe(`no feed ${w.id}`);
    // Hostile ids never reach the store: a NUL byte would make PostgreSQL fail.
    for (const bad of ['%00.atom', '..%2F..%2Fetc.atom', 'Secret%20list.atom']) {
      const r = await call('GET', `/feeds/${bad}`);
      expect(r.res.status, bad).toBe(404);
    }
    expect((await call('DELETE', '/api/v1/hooks/%00', undefined, editor)).res.status).toBe(400);
    expect(unknown.body.detail).toBe('no feed wl-000000000000');
    const keyed = await call('GET', w.feedUrl);
    expect(keyed.res.status).toBe(200);
    expect(keyed.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  it('registers hooks (editors only), refuses private targets by default, and removes them', async () => {
    const w = await create({ name: 'Hooked', scopes: ['2306'] });
    const url = `/api/v1/watchlists/${w.id}/hooks`;
    expect((await call('GET', url)).res.status).toBe(401);
    expect((await call('POST', url, { url: 'https://example.org/in' })).res.status).toBe(401);
    const refused = await call('POST', url, { url: 'http://127.0.0.1:9/in' }, editor, strict);
    expect(refused.res.status).toBe(400);
    expect(refused.body.detail).toMatch(/127\.0\.0\.1 is a loopback address/);
    const ftp = await call('POST', url, { url: 'ftp://example.org/x' }, editor);
    expect(ftp.body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
    const made = await call('POST', url, { url: 'http://127.0.0.1:9/in' }, editor);
    expect(made.res.status).toBe(201);
    expect(made.body.secret).toMatch(/^whsec_/);
    const listed = await call('GET', url, undefined, editor);
    expect(listed.body.items).toEqual([
      { id: made.body.id, watchlistId: w.id, url: 'http://127.0.0.1:9/in', createdAt: NOW },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain('whsec_');
    expect(
      (await call('DELETE', `/api/v1/hooks/${String(made.body.id)}`, undefined, editor)).res.status,
    ).toBe(200);
    expect(
      (await call('DELETE', `/api/v1/hooks/${String(made.body.id)}`, undefined, editor)).res.status,
    ).toBe(404);
    expect((await call('GET', url, undefined, editor)).body.items).toEqual([]);
  });

  it('lists dead deliveries and replays one', async () => {
    const w = await create({ name: 'Dead letters', scopes: ['2306'], pairs: ['CAN:CHN'] });
    // A closed port on the loopback: every attempt fails at once.
    await call(
      'POST',
      `/api/v1/watchlists/${w.id}/hooks`,
      { url: 'http://127.0.0.1:9/in' },
      editor,
    );
    const source = watchSource();
    // The suspension of the 100% ends on 2026-12-31: a change after the watchlist was made.
    const later = '2027-01-02T00:00:00.000Z';
    const done = await tick(store, later, {
      source,
      deliver: httpDeliver({ allowPrivate: true }),
      maxAttempts: 1,
    });
    expect(done.window).toEqual({ since: NOW, until: later });
    expect(done.attempts.length).toBeGreaterThan(0);
    const dead = await call('GET', '/api/v1/hooks/dead', undefined, editor);
    expect(dead.res.status).toBe(200);
    const items = dead.body.items as {
      id: string;
      status: string;
      lastError: string;
      watchlistId: string;
    }[];
    const mine = items.filter((d) => d.watchlistId === w.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({
      status: 'dead',
      lastError: expect.stringContaining('ECONNREFUSED'),
    });
    expect((await call('GET', '/api/v1/hooks/dead')).res.status).toBe(401);
    const replay = await call(
      'POST',
      `/api/v1/deliveries/${mine[0]?.id}/replay`,
      undefined,
      editor,
    );
    expect(replay.res.status).toBe(200);
    expect(replay.body).toMatchObject({ status: 'pending', attempts: 0 });
    expect(
      (await call('POST', '/api/v1/deliveries/dl-unknown/replay', undefined, editor)).res.status,
    ).toBe(404);
  });

  it('deletes a watchlist with its hooks', async () => {
    const w = await create({ name: 'Short-lived', scopes: ['2306'] });
    await call(
      'POST',
      `/api/v1/watchlists/${w.id}/hooks`,
      { url: 'https://example.org/in' },
      editor,
    );
    expect((await call('DELETE', `/api/v1/watchlists/${w.id}`, undefined, editor)).res.status).toBe(
      200,
    );
    expect((await call('GET', `/api/v1/watchlists/${w.id}`)).res.status).toBe(404);
    expect((await store.delivery.activeHooks(w.id)).length).toBe(0);
  });

  it('answers as known on a past moment: watchlists that existed then, changes until then', async () => {
    const w = await create({ name: 'Known on', scopes: ['2306'], pairs: ['CAN:CHN'] });
    const before = await call('GET', '/api/v1/watchlists?asKnownOn=2026-11-28');
    expect((before.body.items as WatchlistView[]).map((x) => x.id)).not.toContain(w.id);
    expect((await call('GET', `/api/v1/watchlists/${w.id}?asKnownOn=2026-11-28`)).res.status).toBe(
      404,
    );
    expect((await call('GET', `/api/v1/watchlists/${w.id}?asKnownOn=2026-11-29`)).res.status).toBe(
      200,
    );
    const r = await call(
      'GET',
      `/api/v1/watchlists/${w.id}/changes?since=2025-01-01&until=2027-06-01&asKnownOn=2026-11-29T08:00`,
    );
    expect(r.body).toMatchObject({ until: '2026-11-29T08:00:59.999Z' });
    const items = r.body.items as { at: string }[];
    expect(items.every((c) => c.at <= '2026-11-29T08:00:59.999Z')).toBe(true);
    expect(items.some((c) => c.at === '2026-03-01T00:00:00.000Z')).toBe(true);
    const hooks = await call(
      'GET',
      `/api/v1/watchlists/${w.id}/hooks?asKnownOn=2026-11-29`,
      undefined,
      editor,
    );
    expect(hooks.res.status).toBe(400);
    expect(hooks.body.detail).toMatch(/keep no history/);
  });

  it('describes every watch route in the OpenAPI document', async () => {
    const doc = (await call('GET', '/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const paths = doc.paths;
    expect(Object.keys(paths['/api/v1/watchlists'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/v1/watchlists/{id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ]);
    expect(paths['/api/v1/watchlists/{id}/changes']).toHaveProperty('get');
    expect(Object.keys(paths['/api/v1/watchlists/{id}/hooks'] ?? {}).sort()).toEqual([
      'get',
      'post',
    ]);
    expect(paths['/api/v1/hooks/{id}']).toHaveProperty('delete');
    expect(paths['/api/v1/hooks/dead']).toHaveProperty('get');
    expect(paths['/api/v1/deliveries/{id}/replay']).toHaveProperty('post');
  });
});
