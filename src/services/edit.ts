/**
 * Use cases: create, update and delete one record. The record is validated by its schema and
 * the whole dossier must still hold together afterwards; the write names the version it read.
 */
import { DetenteError } from '../core/errors.ts';
import { checkIntegrity } from '../core/integrity.ts';
import type { CollectionName, Dossier } from '../core/model/dossier.ts';
import { COLLECTIONS } from '../core/model/dossier.ts';
import type { AppliedChange, Store } from '../store/store.ts';
import { dossiersFromRecords } from './assemble.ts';

export interface Attribution {
  readonly at: string;
  readonly author: string;
  readonly reason: string;
}

export type RecordEdit =
  | {
      readonly op: 'create';
      readonly dossier: string;
      readonly collection: CollectionName;
      readonly data: unknown;
    }
  | {
      readonly op: 'update';
      readonly dossier: string;
      readonly collection: CollectionName;
      readonly data: unknown;
      readonly expectedVersion: number;
    }
  | {
      readonly op: 'delete';
      readonly dossier: string;
      readonly id: string;
      readonly expectedVersion: number;
    };

export async function editRecord(
  store: Store,
  edit: RecordEdit,
  who: Attribution,
): Promise<AppliedChange> {
  const records = await store.currentRecords(edit.dossier);
  if (records.length === 0)
    throw new DetenteError('not_found', `no dossier "${edit.dossier}" in the store`);
  let id: string;
  let collection: string;
  let data: unknown;
  if (edit.op === 'delete') {
    const found = records.find((r) => r.id === edit.id);
    if (!found) throw new DetenteError('not_found', `no record "${edit.id}" in ${edit.dossier}`);
    ({ id, collection } = { id: edit.id, collection: found.collection });
  } else {
    const parsed = COLLECTIONS[edit.collection].safeParse(edit.data);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({
        id: 'invalid_argument' as const,
        field: i.path.join('.') || '(record)',
        message: `${i.path.join('.') || 'record'}: ${i.message}`,
      }));
      throw new DetenteError(
        'invalid_argument',
        problems.map((p) => p.message).join('; '),
        problems,
      );
    }
    data = parsed.data;
    id = parsed.data.id;
    collection = edit.collection;
  }
  const after = records.filter((r) => r.id !== id);
  if (edit.op !== 'delete') after.push({ dossier: edit.dossier, collection, id, version: 0, data });
  const [dossier] = dossiersFromRecords(after);
  const problems = checkIntegrity(dossier as Dossier);
  if (problems.length > 0) {
    throw new DetenteError(
      problems[0]?.id === 'conflicting_measures' ? 'conflicting_measures' : 'invalid_argument',
      `the change would break the dossier: ${problems.map((p) => `${p.record} ${p.field}: ${p.message}`).join('; ')}`,
      problems,
    );
  }
  const base = { dossier: edit.dossier, collection, id };
  return store.apply({
    ...who,
    ops: [
      edit.op === 'create'
        ? { ...base, op: 'create', data }
        : edit.op === 'update'
          ? { ...base, op: 'update', data, expectedVersion: edit.expectedVersion }
          : { ...base, op: 'delete', expectedVersion: edit.expectedVersion },
    ],
  });
}
