/**
 * Atom 1.0 feeds (RFC 4287), one per watchlist at /feeds/<id>.atom; a private watchlist's feed
 * needs its secret as `?key=`, and without it answers exactly as an unknown watchlist does.
 *
 * The XML is written here rather than with the `feed` package: that package emits titles and
 * summaries as `type="html"` CDATA, so a title such as "Tariff <b>" would be taken as markup by
 * feed readers, and it cannot set the text constructs, categories and related links used
 * below. A feed is a small, fixed shape; every text goes through one escaping function.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { DetenteError } from '../core/errors.ts';
import type { Change, Watchlist } from '../core/watch/model.ts';
import type { Store } from '../store/store.ts';
import type { ChangeWindow } from './tick.ts';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** What a feed needs of the watch service. */
export interface FeedSource {
  getWatchlist(store: Store, idOrName: string): Promise<Watchlist>;
  feedSecret(store: Store, id: string): Promise<string>;
  watchChanges(store: Store, watchlist: Watchlist, window: ChangeWindow): Promise<Change[]>;
}

export interface FeedOptions {
  /** The server's origin, e.g. https://detente.example.org (links are absolute in a feed). */
  readonly baseUrl: string;
  readonly source: FeedSource;
  /** Most recent entries kept (default 100). */
  readonly limit?: number;
  /** How far back the feed looks, in days (default 365). */
  readonly days?: number;
}

/** Characters XML 1.0 cannot carry at all; they are dropped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for an XML element or a double-quoted attribute. */
export const xmlText = (s: string): string =>
  s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** An RFC 3339 date-time for an ISO date or timestamp (a bare date is midnight UTC). */
export function rfc3339(at: string): string {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00Z` : at);
  if (!Number.isFinite(ms)) throw new DetenteError('invalid_date', `"${at}" is not a time`);
  return new Date(ms).toISOString();
}

/** A name-based UUID (version 5 layout over SHA-1), so the same name always gets the same id. */
function uuidFor(name: string): string {
  const h = createHash('sha1').update(`detente:${name}`).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The id of a change's entry: derived from Change.id alone, so it never changes. */
export const entryId = (change: Pick<Change, 'id'>): string => uuidFor(`change:${change.id}`);

const percent = (bp: number) => `${bp / 100}%`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * How a before or after value reads in a feed: a duty as its total, a dated state as "in force
 * from … until …", a record as its title, anything else as compact JSON.
 */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (isObject(value)) {
    const total = value.total;
    if (isObject(total) && typeof total.bp === 'number') return `total duty ${percent(total.bp)}`;
    if (typeof value.inForce === 'boolean') {
      if (!value.inForce) return 'not in force';
      const parts = ['in force'];
      if (typeof value.from === 'string') parts.push(`from ${value.from}`);
      if (typeof value.until === 'string') parts.push(`until ${value.until}`);
      if (typeof value.bp === 'number') parts.push(`at ${percent(value.bp)}`);
      return parts.join(' ');
    }
    if (typeof value.title === 'string') return value.title;
  }
  const json = JSON.stringify(value);
  return json.length > 400 ? `${json.slice(0, 399)}…` : json;
}

const el = (name: string, text: string, attrs = '') =>
  `<${name}${attrs}>${xmlText(text)}</${name}>`;

function entry(change: Change, baseUrl: string): string {
  const record = `${baseUrl}/records/${encodeURIComponent(change.record)}`;
  const api = new URL(change.link, baseUrl).toString();
  const content = [
    change.summary,
    `${shown(change.before)} → ${shown(change.after)}`,
    ...(change.effective ? [`Takes effect: ${change.effective}`] : []),
    ...(change.fields?.length ? [`Fields changed: ${change.fields.join(', ')}`] : []),
    ...change.sources.map((s) => `Source: ${s.title}${s.url ? ` <${s.url}>` : ''}`),
  ].join('\n');
  return [
    '  <entry>',
    `    ${el('id', entryId(change))}`,
    `    ${el('title', change.title, ' type="text"')}`,
    `    ${el('updated', rfc3339(change.at))}`,
    `    <link rel="alternate" type="text/html" href="${xmlText(record)}"/>`,
    `    <link rel="related" type="application/json" href="${xmlText(api)}"/>`,
    `    <author>${el('name', `Détente · ${change.dossier}`)}</author>`,
    `    <category term="${xmlText(change.kind)}"/>`,
    `    ${el('summary', change.summary, ' type="text"')}`,
    `    ${el('content', content, ' type="text"')}`,
    '  </entry>',
  ].join('\n');
}

/**
 * The Atom document of a watchlist's changes, newest first. `selfUrl` is the URL this document
 * is fetched from (with its key for a private watchlist).
 *
 * @example
 * renderFeed(watchlist, changes, { baseUrl: 'https://d.example', selfUrl: 'https://d.example/feeds/w.atom', now });
 */
export function renderFeed(
  watchlist: Watchlist,
  changes: readonly Change[],
  links: { readonly baseUrl: string; readonly selfUrl: string; readonly now: string },
): string {
  const newest = [...changes].sort(
    (a, b) => rfc3339(b.at).localeCompare(rfc3339(a.at)) || b.id.localeCompare(a.id),
  );
  const updated = newest[0] ? rfc3339(newest[0].at) : rfc3339(watchlist.updatedAt || links.now);
  const page = `${links.baseUrl}/watch?id=${encodeURIComponent(watchlist.id)}`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${el('id', uuidFor(`watchlist:${watchlist.id}`))}`,
    `  ${el('title', `Détente: ${watchlist.name}`, ' type="text"')}`,
    `  ${el('subtitle', 'What changed for this watchlist, newest first', ' type="text"')}`,
    `  ${el('updated', updated)}`,
    `  <author>${el('name', 'Détente')}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(links.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(page)}"/>`,
    `  ${el('generator', 'Détente')}`,
    ...newest.map((c) => entry(c, links.baseUrl)),
    '</feed>',
    '',
  ].join('\n');
}

