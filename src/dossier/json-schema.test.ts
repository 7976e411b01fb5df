import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dossierJsonSchemas } from './json-schema.ts';

const committed = (file: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../dossier/schema/${file}`, import.meta.url)), 'utf8'),
  );

describe('dossier JSON Schemas', () => {
  it('match the committed copies in dossier/schema (run `detente schema --out dossier/schema`)', () => {
    for (const [file, schema] of Object.entries(dossierJsonSchemas())) {
      expect(committed(file), file).toEqual(schema);
    }
  });

  it('describe rates as integer basis points and ids as kebab-case', () => {
    const text = JSON.stringify(dossierJsonSchemas()['measures.schema.json']);
    expect(text).toContain('"bp":{"type":"integer"');
    expect(text).toContain('^[a-z0-9][a-z0-9-]*$');
  });
});
