/**
 * A catalog: one consistent snapshot of the records with the indexes built over them (the duty
 * index, the retaliation graph, records by id). Every use case reads from a catalog.
 */
import { DutyIndex } from '../core/duty/duty-index.ts';
import { DetenteError } from '../core/errors.ts';
import type { Dossier } from '../core/model/dossier.ts';
import { COLLECTION_NAMES } from '../core/model/dossier.ts';
import { measureEnds } from '../core/measures.ts';
import type { EndOf } from '../core/measures.ts';
import { RetaliationGraph } from '../core/retaliation.ts';
import { readDossier } from '../dossier/read.ts';

export type AnyRecord = Dossier[(typeof COLLECTION_NAMES)[number]][number];

export class Catalog {
  readonly duty: DutyIndex;
  readonly graph: RetaliationGraph;
  /** When each measure stopped being in force, and why. */
  readonly endOf: EndOf;
  private readonly byId = new Map<string, { collection: string; record: AnyRecord }>();

  constructor(readonly dossier: Dossier) {
    this.duty = DutyIndex.build({
      measures: dossier.measures,
      baseRates: dossier['base-rates'],
      sources: dossier.sources,
    });
    this.graph = new RetaliationGraph(dossier);
    this.endOf = measureEnds(dossier.measures);
    for (const collection of COLLECTION_NAMES) {
      for (const record of dossier[collection]) this.byId.set(record.id, { collection, record });
    }
  }

  /** A record by id, with the collection it belongs to. */
  find(id: string): { collection: string; record: AnyRecord } | undefined {
    return this.byId.get(id);
  }

  /** The title of a record for display, falling back to its id. */
  titleOf(id: string): string {
    const r = this.byId.get(id)?.record;
    if (!r) return id;
    if ('title' in r && typeof r.title === 'string') return r.title;
    if ('name' in r && typeof r.name === 'string') return r.name;
    return id;
  }
}

/** Reads a dossier folder into a catalog, or throws `invalid_dossier` with every problem. */
export function openDossier(dir: string): Catalog {
  const read = readDossier(dir);
  if (!read.ok) {
    const id = read.problems.every((p) => p.id === 'not_found') ? 'not_found' : 'invalid_dossier';
    throw new DetenteError(
      id,
      `the dossier in ${dir} has ${read.problems.length} problem(s)`,
      read.problems,
    );
  }
  return new Catalog(read.dossier);
}
