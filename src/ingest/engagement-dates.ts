/**
 * The day an engagement took place, as the text writes it: the dates that say when something
 * happened (not a dateline's, a deadline or the day something was said), a span of days read
 * as its first day, a week or a longer time that names no day, the day of an engagement told
 * after "after" or the day before one that was said, a day ahead of publication or a day
 * written without its year, and the words that tell an engagement still to come or not held
 * from one that took place.
 */
import { addDays, daysBetween } from '../core/dates.ts';
import type { Span } from './candidates.ts';
import {
  type DateMention,
  MONTH_NAME,
  MONTH_WORD,
  WEEKDAYS,
  WEEKDAY_NAME,
  inYearBefore,
  namesDay,
} from './dates.ts';
import {
  datelineEnd,
  isQuoted,
  lineAround,
  linesAbove,
  outside,
  span,
  within,
  type Doc,
} from './doc.ts';
import { LIST_BULLET } from './sentences.ts';

/**
 * An engagement still to come ("will travel to Beijing next week for talks", "will pay an official
 * visit to China", "will be in Beijing for talks", "is expected to meet", "aides expect a meeting
 * with", "minister expected to hold a call" (a diary's words), "was to meet", "could hold talks",
 * "agreed to speak by video link", "when she meets Li", "invited him to visit", "extended an
 * invitation to visit", "looks forward to the next session", "a first meeting to be held in
 * Ottawa", "a meeting could come in May", "a meeting … is expected next week", "a meeting … is
 * pencilled in for May", "is due in Lima", "leaves for Busan on Saturday for a meeting"), asked for
 * ("has requested a call with"), or not held ("a planned meeting", "a scheduled meeting", "skipped
 * the sessions, including a meeting with …", "the visit was postponed", "No meeting between A and B
 * was announced", "did not meet", "left without meeting", "left without a bilateral meeting"), or
 * only supposed ("any sign of movement in talks between them would …", "any meeting would need …",
 * "a meeting … was possible", "a call is being arranged", "would welcome a call", "failed to secure
 * a meeting", "the meeting has not been scheduled"), or urged on someone ("urged Li to resume
 * talks", "asked Ottawa to open talks with"), or listed in a diary with its date still open ("July
 * (date tbc): first meeting of the Committee", "to be confirmed"), or the setting of an act still
 * to come ("is expected to be signed at a summit in Brussels"): not one that took place. The words
 * must govern the engagement verb, so a past meeting that "agreed to meet again" is still read (see
 * unitsOf), and "would be" is not read across a quotation blanked out ("would be "watched closely"
 * in Washington").
 */
