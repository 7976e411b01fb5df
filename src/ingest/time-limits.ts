/**
 * Time limits a text sets: the last day a measure is in force ("suspends the tariff until the
 * end of 2027", "from March 1 to June 30", "for one year") and the day by which something
 * undertaken is due ("agreed to hold the next round in the first half of 2027", "by June 30",
 * "within six months"). A limit is read as the last day it leaves: "the end of 2027" is
 * 2027-12-31, "the first half of 2027" 2027-06-30, "June" the last day of the next June.
 */
import { addDays, addMonths, isIsoDate, lastDayOfMonth, type IsoDate } from '../core/dates.ts';
import { COUNT_WORDS, MONTH_WORD } from './dates.ts';

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const ORDINAL = '(?:st|nd|rd|th)?';

/** A stretch of the calendar, named by its end, its half or quarter, or a day of it. */
const PERIOD =
  `(?:the\\s+)?(?:(?:end|close)\\s+of\\s+(?<edge>)|(?<half>first|second)\\s+half\\s+of\\s+|(?<quarter>first|second|third|fourth)\\s+quarter\\s+of\\s+)?(?:the\\s+)?` +
  `(?:(?<md>${MONTH_WORD})\\s+(?<mdDay>\\d{1,2})${ORDINAL}(?:,?\\s+(?<mdYear>\\d{4}))?` +
  `|(?<dmDay>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<dm>${MONTH_WORD})(?:,?\\s+(?<dmYear>\\d{4}))?` +
  `|(?<month>${MONTH_WORD})(?:,?\\s+(?<monthYear>\\d{4}))?` +
  `|(?<year>\\d{4})` +
  `|(?:(?<yearRel>this|next|coming|current)\\s+)?(?<yearWord>year)` +
  `|(?:(?<monthRel>this|next|coming|current)\\s+)?(?<monthWord>month))(?![\\w-])`;

const COUNTS: Readonly<Record<string, number>> = {
  ...COUNT_WORDS,
  an: 1,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
};
/** A length of time: "six months", "90 days", "a year". */
const DURATION = `(?<count>\\d{1,3}|${Object.keys(COUNTS).join('|')})[\\s-]+(?<unit>day|week|month|year)s?\\b`;

type Groups = Readonly<Record<string, string | undefined>>;

const monthNumber = (word: string) =>
  MONTH_NAMES.indexOf(word.toLowerCase().slice(0, 3) as (typeof MONTH_NAMES)[number]) + 1;
const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The first day on or after `from` that is day `day` of month `month`; null for no such day. */
function nextDay(month: number, day: number, from: IsoDate): IsoDate | null {
  for (let year = yearOf(from); year <= yearOf(from) + 4; year++) {
    const iso = `${year}-${pad2(month)}-${pad2(day)}`;
    if (isIsoDate(iso) && iso >= from) return iso;
  }
  return null;
}

/** The last day of the stretch a PERIOD match names, counted on or after `from`. */
function periodEnd(g: Groups, from: IsoDate): IsoDate | null {
  const part = g['half'] ?? g['quarter'];
  const month = g['md'] ?? g['dm'];
  if (month !== undefined) {
    if (part !== undefined) return null;
    const m = monthNumber(month);
    const day = Number(g['mdDay'] ?? g['dmDay']);
    const year = g['mdYear'] ?? g['dmYear'];
    if (year === undefined) return nextDay(m, day, from);
    const iso = `${year}-${pad2(m)}-${pad2(day)}`;
    return isIsoDate(iso) ? iso : null;
  }
  if (g['month'] !== undefined) {
    if (part !== undefined) return null;
    const m = monthNumber(g['month']);
    const written = g['monthYear'];
    const year =
      written !== undefined
        ? Number(written)
        : lastDayOfMonth(yearOf(from), m) >= from
          ? yearOf(from)
          : yearOf(from) + 1;
    return lastDayOfMonth(year, m);
  }
  if (g['monthWord'] !== undefined) {
    if (part !== undefined) return null;
    const next = g['monthRel'] === 'next' || g['monthRel'] === 'coming';
    const day = addMonths(from, next ? 1 : 0);
    return lastDayOfMonth(yearOf(day), Number(day.slice(5, 7)));
  }
  const year =
    g['year'] !== undefined
      ? Number(g['year'])
      : yearOf(from) + (g['yearRel'] === 'next' || g['yearRel'] === 'coming' ? 1 : 0);
  const quarters = g['half'] !== undefined ? (g['half'] === 'first' ? 2 : 4) : 4;
  const quarter =
    g['quarter'] !== undefined
      ? ['first', 'second', 'third', 'fourth'].indexOf(g['quarter']) + 1
      : quarters;
  return lastDayOfMonth(year, quarter * 3);
}

/** `from` moved on by a DURATION match. */
function after(g: Groups, from: IsoDate): IsoDate {
  const written = (g['count'] ?? '1').toLowerCase();
  const n = COUNTS[written] ?? Number(written);
  switch (g['unit']?.toLowerCase()) {
    case 'day':
      return addDays(from, n);
    case 'week':
      return addDays(from, 7 * n);
    case 'month':
      return addMonths(from, n);
    default:
      return addMonths(from, 12 * n);
  }
}

/** Words that set a deadline before a stretch or a length of time. */
const DUE = new RegExp(
  `\\b(?:(?<by>by|before|no\\s+later\\s+than|in|during|within|over)\\s+(?:the\\s+course\\s+of\\s+)?(?:${PERIOD})|(?:within|in|over)\\s+(?:the\\s+next\\s+)?${DURATION})`,
  'i',
);

