/**
 * The day of an engagement whose clause writes none, from what the text told before it
 * (contextDate): the day of the engagement just before ("Earlier in the day", "The day before",
 * "On the concluding day"), of the news ("come a day after …"), or the one day the sentences before
 * write for what happened, an act told again or a trip; else the day its lede tells, when the lede
 * names its people (ledeDay).
 */
import { addDays } from '../core/dates.ts';
import type { EngagementCandidate, Mention, Span } from './candidates.ts';
import { COUNT_WORDS, namesDay, type DateMention } from './dates.ts';
import {
  datelineEnd,
  eventDateIn,
  firstSentence,
  isHeadline,
  isQuoted,
  outside,
  personMention,
  span,
  textDate,
  within,
  type Doc,
} from './doc.ts';
import {
  BEFORE_THEN,
  daysWritten,
  DURING_STAY,
  FUTURE,
  inferredOn,
  isEventDate,
  saidOn,
  TODAY_PART,
} from './engagement-dates.ts';
import { withoutAsides } from './engagement-asides.ts';
import { FRONTED_OCCASION, kindOf, type Kind } from './engagement-kinds.ts';
import { isPerson, peopleWithin, sameParty } from './engagement-people.ts';
import type { Unit } from './engagement-units.ts';

/**
 * "Earlier in the day", "later in the evening", "that afternoon", "In the afternoon", "hours
 * later", "the same evening", "Jaishankar later called on Carney": the day last told, or of the
 * engagement told just before.
 */
export const SAME_DAY =
  /\b(?:(?:earlier|later) (?:in|on|that) (?:the )?(?:day|morning|afternoon|evening)|in the (?:morning|afternoon|evening)(?!\s+of\b)|the same (?:day|morning|afternoon|evening|night)|that (?:day|morning|afternoon|evening|night)|on the same occasion|hours later|shortly (?:afterwards|after that|afterward|later)|later(?=\s+(?:called on|met|held|hosted|received|spoke|joined|paid)\b))\b/i;
/** A sentence opening with SAME_DAY's words ("The same afternoon, …"). */
export const SAME_DAY_OPENING = new RegExp(`^(?:${SAME_DAY.source})`, 'i');
/**
 * "On the concluding day, …", "On the opening day of the round, …": the last (group 1) or the
 * first day of the span of days the engagement told before was held over.
 */
const END_OF_SPAN =
  /^\s*(?:On|During) the (?:(concluding|final|last|closing)|opening|first) day\b(?!\s+of\s+(?!the\b))/i;
/** "that evening", "the same day": a part of the day written just before, even in an aside. */
const DEMONSTRATIVE_DAY = /^(?:that|the same)\b/i;
/** "The next morning", "the following evening": the day after the engagement told just before. */
const NEXT_PART_OF_DAY = /\bthe (?:next|following) (?:morning|afternoon|evening)\b/i;
/**
 * "The Prime Minister also met …", "On the margins of the session, …", "On the sidelines, …",
 * "Before the summit, …", "Prior to the talks, …":
 * another engagement of the occasion told before, on its day even across a paragraph break.
 */
const SAME_OCCASION =
  /\balso\s+(?:met|held|hosted|received|spoke|sat down|dined|had)\b|\b(?:on|at|in) the (?:sidelines|margins?|fringes?) of (?:the|this|that) (?:session|summit|meeting|talks|dialogue|visit|conference|forum|commission)\b|^\s*(?:On|At) the (?:sidelines|margins?|fringes?),|^\s*(?:Before|After|Following|Prior to) the (?:[\w-]+\s+)?(?:summit|meeting|talks|session|dialogue)(?:\s+meeting)?\s*,/i;
/** The gathering named as the setting of what a sentence tells: "In the margins of the Dialogue". */
const MARGINS_OF =
  /\b(?:on|at|in) the (?:sidelines|margins?|fringes?) of the (summit|session|dialogue|commission|committee)\b/i;

/**
 * The occasion a sentence names, in lower case: its fronted one ("Following the Summit, …") or
 * the gathering it is set on the margins of ("In the margins of the Dialogue, …").
 */
const occasionNamed = (sentence: string) =>
  (FRONTED_OCCASION.exec(sentence)?.[1] ?? MARGINS_OF.exec(sentence)?.[1])?.toLowerCase();
/** The kind of the gathering a fronted occasion names (FRONTED_OCCASION in engagement-kinds.ts). */
const OCCASION_KIND: Readonly<Record<string, Kind>> = {
  summit: 'summit',
  session: 'dialogue-round',
  dialogue: 'dialogue-round',
  commission: 'dialogue-round',
  committee: 'dialogue-round',
};

