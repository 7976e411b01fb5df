/**
 * Use case: write a dossier from the store back to files: the manifest and one YAML file per
 * collection, records in the order they were first written. Import → export → import is
 * lossless: the second import finds nothing to change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DetenteError } from '../core/errors.ts';
import { COLLECTION_NAMES } from '../core/model/dossier.ts';
import type { Store } from '../store/store.ts';
import { MANIFEST } from './assemble.ts';

export interface ExportReport {
  readonly dossier: string;
  readonly dir: string;
  readonly files: readonly string[];
  readonly records: number;
}

const header = (schema: string, what: string) =>
  `# yaml-language-server: $schema=../schema/${schema}.schema.json\n# ${what}, exported by detente export.\n`;

export async function exportDossier(
  store: Store,
  dossier: string,
  dir: string,
  asKnownOn?: string,
): Promise<ExportReport> {
  const records = (
    asKnownOn ? await store.recordsAsKnownOn(asKnownOn) : await store.currentRecords(dossier)
  ).filter((r) => r.dossier === dossier);
  const manifest = records.find((r) => r.collection === MANIFEST);
  if (!manifest) throw new DetenteError('not_found', `no dossier "${dossier}" in the store`);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, schema: string, what: string, value: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, header(schema, what) + stringify(value, { lineWidth: 0 }));
    files.push(file);
  };
  write('dossier.yaml', 'dossier', 'The dossier manifest', manifest.data);
  for (const collection of COLLECTION_NAMES) {
    const list = records.filter((r) => r.collection === collection).map((r) => r.data);
    write(`${collection}.yaml`, collection, `The ${collection} of ${dossier}`, list);
  }
  return { dossier, dir, files, records: records.length };
}
