/**
 * Engagements a clause tells that are not news to list: told in passing or as background ("since
 * the two met in January", "The visit follows a call …"), counted or standing, named only as
 * something known, spoken of, recalled as the time a deal was made, talks of countries going on
 * (a process), or a journey made together.
 */
import type { Mention, Span } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { span, type Doc } from './doc.ts';
import { DAY_AFTER_NEWS } from './engagement-context-dates.ts';
import { FRONTED_MONTH, PAST_PERIOD, saidOn, writtenDate, type After } from './engagement-dates.ts';
import { kindOf, type Found } from './engagement-kinds.ts';
import { isMeeting, meetingNow } from './engagement-meetings.ts';
import { isPerson } from './engagement-people.ts';

/**
 * "It implements the understanding reached when Lee met Trump in Gyeongju": an engagement told
 * only as the time an earlier deal was made is recalled, unless the "when" clause writes its
 * day ("the deal struck when Lee met Trump on October 29").
 */
const DEAL_WHEN =
  /\b(?:reached|struck|agreed|sealed|signed|brokered|forged|clinched|hammered out)\s+when\s/i;
/** Whether a clause tells its engagement only as the time an earlier deal was made (DEAL_WHEN). */
export function recalledByDeal(
  doc: Doc,
  unit: Span,
  sentence: string,
  aside: readonly Span[],
): boolean {
  const deal = DEAL_WHEN.exec(sentence);
  return (
    deal !== null &&
    kindOf(sentence.slice(0, deal.index)) === null &&
    writtenDate(doc, span(unit.start + deal.index, unit.end), aside) === undefined
  );
}

/**
 * An engagement told as background: "since the two ministers met in January", "Building on
 * their phone call of October 24", "The Prime Minister last met Trump in October". The words
 * must stand before the engagement, so "their first meeting since 2019" is still read, and
 * "since taking office" tells a time, not an engagement; "since the deal struck when Trump and Xi
 * met …" is left to recalledByDeal, which keeps the engagement when its day is written.
 */
const IN_PASSING =
  /\b(?:since(?!\s+(?:taking|becoming|assuming|joining|entering|being)\b)(?![^.;]{0,60}?\b(?:reached|struck|agreed|sealed|signed|brokered|forged|clinched|hammered out)\s+when\s)|building on|(?:last|previously)(?=\s+(?:met|spoke|spoken|talked|visited)\b))\b/i;
/**
 * "has travelled to China twice", "have held consultations on the issue since 2019":
 * engagements counted, or going on since a time, not one told.
 */
const ITERATIVE =
  /\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:visited|travell?ed|met|spoken|talked|held)\b[^,.;]{0,60}\b(?:twice|(?:three|four|five|several|many|\d+) times|since)\b/i;
/**
 * "The Subcommission is co-chaired on the Russian side by the Minister of …", "the dialogue is
 * held every year": how a standing body works, in the present, not a session of it.
 */
const STANDING =
  /\b(?:is|are)\s+(?:(?:usually|normally|jointly|traditionally)\s+)?(?:co-chaired|chaired|headed|held\s+(?:every|each|once|twice|annually|yearly))\b/i;
/**
 * "The visit follows a phone call …", "The talks follow a call …", "The moves come a day after
 * …", "The two first met in July": told as what came before, unless the text gives its day. An
 * engagement that a measure or an announcement followed ("The decision followed a round of
 * talks last week between …") led to the news and is reported: only an engagement told as
 * following another, or one that comes before news, is background.
 */
const FOLLOWS =
  /\b(?:first\s+(?:met|spoke|talked)\b|(?:visit|trip|tour|mission|talks|call|meeting|summit|round|session|dialogue|conversation|negotiations)\s+(?:follows?|followed)\b|(?:comes?|came)\s+(?:(?:a|one|two|three|several)\s+)?(?:days?|hours?|weeks?)?\s*after\b)/i;

/**
 * An engagement the reader is taken to know already: "the talks between Carney and Xi",
 * "their meeting in Gyeongju", "the Canadian Prime Minister's visit".
 */