/**
 * The engagement whose day a clause with no day of its own may take: the last one of the kind
 * its fronted occasion or the gathering it is set on the margins of names ("Following the
 * Summit, …", "On the margins of the Commission, …"), else the last one with a day.
 */
export function occasionBefore(
  out: readonly EngagementCandidate[],
  sentence: string,
): EngagementCandidate | undefined {
  const named = occasionNamed(sentence);
  const kind = named === undefined ? undefined : OCCASION_KIND[named];
  const dated = out.filter((e) => e.date !== null);
  return (kind && dated.findLast((e) => e.kind === kind)) || dated.at(-1);
}
/**
 * "Ebrard then crossed town for …", "The delegation then held …": the next step of the day
 * told just before.
 */
const THEN_NEXT =
  /^\s*(?:(?:\p{Lu}[\p{L}'’\x92-]*\s+){1,3}|[Tt]he\s+(?:[\p{L}-]+\s+)?delegation\s+)then\b/u;
/**
 * "The day before, …", "The evening before, …", "A day earlier, …", "On the eve of the session,
 * …", or closing the clause ("… in a call with Li the previous evening", "… the day before the
 * commission met"): the day before the engagement told last, and so another engagement than it.
 */
export const DAY_BEFORE =
  /^(?:the (?:day|evening|night) before|a day earlier|the previous (?:day|evening|night)|the day prior|on the eve of)\b|\b(?:the (?:day|evening|night) before(?: the (?:[\w-]+\s+){0,3}?(?:met|convened|opened|began))?|a day earlier|the previous (?:day|evening|night))[.;]?\s*$/i;
/**
 * "The moves come a day after X called Y", "The move came two days after …", "It came the day
 * after …": the days before the news the text reports; "The decision came hours after …" is its
 * own day (group 1 unset).
 */
export const DAY_AFTER_NEWS =
  /\b(?:comes?|came)\s+(?:(a|one|two|three|four|five|six|the(?=\s+day\s))\s+days?|(?:just\s+|only\s+)?hours)\s+after\b/i;

/**
 * Whether the text tells of another day between the engagement before and `end` ("China
 * announced on Friday …"): the story has moved on, so an engagement of the same occasion told
 * past a paragraph break ("Farrell also met …") may be of any day of it, not that day.
 */
const toldOtherDay = (doc: Doc, previous: EngagementCandidate | undefined, end: number) =>
  previous !== undefined &&
  within(doc.dates, previous.span.end, end).some(
    (d) => d.iso !== previous.date && isEventDate(doc, d, previous.span.end),
  );

/**
 * The date of an engagement whose clause writes none: the day of the engagement just before
 * ("Earlier in the day, …"; "The day before, …" is the day before it), the day before the
 * text's news ("come a day after …"), or the date the previous sentence of the same paragraph
 * gives for what happened ("Ministers hit back on Wednesday … Kyle met Šefčovič in Brussels"),
 * looking past sentences that write no date; past the paragraph, the day of the engagement
 * before when the sentence tells another of the same occasion ("also met") and no other day
 * is told between them (toldOtherDay), or the day of the act the sentence just before told,
 * when a paragraph opens by telling it again (retoldActDate).
 * A sentence about the future, about before then ("had met"), or about some day of a stay
 * ("during the trip") takes no date from its neighbours.
 */
export function contextDate(
  doc: Doc,
  unit: Unit,
  previous: EngagementCandidate | undefined,
  aside: readonly Span[],
  lastDay: string | undefined,
): DateMention | undefined {
  const s = doc.sentences[unit.index];
  if (!s) return undefined;
  const sentence = doc.text.slice(unit.start, unit.end);
  const endOfSpan = END_OF_SPAN.exec(sentence);
  const spanDay = endOfSpan?.[1] ? lastDay : previous?.date;
  if (endOfSpan && spanDay) return inferredOn(unit.start, spanDay);
  const sameDay = SAME_DAY.exec(sentence);
  // "Anand, who arrived on Wednesday, met Jaishankar that evening": the day written before;
  // "in the afternoon" points at no day written in an aside, but at the day being told.
  const pointsBack = sameDay !== null && DEMONSTRATIVE_DAY.test(sameDay[0]);
  const dayBefore =
    sameDay &&
    within(doc.dates, s.start, unit.start + sameDay.index).findLast(
      (d) => isEventDate(doc, d, s.start) && (pointsBack || outside(aside)(d)),
    );
  if (dayBefore) return dayBefore;
  // "The summit was prepared on Sunday evening by … Earlier that day, …": the day last told.
  const toldBefore = sameDay ? lastDayOf(doc, unit.index - 1, s.paragraph) : undefined;
  if (toldBefore) return inferredOn(unit.start, toldBefore.iso);
  if (sameDay || THEN_NEXT.test(sentence)) {
    const told = span(0, s.start);
    // "On Tuesday the leaders held their summit with Li … ¶ Anwar, who met Li later the same
    // day, …": a later day written after the engagement before is the day told last.
    const previousDay = previous?.date;
    const toldSince =
      sameDay && previous && previousDay
        ? within(doc.dates, previous.span.end, s.start).findLast(
            (d) =>
              isEventDate(doc, d, previous.span.end) &&
              !saidOn(doc, told, d) &&
              d.iso > previousDay &&
              d.iso <= doc.published,
          )
        : undefined;
    if (toldSince) return toldSince;
    if (previous?.date) return inferredOn(unit.start, previous.date);
    return within(doc.dates, 0, s.start).findLast(
      (d) => isEventDate(doc, d, 0) && (pointsBack || !saidOn(doc, told, d)),
    );
  }
  if (DAY_BEFORE.test(sentence))
    return previous?.date ? inferredOn(unit.start, addDays(previous.date, -1)) : undefined;
  if (NEXT_PART_OF_DAY.test(sentence))
    return previous?.date ? inferredOn(unit.start, addDays(previous.date, 1)) : undefined;
  const afterNews = DAY_AFTER_NEWS.exec(sentence);
  if (afterNews) {
    const news = newsDay(doc);
    const count = afterNews[1]?.toLowerCase();
    const days = count === undefined ? 0 : (COUNT_WORDS[count] ?? 1);
    return news ? inferredOn(unit.start, addDays(news.iso, -days)) : undefined;
  }
  // "Moe met Qiao, chairman of a group which will buy canola over the next year": the future
  // of an aside is not the clause's.
  const own = withoutAsides(sentence, unit.start, aside);
  if (FUTURE.test(own) || BEFORE_THEN.test(sentence) || DURING_STAY.test(sentence))
    return undefined;
  if (TODAY_PART.test(sentence)) return inferredOn(unit.start, doc.published);
  // The second clause of a sentence: the day of the engagement its first clause told, else
  // the day the first clause writes, else the day of the engagement told before it.
  if (unit.start !== s.start) {
    const ownFirst = previous && previous.span.start >= s.start ? previous.date : null;
    const first = ownFirst ?? eventDateIn(doc, s.start, unit.start)?.iso ?? previous?.date;
    return first ? inferredOn(unit.start, addDays(first, -(unit.daysBefore ?? 0))) : undefined;
  }
  // "Following the Summit, …", "In the margins of the Dialogue, …": the day of the summit or
  // the session told before, whatever was told between.
  const occasion = occasionNamed(sentence);
  if (occasion && previous?.date && OCCASION_KIND[occasion] === previous.kind)
    return inferredOn(unit.start, previous.date);
  const sameOccasion =
    SAME_OCCASION.test(sentence) && !DURING_STAY.test(sentence) && previous?.date
      ? inferredOn(unit.start, previous.date)
      : undefined;
  // The sentence before, or the last one before it that writes a date, when those between
  // write none ("On 13 May, Ana met Li. The two adopted a road map. Ana also met Wu.").
  for (let k = unit.index - 1; k >= Math.max(0, unit.index - 3); k--) {
    const before = doc.sentences[k];
    if (!before || isHeadline(doc, k)) return sameOccasion;
    if (before.paragraph !== s.paragraph)
      return sameOccasion && !toldOtherDay(doc, previous, before.end)
        ? sameOccasion
        : k === unit.index - 1
          ? (retoldActDate(doc, unit, before) ?? tripDayBefore(doc, unit, before))
          : undefined;
    const written = daysWritten(doc, before.start, before.end);
    const toldThere = previous && previous.span.start >= before.start;
    // "On the same day, He met Anand. Earlier, Wang held talks with Sidhu.": the day the
    // engagement told in the sentence before was given, though it writes none.
    if (written.length === 0 && toldThere && previous.date && previous.span.start < before.end)
      return inferredOn(unit.start, previous.date);
    if (written.length === 0) continue;
    // "… said on Friday …, following a meeting on Thursday between A and B. A also met C.": the
    // day of the engagement that sentence told, whatever other days it writes.
    if (sameOccasion && toldThere && previous.span.start < before.end) return sameOccasion;
    const dates = written.filter((d) => isEventDate(doc, d, before.start));
    // A day after publication tells what is still to come ("The tariffs take effect on March 20").
    return dates.length === 1 && dates[0] && dates[0].iso <= doc.published ? dates[0] : undefined;
  }
  return sameOccasion;
}

/**
 * The day of the news the text reports (textDate), not one after publication: a lead that
 * first writes the day a measure takes effect ("will cut its tariff on the 15th, the commission
 * said on Tuesday") has its news on the day written that is past.
 */
function newsDay(doc: Doc): DateMention | undefined {
  const first = textDate(doc);
  if (!first || first.iso <= doc.published) return first ?? undefined;
  const lead = doc.sentences[Math.min(doc.sentences.length - 1, firstSentence(doc) + 1)];
  if (!lead) return undefined;
  return within(doc.dates, datelineEnd(doc), lead.end).find(
    (d) => namesDay(d) && d.iso <= doc.published && !isQuoted(doc, d.start),
  );
}

/** The last day a sentence of the paragraph writes for what happened, not after publication. */
function lastDayOf(doc: Doc, index: number, paragraph: number): DateMention | undefined {
  const before = doc.sentences[index];
  if (!before || before.paragraph !== paragraph || isHeadline(doc, index)) return undefined;
  const d = daysWritten(doc, before.start, before.end).findLast((x) =>
    isEventDate(doc, x, before.start),
  );
  return d && d.iso <= doc.published ? d : undefined;
}

/** Acts a story's next paragraph tells again, with who and how: "signed", "agreed". */
const ACT_VERB =
  /\b(?:signed|initiall?ed|sealed|agreed|announced|unveiled|concluded|launched|struck)\b/gi;
const actsIn = (words: string) =>
  new Set([...words.matchAll(ACT_VERB)].map((m) => m[0].toLowerCase()));

/**
 * "Indonesia and the EU on Tuesday signed a partnership agreement …¶ Airlangga and Šefčovič
 * signed the text at a ceremony after a bilateral meeting": a paragraph that opens by telling
 * again the act of the sentence before takes the one day that sentence writes for it.
 */
function retoldActDate(doc: Doc, unit: Unit, before: Span): DateMention | undefined {
  const acts = actsIn(doc.text.slice(unit.start, unit.end));
  const told = actsIn(doc.text.slice(before.start, before.end));
  if (![...acts].some((a) => told.has(a))) return undefined;
  const dates = daysWritten(doc, before.start, before.end).filter((d) =>
    isEventDate(doc, d, before.start),
  );
  return dates.length === 1 && dates[0] && dates[0].iso <= doc.published ? dates[0] : undefined;
}

/**
 * "Thomas-Symonds travelled to Brussels on Wednesday to press for …¶ Thomas-Symonds met
 * Šefčovič …": a paragraph whose subject is the one of a trip the sentence just before told
 * tells what was done on it, on the one day that sentence writes for it.
 */
function tripDayBefore(doc: Doc, unit: Unit, before: Span): DateMention | undefined {
  const trip = kindOf(doc.text.slice(before.start, before.end));
  const traveller = peopleWithin(doc, before.start, before.end)[0];
  const subject = peopleWithin(doc, unit.start, unit.end)[0];
  if (trip?.kind !== 'visit' || !traveller || !subject || traveller.name !== subject.name)
    return undefined;
  const lead = doc.text.slice(unit.start, subject.start);
  if (!/^\s*(?:\p{Lu}[\p{L}.'’\x92-]*\s+){0,4}$/u.test(lead)) return undefined;
  const dates = daysWritten(doc, before.start, before.end).filter((d) =>
    isEventDate(doc, d, before.start),
  );
  return dates.length === 1 && dates[0] && dates[0].iso <= doc.published ? dates[0] : undefined;
}

/**
 * "BEIJING, Jan. 16 - Carney and Xi agreed on Friday to … ¶ The two leaders met for nearly two
 * hours at the Great Hall": an engagement told with no day, all of whose people the lede names,
 * is of the day the lede tells (textDate), when that is not after the publication date.
 */
export function ledeDay(
  doc: Doc,
  unit: Unit,
  participants: readonly Mention[],
  raw: string,
): DateMention | undefined {
  const first = doc.sentences[firstSentence(doc)];
  if (!first || unit.start < first.end || FUTURE.test(raw) || BEFORE_THEN.test(raw))
    return undefined;
  const second = doc.sentences[firstSentence(doc) + 1];
  const leadEnd = Math.min(second?.end ?? first.end, unit.start);
  const people = participants.filter((p) => isPerson(doc, p));
  if (people.length < 2 || people.length < participants.length) return undefined;
  const named = peopleWithin(doc, 0, leadEnd).map(personMention);
  if (!people.every((p) => named.some((q) => sameParty(p, q)))) return undefined;
  const day = textDate(doc);
  return day && day.iso <= doc.published ? inferredOn(unit.start, day.iso) : undefined;
}
