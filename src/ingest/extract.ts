/**
 * The text extractor: a news article or a government readout in, candidate records out
 * (measures, engagements, quotes, positions), each pointing at the characters that support
 * it. Pure and deterministic: no I/O, no clock; dates are resolved against `published`.
 *
 * @example
 * const x = extract({ text: 'China will impose a 100% tariff on Canadian canola oil from March 20.', published: '2025-03-08' });
 * x.candidates[0]; // { type: 'measure', imposer: { jurisdiction: 'CHN' … }, rates: [{ bp: 10000 … }] … }
 */
import { DetenteError } from '../core/errors.ts';
import { isIsoDate } from '../core/dates.ts';
import type { ActorDirectoryEntry, Candidate, ExtractInput, Extraction } from './candidates.ts';
import { buildDoc } from './doc.ts';
import { findEngagements } from './engagements.ts';
import { findMeasures } from './measures.ts';
import { findPositions } from './positions.ts';
import { findQuotes } from './quotes.ts';
import { prepareText } from './text.ts';
import {
  NO_LETTERING,
  lettered,
  letteringOf,
  mapStrings,
  toWorkingText,
  withMarks,
  withoutFurniture,
  withStandIns,
  WIDE,
  type Lettering,
} from './working-text.ts';

/**
 * The actor directory in the working text's writing: its marks as stand-ins, kept for as long as
 * the directory lives (a directory is passed with every text of a batch), then its letters as
 * the text's lettering writes them.
 */
const directories = new WeakMap<readonly ActorDirectoryEntry[], ActorDirectoryEntry[]>();
function directoryInWriting(
  actors: readonly ActorDirectoryEntry[],
  lettering: Lettering,
): readonly ActorDirectoryEntry[] {
  let written = directories.get(actors);
  if (written === undefined) {
    written = mapStrings([...actors], withStandIns);
    directories.set(actors, written);
  }
  return lettering.written.size === 0
    ? written
    : mapStrings(written, (s) => lettered(s, lettering.written));
}

/** Every string of the directory, once per directory: letters a lettering must leave alone. */
const directoryText = new WeakMap<readonly ActorDirectoryEntry[], string[]>();
function directoryStrings(actors: readonly ActorDirectoryEntry[]): string[] {
  let strings = directoryText.get(actors);
  if (strings === undefined) {
    strings = [JSON.stringify(actors)];
    directoryText.set(actors, strings);
  }
  return strings;
}

/**
 * Extracts candidate records from a text.
 *
 * @throws DetenteError `invalid_text` for an empty, binary or too large text; `invalid_date`
 * when `published` is not a calendar date.
 */
export function extract(input: ExtractInput): Extraction {
  if (typeof input.text !== 'string') {
    throw new DetenteError('invalid_text', 'the text must be a string');
  }
  if (!isIsoDate(input.published)) {
    throw new DetenteError(
      'invalid_date',
      `the publication date "${input.published}" is not a calendar date (YYYY-MM-DD)`,
    );
  }
  const prepared = prepareText(input.text);
  const base = {
    text: prepared.text,
    published: input.published,
    url: input.url ?? null,
    title: input.title ?? null,
    language: prepared.language,
    warnings: [...prepared.warnings],
  };
  if (prepared.language !== null) return { ...base, candidates: [] };
  // The patterns read the working text (see working-text.ts), with a news page's furniture left
  // out, and the names of the actors in its writing; what they find is written back with the
  // text's own marks.
  const actors = input.actors ?? [];
  const lettering = letteringOf(prepared.text, () => directoryStrings(actors));
  const marked = toWorkingText(prepared.text, lettering);
  const rewritten = marked !== prepared.text;
  // letters are written only in a working text left one byte wide
  const letters = lettering !== null && !WIDE.test(marked) ? lettering : NO_LETTERING;
  const doc = buildDoc(
    withoutFurniture(marked),
    input.published,
    rewritten ? directoryInWriting(actors, letters) : actors,
  );
  const found: Candidate[] = [
    ...findMeasures(doc),
    ...findEngagements(doc),
    ...findQuotes(doc),
    ...findPositions(doc),
  ];
  const restore = (s: string) => lettered(withMarks(s), letters.read);
  const candidates = (rewritten ? mapStrings(found, restore) : found).sort(
    (a, b) => a.span.start - b.span.start || a.key.localeCompare(b.key),
  );
  return { ...base, candidates };
}