const KNOWN_ENGAGEMENT =
  /\b(?:the|their|that)\s+(?:[\w'’\x92-]+\s+){0,3}?(?:talks|meeting|call|conversation|summit|visit)\b/i;

/**
 * Verbs that tell an engagement as it took place: "met", "held", "the talks lasted", "stepped out
 * of the meeting for a video call with".
 */
const TOLD =
  /\b(?:met|meets|called on|stepped (?:out|away|aside)|held|holds|holding|had|hosted|hosting|received|spoke|spoken|speaking|talked|talking|phoned|telephoned|visited|paid|co-chaired|attended|attending|dined|sat down|spent|took place|lasted|began|ended|concluded|opened|closed|focused|convened|gathered|brought together)\b/i;

/**
 * "…, a reference to the talks between Carney and Xi that have thawed relations": an
 * engagement named only as something known, with no verb that tells it and no day written,
 * is recalled, not reported.
 */
const namedOnly = (sentence: string) => KNOWN_ENGAGEMENT.test(sentence) && !TOLD.test(sentence);

/** A label in capitals opening a paragraph: "BUILDING ON PRESIDENTIAL DIPLOMACY: ". */
const CAPITALS_LABEL = /^\s*\p{Lu}[\p{Lu}\s,&'’\x92-]{2,80}:\s+/u;

/**
 * Whether a clause tells its engagement in passing (IN_PASSING), counted (ITERATIVE) or as how a
 * standing body works (STANDING), not as news.
 */
export function toldInPassing(whole: string): boolean {
  // The label's words are a heading's ("BUILDING ON …:"), not the sentence's.
  const sentence = whole.replace(CAPITALS_LABEL, '');
  const m = IN_PASSING.exec(sentence);
  if (m && kindOf(sentence.slice(0, m.index)) === null) return true;
  return ITERATIVE.test(sentence) || STANDING.test(sentence);
}

/**
 * An engagement whose clause writes no day and that is told as what came before ("The visit
 * follows a call …", "after talks with …"), named only as something known, or recalled from a
 * month or year before ("had spoken with Li by phone in August", not FRONTED_MONTH):
 * background, not listed; not one told as under way ("The two men are meeting on the sidelines,
 * their second …", meetingNow).
 */
export const toldAsBackground = (
  sentence: string,
  after: After | undefined,
  dateWritten: DateMention | undefined,
) =>
  dateWritten === undefined &&
  !meetingNow(sentence) &&
  (((FOLLOWS.test(sentence) || (after?.days === 0 && !after.sameDay)) &&
    !DAY_AFTER_NEWS.test(sentence)) ||
    namedOnly(sentence) ||
    (PAST_PERIOD.test(sentence) && !FRONTED_MONTH.test(sentence)));

/** Someone spoken to for an interview: "He spoke to Hana Whitcombe. The interview has been …". */
const SPOKE_TO = /\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\b/i;
/** A named one whose trade is asking questions: "spoke with Harbour Ledger reporter Callum Brine". */
const ASKER =
  /\b(?:spoke|talked)\s+(?:to|with)\s+(?:\p{Lu}[\p{L}'’\x92-]*\s+){0,3}(?:reporter|journalist|correspondent|interviewer)\s+\p{Lu}/u;
const INTERVIEW_NEXT =
  /^\s*(?:The|This)\s+(?:interview\b|(?:conversation|exchange|transcript)\s+(?:has|have|was|were)\s+been\s+(?:\w+ly\s+)?(?:edited|condensed|translated|shortened))/i;
/** How many sentences after the one spoken to may tell that it was an interview. */
const INTERVIEW_REACH = 4;

/**
 * "He spoke to Hana Whitcombe. The interview has been edited for length." ("The conversation has
 * been edited", a few sentences on at
 * most), "She spoke with
 * Harbour Ledger reporter Callum Brine": the one spoken to is the text's interviewer, and the
 * interview is no engagement.
 */
export function interviewed(doc: Doc, index: number, sentence: string): boolean {
  if (!SPOKE_TO.test(sentence)) return false;
  if (/\binterview/i.test(sentence) || ASKER.test(sentence)) return true;
  return doc.sentences
    .slice(index + 1, index + 1 + INTERVIEW_REACH)
    .some((next) => INTERVIEW_NEXT.test(doc.text.slice(next.start, next.end)));
}

/**
 * "Ruiz said on Monday that the talks with China were at a delicate stage": an engagement named
 * only as something known, whose one day is the day someone spoke of it, is spoken of, not
 * reported.
 */
export const spokenOf = (
  doc: Doc,
  unit: Span,
  sentence: string,
  dateWritten: DateMention | undefined,
) => dateWritten !== undefined && saidOn(doc, unit, dateWritten) && namedOnly(sentence);

/**
 * "as hopes of a breakthrough in talks between Canada and China faded", "traders are watching
 * talks between the two countries": talks of countries alone, named with no verb that tells
 * them held and no day, are a process, not a meeting that took place.
 */
export const talksOfCountries = (
  doc: Doc,
  sentence: string,
  found: Found,
  participants: readonly Mention[],
  dateWritten: DateMention | undefined,
) =>
  dateWritten === undefined &&
  found.kind === 'meeting' &&
  !TOLD.test(sentence) &&
  participants.every((p) => !isPerson(doc, p));

/** The verb of a journey: "arrived in", "travelled to", "flew to", "visited". */
const JOURNEY_VERB = /\b(?:arrived|arrives|travell?ed|travels|flew|flies|visited|visits|landed)\b/i;
/**
 * "Ruiz and Hale arrived in Lima on Monday", "Ruiz visited Tokyo with Hale": people who made a
 * journey together, with no meeting told and no one they met named, are one side and no
 * engagement.
 */
export const travelledTogether = (
  doc: Doc,
  unit: Span,
  sentence: string,
  found: Found,
  participants: readonly Mention[],
) => {
  const journey = found.kind === 'visit' ? JOURNEY_VERB.exec(sentence) : null;
  // "flew to Beijing for talks with Li": a meeting at the journey's end.
  if (!journey || isMeeting(sentence)) return false;
  const at = unit.start + journey.index;
  return participants.every(
    (p) =>
      isPerson(doc, p) &&
      (p.span.start < at || /\bwith\s+(?:\S+\s+){0,3}$/i.test(doc.text.slice(at, p.span.start))),
  );
};
