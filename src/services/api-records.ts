/**
 * Use cases for the HTTP API's record reads: any record by id with its stored version, the
 * records of one collection, measures with their version, and a record's history as known on
 * a moment.
 */
import { DetenteError } from '../core/errors.ts';
import type { CollectionName, Dossier } from '../core/model/dossier.ts';
import type { Measure } from '../core/model/measure.ts';
import type { Store } from '../store/store.ts';
import type { AnyRecord } from './catalog.ts';
import type { RecordMeta, Snapshot } from './snapshots.ts';
import { recordHistory } from './history.ts';
import type { HistoryEntry } from './history.ts';
import { listMeasures, measureView } from './measures.ts';
import type { MeasureView } from './measures.ts';
import type { MeasuresRequest } from './requests.ts';

export type { CollectionName } from '../core/model/dossier.ts';
export { COLLECTION_NAMES, COLLECTIONS } from '../core/model/dossier.ts';

export interface FoundRecord<R = AnyRecord> extends RecordMeta {
  readonly id: string;
  readonly record: R;
}

export type VersionedMeasure = MeasureView & { readonly version: number; readonly dossier: string };

const metaOf = (snapshot: Snapshot, id: string): RecordMeta => {
  const meta = snapshot.meta.get(id);
  if (!meta) throw new DetenteError('not_found', `no record with id "${id}"`);
  return meta;
};

/** A record by id, in any collection (or only in `collection` when given). */
export function findRecord(
  snapshot: Snapshot,
  id: string,
  collection?: CollectionName,
): FoundRecord {
  const found = snapshot.catalog.find(id);
  if (!found || (collection !== undefined && found.collection !== collection)) {
    throw new DetenteError(
      'not_found',
      collection ? `no record with id "${id}" in ${collection}` : `no record with id "${id}"`,
    );
  }
  return { id, ...metaOf(snapshot, id), collection: found.collection, record: found.record };
}

/** Every record of a collection, with its stored version. */
export function collectionRecords<C extends CollectionName>(
  snapshot: Snapshot,
  collection: C,
): FoundRecord<Dossier[C][number]>[] {
  return snapshot.catalog.dossier[collection].map((record) => ({
    id: record.id,
    ...metaOf(snapshot, record.id),
    record,
  }));
}

const versioned = (snapshot: Snapshot, view: MeasureView): VersionedMeasure => {
  const { version, dossier } = metaOf(snapshot, view.measure.id);
  return { ...view, version, dossier };
};

/** Measures by imposer, target and date in force, with their links and stored version. */
export function listVersionedMeasures(
  snapshot: Snapshot,
  req: MeasuresRequest,
): VersionedMeasure[] {
  return listMeasures(snapshot.catalog, req).map((v) => versioned(snapshot, v));
}

/** One measure with its links and stored version. */
export function getMeasure(snapshot: Snapshot, id: string): VersionedMeasure {
  const found = findRecord(snapshot, id, 'measures');
  return versioned(snapshot, measureView(snapshot.catalog, found.record as Measure));
}

/** The versions of a record, only those recorded at or before `asKnownOn` when it is given. */
export async function historyAsKnownOn(
  store: Store,
  id: string,
  asKnownOn?: string,
): Promise<HistoryEntry[]> {
  const all = await recordHistory(store, id);
  if (asKnownOn === undefined) return all;
  const known = all.filter((v) => v.at <= asKnownOn);
  if (known.length === 0)
    throw new DetenteError('not_found', `no record with id "${id}" as known on ${asKnownOn}`);
  return known;
}
