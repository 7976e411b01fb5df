/**
 * The working text: the text as the extractor's patterns read it. Typographic punctuation (curly
 * quotes, dashes, the bullet, the ellipsis, a few signs) is written there as the code Windows-1252
 * gives it, in the C1 range: ’ is "\x92", “ and ” are "\x93" and "\x94", – and — are "\x96" and
 * "\x97". Each character keeps its place, so every offset into the working text is an offset into
 * the text.
 *
 * Why: V8 stores a string whose characters are all below U+0100 one byte a character, and runs
 * regular expressions over such a string more than twice as fast as over a string with a wider
 * character anywhere in it. News text is almost never one byte wide, only for its punctuation; its
 * working text is. A letter beyond Latin-1 ("Šefčovič", "Erdoğan") is written there as a Latin-1
 * letter of the same case that neither the text nor the actor directory uses, its other case as
 * that letter's other case (Š and š as Þ and þ, say): a letter for a letter, so names, case and
 * word boundaries read the same (see `letteringOf`). A text with a character beyond Latin-1 that
 * is no such letter (a sign, a letter of a script without case) stays two bytes wide and is read
 * the same, only slower.
 *
 * So every pattern of the extractor that names one of these marks names its stand-in beside it
 * (`['’\x92]s`), and reads the text and the working text alike; `working-text.test.ts` fails on a
 * pattern that names a mark without its stand-in. The stand-ins are control characters, which a
 * text never holds: `prepareText` reads any it finds as the Windows-1252 text they come from.
 */

/** Each typographic mark and its Windows-1252 code, the stand-in of the working text. */
export const STAND_INS: Readonly<Record<string, string>> = {
  '€': '\x80',
  '‚': '\x82',
  '„': '\x84',
  '…': '\x85',
  '†': '\x86',
  '‡': '\x87',
  '‰': '\x89',
  '‹': '\x8b',
  '‘': '\x91',
  '’': '\x92',
  '“': '\x93',
  '”': '\x94',
  '•': '\x95',
  '–': '\x96',
  '—': '\x97',
  '™': '\x99',
  '›': '\x9b',
};

const MARKS = new Map(Object.entries(STAND_INS).map(([mark, code]) => [mark.charCodeAt(0), code]));
const MARK_OF = new Map(Object.entries(STAND_INS).map(([mark, code]) => [code, mark]));
const ANY_STAND_IN = new RegExp(`[${Object.values(STAND_INS).join('')}]`, 'g');
/** A character beyond Latin-1: one V8 stores two bytes wide. */
export const WIDE = /[\u0100-\uffff]/;

/** Codes per call of String.fromCharCode: well under any engine's limit on arguments. */
const CHUNK = 4096;

/**
 * How a text's letters beyond Latin-1 are written in its working text: each as a Latin-1 letter
 * of the same case, a pair for a pair (Š, š as Þ, þ), chosen among the letters that neither the
 * text nor the reserved strings hold in either case, so that each stands for one letter only.
 */
export interface Lettering {
  /** a letter beyond Latin-1 → the Latin-1 letter written for it */
  readonly written: ReadonlyMap<string, string>;
  /** the Latin-1 letter written → the letter it stands for */
  readonly read: ReadonlyMap<string, string>;
}

export const NO_LETTERING: Lettering = { written: new Map(), read: new Map() };

/**
 * Latin-1 letters with a Latin-1 letter of the other case (À–Ö with à–ö, Ø–Þ with ø–þ), the
 * rarest in English text and in names first, so that a letter the extractor's data writes
 * (Québec, São Paulo) is taken last.
 */
const SPARE_PAIRS: readonly (readonly [string, string])[] = [
  ...'ÞÐÝØÆÅÏÎÌÒÙÛËÊÈÕÔÓÑÇÚÜÖÄÃÂÁÀÉÍ',
].map((upper) => [upper, upper.toLowerCase()] as const);

/**
 * The lettering of `text`: how its letters beyond Latin-1 are written in its working text, given
 * the other strings (`reserved`, asked for only when the text has such letters: the actor
 * directory's names) whose letters must keep their meaning. Null when a character beyond Latin-1
 * is neither a mark nor a letter with one letter of the other case beyond Latin-1, or when the
 * spare letters run out: the text then keeps it.
 */
