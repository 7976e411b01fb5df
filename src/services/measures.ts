/** Use cases: measures with their retaliation links, and the retaliation chain of one. */
import { DetenteError } from '../core/errors.ts';
import { inForceOn } from '../core/measures.ts';
import type { Measure } from '../core/model/measure.ts';
import type { Chain } from '../core/retaliation.ts';
import type { Catalog } from './catalog.ts';
import type { MeasuresRequest } from './requests.ts';
import { sourceLink } from './timeline.ts';

export interface Link {
  readonly id: string;
  readonly title: string;
}

export interface MeasureView {
  readonly measure: Measure;
  readonly ends: { date: string; why: string } | null;
  readonly respondsTo: readonly Link[];
  readonly respondedBy: readonly Link[];
  readonly sourceLinks: readonly { id: string; title: string; url?: string }[];
}

export function measureView(catalog: Catalog, m: Measure): MeasureView {
  const link = (id: string) => ({ id, title: catalog.titleOf(id) });
  return {
    measure: m,
    ends: catalog.endOf(m),
    respondsTo: catalog.graph.respondsTo(m.id).map(link),
    respondedBy: catalog.graph.respondedBy(m.id).map(link),
    sourceLinks: m.sources.map((id) => sourceLink(catalog, id)),
  };
}

/** Measures by imposer and target, optionally only those in force on a date. */
export function listMeasures(catalog: Catalog, req: MeasuresRequest): MeasureView[] {
  const all = catalog.dossier.measures;
  return all
    .filter((m) => !req.imposer || m.imposer === req.imposer)
    .filter((m) => {
      if (!req.target) return true;
      const o = m.targets.origins;
      return o === '*' ? !(m.targets.except ?? []).includes(req.target) : o.includes(req.target);
    })
    .filter((m) => !req.inForce || inForceOn(m, req.inForce, catalog.endOf))
    .sort((a, b) => a.dates.effective.localeCompare(b.dates.effective) || a.id.localeCompare(b.id))
    .map((m) => measureView(catalog, m));
}

/** What a measure (or event) answers and what answered it, walked both ways. */
export function retaliationChain(catalog: Catalog, id: string): Chain {
  const chain = catalog.graph.chain(id);
  if (!chain) throw new DetenteError('not_found', `no measure or event with id "${id}"`);
  return chain;
}
