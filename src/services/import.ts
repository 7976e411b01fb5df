/**
 * Use case: import a dossier folder into the store. Atomic (any problem: nothing written),
 * idempotent (the same files again change nothing, and say so) and attributed (the change is
 * authored by the import, with the files' git commit when there is one).
 */
import { canonicalJson } from '../core/diff.ts';
import { DetenteError } from '../core/errors.ts';
import type { Problem } from '../core/errors.ts';
import { COLLECTION_NAMES } from '../core/model/dossier.ts';
import { gitOrigin } from '../dossier/git.ts';
import { readDossier } from '../dossier/read.ts';
import type { ChangeOp, Store } from '../store/store.ts';
import { MANIFEST } from './assemble.ts';

export interface ImportReport {
  readonly dossier: string;
  readonly dir: string;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  /** The change written, or null when the store already held exactly these records. */
  readonly changeId: number | null;
  readonly origin: string | null;
}

export interface ImportOptions {
  readonly at: string;
  readonly author?: string;
  readonly reason?: string;
}

export async function importDossier(
  store: Store,
  dir: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const read = readDossier(dir);
  if (!read.ok) {
    throw new DetenteError(
      'invalid_dossier',
      `nothing imported: ${dir} has ${read.problems.length} problem(s)`,
      read.problems,
    );
  }
  const { dossier } = read;
  const dossierId = dossier.manifest.id;
  const incoming = new Map<string, { collection: string; data: unknown }>();
  incoming.set(dossierId, { collection: MANIFEST, data: dossier.manifest });
  for (const collection of COLLECTION_NAMES) {
    for (const record of dossier[collection]) incoming.set(record.id, { collection, data: record });
  }

  const current = await store.currentRecords();
  const clashes: Problem[] = current
    .filter((r) => r.dossier !== dossierId && r.collection !== MANIFEST && incoming.has(r.id))
    .map((r) => ({
      id: 'invalid_dossier',
      file: read.files.get(r.id),
      record: r.id,
      field: 'id',
      message: `id "${r.id}" is already used by dossier ${r.dossier} in the store`,
    }));
  if (clashes.length > 0) {
    throw new DetenteError(
      'invalid_dossier',
      `nothing imported: ${clashes.length} id(s) clash with other dossiers`,
      clashes,
    );
  }

  const ops: ChangeOp[] = [];
  let unchanged = 0;
  const existing = new Map(current.filter((r) => r.dossier === dossierId).map((r) => [r.id, r]));
  for (const [id, { collection, data }] of incoming) {
    const before = existing.get(id);
    if (!before) ops.push({ op: 'create', dossier: dossierId, collection, id, data });
    else if (
      before.collection !== collection ||
      canonicalJson(before.data) !== canonicalJson(data)
    ) {
      ops.push({
        op: 'update',
        dossier: dossierId,
        collection,
        id,
        data,
        expectedVersion: before.version,
      });
    } else unchanged++;
  }
  for (const [id, before] of existing) {
    if (!incoming.has(id))
      ops.push({
        op: 'delete',
        dossier: dossierId,
        collection: before.collection,
        id,
        expectedVersion: before.version,
      });
  }
  const origin = gitOrigin(dir);
  const count = (op: ChangeOp['op']) => ops.filter((o) => o.op === op).length;
  const report = {
    dossier: dossierId,
    dir,
    created: count('create'),
    updated: count('update'),
    deleted: count('delete'),
    unchanged,
    origin,
  };
  if (ops.length === 0) return { ...report, changeId: null };
  const applied = await store.apply({
    at: options.at,
    author: options.author ?? `import of ${dossierId}`,
    reason: options.reason ?? `import from ${dir}`,
    origin: origin ?? undefined,
    ops,
  });
  return { ...report, changeId: applied.changeId };
}
