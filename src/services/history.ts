/** Use case: the versions of a record with who changed what, when and why. */
import { diffRecords } from '../core/diff.ts';
import type { FieldChange } from '../core/diff.ts';
import { DetenteError } from '../core/errors.ts';
import type { Store } from '../store/store.ts';

export interface HistoryEntry {
  readonly dossier: string;
  readonly collection: string;
  readonly version: number;
  readonly op: 'create' | 'update' | 'delete';
  readonly at: string;
  readonly author: string;
  readonly reason: string;
  readonly origin: string | null;
  readonly changes: readonly FieldChange[];
}

export async function recordHistory(store: Store, id: string): Promise<HistoryEntry[]> {
  const versions = await store.history(id);
  if (versions.length === 0)
    throw new DetenteError('not_found', `no record with id "${id}" in the store`);
  return versions.map((v, i) => {
    const previous =
      i > 0 && versions[i - 1]?.dossier === v.dossier ? versions[i - 1]?.data : undefined;
    return {
      dossier: v.dossier,
      collection: v.collection,
      version: v.version,
      op: v.op,
      at: v.at,
      author: v.author,
      reason: v.reason,
      origin: v.origin,
      changes: diffRecords(previous ?? undefined, v.data ?? undefined),
    };
  });
}
