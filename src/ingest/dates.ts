/**
 * Dates as news writes them, resolved against the publication date: "March 20", "5 June",
 * "Aug. 14, 2025", "on Monday", "yesterday", "next week". A date whose year or day was taken
 * from the publication date is marked `inferred`.
 *
 * Weekdays follow the tense around them: "said on Monday" is the last Monday on or before the
 * publication date; "will take effect on Monday" is the next Monday after it. Month-day dates
 * without a year take the year that puts them closest to the publication date. All forms are
 * read by one compiled pattern; relative phrases ("in two weeks") are counted in days, and words
 * that point at a day told before ("the day before", "two days later", "from that day", "on
 * publication", "effective immediately") take their day from it.
 */
import { addDays, dayNumber, isIsoDate } from '../core/dates.ts';

export interface DateMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** YYYY-MM-DD */
  readonly iso: string;
  /** the year or the day came from the publication date */
  readonly inferred: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/**
 * Pattern fragments, each one group that captures nothing: a day of the week, a month written
 * out, and a month written out or short as dates write it ("Jan.", "Sept").
 */
export const WEEKDAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const MONTH_WORD =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const MONTH = `(${MONTH_WORD})`;
/** True when a mention's `iso` names a day (YYYY-MM-DD), not only a month or a year. */
export const namesDay = (d: { readonly iso: string }): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d.iso);

/** The days of the week in lower case, Sunday first, as `Date.getUTCDay` counts them. */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const WEEKDAY = `(${WEEKDAY_NAME})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';

/** A time of day as a live blog writes it: "08:47 BST", "7:15 a.m.", "14:30". */
export const TIME_OF_DAY =
  '\\d{1,2}[:.]\\d{2}(?:\\s*(?:a\\.m\\.|p\\.m\\.|am|pm))?(?:[ \\t]+(?:[A-Z]{1,4}T|UTC|local time))?';

/** A time written with a colon, as a clock shows it ("09:40"): not a clause's number ("2.10"). */
const CLOCK_TIME = '\\d{1,2}:\\d{2}(?:[ \\t]+(?:[A-Z]{1,4}T|UTC))?';
/**
 * A time of day standing alone on its line, as a live blog heads each entry with it ("08:47
 * BST", "7:15 a.m.", "14:30"), or, written with a colon, opening the entry's line ("09:40 Kyle
 * spoke …", "08:30 - China's ministry …"; not "2.10 The Minister shall …"): the entry is told
 * on the day of the text.
 */
const TIME_STAMP = new RegExp(
  `(?<=^|\\n)[ \\t]*(?:${TIME_OF_DAY}(?=[ \\t]*(?:\\n|$))|${CLOCK_TIME}(?=[ \\t]*[-–\x96—\x97][ \\t]|[ \\t][A-Z]))`,
);

/** Days named by their feast, as month and day: "on Christmas Eve". */
const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
};

const DATE_PATTERN = new RegExp(
  [
    `(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)`,
    `(?:${WEEKDAY},?\\s+)?(?<md>\\b${MONTH}\\s+${DAY}\\b${YEAR})`,
    `(?:${WEEKDAY},?\\s+)?(?<dm>\\b${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR})`,
    `(?<dom>\\b(?<domDay>\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH}))`,
    `(?<wd>\\b(?:(?:last|next|this|coming)\\s+)?${WEEKDAY}\\b(?:\\s+(?:of\\s+)?(?:last|next)\\s+week\\b)?)`,
    `(?<holiday>\\b(?:Christmas (?:Eve|Day)|New Year['’\x92]s (?:Eve|Day)|Boxing Day)\\b)`,
    `(?<rel>\\b(?:today|yesterday|tomorrow|this (?:morning|afternoon|evening)|tonight|last night|next week|last week|this week|in (?:one|two|three|\\d+) (?:days?|weeks?))\\b)`,
    `(?<after>\\b(?:the (?:next|following) day|the day after|(?:a|one|two|three|four|five|six|\\d{1,2}) days? later)\\b)`,
    `(?<before>\\b(?:the (?:previous|preceding) day|the day before|(?:a|one|two|three|four|five|six|\\d{1,2}) days? (?:earlier|before))\\b)`,
    `(?<same>\\b(?:(?:that|the same) (?:day|date)|(?:the (?:day|date) of )?(?:its |their )?publication)\\b)`,
    `(?<stamp>${TIME_STAMP.source})`,
    `(?<now>\\b(?:effective immediately|with immediate effect|(?:takes?|took|taking) effect immediately|(?:comes?|came|coming) into (?:force|effect) immediately)\\b)`,
  ].join('|'),
  'gi',
);

/**
 * Words before a weekday that put it in the future ("will take effect on Monday"); not a
 * speaker's "I would add that on Monday …".
 */
const FUTURE_CUE =
  /\b(?:will|would(?!\s+(?:like\s+to\s+)?(?:add|say|stress|note|point out|emphasi[sz]e|reiterate|remind|underline)\b)|shall|next|take effect|takes effect|taking effect|come into (?:force|effect)|comes into (?:force|effect)|is set to|are set to|due|scheduled|planned|plans?|expected)\b/gi;
/** Right before the weekday: "from Monday", "starting Monday", "until Friday". */
const FUTURE_NEAR = /\b(?:from|starting|beginning|effective|until|through|by)\s+$/i;
/**
 * An act told as done, its cue of a start notwithstanding: "The duty was lowered to 15%,
 * effective March 1", "has been cut, from June 1", with no future word after the verb.
 */
const PAST_ACT =
  /\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:lowered|cut|reduced|raised|increased|lifted|removed|suspended|imposed|extended|scrapped|halved|doubled)\b(?![^.]*\b(?:will|would|shall)\b)/i;
