/**
 * Use cases for writes through the HTTP API: create, update or delete one record of a named
 * collection. The record's dossier is found from the snapshot (an update or delete) or named
 * by the caller (a create, needed only when the store holds several dossiers); the change is
 * attributed to the token's name. Validation, integrity and version checks are editRecord's.
 */
import { DetenteError } from '../core/errors.ts';
import type { CollectionName } from '../core/model/dossier.ts';
import type { Snapshot } from './snapshots.ts';
import { editRecord } from './edit.ts';
import type { Attribution } from './edit.ts';

export type ApiEdit =
  | {
      readonly op: 'create';
      readonly collection: CollectionName;
      readonly dossier?: string | undefined;
      readonly data: unknown;
    }
  | {
      readonly op: 'update';
      readonly collection: CollectionName;
      readonly id: string;
      readonly data: unknown;
      readonly expectedVersion: number;
    }
  | {
      readonly op: 'delete';
      readonly collection: CollectionName;
      readonly id: string;
      readonly expectedVersion: number;
    };

export interface EditResult {
  readonly op: 'create' | 'update' | 'delete';
  readonly collection: CollectionName;
  readonly dossier: string;
  readonly id: string;
  readonly version: number;
  readonly changeId: number;
}

function createDossier(snapshot: Snapshot, requested: string | undefined): string {
  if (requested !== undefined) {
    if (!snapshot.dossiers.includes(requested)) {
      throw new DetenteError(
        'invalid_argument',
        `dossier: no dossier "${requested}" in the store`,
        [{ id: 'invalid_argument', field: 'dossier', message: `no dossier "${requested}"` }],
      );
    }
    return requested;
  }
  const [only, ...others] = snapshot.dossiers;
  if (only === undefined || others.length > 0) {
    const known = snapshot.dossiers.join(', ') || 'none';
    throw new DetenteError(
      'invalid_argument',
      `dossier: name the dossier (the store holds ${known})`,
      [{ id: 'invalid_argument', field: 'dossier', message: `required: one of ${known}` }],
    );
  }
  return only;
}

function existing(snapshot: Snapshot, collection: CollectionName, id: string): string {
  const meta = snapshot.meta.get(id);
  if (!meta || meta.collection !== collection)
    throw new DetenteError('not_found', `no record with id "${id}" in ${collection}`);
  return meta.dossier;
}

/**
 * @example
 * await applyApiEdit(store, snapshot, { op: 'update', collection: 'measures', id, data, expectedVersion: 3 },
 *   { at: now, author: 'alice', reason: 'date corrected' });
 */
export async function applyApiEdit(
  store: Parameters<typeof editRecord>[0],
  snapshot: Snapshot,
  edit: ApiEdit,
  who: Attribution,
): Promise<EditResult> {
  if (edit.op !== 'create') {
    const dataId = edit.op === 'update' ? (edit.data as { id?: unknown } | null)?.id : edit.id;
    if (dataId !== edit.id) {
      throw new DetenteError('invalid_argument', `id: the record's id must be "${edit.id}"`, [
        { id: 'invalid_argument', field: 'id', message: `must be "${edit.id}" (ids never change)` },
      ]);
    }
  }
  const dossier =
    edit.op === 'create'
      ? createDossier(snapshot, edit.dossier)
      : existing(snapshot, edit.collection, edit.id);
  const applied = await editRecord(
    store,
    edit.op === 'delete'
      ? { op: 'delete', dossier, id: edit.id, expectedVersion: edit.expectedVersion }
      : edit.op === 'update'
        ? {
            op: 'update',
            dossier,
            collection: edit.collection,
            data: edit.data,
            expectedVersion: edit.expectedVersion,
          }
        : { op: 'create', dossier, collection: edit.collection, data: edit.data },
    who,
  );
  const [v] = applied.versions;
  if (!v) throw new Error('editRecord applied a change without a version');
  return {
    op: edit.op,
    collection: edit.collection,
    dossier,
    id: v.id,
    version: v.version,
    changeId: applied.changeId,
  };
}
