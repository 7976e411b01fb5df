/**
 * How the name of a body that speaks is read: its head word ("ministry", "embassy",
 * "association" …) with the words that name it before and after ("China's commerce ministry",
 * "the Ministry of Commerce of China"), found quickly from the head words (bodyMatches); the
 * members or the trade it is named for before it ("Brazil's beef | industry association"); and
 * the name of a body named for its country, before the country ("Global Affairs | Canada").
 * quote-bodies.ts finds the bodies of a text with them.
 */

const capitalised = (heads: readonly string[]) =>
  heads.map((h) => `[${h.charAt(0).toUpperCase()}${h.charAt(0)}]${h.slice(1)}`).join('|');
/** The head words of a body that speaks, in lower case: "ministry", "embassy", "association" … */
export const BODY_HEAD_WORDS = [
  'ministry spokesperson',
  'ministry',
  'secretariat',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'statement',
  'press release',
  'department',
  'administration',
  'bureau',
  'directorate',
  'agency',
  'authority',
  'embassy',
  'consulate',
  'commission',
  'readout',
  'office',
  'government',
  'cabinet',
  'council',
  'association',
  'alliance',
  'exchange',
  'institute',
  'foundation',
  'board',
  'coalition',
  'federation',
  'union',
  'chamber',
  'side',
  'industry group',
  'lobby group',
  'trade group',
  'farm group',
  'business group',
  'industry body',
  'peak body',
  'trade body',
];
const BODY_HEADS = capitalised(BODY_HEAD_WORDS);
/** A capitalised word or an initialism ("U.S."), never a word that ends a sentence. */
const CAP_WORD = `(?:\\p{Lu}(?:\\.\\p{Lu})*\\.|\\p{Lu}[\\p{L}-]*)`;
/** The portfolio of a ministry, in lower case before its head: "the Peruvian farm ministry". */
const PORTFOLIO =
  '(?:(?:commerce|foreign|finance|trade|agriculture|farm|fisheries|energy|economy|economic|industry|state)[ \\t]+){0,2}';
/**
 * A body that speaks: its head ("ministry") with the words that name it before ("China's
 * commerce", "the Canadian Pork", "the Aegean Exporters’") and after ("of Commerce of China",
 * but not the words of another body: "a spokesperson for | the Chinese embassy"); not its
 * officials.
 * It starts at a word's start, and never runs across a line: a headline's last word does not
 * name the body that opens the next paragraph. Read at one place at a time (sticky): the places
 * `bodyMatches` gives it.
 */
const BODY = new RegExp(
  `(?<![\\p{L}\\p{N}'’\x92.-])(?:(?:the|a|an)[ \\t]+)?(?:(?:${CAP_WORD}(?:['’\x92]s|(?<=s)['’\x92])?|of|and)[ \\t]+){0,4}?${PORTFOLIO}(${BODY_HEADS})\\b(?:[ \\t]+(?:of|for|from)[ \\t]+(?:the[ \\t]+)?${CAP_WORD}(?:[ \\t]+(?:and[ \\t]+)?${CAP_WORD}){0,3}(?![\\p{L}'’\x92])(?!\\s+${PORTFOLIO}(?:${BODY_HEADS})\\b))?(?!\\s+(?:officials?|sources?|aides?|insiders?))`,
  'uy',
);
/**
 * The head words of BODY, found first as they are rare: BODY tried at every word would read up
 * to seven words at most of them before failing. "Ministry spokesperson" is found by its
 * "ministry", whose place is the same. Not inside a word of ASCII letters ("reunion"): a cheap
 * look back, where BODY's own one over all letters is slow; a head after other letters only
 * gives BODY a few more places to fail at.
 */
const HEAD_WORD = new RegExp(
  `(?<![A-Za-z0-9])(?:${capitalised(BODY_HEAD_WORDS.filter((h) => h !== 'ministry spokesperson'))})\\b`,
  'gu',
);
/**
 * A word's first letter, where BODY may start: a letter after no letter, digit, apostrophe, point
 * or hyphen.
 */