/**
 * Words before a date that tell something done, "following a meeting" among them: an event that
 * came before (not "the following Monday").
 */
const PAST_CUE =
  /\b(?:said|says|announced|told|met|spoke|held|was|were|did|signed|agreed|ruled|published|issued|released|confirmed|imposed|placed|put|levied|took effect|came into force|entered into (?:force|effect)|visited|called|hosted|suspended|lifted|removed|raised|threatened|warned|opened|launched|began|ended|wrapped up|concluded|reported|decided|ordered|approved|voted|follows|followed|following(?=\s+(?:a|an|his|her|their|its|talks)\s))\b/gi;

/**
 * The tense nearest before a date: the later of the last past cue and the last future cue,
 * or null when the words before have neither. With `startWords`, a start right before the date
 * ("from", "starting") says the future.
 */
function tenseCue(context: string, startWords = true): 'past' | 'future' | null {
  if (startWords && FUTURE_NEAR.test(context) && !PAST_ACT.test(context)) return 'future';
  let past = -1;
  let future = -1;
  PAST_CUE.lastIndex = 0;
  for (let m = PAST_CUE.exec(context); m !== null; m = PAST_CUE.exec(context)) past = m.index;
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(context); m !== null; m = FUTURE_CUE.exec(context)) future = m.index;
  if (past === -1 && future === -1) return null;
  return future > past ? 'future' : 'past';
}

/** The tense of a weekday: past unless the words before it say the future. */
const tenseBefore = (context: string): 'past' | 'future' => tenseCue(context) ?? 'past';

