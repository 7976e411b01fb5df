/**
 * Preparing a text for extraction: markup stripped, line ends normalised, bad input refused
 * with `invalid_text`, and a language other than English recognised so that the extractor
 * does not guess records from words it cannot read. Every offset the extractor returns points
 * into the `text` prepared here.
 */
import { franc } from 'franc-min';
import { convert } from 'html-to-text';
import { DetenteError } from '../core/errors.ts';
import { readWindows1252 } from './working-text.ts';

/** Longer texts are refused: an article is a few kilobytes, not megabytes. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Below this many letters the language is not judged (too little to tell). */
const MIN_LETTERS_FOR_LANGUAGE = 120;
/** Share of replacement or control characters above which a text is taken for binary data. */
const MAX_JUNK_SHARE = 0.05;

export interface PreparedText {
  readonly text: string;
  /** ISO 639-3 code of the language when it is not English, else null */
  readonly language: string | null;
  readonly warnings: readonly string[];
}

const MARKUP =
  /<(?:!doctype|html|head|body|p|div|br|span|a|article|section|h[1-6]|ul|ol|li|table|strong|em|b|i)\b[^>]*>/i;

/** True when the text is HTML rather than plain text: it carries block or inline tags. */
export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text) && /<\/[a-z][a-z0-9]*\s*>|<br\s*\/?>/i.test(text);
}

function stripMarkup(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
}

/** Counts U+FFFD and C0 control characters other than tab and line ends. */
function junkCount(text: string): number {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) junk++;
  }
  return junk;
}

/** The widths of line a hard-wrapped text is judged at: mail and plain-text releases wrap at 60–80. */
const WRAP_WIDTH = { min: 40, max: 120 };
/** How far short of the width a wrapped line may stop: room for a long word that did not fit. */
const WRAP_SLACK = 20;
/** Lines a text wraps before it is taken for hard-wrapped; fewer prove nothing. */
const MIN_WRAPS = 2;
/** Lines longer than the widest wrap a hard-wrapped text may hold (a link, a table's row). */
const MAX_LONG_LINES = 2;
/** A line opening with a bullet ("•", "* "): an item of a list. */
const BULLET_LINE = /^[ \t]*[*•·][ \t]/;
/**
 * A line opening with a number or a letter of a list ("3.", "IV.", "b)", "(2)"), or with a
 * dash: an item when the line before ends a clause or is an item too, else as likely a number
 * or a dash that the wrapping put first ("until December⏎31.", "subsections 269TG(1) and⏎(2)
 * of", "Co., Ltd.⏎- 14.0%").
 */
const ITEM_LINE = /^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4}|[a-zA-Z])[.)]|\([a-z\d]{1,3}\))[ \t]/;
const DASH_LINE = /^[ \t]*[-–—][ \t]/;
/** A line opening with a speaker's label ("MINISTER RUIZ:", "Q:", "Ana Ruiz (Liberal):"). */
const LABEL_LINE =
  /^[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}(?:[ \t]+\([^)\n]{1,40}\))?:[ \t]/u;
