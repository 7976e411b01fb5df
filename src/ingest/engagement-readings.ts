/**
 * A clause as read for an engagement (readClause, Reading): its words less what someone said
 * and its asides, and the engagement they tell; one told in a relative clause on its subject
 * ("Kim, who met Lutnick on Tuesday, told reporters …") is the clause's engagement, and a
 * meeting named back after a summit is that summit.
 */
import type { Span } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { outside, personMention, span, within, type Doc } from './doc.ts';
import { asides, spokenIn, withoutAsides } from './engagement-asides.ts';
import { toldInPassing } from './engagement-background.ts';
import { SAME_DAY } from './engagement-context-dates.ts';
import { BEFORE_THEN, DURING_STAY, IN_MONTH, isEventDate, WEEK_ONLY } from './engagement-dates.ts';
import { kindOf, ON_MARGINS, type Found } from './engagement-kinds.ts';
import { TELLING_VERB } from './engagement-meetings.ts';
import { peopleWithin } from './engagement-people.ts';
import { countrySides } from './engagement-sides.ts';
import { planned, type Unit } from './engagement-units.ts';
import type { PersonMention } from './people.ts';

/** A trip the subject made: "a visit to Beijing last week by the minister, who met …". */
const TRIP = /\b(?:visit|trip|tour|mission)\b/i;
/**
 * "last week", "earlier this week", "over the weekend": a recent time that names no day. An
 * engagement told in a relative clause with it is news of the week, reported with no day, not
 * recalled as a month or a year is ("who met Li last month").
 */
const RECENT_WEEK =
  /\b(?:(?:last|past|this|earlier this)\s+week|(?:over|at|during)\s+the\s+weekend|(?:last|this)\s+weekend)\b/i;
/**
 * The words before the one the subject tells of the engagement ("…, briefed the President on
 * …", "told Trade Minister Sato that …"): someone told, not met.
 */
const TOLD_TO = new RegExp(
  String.raw`\b(?:${TELLING_VERB}|wrote to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$`,
  'u',
);
/** A relative clause on the person it follows: ", who met Han Jun on Monday,". */
const WHO_CLAUSE = /^,\s+who\b/i;
/** A relative clause that says what the person does as their role: ", who leads the talks with". */
const ROLE_CLAUSE =
  /^,\s+who\s+(?:leads|heads|chairs|runs|oversees|handles|steers|directs|coordinates)\b/i;
/**
 * A title set off by commas between a person and the relative clause on them: ", President of
 * the King's Privy Council and Minister responsible for Canada-U.S. Trade", or one written in
 * lower case: ", the federal minister responsible for trade".
 */