/** A weekday's possessive: "Tuesday's talks", "Friday’s ruling". */
const POSSESSIVE_AFTER = /^['’\x92]s\b/;
/** Words right before an event that put it ahead: "ahead of Tuesday's talks". */
const AHEAD_NEAR = /\b(?:ahead of|awaiting|await)\s+$/i;
/** "before Tuesday's talks": ahead, unless the words before tell something done. */
const BEFORE_NEAR = /\bbefore\s+$/i;

/**
 * The tense of a weekday's possessive ("came away from Tuesday's talks"): a day already told,
 * an event and not a start, so "from" before it says nothing of the future; only a future word
 * ("will attend Tuesday's meeting", "ahead of Tuesday's talks") puts it ahead, and "before"
 * unless a past verb comes first ("met for forty minutes before Monday's lunch").
 */
function possessiveTense(context: string): 'past' | 'future' {
  if (AHEAD_NEAR.test(context)) return 'future';
  const cue = tenseCue(context, false);
  if (BEFORE_NEAR.test(context)) return cue === 'past' ? 'past' : 'future';
  return cue ?? 'past';
}

/** A full stop that ends an abbreviation, not a sentence: "U.S. goods", "Mr. Li". */
const ABBREVIATED = /(?:\b(?:[A-Z]\.){1,2}[A-Z]|\b(?:Mr|Mrs|Ms|Dr|No|St))$/;

/** The words of the sentence before `start`, at most 80 characters. */
function sentenceBefore(text: string, start: number): string {
  let stop = text.lastIndexOf('. ', start);
  while (stop > 0 && ABBREVIATED.test(text.slice(Math.max(0, stop - 8), stop)))
    stop = text.lastIndexOf('. ', stop - 1);
  const from = Math.max(stop, text.lastIndexOf('\n', start), start - 80, 0);
  return text.slice(from, start);
}

/**
 * A yearless month-day known to lie in the past, resolved to the nearest year, moves to the
 * year before when the nearest put it more than `graceDays` after publication. A tense cue
 * ("the tariffs China placed on March 20", published in November) is less sure than nearness,
 * so it leaves days just after publication as they are (a grace of 30 days); an engagement the
 * text reports as held cannot be after the text at all (no grace).
 */
export function inYearBefore<T extends { readonly iso: string; readonly inferred: boolean }>(
  resolved: T,
  published: string,
  graceDays = 0,
): T {
  if (!resolved.inferred || dayNumber(resolved.iso) - dayNumber(published) <= graceDays)
    return resolved;
  const iso = `${Number(resolved.iso.slice(0, 4)) - 1}${resolved.iso.slice(4)}`;
  return isIsoDate(iso) ? { ...resolved, iso } : resolved;
}

/**
 * A year written earlier in the sentence with its month: "In August 2024", "on March 8,
 * 2025", "8 March 2025". The last one before a yearless date is that date's year; a year alone
 * ("imposed in 2021") may tell of an earlier act than the date's.
 */
const YEAR_WRITTEN = new RegExp(
  `(?:\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|\\b\\d{1,2}\\s+(?:of\\s+)?${MONTH},?\\s+)((?:19|20)\\d{2})\\b`,
  'gi',
);
/** Words that bring a sentence back to the time of the report: "on Tuesday", "now", "today". */
const BACK_TO_NOW = new RegExp(
  `\\b(?:now|today|yesterday|this year|will|shall|next|${WEEKDAY})\\b`,
  'i',
);

/**
 * The year a yearless month-day takes from a date written with its year before it in the
 * same sentence ("In August 2024, Canada announced a surtax, effective October 1"): that
 * year, or the next when the month comes before the written one ("on December 20, 2024, …
 * from January 5"). Null when the sentence writes no year before it, or turns back to the
 * time of the report in between ("In May 2024 …; on Tuesday it said … from June 1", "… will
 * take effect on …").
 */
function yearOfSentence(text: string, start: number, month: number): number | null {
  const from = Math.max(
    text.lastIndexOf('. ', start),
    text.lastIndexOf('\n', start),
    start - 300,
    0,
  );
  const before = text.slice(from, start);
  let last: RegExpExecArray | null = null;
  YEAR_WRITTEN.lastIndex = 0;
  for (let m = YEAR_WRITTEN.exec(before); m !== null; m = YEAR_WRITTEN.exec(before)) last = m;
  if (last === null || BACK_TO_NOW.test(before.slice(last.index + last[0].length))) return null;
  const written = monthIndex(last[1] ?? last[2] ?? '');
  const year = Number(last[3]);
  return written !== 0 && month < written ? year + 1 : year;
}

/**
 * "since" right before a date: a start already past ("have applied since March 1", published in
 * February, is last year's March 1).
 */
const SINCE_BEFORE = /\bsince\s+$/i;

/** A year named by its distance from publication after a yearless date: "April 3 last year". */
const YEAR_AFTER = /^\s+(?:of\s+)?(last|this|next)\s+year\b/i;

/** A yearless month-day moved to the year a word names ("last year", "next year"). */
function inYearSaid<T extends { readonly iso: string }>(
  resolved: T,
  published: string,
  word: string,
): T {
  const shift = { last: -1, this: 0, next: 1 }[word.toLowerCase() as 'last' | 'this' | 'next'];
  const iso = `${Number(published.slice(0, 4)) + shift}${resolved.iso.slice(4)}`;
  return isIsoDate(iso) ? { ...resolved, iso } : resolved;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function monthIndex(word: string): number {
  return (
    MONTHS[
      word
        .toLowerCase()
        .replace(/\.$/, '')
        .slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

/** The year that puts month/day closest to the publication date. */
function closestYear(month: number, day: number, published: string): number | null {
  const year = Number(published.slice(0, 4));
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const iso = `${y}-${pad2(month)}-${pad2(day)}`;
    if (!isIsoDate(iso)) continue;
    const d = Math.abs(dayNumber(iso) - dayNumber(published));
    if (d < bestDistance) {
      bestDistance = d;
      best = y;
    }
  }
  return best;
}

function monthDay(month: number, day: number, year: string | undefined, published: string) {
  if (month === 0) return null;
  if (year !== undefined) {
    const iso = `${year}-${pad2(month)}-${pad2(day)}`;
    return isIsoDate(iso) ? { iso, inferred: false } : null;
  }
  const y = closestYear(month, day, published);
  return y === null ? null : { iso: `${y}-${pad2(month)}-${pad2(day)}`, inferred: true };
}

/**
 * The date a weekday names: the last one on or before publication for the past, the next one
 * after it for the future; "last"/"next" force the direction, and "last Thursday" in a
 * Thursday paper is the Thursday a week back, not the day itself.
 */
export function resolveWeekday(
  weekday: string,
  published: string,
  direction: 'past' | 'last' | 'future' | 'next',
): string {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  const pubDay = new Date(`${published}T00:00:00Z`).getUTCDay();
  if (direction === 'past' || direction === 'last') {
    const back = (pubDay - target + 7) % 7 || (direction === 'last' ? 7 : 0);
    return addDays(published, -back);
  }
  // "take effect on Monday" in a Monday paper is that day; "next Monday" is a week on.
  const ahead = (target - pubDay + 7) % 7 || (direction === 'next' ? 7 : 0);
  return addDays(published, ahead);
}

/** How many days back a day told just before may be to date a start after it. */
const START_REACH_DAYS = 7;

/**
 * A weekday told as a start with no future verb ("the duties apply from Tuesday", "applied from
 * Wednesday"): the first such day after the day of the act just told ("A notice was published
 * on Monday, and the duties apply from Tuesday" is the day after Monday, in a Wednesday paper),
 * when that day lies in the week before publication; else the next one on or after publication.
 */
function startAfter(weekday: string, filed: string, told: string | null): string {
  const anchored =
    told !== null && told < filed && dayNumber(filed) - dayNumber(told) <= START_REACH_DAYS;
  return anchored
    ? resolveWeekday(weekday, addDays(told, 1), 'future')
    : resolveWeekday(weekday, filed, 'future');
}

/**
 * Before and after a day of the month written alone: "on the" before it; after it punctuation
 * ("on the 13th, the ministry", "on the 10th (local time)") or a word that is no noun it counts
 * ("on the 10th which imposed", "on the 12th MOFCOM said", "on the 27th announced"), not "on
 * the 5th floor" or "on the 20th anniversary".
 */
const DAY_ALONE_BEFORE = /\bon\s+the\s+$/i;
const DAY_ALONE_AFTER =
  /^(?:\s*(?:[,.;:()—\x97–\x96]|$)|\s+(?:the|a|an|and|at|in|when|which|it|he|she|they|we|after|before|to|of this month|said|(?!hundred\b)[a-z]{2,}ed|[A-Z]\S*)\b)/;

/**
 * The day a day of the month written alone names ("On the 13th, the ministry announced …" in a
 * paper of July 14 is July 13): the last such day on or before publication for the past, the
 * first on or after it for the future, at most two months away.
 */
function dayOfMonth(day: number, published: string, direction: 'past' | 'future'): string | null {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const step = direction === 'past' ? -1 : 1;
  for (let shift = 0; Math.abs(shift) <= 2; shift += step) {
    const m = month + shift;
    const y = year + Math.floor((m - 1) / 12);
    const iso = `${y}-${pad2(((m - 1 + 12) % 12) + 1)}-${pad2(day)}`;
    if (!isIsoDate(iso)) continue;
    const ahead = dayNumber(iso) - dayNumber(published);
    if (direction === 'past' ? ahead <= 0 : ahead >= 0) return iso;
  }
  return null;
}

/**
 * The weekday of the week before or after the publication's, weeks running Monday to Sunday:
 * "Thursday last week", "Friday of next week".
 */
function weekdayOfWeek(weekday: string, published: string, weeks: -1 | 1): string {
  const sinceMonday = (WEEKDAYS.indexOf(weekday.toLowerCase()) + 6) % 7;
  const pubSinceMonday = (new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(published, weeks * 7 - pubSinceMonday + sinceMonday);
}

/** Small counts written as words: "two days later", "in three weeks". */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/**
 * "the next day", "two days later", "the day before", "a day earlier": days after or before
 * `from`, the last date written before it that tells of an event (not "from …" or "until …").
 * "Beijing answers on April 11, effective the next day" is April 12; "Ottawa acted on Friday.
 * A day earlier, Beijing …" is Thursday.
 */
function daysFrom(words: string, from: string, direction: 1 | -1): string {
  const n = /^(a|one|two|three|four|five|six|\d{1,2}) days? /i.exec(words)?.[1]?.toLowerCase();
  const count = n === undefined ? 1 : (COUNT_WORDS[n] ?? Number(n));
  return addDays(from, direction * count);
}

/**
 * What follows "the day before" or "two days after" when it names the event it counts from
 * ("the day before the vote", "two days after Trump's visit", "the day before he met Li"): the
 * day is that event's neighbour, not the neighbour of the date written before.
 */
const EVENT_NAMED_AFTER =
  /^(?:['’\x92]s\b|\s+(?:the|a|an|his|her|its|their|this|that|these|those|he|she|they|it|we|I|yesterday|today)\b|\s+\p{Lu}|\s+\d)/u;
/** Counting words that may take an event after them: "the day after", "three days before". */
const COUNTS_TO_EVENT = /^(?:the day (?:before|after)|\S+ days? (?:before|after))$/i;

/**
 * Words before "that day" that make it a start on a day told before: "from that day", "effective
 * the same date", "took effect that day", "began collecting provisional duties the same day".
 */
const POINTED_START =
  /\b(?:from|as of|effective|since|starting|beginning|(?:take|takes|took|taking) effect|(?:come|comes|came) into (?:force|effect)|enter(?:s|ed)? into (?:force|effect)|appl(?:y|ies|ied)|(?:began|begins?|started|starts?)\s+(?:collecting|charging|levying|applying)(?:\s+[^\s.;,]+){0,3})\s+(?:on\s+|from\s+)?$/i;
/** Words right before a date that make it a start: "from", "effective", "with effect from". */
const START_NEAR = /\b(?:from|starting|beginning|effective|as of)\s+(?:on\s+)?$/i;
/** "on" before publication, a start too: "takes effect on publication", "upon publication". */
const ON_BEFORE = /\b(?:on|upon)\s+$/i;
/** Words pointing at a day by what was done on it: "publication", "the date of its publication". */
const PUBLICATION = /publication$/i;
/** Words before a date that tell it is the day something was published: "published … on". */
const PUBLISHED_NEAR = /\b(?:publish\w*|gazett\w*)\b[^.;]{0,100}$/i;
/**
 * Words right after "that day" that name the day themselves ("from the same date, November 1")
 * or another day ("the same day last March").
 */
const DAY_NAMED_AFTER = new RegExp(
  `^(?:,?\\s+(?:\\d{1,2}\\s+)?${MONTH}|\\s+(?:last|next|this|of|in)\\b)`,
  'i',
);
/** Words before a date that make it the end of a time: "until July 31", "to December 31". */
const END_BEFORE = /\b(?:until|till|to|through|expires?|expiring|ends?)\s+(?:on\s+)?$/i;
/** The end of a sentence: a full stop or a mark, maybe a closing quote, then a space. */
const SENTENCE_END = /[.!?]['"’\x92”\x94]?\s|\n/;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');
/** Whether a sentence ends between two offsets. */
const sentenceEnds = (text: string, from: number, to: number) =>
  SENTENCE_END.test(text.slice(from, to));
/** How many sentences end between two offsets. */
const sentenceEndCount = (text: string, from: number, to: number) =>
  text.slice(from, to).match(SENTENCE_ENDS)?.length ?? 0;

/**
 * The day a start told by pointing back names ("Provisional duties apply from that day", "The
 * duties take effect on publication"): the last date written before it, of any kind ("with
 * effect from May 1 … from the same date"), or for publication the last one told as the day
 * something was published. None when the words before say no start ("before that date") or
 * after name another day ("the same day last March").
 */
function pointedDay(
  text: string,
  words: string,
  start: number,
  end: number,
  lastDate: DateMention | null,
  lastStart: DateMention | null = null,
): { iso: string; inferred: boolean } | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const publication = PUBLICATION.test(words);
  // "will lower its surtax from November 1, the minister said on Monday, hours after Beijing
  // said it would scrap its tariff from the same date": a start points at the start its
  // sentence told before, not at the day of a saying written after it; so it does at the start
  // of the sentence before, when its own sentence tells no day ("… from January 1, the
  // minister said on Monday. China will lift its tariff from the same day").
  if (
    !publication &&
    lastStart !== null &&
    lastStart !== lastDate &&
    (!sentenceEnds(text, lastStart.end, start) ||
      (sentenceEndCount(text, lastStart.end, start) === 1 &&
        (lastDate === null || sentenceEnds(text, lastDate.end, start)))) &&
    START_NEAR.test(before)
  )
    return DAY_NAMED_AFTER.test(text.slice(end, end + 24))
      ? null
      : { iso: lastStart.iso, inferred: true };
  if (lastDate === null || !(POINTED_START.test(before) || (publication && ON_BEFORE.test(before))))
    return null;
  if (DAY_NAMED_AFTER.test(text.slice(end, end + 24))) return null;
  const published =
    !publication ||
    PUBLISHED_NEAR.test(text.slice(Math.max(0, lastDate.start - 120), lastDate.start));
  return published ? { iso: lastDate.iso, inferred: true } : null;
}

/**
 * A day told relative to the publication date: "today" ("this morning", "tonight"),
 * "yesterday" ("last night"), "tomorrow", "next week" and "last week" (seven days on or back),
 * "in two weeks", "in 3 days". "This week" names no day.
 */
function relative(word: string, published: string): string | null {
  const w = word.toLowerCase();
  if (/^(?:today|tonight|this (?:morning|afternoon|evening))$/.test(w)) return published;
  if (w === 'yesterday' || w === 'last night') return addDays(published, -1);
  if (w === 'tomorrow') return addDays(published, 1);
  if (w === 'next week') return addDays(published, 7);
  if (w === 'last week') return addDays(published, -7);
  const ahead = /^in (\S+) (days?|weeks?)$/.exec(w);
  if (!ahead?.[1] || !ahead[2]) return null;
  const count = COUNT_WORDS[ahead[1]] ?? Number(ahead[1]);
  return addDays(published, ahead[2].startsWith('week') ? count * 7 : count);
}

/**
 * A wire dateline ("WASHINGTON, April 10 (Wire) -", "BRUSSELS/PARIS, May 2 -", "GYEONGJU,
 * South Korea, Oct 31 -", "MEXICO CITY (Jan 22) —"): the day of the report, written before
 * its first sentence. It says
 * when the text was filed, not when anything in it happened. The city is in capitals; a
 * country or state after it may be in mixed case.
 */
const DATELINE_BEFORE =
  /(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'’\x92/-]{2,}(?:,(?:[ \t]+\p{Lu}[\p{L}.'’\x92-]*(?:[ \t]+\p{Lu}[\p{L}.'’\x92-]*){0,2},)?[ \t]*|\()$/u;
/**
 * A dateline whose city is in mixed case ("Jakarta, 6 August 2026 — "): a line opening with
 * one to three capitalised words and a comma before the date, and a dash right after it.
 */
const MIXED_CASE_CITY_BEFORE = /(?:^|\n)[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2},[ \t]*$/u;
const DASH_AFTER = /^[ \t]*[—\x97–\x96-]/;
/**
 * A line saying when the text was published or updated, its date alone on it but for a time
 * and the name of who posted it ("Published 16 July 2026", "Updated Nov. 27, 2026 at 9:14 a.m.
 * ET", "Posted On: 23 SEP 2026 6:15PM by PIB Delhi", "By Ana Ruiz | Monday, November 9,
 * 2026"): like a dateline's, its date is the day of the text, not of anything in it.
 */
const PUBLISHED_BEFORE =
  /(?:^|\n)[ \t]*(?:(?:(?:First |Last )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified)|PUBLISHED|UPDATED|POSTED)(?:[ \t]+[Oo]n)?:?|By[ \t][^\n|]{1,60}\|)[ \t]*$/;
const PUBLISHED_AFTER =
  /^(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?|AM|PM)?(?:[ \t]+[A-Z]{2,4})?)?[ \t]*(?:\|[^\n]*|[ \t]+by[ \t][^\n]*)?(?:\n|$)/;
function isDateline(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return (
    DATELINE_BEFORE.test(before) ||
    (MIXED_CASE_CITY_BEFORE.test(before) && DASH_AFTER.test(text.slice(end, end + 4))) ||
    (PUBLISHED_BEFORE.test(before) && PUBLISHED_AFTER.test(text.slice(end, end + 80)))
  );
}

/** How long a line heading a section may be. */
const HEADING_CHARS = 120;
/**
 * Whether the date at `start`–`end` stands in brackets in a section's heading, not the text's
 * own: a short line of its own below the first, with no end of a sentence, between blank lines
 * ("OTTAWA'S VERSION (Prime Minister's Office, April 14, 2026)").
 */
function isSectionHeading(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  const line = text.slice(from, to === -1 ? text.length : to).trim();
  return (
    from > 0 &&
    /\([^)]*$/.test(text.slice(from, start)) &&
    to !== -1 &&
    line.length <= HEADING_CHARS &&
    !/[.!?:;,]["'’\x92”\x94]?$/.test(line) &&
    /\n[ \t]*\n$/.test(text.slice(Math.max(0, from - 4), from)) &&
    /^\n[ \t]*\n/.test(text.slice(to, to + 4))
  );
}

/**
 * The day "the next day" or "the day before" names: counted from the last date of an event
 * before it, else ("the day after", "two days later") from the day of the text; none when the
 * words go on to name the event they count from ("the day before the vote") or nothing before
 * says the day "the day before" counts back from.
 */
function countedDay(
  text: string,
  words: string,
  end: number,
  direction: 1 | -1,
  lastEvent: string | null,
  filed: string,
): { iso: string; inferred: boolean } | null {
  if (COUNTS_TO_EVENT.test(words) && EVENT_NAMED_AFTER.test(text.slice(end, end + 12))) return null;
  const from = direction === 1 ? (lastEvent ?? filed) : lastEvent;
  return from === null ? null : { iso: daysFrom(words, from, direction), inferred: true };
}

/** Words before a date that make it a start, an end or a deadline, not the day of an event. */
const NOT_EVENT_BEFORE =
  /\b(?:from|until|till|to|through|by|since|starting|effective|beginning|before|after|as of)\s+(?:on\s+)?$/i;

/**
 * Every date in `text` resolved against `published` (YYYY-MM-DD), in order. A dateline's date
 * ("BEIJING, March 8 (Wire) -") tells when the text was filed, not an event, and is left out
 * unless `datelines` is set; the days told relative to the text ("today", "on Monday") are
 * counted from it.
 */
export function findDates(
  text: string,
  published: string,
  options: { readonly datelines?: boolean } = {},
): DateMention[] {
  const out: DateMention[] = [];
  // the last date that says when something happened: what "two days later" counts from
  let lastEvent: DateMention | null = null;
  // the last date written, of any kind but an end: what "from the same date" points at
  let lastDate: DateMention | null = null;
  // the last date written as a start ("from November 1"): what "from the same date" later in
  // its sentence points at
  let lastStart: DateMention | null = null;
  // the day a dateline says the text was filed: what "today" and "on Monday" are counted from
  let filed = published;
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m !== null; m = DATE_PATTERN.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    let resolved: { iso: string; inferred: boolean } | null = null;
    if (g['iso'] !== undefined) {
      resolved = isIsoDate(g['iso']) ? { iso: g['iso'], inferred: false } : null;
    } else if (g['md'] !== undefined || g['dm'] !== undefined) {
      resolved =
        g['md'] !== undefined
          ? monthDay(monthIndex(m[4] ?? ''), Number(m[5]), m[6], published)
          : monthDay(monthIndex(m[10] ?? ''), Number(m[9]), m[11], published);
      const yearWord = resolved?.inferred ? YEAR_AFTER.exec(text.slice(end, end + 16)) : null;
      const sentenceYear =
        resolved?.inferred && yearWord === null
          ? yearOfSentence(text, start, Number(resolved.iso.slice(5, 7)))
          : null;
      if (resolved !== null && yearWord?.[1] !== undefined)
        resolved = inYearSaid(resolved, published, yearWord[1]);
      else if (resolved !== null && sentenceYear !== null)
        resolved = { iso: `${sentenceYear}${resolved.iso.slice(4)}`, inferred: false };
      else if (resolved !== null && SINCE_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
        resolved = inYearBefore(resolved, published);
      else if (resolved !== null && tenseCue(sentenceBefore(text, start)) === 'past')
        resolved = inYearBefore(resolved, published, 30);
    } else if (g['holiday'] !== undefined) {
      const [month, day] = HOLIDAYS[g['holiday'].toLowerCase().replace(/['’\x92]/, "'")] ?? [0, 0];
      resolved = monthDay(month, day, undefined, published);
      if (resolved !== null && tenseCue(sentenceBefore(text, start)) === 'past')
        resolved = inYearBefore(resolved, published, 30);
    } else if (g['dom'] !== undefined) {
      const iso =
        DAY_ALONE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
        DAY_ALONE_AFTER.test(text.slice(end, end + 24))
          ? dayOfMonth(Number(g['domDay']), filed, tenseBefore(sentenceBefore(text, start)))
          : null;
      resolved = iso === null ? null : { iso, inferred: true };
    } else if (g['wd'] !== undefined) {
      const words = g['wd'].toLowerCase().split(/\s+/);
      const week = words[words.length - 1] === 'week' ? words[words.length - 2] : undefined;
      const weekday = words.find((w) => WEEKDAYS.includes(w)) ?? '';
      const context = sentenceBefore(text, start);
      let direction: 'past' | 'last' | 'future' | 'next';
      if (words[0] === 'last') direction = 'last';
      else if (words[0] === 'next' || words[0] === 'coming') direction = 'next';
      else if (POSSESSIVE_AFTER.test(text.slice(end, end + 3)))
        direction = possessiveTense(context);
      else direction = tenseBefore(context);
      const iso =
        week !== undefined
          ? weekdayOfWeek(weekday, filed, week === 'last' ? -1 : 1)
          : direction === 'future' && tenseCue(context, false) !== 'future'
            ? startAfter(weekday, filed, lastEvent?.iso ?? null)
            : resolveWeekday(weekday, filed, direction);
      resolved = { iso, inferred: true };
    } else if (g['after'] !== undefined || g['before'] !== undefined) {
      const direction = g['after'] !== undefined ? 1 : -1;
      resolved = countedDay(text, m[0], end, direction, lastEvent?.iso ?? null, filed);
    } else if (g['same'] !== undefined) {
      resolved = pointedDay(text, m[0], start, end, lastDate, lastStart);
    } else if (g['now'] !== undefined && lastEvent && !sentenceEnds(text, lastEvent.end, start)) {
      // "was published on Wednesday, taking effect immediately": the day just told
      resolved = { iso: lastEvent.iso, inferred: true };
    } else if (g['stamp'] !== undefined) {
      resolved = { iso: filed, inferred: true };
    } else if (g['rel'] !== undefined) {
      const iso = relative(g['rel'], filed);
      resolved = iso === null ? null : { iso, inferred: true };
    }
    const dateline = resolved !== null && isDateline(text, start, end);
    if (dateline && resolved !== null && g['wd'] === undefined && g['rel'] === undefined)
      filed = resolved.iso;
    // "OTTAWA'S VERSION (Prime Minister's Office, April 14, 2026)": a section headed by its day
    // tells "today" of that day.
    else if (
      resolved !== null &&
      (g['md'] !== undefined || g['dm'] !== undefined || g['iso'] !== undefined) &&
      resolved.iso <= published &&
      isSectionHeading(text, start, end)
    )
      filed = resolved.iso;
    if (resolved !== null && (options.datelines === true || !dateline)) {
      const mention: DateMention = { text: m[0], start, end, ...resolved };
      out.push(mention);
      if (!END_BEFORE.test(text.slice(Math.max(0, start - 20), start))) lastDate = mention;
      if (START_NEAR.test(text.slice(Math.max(0, start - 20), start))) lastStart = mention;
      if (!NOT_EVENT_BEFORE.test(text.slice(Math.max(0, start - 20), start))) lastEvent = mention;
    }
  }
  return out;
}