export const PLANNED =
  /\b(?:will|would|could|may|might|should|won['’\x92]t|(?:is|are|was|were)\s+to|(?:(?:is|are|was|were)\s+)?(?:due|expected|scheduled|set|slated) to|(?:agreed|agrees|agree|decided|pledged|promised) to|plans? to|planning to|hopes? to|intends? to|(?:when|once|if|unless|until|before)\s+(?:[\w-]+\s+){1,3}?(?=(?:meets|visits|hosts|holds|speaks|travels)\b))\s*(?:also\s+|not\s+)?(?:meet|visit|pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?visit|travel|hold|host|call|speak|attend|receive|co-chair|chair|convene|lead|join|accompany|return|fly|head|go|sit down|talk|continue|resume|come|take place|happen|go ahead|meets|visits|hosts|holds|speaks|travels)\b|\b(?:is|are) (?:expected|due) in\b|\b(?:leaves|departs)\s+for\b|\b(?:expects?|expecting|anticipates?|anticipating)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|talks|visit|summit)\b|\b(?:will|would)\s{1,3}be\s{1,3}(?:in|at|visiting|travell?ing|meeting|holding|hosting|heading)\b|\bto be (?:held|convened)\b|\binvit(?:ed|es|ing|ations?)\b[^.;]{0,60}\bto (?:visit|attend|come)\b|\b(?:looks?|looking|looked) forward to\b|\b(?:the|a) next (?:[\w-]+\s+){0,4}?(?:summit|session|round|meeting|dialogue|visit)\b|\b(?:asked|asks|asking|requested|requests|requesting|sought|seeks|seeking|seek|proposed|proposes|proposing)\s+(?:for\s+)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?(?:meeting|call|talks|visit|summit)\b|\b(?:planned|proposed|possible|potential|upcoming|prospective|postponed|cancell?ed|scheduled)\s+(?:[\w-]+\s+)?(?:meeting|call|talks|visit|summit|trip)\b|\b(?:skipped|skips|missed|misses)\s+(?:(?!(?:but|and|then|before|after|while)\b)[^.;,\s]+\s+){0,6}?(?:meeting|call|talks|summit|visit)\b|\b(?:meeting|call|talks|visit|summit|trip)\b[^.;]{0,60}\b(?:was|were|has been|have been)\s+(?:cancell?ed|postponed|called off|scrapped|delayed)\b|\b(?:meeting|call|talks|visit|summit|trip|session|round)\b[^.;,]{0,100}\b(?:is|are)\s+(?:expected|scheduled|planned|slated|set|due|likely|(?:tentatively\s+)?pencill?ed\s+in)\b|\b(?:meeting|call|talks|visit|summit|trip)\b[^.;,]{0,100}\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+)?(?:possible|unlikely|uncertain|in doubt|under discussion|in the works|on the cards|being (?:arranged|planned|prepared|discussed))\b|\b(?:no|without\s+an?)\s+(?:(?:bilateral|formal|official|face-to-face|one-on-one|separate|direct|such|[\w-]+-level)\s+)?(?:meeting|call|talks|summit|visit)\b|\bany\s+(?:[\w-]+\s+){0,4}?(?:meeting|call|talks|summit|visit|negotiations)\b|\b(?:did|does|do|has|have|had)\s*n(?:o|['’\x92])t\s+(?:yet\s+)?(?:meet|met|hold|held|speak|spoken|visit|visited|talk|talked|call|called|host|hosted)\b|\b(?:never|without)\s+(?:meeting|met|holding|held|speaking|spoke|visiting|visited)\b|\bto\s+(?<=\b(?:fail(?:ed|s)?|tr(?:ied|ies|ying)|sought|seek(?:s|ing)?|want(?:ed|s)?|hop(?:ed|es|ing))\s+to\s+)(?:secure|get|arrange|obtain|set up|win|land)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:meeting|call|audience|talks)\b|\b(?:would|could|might)\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?:meeting|call|talks|visit|summit)\b|\b(?:meeting|call|talks|visit|summit|trip)\b[^.;,]{0,100}\b(?:has|have|had|was|were|is|are)(?:\s+not|n['’\x92]t)\s+(?:yet\s+)?(?:been\s+)?(?:scheduled|set|arranged|confirmed|fixed|planned|announced)\b|\bto\s+(?:meet|visit|hold\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|negotiations|consultations|summit|call)|(?:resume|open|start|launch|begin|reopen|restart)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue))\b(?<=\b(?:urg(?:ed|es|ing)|ask(?:ed|s|ing)|call(?:ed|s|ing) on|press(?:ed|es|ing)|encourag(?:ed|es|ing))\b[^.;]{0,120})|\b(?:tbc|tba|tbd|to be (?:confirmed|announced|determined))\b|\b(?:(?:expected|due|scheduled|set|slated|likely)\s+to|will|would|could|may)\s+be\s+(?:signed|adopted|launched|announced|unveiled|approved|finali[sz]ed|concluded|endorsed)\s+(?:at|during)\b/i;
/**
 * "during her three-day stay", "over the course of the visit", "on the second day of the
 * trip", "on her second day there": some day of a stay, not the day it began; not the days
 * after it ("traded drafts over the following days").
 */
export const DURING_STAY =
  /\b(?:(?:during|over|in the course of|on the (?:second|third|fourth|fifth|last|final) day of)\s+(?!the\s+(?:following|next|coming|ensuing)\s)(?:[\w'’\x92-]+\s+){0,3}?(?:stay|visit|trip|tour|mission|week|days)|on (?:her|his|their) (?:second|third|fourth|fifth|last|final) day)\b/i;
/** A date that does not say when something happened: an end, a start from now on, a deadline. */
const NOT_EVENT_DATE =
  /\b(?:from|until|till|through|by|since|starting|effective|before|after|next)\s+(?:on\s+)?$/i;
/**
 * A dateline opening a paragraph, with its city in mixed case ("Jakarta, 6 August 2026 — ",
 * "Lima, Peru, March 5 (Wire) - "): the words before its date, from the line's start, and
 * after it.
 */
const FILED_BEFORE =
  /^[ \t]*(?!(?:On|In|At|By|From|Since|Until|Before|After|During|Between)\b)\p{Lu}[\p{L}'’\x92.-]*(?:[ \t]+\p{Lu}[\p{L}'’\x92.-]*){0,2}(?:,[ \t]*\p{Lu}[\p{L}'’\x92.-]*(?:[ \t]+\p{Lu}[\p{L}'’\x92.-]*){0,2})?,[ \t]*$/u;
const FILED_AFTER = /^[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:--|[-–\x96—\x97:])[ \t]/;

/** Whether a date is the one a dateline opening its paragraph writes: the day of filing. */
function isFiledDate(doc: Doc, d: DateMention): boolean {
  const from = d.start - 60;
  const before = doc.text.slice(Math.max(0, from), d.start);
  const line = before.lastIndexOf('\n');
  if (line < 0 && from > 0) return false;
  return (
    FILED_BEFORE.test(before.slice(line + 1)) && FILED_AFTER.test(doc.text.slice(d.end, d.end + 40))
  );
}

/** "April 6 to 8", "April 6-8": a date followed by the last day of a span, as a bare number. */
const LAST_DAY_AFTER = /^\s*(?:[-–\x96—\x97]|to|until|till|through)\s*(\d{1,2})\b(?![.:,]?\d|\s*%)/;

/**
 * The last day of a span of days a date opens, closed by a bare number ("from April 6 to 8"):
 * undefined when it opens none.
 */
function spanEnd(doc: Doc, d: DateMention): string | undefined {
  const last = LAST_DAY_AFTER.exec(doc.text.slice(d.end, d.end + 16))?.[1];
  const first = Number(d.iso.slice(8, 10));
  const ok =
    last !== undefined &&
    /\d/.test(d.text) &&
    namesDay(d) &&
    Number(last) > first &&
    Number(last) - first <= MAX_SPAN_DAYS;
  return ok ? `${d.iso.slice(0, 8)}${last.padStart(2, '0')}` : undefined;
}

/** Whether a date opens a span of days closed by a bare number ("from April 6 to 8"). */
const opensDaySpan = (doc: Doc, d: DateMention) => spanEnd(doc, d) !== undefined;

/**
 * A date that may say when something happened: not quoted, not a dateline's, and not an end,
 * a start from now on or a deadline ("effective January 5"), unless "from" opens a span of days
 * ("from April 6 to 8"). `from` bounds the words looked at before it.
 */
export const isEventDate = (doc: Doc, d: DateMention, from: number) =>
  !isQuoted(doc, d.start) &&
  (!NOT_EVENT_DATE.test(doc.text.slice(Math.max(from, d.start - 20), d.start)) ||
    opensDaySpan(doc, d) ||
    mealOfTheDay(doc, d, from)) &&
  !isFiledDate(doc, d);

/** A part of a day's programme named by its day: "Monday's lunch", "Tuesday's plenary". */
const DAY_PROGRAMME_PART =
  /^['’\x92]s\s+(?:[\w-]+\s+)?(?:lunch|luncheon|dinner|breakfast|plenary|reception|family photo)\b/i;
/** "met for forty minutes before Monday's lunch": the day of the programme is the meeting's. */
const mealOfTheDay = (doc: Doc, d: DateMention, from: number) =>
  /\b(?:before|after)\s+$/i.test(doc.text.slice(Math.max(from, d.start - 8), d.start)) &&
  DAY_PROGRAMME_PART.test(doc.text.slice(d.end, d.end + 30));
export const FUTURE = /\b(?:will|would|is to|are to|is expected|are expected|plans? to|next)\b/i;
/** A part of the day of publication ("spoke by phone this morning"): the publication date. */
export const TODAY_PART = /\b(?:this (?:morning|afternoon|evening)|tonight|earlier today)\b/i;

/**
 * A date that says when something was said ("said on Tuesday", "speaking on Thursday", "in a
 * statement issued on Thursday", "told reporters in Ottawa on Monday", "told the National
 * Assembly on Thursday"), not when it happened. An audience is told by its noun: "told the
 * European trade chief on Tuesday" may be the day they met.
 */
const SAID_ON =
  /\b(?:said|says|told\s+(?:\w+|(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:assembly|parliament|house|senate|congress|legislature|committee|conference|briefing|lawmakers|senators|MPs|reporters|journalists|media))|announced|stated|added|speaking|writing|(?:statement|readout|release|communiqu[eé])(?:\s+(?:issued|released|published|posted))?)(?:\s+(?:in|at)\s+(?:(?!on\b)[\w-]+\s+){0,2}?[\w-]+)?\s+(?:on\s+)?$/i;
/** Whether the clause writes `d` as the day something was said ("said on Tuesday"). */
export const saidOn = (doc: Doc, unit: Span, d: DateMention) =>
  SAID_ON.test(doc.text.slice(Math.max(unit.start, d.start - 45), d.start));

/**
 * "Last week", "this week": a date that names a week, not the day of an engagement ("on
 * Saturday last week" names its day).
 */
export const WEEK_ONLY = new RegExp(String.raw`^(?!.*\b${WEEKDAY_NAME}\b).*\bweek\b`, 'i');
/**
 * A past month or year with no day ("when the two spoke in February", "her meeting with Li in
 * 2024", "earlier this year", "at the end of October", "last October"), also one naming the
 * engagement ("her January meeting with Li", "last month's talks"): an engagement told only
 * with it is recalled, not reported.
 */
export const PAST_PERIOD = new RegExp(
  String.raw`\b(?:(?:earlier|last)\s+(?:this\s+)?(?:month|year|spring|summer|autumn|fall|winter)|(?:in|at|by|towards?|last)\s+(?:(?:early|mid|late)[-\s]|the\s+(?:end|start|beginning|middle|close)\s+of\s+)?(?:${MONTH_NAME}|\d{4})\b(?!\s+\d)|(?:${MONTH_NAME}|last\s+(?:month|year))(?:['’\x92]s)?\s+(?:[\w-]+\s+)?(?:meeting|call|talks|visit|summit|session|round)\b)`,
  'i',
);
/**
 * A recent month set before the main clause it dates ("Earlier this month, Modi and Trump held
 * a telephone conversation", "In early May, …"): the sentence reports the engagement, with no
 * day, rather than recalling it.
 */
export const FRONTED_MONTH = new RegExp(
  String.raw`^\s*(?:(?:earlier|early|late)\s+this\s+month|last\s+month|in\s+(?:(?:early|mid|late)[-\s])?${MONTH_NAME})\s*,`,
  'i',
);
/**
 * A time longer than a day, with no day in it: a past one, or "this month", "later this year".
 * An engagement told in it took place on some day of it, not on the day of the sentence before.
 */
const PERIOD = new RegExp(
  `${PAST_PERIOD.source}|\\b(?:later|this|next|that)\\s+(?:this\\s+)?(?:month|year|spring|summer|autumn|fall|winter)\\b`,
  'i',
);
/**
 * A day named by its distance ahead of publication ("next week", "tomorrow", "in two days"): an
 * engagement on it is still to come ("a meeting … is set for next week").
 */
const AHEAD_DAY = /\b(?:next|tomorrow|coming|in\s+(?:one|two|three|\d+)\s+(?:days?|weeks?))\b/i;
/**
 * Whether the clause sets its engagement on a day or week ahead of publication (AHEAD_DAY): the
 * day found for it, or, when it has none, a week it names ("hold talks in Lima next week").
 */
export function stillAhead(
  doc: Doc,
  unit: Span,
  aside: readonly Span[],
  day: DateMention | undefined,
): boolean {
  const ahead = (d: DateMention) => d.iso > doc.published && AHEAD_DAY.test(d.text);
  if (listedAhead(doc, unit.start)) return true;
  if (day) return ahead(day);
  return within(doc.dates, unit.start, unit.end).filter(outside(aside)).some(ahead);
}

/** A heading over a list of what is still to come: "Week ahead", "Coming up:", "Next week". */
const AHEAD_HEADING =
  /^[ \t]*(?:(?:the|this)[ \t]+)?(?:(?:week|days?|month)[ \t]+ahead|coming[ \t]+up|looking[ \t]+ahead|next[ \t]+week|diary|(?:still[ \t]+)?to[ \t]+come)\b[^.\n]{0,40}$/i;
/** How many items of a list are looked through for its heading. */
const MAX_LIST_ITEMS = 12;

/**
 * Whether the offset is in an item of a list that a heading of what is still to come opens
 * ("Week ahead ¶ - Tuesday: Ruiz hosts Hale …"): the items are a diary, not engagements held.
 */
function listedAhead(doc: Doc, at: number): boolean {
  const { text } = doc;
  const own = lineAround(text, at);
  if (!LIST_BULLET.test(text.slice(own.start, own.end))) return false;
  // the lines above, blank lines between items or under the heading passed over
  let items = 0;
  for (const l of linesAbove(text, at, Infinity)) {
    const line = text.slice(l.start, l.end);
    if (line.trim() === '') continue;
    if (!LIST_BULLET.test(line)) return AHEAD_HEADING.test(line);
    if (++items >= MAX_LIST_ITEMS) return false;
  }
  return false;
}

/** Whether a clause names only a week or a longer time for what it tells, not a day. */
export const namesPeriod = (doc: Doc, unit: Span, sentence: string) =>
  PERIOD.test(sentence) ||
  within(doc.dates, unit.start, unit.end).some((d) => WEEK_ONLY.test(d.text));

/**
 * The first day of a span of days written as one, before its last day: "3-4 June", "on 2 and 3
 * March", "from 21 to 23 September", "between 2 and 3 March" (a bare number), or "from Monday
 * to Wednesday", "30 March to 1 April" (a date of its own). "From" or "between" belongs to the
 * span, so the words before it are read as for one date.
 */
const SPAN_DAY_BEFORE =
  /(?:\b(?:from|between)\s+)?(?<![\d.,-])\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–\x96—\x97]|\s(?:to|and|until|till|through)\s)\s*$/i;
const SPAN_JOIN = /^\s*(?:[-–\x96—\x97]|to|and|until|till|through)\s*$/i;
const SPAN_OPEN = /\b(?:from|between)\s+$/i;
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY_NAME}$`, 'i');
const weekdayIndex = (d: DateMention) => WEEKDAYS.indexOf(d.text.toLowerCase());
/** A span of days longer than this is no one engagement's. */
export const MAX_SPAN_DAYS = 14;

/**
 * A date that closes a span of days, as its first day: a meeting held over days is listed on
 * the day it began. Undefined for a date that closes no span.
 */
const spanStart = (doc: Doc, d: DateMention, before: DateMention | undefined) =>
  numberSpanStart(doc, d, before) ?? dateSpanStart(doc, d, before);

/** "3-4 June", "from 21 to 23 September": the first day written as a bare number. */
function numberSpanStart(
  doc: Doc,
  d: DateMention,
  before: DateMention | undefined,
): DateMention | undefined {
  const lead = SPAN_DAY_BEFORE.exec(doc.text.slice(Math.max(0, d.start - 24), d.start));
  if (!lead?.[1] || !namesDay(d) || !/\d/.test(d.text)) return undefined;
  const start = d.start - lead[0].length;
  const first = Number(lead[1]);
  const day = Number(d.iso.slice(8, 10));
  if ((before && before.end > start) || first >= day || day - first > MAX_SPAN_DAYS)
    return undefined;
  const iso = `${d.iso.slice(0, 8)}${lead[1].padStart(2, '0')}`;
  return { ...d, text: doc.text.slice(start, d.end), start, iso };
}

/** "from Monday to Wednesday", "30 March to 1 April": the first day written as a date. */
function dateSpanStart(
  doc: Doc,
  d: DateMention,
  before: DateMention | undefined,
): DateMention | undefined {
  const { text } = doc;
  if (!before || !SPAN_JOIN.test(text.slice(before.end, d.start))) return undefined;
  const open = SPAN_OPEN.exec(text.slice(Math.max(0, before.start - 12), before.start));
  const start = before.start - (open?.[0].length ?? 0);
  const bare = (x: DateMention) => WEEKDAY_ONLY.test(x.text);
  // A weekday "from" reads as ahead of publication; count back from the last day instead.
  const back = (weekdayIndex(d) - weekdayIndex(before) + 7) % 7;
  const iso = bare(before) && bare(d) ? addDays(d.iso, -back) : before.iso;
  const days = daysBetween(iso, d.iso);
  if (days <= 0 || days > MAX_SPAN_DAYS) return undefined;
  const inferred = d.inferred || before.inferred;
  return { ...d, text: text.slice(start, d.end), start, iso, inferred };
}

/** A date as written, with the last day of the span of days it opens, if it opens one. */
export type WrittenDay = DateMention & { readonly last?: string };

/** Whether a span of days written as one (WrittenDay) covers a day after its first. */
export const covers = (d: WrittenDay, iso: string) =>
  d.last !== undefined && d.iso < iso && iso <= d.last;

/**
 * The dates written in [start, end), a span of days as one date on its first day (spanStart),
 * with its last day kept (also when written as a bare number: "from April 6 to 8"): a single
 * day inside it says more.
 */
export function daysWritten(doc: Doc, start: number, end: number): WrittenDay[] {
  const dates = within(doc.dates, start, end);
  const out: WrittenDay[] = [];
  dates.forEach((d, i) => {
    const first = spanStart(doc, d, dates[i - 1]);
    const last = first ? undefined : spanEnd(doc, d);
    if (last !== undefined) out.push({ ...d, last });
    else if (!first) out.push(d);
    else {
      // The span's first date, written as a date of its own, is the span now.
      if (first.start <= (out.at(-1)?.start ?? -1)) out.pop();
      out.push({ ...first, last: d.iso });
    }
  });
  return out;
}

/**
 * The date a clause writes for its engagement: the first one outside its asides that is not
 * the day something was said ("said on Tuesday he had a call with Li on Monday"), else the
 * day it was said. A date in an aside is another matter's ("met Li to discuss the duties
 * imposed on March 4"); a week ("met Lutnick last week"), the dateline's day and a date that
 * is no day of an event ("with effect from Dec. 1") give none. A span of days ("on 3-4 June")
 * gives its first day, unless a single day of it is written too ("during the visit from 3 to 5
 * June, met Li on 4 June"); a journey's day gives way to the day of an engagement told in a
 * "where" clause after it (metWhere).
 */
export function writtenDate(doc: Doc, unit: Span, aside: readonly Span[]): WrittenDay | undefined {
  const filed = datelineEnd(doc);
  const written = daysWritten(doc, unit.start, unit.end).filter(
    (d) => !WEEK_ONLY.test(d.text) && d.start >= filed && isEventDate(doc, d, unit.start),
  );
  const told = written.filter(outside(aside)).filter((d) => !saidOn(doc, unit, d));
  // "Today's actions follow the meeting … on February 27": a day that owns the news is not the
  // engagement's when another is written.
  const notOwner = told.filter((d) => !OWNS_NEWS.test(doc.text.slice(d.end, d.end + 40)));
  const owned = notOwner.length > 0 ? notOwner : told;
  // "10:45 - A recap: Carney met Li on Thursday afternoon": the time stamping a live entry
  // gives way to the day the entry writes.
  const days = owned.filter((d) => !isTimeOfDay(d));
  const own = days.length > 0 ? days : owned;
  const single = own.find(
    (d) =>
      d.last === undefined &&
      own.some((r) => r.last !== undefined && (r.iso === d.iso || covers(r, d.iso))),
  );
  return single ?? metWhere(doc, own) ?? own[0] ?? written.filter(outside(aside))[0];
}

/** A day as the owner of what is not an engagement: "Today's actions", "Monday's decision". */
const OWNS_NEWS =
  /^['’\x92]s\s+(?!(?:[\w-]+\s+){0,2}?(?:meetings?|talks|calls?|summit|visit|session|round|dialogue|conversation|discussions)\b)/i;

/**
 * A clause on a journey with the engagement told in a "where" clause after it, with its own
 * day: "returned on Thursday from Washington, where he met Lutnick on Wednesday", "arrived in
 * Lima on Sunday, where the two ministers held talks on Monday".
 */
const MET_WHERE =
  /^[^;]{0,80}?,\s+where\s+[^;]{0,80}?\b(?:met|meets|held|holds|hosted|hosts|received|receives|spoke|speaks|talked|talks|called on|visited|co-chaired)\b[^;]*$/i;

/**
 * The day a "where" clause writes for the engagement it tells (MET_WHERE), past the day of the
 * journey written before it; undefined when the clause writes no engagement of its own.
 */
function metWhere(doc: Doc, own: readonly WrittenDay[]): WrittenDay | undefined {
  const [first, next] = own;
  if (!first || !next) return undefined;
  return MET_WHERE.test(doc.text.slice(first.end, next.start)) ? next : undefined;
}

/**
 * "The previous day", "the night before": the day before the one the clause writes ("said on
 * Friday …, after a meeting with Wang in Beijing the previous day").
 */
export const PREVIOUS_DAY =
  /\b(?:the (?:previous|preceding) (?:day|evening|night)|the (?:day|night) before)\b/i;

/**
 * The date a clause writes (writtenDate), or the day before it for "said on Friday she met Li
 * the previous day": "the previous day" counted from the day something was said. None when the
 * only day is the one something was said and the engagement is told in the past perfect ("said
 * on Monday she had met Li"): it came before, on a day not written.
 */
export function dayBeforeSaid(
  doc: Doc,
  unit: Span,
  sentence: string,
  aside: readonly Span[],
): DateMention | undefined {
  const d = writtenDate(doc, unit, aside);
  if (!d || !saidOn(doc, unit, d)) return d;
  if (PREVIOUS_DAY.test(sentence)) return { ...d, iso: addDays(d.iso, -1), inferred: true };
  return BEFORE_THEN.test(sentence.slice(d.end - unit.start)) ? undefined : d;
}

/** The day a clause writes for what happened in it, not for when something was said. */
export function dayOf(doc: Doc, unit: Span, aside: readonly Span[]): DateMention | undefined {
  const d = writtenDate(doc, unit, aside);
  return d && !saidOn(doc, unit, d) ? d : undefined;
}

/** A day named as the engagement's: "Tuesday's meeting", "the talks on Tuesday". */
const DAY_POSSESSIVE =
  /^['’\x92]s\s+(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|summit|visit|session)\b/i;
const KNOWN_ON_DAY =
  /\b(?:the|their|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|summit|visit|session)\s+(?:on|of)\s+$/i;

/** The day a clause names for an engagement the reader knows ("after Tuesday's meeting"). */
export function knownDay(doc: Doc, unit: Span): DateMention | undefined {
  return within(doc.dates, unit.start, unit.end).find(
    (d) =>
      !isQuoted(doc, d.start) &&
      (DAY_POSSESSIVE.test(doc.text.slice(d.end, d.end + 40)) ||
        KNOWN_ON_DAY.test(doc.text.slice(Math.max(unit.start, d.start - 50), d.start))),
  );
}

/** The day something was said in a clause ("the White House said on Friday"). */
function saidDate(doc: Doc, unit: Span): DateMention | undefined {
  return within(doc.dates, unit.start, unit.end).find((d) => saidOn(doc, unit, d));
}

export interface After {
  /** where "after" (or "a day after") starts and ends in the clause */
  readonly at: number;
  readonly end: number;
  /** the days between the engagement and the news: 0 when not said */
  readonly days: number;
  /** "hours after", "shortly after": on the day of the news */
  readonly sameDay: boolean;
}

/**
 * The date of an engagement told after "after": the date written after the word ("after a call on
 * Saturday"); for "a day after" or "after … the previous day", the day before the date written for
 * the news ("said on Wednesday, a day after holding talks"); for "hours after" with no date of its
 * own, the day the news was said ("said on Friday, hours after Trump spoke with Modi"; "said on
 * Friday after meeting Li"), else the day written for the news ("announced it on Wednesday
 * afternoon, hours after …"). Undefined when the clause writes neither.
 */
export function dateAfter(
  doc: Doc,
  unit: Span,
  after: After,
  aside: readonly Span[],
): DateMention | undefined {
  const own = writtenDate(doc, span(unit.start + after.end, unit.end), aside);
  if (after.days === 0 && (own || !after.sameDay)) return own;
  const lead = span(unit.start, unit.start + after.at);
  const news = after.sameDay
    ? (saidDate(doc, lead) ?? writtenDate(doc, lead, aside))
    : writtenDate(doc, lead, aside);
  return news && { ...news, iso: addDays(news.iso, -after.days), inferred: true };
}

export const inferredOn = (at: number, iso: string): DateMention => ({
  text: '',
  start: at,
  end: at,
  iso,
  inferred: true,
});

/**
 * "Ruiz said she had discussed it with Li in a call", "had earlier been received by Li": the
 * past perfect tells of a time before the one the text is at, so the day of the sentence before
 * is not the engagement's.
 */
export const BEFORE_THEN =
  /\bhad\s+(?:(?:already|also|earlier|previously)\s+)?(?:been\s+)?(?:met|spoken|talked|held|discussed|raised|hosted|received|visited|called|phoned)\b/i;

/**
 * A month with no day ("in August", "in early May"): with the past perfect ("had spoken with Li
 * by phone in August"), an engagement recalled from before the news, not reported.
 */
export const IN_MONTH = new RegExp(
  String.raw`\bin\s+(?:(?:early|mid|late)[-\s])?${MONTH_NAME}\b(?!\s+\d)`,
);

/**
 * An engagement the text tells as having taken place is not after the text: a day written
 * without its year ("hosted … on 17 February" in a November paper) falls in the year before
 * when the nearest year would put it in the future, unless the text writes a day of that year
 * within a month of it ("From June 16, 2019, … met Juster on June 18"): then the day the text
 * is dated by is no bound.
 */
export function inPast(doc: Doc, d: DateMention | undefined): DateMention | undefined {
  if (!d || !namesDay(d)) return d;
  if (!/\b\d{1,2}\b/.test(d.text)) return d; // a weekday or "tomorrow", not a day of a month
  return yearWrittenNear(doc, d.iso) ? d : inYearBefore(d, doc.published);
}

/** Whether the text writes, with its year, a day within a month of `iso`. */
const yearWrittenNear = (doc: Doc, iso: string) =>
  doc.dates.some(
    (x) => !x.inferred && namesDay(x) && Math.abs(daysBetween(x.iso, iso)) <= MONTH_DAYS,
  );
const MONTH_DAYS = 31;

/** A time of day opening a line of a live page ("13:30 - ", "09:15", "4.05pm"). */
const TIME_STAMP = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?=[ \t]|$)/i;
/** A line that is a time of day alone, heading the entry below it. */
const STAMP_ONLY = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*$/i;
/** A date mention that is a time of day alone ("11:45"), read as the day of publication. */
export const isTimeOfDay = (d: DateMention) => STAMP_ONLY.test(d.text);
/** The longest line read as the day heading of a live page ("Tuesday, July 14"). */
const DAY_HEADING_CHARS = 100;

/**
 * A line that is a day alone, heading the entries below it, in any case and with the place of
 * the day after it: "Sunday, October 26", "3 March 2026:", "MONDAY, SEPT. 21 - BEIJING", "TUESDAY".
 */
const DAY_HEADING_LINE = new RegExp(
  String.raw`^[ \t]*(?:${WEEKDAY_NAME}(?:,?[ \t]+(?:${MONTH_WORD}[ \t]+\d{1,2}|\d{1,2}[ \t]+${MONTH_WORD}))?|${MONTH_WORD}[ \t]+\d{1,2}|\d{1,2}[ \t]+${MONTH_WORD})(?:,?[ \t]+\d{4})?(?:[ \t]*(?:[-–\x96—\x97|,])[ \t]*\p{L}[\p{L}'’\x92 .-]{1,30})?[ \t]*:?[ \t]*$`,
  'iu',
);

/** Whether two lines or more of a text are a day alone (DAY_HEADING_LINE), read once per doc. */
const daysHeaded = new WeakMap<Doc, boolean>();
const headedByDays = (doc: Doc) => {
  const known = daysHeaded.get(doc);
  if (known !== undefined) return known;
  const lines = doc.text.split('\n').filter((line) => DAY_HEADING_LINE.test(line));
  daysHeaded.set(doc, lines.length >= 2);
  return lines.length >= 2;
};

/**
 * The day of the nearest line above `at` that is a day alone ("Sunday, October 26"), heading a
 * record kept by day (two such lines at least); undefined when there is none, when a live page's
 * time-stamped entry stands between, or when it is after the publication date.
 */
export function headingDay(doc: Doc, at: number): DateMention | undefined {
  const { text } = doc;
  // A record kept by day heads two days at least; one line of a day alone dates a release.
  if (!headedByDays(doc)) return undefined;
  for (const l of linesAbove(text, at, LIVE_PAGE_LINES)) {
    // A live page's entries are its time-stamped lines (see liveEntryDay).
    if (TIME_STAMP.test(text.slice(l.start, l.end))) return undefined;
    if (!DAY_HEADING_LINE.test(text.slice(l.start, l.end))) continue;
    const day = within(doc.dates, l.start, l.end).find((d) => namesDay(d));
    return day && day.iso <= doc.published ? inferredOn(at, day.iso) : undefined;
  }
  return undefined;
}

/** How many lines above an entry are looked through for the day heading a live page. */
const LIVE_PAGE_LINES = 80;

/**
 * The day of a live page's entry: an entry opened by a time of day ("13:30 - Ruiz spoke by phone
 * with Li", or a time alone on the line above it) is of the day the page heads its entries
 * with, the nearest short line above it that writes a day and is no entry ("Tuesday, July 14",
 * "Saturday, 22 November 2025 | Updated 18:40"). Undefined for text that is no such entry, or
 * when the day heading is after the publication date.
 */
export function liveEntryDay(doc: Doc, at: number): DateMention | undefined {
  const { text } = doc;
  const line = lineAround(text, at);
  const own = text.slice(line.start, line.end);
  const above = line.start > 0 ? lineAround(text, line.start - 1) : undefined;
  const stamped =
    TIME_STAMP.test(own) ||
    (above !== undefined && STAMP_ONLY.test(text.slice(above.start, above.end)));
  if (!stamped) return undefined;
  for (const l of linesAbove(text, at, LIVE_PAGE_LINES)) {
    const words = text.slice(l.start, l.end);
    if (words.length > DAY_HEADING_CHARS || TIME_STAMP.test(words) || /[.!?]\s*$/.test(words))
      continue;
    const day = within(doc.dates, l.start, l.end).find((d) => /\d/.test(d.text) && namesDay(d));
    if (day) return day.iso <= doc.published ? inferredOn(at, day.iso) : undefined;
  }
  return undefined;
}
