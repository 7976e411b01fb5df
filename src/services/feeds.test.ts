/**
 * Atom feeds: well-formed XML with the elements RFC 4287 requires (feed id, title, updated,
 * author, self link; entry id, title, updated), unique and stable entry ids, RFC 3339 dates,
 * text escaped, newest first within a limit, and private feeds that answer like unknown ones
 * without their key.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DetenteError } from '../core/errors.ts';
import type { Change, Watchlist } from '../core/watch/model.ts';
import type { Store } from '../store/store.ts';
import { entryId, renderFeed, rfc3339, shown, watchlistFeed } from './feeds.ts';
import type { FeedSource } from './feeds.ts';
import { change, watchlist } from './test-changes.ts';

const NOW = '2026-11-29T08:00:00.000Z';
const BASE = 'https://detente.example.org';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const store = {} as Store;

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => ['entry', 'link'].includes(n),
});
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { feed: Node }).feed;
};
const text = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Node)['#text'] : v);

function source(
  w: Watchlist,
  changes: Change[],
  secret = 'fs_secret',
): FeedSource & { windows: unknown[] } {
  const windows: unknown[] = [];
  return {
    windows,
    getWatchlist: async (_s, id) => {
      if (id !== w.id) throw new DetenteError('not_found', `no watchlist ${id}`);
      return w;
    },
    feedSecret: async () => secret,
    watchChanges: async (_s, _w, window) => {
      windows.push(window);
      return changes;
    },
  };
}

const changes = [
  change('c-1', '2025-03-20', 'China: 100% tariff on rapeseed meal & oil-cake <2306>'),
  change('c-2', '2026-03-01T00:00:00.000Z', 'Suspension of the 100% tariff'),
  change('c-3', '2026-06-01T10:30:00.000Z', 'Quotes "in" the \u0001title'),
];

describe('Atom feeds', () => {
  it('has every element RFC 4287 requires, with RFC 3339 dates and unique entry ids', () => {
    const w = watchlist('rapeseed-meal', '2026-01-01T00:00:00.000Z');
    const feed = parse(
      renderFeed(w, changes, {
        baseUrl: BASE,
        selfUrl: `${BASE}/feeds/rapeseed-meal.atom`,
        now: NOW,
      }),
    );
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(String(feed.id)).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(text(feed.title)).toBe('Détente: Watchlist rapeseed-meal');
    expect(String(feed.updated)).toMatch(RFC3339);
    expect(feed.updated).toBe('2026-06-01T10:30:00.000Z');
    expect((feed.author as Node).name).toBe('Détente');
    const links = feed.link as Node[];
    expect(links).toContainEqual(
      expect.objectContaining({ '@rel': 'self', '@href': `${BASE}/feeds/rapeseed-meal.atom` }),
    );
    const entries = feed.entry as Node[];
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      expect(String(e.id)).toMatch(/^urn:uuid:/);
      expect(text(e.title)).toBeTruthy();
      expect(String(e.updated)).toMatch(RFC3339);
      expect((e.link as Node[])[0]?.['@href']).toBe(
        `${BASE}/records/chn-2025-rapeseed-meal-tariff`,
      );
      expect(text(e.summary)).toContain('→');
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(3);
    // Newest first; a bare date is midnight UTC.
    expect(entries.map((e) => e.updated)).toEqual([
      '2026-06-01T10:30:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2025-03-20T00:00:00.000Z',
    ]);
  });

  it('escapes <, & and > in titles and drops characters XML cannot hold', () => {
    const w = { ...watchlist('w', NOW), name: 'Oil & meal <2306>' };
    const xml = renderFeed(w, changes, {
      baseUrl: BASE,
      selfUrl: `${BASE}/feeds/w.atom?key=a&b`,
      now: NOW,
    });
    expect(xml).toContain('rapeseed meal &amp; oil-cake &lt;2306&gt;');
    expect(xml).toContain('Oil &amp; meal &lt;2306&gt;');
    expect(xml).toContain('href="https://detente.example.org/feeds/w.atom?key=a&amp;b"');
    expect(xml).not.toContain('\u0001');
    const feed = parse(xml);
    expect(text(feed.title)).toBe('Détente: Oil & meal <2306>');
    expect(text((feed.entry as Node[])[2]?.title)).toBe(
      'China: 100% tariff on rapeseed meal & oil-cake <2306>',
    );
  });

  it('writes before → after, the fields that changed and the sources in the content', () => {
    const amended = {
      ...change('c-9', NOW),
      kind: 'measure-amended' as const,
      fields: ['rate.bp'],
    };
    const w = watchlist('w', NOW);
    const feed = parse(
      renderFeed(w, [amended], { baseUrl: BASE, selfUrl: `${BASE}/feeds/w.atom`, now: NOW }),
    );
    const content = String(text((feed.entry as Node[])[0]?.content));
    expect(content).toContain('{"bp":10000} → {"bp":0}');
    expect(content).toContain('Fields changed: rate.bp');
    expect(content).toContain('Source: A source <https://example.org/a>');
  });

  it('gives an entry the same id every time, from the change id alone', () => {
    expect(entryId({ id: 'c-1' })).toBe(entryId({ id: 'c-1' }));
    expect(entryId({ id: 'c-1' })).not.toBe(entryId({ id: 'c-2' }));
  });

  it('is valid with no changes, dated by the watchlist', () => {
    const w = watchlist('empty', '2026-05-05T05:05:05.000Z');
    const feed = parse(
      renderFeed(w, [], { baseUrl: BASE, selfUrl: `${BASE}/feeds/empty.atom`, now: NOW }),
    );
    expect(feed.updated).toBe('2026-05-05T05:05:05.000Z');
    expect(feed.entry).toBeUndefined();
  });

  it('shows before and after as a person reads them', () => {
    expect(shown({ line: '2306', total: { bp: 10500 }, layers: [] })).toBe('total duty 105%');
    expect(shown({ inForce: true, from: '2026-03-01', until: '2026-12-31' })).toBe(
      'in force from 2026-03-01 until 2026-12-31',
    );
    expect(shown({ inForce: true, from: '2025-09-01', bp: 7580 })).toBe(
      'in force from 2025-09-01 at 75.8%',
    );
    expect(shown({ inForce: false })).toBe('not in force');
    expect(shown({ id: 'm', title: 'A measure' })).toBe('A measure');
    expect(shown(undefined)).toBe('—');
    expect(shown({ other: 1 })).toBe('{"other":1}');
  });

  it('refuses a time that is not one', () => {
    expect(() => rfc3339('yesterday')).toThrow(/not a time/);
  });
});

describe('watchlist feeds', () => {
  const pub = watchlist('rapeseed-meal', '2026-01-01T00:00:00.000Z');
  const priv = { ...watchlist('private-list', '2026-01-01T00:00:00.000Z'), private: true };

  it('covers the last 365 days up to now and keeps the most recent entries', async () => {
    const s = source(pub, changes);
    const xml = await watchlistFeed(store, 'rapeseed-meal', undefined, NOW, {
      baseUrl: BASE,
      source: s,
      limit: 2,
    });
    expect(s.windows).toEqual([{ since: '2025-11-29T08:00:00.000Z', until: NOW }]);
    const entries = parse(xml).entry as Node[];
    expect(entries.map((e) => e.updated)).toEqual([
      '2026-06-01T10:30:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
  });

  it('answers a private feed only with its key, and otherwise as for an unknown watchlist', async () => {
    const s = source(priv, changes, 'fs_right');
    const opts = { baseUrl: BASE, source: s };
    const unknown = await watchlistFeed(store, 'nothing-here', undefined, NOW, opts).catch(
      (e: unknown) => e,
    );
    const noKey = await watchlistFeed(store, 'private-list', undefined, NOW, opts).catch(
      (e: unknown) => e,
    );
    const wrong = await watchlistFeed(store, 'private-list', 'fs_wrong', NOW, opts).catch(
      (e: unknown) => e,
    );
    for (const e of [unknown, noKey, wrong]) expect(e).toMatchObject({ id: 'not_found' });
    expect((noKey as Error).message).toBe('no feed private-list');
    expect((unknown as Error).message).toBe('no feed nothing-here');
    const xml = await watchlistFeed(store, 'private-list', 'fs_right', NOW, opts);
    const self = (parse(xml).link as Node[]).find((l) => l['@rel'] === 'self');
    expect(self?.['@href']).toBe(`${BASE}/feeds/private-list.atom?key=fs_right`);
  });

  it('does not serve a watchlist’s feed under its name', async () => {
    const s = source(pub, changes);
    s.getWatchlist = async () => pub;
    await expect(
      watchlistFeed(store, 'Watchlist rapeseed-meal', undefined, NOW, { baseUrl: BASE, source: s }),
    ).rejects.toMatchObject({ id: 'not_found' });
  });
});