const sameSecret = (given: string, secret: string) => {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
};

/**
 * The feed of a watchlist at `now`: its most recent changes over the last `days` days. An
 * unknown watchlist, and a private one asked for without its key or with a wrong one, are the
 * same `not_found`, so a feed URL does not tell whether a private watchlist exists.
 *
 * @example
 * const xml = await watchlistFeed(store, 'rapeseed-meal', undefined, now, { baseUrl, source });
 */
export async function watchlistFeed(
  store: Store,
  id: string,
  key: string | undefined,
  now: string,
  options: FeedOptions,
): Promise<string> {
  const missing = new DetenteError('not_found', `no feed ${id}`);
  // Feeds are addressed by id only (never by name), and ids are lower-case letters, digits and -.
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(id)) throw missing;
  let watchlist: Watchlist;
  try {
    watchlist = await options.source.getWatchlist(store, id);
  } catch (e) {
    if (e instanceof DetenteError && e.id === 'not_found') throw missing;
    throw e;
  }
  if (watchlist.id !== id) throw missing;
  if (watchlist.private) {
    const secret = await options.source.feedSecret(store, watchlist.id);
    if (key === undefined || !sameSecret(key, secret)) throw missing;
  }
  const until = rfc3339(now);
  const since = new Date(Date.parse(until) - (options.days ?? 365) * 86_400_000).toISOString();
  const changes = await options.source.watchChanges(store, watchlist, { since, until });
  const recent = changes.slice(-(options.limit ?? 100));
  const self = `${options.baseUrl}/feeds/${encodeURIComponent(watchlist.id)}.atom${
    watchlist.private && key !== undefined ? `?key=${encodeURIComponent(key)}` : ''
  }`;
  return renderFeed(watchlist, recent, { baseUrl: options.baseUrl, selfUrl: self, now: until });
}
