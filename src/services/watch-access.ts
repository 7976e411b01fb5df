/**
 * What the edges (API, CLI, server timer) use of watchlists for delivery: who may see a private
 * watchlist, its feed URL, its changes over a window given as dates or times, and the watch
 * service bound as the source of feeds and ticks. Private watchlists are invisible to anonymous
 * readers: asking for one answers exactly as for an unknown one.
 */
import { DetenteError } from '../core/errors.ts';
import type { Change, Watchlist } from '../core/watch/model.ts';
import type { Store } from '../store/store.ts';
import type { FeedSource } from './feeds.ts';
import type { Snapshots } from './snapshots.ts';
import type { ChangeSource } from './tick.ts';
import * as watch from './watch.ts';

/**
 * The watch service as the source of feeds and ticks; a server passes its snapshots so change
 * detection reads the catalog it already holds.
 */
export const watchSource = (snapshots?: Snapshots): FeedSource & ChangeSource => {
  const options = snapshots ? { snapshots } : {};
  return {
    getWatchlist: (store, idOrName) => watch.getWatchlist(store, idOrName),
    feedSecret: (store, id) => watch.feedSecret(store, id),
    watchChanges: (store, w, window) => watch.watchChanges(store, w, window, options),
    listWatchlists: (store) => watch.listWatchlists(store),
    changesForAll: (store, window) => watch.changesForAll(store, window, options),
  };
};

/** A watchlist as the API shows it: with its feed's path, keyed for those who may see the key. */
export interface WatchlistView extends Watchlist {
  readonly feedUrl: string;
}

/**
 * Who asks, and as known on when: signed-in editors see private watchlists and their feed keys;
 * with `asKnownOn`, only watchlists that existed then are seen (with the criteria they have
 * now: watchlists keep no history) and changes end there at the latest.
 */
export interface Viewer {
  readonly signedIn: boolean;
  readonly asKnownOn?: string | undefined;
}

const existedBy = (w: Watchlist, viewer: Viewer) =>
  viewer.asKnownOn === undefined || w.createdAt <= viewer.asKnownOn;

/**
 * Hooks and deliveries are operational state with no history: a read of them as known on a
 * past moment is refused rather than answered with today's state.
 */
export function refuseAsKnownOn(asKnownOn: string | undefined, what: string): void {
  if (asKnownOn !== undefined)
    throw new DetenteError(
      'invalid_argument',
      `${what} keep no history: asKnownOn does not apply here`,
      [{ id: 'invalid_argument', field: 'asKnownOn', message: 'not available for this read' }],
    );
}

const DAY_MS = 86_400_000;

export async function viewOf(store: Store, w: Watchlist, viewer: Viewer): Promise<WatchlistView> {
  const path = `/feeds/${encodeURIComponent(w.id)}.atom`;
  if (!w.private || !viewer.signedIn) return { ...w, feedUrl: path };
  const key = await watch.feedSecret(store, w.id);
  return { ...w, feedUrl: `${path}?key=${encodeURIComponent(key)}` };
}

/** A watchlist the viewer may see, by id or name; `not_found` otherwise. */
export async function visibleWatchlist(
  store: Store,
  idOrName: string,
  viewer: Viewer,
): Promise<Watchlist> {
  const w = await watch.getWatchlist(store, idOrName);
  if ((w.private && !viewer.signedIn) || !existedBy(w, viewer))
    throw new DetenteError('not_found', `no watchlist ${idOrName}`);
  return w;
}

/** The watchlists the viewer may see. */
export async function visibleWatchlists(store: Store, viewer: Viewer): Promise<WatchlistView[]> {
  const all = await watch.listWatchlists(store);
  const shown = all.filter((w) => (viewer.signedIn || !w.private) && existedBy(w, viewer));
  return Promise.all(shown.map((w) => viewOf(store, w, viewer)));
}

/**
 * A watchlist's changes in (since, until]: dates (the end of that day, UTC) or ISO times;
 * `until` defaults to now and `since` to a year before `until`; with `asKnownOn`, the window
 * ends there at the latest.
 */
export async function changesOf(
  store: Store,
  w: Watchlist,
  window: { readonly since?: string | undefined; readonly until?: string | undefined },
  now: string,
  options: { readonly snapshots?: Snapshots | undefined; readonly asKnownOn?: string } = {},
): Promise<{ since: string; until: string; changes: Change[] }> {
  const { snapshots, asKnownOn } = options;
  // The watch service reads a date as the end of that day; the default start is a year earlier.
  const asked = watch.changeWindow({ since: '1970-01-01', until: window.until ?? now }).until;
  const until = asKnownOn !== undefined && asKnownOn < asked ? asKnownOn : asked;
  const since = window.since ?? new Date(Date.parse(until) - 365 * DAY_MS).toISOString();
  const checked = watch.changeWindow({ since, until });
  const changes = await watch.watchChanges(store, w, checked, snapshots ? { snapshots } : {});
  return { ...checked, changes };
}