const TITLE_APPOSITIVE =
  /^,\s+(?:the\s+)?(?:\p{Lu}|(?:[\w-]+\s+){0,2}?(?:minister|secretary|commissioner|president|premier|ambassador|envoy|governor|chancellor|representative|negotiator)\b)[^,;:"“\x93”\x94]{0,120}$/u;

/**
 * The person a relative clause is on: the one right before it, or before a title set off (the
 * title may itself be read as naming them again: "Hale, the minister responsible for …").
 */
function subjectBefore(doc: Doc, unit: Span, r: Span): PersonMention | undefined {
  const people = peopleWithin(doc, unit.start, r.start);
  const last = people.at(-1);
  if (!last) return undefined;
  if (last.end === r.start) return last;
  for (const before of people.filter((p) => p.name === last.name).reverse())
    if (TITLE_APPOSITIVE.test(doc.text.slice(before.end, r.start))) return before;
  return undefined;
}

/**
 * An engagement told in a relative clause on its subject: "Kim, who met Lutnick in Washington
 * on Tuesday, told reporters …", "… a visit to Beijing by MacDonald, who met his counterpart
 * Han Jun". It is reported, not recalled, when the clause writes its day, or when the rest of
 * the sentence tells an engagement of the subject alone (the visit the meeting was part of),
 * or when it names the day told before ("Anwar, who met Li later the same day, said …", SAME_DAY),
 * or when the clause sets it in the trip told ("Kim, who also met Sato during the visit, …"),
 * or in a recent week ("Kim, who met Lutnick last week, said …": with no day).
 * "Kim, who met Lutnick last month, is due to …" is background, and a clause that names no
 * one met ("Ruiz, who arrived on Sunday, met Sato") or a sentence that names another person
 * is read as before. The reading keeps the subject and the clause; the words around them are
 * asides.
 */
function relativeEngagement(
  doc: Doc,
  unit: Span,
  whole: string,
  spans: readonly Span[],
  main: string,
): { sentence: string; aside: Span[]; found: Found } | undefined {
  for (const r of spans) {
    const words = doc.text.slice(r.start, r.end);
    if (!WHO_CLAUSE.test(words) || ROLE_CLAUSE.test(words)) continue;
    if (planned(words) !== null || toldInPassing(words)) continue;
    if (BEFORE_THEN.test(words) && IN_MONTH.test(words)) continue;
    const found = kindOf(words);
    const subject = subjectBefore(doc, unit, r);
    if (found === null || !subject) continue;
    const dayWritten =
      RECENT_WEEK.test(words) ||
      SAME_DAY.test(words) ||
      within(doc.dates, r.start, r.end).some((d) => !WEEK_ONLY.test(d.text));
    const others = peopleWithin(doc, unit.start, unit.end).filter(
      (p) =>
        p.name !== subject.name &&
        outside(spans)(p) &&
        !TOLD_TO.test(doc.text.slice(Math.max(0, p.start - 24), p.start)),
    );
    const met =
      peopleWithin(doc, r.start, r.end).length > 0 ||
      countrySides(doc, r, () => true, personMention(subject)).length > 0;
    if (!met) {
      const pair = pairOf(doc, unit, subject, others, spans);
      if (pair) return { sentence: withoutAsides(whole, unit.start, pair), aside: pair, found };
      continue;
    }
    const toldAround = kindOf(main) !== null || TRIP.test(main);
    const ofTheTrip = DURING_STAY.test(words);
    if (others.length > 0 || !(dayWritten || toldAround || ofTheTrip)) continue;
    const aside = [span(unit.start, subject.start), span(r.end, unit.end)];
    return { sentence: withoutAsides(whole, unit.start, aside), aside, found };
  }
  return undefined;
}

/** The words joining two people named one after the other: ", and European Commissioner ". */
const AND_NEXT = /^,?\s+and\s+(?:\p{Lu}[\p{L}.'’\x92-]*\s+){0,4}$/u;

/**
 * "The summit was prepared on Sunday evening by Thomas-Symonds and Šefčovič, who met over
 * dinner": a clause on two people joined by "and" that names no one met tells an engagement of
 * the two, on the day the sentence writes (none written: none read). The words after the clause
 * are asides, and so are those before the pair when they name someone.
 */
function pairOf(
  doc: Doc,
  unit: Span,
  subject: PersonMention,
  others: readonly PersonMention[],
  spans: readonly Span[],
): Span[] | undefined {
  const [first] = others;
  const clause = spans.find((r) => r.start === subject.end);
  if (others.length !== 1 || !first || !clause) return undefined;
  if (!AND_NEXT.test(doc.text.slice(first.end, subject.start))) return undefined;
  const dated = within(doc.dates, unit.start, unit.end).some(
    (d) => !WEEK_ONLY.test(d.text) && isEventDate(doc, d, unit.start),
  );
  if (!dated) return undefined;
  const after = span(clause.end, unit.end);
  return peopleWithin(doc, unit.start, first.start).length > 0
    ? [span(unit.start, first.start), after]
    : [after];
}

/** A clause as read for an engagement. */
export interface Reading {
  /** the clause as written */
  readonly raw: string;
  /** the clause with the words between quotation marks blanked out */
  readonly whole: string;
  /** the words that tell the engagement, with what is not its own blanked out */
  readonly sentence: string;
  /** the spans whose people, places and dates are not the engagement's */
  readonly aside: Span[];
  /** the engagement the clause tells, if any */
  readonly found: Found | null;
  /** its first words, where "During the call, …" refers back */
  readonly opening: string;
  /** the day of the line opening the list the clause is an item of (listItem) */
  readonly day?: DateMention | undefined;
}

/**
 * "…, who was in Gyeongju to attend the APEC Leaders' Meeting, held a Japan-ROK Summit Meeting
 * with …": what brought its people to a gathering of others ("to attend", "on the occasion
 * of"), not a summit.
 */
const ATTENDING_OTHER =
  /\b(?:to attend|while attending|in town for|on the occasion of)\s+(?:(?!summit\b)[^,.;])*(?:[,.;]|$)/i;

/**
 * Two leaders meeting on the occasion of a gathering they came to attend (ATTENDING_OTHER) meet
 * on its margins: a summit meeting of theirs is a meeting.
 */
const onOccasion = (found: Found | null, whole: string): Found | null =>
  found?.kind === 'summit' && ATTENDING_OTHER.test(whole)
    ? { kind: 'meeting', plain: false }
    : found;

/**
 * A meeting named back with the article alone ("joined Xi for the meeting", "at the meeting"),
 * not one told by its parties or its body ("the meeting with Li", "the meeting of the council").
 */
const THE_MEETING = /\b(?:for|at|to|during)\s+the\s+meeting\b(?!\s+(?:with|between|of|on)\b)/i;
/** A gathering of leaders named: "the two-day summit", "the APEC Economic Leaders' Meeting". */
const SUMMIT_NAMED = /\bsummit\b|\bLeaders['’\x92]?\s+Meeting\b/i;

/**
 * "Xi closed the APEC Economic Leaders' Meeting … Leaders including Lee and Sato joined Xi for
 * the meeting": the meeting named back is the summit the sentence before named, unless it named
 * the summit only as the setting of another meeting ("on the sidelines of the summit").
 */
function summitNamedBack(
  doc: Doc,
  unit: Unit,
  sentence: string,
  found: Found | null,
): Found | null {
  if (found?.kind !== 'meeting' || !THE_MEETING.test(sentence)) return found;
  const before = doc.sentences[unit.index - 1];
  const words = before ? doc.text.slice(before.start, before.end) : '';
  return SUMMIT_NAMED.test(words) && !ON_MARGINS.test(words)
    ? { kind: 'summit', plain: false }
    : found;
}

/**
 * Talks an aside counts as a round of a series: "held a full day of talks with Agrawal, the
 * first in-person round since …", "…, their third round this year".
 */
const COUNTED_ROUND =
  /,\s+(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?round\b/i;

/** A meeting told as talks that an aside counts as a round (COUNTED_ROUND) is a dialogue round. */
const countedRound = (found: Found | null, whole: string): Found | null =>
  found?.kind === 'meeting' && /\btalks\b/i.test(whole) && COUNTED_ROUND.test(whole)
    ? { kind: 'dialogue-round', plain: true }
    : found;

/** Reads a clause: its words, less what someone said and its asides, and what they tell. */
export function readClause(doc: Doc, unit: Unit): Reading {
  const raw = doc.text.slice(unit.start, unit.end);
  // Words between quotation marks are what someone said: the words around them are read.
  const speech = spokenIn(doc, unit);
  const whole = speech.length > 0 ? withoutAsides(raw, unit.start, speech) : raw;
  const wholeKind = kindOf(whole);
  // An aside ("…, who arrived on Sunday, …") does not tell the engagement when the rest does.
  const spans = wholeKind !== null ? asides(whole, unit.start) : [];
  const main = spans.length > 0 ? withoutAsides(whole, unit.start, spans) : whole;
  const mainKind = spans.length > 0 ? countedRound(kindOf(main), whole) : null;
  // "Kim, who met Lutnick on Tuesday, told reporters …": the engagement is the aside's.
  const relative = spans.length > 0 ? relativeEngagement(doc, unit, whole, spans, main) : undefined;
  const sentence = relative?.sentence ?? (mainKind !== null ? main : whole);
  return {
    raw,
    whole,
    sentence,
    aside: relative?.aside ?? [...speech, ...(mainKind !== null ? spans : [])],
    // "Kim, who met Lutnick last month, is due to …": told only in an aside, in passing.
    found: summitNamedBack(
      doc,
      unit,
      sentence,
      onOccasion(relative?.found ?? (spans.length > 0 ? mainKind : wholeKind), whole),
    ),
    opening: sentence.trimStart().slice(0, 30),
  };
}
