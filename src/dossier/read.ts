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
  let size: number;
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) {
      problems.push({ id: 'invalid_dossier', file: shown, message: 'is not a regular file' });
      return undefined;
    }
    size = stat.size;
    bytes = size > MAX_FILE_BYTES ? Buffer.alloc(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    problems.push({ id: 'invalid_dossier', file: shown, message: `cannot be read (${code})` });
    return undefined;
  }
  if (size > MAX_FILE_BYTES) {
    problems.push({
      id: 'invalid_dossier',
      file: shown,
      message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; dossier files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({ id: 'invalid_dossier', file: shown, message: 'file is not valid UTF-8 text' });
    return undefined;
  }
}

/** Parses YAML (JSON is YAML) into records with their line numbers. */
function parseRecords(path: string, shown: string, problems: LocatedProblem[]): RawRecord[] {
  const text = readText(path, shown, problems);
  if (text === undefined) return [];
  if (path.endsWith('.json')) {
    const fast = parseJson(text, shown);
    if (fast) return fast;
  }
  return parseYaml(text, shown, problems);
}

/**
 * JSON files through JSON.parse, many times faster than the YAML parser. Line numbers are
 * found only when a problem needs one (by parsing the file again as YAML); a file that is not
 * valid JSON goes to the YAML parser, which reports where it breaks.
 */
function parseJson(text: string, shown: string): RawRecord[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  let lines: (number | undefined)[] | undefined;
  const lineOf = (index: number) =>
    (lines ??= parseYaml(text, shown, []).map((r) => r.line))[index];
  const record = (v: unknown, index: number): RawRecord => ({
    value: v,
    file: shown,
    index,
    get line() {
      return lineOf(index);
    },
  });
  if (Array.isArray(value)) return value.map(record);
  if (value !== null && typeof value === 'object') return [record(value, 0)];
  return undefined;
}

function parseYaml(text: string, shown: string, problems: LocatedProblem[]): RawRecord[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        id: 'invalid_dossier',
        file: shown,
        line: lineCounter.linePos(e.pos[0]).line,
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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    problems.push({
      id: 'invalid_dossier',
      file: shown,
      message: `not valid YAML: ${(e as Error).message}`,
    });
    return [];
  }
  if (isSeq(contents) && Array.isArray(value)) {
    return contents.items.map((item, index) => ({
      value: value[index] as unknown,
      file: shown,
      line: lineOf(item),
      index,
    }));
  }
  if (isMap(contents)) return [{ value, file: shown, line: lineOf(contents), index: 0 }];
  problems.push({
    id: 'invalid_dossier',
    file: shown,
    message: 'expected a list of records or one record',
  });
  return [];
}

const readFirstValue = (records: readonly RawRecord[]) => records[0]?.value;

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
    const before = problems.length;
    const file = shown(manifestFile);
    const records = parseRecords(manifestFile, file, problems);
    const [raw] = records;
    if (problems.length > before) {
      // the file itself could not be read; its problems are already reported
    } else if (!raw) {
      problems.push({ id: 'invalid_dossier', file, message: 'the manifest is empty' });
    } else if (records.length !== 1 || Array.isArray(readFirstValue(records))) {
      problems.push({
        id: 'invalid_dossier',
        file,
        message: 'the manifest is one mapping (id, title, parties), not a list',
      });
    } else {
      manifest = validate(ManifestSchema, raw, problems);
    }
  }
  const located = new Map<string, RawRecord>();
  const collections: Partial<Record<CollectionName, unknown[]>> = {};
  for (const name of COLLECTION_NAMES) {
    const records: unknown[] = [];
    for (const file of collectionFiles(dir, name)) {
      for (const raw of parseRecords(file, shown(file), problems)) {
        const record = validate(COLLECTIONS[name], raw, problems);
        if (!record) continue;
        const first = located.get(record.id);
        if (first) {
          problems.push({
            id: 'invalid_dossier',
            file: raw.file,
            line: raw.line,
            record: record.id,
            field: 'id',
            message: `id "${record.id}" is already used at ${first.file}${first.line ? `:${first.line}` : ''}`,
          });
          continue;
        }
        located.set(record.id, raw);
        records.push(record);
      }
    }
    collections[name] = records;
  }
  if (problems.length > 0 || !manifest) return { ok: false, problems };
  const dossier = { manifest, ...collections } as Dossier;
  const integrity = checkIntegrity(dossier).map((p) => {
    const at = p.record ? located.get(p.record) : undefined;
    return at ? { ...p, file: at.file, line: at.line } : p;
  });
  if (integrity.length > 0) return { ok: false, problems: integrity };
  return { ok: true, dossier, files: new Map([...located].map(([id, at]) => [id, at.file])) };
}
