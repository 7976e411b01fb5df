/**
 * One prepared text with everything found in it once: sentences, places, people, dates. The
 * candidate finders read from it and never scan the whole text again.
 */
import type { ActorDirectoryEntry, Mention, ProductMention, Span } from './candidates.ts';
import { findDates, type DateMention } from './dates.ts';
import { findProducts, type ProductHit } from './lexicon.ts';
import { findCompanies, findPeople, type CompanyName, type PersonMention } from './people.ts';
import { findPlaces, placeCode, regionIn, type PlaceMention } from './places.ts';
import { findQuoted, insideAny, splitSentences, type Range, type Sentence } from './sentences.ts';

export interface Doc {
  readonly text: string;
  readonly published: string;
  readonly sentences: readonly Sentence[];
  readonly places: readonly PlaceMention[];
  readonly people: readonly PersonMention[];
  readonly dates: readonly DateMention[];
  /** products of the lexicon, found once for the whole text */
  readonly products: readonly ProductHit[];
  /** the spans between quotation marks, marks included */
  readonly quoted: readonly Range[];
  /** the companies named in full ("Hanul Materials Co."), whose first word stands for them */
  readonly companies: readonly CompanyName[];
  /** the dateline opening the text, if it has one */
  readonly dateline: Dateline | null;
}

/** "BEIJING, Jan 15 - ": the place it names (as written) and where it ends. */
export interface Dateline {
  readonly place: string;
  /** what follows the place up to the dash: a second city, the agency, a date */
  readonly rest: string;
  readonly end: number;
}

/** True when the offset lies between quotation marks. */
export const isQuoted = (doc: Doc, at: number) => insideAny(doc.quoted, at);

export function buildDoc(
  text: string,
  published: string,
  directory: readonly ActorDirectoryEntry[],
): Doc {
  const quoted = findQuoted(text);
  const companies = findCompanies(text);
  return {
    text,
    published,
    sentences: splitSentences(text),
    places: findPlaces(text),
    people: findPeople(text, { directory, date: published, quoted, companies }),
    dates: findDates(text, published),
    quoted,
    companies,
    products: findProducts(text),
    dateline: findDateline(text),
  };
}

/** The items of a list sorted by `start` that lie inside [start, end) (binary search). */
export function within<T extends Range>(items: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length; k++) {
    const i = items[k] as T;
    if (i.start >= end) break;
    if (i.end <= end) out.push(i);
  }
  return out;
}

export const span = (start: number, end: number): Span => ({ start, end });

/** The line holding the offset: its start and end. */
export function lineAround(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return span(start, end < 0 ? text.length : end);
}

/** The lines above the one `at` is in, nearest first, `limit` of them at most. */
export function* linesAbove(text: string, at: number, limit: number): Generator<Span> {
  for (let end = lineAround(text, at).start - 1, k = 0; end > 0 && k < limit; k++) {
    const line = lineAround(text, end);
    end = line.start - 1;
    yield line;
  }
}

/** How often the text names each country before `at` (all of it by default), most named first. */
export function placeCounts(doc: Doc, at = Infinity): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of doc.places) if (p.end <= at) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1]);
}

/** True for what lies outside all the spans. */
export const outside = (spans: readonly Span[]) => (x: Span) =>
  !spans.some((a) => a.start <= x.start && x.end <= a.end);

export function placeMention(p: PlaceMention): Mention {
  return { text: p.text, span: span(p.start, p.end), actor: null, jurisdiction: p.code };
}

/** Goods of the lexicon as a mention, with their own copy of the HS codes. */
export function productMention(
  p: Pick<ProductHit, 'text' | 'start' | 'end' | 'hs'>,
): ProductMention {
  return { text: p.text, span: span(p.start, p.end), hs: [...p.hs] };
}

/**
 * A person as a mention. A bare title ("the Prime Minister") points at the words that named
 * the person before, so that the mention says who it is and still slices to its text.
 */
export function personMention(p: PersonMention): Mention {
  const at = p.antecedent ?? p;
  return {
    text: at.text,
    span: span(at.start, at.end),
    actor: p.actor,
    jurisdiction: p.jurisdiction,
  };
}

/** Rounds a confidence to two decimals inside [0, 1]. */
export const clampConfidence = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/**
 * The end of a line that ends as a sentence does, or leads on to the next (a list's "…:"): a
 * closing quotation mark counts after the sentence's own mark ("… he said: “We will.”"), but
 * not alone, as a headline ends on a quote ("Steelworkers say surtax “buys time, not jobs”").
 */
