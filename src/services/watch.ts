/**
 * Use cases: watchlists (what a reader follows) and the changes they report. Input is checked
 * here with zod, so the CLI and the HTTP API share one set of rules and error ids; change
 * detection itself is pure (src/core/watch/) and reads the current records, a window of the
 * store's history and the duty engine.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { DetenteError } from '../core/errors.ts';
import { isCountry } from '../core/jurisdiction.ts';
import { MEASURE_KINDS } from '../core/model/measure.ts';
import { MeasureCalendar } from '../core/watch/calendar.ts';
import { detectChanges } from '../core/watch/detect.ts';
import { isEmptyCriteria } from '../core/watch/match.ts';
import { WatchlistSchema } from '../core/watch/model.ts';
import type { Change, Pair, Watchlist } from '../core/watch/model.ts';
import type { WatchWorld } from '../core/watch/world.ts';
import type { Store } from '../store/store.ts';
import type { WatchlistRow } from '../store/watchlists.ts';
import { hsLine, parseRequest } from './requests.ts';
import { Snapshots } from './snapshots.ts';
import type { Snapshot } from './snapshots.ts';

export type { Change, Pair, Watchlist } from '../core/watch/model.ts';

const country = (side: string) =>
  z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .refine(isCountry, {
      error: (i) =>
        `${side} "${String(i.input)}" is not an ISO 3166-1 alpha-3 country code (e.g. CAN, CHN) or EUN`,
      params: { errorId: 'invalid_country' },
    });

const pairObject = z.strictObject({
  from: country('the exporting side'),
  to: country('the importing side'),
  both: z.boolean().optional(),
});

/** A pair as `FROM:TO` (also `FROM-TO`), or as { from, to, both }. */
const pairInput = z
  .unknown()
  .transform((v, ctx) => {
    if (typeof v !== 'string') return v;
    const parts = v.trim().split(/[:>-]/);
    if (parts.length !== 2) {
      ctx.addIssue({
        code: 'custom',
        message: `pair "${v}" is not FROM:TO, e.g. CAN:CHN (Canada's goods into China)`,
        params: { errorId: 'invalid_country' },
      });
      return z.NEVER;
    }
    return { from: parts[0], to: parts[1] };
  })
  .pipe(pairObject);

/** A pair as callers write it. */
export type PairInput = string | { from: string; to: string; both?: boolean | undefined };

const recordId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

const criteria = {
  scopes: z.array(hsLine).optional(),
  pairs: z.array(pairInput).optional(),
  kinds: z
    .array(
      z.string().pipe(
        z.enum(MEASURE_KINDS, {
          error: (i) =>
            `"${String(i.input)}" is not a measure kind: one of ${MEASURE_KINDS.join(', ')}`,
        }),
      ),
    )
    .optional(),
  channels: z.array(recordId).optional(),
  actors: z.array(recordId).optional(),
  private: z.boolean().optional(),
};

const name = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'a watchlist needs a name').max(120, 'names are 120 characters at most'));

/** What creates a watchlist: a name and at least one criterion. */
export const WatchlistInput = z.strictObject({ name, ...criteria });
/** What edits one: the fields given replace the stored ones. */
export const WatchlistPatch = z.strictObject({ name: name.optional(), ...criteria });

export type WatchlistInput = Omit<z.input<typeof WatchlistInput>, 'pairs'> & {
  pairs?: PairInput[] | undefined;
};
export type WatchlistPatch = Omit<z.input<typeof WatchlistPatch>, 'pairs'> & {
  pairs?: PairInput[] | undefined;
};

/** The window of a change query: since < at <= until. */
export interface ChangeWindow {
  /** A date (the end of that day, UTC) or an ISO timestamp. */
  readonly since: string;
  /** A date (the end of that day, UTC) or an ISO timestamp. */
  readonly until: string;
}

/** Optional: share catalog snapshots with the caller (the server keeps one). */
export interface WatchOptions {
  readonly snapshots?: Snapshots;
}

const unique = <T>(items: readonly T[], key: (t: T) => string = String): T[] => [
  ...new Map(items.map((i) => [key(i), i])).values(),
];

type Criteria = Pick<Watchlist, 'scopes' | 'pairs' | 'kinds' | 'channels' | 'actors'>;

function cleanCriteria(c: Criteria): Criteria {
  return {
    scopes: unique(c.scopes),
    pairs: unique(c.pairs, (p) => `${p.from}>${p.to}>${p.both === true}`).map((p): Pair =>
      p.both ? { from: p.from, to: p.to, both: true } : { from: p.from, to: p.to },
    ),
    kinds: unique(c.kinds),
    channels: unique(c.channels),
    actors: unique(c.actors),
  };
}

