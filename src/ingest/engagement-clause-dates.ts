/**
 * The day of an engagement told within a clause about something else, as that clause writes it:
 * one told after "after" (afterEngagement, heldByTheNews), in a "when" clause, after a journey,
 * in the clause of what was done on a trip, as what news followed, or as it ended, dated by the
 * day it began (clauseDate).
 */
import { daysBetween } from '../core/dates.ts';
import type { Mention, Span } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { isQuoted, span, within, type Doc } from './doc.ts';
import { MAX_SPAN_DAYS, PREVIOUS_DAY, writtenDate, type After } from './engagement-dates.ts';
import { kindOf } from './engagement-kinds.ts';
import { isPerson } from './engagement-people.ts';
import { tripClause } from './engagement-trips.ts';
import { MONTH_NAME } from './dates.ts';

/**
 * "…, a day after holding talks with Wang", "the day after Ruiz spoke with Hale", "after a phone
 * call on Saturday between …": an engagement told after "after", as what led to the news of its
 * clause.
 */
const AFTER =
  /\b(?:(a|one|two|three|the(?=\s+day\s))\s+days?\s+|((?:just\s+|only\s+)?(?:hours|minutes)|shortly|soon)\s+)?(?:after|following)\s+(?!(?:day|days|week|morning|afternoon|evening)\b)/gi;
const DAYS: Readonly<Record<string, number>> = { a: 1, one: 1, the: 1, two: 2, three: 3 };
/**
 * "said on Wednesday after meeting Alckmin", "said on Thursday she had won a reprieve after a
 * 40-minute phone call with Trump", "won a reprieve yesterday after her own call with Trump": an
 * engagement told by a verb, or named afresh with the
 * person it was with, right after "after" led straight to what was said, on the same day unless
 * it writes its own.
 */
const GERUND_AFTER =
  /^(?:meeting|holding talks|speaking|talking|(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|talks|conversation)\s+with)\b/i;
/**
 * "said late on Wednesday, after Ebrard met Greer earlier that day": an engagement told after
 * "after" that places itself earlier on the day of the news.
 */
const EARLIER_SAME_DAY =
  /\b(?:earlier (?:in|on|that) (?:the )?(?:day|morning|afternoon)|(?:that|the same) (?:day|morning|afternoon))\b/i;

/**
 * "India and the EU agreed on Wednesday on a timetable, after Goyal and Šefčovič held talks in
 * New Delhi": people named, then the talks they held, told after the news set off by a comma.
 */
const HELD_CLAUSE = new RegExp(
  String.raw`^(?:(?:[\p{Lu}][\p{L}.'’\x92-]*|and|of|for)\s+){1,14}?(?:held talks|met|spoke)\b(?![^,.;]{0,60}\b(?:last|in)\s+(?:week|month|year|${MONTH_NAME})\b)`,
  'u',
);

/**
 * An engagement a clause tells after "after" (AFTER), as what led to its news: where "after"
 * stands, and how many days before the news it was held, or whether on the same day
 * (GERUND_AFTER, EARLIER_SAME_DAY); undefined when the clause tells an engagement before it.
 */
export function afterEngagement(sentence: string): After | undefined {
  AFTER.lastIndex = 0;
  for (let m = AFTER.exec(sentence); m !== null; m = AFTER.exec(sentence)) {
    const end = m.index + m[0].length;
    if (kindOf(sentence.slice(0, m.index)) !== null) return undefined;
    // "On Wednesday, a week after the tariffs took effect, Ruiz met Li": the phrase set off
    // by "after" ends before the engagement, which is the news, not what came before it.
    const comma = sentence.indexOf(',', end);
    if (comma > 0 && kindOf(sentence.slice(m.index, comma)) === null) continue;
    if (kindOf(sentence.slice(m.index)) === null) continue;
    const dayBefore = m[1] === undefined && PREVIOUS_DAY.test(sentence.slice(end));
    return {
      at: m.index,
      end,
      days: dayBefore ? 1 : (DAYS[(m[1] ?? '').toLowerCase()] ?? 0),
      sameDay:
        !dayBefore &&
        (m[2] !== undefined ||
          (m[1] === undefined &&
            (GERUND_AFTER.test(sentence.slice(end)) ||
              EARLIER_SAME_DAY.test(sentence.slice(end)) ||
              (/,\s*$/.test(sentence.slice(0, m.index)) &&
                HELD_CLAUSE.test(sentence.slice(end)))))),
    };
  }
  return undefined;
}

/** Words that name the parties of an engagement: "talks with …", "a meeting between …". */
const OTHERS_NAMED = /\b(?:between|with|by)\b/i;

/**
 * "Vidal and Park signed the pact on Thursday after a summit at the presidential office": an
 * engagement told after "after" that names no party of its own, of two people named as the
 * subjects of the news it led to, was theirs, on the day of the news.
 */
