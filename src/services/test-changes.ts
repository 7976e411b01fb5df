/**
 * A change source for tests of delivery: watchlists and changes held in memory, answered by
 * window exactly as the watch service's contract says ((since, until], sorted by `at` then id).
 * Tests only.
 */
import type { Change, Watchlist } from '../core/watch/model.ts';
import type { ChangeSource, ChangeWindow } from './tick.ts';

export const watchlist = (id: string, createdAt: string): Watchlist => ({
  id,
  name: `Watchlist ${id}`,
  scopes: ['2306'],
  pairs: [{ from: 'CAN', to: 'CHN' }],
  kinds: [],
  channels: [],
  actors: [],
  private: false,
  createdAt,
  updatedAt: createdAt,
});

export const change = (id: string, at: string, title = `Change ${id}`): Change => ({
  id,
  kind: 'scheduled',
  at,
  dossier: 'canada-china',
  record: 'chn-2025-rapeseed-meal-tariff',
  collection: 'measures',
  title,
  summary: `${title}: 100% → 0%`,
  before: { bp: 10000 },
  after: { bp: 0 },
  sources: [{ id: 'src-1', title: 'A source', url: 'https://example.org/a' }],
  link: '/api/v1/records/chn-2025-rapeseed-meal-tariff',
});

const inWindow = (c: Change, w: ChangeWindow) => c.at > w.since && c.at <= w.until;

/** A source over fixed watchlists and changes (watchlist id → changes); records every window. */
export function memorySource(
  watchlists: Watchlist[],
  changes: Map<string, Change[]>,
): ChangeSource & { windows: ChangeWindow[] } {
  const windows: ChangeWindow[] = [];
  return {
    windows,
    listWatchlists: async () => watchlists,
    changesForAll: async (_store, w) => {
      windows.push(w);
      const out = new Map<string, Change[]>();
      for (const wl of watchlists) {
        const found = (changes.get(wl.id) ?? [])
          .filter((c) => inWindow(c, w))
          .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
        out.set(wl.id, found);
      }
      return out;
    },
  };
}
