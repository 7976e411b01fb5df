/**
 * The ingest review queue on every store backend: accepting a candidate writes its source and
 * its record in one change of the history, a record already recorded gains the source instead
 * of a twin, a candidate missing fields is refused with nothing written, and a candidate is
 * reviewed once. Batches are seeded with hand-made candidates, so these tests bind the queue's
 * rules whatever the extractor proposes. The last tests run the real extractor on a readout.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../core/model/talks.ts';
import type {
  Candidate,
  EngagementCandidate,
  MeasureCandidate,
  Mention,
} from '../ingest/candidates.ts';
import { IngestRepository } from '../store/ingest.ts';
import type { Store } from '../store/store.ts';
import { freshStores } from '../store/test-stores.ts';
import { testBackends } from '../store/test-backends.ts';
import { CatalogSource } from './catalog-source.ts';
import { lookupDuty } from './duty.ts';
import { recordHistory } from './history.ts';
import { getBatch, ingestText, listBatches, reviewCandidate } from './ingest.ts';
import { initStore } from './init.ts';
import { CALL_READOUT } from './testdata/readouts.ts';
import { timeline } from './timeline.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const NOW = '2026-11-29T10:00:00.000Z';
const URL_A = 'https://example.org/readouts/2026/11/leaders-call';
const URL_B = 'https://news.example.com/2026/11/27/duties';

const READOUT = [
  'Ottawa, November 27, 2026. Prime Minister Mark Carney spoke today with Premier Li Qiang.',
  'The leaders agreed to convene their trade ministers before the end of the year.',
  'Li Qiang said: "Our two countries gain when trade flows."',
  'A provincial envoy, Jo Example, joined the call.',
  'China will keep its 75.8% anti-dumping deposit on Canadian canola seed from August 14, 2025.',
  'Canada will apply a 12% surtax on Chinese kitchen sinks.',
  'China will cut its tariff on Canadian canola oil to 25% from December 1, 2026.',
  'Canada will raise its surtax on Chinese wooden furniture to 15% from January 1, 2027.',
  'China will suspend its 100% tariff on Canadian canola oil from December 1, 2026.',
  'Japan will lift its safeguard duty on Canadian pork from December 1, 2026.',
  'China will suspend its 100% tariff on Canadian canola oil from December 1, 2026, until the end of 2027.',
].join('\n');

/** Writes one record into the built-in dossier, as an editor would. */
const create = (store: Store, collection: string, data: { id: string } & Record<string, unknown>) =>
  store.apply({
    at: NOW,
    author: 'ana',
    reason: 'test',
    ops: [{ op: 'create', dossier: 'canada-china', collection, id: data.id, data }],
  });

