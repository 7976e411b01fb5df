/**
 * Every read route of the HTTP API, in-process, on every store backend: answers on the
 * built-in dossier, filters, cursor pages, and bad input of every kind answered by a 4xx
 * problem document naming the field, never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initStore } from '../services/init.ts';
import { freshStore, testBackends } from '../store/test-backends.ts';
import { createApp } from './app.ts';
import { PLAIN_COLLECTIONS } from './routes/collections.ts';

const NOW = '2026-03-15T12:00:00.000Z';
const PROBLEM = 'application/problem+json';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe.each(testBackends())('the read routes on $name', (backend) => {
  let app: ReturnType<typeof createApp>;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const s = await freshStore(backend);
    dispose = s.dispose;
    await initStore(s.store, '2026-01-01T00:00:00.000Z');
    app = createApp({ store: s.store, now: () => NOW });
  });
  afterAll(() => dispose());

  const get = async <T = Record<string, unknown>>(
    url: string,
    headers?: Record<string, string>,
  ) => {
    const res = await app.request(url, { headers: headers ?? {} });
    const text = await res.text();
    return { res, body: (text ? JSON.parse(text) : null) as T };
  };

  it('answers the worked duty cases, with rates in basis points', async () => {
    const cases = [
      ['1205.10', 'CAN', 'CHN', '2025-09-01', 8480],
      ['1205 10', 'can', 'chn', '2026-03-15', 1490],
      ['230641', 'CAN', 'CHN', '2025-04-01', 10500],
      ['2306.41', 'CAN', 'CHN', '2026-03-15', 500],
      ['8703.80', 'CHN', 'CAN', '2024-10-02', 10610],
    ] as const;
    for (const [line, from, to, on, bp] of cases) {
      const { res, body } = await get<{ total: { bp: number } }>(
        `/api/v1/duty?line=${encodeURIComponent(line)}&from=${from}&to=${to}&on=${on}`,
      );
      expect(res.status).toBe(200);
      expect(body.total.bp).toBe(bp);
    }
  });

  it('takes the date of a duty lookup from the server clock when on is left out', async () => {
    const { body } = await get<{ query: { date: string } }>(
      '/api/v1/duty?line=2306.41&from=CAN&to=CHN',
    );
    expect(body.query.date).toBe('2026-03-15');
  });

  it('answers a duty with an origin condition given as attribute=value', async () => {
    const { res, body } = await get<{ conditional: unknown[]; query: object }>(
      '/api/v1/duty?line=7208&from=KOR&to=CAN&on=2025-09-01&condition=melted-and-poured-in=CHN',
    );
    expect(res.status).toBe(200);
    expect(body.query).toMatchObject({ conditions: { 'melted-and-poured-in': 'CHN' } });
  });

  it.each([
    ['a malformed HS code', '/api/v1/duty?line=12a5&from=CAN&to=CHN', 'invalid_hs_code', 'line'],
    [
      'an impossible date',
      '/api/v1/duty?line=1205.10&from=CAN&to=CHN&on=2025-02-30',
      'invalid_date',
      'on',
    ],
    ['an unknown country', '/api/v1/duty?line=1205.10&from=XXX&to=CHN', 'invalid_country', 'from'],
    ['a missing parameter', '/api/v1/duty?line=1205.10&from=CAN', 'invalid_argument', 'to'],
    [
      'a repeated parameter',
      '/api/v1/duty?line=1205&line=1206&from=CAN&to=CHN',
      'invalid_argument',
      'line',
    ],
    [
      'an unknown parameter',
      '/api/v1/duty?line=1205&from=CAN&to=CHN&dest=CHN',
      'invalid_argument',
      'dest',
    ],
    [
      'a bad condition',
      '/api/v1/duty?line=7208&from=KOR&to=CAN&condition=CHN',
      'invalid_argument',
      'condition',
    ],
    [
      'SQL in an HS code',
      "/api/v1/duty?line=1205'%20OR%201=1--&from=CAN&to=CHN",
      'invalid_hs_code',
      'line',
    ],
    [
      'a bad asKnownOn',
      '/api/v1/duty?line=1205&from=CAN&to=CHN&asKnownOn=yesterday',
      'invalid_date',
      'asKnownOn',
    ],
    ['a pair of one country', '/api/v1/timeline?pair=CAN', 'invalid_country', 'pair'],
    [
      'an unknown timeline kind',
      '/api/v1/timeline?kind=measure,rumour',
      'invalid_argument',
      'kind.1',
    ],
    ['a limit of the wrong type', '/api/v1/timeline?limit=ten', 'invalid_argument', 'limit'],
    ['a limit too large', '/api/v1/events?limit=100000', 'invalid_argument', 'limit'],
    ['a forged cursor', '/api/v1/events?cursor=not!a!cursor', 'invalid_argument', 'cursor'],
    [
      'an impossible in-force date',
      '/api/v1/measures?inForce=2025-13-01',
      'invalid_date',
      'inForce',
    ],
    ['a lower-case-only country', '/api/v1/measures?imposer=zz', 'invalid_country', 'imposer'],
    ['an impossible channels date', '/api/v1/channels?on=2026-02-29', 'invalid_date', 'on'],
    ['a bad overview pair', '/api/v1/overview?pair=CAN-XXX', 'invalid_country', 'pair'],
  ])('answers %s with a 400 problem naming the field', async (_what, url, id, field) => {
    const { res, body } = await get<{
      id: string;
      status: number;
      type: string;
      errors: { field: string }[];
    }>(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe(PROBLEM);
    expect(body).toMatchObject({ id, status: 400, type: `https://detente.dev/errors/${id}` });
    expect(body.errors.map((e) => e.field)).toContain(field);
  });

  it('refuses ids that no record can have, SQL strings and NUL bytes included', async () => {
    for (const url of [
      "/api/v1/records/x'%3B%20drop%20table%20records%3B--",
      "/api/v1/records/x'%20or%20'1'='1/history",
      '/api/v1/measures/a%00b',
    ]) {
      const { res, body } = await get<{ id: string; errors: { field: string }[] }>(url);
      expect(res.status, url).toBe(400);
      expect(body).toMatchObject({ id: 'invalid_argument', errors: [{ field: 'id' }] });
    }
  });

  it('answers unknown records and routes with a 404 problem', async () => {
    for (const url of [
      '/api/v1/measures/no-such-measure',
      '/api/v1/records/x-or-1-1/history',
      '/api/v1/measures/nope/chain',
      '/api/v1/events/can-2024-ev-surtax',
      '/api/v1/no-such-route',
    ]) {
      const { res, body } = await get<{ id: string }>(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-type')).toBe(PROBLEM);
      expect(body.id).toBe('not_found');
    }
  });

  it('lists measures by imposer, target and date in force, with their stored version', async () => {
    const { body } = await get<Page<{ measure: { id: string; imposer: string }; version: number }>>(
      '/api/v1/measures?imposer=CHN&target=CAN&inForce=2025-09-01',
    );
    expect(body.items.map((m) => m.measure.id)).toContain('chn-2025-canola-ad-provisional');
    expect(body.items.every((m) => m.measure.imposer === 'CHN' && m.version === 1)).toBe(true);
    expect(body.nextCursor).toBeNull();
  });

  it('gets one measure with its links, and its retaliation chain', async () => {
    const one = await get<{
      measure: { id: string };
      respondedBy: { id: string }[];
      version: number;
    }>('/api/v1/measures/can-2024-ev-surtax');
    expect(one.body).toMatchObject({ measure: { id: 'can-2024-ev-surtax' }, version: 1 });
    expect(one.body.respondedBy.map((l) => l.id)).toContain('chn-2025-annex1-100');
    const chain = await get<{ root: { id: string }; answeredBy: { id: string }[] }>(
      '/api/v1/measures/can-2024-ev-surtax/chain',
    );
    expect(chain.body.root.id).toBe('can-2024-ev-surtax');
    expect(chain.body.answeredBy.map((n) => n.id)).toContain('chn-2025-annex1-100');
  });

  it('walks the timeline page by page, each entry once, in the order of one long page', async () => {
    const all = await get<Page<{ date: string; id: string; step?: string }>>(
      '/api/v1/timeline?pair=CAN-CHN&limit=500',
    );
    expect(all.body.nextCursor).toBeNull();
    expect(all.body.items.length).toBeGreaterThan(40);
    const walked: typeof all.body.items = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/timeline?pair=CAN-CHN&limit=7${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { body: Page<{ date: string; id: string; step?: string }> } = await get(url);
      expect(page.body.items.length).toBeLessThanOrEqual(7);
      walked.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.body.items);
    const dates = walked.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('filters the timeline by date range and kind', async () => {
    const { body } = await get<Page<{ date: string; kind: string }>>(
      '/api/v1/timeline?pair=CAN-CHN&from=2025-06-01&to=2025-09-30&kind=engagement,measure',
    );
    expect(body.items.length).toBeGreaterThan(0);
    for (const e of body.items) {
      expect(['engagement', 'measure']).toContain(e.kind);
      expect(e.date >= '2025-06-01' && e.date <= '2025-09-30').toBe(true);
    }
  });

  it.each(PLAIN_COLLECTIONS)(
    'lists %s and gets each by id, here and under /records',
    async (name) => {
      const list = await get<
        Page<{ id: string; collection: string; version: number; record: { id: string } }>
      >(`/api/v1/${name}?limit=3`);
      expect(list.res.status).toBe(200);
      expect(list.body.items.length).toBeGreaterThan(0);
      const [first] = list.body.items;
      expect(first).toMatchObject({ collection: name, version: 1, dossier: 'canada-china' });
      const ids = list.body.items.map((r) => r.id);
      expect([...ids].sort()).toEqual(ids);
      const one = await get<{ record: { id: string } }>(`/api/v1/${name}/${first?.id}`);
      expect(one.body.record).toEqual(first?.record);
      const anywhere = await get<{ collection: string }>(`/api/v1/records/${first?.id}`);
      expect(anywhere.body.collection).toBe(name);
    },
  );

  it('reports channel health and the pair overview on a date', async () => {
    const channels = await get<{
      on: string;
      channels: { status: string; channel: { id: string } }[];
    }>('/api/v1/channels?pair=CAN-CHN&on=2025-12-01');
    expect(channels.body.on).toBe('2025-12-01');
    expect(channels.body.channels.length).toBeGreaterThan(0);
    const one = await get<{ collection: string }>(
      `/api/v1/channels/${channels.body.channels[0]?.channel.id}`,
    );
    expect(one.body.collection).toBe('channels');
    const overview = await get<{
      pair: string[];
      on: string;
      directions: { inForce: unknown[] }[];
    }>('/api/v1/overview');
    expect(overview.body).toMatchObject({ pair: ['CAN', 'CHN'], on: '2026-03-15' });
    expect(overview.body.directions[1]?.inForce.length).toBeGreaterThan(0);
  });

  it('gives the history of a record, attributed', async () => {
    const { body } = await get<Page<{ version: number; author: string; op: string }>>(
      '/api/v1/records/can-2024-ev-surtax/history',
    );
    expect(body.items).toEqual([
      expect.objectContaining({ version: 1, op: 'create', author: 'detente init' }),
    ]);
  });

  it('answers an unchanged read with 304 to its ETag', async () => {
    const first = await get('/api/v1/measures?imposer=CAN');
    const etag = first.res.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await app.request('/api/v1/measures?imposer=CAN', {
      headers: { 'if-none-match': etag as string },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await app.request('/api/v1/measures?imposer=CAN', {
      headers: { 'if-none-match': 'W/"0.0.0-0-2000-01-01"' },
    });
    expect(other.status).toBe(200);
  });

  it('never answers hostile input on any documented read with a 5xx', async () => {
    const doc = (
      await get<{
        paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
      }>('/api/v1/openapi.json')
    ).body;
    const hostile = [
      '',
      "' OR 1=1 --",
      '"; DROP TABLE records; --',
      '%00',
      'x'.repeat(3000),
      '2025-13-45',
      '-1',
      '1e309',
      '[]',
      '../../etc/passwd',
      '\u202e\u0000',
      '{"$gt":""}',
    ];
    let requests = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const params = ops.get?.parameters;
      if (!params) continue;
      for (const target of params) {
        for (const value of hostile) {
          let url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
            name === target.name ? encodeURIComponent(value) : 'can-2024-ev-surtax',
          );
          if (target.in === 'query') url += `?${target.name}=${encodeURIComponent(value)}`;
          const res = await app.request(url);
          requests++;
          expect(res.status, `${url} → ${res.status}`).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type')).toBe(PROBLEM);
        }
      }
    }
    expect(requests).toBeGreaterThan(200);
  });
});
