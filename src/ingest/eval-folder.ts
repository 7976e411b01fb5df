/**
 * Reading a labelled folder for the scorer: `index.json` (a list of { id, pub_date, url }),
 * and for each id `<id>.txt` and `<id>.expected.json`; optionally `actors.json`, an actor
 * directory passed to every extraction. Every problem is reported with its file, and nothing
 * is scored from a half-read folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DetenteError, type Problem } from '../core/errors.ts';
import { labelsAsExtraction } from './agreement.ts';
import type { ActorDirectoryEntry, ExtractInput } from './candidates.ts';
import { findDates } from './dates.ts';
import { ExpectedSchema, IndexSchema, type Expected } from './eval.ts';
import { extract } from './extract.ts';
import type { ScoredText } from './eval.ts';
import { typeset, type Typeset } from './typeset.ts';

export interface LabelledText {
  readonly id: string;
  readonly input: ExtractInput;
  readonly expected: Expected;
}

/**
 * Without a publication date, the first date written with its year stands in for it, a
 * dateline's included ("JAKARTA, Nov. 4, 2026 (Wire) -").
 */
export function fallbackDate(text: string): string {
  return (
    findDates(text, '2000-01-01', { datelines: true }).find((d) => !d.inferred)?.iso ?? '2000-01-01'
  );
}

function readJson(path: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    problems.push({
      id: 'invalid_argument',
      file: path,
      message: e instanceof Error ? e.message : String(e),
    });
    return undefined;
  }
}

/** The expected records of one file, or undefined with its problems added to `problems`. */
function readExpected(path: string, problems: Problem[]): Expected | undefined {
  const expected = ExpectedSchema.safeParse(readJson(path, problems));
  if (expected.success) return expected.data;
  for (const i of expected.error.issues)
    problems.push({
      id: 'invalid_argument',
      file: path,
      field: i.path.join('.'),
      message: i.message,
    });
  return undefined;
}

/**
 * Reads a labelled folder, its texts set in the typesets `forms` if any are given (see
 * typeset.ts).
 *
 * @throws DetenteError `invalid_argument` listing every unreadable or malformed file.
 */
export function loadLabelledFolder(dir: string, forms: readonly Typeset[] = []): LabelledText[] {
  const problems: Problem[] = [];
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) {
    throw new DetenteError('invalid_argument', `${dir} has no index.json`);
  }
  const index = IndexSchema.safeParse(readJson(indexPath, problems));
  if (!index.success) {
    throw new DetenteError(
      'invalid_argument',
      `${indexPath}: ${index.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      problems,
    );
  }
  let actors: ActorDirectoryEntry[] = [];
  const actorsPath = join(dir, 'actors.json');
  if (existsSync(actorsPath))
    actors = (readJson(actorsPath, problems) as ActorDirectoryEntry[] | undefined) ?? [];
  const out: LabelledText[] = [];
  for (const item of index.data) {
    const textPath = join(dir, `${item.id}.txt`);
    const expectedPath = join(dir, `${item.id}.expected.json`);
    let raw: string;
    try {
      raw = readFileSync(textPath, 'utf8');
    } catch {
      problems.push({ id: 'invalid_argument', file: textPath, message: 'missing or unreadable' });
      continue;
    }
    const expected = readExpected(expectedPath, problems);
    if (!expected) continue;
    const published = item.pub_date ?? fallbackDate(raw);
    out.push({
      id: item.id,
      input: {
        text: typeset(raw, forms, published),
        published,
        actors,
        ...(item.url ? { url: item.url } : {}),
      },
      expected,
    });
  }
  failOn(problems, dir);
  return out;
}

function failOn(problems: readonly Problem[], dir: string): void {
  if (problems.length > 0) {
    throw new DetenteError(
      'invalid_argument',
      `${problems.length} problem(s) in the labelled folder ${dir}`,
      [...problems],
    );
  }
}

/**
 * A second annotator's labels of a labelled folder's texts, read as extractions for `score`:
 * `<id>.expected.json` in `dir` for every text of `texts` (see agreement.ts).
 *
 * @throws DetenteError `invalid_argument` listing every missing or malformed file.
 */
export function loadSecondLabels(dir: string, texts: readonly LabelledText[]): ScoredText[] {
  const problems: Problem[] = [];
  const out: ScoredText[] = [];
  for (const t of texts) {
    const path = join(dir, `${t.id}.expected.json`);
    if (!existsSync(path)) {
      problems.push({ id: 'invalid_argument', file: path, message: 'missing' });
      continue;
    }
    const second = readExpected(path, problems);
    if (second)
      out.push({
        id: t.id,
        expected: t.expected,
        extraction: labelsAsExtraction(second, t.input.published),
      });
  }
  failOn(problems, dir);
  return out;
}

/** Runs the extractor over a labelled folder, ready for `score`. */
export function extractLabelled(texts: readonly LabelledText[]): ScoredText[] {
  return texts.map((t) => ({ id: t.id, expected: t.expected, extraction: extract(t.input) }));
}
