/**
 * Sentences with their offsets. A sentence ends at ., ! or ? followed by a capital (quotes and
 * brackets allowed between), or at a line break; common abbreviations ("Mr.", "U.S.", "Sept.")
 * do not end one. Extraction reads one sentence at a time, plus its neighbours for context.
 */
import { TIME_OF_DAY } from './dates.ts';

/** A stretch of the text, end exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Range {
  /** index of the paragraph (blocks separated by a blank line or a line break) */
  readonly paragraph: number;
}

/**
 * Words that go on from a quotation after its closing mark: "‘… our growers’ and …", "‘…
 * farmers’ she said".
 */
const GO_ON =
  '(?:said|says|told|added|and|or|but|he|she|it|they|we|the|a|an|as|in|on|at|to|for|from|with|by|after|before|when|while|according|then|which|that|is|was|were|are|will|would|could)';
/**
 * A quotation in single marks, curly (‘…’) or straight ('…'), as British style writes it,
 * within a paragraph. The apostrophe is the same mark as the closing one: a mark with a letter
 * or a digit after it ("China’s", "don't") closes nothing, nor does a plural's possessive (an
 * "s’" with a word of its phrase after it: "the exporters’ council"). A straight mark opens only
 * after a space or a bracket, before a letter. Group 1 is the words inside.
 */
const singleQuote = (open: string, close: string, notAfter: string) => {
  const possessive = `(?<=s[${close}])[ \\t]+(?!${GO_ON}\\b)\\p{L}`;
  return `[${open}](?<!${notAfter}[${open}])(?=\\p{L})((?:[^${open}${close}\\n]|[${close}](?=[\\p{L}\\p{N}])|[${close}](?=${possessive}))+?)[${close}](?![\\p{L}\\p{N}])(?!${possessive})`;
};
export const SINGLE_QUOTE = `(?:${singleQuote('‘\x91', '’\x92', '[\\p{L}\\p{N}]')}|${singleQuote("'", "'", '[^\\s(\\[—\x97–\x96]')})`;

const QUOTED = new RegExp(`[“\x93][^”\x94]*[”\x94]|"[^"\\n]*"|${SINGLE_QUOTE}`, 'gu');

/** The spans between quotation marks, marks included. */
export function findQuoted(text: string): Range[] {
  const out: Range[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when the offset lies inside one of the spans. */
/** A list item's bullet opening a line or a sentence: "- China will …", "• …", "* …". */
export const LIST_BULLET = /^[ \t]*[-–\x96•\x95*·][ \t]/;

export const insideAny = (spans: readonly Range[], at: number) =>
  spans.some((q) => q.start <= at && at < q.end);

/** A month written short, an abbreviation only before its day or year ("Jun. 5", "Sept. 2025"). */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'smt',
  'h.e',
  'hon',
  'st',
  'ste',
  'mt',
  'ft',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gov',
  'sen',
  'rep',
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'co',
  'sdn',
  'bhd',
  'pty',
  'pvt',
  's.a',
  'n.v',
  'b.v',
  's.p.a',
  'vs',
  'u.s',
  'u.k',
  'e.u',
  'p.m',
  'a.m',
  'gen',
  'prof',
  'lt',
  'col',
  'dept',
  'approx',
  'est',
]);

/**
 * Words before a single capital that make it a label, not an initial: "the goods on List B.",
 * "under Annex C.", "Phase 2". A lower-case word is no sign: titles come before initials
 * ("exporter K. Rao").
 */
const LABEL_BEFORE =
  /\b(?:Annex|Appendix|Schedule|List|Part|Section|Article|Chapter|Category|Class|Group|Grade|Item|Level|Phase|Plan|Table|Tier|Type|Zone)\s+$/;

/**
 * A pronoun opening the next sentence: after a single capital and a full stop it shows the
 * capital ends a sentence ("said in a post on X. He added …"), as an initial comes before a
 * name, not a pronoun.
 */
