/**
 * The ingest routes on every store backend: an editor's token submits a readout and accepts
 * its engagement, which the timeline route then lists with its source; the queue is closed to
 * anonymous callers; bad bodies get a problem document naming the field (413 above 2 MB for
 * this route only, 422 for text that is not text); and the routes are in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Snapshots } from '../services/snapshots.ts';
import { initStore } from '../services/init.ts';
import { CALL_READOUT as READOUT, READOUT_URL as URL_A } from '../services/testdata/readouts.ts';
import { createToken } from '../services/tokens.ts';
import type { Store } from '../store/store.ts';
import { freshStore, testBackends } from '../store/test-backends.ts';
import { createApp } from './app.ts';

const NOW = '2026-11-29T12:00:00.000Z';

interface CandidateView {
  key: string;
  type: string;
  status: string;
  candidate: { participants?: { text: string; actor: string | null }[] } & Record<string, unknown>;
  records: { id: string; collection: string; op: string }[];
}
interface Batch {
  id: string;
  candidates: CandidateView[];
}

describe.each(testBackends())('the ingest routes on $name', (backend) => {
  let app: ReturnType<typeof createApp>;
  let store: Store;
  let dispose: () => Promise<void>;
  let editor = '';
  beforeAll(async () => {
    ({ store, dispose } = await freshStore(backend));
    await initStore(store, '2026-01-01T00:00:00.000Z');
    editor = (await createToken(store, { name: 'alice', role: 'editor' }, NOW)).token;
    app = createApp({ store, now: () => NOW, snapshots: new Snapshots(store, { recheckMs: 0 }) });
  });
  afterAll(() => dispose());

  const call = async (
    method: string,
    url: string,
    body?: unknown,
    token: string | null = editor,
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await app.request(url, {
      method,
      headers,
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    return { res, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
  };
  const submit = (body: Record<string, unknown>) =>
    call('POST', '/api/v1/ingest', { url: URL_A, published: '2026-11-27', ...body });

  it('submits a readout, accepts its engagement, and the timeline lists it with its source', async () => {
    const made = await submit({
      text: READOUT,
      title: 'Leaders’ call',
      publisher: 'Example Office',
    });
    expect(made.res.status).toBe(201);
    expect(made.res.headers.get('cache-control')).toBe('no-store');
    const batch = made.body as unknown as Batch;
    expect(made.body).toMatchObject({ author: 'alice', status: 'open', title: 'Leaders’ call' });
    const engagement = batch.candidates.find((c) => c.type === 'engagement');
    if (!engagement) throw new Error('no engagement candidate');

    const listed = await call('GET', '/api/v1/ingest');
    expect(listed.res.status).toBe(200);
    expect((listed.body.items as { id: string }[])[0]?.id).toBe(batch.id);
    const got = await call('GET', `/api/v1/ingest/${batch.id}`);
    expect(got.body).toEqual(made.body);
    const before = await call('GET', '/api/v1/ingest?asKnownOn=2026-11-28');
    expect(before.body.items).toEqual([]);
    expect((await call('GET', `/api/v1/ingest/${batch.id}?asKnownOn=2026-11-28`)).res.status).toBe(
      404,
    );

    const url = `/api/v1/ingest/${batch.id}/candidates/${engagement.key}`;
    const accepted = await call('POST', url, { action: 'accept' });
    expect(accepted.res.status).toBe(200);
    const view = accepted.body.candidate as CandidateView;
    expect(view.status).toBe('accepted');
    const [record, source] = view.records;
    expect(record?.collection).toBe('engagements');

    const timeline = await call(
      'GET',
      '/api/v1/timeline?from=2026-11-27&to=2026-11-27&kind=engagement',
    );
    const items = timeline.body.items as {
      id: string;
      title: string;
      sourceLinks: { id: string; url?: string }[];
    }[];
    const entry = items.find((e) => e.id === record?.id);
    expect(entry?.title).toBe('Call: Mark Carney and Li Qiang');
    expect(entry?.sourceLinks).toEqual([{ id: source?.id, title: 'Leaders’ call', url: URL_A }]);
    const history = await call('GET', `/api/v1/records/${record?.id}/history`);
    expect((history.body.items as { author: string }[]).map((h) => h.author)).toEqual(['alice']);

    const again = await call('POST', url, { action: 'reject' });
    expect(again.res.status).toBe(409);
    expect(again.body).toMatchObject({ id: 'conflict' });
  });

  it('refuses an unresolved participant naming the field, then accepts the edited candidate', async () => {
    const batch = (await submit({ text: READOUT })).body as unknown as Batch;
    const engagement = batch.candidates.find((c) => c.type === 'engagement');
    if (!engagement?.candidate.participants) throw new Error('no engagement candidate');
    const url = `/api/v1/ingest/${batch.id}/candidates/${engagement.key}`;
    const unresolved = structuredClone(engagement.candidate);
    const [first] = unresolved.participants ?? [];
    if (first) first.actor = null;
    const refused = await call('POST', url, { action: 'accept', candidate: unresolved });
    expect(refused.res.status).toBe(400);
    expect(refused.body).toMatchObject({
      id: 'invalid_argument',
      detail: expect.stringContaining('match no actor: edit the candidate and pick an actor'),
      errors: [expect.objectContaining({ field: 'participants.0.actor' })],
    });
    if (first) first.actor = 'anita-anand';
    const accepted = await call('POST', url, { action: 'accept', candidate: unresolved });
    expect(accepted.res.status).toBe(200);
    const id = (accepted.body.candidate as CandidateView).records[0]?.id;
    const stored = await call('GET', `/api/v1/records/${id}`);
    expect((stored.body.record as { participants: string[] }).participants).toEqual([
      'anita-anand',
      'li-qiang',
    ]);
  });

  it('closes the queue to callers without a token', async () => {
    expect((await call('GET', '/api/v1/ingest', undefined, null)).res.status).toBe(401);
    const anonymous = await call(
      'POST',
      '/api/v1/ingest',
      { text: READOUT, url: URL_A, published: '2026-11-27' },
      null,
    );
    expect(anonymous.res.status).toBe(401);
  });

  it('answers bad bodies with a problem naming the field, and nothing is saved', async () => {
    const before = ((await call('GET', '/api/v1/ingest?limit=500')).body.items as unknown[]).length;
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ text: '   ' }, 422, 'invalid_text', ''],
      [{ text: 'MZ\u0000\u0000\u0003binary' }, 422, 'invalid_text', ''],
      [{ text: READOUT, published: '2026-02-30' }, 400, 'invalid_date', 'published'],
      [{ text: READOUT, url: 'javascript:alert(1)' }, 400, 'invalid_argument', 'url'],
      [{ text: READOUT, title: '' }, 400, 'invalid_argument', 'title'],
      [{ url: URL_A }, 400, 'invalid_argument', 'text'],
    ];
    for (const [body, status, id, field] of cases) {
      const r = await submit(body);
      expect({ status: r.res.status, id: r.body.id }).toEqual({ status, id });
      expect(r.res.headers.get('content-type')).toBe('application/problem+json');
      if (field) expect(r.body.errors).toContainEqual(expect.objectContaining({ field }));
    }
    const review = await call('POST', '/api/v1/ingest/ing-nope/candidates/x-1', { action: 'keep' });
    expect(review.res.status).toBe(400);
    expect(review.body.errors).toContainEqual(expect.objectContaining({ field: 'action' }));
    expect(
      (await call('POST', '/api/v1/ingest/ing-nope/candidates/x-1', { action: 'accept' })).res
        .status,
    ).toBe(404);
    expect((await call('GET', '/api/v1/ingest/ing-nope')).res.status).toBe(404);
    const after = ((await call('GET', '/api/v1/ingest?limit=500')).body.items as unknown[]).length;
    expect(after).toBe(before);
  });

  it('takes bodies up to 2 MB on this route only: above, 413', async () => {
    const prose = 'The harvest in the valley went on through a mild week without trouble. ';
    const oneMb = prose.repeat(Math.ceil(1_000_000 / prose.length));
    const large = await submit({ text: oneMb });
    expect(large.res.status).toBe(201);
    expect(large.body.candidates).toEqual([]);
    const tooLarge = await submit({ text: prose.repeat(Math.ceil(2_200_000 / prose.length)) });
    expect(tooLarge.res.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ id: 'payload_too_large' });
    // Other writes keep the default limit.
    const elsewhere = await call('POST', '/api/v1/sources', {
      record: { id: 'src-big', title: oneMb.slice(0, 300_000), publisher: 'x' },
    });
    expect(elsewhere.res.status).toBe(413);
  });

  it('describes the routes in the OpenAPI document', async () => {
    const doc = (await call('GET', '/api/v1/openapi.json', undefined, null)).body as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths['/api/v1/ingest'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/ingest/{batch}'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/v1/ingest/{batch}/candidates/{key}'] ?? {})).toEqual([
      'post',
    ]);
    expect(doc.components.schemas).toHaveProperty('IngestCandidate');
    expect(doc.components.schemas).toHaveProperty('IngestBatch');
  });
});
