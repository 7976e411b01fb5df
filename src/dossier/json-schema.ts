/**
 * JSON Schemas for dossier files, generated from the same zod schemas the reader validates
 * with, so editors can check a dossier as it is typed. `detente schema --out dossier/schema`
 * writes them; a test keeps the committed copies in step with the code.
 */
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS, ManifestSchema } from '../core/model/dossier.ts';

const generate = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

/** File name → JSON Schema, for the manifest and every collection file. */
export function dossierJsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {
    'dossier.schema.json': {
      title: 'Détente dossier manifest (dossier.yaml)',
      ...generate(ManifestSchema),
    },
  };
  for (const name of COLLECTION_NAMES) {
    const { $schema, ...record } = generate(COLLECTIONS[name]) as { $schema?: string };
    out[`${name}.schema.json`] = {
      $schema,
      title: `Détente dossier: ${name}.yaml`,
      description: `A list of ${name} records, or one record.`,
      anyOf: [{ type: 'array', items: record }, record],
    };
  }
  return out;
}