const span = (words: string) => {
  const start = READOUT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test text`);
  return { start, end: start + words.length };
};

const mention = (text: string, actor: string | null, jurisdiction: string | null): Mention => ({
  text,
  span: span(text),
  actor,
  jurisdiction,
});

const call: Candidate = {
  type: 'engagement',
  key: 'engagement-0',
  span: span('Prime Minister Mark Carney spoke today with Premier Li Qiang.'),
  confidence: 0.8,
  flags: [],
  kind: 'call',
  participants: [
    mention('Mark Carney', 'mark-carney', 'CAN'),
    mention('Li Qiang', 'li-qiang', 'CHN'),
  ],
  date: '2026-11-27',
  place: null,
  outcomes: [
    {
      text: 'agreed to convene their trade ministers before the end of the year',
      span: span('agreed to convene their trade ministers before the end of the year'),
    },
  ],
  commitments: [],
};

const callWithEnvoy: Candidate = {
  ...call,
  key: 'engagement-1',
  span: span('A provincial envoy, Jo Example, joined the call.'),
  flags: ['actor_unresolved'],
  participants: [...call.participants, mention('Jo Example', null, 'CAN')],
};

const quote: Candidate = {
  type: 'quote',
  key: 'quote-2',
  span: span('Li Qiang said: "Our two countries gain when trade flows."'),
  confidence: 0.9,
  flags: [],
  speaker: mention('Li Qiang', 'li-qiang', 'CHN'),
  text: 'Our two countries gain when trade flows.',
  textSpan: span('Our two countries gain when trade flows.'),
  date: '2026-11-27',
};

const canolaDeposit: Candidate = {
  type: 'measure',
  key: 'measure-3',
  span: span(
    'China will keep its 75.8% anti-dumping deposit on Canadian canola seed from August 14, 2025.',
  ),
  confidence: 0.7,
  flags: [],
  imposer: mention('China', null, 'CHN'),
  targets: [mention('Canadian', null, 'CAN')],
  products: [{ text: 'canola seed', span: span('canola seed'), hs: ['1205.10'] }],
  rates: [{ bp: 7580, span: span('75.8%') }],
  kind: 'anti-dumping',
  action: 'imposed',
  dates: { announced: null, effective: '2025-08-14', expires: null },
};

const sinks: Candidate = {
  type: 'measure',
  key: 'measure-4',
  span: span('Canada will apply a 12% surtax on Chinese kitchen sinks.'),
  confidence: 0.6,
  flags: ['date_inferred'],
  imposer: mention('Canada', null, 'CAN'),
  targets: [mention('Chinese', null, 'CHN')],
  products: [{ text: 'kitchen sinks', span: span('kitchen sinks'), hs: ['7324.10'] }],
  rates: [{ bp: 1200, span: span('12%') }],
  kind: 'surtax',
  action: 'imposed',
  dates: { announced: '2026-11-27', effective: '2027-01-01', expires: null },
};

/** A rate the text says was reduced, on goods a recorded 100% tariff covers (Annex 1). */
const canolaOilCut: Candidate = {
  type: 'measure',
  key: 'measure-5',
  span: span('China will cut its tariff on Canadian canola oil to 25% from December 1, 2026.'),
  confidence: 0.8,
  flags: [],
  imposer: mention('China', null, 'CHN'),
  targets: [mention('Canadian', null, 'CAN')],
  products: [{ text: 'canola oil', span: span('canola oil'), hs: ['1514.11', '1514.19'] }],
  rates: [{ bp: 2500, span: span('25%') }],
  kind: 'tariff',
  action: 'reduced',
  dates: { announced: null, effective: '2026-12-01', expires: null },
};

const CANDIDATES = [call, callWithEnvoy, quote, canolaDeposit, sinks];

/** A batch as ingestText saves it, with these candidates instead of the extractor's. */
async function seed(store: Store, url = URL_A, candidates = CANDIDATES): Promise<string> {
  const id = `ing-test-${url.length}-${candidates.length}-${Math.random().toString(16).slice(2, 8)}`;
  await store.ingest.create(
    {
      id,
      created_at: NOW,
      author: 'desk',
      url,
      title: 'Readout: the Prime Minister speaks with the Premier',
      publisher: 'Example Office',
      published: '2026-11-27',
      text: READOUT,
      extraction: JSON.stringify({
        published: '2026-11-27',
        url,
        title: null,
        language: null,
        candidates,
        warnings: [],
      }),
      status: 'open',
    },
    candidates.map((c, ord) => ({
      batch: id,
      key: c.key,
      ord,
      status: 'pending',
      edited: null,
      records: null,
      reviewed_by: null,
      reviewed_at: null,
    })),
  );
  return id;
}

const record = async (store: Store, id: string) =>
  (await store.currentRecords()).find((r) => r.id === id);

describe.each(testBackends())('the ingest review queue on $name', (backend) => {
  const fresh = freshStores(backend);
  const ready = async () => {
    const store = await fresh();
    await initStore(store, T0);
    return store;
  };

  it('accepts an engagement: source and record in one change, on the timeline with its source', async () => {
    const store = await ready();
    const batch = await seed(store);
    const before = await store.revision();
    const result = await reviewCandidate(
      store,
      batch,
      'engagement-0',
      { action: 'accept' },
      'ana',
      NOW,
    );

    expect(await store.revision()).toBe(before + 1);
    expect(result.changeId).toBe(before + 1);
    expect(result.candidate).toMatchObject({
      status: 'accepted',
      reviewedBy: 'ana',
      reviewedAt: NOW,
    });
    const [made, source] = result.candidate.records;
    expect(made).toMatchObject({ collection: 'engagements', op: 'create' });
    expect(source).toMatchObject({ collection: 'sources', op: 'create' });

    const engagement = (await record(store, made?.id ?? ''))?.data;
    expect(engagement).toMatchObject({
      date: '2026-11-27',
      kind: 'call',
      channel: 'can-chn-leaders',
      participants: ['mark-carney', 'li-qiang'],
      outcomes: ['agreed to convene their trade ministers before the end of the year'],
      sources: [source?.id],
      confidence: 'approximate',
    });
    expect((await record(store, source?.id ?? ''))?.data).toMatchObject({
      url: URL_A,
      title: 'Readout: the Prime Minister speaks with the Premier',
      publisher: 'Example Office',
      published: '2026-11-27',
      excerpt: 'Prime Minister Mark Carney spoke today with Premier Li Qiang.',
    });
    const history = await recordHistory(store, made?.id ?? '');
    expect(history.map((h) => [h.op, h.author, h.reason])).toEqual([
      ['create', 'ana', `accepted from ingest batch ${batch} (candidate engagement-0)`],
    ]);

    const catalog = await new CatalogSource(store).current();
    const entries = timeline(catalog, {
      from: '2026-11-27',
      to: '2026-11-27',
      kinds: ['engagement'],
    });
    const entry = entries.find((e) => e.id === made?.id);
    expect(entry?.parties).toEqual(['CAN', 'CHN']);
    expect(entry?.sourceLinks).toEqual([
      { id: source?.id, title: 'Readout: the Prime Minister speaks with the Premier', url: URL_A },
    ]);
  });

  it('records what the sides undertook as open commitments of the engagement, in the same change', async () => {
    const store = await ready();
    const base = call.type === 'engagement' ? call : null;
    if (!base) throw new Error('an engagement');
    const undertaking: EngagementCandidate = {
      ...base,
      key: 'engagement-10',
      outcomes: [
        ...base.outcomes,
        { text: 'welcomed the talks', span: span('The leaders agreed') },
      ],
      commitments: [
        {
          text: 'committed to cooperate on the fentanyl crisis',
          span: span('The leaders agreed'),
        },
      ],
    };
    const batch = await seed(store, URL_B, [undertaking]);
    const before = await store.revision();
    const result = await reviewCandidate(
      store,
      batch,
      'engagement-10',
      { action: 'accept' },
      'ana',
      NOW,
    );
    expect(await store.revision()).toBe(before + 1);
    const [made, source, ...also] = result.candidate.records;
    expect(also.map((r) => [r.collection, r.op])).toEqual([
      ['commitments', 'create'],
      ['commitments', 'create'],
    ]);
    const commitments = await Promise.all(also.map(async (r) => (await record(store, r.id))?.data));
    expect(commitments).toEqual([
      expect.objectContaining({
        engagement: made?.id,
        parties: ['CAN', 'CHN'],
        text: 'Cooperate on the fentanyl crisis.',
        status: [{ date: '2026-11-27', status: 'open', sources: [source?.id] }],
        sources: [source?.id],
      }),
      expect.objectContaining({
        text: 'Convene their trade ministers before the end of the year.',
        due: '2026-12-31',
      }),
    ]);
    // "cooperate on the fentanyl crisis" sets no time limit
    expect(commitments[0]).not.toHaveProperty('due');
  });

  it('tracks each of several undertakings told at once, with the time limit they share', async () => {
    const store = await ready();
    const base = call.type === 'engagement' ? call : null;
    if (!base) throw new Error('an engagement');
    const several: EngagementCandidate = {
      ...base,
      key: 'engagement-11',
      outcomes: [],
      commitments: [
        {
          text: 'committed to reopen talks on pork and to set up a working group on canola, both by the end of March',
          span: span('The leaders agreed'),
        },
        {
          text: 'pledged to review visa rules and to resume direct flights by June 30',
          span: span('The leaders agreed'),
        },
      ],
    };
    const batch = await seed(store, URL_B, [several]);
    const result = await reviewCandidate(
      store,
      batch,
      'engagement-11',
      { action: 'accept' },
      'ana',
      NOW,
    );
    const [, , ...also] = result.candidate.records;
    const made = await Promise.all(also.map(async (r) => (await record(store, r.id))?.data));
    expect(made.map((m) => [(m as Commitment).text, (m as Commitment).due ?? null])).toEqual([
      ['Reopen talks on pork by the end of March.', '2027-03-31'],
      ['Set up a working group on canola by the end of March.', '2027-03-31'],
      ['Review visa rules.', null],
      ['Resume direct flights by June 30.', '2027-06-30'],
    ]);
  });

  it('puts an engagement in the channel of the same actors, or offices, or of the leaders, or in none', async () => {
    const store = await ready();
    // a second holder of Canada's trade office, never recorded in an engagement
    const sidhu = (await record(store, 'maninder-sidhu'))?.data as { sources: string[] };
    await create(store, 'actors', {
      id: 'pat-example',
      name: 'Pat Example',
      kind: 'person',
      jurisdiction: 'CAN',
      roles: [{ title: "Canada's trade minister", jurisdiction: 'CAN', from: '2026-11-01' }],
      sources: sidhu.sources,
    });
    const base = call.type === 'engagement' ? call : null;
    if (!base) throw new Error('an engagement');
    const engagement = (
      key: string,
      participants: Mention[],
      date: string,
    ): EngagementCandidate => ({
      ...base,
      key,
      participants,
      date,
    });
    const carney = mention('Mark Carney', 'mark-carney', 'CAN');
    const batch = await seed(store, URL_B, [
      engagement('engagement-7', [carney, mention('Li Qiang', 'xi-jinping', 'CHN')], '2025-06-01'),
      engagement('engagement-8', [carney, mention('Li Qiang', 'li-qiang', 'CHN')], '2026-11-27'),
      engagement(
        'engagement-9',
        [mention('Mark Carney', 'maninder-sidhu', 'CAN'), mention('Li Qiang', 'wang-yi', 'CHN')],
        '2026-11-27',
      ),
      engagement(
        'engagement-11',
        [mention('Mark Carney', 'pat-example', 'CAN'), mention('Li Qiang', 'wang-wentao', 'CHN')],
        '2026-11-27',
      ),
    ]);
    const accept = async (key: string) => {
      const result = await reviewCandidate(store, batch, key, { action: 'accept' }, 'ana', NOW);
      const data = (await record(store, result.candidate.records[0]?.id ?? ''))?.data as {
        channel?: string;
        notes: string[];
      };
      return [data.channel ?? null, data.notes.at(-1)];
    };
    // Carney and Xi before their first recorded meeting: both lead their governments
    expect(await accept('engagement-7')).toEqual([
      'can-chn-leaders',
      'channel can-chn-leaders: each participant leads the government of one of its parties',
    ]);
    expect(await accept('engagement-8')).toEqual([
      'can-chn-leaders',
      'channel can-chn-leaders: the channel of eng-2025-09-23-carney-li-unga, between the same actors',
    ]);
    // two ministers whose offices were never recorded together: no channel is guessed
    expect(await accept('engagement-9')).toEqual([
      null,
      'no channel: no engagement recorded between the same actors or offices tells it',
    ]);
    // the trade minister's new holder meets the same commerce minister: the trade channel
    expect(await accept('engagement-11')).toEqual([
      'can-chn-trade-ministers-jetc',
      expect.stringMatching(
        /^channel can-chn-trade-ministers-jetc: the channel of eng-[\w-]+, between holders of the same offices$/,
      ),
    ]);
  });

  it('refuses a participant that matches no actor, writing nothing, until the reviewer picks one', async () => {
    const store = await ready();
    const batch = await seed(store);
    const before = await store.revision();
    const refused = reviewCandidate(store, batch, 'engagement-1', { action: 'accept' }, 'ana', NOW);
    await expect(refused).rejects.toMatchObject({
      id: 'invalid_argument',
      message: expect.stringContaining(
        '"Jo Example" match no actor: edit the candidate and pick an actor',
      ),
      problems: [expect.objectContaining({ field: 'participants.2.actor' })],
    });
    expect(await store.revision()).toBe(before);
    expect((await getBatch(store, batch)).candidates[1]?.status).toBe('pending');

    const edited = structuredClone(callWithEnvoy);
    if (edited.type !== 'engagement') throw new Error('an engagement');
    edited.participants[2] = { ...mention('Jo Example', 'scott-moe', 'CAN') };
    const result = await reviewCandidate(
      store,
      batch,
      'engagement-1',
      { action: 'accept', edited },
      'ana',
      NOW,
    );
    expect(result.candidate.edited).toBe(true);
    const made = await record(store, result.candidate.records[0]?.id ?? '');
    expect(made?.data).toMatchObject({
      participants: ['mark-carney', 'li-qiang', 'scott-moe'],
      confidence: 'approximate',
    });
  });

  it('reuses the article’s source for a second candidate and keeps both excerpts', async () => {
    const store = await ready();
    const batch = await seed(store);
    const first = await reviewCandidate(
      store,
      batch,
      'engagement-0',
      { action: 'accept' },
      'ana',
      NOW,
    );
    const second = await reviewCandidate(store, batch, 'quote-2', { action: 'accept' }, 'ana', NOW);
    const sourceId = first.candidate.records[1]?.id;
    expect(second.candidate.records[1]).toEqual({
      id: sourceId,
      collection: 'sources',
      op: 'update',
    });
    const source = (await record(store, sourceId ?? ''))?.data as { excerpt: string };
    expect(source.excerpt).toContain('spoke today with Premier Li Qiang');
    expect(source.excerpt).toContain('Our two countries gain when trade flows.');
    const statement = await record(store, second.candidate.records[0]?.id ?? '');
    expect(statement?.collection).toBe('statements');
    expect(statement?.data).toMatchObject({
      speaker: 'li-qiang',
      kind: 'quote',
      text: 'Our two countries gain when trade flows.',
      date: '2026-11-27',
      sources: [sourceId],
    });
    expect((await recordHistory(store, sourceId ?? '')).map((h) => h.version)).toEqual([1, 2]);
  });

  it('adds the source to a measure already recorded instead of recording it twice', async () => {
    const store = await ready();
    const batch = await seed(store, URL_B);
    const measures = (await store.currentRecords()).filter((r) => r.collection === 'measures');
    const result = await reviewCandidate(
      store,
      batch,
      'measure-3',
      { action: 'accept' },
      'ana',
      NOW,
    );
    expect(result.candidate.records[0]).toEqual({
      id: 'chn-2025-canola-ad-provisional',
      collection: 'measures',
      op: 'update',
    });
    const after = (await store.currentRecords()).filter((r) => r.collection === 'measures');
    expect(after).toHaveLength(measures.length);
    const measure = (await record(store, 'chn-2025-canola-ad-provisional'))?.data as {
      sources: string[];
      rate: { bp: number };
    };
    expect(measure.sources.at(-1)).toBe(result.candidate.records[1]?.id);
    expect(measure.rate.bp).toBe(7580);
    const history = await recordHistory(store, 'chn-2025-canola-ad-provisional');
    expect(history.at(-1)?.changes.map((c) => c.path)).toEqual(['sources']);
  });

  it('adds the source to an engagement or a quote told again, and only new commitments', async () => {
    const store = await ready();
    const accept = async (batch: string, key: string) =>
      (await reviewCandidate(store, batch, key, { action: 'accept' }, 'ana', NOW)).candidate
        .records;
    const [engagement, , commitment] = await accept(await seed(store), 'engagement-0');
    const [statement] = await accept(await seed(store, URL_A, [quote]), 'quote-2');
    const count = async (collection: string) =>
      (await store.currentRecords()).filter((r) => r.collection === collection).length;
    const before = {
      engagements: await count('engagements'),
      statements: await count('statements'),
      commitments: await count('commitments'),
    };

    // A second article tells the same call, with Mr. Li only and one more undertaking.
    const base = call.type === 'engagement' ? call : null;
    if (!base) throw new Error('an engagement');
    const again: EngagementCandidate = {
      ...base,
      participants: [mention('Li Qiang', 'li-qiang', 'CHN')],
      commitments: [
        { text: 'committed to meet again in the spring', span: span('The leaders agreed') },
        // the outcome recorded from the first article, its limit written otherwise
        {
          text: 'committed to convene their trade ministers by December 31',
          span: span('The leaders agreed'),
        },
      ],
    };
    const second = await seed(store, URL_B, [
      again,
      { ...quote, text: 'Our two countries gain, when trade flows' },
    ]);
    const [sameCall, source, ...also] = await accept(second, 'engagement-0');
    expect(sameCall).toEqual({ id: engagement?.id, collection: 'engagements', op: 'update' });
    expect(also.map((r) => [r.collection, r.op])).toEqual([['commitments', 'create']]);
    expect(((await record(store, also[0]?.id ?? ''))?.data as { text: string }).text).toBe(
      'Meet again in the spring.',
    );
    expect(
      ((await record(store, engagement?.id ?? ''))?.data as { sources: string[] }).sources,
    ).toHaveLength(2);
    expect(
      (await recordHistory(store, engagement?.id ?? '')).at(-1)?.changes.map((c) => c.path),
    ).toEqual(['sources']);
    const [sameQuote] = await accept(second, 'quote-2');
    expect(sameQuote).toEqual({ id: statement?.id, collection: 'statements', op: 'update' });
    expect(
      ((await record(store, statement?.id ?? ''))?.data as { sources: string[] }).sources,
    ).toEqual([expect.any(String), source?.id]);
    expect(commitment?.collection).toBe('commitments');
    expect({
      engagements: await count('engagements'),
      statements: await count('statements'),
      commitments: await count('commitments'),
    }).toEqual({ ...before, commitments: before.commitments + 1 });

    // Mr. Carney with someone else on the same day is another engagement.
    const other: EngagementCandidate = {
      ...base,
      key: 'engagement-9',
      participants: [
        mention('Mark Carney', 'mark-carney', 'CAN'),
        mention('Li Qiang', 'xi-jinping', 'CHN'),
      ],
    };
    const [made] = await accept(await seed(store, URL_B, [other]), 'engagement-9');
    expect(made?.op).toBe('create');
  });

  it('creates a new measure with an add rule, its scope from the HS suggestions', async () => {
    const store = await ready();
    const batch = await seed(store, URL_B);
    const result = await reviewCandidate(
      store,
      batch,
      'measure-4',
      { action: 'accept' },
      'ana',
      NOW,
    );
    const [made, source] = result.candidate.records;
    expect(made?.op).toBe('create');
    expect((await record(store, made?.id ?? ''))?.data).toMatchObject({
      title: 'Canada: 12% surtax on kitchen sinks from China',
      kind: 'surtax',
      imposer: 'CAN',
      targets: { origins: ['CHN'] },
      scope: { include: ['732410'], label: 'kitchen sinks', approximate: true },
      rate: { bp: 1200 },
      stacking: { rule: 'add' },
      dates: { announced: '2026-11-27', effective: '2027-01-01' },
      confidence: 'unverified',
      sources: [source?.id],
    });
  });

  it('names the missing fields of a candidate that cannot become a measure', async () => {
    const store = await ready();
    if (sinks.type !== 'measure') throw new Error('a measure');
    const vague: Candidate = {
      ...sinks,
      key: 'measure-9',
      rates: [],
      dates: { announced: null, effective: null, expires: null },
      products: [{ text: 'kitchen sinks', span: span('kitchen sinks'), hs: [] }],
    };
    const batch = await seed(store, URL_B, [vague]);
    const before = await store.revision();
    const refused = reviewCandidate(store, batch, 'measure-9', { action: 'accept' }, 'ana', NOW);
    await expect(refused).rejects.toMatchObject({ id: 'invalid_argument' });
    const error = (await refused.catch((e: unknown) => e)) as { problems: { field: string }[] };
    expect(error.problems.map((p) => p.field)).toEqual(['products.hs', 'rates', 'dates.effective']);
    expect(await store.revision()).toBe(before);
  });

  it('records a reduced rate in place of the recorded measure on its goods, the others kept', async () => {
    const store = await ready();
    const batch = await seed(store, URL_B, [canolaOilCut]);
    const result = await reviewCandidate(
      store,
      batch,
      'measure-5',
      { action: 'accept' },
      'ana',
      NOW,
    );
    const made = result.candidate.records[0];
    expect((await record(store, made?.id ?? ''))?.data).toMatchObject({
      rate: { bp: 2500 },
      stacking: { rule: 'replace', measures: ['chn-2025-annex1-100'] },
      relations: { amends: ['chn-2025-annex1-100'] },
      dates: { effective: '2026-12-01' },
    });
    const catalog = await new CatalogSource(store).current();
    const duty = (line: string, on: string) => {
      const a = lookupDuty(catalog, { line, from: 'CAN', to: 'CHN', on });
      return a.kind === 'line' ? a : null;
    };
    // canola oil: 25% in place of the 100%, on the MFN rate of 9%
    expect(duty('1514.19', '2026-11-30')?.total.bp).toBe(10_900);
    expect(duty('1514.19', '2026-12-01')?.total.bp).toBe(3_400);
    expect(duty('1514.19', '2026-12-01')?.removed).toEqual([
      expect.objectContaining({ reason: 'replaced', by: made?.id }),
    ]);
    // the 100% goes on for the other goods of Annex 1
    const oilCakes = duty('2306.49', '2026-12-01');
    expect(oilCakes?.removed.map((r) => r.reason)).not.toContain('replaced');

    // a second cut takes the place of both, the 100% and the 25%
    if (canolaOilCut.type !== 'measure') throw new Error('a measure');
    const again: Candidate = {
      ...canolaOilCut,
      key: 'measure-11',
      rates: [{ bp: 1000, span: span('25%') }],
      dates: { announced: null, effective: '2027-01-01', expires: null },
    };
    const second = await seed(store, URL_A, [again]);
    const next = await reviewCandidate(
      store,
      second,
      'measure-11',
      { action: 'accept' },
      'ana',
      NOW,
    );
    expect((await record(store, next.candidate.records[0]?.id ?? ''))?.data).toMatchObject({
      stacking: { rule: 'replace', measures: ['chn-2025-annex1-100', made?.id] },
    });
    const later = lookupDuty(await new CatalogSource(store).current(), {
      line: '1514.19',
      from: 'CAN',
      to: 'CHN',
      on: '2027-01-01',
    });
    expect(later.kind === 'line' && later.total.bp).toBe(1_900);
  });

  /** China's suspension of its 100% on Canadian canola oil from 2026-12-01, as `sentence` tells it. */
  const canolaOilSuspension = (
    key: string,
    sentence: string,
    expires: string | null,
  ): MeasureCandidate => ({
    type: 'measure',
    key,
    span: span(sentence),
    confidence: 0.8,
    flags: [],
    imposer: mention('China', null, 'CHN'),
    targets: [mention('Canadian', null, 'CAN')],
    products: [{ text: 'canola oil', span: span('canola oil'), hs: ['1514.11', '1514.19'] }],
    rates: [{ bp: 10_000, span: span('100%') }],
    kind: 'tariff',
    action: 'suspended',
    dates: { announced: null, effective: '2026-12-01', expires },
  });

  it('records a suspension of the recorded measures on its goods, and refuses one of nothing', async () => {
    const store = await ready();
    const suspension = canolaOilSuspension(
      'measure-12',
      'China will suspend its 100% tariff on Canadian canola oil from December 1, 2026.',
      null,
    );
    const lifted: Candidate = {
      type: 'measure',
      key: 'measure-13',
      span: span('Japan will lift its safeguard duty on Canadian pork from December 1, 2026.'),
      confidence: 0.8,
      flags: [],
      imposer: mention('Japan', null, 'JPN'),
      targets: [mention('Canadian', null, 'CAN')],
      products: [{ text: 'pork', span: span('pork'), hs: ['0203'] }],
      rates: [],
      kind: 'safeguard',
      action: 'lifted',
      dates: { announced: null, effective: '2026-12-01', expires: null },
    };
    // a safeguard on canola oil from every origin but Canada is none of Canada's duties
    const annex = (await record(store, 'chn-2025-annex1-100'))?.data as { sources: string[] };
    await create(store, 'measures', {
      id: 'chn-2026-safeguard-oil',
      title: 'China: safeguard on vegetable oils, all origins but Canada',
      kind: 'safeguard',
      imposer: 'CHN',
      targets: { origins: '*', except: ['CAN'] },
      scope: { include: ['1514'] },
      rate: { bp: 500 },
      stacking: { rule: 'add' },
      dates: { effective: '2026-01-01' },
      sources: annex.sources,
      confidence: 'reported',
    });
    const batch = await seed(store, URL_B, [suspension, lifted]);
    const result = await reviewCandidate(
      store,
      batch,
      'measure-12',
      { action: 'accept' },
      'ana',
      NOW,
    );
    const made = result.candidate.records[0];
    expect((await record(store, made?.id ?? ''))?.data).toMatchObject({
      kind: 'suspension',
      stacking: { rule: 'suspend', measures: ['chn-2025-annex1-100'] },
      relations: { amends: ['chn-2025-annex1-100'] },
      dates: { effective: '2026-12-01' },
    });
    const catalog = await new CatalogSource(store).current();
    const a = lookupDuty(catalog, { line: '1514.19', from: 'CAN', to: 'CHN', on: '2026-12-01' });
    expect(a.kind === 'line' && [a.total.bp, a.removed.map((r) => [r.reason, r.by])]).toEqual([
      900,
      [['suspended', made?.id]],
    ]);

    const before = await store.revision();
    const refused = reviewCandidate(store, batch, 'measure-13', { action: 'accept' }, 'ana', NOW);
    await expect(refused).rejects.toMatchObject({
      id: 'invalid_argument',
      message: expect.stringMatching(
        /a measure was lifted from 2026-12-01, and no recorded measure levies duty on these goods then/,
      ),
    });
    expect(await store.revision()).toBe(before);
  });

  it('ends a suspension on the last day the text gives, and refuses an end before its start', async () => {
    const store = await ready();
    const suspension = canolaOilSuspension(
      'measure-14',
      'China will suspend its 100% tariff on Canadian canola oil from December 1, 2026, until the end of 2027.',
      '2027-12-31',
    );
    const batch = await seed(store, URL_B, [suspension]);
    const before = await store.revision();
    const backwards = reviewCandidate(
      store,
      batch,
      'measure-14',
      {
        action: 'accept',
        edited: { ...suspension, dates: { ...suspension.dates, expires: '2026-11-30' } },
      },
      'ana',
      NOW,
    );
    await expect(backwards).rejects.toMatchObject({
      id: 'invalid_argument',
      message: expect.stringMatching(
        /dates\.expires: it ends on 2026-11-30, before it takes effect on 2026-12-01/,
      ),
    });
    expect(await store.revision()).toBe(before);

    const result = await reviewCandidate(
      store,
      batch,
      'measure-14',
      { action: 'accept' },
      'ana',
      NOW,
    );
    const made = result.candidate.records[0];
    expect((await record(store, made?.id ?? ''))?.data).toMatchObject({
      dates: { effective: '2026-12-01', expires: '2027-12-31' },
    });
    const catalog = await new CatalogSource(store).current();
    const on = (day: string) => {
      const a = lookupDuty(catalog, { line: '1514.19', from: 'CAN', to: 'CHN', on: day });
      return a.kind === 'line' ? a.total.bp : null;
    };
    // 9% MFN while suspended; the 100% is levied again from the day after the last
    expect([on('2027-12-31'), on('2028-01-01')]).toEqual([900, 10_900]);
  });

  it('records a raised rate as a measure of its own where no recorded measure taxes the goods', async () => {
    const store = await ready();
    const raised: Candidate = {
      type: 'measure',
      key: 'measure-6',
      span: span(
        'Canada will raise its surtax on Chinese wooden furniture to 15% from January 1, 2027.',
      ),
      confidence: 0.8,
      flags: [],
      imposer: mention('Canada', null, 'CAN'),
      targets: [mention('Chinese', null, 'CHN')],
      products: [{ text: 'wooden furniture', span: span('wooden furniture'), hs: ['9403.60'] }],
      rates: [{ bp: 1500, span: span('15%') }],
      kind: 'surtax',
      action: 'raised',
      dates: { announced: null, effective: '2027-01-01', expires: null },
    };
    const batch = await seed(store, URL_B, [raised]);
    const result = await reviewCandidate(
      store,
      batch,
      'measure-6',
      { action: 'accept' },
      'ana',
      NOW,
    );
    const made = result.candidate.records[0];
    expect(made?.op).toBe('create');
    const data = (await record(store, made?.id ?? ''))?.data as { notes: string[]; rate: object };
    expect(data.rate).toEqual({ bp: 1500 });
    expect(data.notes.at(-1)).toBe(
      'the text says the rate was raised; no recorded measure added duty on these goods on 2027-01-01',
    );
  });

  it('reviews a candidate once: a rejected one cannot be accepted, and two racing accepts write once', async () => {
    const store = await ready();
    const batch = await seed(store);
    await reviewCandidate(store, batch, 'quote-2', { action: 'reject' }, 'ben', NOW);
    await expect(
      reviewCandidate(store, batch, 'quote-2', { action: 'accept' }, 'ana', NOW),
    ).rejects.toMatchObject({
      id: 'conflict',
      message: expect.stringContaining('already rejected (by ben'),
    });

    const before = await store.revision();
    const racing = await Promise.allSettled([
      reviewCandidate(store, batch, 'engagement-0', { action: 'accept' }, 'ana', NOW),
      reviewCandidate(store, batch, 'engagement-0', { action: 'accept' }, 'ben', NOW),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = racing.find((r) => r.status === 'rejected');
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ id: 'conflict' });
    expect(await store.revision()).toBe(before + 1);
    const engagements = (await store.currentRecords()).filter(
      (r) => r.collection === 'engagements' && r.id.startsWith('eng-2026-11-27'),
    );
    expect(engagements).toHaveLength(1);
  });

  it('writes the records and the review together: a review that fails takes the records back', async () => {
    const store = await ready();
    const batch = await seed(store);
    await reviewCandidate(store, batch, 'quote-2', { action: 'reject' }, 'ben', NOW);
    const before = await store.revision();
    const source = { id: 'src-test-rollback', title: 'A page', publisher: 'Example' };
    const write = store.apply(
      {
        at: NOW,
        author: 'ana',
        reason: 'test',
        ops: [
          {
            op: 'create',
            dossier: 'canada-china',
            collection: 'sources',
            id: source.id,
            data: source,
          },
        ],
      },
      async (trx) => {
        const review = {
          status: 'accepted' as const,
          edited: null,
          records: null,
          reviewedBy: 'ana',
          reviewedAt: NOW,
        };
        if (!(await new IngestRepository(trx).review(batch, 'quote-2', review)))
          throw new Error('the candidate was not pending');
      },
    );
    await expect(write).rejects.toThrow('the candidate was not pending');
    expect(await store.revision()).toBe(before);
    expect(await record(store, source.id)).toBeUndefined();
    expect((await getBatch(store, batch)).candidates[2]?.status).toBe('rejected');
  });

  it('refuses an edit that changes the key or the type, or is not a candidate', async () => {
    const store = await ready();
    const batch = await seed(store);
    const accept = (edited: unknown) =>
      reviewCandidate(
        store,
        batch,
        'engagement-0',
        { action: 'accept', edited: edited as Candidate },
        'ana',
        NOW,
      );
    await expect(accept({ ...call, key: 'other' })).rejects.toMatchObject({
      id: 'invalid_argument',
      problems: [expect.objectContaining({ field: 'candidate.key' })],
    });
    await expect(accept(quote)).rejects.toMatchObject({ id: 'invalid_argument' });
    await expect(accept({ ...call, date: 12 })).rejects.toMatchObject({
      id: 'invalid_argument',
      problems: [expect.objectContaining({ field: 'candidate.date' })],
    });
    await expect(
      reviewCandidate(store, batch, 'nope', { action: 'accept' }, 'ana', NOW),
    ).rejects.toMatchObject({ id: 'not_found' });
    await expect(
      reviewCandidate(store, 'ing-none', 'nope', { action: 'accept' }, 'ana', NOW),
    ).rejects.toMatchObject({ id: 'not_found' });
  });

  it('lists batches with their counts, marks one reviewed when none is pending, and as known on a moment', async () => {
    const store = await ready();
    const batch = await seed(store, URL_A, [call, quote]);
    expect((await listBatches(store))[0]).toMatchObject({
      id: batch,
      status: 'open',
      counts: { pending: 2, accepted: 0, rejected: 0 },
    });
    const later = '2026-11-29T11:00:00.000Z';
    await reviewCandidate(store, batch, 'quote-2', { action: 'reject' }, 'ana', later);
    await reviewCandidate(store, batch, 'engagement-0', { action: 'accept' }, 'ana', later);
    const view = await getBatch(store, batch);
    expect(view).toMatchObject({
      status: 'reviewed',
      counts: { pending: 0, accepted: 1, rejected: 1 },
    });
    expect(view.candidates.map((c) => [c.key, c.status])).toEqual([
      ['engagement-0', 'accepted'],
      ['quote-2', 'rejected'],
    ]);
    expect(view.candidates[1]?.quote).toBe(
      'Li Qiang said: "Our two countries gain when trade flows."',
    );

    // As known before the reviews: both pending; before the batch: not there.
    const between = '2026-11-29T10:30:00.000Z';
    expect((await listBatches(store, between))[0]).toMatchObject({
      id: batch,
      status: 'open',
      counts: { pending: 2, accepted: 0, rejected: 0 },
    });
    const then = await getBatch(store, batch, between);
    expect(then.candidates.map((c) => [c.status, c.records, c.reviewedBy])).toEqual([
      ['pending', [], null],
      ['pending', [], null],
    ]);
    expect(await listBatches(store, '2026-11-29T09:00:00.000Z')).toEqual([]);
    await expect(getBatch(store, batch, '2026-11-29T09:00:00.000Z')).rejects.toMatchObject({
      id: 'not_found',
    });
  });

  it('extracts a readout into a batch whose engagement, accepted, is on the timeline', async () => {
    const store = await ready();
    const batch = await ingestText(
      store,
      { text: CALL_READOUT, url: URL_A, published: '2026-11-27', publisher: 'Example Office' },
      'desk',
      NOW,
    );
    expect(batch).toMatchObject({
      author: 'desk',
      status: 'open',
      language: null,
      text: CALL_READOUT,
    });
    const call = batch.candidates.find((c) => c.type === 'engagement');
    if (call?.candidate.type !== 'engagement') throw new Error('no engagement candidate');
    expect(call.candidate.participants.map((p) => p.actor)).toEqual(['mark-carney', 'li-qiang']);
    expect(call.quote).toContain('Prime Minister Mark Carney held a phone call');
    expect(await getBatch(store, batch.id)).toEqual(batch);

    const result = await reviewCandidate(
      store,
      batch.id,
      call.key,
      { action: 'accept' },
      'ana',
      NOW,
    );
    const id = result.candidate.records[0]?.id;
    const catalog = await new CatalogSource(store).current();
    const entry = timeline(catalog, { kinds: ['engagement'] }).find((e) => e.id === id);
    expect(entry).toMatchObject({ date: '2026-11-27', parties: ['CAN', 'CHN'] });
    expect(entry?.sourceLinks[0]?.url).toBe(URL_A);
  });

  it('tells a second submission of an address which batch read it before', async () => {
    const store = await ready();
    const input = { text: CALL_READOUT, url: URL_A, published: '2026-11-27' };
    const first = await ingestText(store, input, 'desk', NOW);
    expect(first.warnings.join(' ')).not.toContain('submitted before');
    const again = await ingestText(store, { ...input, url: `${URL_A}/#top` }, 'desk', NOW);
    expect(again.id).not.toBe(first.id);
    expect(again.warnings).toContainEqual(
      expect.stringContaining(
        `this address was submitted before, as batch ${first.id} on 2026-11-29 (0 accepted, ${first.counts.pending} pending)`,
      ),
    );
    expect((await getBatch(store, again.id)).warnings).toEqual(again.warnings);
    const other = await ingestText(store, { ...input, url: URL_B }, 'desk', NOW);
    expect(other.warnings.join(' ')).not.toContain('submitted before');
  });

  it('refuses bad input with a stable id and saves nothing', async () => {
    const store = await ready();
    const submit = (patch: Record<string, unknown>) =>
      ingestText(
        store,
        { text: CALL_READOUT, url: URL_A, published: '2026-11-27', ...patch },
        'desk',
        NOW,
      );
    await expect(submit({ text: '   \n ' })).rejects.toMatchObject({ id: 'invalid_text' });
    await expect(submit({ text: 'PK\u0003\u0004\u0000\u0000binary' })).rejects.toMatchObject({
      id: 'invalid_text',
    });
    await expect(submit({ text: 'x'.repeat(2_000_001) })).rejects.toMatchObject({
      id: 'invalid_text',
    });
    await expect(submit({ published: '2026-02-30' })).rejects.toMatchObject({
      id: 'invalid_date',
      problems: [expect.objectContaining({ field: 'published' })],
    });
    // NOW is 2026-11-29: a day's grace, then no publication in the future
    await expect(submit({ published: '2026-12-01' })).rejects.toMatchObject({
      id: 'invalid_date',
      message: expect.stringContaining('cannot be published in the future'),
      problems: [expect.objectContaining({ field: 'published' })],
    });
    await expect(submit({ url: 'ftp://example.org/x' })).rejects.toMatchObject({
      id: 'invalid_argument',
      problems: [expect.objectContaining({ field: 'url' })],
    });
    expect(await listBatches(store)).toEqual([]);
    expect((await submit({ published: '2026-11-30' })).published).toBe('2026-11-30');
  });

  it('keeps a text in another language as a reviewed batch with no candidates', async () => {
    const store = await ready();
    const french =
      "Le premier ministre a eu aujourd'hui un entretien téléphonique avec le premier ministre chinois. Les deux dirigeants ont convenu de tenir la prochaine session de la commission économique et commerciale au début de la nouvelle année, et de rester en contact étroit sur les questions agricoles.";
    const batch = await ingestText(
      store,
      { text: french, url: URL_B, published: '2026-11-27' },
      'desk',
      NOW,
    );
    expect(batch).toMatchObject({ language: 'fra', candidates: [], status: 'reviewed' });
  });

  it('strips the markup of an HTML page, its spans pointing into the plain text', async () => {
    const store = await ready();
    const html = `<html><head><title>Readout</title></head><body>${CALL_READOUT.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</body></html>`;
    const batch = await ingestText(
      store,
      { text: html, url: URL_A, published: '2026-11-27' },
      'desk',
      NOW,
    );
    expect(batch.text).not.toContain('<p>');
    expect(batch.warnings.join(' ')).toMatch(/HTML/);
    const call = batch.candidates.find((c) => c.type === 'engagement');
    expect(call?.quote).toContain('Mark Carney held a phone call');
  });
});