/**
 * The words of a commitment before the time limit they set, if any: what is to be done.
 *
 * @example
 * beforeLimit('reopen the talks by the end of March'); // 'reopen the talks'
 */
export function beforeLimit(words: string): string {
  const m = DUE.exec(words);
  return m ? words.slice(0, m.index).trimEnd() : words;
}

/**
 * The day a commitment undertaken on `from` is due, from its own words: "hold the next meeting
 * in the first half of 2027" is due 2027-06-30, "conclude the review by June 30" the next
 * June 30, "report back within six months" six months after `from`. Null when the words set no
 * limit, or one that lies before `from`.
 *
 * @example
 * dueBy('resume the talks before the end of the year', '2026-11-20'); // '2026-12-31'
 */
export function dueBy(words: string, from: IsoDate): IsoDate | null {
  const m = DUE.exec(words);
  if (!m?.groups) return null;
  const g = m.groups;
  // "in 2027" gives the year; "by 2027" is read as by its start, which says too little.
  if (g['by'] !== undefined && /^(?:by|before)/i.test(g['by']) && g['year'] !== undefined) {
    if (g['edge'] === undefined && g['half'] === undefined && g['quarter'] === undefined)
      return null;
  }
  const due = g['unit'] !== undefined ? after(g, from) : periodEnd(g, from);
  return due !== null && due >= from ? due : null;
}

/** Words before the last day of a measure: "until", "through", "expiring on" (global: read in turn). */
const UNTIL = new RegExp(
  `\\b(?<until>until|till|through|thru|up\\s+to\\s+and\\s+including|expir(?:es|ing)(?:\\s+on)?|ending(?:\\s+on)?)\\s+(?:${PERIOD})`,
  'gi',
);
/** "from March 1 to June 30": a day after "from", then the last day. */
const FROM_TO = new RegExp(
  `\\bfrom\\s+(?:${MONTH_WORD}\\s+\\d{1,2}${ORDINAL}|\\d{1,2}${ORDINAL}\\s+${MONTH_WORD}|${MONTH_WORD})(?:,?\\s+\\d{4})?\\s+(?:to|through|until)\\s+(?:${PERIOD})`,
  'gi',
);
/** "for one year", "for a further six months": how long a measure runs from its first day. */
const FOR_LONG = new RegExp(
  `\\bfor\\s+(?:a\\s+period\\s+of\\s+|a\\s+further\\s+|another\\s+|an\\s+initial\\s+|the\\s+next\\s+)?${DURATION}`,
  'gi',
);
/** Words before "for six months" that tell how long something else ran: talks, a probe. */
const OTHER_SPELL =
  /\b(?:ran|run|runs|running|lasted|lasting|took|taken|negotiat\w*|talks|investigat\w*|probe|review|been|waited|waiting|stalled|traded|exported|shipped|sold|closed|shut)\s+(?:[\w,]+\s+){0,3}$/i;
/** A break between clauses telling of different things: "…, and that", "; ". */
const CLAUSE_BREAK =
  /;|,\s+(?:and|but|while|whereas)\b|\band\s+that\b|\b(?:that|which|who)\s+(?:had|has|have|was|were)\b/i;
/**
 * Words before an end that is not the measure's: one planned earlier ("a window that had been
 * set to run until"), or an exemption's ("goods exempted from the increase until June 30").
 */
const NOT_ITS_END =
  /\bexempt\w*\b[^.;]*$|\b(?:had\s+been|was|were|had)\s+(?:set|due|scheduled|planned|said)\b[^.;]*$|\bwould\s+(?:run|last|have\s+run)\b[^.;]*$/i;

/**
 * The last day a measure told in `text` (its sentences) is in force, when they say it: "will
 * suspend the tariff until the end of 2027" (2027-12-31), "from March 1 to June 30", "until
 * December 31" (the next December 31 on or after its first day), "for one year" from
 * `effective` (its last day). `at` is where the measure's own words (its rate, its goods) start
 * in `text`: a length of time counts only when no break between clauses parts it from them. An
 * end planned before ("a window that had been set to run until March 31") or an exemption's is
 * not the measure's, and a bare year after "until" ("until 2027") says too little. Null when
 * the text sets no end, or one before `effective`.
 *
 * @example
 * measureEnd('Beijing will suspend the duties for one year.', 0, '2026-03-01', '2026-02-20');
 * // '2027-02-28'
 */
export function measureEnd(
  text: string,
  at: number,
  effective: IsoDate | null,
  published: IsoDate,
): IsoDate | null {
  const from = effective ?? published;
  const end = untilEnd(text, from) ?? (effective !== null ? lengthEnd(text, at, effective) : null);
  return end !== null && end >= from ? end : null;
}

function untilEnd(sentence: string, from: IsoDate): IsoDate | null {
  for (const pattern of [UNTIL, FROM_TO]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const g = m.groups ?? {};
      if (NOT_ITS_END.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
      const bareYear =
        g['year'] !== undefined &&
        g['edge'] === undefined &&
        g['half'] === undefined &&
        g['quarter'] === undefined;
      if (bareYear && /^(?:until|till)/i.test(g['until'] ?? '')) continue;
      return periodEnd(g, from);
    }
  }
  return null;
}

function lengthEnd(text: string, at: number, effective: IsoDate): IsoDate | null {
  FOR_LONG.lastIndex = 0;
  for (let m = FOR_LONG.exec(text); m !== null; m = FOR_LONG.exec(text)) {
    if (OTHER_SPELL.test(text.slice(0, m.index))) continue;
    if (CLAUSE_BREAK.test(text.slice(Math.min(at, m.index), Math.max(at, m.index)))) continue;
    if (m.groups) return addDays(after(m.groups, effective), -1);
  }
  return null;
}
