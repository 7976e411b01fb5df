/**
 * GET /api/v1/coverage and POST /api/v1/simulate, in-process, on every store backend: answers
 * from the built-in sample when the data directory holds no flows and from the imported flows
 * when it does, ETags that change with a re-import, and bad input of every kind answered by a
 * 4xx problem document naming the field, never a 5xx.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOWS_SAMPLE, importFlows } from '../services/flows.ts';
import { initStore } from '../services/init.ts';
import { freshStore, testBackends } from '../store/test-backends.ts';
import { createApp } from './app.ts';

const NOW = '2026-03-15T12:00:00.000Z';
const PROBLEM = 'application/problem+json';
const ANNEX1 = 'chn-2025-annex1-100';
const ANNEX2 = 'chn-2025-annex2-25';

/** The sample's 2024 rows of Canada's exports to China, by product code: read, not retyped. */
function sampleRows(): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of readFileSync(FLOWS_SAMPLE, 'utf8').split('\n')) {
    const [year, exporter, importer, hs, value] = line.split(',');
    if (year === '2024' && exporter === 'CAN' && importer === 'CHN' && hs && value)
      rows.set(hs, Number(value));
  }
  return rows;
}
const sum = (rows: Map<string, number>, codes: readonly string[]) =>
  codes.reduce((a, c) => a + (rows.get(c) ?? Number.NaN), 0);

interface Coverage {
  source: { kind: string; label: string };
  baseYear: number;
  years: number[];
  measures: { id: string; covered: { currency: string; value: number }[] }[];
  byYear: { year: number; currency: string; value: number }[];
  pairs: { importer: string; exporter: string; covered: number; total: number; shareBp: number }[];
  chapters: { chapter: string; value: number }[];
}

interface Simulation {
  source: { kind: string };
  importer: string;
  changed: number;
  totals: { creation: number; welfare: number; revenueBefore: number; revenueAfter: number }[];
  byLine: { hs: string; creation: number }[];
}

interface Problem {
  id: string;
  status: number;
  detail: string;
  errors?: { field: string }[];
}

