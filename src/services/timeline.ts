/** Use case: the dated story of a pair, every entry with its sources. */
import { buildTimeline } from '../core/timeline.ts';
import type { TimelineEntry } from '../core/timeline.ts';
import type { Catalog } from './catalog.ts';
import type { TimelineRequest } from './requests.ts';

export interface TimelineView extends TimelineEntry {
  readonly sourceLinks: readonly { id: string; title: string; url?: string }[];
}

export function timeline(catalog: Catalog, req: TimelineRequest): TimelineView[] {
  const entries = buildTimeline(catalog.dossier, {
    ...(req.pair ? { parties: req.pair } : {}),
    ...(req.from ? { from: req.from } : {}),
    ...(req.to ? { to: req.to } : {}),
    ...(req.kinds ? { kinds: req.kinds } : {}),
  });
  return entries.map((e) => ({
    ...e,
    sourceLinks: e.sources.map((id) => sourceLink(catalog, id)),
  }));
}

export function sourceLink(
  catalog: Catalog,
  id: string,
): { id: string; title: string; url?: string } {
  const found = catalog.find(id)?.record;
  if (found && 'publisher' in found) {
    return found.url ? { id, title: found.title, url: found.url } : { id, title: found.title };
  }
  return { id, title: id };
}
