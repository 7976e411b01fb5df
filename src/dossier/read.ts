/**
 * Reads a dossier folder: `dossier.yaml` (the manifest) and one file or folder per collection
 * (`measures.yaml`, or `measures/*.yaml`; JSON works too). Every problem is located by file,
 * line, record id and field; nothing is half-read: a dossier with any problem is not returned.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap } from 'yaml';
import type { z } from 'zod';
import { checkIntegrity } from '../core/integrity.ts';
import type { Problem } from '../core/errors.ts';
import { COLLECTION_NAMES, COLLECTIONS, ManifestSchema } from '../core/model/dossier.ts';
import type { CollectionName, Dossier, Manifest } from '../core/model/dossier.ts';

/** Largest dossier file read, in bytes: bigger files are refused, not parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const DATA_FILE = /\.(ya?ml|json)$/;

export interface LocatedProblem extends Problem {
  readonly line?: number | undefined;
}

export type ReadResult =
  | { readonly ok: true; readonly dossier: Dossier; readonly files: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly problems: readonly LocatedProblem[] };

interface RawRecord {
  readonly value: unknown;
  readonly file: string;
  readonly line: number | undefined;
  readonly index: number;
}

/** Reads one file as strict UTF-8 text, or reports why it cannot. */
function readText(path: string, shown: string, problems: LocatedProblem[]): string | undefined {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    problems.push({
      id: 'invalid_dossier',
      file: shown,
      message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; dossier files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    problems.push({ id: 'invalid_dossier', file: shown, message: 'file is not valid UTF-8 text' });
    return undefined;
  }
}

/** Parses YAML (JSON is YAML) into records with their line numbers. */
function parseRecords(path: string, shown: string, problems: LocatedProblem[]): RawRecord[] {
  const text = readText(path, shown, problems);
  if (text === undefined) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        id: 'invalid_dossier',
        file: shown,
        line: e.linePos?.[0]?.line,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return [];
  }
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const contents = doc.contents;
  if (contents === null) return [];
  if (isSeq(contents)) {
    return contents.items.map((item, index) => ({
      value: (item as { toJSON?: () => unknown })?.toJSON?.() ?? item,
      file: shown,
      line: lineOf(item),
      index,
    }));
  }
  if (isMap(contents))
    return [{ value: contents.toJSON(), file: shown, line: lineOf(contents), index: 0 }];
  problems.push({
    id: 'invalid_dossier',
    file: shown,
    message: 'expected a list of records or one record',
  });
  return [];
}

function collectionFiles(dir: string, name: CollectionName): string[] {
  const files: string[] = [];
  for (const ext of ['yaml', 'yml', 'json']) {
    const f = join(dir, `${name}.${ext}`);
    if (existsSync(f)) files.push(f);
  }
  const sub = join(dir, name);
  if (existsSync(sub) && statSync(sub).isDirectory()) {
    for (const f of readdirSync(sub).sort()) if (DATA_FILE.test(f)) files.push(join(sub, f));
  }
  return files;
}

const recordName = (raw: RawRecord) => {
  const id = (raw.value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${raw.index + 1}`;
};

function validate<S extends z.ZodType>(
  schema: S,
  raw: RawRecord,
  problems: LocatedProblem[],
): z.infer<S> | undefined {
  const parsed = schema.safeParse(raw.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({
      id: 'invalid_dossier',
      file: raw.file,
      ...(raw.line !== undefined ? { line: raw.line } : {}),
      record: recordName(raw),
      field: issue.path.join('.') || '(record)',
      message: issue.message,
    });
  }
  return undefined;
}

/**
 * Reads and checks a dossier folder.
 *
 * @example
 * const read = readDossier('dossier/canada-china');
 * if (!read.ok) for (const p of read.problems) console.error(p.file, p.record, p.field, p.message);
 */
export function readDossier(dir: string): ReadResult {
  const problems: LocatedProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      ok: false,
      problems: [{ id: 'not_found', file: dir, message: 'no such dossier folder' }],
    };
  }
  const shown = (f: string) => relative(dir, f) || basename(f);
  const manifestFile = ['dossier.yaml', 'dossier.yml', 'dossier.json']
    .map((f) => join(dir, f))
    .find(existsSync);
  let manifest: Manifest | undefined;
  if (!manifestFile) {
    problems.push({
      id: 'invalid_dossier',
      file: 'dossier.yaml',
      message: 'the manifest dossier.yaml is missing',
    });
  } else {
    const [raw] = parseRecords(manifestFile, shown(manifestFile), problems);
    if (raw) manifest = validate(ManifestSchema, raw, problems);
  }
  const fileOf = new Map<string, string>();
  const collections: Partial<Record<CollectionName, unknown[]>> = {};
  for (const name of COLLECTION_NAMES) {
    const records: unknown[] = [];
    for (const file of collectionFiles(dir, name)) {
      for (const raw of parseRecords(file, shown(file), problems)) {
        const record = validate(COLLECTIONS[name], raw, problems);
        if (record) {
          records.push(record);
          if (!fileOf.has(record.id)) fileOf.set(record.id, raw.file);
        }
      }
    }
    collections[name] = records;
  }
  if (problems.length > 0 || !manifest) return { ok: false, problems };
  const dossier = { manifest, ...collections } as Dossier;
  const integrity = checkIntegrity(dossier).map((p) => {
    const file = p.record ? fileOf.get(p.record) : undefined;
    return file ? { ...p, file } : p;
  });
  if (integrity.length > 0) return { ok: false, problems: integrity };
  return { ok: true, dossier, files: fileOf };
}