/** A row of a table: cells parted by "|", or by spaced long dashes ("Exporter — Margin — Rate"). */
const TABLE_ROW = /\||(?: — .*){2}/;
/** The end of a clause, which an item of a list follows. */
const CLAUSE_END = /[.!?:;"”’)\]]$/;
/** The end of a sentence, which a speaker's turn ends with. */
const SENTENCE_END = /[.!?"”’)\]]$/;

/**
 * The text with the line breaks of its hard-wrapped paragraphs read as spaces, and how many
 * there were. A text is hard-wrapped when several of its lines break where the next word would
 * not have fit within the width of its longest line, as mail and plain-text releases are
 * written; such a break is no end of a sentence or an item, and the extractor, which takes a
 * line break for one, would lose what the sentence says. Other breaks (short lines, list items,
 * labels, tables, blank lines) stay. Each break is replaced in place, so offsets hold.
 */
export function unwrapLines(text: string): { text: string; count: number } {
  const lines = text.split('\n');
  const lengths = lines.map((l) => l.trimEnd().length);
  const long = lengths.filter((n) => n > WRAP_WIDTH.max).length;
  const width = Math.max(0, ...lengths.filter((n) => n <= WRAP_WIDTH.max));
  if (long > MAX_LONG_LINES || width < WRAP_WIDTH.min) return { text, count: 0 };
  const soft = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const word = /^[ \t]*(\S+)/.exec(next)?.[1];
    const n = lengths[i] ?? 0;
    // a wrapped line ends near the width, never past it, where the next word would not fit
    if (word === undefined || n > width || n < width - WRAP_SLACK || n + 1 + word.length <= width)
      continue;
    const end = line.trimEnd();
    if (TABLE_ROW.test(end) || TABLE_ROW.test(next) || BULLET_LINE.test(next)) continue;
    const item = ITEM_LINE.test(next) || DASH_LINE.test(next);
    if (item && (CLAUSE_END.test(end) || ITEM_LINE.test(line) || DASH_LINE.test(line))) continue;
    if (SENTENCE_END.test(end) && LABEL_LINE.test(next)) continue;
    soft.add(i);
  }
  if (soft.size < MIN_WRAPS) return { text, count: 0 };
  const out = lines.map((line, i) =>
    i + 1 < lines.length ? line + (soft.has(i) ? ' ' : '\n') : line,
  );
  return { text: out.join(''), count: soft.size };
}

const ENGLISH_WORDS = /\b(?:the|of|and|to|in|on|a|is|was|said|for|with|that|by|from)\b/gi;

/**
 * The language of a text, when it can be told and is not English. English is recognised
 * first by its commonest words (cheap); only texts where those are rare go to franc.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || c >= 0xc0) letters++;
  }
  if (letters < MIN_LETTERS_FOR_LANGUAGE) return null;
  const words = sample.split(/\s+/).length;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (words > 0 && english / words >= 0.12) return null;
  const code = franc(sample, { minLength: MIN_LETTERS_FOR_LANGUAGE });
  return code === 'und' || code === 'eng' || code === 'sco' ? null : code;
}

/**
 * Prepares a text for extraction.
 *
 * @throws DetenteError `invalid_text` when the text is empty, too large or binary.
 * @example
 * prepareText('<p>China imposed <b>tariffs</b>.</p>').text; // 'China imposed tariffs.'
 */
export function prepareText(raw: string): PreparedText {
  if (raw.length > MAX_TEXT_CHARS) {
    throw new DetenteError(
      'invalid_text',
      `the text has ${raw.length.toLocaleString('en-US')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en-US')}`,
    );
  }
  if (raw.includes('\u0000')) {
    throw new DetenteError(
      'invalid_text',
      'the text contains NUL bytes: it looks like binary data',
    );
  }
  const junk = junkCount(raw);
  if (raw.length > 0 && junk / raw.length > MAX_JUNK_SHARE) {
    throw new DetenteError(
      'invalid_text',
      `${Math.round((junk / raw.length) * 100)}% of the text is replacement or control characters: it looks like binary data or a wrong encoding`,
    );
  }
  const warnings: string[] = [];
  let text = raw.replace(/\r\n?/g, '\n');
  if (looksLikeHtml(text)) {
    text = stripMarkup(text).replace(/\r\n?/g, '\n');
    warnings.push('the text was HTML: markup was stripped and offsets point into the plain text');
  }
  text = text.replace(/\u00a0/g, ' ');
  const coded = readWindows1252(text);
  if (coded.count > 0) {
    text = coded.text;
    warnings.push(
      `${coded.count} control character${coded.count === 1 ? ' was' : 's were'} read as the Windows-1252 character${coded.count === 1 ? '' : 's'} ${coded.count === 1 ? 'it codes' : 'they code'} (a text in that encoding read as Latin-1)`,
    );
  }
  const wrapped = unwrapLines(text);
  if (wrapped.count > 0) {
    text = wrapped.text;
    warnings.push(
      `the text was hard-wrapped: ${wrapped.count} line break${wrapped.count === 1 ? '' : 's'} inside paragraphs ${wrapped.count === 1 ? 'was' : 'were'} read as ${wrapped.count === 1 ? 'a space' : 'spaces'}`,
    );
  }
  if (text.trim() === '') {
    throw new DetenteError('invalid_text', 'the text is empty or only white space');
  }
  const language = detectLanguage(text);
  if (language !== null) {
    warnings.push(`the text is not in English (${language}): no candidates were extracted`);
  }
  return { text, language, warnings };
}
