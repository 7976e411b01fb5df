/**
 * Sentences with their offsets. A sentence ends at ., ! or ? followed by a capital (quotes and
 * brackets allowed between), or at a line break; common abbreviations ("Mr.", "U.S.", "Sept.")
 * do not end one. Extraction reads one sentence at a time, plus its neighbours for context.
 */

/** A stretch of the text, end exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Range {
  /** index of the paragraph (blocks separated by a blank line or a line break) */
  readonly paragraph: number;
}

const QUOTED = /“[^”]*”|"[^"\n]*"/g;

/** The spans between quotation marks, marks included. */
export function findQuoted(text: string): Range[] {
  const out: Range[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when the offset lies inside one of the spans. */
export const insideAny = (spans: readonly Range[], at: number) =>
  spans.some((q) => q.start <= at && at < q.end);

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'smt',
  'h.e',
  'hon',
  'st',
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
const PRONOUN_NEXT = /^["“‘'([]?(?:He|She|It|They|We|Its|Their|His|Her|This|That|These|Those)\b/;

const BOUNDARY = /([.!?])(["”’')\]]*)(\s+)(?=["“‘'([]?[A-Z0-9])|\n+/g;

/** Splits `text` into sentences (trimmed of surrounding white space). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    if (m[0].startsWith('\n')) {
      push(m.index);
      start = m.index + m[0].length;
      paragraph++;
      continue;
    }
    if (m[1] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      const before = text.slice(Math.max(0, m.index - 1 - 24), m.index - 1);
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (/^[A-Z]$/.test(word) && !LABEL_BEFORE.test(before) && !PRONOUN_NEXT.test(next)) continue;
    }
    const end = m.index + 1 + (m[2]?.length ?? 0);
    push(end);
    start = end;
    if ((m[3] ?? '').includes('\n')) paragraph++;
  }
  push(text.length);
  return out;
}