export function letteringOf(
  text: string,
  reserved: () => readonly string[] = () => [],
): Lettering | null {
  const wide = new Set<string>();
  for (const ch of text) if (ch.charCodeAt(0) > 0xff && !MARKS.has(ch.charCodeAt(0))) wide.add(ch);
  if (wide.size === 0) return NO_LETTERING;
  const pairs = new Map<string, readonly [string, string]>();
  for (const ch of wide) {
    const upper = ch.toUpperCase();
    const lower = ch.toLowerCase();
    // a letter that is its own upper or lower case: not a title-case letter (ǅ), which has both
    const cased =
      (ch === upper || ch === lower) &&
      upper !== lower &&
      upper.length === 1 &&
      lower.length === 1 &&
      upper.charCodeAt(0) > 0xff &&
      lower.charCodeAt(0) > 0xff &&
      upper.toLowerCase() === lower &&
      lower.toUpperCase() === upper;
    if (!cased) return null;
    pairs.set(upper, [upper, lower]);
  }
  const used = new Set<string>();
  for (const s of [text, ...reserved()])
    for (const ch of s)
      if (ch.charCodeAt(0) <= 0xff) used.add(ch.toUpperCase()).add(ch.toLowerCase());
  const spare = SPARE_PAIRS.filter(([u, l]) => !used.has(u) && !used.has(l));
  if (spare.length < pairs.size) return null;
  const written = new Map<string, string>();
  const read = new Map<string, string>();
  [...pairs.values()].forEach(([upper, lower], i) => {
    const [u, l] = spare[i] as readonly [string, string];
    written.set(upper, u).set(lower, l);
    read.set(u, upper).set(l, lower);
  });
  return { written, read };
}

/**
 * The working text of a prepared text: its marks written as their stand-ins and its letters
 * beyond Latin-1 as `lettering` writes them, in a string V8 keeps one byte wide when no wider
 * character is left. Returns the text itself when every character of it is within Latin-1.
 */
export function toWorkingText(text: string, lettering: Lettering | null = null): string {
  if (!WIDE.test(text)) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) codes[i] = c;
    else {
      const code = MARKS.get(c) ?? lettering?.written.get(text.charAt(i));
      // A character no lettering writes keeps the string two bytes wide: only the marks are.
      if (code === undefined) return withStandIns(text);
      codes[i] = code.charCodeAt(0);
    }
  }
  // String.fromCharCode builds a one-byte string from codes below 0x100; the joined chunks stay so.
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  }
  return out;
}

/** A string written as `lettering` writes letters, or read back from that writing. */
export function lettered(s: string, map: ReadonlyMap<string, string>): string {
  if (map.size === 0) return s;
  let out = '';
  for (const ch of s) out += map.get(ch) ?? ch;
  return out;
}

const ANY_MARK = new RegExp(`[${Object.keys(STAND_INS).join('')}]`, 'g');
/** A string with its marks written as their stand-ins: the form a name is compared in. */
export const withStandIns = (s: string): string =>
  s.replace(ANY_MARK, (mark) => STAND_INS[mark] ?? mark);

/** A string of the working text written back with its marks. */
export const withMarks = (s: string): string =>
  s.replace(ANY_STAND_IN, (code) => MARK_OF.get(code) ?? code);

/**
 * `value` with every string in it, in arrays and plain objects at any depth, passed through `f`.
 * Other values are kept as they are.
 */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f);
    return out as T;
  }
  return value;
}

/**
 * Lines of a news page that belong to no story: an advertisement's label, and links to share
 * the story or to read others ("Related: …", "Read more: …", "Sign up for our newsletter").
 */
const FURNITURE =
  /^[ \t]*(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|share this (?:article|story)|(?:related|read more|more from|see also|also read)(?: (?:stories|articles|coverage))?:[^\n]*|subscribe\b[^\n]{0,60}|sign up for [^\n]{0,40}newsletters?\b[^\n]{0,40})[ \t]*$/gim;

/**
 * The text with the furniture of a news page (FURNITURE) written as spaces, each line in its
 * place: a label between two paragraphs does not part what the second goes on to say of the
 * first ("… a 25% duty on pork. ⏎ Advertisement ⏎ It takes effect on March 20.").
 */
export const withoutFurniture = (text: string): string =>
  text.replace(FURNITURE, (line) => ' '.repeat(line.length));

/** The letters Windows-1252 codes in the C1 range: no stand-ins, read back only. */
const LETTERS_1252: Readonly<Record<string, string>> = {
  '\x83': 'ƒ',
  '\x88': 'ˆ',
  '\x8a': 'Š',
  '\x8c': 'Œ',
  '\x8e': 'Ž',
  '\x98': '˜',
  '\x9a': 'š',
  '\x9c': 'œ',
  '\x9e': 'ž',
  '\x9f': 'Ÿ',
};
const CODED_1252 = /[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]/g;

/**
 * A text with each control character of the C1 range that Windows-1252 codes read as the
 * character it codes, and how many there were. A text holds such characters when it was written
 * in Windows-1252 and read as Latin-1 ("China\x92s" for "China’s"); the five codes Windows-1252
 * leaves unused stay as they are.
 */
export function readWindows1252(text: string): { text: string; count: number } {
  let count = 0;
  const read = text.replace(CODED_1252, (code) => {
    count++;
    return MARK_OF.get(code) ?? LETTERS_1252[code] ?? code;
  });
  return { text: count === 0 ? text : read, count };
}
