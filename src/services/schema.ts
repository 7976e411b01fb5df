/** Use case: write the dossier JSON Schemas to a folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dossierJsonSchemas } from '../dossier/json-schema.ts';

export function writeDossierSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(dossierJsonSchemas()).map(([file, schema]) => {
    writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
    return join(dir, file);
  });
}