const PRONOUN_NEXT =
  /^["“\x93‘\x91'([]?(?:He|She|It|They|We|Its|Their|His|Her|This|That|These|Those)\b/;

/**
 * Joined initials before a name: "H.H. Sheikh Hamed", "the O.R. Tambo Building", "S.C. Ralhan".
 * Initials that close a sentence are followed by a pronoun (PRONOUN_NEXT) or an article or a
 * joining word (ARTICLE_NEXT): "… in the U.A.E. The ministry said".
 */
const INITIALS = /^(?:[A-Z]\.){1,2}[A-Z]$/;
const ARTICLE_NEXT = /^["“\x93‘\x91'([]?(?:The|A|An|In|On|At|But|And|Yet)\b/;

/**
 * A sentence's end: its mark, closing quotes or brackets, then white space before a capital or
 * a digit; or no space at all, as typed in haste, between a word's or a number's end and a
 * capitalised word ("… all other producers 20%.The duties apply …"), though not after a single
 * letter ("e.g.", "U.S.") nor before a capital that is no word's start ("Amazon.COM").
 */
const BOUNDARY =
  /([.!?])(["”\x94’\x92')\]]*)(\s+|(?<=(?:\p{Ll}{2}|[\d%])[.!?]["”\x94’\x92')\]]*)(?=\p{Lu}\p{Ll}))(?=["“\x93‘\x91'([]?[A-Z0-9])|\n+/gu;

/**
 * A line holding only a time of day, as a live blog heads each entry with it ("08:47 BST",
 * "7:15 a.m."): a sentence of its own, in the paragraph of the entry it heads.
 */
const TIME_STAMP_LINE = new RegExp(`^\\s*${TIME_OF_DAY}[ \\t]*$`);
/**
 * A time of day opening a line before the words of its entry, as a live blog sets it ("16:05
 * President Okoro has just addressed reporters", "07:58 - The White House says …"): a sentence
 * of its own, so that the entry's first sentence opens with its subject.
 */
const TIME_STAMP_OPENING = new RegExp(
  `^${TIME_OF_DAY}(?=[ \\t]+(?:[-–\x96—\x97][ \\t]+)?["“\x93]?\\p{Lu}\\p{Ll})`,
  'u',
);

/**
 * Splits `text` into sentences (trimmed of surrounding white space). A line break always ends
 * one, also after an abbreviation ("… at 8 a.m.\nThe minister …").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    const stamp = (s === 0 || text[s - 1] === '\n') && TIME_STAMP_OPENING.exec(text.slice(s, e));
    if (stamp) {
      out.push({ start: s, end: s + stamp[0].length, paragraph });
      s += stamp[0].length;
      while (s < e && /[\s\-–\x96—\x97]/.test(text[s] ?? '')) s++;
    }
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  // A line break: a new paragraph, unless the line was a time stamp heading its entry.
  const newLine = (end: number, next: number) => {
    const stamp = TIME_STAMP_LINE.test(text.slice(start, end));
    push(end);
    start = next;
    if (!stamp) paragraph++;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    if (m[0].startsWith('\n')) {
      newLine(m.index, m.index + m[0].length);
      continue;
    }
    if (m[1] === '.' && !endsSentence(text, m)) {
      // An abbreviation or an initial goes on, unless its line ends.
      const br = m[3]?.indexOf('\n') ?? -1;
      const at = m.index + 1 + (m[2]?.length ?? 0);
      if (br >= 0) newLine(at + br, at + (m[3]?.length ?? 0));
      continue;
    }
    const end = m.index + 1 + (m[2]?.length ?? 0);
    if ((m[3] ?? '').includes('\n')) newLine(end, end);
    else {
      push(end);
      start = end;
    }
  }
  push(text.length);
  return out;
}

/**
 * Whether a full stop ends a sentence: not after an abbreviation ("Gen.", a month before its day:
 * "Jun. 5"), nor after an initial before a name ("K. Rao", "H.H. Sheikh Hamed") rather than a
 * pronoun or an article.
 */
function endsSentence(text: string, m: RegExpExecArray): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
  const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
  // "Jun. 5" is a month; "… with Han Jun. The two …" ends a sentence.
  if (MONTH_SHORT.test(word) && !/^\s*\d/.test(next)) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  const before = text.slice(Math.max(0, m.index - 1 - 24), m.index - 1);
  if (/^[A-Z]$/.test(word) && !LABEL_BEFORE.test(before) && !PRONOUN_NEXT.test(next)) return false;
  return !(INITIALS.test(word) && !PRONOUN_NEXT.test(next) && !ARTICLE_NEXT.test(next));
}
