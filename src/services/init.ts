/** Use case: make sure the store holds the built-in dossier (first run). */
import type { Store } from '../store/store.ts';
import { BUILTIN_DOSSIER } from './builtin.ts';
import { importDossier } from './import.ts';
import type { ImportReport } from './import.ts';

export interface InitReport {
  readonly location: string;
  /** The import, or null when the store already held records. */
  readonly imported: ImportReport | null;
  readonly revision: number;
}

export async function initStore(store: Store, at: string): Promise<InitReport> {
  if ((await store.revision()) > 0)
    return { location: store.location, imported: null, revision: await store.revision() };
  const imported = await importDossier(store, BUILTIN_DOSSIER, {
    at,
    author: 'detente init',
    reason: 'first run: the built-in dossier',
  });
  return { location: store.location, imported, revision: await store.revision() };
}
