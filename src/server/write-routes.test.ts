/**
 * Writes through the HTTP API on every store backend: tokens and roles, attribution in the
 * history, optimistic versions, and bad input of every kind answered by a 4xx problem with
 * nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Snapshots } from '../services/snapshots.ts';
import { initStore } from '../services/init.ts';
import { createToken, revokeToken } from '../services/tokens.ts';
import type { Store } from '../store/store.ts';
import { freshStore, testBackends } from '../store/test-backends.ts';
import { createApp } from './app.ts';

const NOW = '2026-03-15T12:00:00.000Z';
const PROBLEM = 'application/problem+json';
const SURTAX = 'can-2024-ev-surtax';

const newMeasure = (id: string) => ({
  id,
  title: 'Canada: test surtax on Chinese sugar syrups',
  kind: 'surtax',
  imposer: 'CAN',
  targets: { origins: ['CHN'] },
  scope: { include: ['1702'] },
  rate: { bp: 2500 },
  stacking: { rule: 'add' },
  dates: { effective: '2027-01-01' },
  sources: ['src-31-thestar-meng-arrest'],
  confidence: 'unverified',
});

describe.each(testBackends())('the write routes on $name', (backend) => {
  let app: ReturnType<typeof createApp>;
  let store: Store;
  let dispose: () => Promise<void>;
  const tokens = { editor: '', admin: '', revoked: '' };
  beforeAll(async () => {
    const s = await freshStore(backend);
    ({ store, dispose } = s);
    await initStore(store, '2026-01-01T00:00:00.000Z');
    tokens.editor = (await createToken(store, { name: 'alice', role: 'editor' }, NOW)).token;
    tokens.admin = (await createToken(store, { name: 'root', role: 'admin' }, NOW)).token;
    tokens.revoked = (await createToken(store, { name: 'mallory', role: 'admin' }, NOW)).token;
    await revokeToken(store, 'mallory', NOW);
    app = createApp({ store, now: () => NOW, snapshots: new Snapshots(store, { recheckMs: 0 }) });
  });
  afterAll(() => dispose());

  const send = async (method: string, url: string, body: unknown, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await app.request(url, {
      method,
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { res, body: (await res.json()) as Record<string, unknown> };
  };
  const current = async (id: string) =>
    (await (await app.request(`/api/v1/measures/${id}`)).json()) as {
      measure: Record<string, unknown>;
      version: number;
    };

  it('creates, updates and deletes a measure, each change attributed to the token’s name', async () => {
    const created = await send(
      'POST',
      '/api/v1/measures',
      { record: newMeasure('can-2027-test-a'), reason: 'new surtax announced' },
      tokens.editor,
    );
    expect(created.res.status).toBe(201);
    expect(created.body).toMatchObject({ op: 'create', id: 'can-2027-test-a', version: 1 });
    const read = await current('can-2027-test-a');
    expect(read.version).toBe(1);
    const duty = await app.request('/api/v1/duty?line=170230&from=CHN&to=CAN&on=2027-02-01');
    expect(((await duty.json()) as { layers: { measureId: string }[] }).layers).toContainEqual(
      expect.objectContaining({ measureId: 'can-2027-test-a' }),
    );

    const updated = await send(
      'PUT',
      '/api/v1/measures/can-2027-test-a',
      { record: { ...read.measure, rate: { bp: 3000 } }, expectedVersion: 1 },
      tokens.editor,
    );
    expect(updated.res.status).toBe(200);
    expect(updated.body).toMatchObject({ op: 'update', version: 2 });
    expect((await current('can-2027-test-a')).measure).toMatchObject({ rate: { bp: 3000 } });

    const byEditor = await app.request('/api/v1/measures/can-2027-test-a?expectedVersion=2', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${tokens.editor}` },
    });
    expect(byEditor.status).toBe(403);
    const byAdmin = await app.request(
      '/api/v1/measures/can-2027-test-a?expectedVersion=2&reason=entered%20by%20mistake',
      { method: 'DELETE', headers: { authorization: `Bearer ${tokens.admin}` } },
    );
    expect(byAdmin.status).toBe(200);
    expect((await app.request('/api/v1/measures/can-2027-test-a')).status).toBe(404);

    const history = (await (
      await app.request('/api/v1/records/can-2027-test-a/history')
    ).json()) as { items: { op: string; author: string; reason: string; at: string }[] };
    expect(history.items.map((v) => [v.op, v.author, v.reason, v.at])).toEqual([
      ['create', 'alice', 'new surtax announced', NOW],
      ['update', 'alice', 'updated through the API', NOW],
      ['delete', 'root', 'entered by mistake', NOW],
    ]);
  });

  it('answers a stale version with 409 and keeps the newer change', async () => {
    const read = await current(SURTAX);
    const first = await send(
      'PUT',
      `/api/v1/measures/${SURTAX}`,
      { record: { ...read.measure, title: 'first writer' }, expectedVersion: read.version },
      tokens.editor,
    );
    expect(first.res.status).toBe(200);
    const second = await send(
      'PUT',
      `/api/v1/measures/${SURTAX}`,
      { record: { ...read.measure, title: 'second writer' }, expectedVersion: read.version },
      tokens.admin,
    );
    expect(second.res.status).toBe(409);
    expect(second.body).toMatchObject({ id: 'conflict', status: 409 });
    expect((await current(SURTAX)).measure.title).toBe('first writer');
  });

  describe('refuses bad writes with a 4xx problem and writes nothing', () => {
    const surtaxWith = async (change: (m: Record<string, unknown>) => Record<string, unknown>) => {
      const read = await current(SURTAX);
      return { record: change(read.measure), expectedVersion: read.version };
    };
    const cases: [
      string,
      () => Promise<{ method: string; url: string; body: unknown; token?: string }>,
      number,
      string,
      string?,
    ][] = [
      [
        'no token',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x') },
        }),
        401,
        'unauthorized',
      ],
      [
        'a malformed token',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x') },
          token: 'hunter2',
        }),
        401,
        'unauthorized',
      ],
      [
        'an unknown token',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x') },
          token: `dtk_0123456789ab_${'A'.repeat(32)}`,
        }),
        401,
        'unauthorized',
      ],
      [
        'a forged secret for a real token id',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x') },
          token: `${tokens.editor.slice(0, 17)}${'B'.repeat(32)}`,
        }),
        401,
        'unauthorized',
      ],
      [
        'a revoked token',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x') },
          token: tokens.revoked,
        }),
        401,
        'unauthorized',
      ],
      [
        'an SQL string as token',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x') },
          token: "' OR 1=1 --",
        }),
        401,
        'unauthorized',
      ],
      [
        'malformed JSON',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: '{"record": {',
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
      ],
      [
        'a missing record',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { reason: 'x' },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'record',
      ],
      [
        'an impossible date',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: { ...newMeasure('can-2027-x'), dates: { effective: '2027-02-30' } } },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'record.dates.effective',
      ],
      [
        'an unknown country',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: { ...newMeasure('can-2027-x'), imposer: 'XXX' } },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'record.imposer',
      ],
      [
        'a malformed HS code',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: { ...newMeasure('can-2027-x'), scope: { include: ['17.02'] } } },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'record.scope.include.0',
      ],
      [
        'a rate of the wrong type',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: { ...newMeasure('can-2027-x'), rate: { bp: '25%' } } },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'record.rate.bp',
      ],
      [
        'an SQL string as id',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure("x'); drop table records; --") },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'record.id',
      ],
      [
        'a control character in the reason',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x'), reason: 'a\u0000b' },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'reason',
      ],
      [
        'an unknown source',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: { ...newMeasure('can-2027-x'), sources: ['no-such-source'] } },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
      ],
      [
        'an existing id',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: { ...newMeasure(SURTAX) } },
          token: tokens.editor,
        }),
        409,
        'conflict',
      ],
      [
        'an unknown dossier',
        async () => ({
          method: 'POST',
          url: '/api/v1/measures',
          body: { record: newMeasure('can-2027-x'), dossier: 'nope' },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'dossier',
      ],
      [
        'a record under another id',
        async () => ({
          method: 'PUT',
          url: `/api/v1/measures/${SURTAX}`,
          body: await surtaxWith((m) => ({ ...m, id: 'can-2027-x' })),
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'id',
      ],
      [
        'a missing version',
        async () => ({
          method: 'PUT',
          url: `/api/v1/measures/${SURTAX}`,
          body: { record: (await current(SURTAX)).measure },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'expectedVersion',
      ],
      [
        'an update of an unknown record',
        async () => ({
          method: 'PUT',
          url: '/api/v1/measures/can-2027-x',
          body: { record: newMeasure('can-2027-x'), expectedVersion: 1 },
          token: tokens.editor,
        }),
        404,
        'not_found',
      ],
      [
        'an update in the wrong collection',
        async () => ({
          method: 'PUT',
          url: `/api/v1/events/${SURTAX}`,
          body: { record: { id: SURTAX }, expectedVersion: 1 },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
      ],
      [
        'unknown fields',
        async () => ({
          method: 'PUT',
          url: `/api/v1/measures/${SURTAX}`,
          body: { ...(await surtaxWith((m) => m)), force: true },
          token: tokens.editor,
        }),
        400,
        'invalid_argument',
        'force',
      ],
    ];
    it.each(cases)('%s', async (_what, request, status, id, field) => {
      const before = await store.revision();
      const r = await request();
      const res = await send(r.method, r.url, r.body, r.token);
      expect(res.res.status).toBe(status);
      expect(res.res.headers.get('content-type')).toBe(PROBLEM);
      expect(res.body).toMatchObject({ id, status });
      if (field)
        expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
      if (status === 401) expect(res.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await store.revision()).toBe(before);
    });

    it('a body over the size cap, with 413', async () => {
      const before = await store.revision();
      const huge = { record: { ...newMeasure('can-2027-x'), notes: ['x'.repeat(300_000)] } };
      const res = await send('POST', '/api/v1/measures', huge, tokens.editor);
      expect(res.res.status).toBe(413);
      expect(res.body).toMatchObject({ id: 'payload_too_large', status: 413 });
      expect(await store.revision()).toBe(before);
    });

    it('a body without a JSON content type, with 415', async () => {
      const res = await app.request('/api/v1/measures', {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.editor}`, 'content-type': 'text/plain' },
        body: JSON.stringify({ record: newMeasure('can-2027-x') }),
      });
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toBe(PROBLEM);
    });
  });
});