function toWatchlist(row: WatchlistRow): Watchlist {
  const c = JSON.parse(row.criteria) as Criteria;
  return WatchlistSchema.parse({
    id: row.id,
    name: row.name,
    ...c,
    private: row.private === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Channels and actors must name records the store holds: a typo would follow nothing. */
async function checkReferences(store: Store, c: Criteria): Promise<void> {
  if (c.channels.length + c.actors.length === 0) return;
  const { catalog } = await new Snapshots(store).current();
  const problems = [
    ...c.channels
      .filter((id) => catalog.find(id)?.collection !== 'channels')
      .map((id) => ({ field: 'channels', message: `no channel "${id}" in the store` })),
    ...c.actors
      .filter((id) => catalog.find(id)?.collection !== 'actors')
      .map((id) => ({ field: 'actors', message: `no actor "${id}" in the store` })),
  ].map((p) => ({ ...p, id: 'invalid_argument' as const }));
  if (problems.length > 0)
    throw new DetenteError('invalid_argument', problems.map((p) => p.message).join('; '), problems);
}

function checkNotEmpty(c: Criteria): void {
  if (isEmptyCriteria(c))
    throw new DetenteError(
      'invalid_argument',
      'a watchlist must follow something: give at least one scope, pair, kind, channel or actor',
    );
}

async function checkNameFree(store: Store, wanted: string, self?: string): Promise<void> {
  const holder = await store.watchlists.byName(wanted);
  if (holder && holder.id !== self)
    throw new DetenteError('conflict', `a watchlist is already named "${wanted}"`);
}

/** A failed insert or update that broke the unique name (a writer got there first). */
async function nameRace(store: Store, wanted: string, self: string, e: unknown): Promise<never> {
  const holder = await store.watchlists.byName(wanted).catch(() => undefined);
  if (holder && holder.id !== self)
    throw new DetenteError('conflict', `a watchlist is already named "${wanted}"`);
  throw e;
}

/**
 * Creates a watchlist. Its feed secret is generated here, once.
 *
 * @example
 * await createWatchlist(store, { name: 'meal', scopes: ['2306'], pairs: ['CAN:CHN'] }, now);
 */
export async function createWatchlist(
  store: Store,
  input: WatchlistInput,
  now: string,
): Promise<Watchlist> {
  const req = parseRequest(WatchlistInput, input);
  const c = cleanCriteria({
    scopes: req.scopes ?? [],
    pairs: req.pairs ?? [],
    kinds: req.kinds ?? [],
    channels: req.channels ?? [],
    actors: req.actors ?? [],
  });
  checkNotEmpty(c);
  await checkReferences(store, c);
  await checkNameFree(store, req.name);
  const row: WatchlistRow = {
    id: `wl-${randomBytes(6).toString('hex')}`,
    name: req.name,
    criteria: JSON.stringify(c),
    private: req.private ? 1 : 0,
    feed_secret: randomBytes(18).toString('base64url'),
    created_at: now,
    updated_at: now,
  };
  await store.watchlists.insert(row).catch((e: unknown) => nameRace(store, req.name, row.id, e));
  return toWatchlist(row);
}

async function rowOf(store: Store, idOrName: string): Promise<WatchlistRow> {
  const row =
    (await store.watchlists.byId(idOrName)) ?? (await store.watchlists.byName(idOrName.trim()));
  if (!row) throw new DetenteError('not_found', `no watchlist with id or name "${idOrName}"`);
  return row;
}

/** A watchlist by its id or its name, or `not_found`. */
export async function getWatchlist(store: Store, idOrName: string): Promise<Watchlist> {
  return toWatchlist(await rowOf(store, idOrName));
}

/** Every watchlist, by name. */
export async function listWatchlists(store: Store): Promise<Watchlist[]> {
  return (await store.watchlists.all()).map(toWatchlist);
}

/**
 * Changes a watchlist: each field the patch gives replaces the stored one (an empty list
 * clears a criterion); the result must still follow something.
 */
export async function updateWatchlist(
  store: Store,
  idOrName: string,
  patch: WatchlistPatch,
  now: string,
): Promise<Watchlist> {
  const req = parseRequest(WatchlistPatch, patch);
  const row = await rowOf(store, idOrName);
  const current = toWatchlist(row);
  const c = cleanCriteria({
    scopes: req.scopes ?? current.scopes,
    pairs: req.pairs ?? current.pairs,
    kinds: req.kinds ?? current.kinds,
    channels: req.channels ?? current.channels,
    actors: req.actors ?? current.actors,
  });
  checkNotEmpty(c);
  await checkReferences(store, c);
  const wanted = req.name ?? row.name;
  await checkNameFree(store, wanted, row.id);
  const next = {
    id: row.id,
    name: wanted,
    criteria: JSON.stringify(c),
    private: (req.private ?? current.private) ? 1 : 0,
    updated_at: now,
  };
  const written = await store.watchlists
    .update(next)
    .catch((e: unknown) => nameRace(store, wanted, row.id, e));
  if (!written) throw new DetenteError('not_found', `watchlist "${idOrName}" was just removed`);
  return toWatchlist({ ...row, ...next });
}

/**
 * Removes a watchlist and returns what it was. Its hooks are disabled in the same write, and
 * their pending deliveries end as dead, so nothing is sent for it any more.
 */
export async function deleteWatchlist(
  store: Store,
  idOrName: string,
  at: string,
): Promise<Watchlist> {
  const row = await rowOf(store, idOrName);
  if ((await store.watchlists.removeWithHooks(row.id, at, 'watchlist deleted')) === null)
    throw new DetenteError('not_found', `watchlist "${idOrName}" was just removed`);
  return toWatchlist(row);
}

/** The secret a private watchlist's feed URL carries. */
export async function feedSecret(store: Store, id: string): Promise<string> {
  return (await rowOf(store, id)).feed_secret;
}

/** A bound of a window as an ISO timestamp: a date stands for the end of that day (UTC). */
function bound(value: string, what: 'since' | 'until'): string {
  const v = value.trim();
  if (isIsoDate(v)) return `${v}T23:59:59.999Z`;
  const t = /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(t) || !isIsoDate(v.slice(0, 10)))
    throw new DetenteError(
      'invalid_date',
      `${what} "${value}" is not a date (YYYY-MM-DD) or an ISO timestamp`,
    );
  return new Date(t).toISOString();
}

/**
 * A window as two canonical timestamps, since < until.
 *
 * @example
 * changeWindow({ since: '2025-01-01', until: '2026-06-01' });
 * // { since: '2025-01-01T23:59:59.999Z', until: '2026-06-01T23:59:59.999Z' }
 */
export function changeWindow(w: ChangeWindow): ChangeWindow {
  const since = bound(w.since, 'since');
  const until = bound(w.until, 'until');
  if (since >= until)
    throw new DetenteError(
      'invalid_argument',
      `the window is empty: since (${w.since}) must come before until (${w.until})`,
    );
  return { since, until };
}

/** Worlds already built, by snapshot: a server's snapshots build each one once per revision. */
const worlds = new WeakMap<Snapshot, WatchWorld>();

/** The records, the duty engine and the dossier of each record, as change detection reads them. */
function worldOf(snapshot: Snapshot): WatchWorld {
  let world = worlds.get(snapshot);
  if (!world) {
    world = buildWorld(snapshot);
    worlds.set(snapshot, world);
  }
  return world;
}

function buildWorld(snapshot: Snapshot): WatchWorld {
  const { catalog, meta } = snapshot;
  const d = catalog.dossier;
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const engagements = new Map(d.engagements.map((e) => [e.id, e]));
  return {
    measures: d.measures,
    channels: d.channels,
    engagements: d.engagements,
    endOf: catalog.endOf,
    calendar: new MeasureCalendar(d.measures, catalog.endOf),
    dossierOf: (id) => meta.get(id)?.dossier ?? d.manifest.id,
    source: (id) => {
      const s = sources.get(id);
      return s && { id, title: s.title, ...(s.url ? { url: s.url } : {}) };
    },
    titleOf: (id) => catalog.titleOf(id),
    engagement: (id) => engagements.get(id),
    duty: (q) => catalog.duty.lookup(q),
  };
}

async function detect(
  store: Store,
  watchlists: readonly Watchlist[],
  window: ChangeWindow,
  options: WatchOptions,
): Promise<Map<string, Change[]>> {
  const w = changeWindow(window);
  if (watchlists.length === 0) return new Map();
  const snapshot = await (options.snapshots ?? new Snapshots(store)).current();
  const history = await store.versionsBetween(w.since, w.until);
  return detectChanges(worldOf(snapshot), history, w, watchlists);
}

/**
 * Every change for one watchlist in (since, until], sorted by `at` then id.
 *
 * @example
 * await watchChanges(store, meal, { since: '2025-01-01', until: '2026-06-01' });
 */
export async function watchChanges(
  store: Store,
  watchlist: Watchlist,
  window: ChangeWindow,
  options: WatchOptions = {},
): Promise<Change[]> {
  return (await detect(store, [watchlist], window, options)).get(watchlist.id) ?? [];
}

/**
 * The changes of a window for every watchlist (id → changes, sorted), found through the
 * watchlist index: what the delivery tick sends.
 */
export async function changesForAll(
  store: Store,
  window: ChangeWindow,
  options: WatchOptions = {},
): Promise<Map<string, Change[]>> {
  return detect(store, await listWatchlists(store), window, options);
}