describe.each(testBackends())('the flows routes on $name', (backend) => {
  let app: ReturnType<typeof createApp>;
  let imported: ReturnType<typeof createApp>;
  let dispose: () => Promise<void>;
  let empty: string;
  let held: string;
  beforeAll(async () => {
    const s = await freshStore(backend);
    dispose = s.dispose;
    await initStore(s.store, '2026-01-01T00:00:00.000Z');
    empty = mkdtempSync(join(tmpdir(), 'detente-flows-empty-'));
    held = mkdtempSync(join(tmpdir(), 'detente-flows-held-'));
    app = createApp({ store: s.store, now: () => NOW, dataDir: empty });
    imported = createApp({ store: s.store, now: () => NOW, dataDir: held });
  });
  afterAll(async () => {
    await dispose();
    rmSync(empty, { recursive: true, force: true });
    rmSync(held, { recursive: true, force: true });
  });

  const get = async <T>(on: typeof app, url: string, headers: Record<string, string> = {}) => {
    const res = await on.request(url, { headers });
    const text = await res.text();
    return { res, body: (text ? JSON.parse(text) : null) as T };
  };
  const post = async <T>(body: unknown, on = app, type = 'application/json') => {
    const res = await on.request('/api/v1/simulate', {
      method: 'POST',
      headers: { 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { res, body: (await res.json()) as T };
  };

  it('answers coverage from the built-in sample when no flows were imported', async () => {
    const rows = sampleRows();
    const { res, body } = await get<Coverage>(
      app,
      `/api/v1/coverage?measure=${ANNEX1}&measure=${ANNEX2}&to=2026`,
    );
    expect(res.status).toBe(200);
    expect(body.source.kind).toBe('sample');
    expect(body.source.label).toMatch(/published .*aggregates.*Canadian dollars/);
    expect(body.baseYear).toBe(2024);
    expect(body.years).toEqual([2025, 2026]);
    // Annex 1: oil, meal, peas; Annex 2: pork and the seafood chapter
    const annex1 = sum(rows, ['1514', '230641', '071310']);
    const annex2 = sum(rows, ['0203', '03']);
    expect(body.measures.map((m) => m.covered[0]?.value)).toEqual([annex1, annex2]);
    const pair = body.pairs.find((p) => p.importer === 'CHN' && p.exporter === 'CAN');
    expect(pair?.covered).toBe(annex1 + annex2);
    expect(pair?.total).toBe([...rows.values()].reduce((a, v) => a + v, 0));
    expect(pair?.shareBp).toBe(Math.round(((annex1 + annex2) * 10_000) / (pair?.total ?? 1)));
    // in force from 20 March 2025: 287 of 365 days that year
    const [y2025, y2026] = body.byYear;
    expect(y2025?.value).toBeCloseTo(((annex1 + annex2) * 287) / 365, 0);
    // 2026 is the full base year at most (less where a suspension lifts part of the reach)
    expect(y2026?.value).toBeGreaterThan(0);
    expect(y2026?.value).toBeLessThanOrEqual(annex1 + annex2);
    expect(body.chapters.map((c) => c.chapter).sort()).toEqual(['02', '03', '07', '15', '23']);
  });

  it('takes pair=CHN-CAN as imposer CHN and target CAN', async () => {
    const byPair = await get<Coverage>(app, '/api/v1/coverage?pair=chn-can');
    const byNames = await get<Coverage>(app, '/api/v1/coverage?imposer=CHN&target=CAN');
    expect(byPair.res.status).toBe(200);
    expect(byPair.body.measures.map((m) => m.id)).toEqual(byNames.body.measures.map((m) => m.id));
    expect(byPair.body.measures.map((m) => m.id)).toContain(ANNEX1);
    expect(byPair.body.measures.every((m) => m.id.startsWith('chn-'))).toBe(true);
  });

  it('reads the imported flows when there are some, and drops the cached answer on a re-import', async () => {
    const csv = join(held, 'mine.csv');
    writeFileSync(
      csv,
      'year,exporter,importer,hs6,value,quantity,currency,source\n' +
        '2024,CAN,CHN,230641,1000,,CAD,test\n2024,CAN,CHN,120510,3000,,CAD,test\n',
    );
    await importFlows(held, [csv], { stamp: '20260101T000000' });
    const url = `/api/v1/coverage?measure=${ANNEX1}`;
    const first = await get<Coverage>(imported, url);
    expect(first.body.source.kind).toBe('imported');
    expect(first.body.measures[0]?.covered).toEqual([{ currency: 'CAD', value: 1000 }]);
    const etag = first.res.headers.get('etag') as string;
    expect((await imported.request(url, { headers: { 'if-none-match': etag } })).status).toBe(304);

    writeFileSync(csv, 'year,exporter,importer,hs6,value\n2024,CAN,CHN,230641,2500\n');
    await importFlows(held, [csv], { stamp: '20260102T000000' });
    const again = await get<Coverage>(imported, url, { 'if-none-match': etag });
    expect(again.res.status).toBe(200);
    expect(again.body.measures[0]?.covered[0]?.value).toBe(2500);
  });

  it('lists both routes in the OpenAPI document', async () => {
    const { body } = await get<{ paths: Record<string, Record<string, unknown>> }>(
      app,
      '/api/v1/openapi.json',
    );
    expect(Object.keys(body.paths['/api/v1/coverage'] ?? {})).toContain('get');
    expect(Object.keys(body.paths['/api/v1/simulate'] ?? {})).toContain('post');
  });

  it.each([
    ['an unknown measure', `measure=no-such-measure`, 404, 'not_found', undefined],
    ['a malformed measure id', 'measure=Not%20An%20Id', 400, 'invalid_argument', 'measure'],
    [
      'a year that is not one',
      'measure=chn-2025-annex1-100&baseYear=24x',
      400,
      'invalid_argument',
      'baseYear',
    ],
    [
      'years running backwards',
      'pair=CHN-CAN&from=2026&to=2025',
      400,
      'invalid_argument',
      undefined,
    ],
    ['a pair of one country', 'pair=CHN', 400, 'invalid_country', 'pair'],
    ['an unknown country', 'imposer=XXX', 400, 'invalid_country', 'imposer'],
    ['a pair contradicting the target', 'pair=CHN-CAN&target=USA', 400, 'invalid_argument', 'pair'],
    ['an unknown parameter', 'pair=CHN-CAN&colour=red', 400, 'invalid_argument', 'colour'],
    ['no measure matching', 'imposer=FRA', 404, 'not_found', undefined],
  ])('answers %s with a problem document', async (_, query, status, id, field) => {
    const { res, body } = await get<Problem>(app, `/api/v1/coverage?${query}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(PROBLEM);
    expect(body.id).toBe(id);
    if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
  });

  it('simulates lifting a measure on the sample: trade creation, revenue and a welfare gain', async () => {
    const rows = sampleRows();
    const { res, body } = await post<Simulation>({
      scenario: { kind: 'remove', measure: ANNEX1 },
      on: '2025-06-01',
    });
    expect(res.status).toBe(200);
    expect(body.source.kind).toBe('sample');
    expect(body.importer).toBe('CHN');
    expect(body.changed).toBe(3);
    const [t] = body.totals;
    expect(t?.creation).toBeGreaterThan(0);
    expect(t?.welfare).toBeGreaterThan(0);
    expect(t?.revenueAfter).toBeLessThan(t?.revenueBefore ?? 0);
    // canola meal pays 5% MFN + 100%: lifting the 100% creates M · 1.00 / 2.05
    const meal = body.byLine.find((l) => l.hs === '230641');
    expect(meal?.creation).toBeCloseTo(((rows.get('230641') ?? 0) * 1.0) / 2.05, -1);
  });

  it('turns a tariff rise into lost trade and a welfare loss', async () => {
    const { res, body } = await post<Simulation>({
      scenario: { kind: 'add', bp: 2500, scope: ['1205'], origins: ['CAN'] },
      importer: 'CHN',
      on: '2025-06-01',
    });
    expect(res.status).toBe(200);
    expect(body.changed).toBe(1);
    expect(body.totals[0]?.creation).toBeLessThan(0);
    expect(body.totals[0]?.welfare).toBeLessThan(0);
  });

  it('applies elasticities given per HS6 in the body, line by line', async () => {
    const scenario = { kind: 'remove', measure: ANNEX1 };
    const base = await post<Simulation>({ scenario, on: '2025-06-01' });
    const steep = await post<Simulation>({
      scenario,
      on: '2025-06-01',
      elasticities: { '230641': -2 },
    });
    const line = (s: Simulation, hs: string) => s.byLine.find((l) => l.hs === hs)?.creation ?? 0;
    expect(line(steep.body, '230641')).toBeCloseTo(2 * line(base.body, '230641'), -1);
    expect(line(steep.body, '071310')).toBe(line(base.body, '071310'));
  });

  it.each([
    ['an unknown kind', { scenario: { kind: 'double', measure: ANNEX1 } }, 'scenario.kind'],
    ['a negative rate', { scenario: { kind: 'change', measure: ANNEX1, bp: -5 } }, 'scenario.bp'],
    [
      'an add without scope',
      { scenario: { kind: 'add', bp: 100 }, importer: 'CHN' },
      'scenario.scope',
    ],
    [
      'a bad HS prefix',
      { scenario: { kind: 'linear', cutBp: 5000, scope: ['12a'] }, importer: 'CHN' },
      'scenario.scope.0',
    ],
    [
      'a cut over 100%',
      { scenario: { kind: 'linear', cutBp: 20_000 }, importer: 'CHN' },
      'scenario.cutBp',
    ],
    [
      'a positive Em',
      { scenario: { kind: 'remove', measure: ANNEX1 }, params: { em: 1 } },
      'params.em',
    ],
    [
      'a bad elasticity key',
      { scenario: { kind: 'remove', measure: ANNEX1 }, elasticities: { '12': -1 } },
      'elasticities.12',
    ],
    [
      'an impossible date',
      { scenario: { kind: 'remove', measure: ANNEX1 }, on: '2025-02-30' },
      'on',
    ],
    [
      'an unknown field',
      { scenario: { kind: 'remove', measure: ANNEX1 }, colour: 'red' },
      'colour',
    ],
  ])('answers %s with a 400 naming the field', async (_, body, field) => {
    const { res, body: problem } = await post<Problem>(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain(PROBLEM);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('asks for the importer of a formula scenario by name', async () => {
    const { res, body } = await post<Problem>({ scenario: { kind: 'linear', cutBp: 5000 } });
    expect(res.status).toBe(400);
    expect(body.detail).toMatch(/^importer: required/);
    expect(body.errors?.map((e) => e.field)).toEqual(['importer']);
  });

  it('answers an unknown measure with 404 and a body that is not JSON with 4xx', async () => {
    const unknown = await post<Problem>({
      scenario: { kind: 'remove', measure: 'no-such-measure' },
    });
    expect(unknown.res.status).toBe(404);
    expect(unknown.body.id).toBe('not_found');
    const broken = await app.request('/api/v1/simulate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"scenario":',
    });
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(broken.status).toBeLessThan(500);
    const text = await app.request('/api/v1/simulate', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'remove annex 1',
    });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
  });
});
