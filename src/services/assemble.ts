/** Turns stored records back into dossiers, and several dossiers into one catalog's worth. */
import type { CollectionName, Dossier, Manifest } from '../core/model/dossier.ts';
import { COLLECTION_NAMES } from '../core/model/dossier.ts';
import type { StoredRecord } from '../store/store.ts';

/** The collection name under which a dossier's manifest is stored. */
export const MANIFEST = 'manifest';

const emptyCollections = () =>
  Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [] as unknown[]])) as Record<
    CollectionName,
    unknown[]
  >;

/** Records grouped by dossier, in stored order. Records were validated when written. */
export function dossiersFromRecords(records: readonly StoredRecord[]): Dossier[] {
  const byDossier = new Map<
    string,
    { manifest?: Manifest; collections: Record<CollectionName, unknown[]> }
  >();
  for (const r of records) {
    let d = byDossier.get(r.dossier);
    if (!d) byDossier.set(r.dossier, (d = { collections: emptyCollections() }));
    if (r.collection === MANIFEST) d.manifest = r.data as Manifest;
    else d.collections[r.collection as CollectionName]?.push(r.data);
  }
  return [...byDossier.entries()].map(
    ([id, d]) =>
      ({
        manifest: d.manifest ?? { id, title: id, parties: [] },
        ...d.collections,
      }) as unknown as Dossier,
  );
}

/** One dossier holding every record of several (ids are unique across the store). */
export function mergeDossiers(dossiers: readonly Dossier[]): Dossier {
  if (dossiers.length === 1) return dossiers[0] as Dossier;
  const collections = emptyCollections();
  for (const d of dossiers) for (const n of COLLECTION_NAMES) collections[n].push(...d[n]);
  const parties = [...new Set(dossiers.flatMap((d) => d.manifest.parties))];
  const manifest: Manifest = {
    id: 'all',
    title:
      dossiers.length === 0 ? 'Empty store' : dossiers.map((d) => d.manifest.title).join(' + '),
    parties,
  };
  return { manifest, ...collections } as unknown as Dossier;
}