const SENTENCE_END = /[.!?:;,]["”\x94’\x92']*$/;

const headings = new WeakMap<Doc, number>();

/**
 * How many lines open the text as headings: lines each standing alone as a paragraph and not
 * ending as a sentence does, before the first that does ("PRESS RELEASE", a ministry's name,
 * the title, a date line). The last line of a text is never one.
 */
function headingCount(doc: Doc): number {
  const known = headings.get(doc);
  if (known !== undefined) return known;
  let n = 0;
  for (;;) {
    const s = doc.sentences[n];
    const next = doc.sentences[n + 1];
    if (!s || !next || next.paragraph === s.paragraph) break;
    if (SENTENCE_END.test(doc.text.slice(s.start, s.end))) break;
    n++;
  }
  headings.set(doc, n);
  return n;
}

/**
 * True for a headline: one of the lines opening a text with more after it, each standing alone
 * as a paragraph and not ending as a sentence does ("PRESS RELEASE", "Ministry of Commerce",
 * then the title). Headlines repeat the story in short and are not read for measures or
 * engagements.
 */
export const isHeadline = (doc: Doc, index: number) => index < headingCount(doc);

/** The index of the first sentence after the headlines. */
export const firstSentence = (doc: Doc) => headingCount(doc);

/** Words before a date that make it an end, a start from then on, or a deadline. */
const NOT_EVENT_CUE =
  /\b(?:from|until|till|through|by|since|starting|effective|beginning|before|after|next|as of)\s+(?:on\s+)?$/i;

/** The first date in [start, end) that says when something happened (not "until", "from"). */
export function eventDateIn(doc: Doc, start: number, end: number): DateMention | undefined {
  return within(doc.dates, start, end).find(
    (d) =>
      !isQuoted(doc, d.start) &&
      !NOT_EVENT_CUE.test(doc.text.slice(Math.max(start, d.start - 20), d.start)),
  );
}

const textDates = new WeakMap<Doc, DateMention | null>();

/**
 * The date the text states for itself: the first date that says when something happened,
 * in the headline, a dateline or the first two sentences after it ("Call with …, 12 February";
 * "said on Tuesday"). Statements and quotes later in a dated readout take it; a text that
 * states no date gives null, and the review queue falls back to the publication date.
 */
export function textDate(doc: Doc): DateMention | null {
  const known = textDates.get(doc);
  if (known !== undefined) return known;
  const lead = doc.sentences[Math.min(doc.sentences.length - 1, firstSentence(doc) + 1)];
  const found = lead ? (eventDateIn(doc, 0, lead.end) ?? null) : null;
  textDates.set(doc, found);
  return found;
}

/**
 * A dateline opening a text: "BEIJING, Jan 15 - ", "WASHINGTON/VANCOUVER - ", "NEW DELHI: ",
 * "OTTAWA -- " (a dash typed as two hyphens), "HANOI (wire) -- " (the agency in brackets),
 * "SÃO PAULO — " (capitals with accents), "LIMA—" (a long dash set close, after a place of
 * three letters or more, an agency or a date: "EU—China talks" is none).
 */
export const DATELINE =
  /^(\p{Lu}[\p{Lu}'’\x92.-]+(?:[ \t]\p{Lu}[\p{Lu}'’\x92.-]+)*)(?:\/[^\n,]*)?(?:[ \t]*\([^)\n]{1,30}\))?(?:,[^\n]{0,30}?)?[ \t]*(?:(?:--|[-–\x96—\x97:])[ \t]|(?<=[\p{Lu}.'’\x92-]{3}|[)\d])[–\x96—\x97](?=\p{Lu}))/mu;

function findDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 400));
  if (!m?.[1]) return null;
  return { place: m[1], rest: m[0].slice(m[1].length), end: m.index + m[0].length };
}

/**
 * Where the text's dateline ends (0 when it has none): a date in it ("GYEONGJU, South Korea,
 * Oct 31 (Wire) - ") says when the text was filed, not when anything in it happened.
 */
export const datelineEnd = (doc: Doc) => doc.dateline?.end ?? 0;

/** Words written in capitals, as a name is written: "SÃO PAULO" → "São Paulo", "TÜRKİYE" → "Türkiye". */
export const nameCase = (words: string) =>
  words
    .replace(/İ/g, 'I')
    .toLowerCase()
    .replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());

/** The city of a text's dateline, written as a name is (nameCase). */
export const datelineCity = (doc: Doc): string | undefined =>
  doc.dateline ? nameCase(doc.dateline.place) : undefined;

/**
 * The country of a text's dateline ("SEOUL, Dec 5 - ", or the province or state after its
 * city: "HUMBOLDT, Sask. - "), when the text names that country after it too: the home of the
 * bodies it names without their country.
 */
export function datelineCountry(doc: Doc): string | null {
  const { dateline } = doc;
  const city = datelineCity(doc);
  if (!dateline || city === undefined) return null;
  const code = placeCode(city) ?? regionIn(dateline.rest)?.code ?? null;
  return code !== null && doc.places.some((p) => p.code === code && p.start >= dateline.end)
    ? code
    : null;
}