const WORD_START = /(?<![\p{L}\p{N}'’\x92.-])\p{L}/gu;
/**
 * The most words BODY reads before its head: an article, four words of the body's name and two
 * of its portfolio.
 */
const WORDS_BEFORE_HEAD = 7;

/** A space or a tab, all that BODY takes between the words before its head. */
const isBlank = (code: number) => code === 0x20 || code === 0x09;
/** A space, a tab or a line break: what ends a word, as `reachBefore` counts words. */
const endsWord = (code: number) => isBlank(code) || code === 0x0a || code === 0x0d;

/**
 * Where the word (all between spaces, tabs and line breaks) holding `at`, or ending there,
 * starts.
 */
function wordStartAt(text: string, at: number): number {
  let start = at;
  while (start > 0 && !endsWord(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * The farthest back a match of BODY whose head starts at `head` can start: the start of the
 * seventh word before the head's word, the words parted by spaces and tabs alone, else of the
 * first word of the line or of the stretch so parted. Each word of a match before its head is
 * one of these words (the first may start inside its word: "(the Ministry"), so no match starts
 * before; and the place only grows with the head's.
 */
function reachBefore(text: string, head: number): number {
  let start = wordStartAt(text, head);
  for (let n = 0; n < WORDS_BEFORE_HEAD; n++) {
    let gap = start;
    while (gap > 0 && isBlank(text.charCodeAt(gap - 1))) gap--;
    if (gap === start || gap === 0 || endsWord(text.charCodeAt(gap - 1))) break;
    start = wordStartAt(text, gap);
  }
  return start;
}

/**
 * The matches of BODY in a text, the same as a search from the start would give, one after the
 * other: BODY is tried only at the word starts between each head word and the farthest back a
 * match with that head can start, in order, never before the end of the last match.
 */
export function bodyMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const head of text.matchAll(HEAD_WORD)) {
    WORD_START.lastIndex = Math.max(from, reachBefore(text, head.index));
    for (let w = WORD_START.exec(text); w && w.index <= head.index; w = WORD_START.exec(text)) {
      BODY.lastIndex = w.index;
      const m = BODY.exec(text);
      if (!m) continue;
      out.push(m);
      from = m.index + m[0].length;
      WORD_START.lastIndex = from;
    }
    from = Math.max(from, head.index + 1);
  }
  return out;
}

/**
 * The members or the trade a body is named for, before its head: "Brazil's exporters' |
 * association", "the Brazilian beef exporters' | association", "Brazil's beef | industry
 * association". Read once a body is found, as trying it at every word would slow the search of
 * bodies.
 */
const TRADE_WORD =
  '(?!(?:the|a|an|and|of|to|in|on|at|for|by|with|said|says)\\b)\\p{Ll}[\\p{L}-]*\\s+';
const MEMBERS_BEFORE = new RegExp(
  `(?<![\\p{L}'’\x92])(?:${CAP_WORD}(?:['’\x92]s)?\\s+)?(?:${TRADE_WORD}){0,2}\\p{Ll}+s['’\x92]\\s+$|${CAP_WORD}['’\x92]s\\s+(?:${TRADE_WORD}){1,2}$`,
  'u',
);
/**
 * An apostrophe, which both ways of MEMBERS_BEFORE have ("exporters' |", "Brazil's beef |"): a
 * quick test before it, as it is tried at every place of the words before a body.
 */
const APOSTROPHE = /['’\x92]/;

/** Where the members or the trade a body is named for start, before its name at `at`; else `at`. */
export function membersStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 40), at);
  const members = APOSTROPHE.test(before) ? MEMBERS_BEFORE.exec(before) : null;
  return at - (members?.[0].length ?? 0);
}
/** A body named for its country: "Global Affairs Canada", "Grain Growers of Canada". */
const NAMED_FOR =
  /(?:^|[^\p{L}])(\p{Lu}\p{L}+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,2}\s+(?:of\s+)?)$/u;
/**
 * How the name NAMED_FOR reads ends: a capitalised word and spaces, and "of" after them; read
 * back from the end of the words before a place, a quick test before NAMED_FOR, which is tried at
 * every place of them.
 */
const NAMED_FOR_END = /$(?<=\p{Lu}[\p{L}-]+\s+(?:of\s+)?)/u;

/** The name a body is named with before a country's name at `at` ("Global Affairs | Canada"). */
export function nameBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 60), at);
  return NAMED_FOR_END.test(before) ? NAMED_FOR.exec(before)?.[1] : undefined;
}