export function heldByTheNews(
  doc: Doc,
  unit: Span,
  sentence: string,
  after: After,
  participants: readonly Mention[],
): boolean {
  const at = unit.start + after.at;
  return (
    !OTHERS_NAMED.test(sentence.slice(after.end)) &&
    participants.filter((p) => isPerson(doc, p)).length >= 2 &&
    participants.every((p) => p.span.start < at)
  );
}

/** A clause opened by "when" or ", as": an engagement told in it may be the clause's alone. */
const WHEN_CLAUSE = /\bwhen\s+|,\s+as\s+/gi;

/** An engagement told as it ended: "concluded the round", "the talks ended on Friday". */
const ENDED = /\b(?:concluded|ended|wrapped up|closed|completed)\b/i;
/** The words before the day talks began: "talks that began on", ", which opened ". */
const BEGAN_ON = /\b(?:that|which)\s+(?:began|opened|started|got under way)\s+(?:on\s+)?$/i;

/**
 * "… concluded the fourteenth round in New Delhi yesterday, after four days of talks that began
 * on Monday 9 November": an engagement held over days, told as it ended, is dated by the day
 * the clause says it began (also in an aside), when that day comes before the end and within a
 * span of days.
 */
function dayBegun(doc: Doc, unit: Span, sentence: string): DateMention | undefined {
  if (!ENDED.test(sentence)) return undefined;
  const raw = doc.text.slice(unit.start, unit.end);
  if (!/\b(?:began|opened|started|under way)\b/i.test(raw)) return undefined;
  const dates = within(doc.dates, unit.start, unit.end).filter((d) => !isQuoted(doc, d.start));
  const began = dates.find((d) =>
    BEGAN_ON.test(doc.text.slice(Math.max(unit.start, d.start - 30), d.start)),
  );
  const ended = dates.find((d) => d !== began);
  if (!began || !ended) return undefined;
  return firstDayOf(began.iso, ended.iso) ? began : undefined;
}

/** Whether a day may be the first of a span of days that runs to `last`. */
export function firstDayOf(first: string, last: string): boolean {
  const days = daysBetween(first, last);
  return days > 0 && days <= MAX_SPAN_DAYS;
}

/**
 * "The decision on Tuesday followed a meeting on Monday between …": the news an engagement led
 * to, as the subject of "followed".
 */
const FOLLOWED = /\b(?:followed|follows|came after|comes after)\s+(?=(?:an?|the|their)\s)/i;

/**
 * "flew south on Thursday and met Sugiono in Jakarta on Friday", "arrived in Delhi on Sunday
 * and the next morning held talks with …": a journey told with its day, then the engagement in
 * a clause of its own; a day that clause writes is the engagement's, not the journey's.
 */
const JOURNEY_THEN =
  /\b(?:flew|arrived|landed|travell?ed|headed|drove|departed|left)\b[^.;:]{0,100}?,?\s+and\s+(?:then\s+|later\s+)?(?=(?:met|held|hosted|visited|spoke|talked|sat|called|paid|received|dined)\b)/i;

/**
 * "Washington on Thursday cut its tariff, enacting a deal struck when Lee met Trump on October
 * 29": an engagement told only in a "when" clause happened on the day that clause writes, not
 * on the day of the news around it; so did one told in the clause of what was done on a trip
 * ("concluded a visit on Friday, where she met Hale on Tuesday"), and one that news on another
 * day followed, when it writes its own day (FOLLOWED); one told as it ended is dated by the day
 * it began (dayBegun). The date written in the clause, if any.
 */
export function clauseDate(
  doc: Doc,
  unit: Span,
  sentence: string,
  aside: readonly Span[],
): DateMention | undefined {
  const journey = JOURNEY_THEN.exec(sentence);
  const ofJourney =
    journey &&
    writtenDate(doc, span(unit.start + journey.index + journey[0].length, unit.end), aside);
  if (ofJourney) return ofJourney;
  const onTrip = tripClause(sentence);
  const ofTrip =
    onTrip === undefined ? undefined : writtenDate(doc, span(unit.start + onTrip, unit.end), aside);
  if (ofTrip) return ofTrip;
  const began = dayBegun(doc, unit, sentence);
  if (began) return began;
  const followed = FOLLOWED.exec(sentence);
  if (followed && kindOf(sentence.slice(0, followed.index)) === null) {
    const end = followed.index + followed[0].length;
    const own = writtenDate(doc, span(unit.start + end, unit.end), aside);
    if (own) return own;
  }
  WHEN_CLAUSE.lastIndex = 0;
  for (let m = WHEN_CLAUSE.exec(sentence); m !== null; m = WHEN_CLAUSE.exec(sentence)) {
    const end = m.index + m[0].length;
    if (kindOf(sentence.slice(0, m.index)) !== null) return undefined;
    if (kindOf(sentence.slice(end)) !== null)
      return writtenDate(doc, span(unit.start + end, unit.end), aside);
  }
  return undefined;
}
