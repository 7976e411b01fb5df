/**
 * Change detection for a window: derive every change once (from history, from the measures'
 * dates, from the channels' cadence), then route each to the watchlists it concerns through
 * the index; duty changes are worked out per watchlist on the days its measures move, from
 * facts shared between watchlists. Pure: the records, the history and the duty engine come in.
 */
import { channelChanges } from './channel-changes.ts';
import { DutyChanges } from './duty-changes.ts';
import { historyChanges } from './history-changes.ts';
import type { HistoryEntry } from './history-changes.ts';
import type { Criteria } from './match.ts';
import type { Change } from './model.ts';
import { measureMoves, scheduledChanges } from './scheduled-changes.ts';
import type { Window } from './scheduled-changes.ts';
import { WatchIndex } from './watch-index.ts';
import type { DerivedChange, WatchWorld } from './world.ts';

/** Sorted by `at`, then id; each id once. */
export function sortChanges(changes: readonly Change[]): Change[] {
  const unique = new Map(changes.map((c) => [c.id, c]));
  return [...unique.values()].sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** Every change of the window before routing, and the duty facts to draw on. */
export function deriveChanges(
  world: WatchWorld,
  history: readonly HistoryEntry[],
  window: Window,
): { derived: DerivedChange[]; duty: DutyChanges } {
  const moves = measureMoves(world, window);
  const derived = [
    ...historyChanges(history, world),
    ...scheduledChanges(world, window, moves),
    ...channelChanges(world, window),
  ];
  return { derived, duty: new DutyChanges(world, moves) };
}

/**
 * The changes of a window for every watchlist, keyed by watchlist id (every watchlist has an
 * entry, empty when nothing concerns it).
 *
 * @example
 * detectChanges(world, history, window, watchlists).get(meal.id); // [scheduled, duty, …]
 */
export function detectChanges<W extends Criteria & { readonly id: string }>(
  world: WatchWorld,
  history: readonly HistoryEntry[],
  window: Window,
  watchlists: readonly W[],
  index: WatchIndex<W> = new WatchIndex(watchlists),
): Map<string, Change[]> {
  const { derived, duty } = deriveChanges(world, history, window);
  const found = new Map<string, Change[]>(watchlists.map((w) => [w.id, []]));
  for (const d of derived) {
    const hit = new Set<W>();
    for (const s of d.subjects) for (const w of index.concerned(s)) hit.add(w);
    for (const w of hit) found.get(w.id)?.push(d.change);
  }
  const moved = new Map<W, Set<string>>();
  for (const day of duty.changeDays) {
    for (const { measure } of duty.movesOn(day)) {
      for (const w of index.concerned({ sort: 'measure', measure })) {
        const keys = moved.get(w) ?? new Set<string>();
        keys.add(`${day}|${measure.id}`);
        moved.set(w, keys);
      }
    }
  }
  for (const [w, keys] of moved)
    for (const d of duty.forWatchlist(w, keys)) found.get(w.id)?.push(d.change);
  for (const [id, changes] of found) if (changes.length > 0) found.set(id, sortChanges(changes));
  return found;
}
