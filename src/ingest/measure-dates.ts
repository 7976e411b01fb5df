/**
 * When a measure was announced and when it takes effect: the cues that tell an effective date
 * from an announced one, the dates of one rate's own clause, the date of a legal instrument,
 * and the dating of measures by a sentence that only continues about them.
 */
import { addDays, daysBetween } from '../core/dates.ts';
import { COUNT_WORDS, type DateMention, MONTH_NAME } from './dates.ts';
import { isQuoted, span, within, type Doc } from './doc.ts';
import { MEASURE_WORD } from './measure-acts.ts';
import { clausesOf, exclusiveClause, holds } from './measure-clauses.ts';
import { replaceDate, setDate, type Draft } from './measure-drafts.ts';
import { addOrigins } from './measure-roles.ts';
import type { RateHit } from './rates.ts';
import { LIST_BULLET, type Range } from './sentences.ts';

/**
 * Words before a date it takes effect on ("from", "from the same date, November 1", "from
 * 12:01 a.m. on February 16", "with effect from its publication in the Gazette on Saturday").
 * "As of" right after a decision dates the decision: "has decided, as of April 8, to impose …".
 * A day named as the effective date is one: "from the effective date of the Decision, being 28
 * October 2025".
 */
const EFFECTIVE_CUE =
  /\beffective\s+date\b[^.;]{0,40}?,?\s+(?:being|namely|which\s+is)\s+$|\b(?:from|upon|on)\s+(?:its|their|the)\s+publication\s+in\s+[^.;,]{1,40}?\s+on\s+$|(?:\b(?:from|starting|effective|(?<!\b(?:decided|determined|ruled|agreed|resolved),?\s+)as of|beginning|since|on or after|on and after|with effect)\s+(?:on\s+|from\s+)?(?:the same (?:date|day),\s+)?(?:(?:\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm|hours)?|midnight)\s+(?:\w+\s+){0,2}(?:on\s+)?)?$)|\b(?:take effect|takes effect|took effect|taking effect|come into (?:force|effect)|comes into (?:force|effect)|came into (?:force|effect)|enter(?:s|ed|ing)? into (?:force|effect)|in force|kick in|kicks in|kicked in|c(?:ame|omes?) off|expired|lapsed|disappeared|apply|applies|applied|applicable|follow|start|starts|started|begin|begins|began|will be (?:levied|collected|imposed)|were imposed|was imposed)\b[^.;]{0,40}$/i;
/**
 * Verbs that tell of an announcement or a decision ("the minister accepted the commission's
 * recommendations", "the Council adopted"); "the United States" states nothing.
 */
const ANNOUNCE_VERB =
  /\b(?:announc\w*|said|says|signed|accepted|approved|adopted|endorsed|gazetted|unveil\w*|declar\w*|decid\w*|determin(?:ed|ation)|confirm\w*|publish\w*|issu\w*|rul(?:ed|ing)|releas\w*|(?<!\bUnited\s)stat(?:es|ed|ing|ement)|notice|notif(?:ication|ied)|agreed)\b/i;
/** Effective the day the act was announced: "effective immediately", "effective the same day". */
export const IMMEDIATE =
  /\b(?:effective immediately|with immediate effect|takes? effect immediately|immediately|(?:effective|in force) (?:from |on )?the same day|from the date of (?:the |its |this )?(?:publication|issue|notification|notice|order|decision)\b)/i;

/**
 * A time with no day that still dates a sentence apart: "in March 2025", "In September",
 * "last year", "the same day last March", "a year ago".
 */
export const OWN_TIME = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Ss]ince|[Bb]y)\s+(?:${MONTH_NAME}\b(?!\s+\d{1,2}\b)(?:\s+\d{4})?|\d{4}\b)|[Ll]ast (?:year|month|spring|summer|autumn|fall|winter|${MONTH_NAME})\b|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|\d{1,2})\s+(?:years?|months?)\s+ago\b)`,
);
/** A past time far from the news: "last year", "two months ago" (not "since last year"). */
const LONG_AGO =
  /(?<!\bsince\s)\b(?:[Ll]ast (?:year|month|spring|summer|autumn|fall|winter)|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|\d{1,2})\s+(?:years?|months?)\s+ago)\b/;

/**
 * An act taking effect with the one told before it, or on the day just told: "From the same
 * date, …", "Since that date, …".
 */
export const FROM_SAME_DATE =
  /\b(?:from|as of|effective|starting|since|with effect from)\s+(?:the same (?:date|day)|that (?:date|day))\b/i;
/**
 * An act dated by the one told before it: "In a separate notice the same day, …", "Within
 * hours, Beijing said it would suspend …", "In the same notice, the minister revoked …" (the
 * instrument just told).
 */
export const SAME_DAY =
  /\b(?:the same day|on the same date|later that day|within hours|(?:a few |several )?hours later|(?:in|under|with|by) the same (?:notice|notification|statement|announcement|decision|order|decree|ruling|regulation|release|document))\b/i;
/**
 * A sentence telling that a party answered, whose day the act told next was announced on:
 * "Ottawa answered on Wednesday. The finance minister said Canada would impose …", "Today,
 * the government is responding. The 25% surtax on … will be suspended".
 */
const ANSWERED =
  /\b(?:answer(?:s|ed|ing)|respond(?:s|ed|ing)|retaliat(?:es|ed|ing)|(?:hit|hits|struck|strikes|fired|fires) back)\b/i;
/** True when a sentence tells of announcing or answering, not only of an act. */
export const tellsAnnouncement = (sentence: string) =>
  ANNOUNCE_VERB.test(sentence) || ANSWERED.test(sentence);

/**
 * An announcement told in the present, or as just made: "the ministry says", "announces",
 * "has just announced" (a live report, or a release telling the news of its day).
 */
const SAID_NOW =
  /\b(?:says|announces|confirms|declares|(?:has|have)\s+(?:just\s+)?(?:announced|confirmed|declared))\b/;

/** Words between a saying and the measure that make it no act said: "says it will not …". */
const NOT_SAID_ACT = /\b(?:not|never|no longer)\b|["“”\x93\x94]/;

/**
 * "The ministry says Beijing will lift its tariff from December 1", "has just announced that
 * …": a measure told after a saying in the present, in a sentence with no day but the one it
 * takes effect on and no time of its own ("in May", "the same day"), was announced on the day
 * of the text. Not when the
 * saying follows the measure ("…, she says") or says no act ("says it will not retaliate").
 */
function saidNow(doc: Doc, s: Range, anchor: number, effective: DateMention | null): boolean {
  const sentence = doc.text.slice(s.start, s.end);
  const said = SAID_NOW.exec(sentence);
  if (!said || s.start + said.index >= anchor || OWN_TIME.test(sentence) || SAME_DAY.test(sentence))
    return false;
  if (NOT_SAID_ACT.test(doc.text.slice(s.start + said.index, anchor))) return false;
  return within(doc.dates, s.start, s.end).every((d) => d === effective);
}

/** A legal recital: what led to the act, with the dates of findings and requests. */
const RECITAL = /\bWhereas\b/;
/**
 * A recital recalling an earlier act, dated by the day it tells: "Whereas: (1) On 20 March
 * 2026 the Commission imposed a provisional anti-dumping duty …".
 */
const RECITED_ACT =
  /\b(?:imposed|introduced|extended|adopted)\s+(?:an?\s+|the\s+)?(?:provisional|definitive|anti-dumping|countervailing|safeguard)\b/i;
/** A legal instrument acting in the present tense: "hereby imposes", "The Order imposes". */
const INSTRUMENT_ACT =
  /\b(?:hereby\s+\w+|(?:The|This)\s+(?:[Oo]rder|[Nn]otification|[Rr]egulations?|[Dd]ecision|[Nn]otice|[Dd]ecree|[Rr]esolution)\s+(?:also\s+)?(?:imposes|amends|reduces|lowers|raises|increases|sets|extends|removes|suspends|lifts))\b/;

/**
 * A numbered section of an instrument acting in the present passive: "1. A surtax of 25% is
 * imposed on …", "Article 2. The surtax on … is reduced to 15%".
 */
const SECTION_ACT =
  /\b(?:is|are)\s+(?:hereby\s+)?(?:imposed|reduced|lowered|raised|increased|removed|suspended|lifted|extended)\b/;
const SECTION_NUMBER_BEFORE = /(?:^|\n)[ \t]*(?:(?:Article|Art\.|Section)\s+)?\d{1,2}\.\s*$/;
/** An instrument told as made on a day: "… made the annexed Order on May 29, 2026". */
const MADE_ON_BEFORE =
  /\bmade\s+the\s+(?:annexed\s+|attached\s+)?(?:Order|Regulations?|Decree|Notification)\s+on\s+$/;

/** A closing formula signing an instrument, up to its date: "Given at …, in Mexico City, on ". */
export const SIGNING_FORMULA =
  /(?:^|\n)[ \t]*(?:Done|Signed|Given|Issued)\s+(?:at|in)\s+[^.;\n]{0,100}?,\s*(?:on\s+)?$/u;

/**
 * The date an instrument is dated: the day it says it was made ("made the annexed Order on
 * May 29, 2026") or signed ("Done at Lima, on 2 March 2026"), else the first date that ends a
 * short line of its own ("New Delhi, the 5th May, 2025", "Registration SOR/2026-31 February
 * 13, 2026") and is not the day it takes effect ("This Decree enters into force on …"), else
 * the day it is told as published ("the Decree … was published today in the Gazette").
 */
function instrumentDate(doc: Doc): DateMention | null {
  const { text } = doc;
  const signed = doc.dates.find((d) =>
    SIGNING_FORMULA.test(text.slice(Math.max(0, d.start - 140), d.start)),
  );
  if (signed) return signed;
  for (const d of doc.dates) {
    const before = text.slice(Math.max(0, d.start - 60), d.start);
    if (MADE_ON_BEFORE.test(before)) return d;
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    const lineEnd = text.indexOf('\n', d.end);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (
      end - lineStart <= 80 &&
      /^[\s.]*$/.test(text.slice(d.end, end)) &&
      !EFFECTIVE_CUE.test(before)
    )
      return d;
  }
  return (
    doc.dates.find((d) => PUBLISHED_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start))) ??
    null
  );
}

/**
 * An instrument's own clause on when it takes effect: "This Regulation shall enter into force on
 * 25 June 2026", "The present Decree comes into force on …".
 */
const IN_FORCE_CLAUSE =
  /(?:\n|[.;:][ \t]+)[ \t]*(?:This|The present)\s+(?:Regulation|Decree|Order|Decision|Resolution|Notification|Ordinance|Notice)\s+(?:shall\s+|will\s+)?(?:enter|enters|come|comes)\s+into\s+(?:force|effect)\s+on\s+$/;

/** The day an instrument's own clause says it enters into force (IN_FORCE_CLAUSE), if any. */
function instrumentInForce(doc: Doc): DateMention | null {
  return (
    doc.dates.find((d) =>
      // the clause opens a line or follows a sentence; the text's start counts as a line's
      IN_FORCE_CLAUSE.test(
        d.start > 90 ? doc.text.slice(d.start - 90, d.start) : `\n${doc.text.slice(0, d.start)}`,
      ),
    ) ?? null
  );
}

/** The day an instrument is told as made public: "the Decree … was published today in …". */
const PUBLISHED_BEFORE =
  /\b(?:was|were|has been|have been)\s+(?:published|signed|issued|adopted)\s+(?:on\s+)?$/;

/**
 * The heading of a notice that dates all its acts: "DATES: Applicable November 20, 2026.",
 * "EFFECTIVE DATE: Effective on March 3, 2026." (a register notice's preamble).
 */
const DATES_HEADING =
  /(?:^|\n)[ \t]*(?:DATES?|EFFECTIVE DATES?):[ \t]*(?:(?:This|The)\s+\w+\s+is\s+)?(?:Applicable|Effective)\s+(?:on\s+|from\s+)?$/;
const headingDates = new WeakMap<Doc, DateMention | null>();

/** The date a notice's "DATES:" heading makes its acts effective on, if it has one. */
function headingEffective(doc: Doc): DateMention | null {
  const known = headingDates.get(doc);
  if (known !== undefined) return known;
  const { text } = doc;
  const found =
    doc.dates.find((d) => DATES_HEADING.test(text.slice(Math.max(0, d.start - 60), d.start))) ??
    null;
  headingDates.set(doc, found);
  return found;
}

/**
 * A suspension named as the act ("the suspension of the tariff"), not as what is lifted or
 * extended ("extended the suspension of its tariff on Wednesday": the day of the extension).
 */
const SUSPENSION_ACT = String.raw`(?<!\b(?:lift\w*|end\w*|remov\w*|extend\w*|renew\w*|prolong\w*)\s+(?:its|the|their)\s+)suspension of`;
/** A levy told as stopped: "stopped collecting its tariff on Sunday", "ceased charging". */
const STOPPED_LEVYING = String.raw`(?:stopped|ceased)\s+(?:collecting|charging|levying|applying)`;
/** Verbs that date the start of a measure: "imposed … on March 20", "took effect on …". */
const STARTED = new RegExp(
  String.raw`\b(?:imposed|levied|placed|put in place|began|slapped|took effect|takes effect|suspended|${STOPPED_LEVYING}|${SUSPENSION_ACT})\b`,
  'i',
);
/**
 * Of those, the verbs that tell only of the start, never of a decision: "placed on March 20",
 * "stopped collecting its tariff on March 1" (the day the suspension began), "the suspension
 * of the tariff on March 1" (an act told as a noun is the act itself, but
 * "lifted its suspension of imports" tells the lifting); not in a relative clause about
 * something else ("a dispute that began with …").
 */
const STARTED_ONLY = new RegExp(
  String.raw`(?<!\b(?:that|which|who)\s)\b(?:took effect|takes effect|began|placed|put in place|${STOPPED_LEVYING}|${SUSPENSION_ACT})\b`,
  'i',
);
/**
 * A measure whose rate moved by itself: "the tariffs doubled to 50%", "the rate rose to 35%",
 * "the tariff on whisky fell from 150% to 75%".
 */
const RATE_MOVED =
  /\b(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|rates?|levy|levies)\b[^.;,]{0,60}?\b(?:rose|rises|doubled|doubles|tripled|triples|climbed|climbs|jumped|jumps|fell|falls|dropped|drops)\s+(?:from\s+(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)|zero)\s+)?to\b/i;

/**
 * A day that is the date of an instrument, written after its name: "By Implementing Regulation
 * (EU) 2026/1302 of 9 July 2026, the Commission imposed …", "Decree No. 41 of March 3". It
 * dates the decision the instrument is, not the start of what it imposes.
 */
const INSTRUMENT_OF_BEFORE =
  /\b(?:Regulation|Order|Decree|Decision|Notification|Resolution|Ordinance|Notice)\b[^,;\n]{0,40}?\bof\s+(?:the\s+)?$/;

/** A rate changed by a country, in the past: "Washington raised", "New Delhi put", "it doubled". */
const CHANGED_BY_COUNTRY =
  /\b(?:raised|cut|lowered|reduced|doubled|tripled|hiked|halved|slashed|put|removed|scrapped|dropped)\b/i;
/** A body that decides, whose acts are told on the day decided: "the ministry", "Commerce". */
const DECIDING_BODY =
  /\b(?:ministry|department|commission|customs|agency|administration|council|authority|office|bureau|cabinet|chamber|secretariat|tribunal|Commerce|USTR|Gecex|Camex)\b/i;
/** How many days before the news a change must lie to be told as recalled. */
const RECALLED_AFTER_DAYS = 14;

/**
 * Whether a sentence recalls a change of a rate made by a country (CHANGED_BY_COUNTRY, no body
 * deciding it, no word of announcing) on a day written as a date, weeks before the news: "In
 * June it doubled its duty to 50%", "Washington raised its tariff to 35% on August 1".
 */
function recalledChange(doc: Doc, sentence: string, day: DateMention): boolean {
  return (
    /\d/.test(day.text) &&
    daysBetween(day.iso, doc.published) > RECALLED_AFTER_DAYS &&
    CHANGED_BY_COUNTRY.test(sentence) &&
    !DECIDING_BODY.test(sentence) &&
    !ANNOUNCE_VERB.test(sentence.replace(DECIDED_EARLIER, ''))
  );
}

/** An act done under a deal made before it: "under the package agreed when Carney visited". */
const UNDER_EARLIER_DEAL =
  /\bunder\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:package|deal|agreement|pact|accord|arrangement)\s+(?:agreed|struck|signed|reached|sealed)\b/i;

/**
 * A decision recalled in a relative clause with a time of its own: "an overhaul that Congress
 * approved last month". It announces nothing on the day the sentence tells.
 */
const DECIDED_EARLIER =
  /\b(?:that|which)\s+(?:[\w.'’\x92-]+\s+){1,3}?(?:approved|adopted|signed|agreed|announced|passed)\s+(?:last|earlier|in|on|a)\b[^,.;]*/gi;

/** "backdated to Nov. 1", "retroactive to March 4": the day the measure applies from. */
const BACKDATED = /\b(?:backdated|retroactive(?:ly)?)\s+(?:to|from)\s+$/i;

/** Words after a date that make it the start: "November 1 is when the lower rate applies". */
const EFFECTIVE_AFTER =
  /^,?\s+is (?:the (?:day|date) )?when\b[^.;]{0,40}?\b(?:appl(?:y|ies)|takes? effect|kicks? in|starts?|begins?|comes? into (?:force|effect))\b/i;

/** "Last week", "next week": a date that names a week, not the day of an act. */
const WEEK_ONLY = /^(?:last|next) week$/i;

/**
 * The day a case was opened, no day of its measure: "the investigation initiated on 12 January
 * 2025", "launched an anti-dumping probe on March 3".
 */
const CASE_OPENED_ON =
  /\b(?:(?:investigation|probe|inquiry)\b[^.;]{0,30}\b(?:initiated|launched|opened|started)\s+(?:on\s+)?$|(?:initiated|launched|opened|started)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}(?:investigation|probe|inquiry)\b[^.;]{0,40}\bon\s+$)/i;

/**
 * "between January 14 and May 26", "between the ruling of … and …", "The period of
 * investigation is October 1, 2024, through …": a period opening.
 */
const PERIOD_OPENS =
  /\bbetween\s+(?:(?!\band\b)[^.;,\d]){0,50}$|\bperiod\s+of\s+(?:investigation|review)\s+(?:is\s+|was\s+|covers\s+|covered\s+|runs\s+|ran\s+)?(?:from\s+)?$/i;
/** What lies between the two days of a period: " and ", " through ". */
const PERIOD_CLOSES = /^,?\s+(?:and|through|to)\s+(?:on\s+)?$/i;

/**
 * Splits the dates of a stretch into the effective one and the announced one: not the day a
 * case was opened, and no day after the news for an announcement.
 */
/**
 * Words before the day a measure ends, neither announced nor effective: "until", "expires on",
 * "up to and inclusive of the 13th July, 2031", "up to and including 30 June".
 */
const END_BEFORE =
  /\b(?:until|till|through|to|expires?|expiring|ends?)\s+(?:on\s+)?$|\bup\s+to\s+and\s+(?:including|inclusive\s+of)\s+(?:the\s+)?$/i;

export function datesOf(doc: Doc, dates: readonly DateMention[], from: number) {
  let effective: DateMention | null = null;
  let announced: DateMention | null = null;
  let periodEnd = -1;
  for (const d of dates) {
    if (WEEK_ONLY.test(d.text)) continue;
    const before = doc.text.slice(Math.max(from, d.start - 60), d.start);
    // "released between the determinations of January 14, 2026 and May 26, 2026": the two
    // days bound a period, neither is a day of the measure.
    if (PERIOD_OPENS.test(before)) {
      periodEnd = d.end;
      continue;
    }
    if (periodEnd >= 0 && PERIOD_CLOSES.test(doc.text.slice(periodEnd, d.start))) continue;
    periodEnd = -1;
    if (BACKDATED.test(before) || EFFECTIVE_AFTER.test(doc.text.slice(d.end, d.end + 80)))
      effective ??= d;
    else if (END_BEFORE.test(before)) continue;
    else if (CASE_OPENED_ON.test(before)) continue;
    else if (EFFECTIVE_CUE.test(before) || IMMEDIATE.test(d.text)) effective ??= d;
    // "will raise the tariff … on June 1": a day after the news announced nothing yet (a day
    // written with its year may lie after a date standing in for a missing publication date).
    else if (d.inferred && d.iso > doc.published) continue;
    else announced ??= d;
  }
  return { effective, announced };
}

/**
 * The dates of one rate's clause, when a sentence gives several rates in clauses of their
 * own: "raised the tariff on lumber to 35% from April 5, while a 25% duty on aluminium took
 * effect on April 9" dates each by its clause. A clause with no rate ("…, starting May 14")
 * dates every rate whose own clause has no date. Undefined when the rate shares its clause
 * with another rate (the grouping by rate then decides).
 */
export function clauseDates(
  doc: Doc,
  s: Range,
  rates: readonly RateHit[],
  rate: RateHit | undefined,
): ReturnType<typeof datesOf> | undefined {
  if (rate === undefined) return undefined;
  const { text } = doc;
  const clauses = clausesOf(text, s);
  const mine = exclusiveClause(text, s, rates, rate);
  if (!mine) return undefined;
  // "… on April 11 announces 125%, effective the next day": the clauses with no rate that
  // follow a rate's own clause are its own too.
  let end = mine.end;
  for (const c of clauses.filter((c) => c.start >= mine.end)) {
    if (rates.some((r) => holds(c, r))) break;
    end = c.end;
  }
  const ownDates = within(doc.dates, mine.start, end);
  if (ownDates.length > 0) return datesOf(doc, ownDates, mine.start);
  const shared = clauses
    .filter((c) => !rates.some((r) => holds(c, r)))
    .flatMap((c) => within(doc.dates, c.start, c.end));
  return shared.length > 0 ? datesOf(doc, shared, s.start) : { effective: null, announced: null };
}

/**
 * Dates the announcement of the measures just told from a sentence telling who announced them
 * ("The Commerce Department announced the exemptions on Thursday"), when it is earlier than
 * the day read so far: a report ("Seoul's trade ministry said on Friday") follows the act.
 */
export function announcedBefore(doc: Doc, group: readonly Draft[], s: Range) {
  const { announced } = datesOf(doc, within(doc.dates, s.start, s.end), s.start);
  if (!announced) return;
  for (const d of group) {
    const known = d.candidate.dates.announced;
    if (known !== null && known <= announced.iso) continue;
    replaceDate(d, 'announced', announced);
  }
}

/** The last date written in the 300 characters before `at`, if any. */
export function dateJustBefore(doc: Doc, at: number): DateMention | null {
  return doc.dates.findLast((d) => d.end <= at && at - d.end <= 300) ?? null;
}

/**
 * A sentence about the measure one kind of change made, named by its subject: "The lower
 * rate takes effect Dec. 1", "The higher duties apply from May".
 */
const CHANGED_SUBJECT =
  /^\s*(?:The|This|That|These|Those)\s+(?:(?<lower>lower|reduced)|(?<higher>higher|increased|raised))\s+(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies)\b/i;

/**
 * The measures of a group a sentence goes on about: those its subject names by their change
 * ("The lower rate …": the measure reduced, not the surtax recalled beside it), else all.
 */
function namedBySubject(group: readonly Draft[], sentence: string): readonly Draft[] {
  const m = CHANGED_SUBJECT.exec(sentence);
  if (!m) return group;
  const action = m.groups?.['lower'] ? 'reduced' : 'raised';
  const named = group.filter((d) => d.candidate.action === action);
  return named.length > 0 ? named : group;
}

/**
 * A sentence whose subject is the measures just told, said to have been announced: "The
 * duties were announced by the ministry on Saturday", "The suspension was announced in Beijing
 * on Jan. 16". Its day is the day of the announcement itself, not of a report of it.
 */
const TOLD_AS_ANNOUNCED =
  /^\s*(?:The|These|Those|This|That|Both|All|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:rates?|duties|duty|tariffs?|surtax(?:es)?|levy|levies|measures?|suspensions?|exemptions?|cuts?|reductions?|increases?|removals?|bans?)\s+(?:was|were|had been|has been|have been)\s+(?:first\s+|formally\s+)?(?:announced|decided|unveiled|published|approved|adopted)\b/i;

/**
 * Dates the measures of a group from a sentence that only continues about them. The day it
 * says they apply from replaces an effective date that was only the day of the act told in
 * the two sentences before; the day it says they were announced (TOLD_AS_ANNOUNCED) replaces a
 * later one, read from a report of the act.
 */
export function dateGroup(doc: Doc, whole: readonly Draft[], s: { start: number; end: number }) {
  const sentence = doc.text.slice(s.start, s.end);
  const group = namedBySubject(whole, sentence);
  addOrigins(doc, group, s);
  const own = datesOf(doc, within(doc.dates, s.start, s.end), s.start);
  const { announced } = own;
  // "The notification is dated Monday. The duties apply from that day.": the day just told.
  const effective =
    own.effective ?? (FROM_SAME_DATE.test(sentence) ? dateJustBefore(doc, s.start) : null);
  const index = doc.sentences.findIndex((x) => x.start === s.start);
  for (const d of group) {
    if (effective && d.startedByAct && index - d.sentence <= 2) {
      d.candidate.dates.effective = null;
      d.startedByAct = false;
    }
    if (effective) setDate(d, 'effective', effective);
    else if (IMMEDIATE.test(sentence)) {
      const a = d.candidate.dates.announced;
      setDate(
        d,
        'effective',
        a !== null
          ? { iso: a, inferred: d.announcedInferred }
          : { iso: doc.published, inferred: true },
      );
    }
    const known = d.candidate.dates.announced;
    if (announced && known !== null && announced.iso < known && TOLD_AS_ANNOUNCED.test(sentence))
      replaceDate(d, 'announced', announced);
    else if (announced && ANNOUNCE_VERB.test(sentence)) setDate(d, 'announced', announced);
    else if (
      announced &&
      !effective &&
      /\b(?:imposed|began|took effect|came into force)\b/i.test(sentence)
    )
      setDate(d, 'effective', announced);
    d.candidate.span = span(
      Math.min(d.candidate.span.start, s.start),
      Math.max(d.candidate.span.end, s.end),
    );
  }
}

/**
 * The date of the instrument a relative clause is about: "Executive Order 14323 of July 30,
 * 2025, which imposed …" was decided that day, not on the day the main clause tells; the day a
 * "when" clause opens after is its own ("The duties date from 18 May 2020, when Beijing
 * imposed …").
 */
function antecedentDate(doc: Doc, start: number, clauseStart: number): DateMention | null {
  const d = within(doc.dates, start, clauseStart).at(-1);
  if (!d) return null;
  const between = doc.text.slice(d.end, clauseStart);
  if (/^,\s*when\s*$/.test(between)) return d;
  if (!/^,\s*which\s*$/.test(between)) return null;
  return /\bof\s+$/.test(doc.text.slice(Math.max(start, d.start - 5), d.start)) ? d : null;
}

/**
 * An event told as coming some days after the act: "The talks came a day after the
 * Commission imposed …", "The signing comes two days after …", "The round opened the day
 * after Ottawa announced …". Groups: the event's noun and how many days.
 */
const CAME_AFTER =
  /^(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?([\w-]+)\s+(?:came|comes|followed|follows|opened|opens|began|begins|started|starts)\s+(a|one|two|three|four|five|six|\d|the)\s+days?\s+after\b/i;
/**
 * An act set some days before or after an event told before, named in a phrase opening the
 * sentence: "The day before the ruling, the commission said …", "Two days after the talks,
 * Beijing announced …". Groups: how many days, which way, and the event's noun.
 */
const FRONTED_COUNT =
  /^\s*(a|one|two|three|four|five|six|\d|the)\s+days?\s+(before|after)\s+(?:the|its|their|that|this)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*,/i;

/**
 * The day of an act told by its distance from an event told before (CAME_AFTER,
 * FRONTED_COUNT): the event's day (eventDay) less or plus those days. Null when no sentence
 * before dates the event.
 */
function dayBeforeEvent(
  doc: Doc,
  drafts: readonly Draft[],
  s: Range,
  index: number,
): DateMention | null {
  const sentence = doc.text.slice(s.start, s.end);
  const came = CAME_AFTER.exec(sentence);
  const fronted = came ? null : FRONTED_COUNT.exec(sentence);
  const count = (came?.[2] ?? fronted?.[1])?.toLowerCase();
  const noun = came?.[1] ?? fronted?.[3];
  if (!count || !noun) return null;
  const days = count === 'the' ? 1 : (COUNT_WORDS[count] ?? Number(count));
  const sign = fronted?.[2]?.toLowerCase() === 'after' ? 1 : -1;
  const day =
    eventDay(doc, s, noun) ?? (ACT_NOUN.test(noun) ? actToldBefore(drafts, s, index) : null);
  return day && { ...day, iso: addDays(day.iso, sign * days), inferred: true };
}

/** A noun that names an act or its telling: "decision", "announcement", "move", "ruling". */
const ACT_NOUN = /^(?:decisions?|announcements?|moves?|steps?|rulings?|cuts?|orders?|notices?)$/i;

/**
 * The day the last measure told before sentence `index` was announced: what "The decision
 * came a day after …" names when no sentence before writes the noun.
 */
function actToldBefore(drafts: readonly Draft[], s: Range, index: number): DateMention | null {
  const d = drafts.findLast((x) => x.sentence < index && x.candidate.dates.announced);
  const iso = d?.candidate.dates.announced;
  return d && iso ? { text: '', start: s.start, end: s.start, iso, inferred: true } : null;
}

/** Words before a date that make it no day of the event told: "since Sunday", "until May 3". */
const NOT_EVENT_DAY = /\b(?:since|until|till|through|to)\s+(?:on\s+)?$/i;

/**
 * The day of an event named by its noun, read in the last sentence before `s` that names it
 * ("signing" in "signed … on Tuesday", "session" in "co-chaired the session yesterday"): its
 * first date that is no start or end of a time ("since Sunday"). Null when no such sentence
 * writes one.
 */
function eventDay(doc: Doc, s: Range, noun: string): DateMention | null {
  const stem = noun.toLowerCase().slice(0, 4);
  const told = doc.sentences.filter((x) => x.end <= s.start).reverse();
  for (const x of told) {
    if (!doc.text.slice(x.start, x.end).toLowerCase().includes(stem)) continue;
    const day = within(doc.dates, x.start, x.end).find(
      (d) =>
        !isQuoted(doc, d.start) &&
        !WEEK_ONLY.test(d.text) &&
        !NOT_EVENT_DAY.test(doc.text.slice(Math.max(x.start, d.start - 12), d.start)),
    );
    if (day) return day;
  }
  return null;
}

/**
 * A sentence set at a gathering told before: "At the session, the Chinese side announced …",
 * "During the talks, Ottawa agreed to …", "After the meeting, Beijing said it would …". Group:
 * the gathering's noun.
 */
const AT_GATHERING =
  /^\s*(?:At|During|After|Following|On the (?:sidelines|margins) of)\s+(?:the|that|this)\s+(?:same\s+)?(?:[\w-]+\s+)?(session|meeting|talks|summit|conference|round|dialogue|consultations)\b/i;

/**
 * The day of the gathering a sentence telling an announcement is set at (AT_GATHERING), as
 * told before it: what was announced there was announced that day, not what was only
 * explained ("During the meeting, Ebrard explained the increase which took effect …").
 */
function gatheringDay(doc: Doc, s: Range): DateMention | null {
  const sentence = doc.text.slice(s.start, s.end);
  const m = AT_GATHERING.exec(sentence);
  return m?.[1] && tellsAnnouncement(sentence) ? eventDay(doc, s, m[1]) : null;
}

/**
 * "At the session, China confirmed it will extend … In turn, Canada announced that it will
 * lower …": a sentence that announces a measure and writes no day of announcing nor a time of
 * its own ("in March"), right after one in the same paragraph whose measure was dated as
 * announced, was announced that day.
 */
function announcedJustBefore(
  doc: Doc,
  drafts: readonly Draft[],
  s: Range,
  index: number,
): DateMention | null {
  const prev = doc.sentences[index - 1];
  const here = doc.sentences[index];
  if (!prev || prev.paragraph !== here?.paragraph) return null;
  const sentence = doc.text.slice(s.start, s.end);
  if (!ANNOUNCE_VERB.test(sentence) || OWN_TIME.test(sentence)) return null;
  const before = drafts.findLast((d) => d.sentence === index - 1);
  const iso = before?.candidate.dates.announced;
  return before && iso
    ? { text: '', start: prev.start, end: prev.start, iso, inferred: before.announcedInferred }
    : null;
}

/**
 * A sentence that only opens a list, with no date: "The relevant matters are announced as
 * follows:".
 */
const LIST_LEAD_IN = /^[^0-9]{0,80}\bas follows:?\s*$/i;
/** An item's number standing as a sentence of its own: "1.", "(2)". */
const ITEM_NUMBER = /^\(?\d{1,2}[.)]$/;

/**
 * The index of the sentence that tells what sentence `index` follows: the one before it,
 * past an item's number and a lead-in to a list ("… decided at its meeting on 5 March to
 * adjust the tariffs. The matters are announced as follows: 1. …").
 */
function toldBefore(doc: Doc, index: number): number {
  const said = (k: number) => {
    const s = doc.sentences[k];
    return s ? doc.text.slice(s.start, s.end).trim() : '';
  };
  let k = index - 1;
  while (k > 0 && ITEM_NUMBER.test(said(k))) k--;
  return k > 0 && LIST_LEAD_IN.test(said(k)) ? k - 1 : k;
}

/** An act that ends or eases a measure: "has lifted the ban", "removing the tariff", "to exempt". */
const REMOVAL =
  /\b(?:lift(?:s|ed|ing)?|remov(?:e|es|ed|ing)|exempt(?:s|ed|ing)?|scrap(?:s|ped|ping)?|end(?:s|ed|ing)?|suspend(?:s|ed|ing)?)\b/i;
/**
 * Trade told as going on again, or free of the measure: "Shipments can resume from 1 April",
 * "exporters may ship pork again from 1 October", "these goods will enter without the
 * additional tariff", "no safeguard duty will be charged on them".
 */
const RESUMES =
  /\b(?:resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|again|without\s+the\s+(?:[\w-]+\s+){0,2}(?:tariffs?|dut(?:y|ies)|surtax|levy)|no\s+(?:[\w-]+\s+){0,2}(?:tariffs?|dut(?:y|ies)|surtax|levy)\s+will\s+be\s+(?:charged|collected|levied|applied))\b/i;
/**
 * A sentence opening with the act just told, said to take effect: "The extension takes effect
 * January 1", "The decision will enter into force on 3 May".
 */
const ACT_STARTS =
  /^\s*(?:The|This|That|Its)\s+(?:[\w-]+\s+)?(?:extension|suspension|exemption|pause|waiver|decision|cut|reduction|increase|removal)\s+(?:takes|will\s+take|took|comes|will\s+come|came|enters|will\s+enter|entered)\s+(?:effect|into\s+(?:force|effect))\b/i;
/** A rate written in a sentence. */
const RATE_WRITTEN = /\d\s*(?:%|per\s?cent|percent)/i;

/**
 * "… has lifted the suspension of registrations for five beef plants. Shipments can resume from
 * 1 April.": a measure ended or eased, with no start of its own, starts on the day the next
 * sentence of its paragraph, with no rate, says trade resumes or goes on free of it (RESUMES);
 * any measure, on the day the next sentence says the act takes effect ("… extended the
 * suspension … . The extension takes effect January 1": ACT_STARTS).
 */
function resumesNext(doc: Doc, index: number, removal: boolean): DateMention | null {
  const here = doc.sentences[index];
  const next = doc.sentences[index + 1];
  if (!here || !next || next.paragraph !== here.paragraph) return null;
  const told = doc.text.slice(next.start, next.end);
  if (RATE_WRITTEN.test(told) || !(ACT_STARTS.test(told) || (removal && RESUMES.test(told))))
    return null;
  return datesOf(doc, within(doc.dates, next.start, next.end), next.start).effective;
}

/** A time told as the one just given: "over the same period", "for the same period". */
const SAME_PERIOD =
  /\b(?:over|for|during|in|across)\s+the\s+same\s+(?:period|time\s+frame|timeframe)\b/i;

/**
 * "China will not collect its tariff on peas from March 1 until December 31; China will not
 * collect its tariff on crabs over the same period": a measure told for the same period as the
 * one just before it starts on that one's day.
 */
function samePeriodStart(
  doc: Doc,
  drafts: readonly Draft[],
  s: Range,
  index: number,
): DateMention | null {
  if (!SAME_PERIOD.test(doc.text.slice(s.start, s.end))) return null;
  const d = drafts.findLast((x) => x.sentence < index && index - x.sentence <= 2);
  const iso = d?.candidate.dates.effective;
  return d && iso ? { text: '', start: s.start, end: s.start, iso, inferred: true } : null;
}

/** How many items back a list's lead-in may date the item. */
const LIST_REACH = 12;

/**
 * The day a list's lead-in tells the announcement its items give ("the two countries
 * announced today that: - China will … - Canada will …"): every item, up to LIST_REACH items
 * down, was announced that day.
 */
function listLeadDay(doc: Doc, index: number): DateMention | null {
  const said = (k: number) => {
    const s = doc.sentences[k];
    return s ? doc.text.slice(s.start, s.end) : '';
  };
  if (!LIST_BULLET.test(said(index))) return null;
  let k = index - 1;
  while (k >= 0 && index - k <= LIST_REACH && LIST_BULLET.test(said(k))) k--;
  const lead = doc.sentences[k];
  if (!lead || !/:\s*$/.test(said(k)) || !tellsAnnouncement(said(k))) return null;
  return datesOf(doc, within(doc.dates, lead.start, lead.end), lead.start).announced;
}

/**
 * A sentence telling that a ruling was announced, whose measures the next sentences give: "The
 * ministry announced this morning its final ruling in the anti-subsidy investigation …",
 * "On Monday the commission published its determination on …".
 */
const RULING_ANNOUNCED =
  /\b(?:announc\w*|publish\w*|issu(?:ed|es)|releas\w*|unveil\w*|notified)\b[^.;]{0,40}?\b(?:rulings?|decisions?|determinations?|findings|verdicts?|results?|outcomes?)\b/i;
/** How many sentences back a ruling's announcement may date the measures told after it. */
const RULING_REACH = 4;

/**
 * The day a ruling was announced a few sentences before the measure (RULING_ANNOUNCED), with
 * no measure told in between: the measures it set were announced that day ("The ministry
 * announced this morning its final ruling … The commission has decided to levy duties from
 * January 23").
 */
function rulingToldBefore(doc: Doc, drafts: readonly Draft[], index: number): DateMention | null {
  const from = Math.max(0, index - RULING_REACH);
  if (drafts.some((d) => d.sentence >= from)) return null;
  for (let k = index - 1; k >= from; k--) {
    const s = doc.sentences[k];
    if (!s || !RULING_ANNOUNCED.test(doc.text.slice(s.start, s.end))) continue;
    const day = datesOf(doc, within(doc.dates, s.start, s.end), s.start).announced;
    if (day) return day;
  }
  return null;
}

/**
 * A sentence that only says when measures take effect, with no rate: "The new duties shall
 * enter into force on January 1, 2026", "The measures apply from March 3", "Mexico's higher
 * tariffs on goods from Asia took effect on January 1", "New duties on steel kicked in on
 * Monday".
 */
const DATES_NEXT =
  /^[^%.;]{0,40}?\b(?:duties|tariffs|measures|rates|surtax(?:es)?|levies|payments)\b[^%;]{0,80}?\b(?:(?:shall|will)\s+)?(?:enter(?:s|ed)?|c[oa]me|comes|t[oa]ok|takes?|appl(?:y|ies|ied)|kick(?:s|ed)?\s+in)\b[^%]*$/i;

/**
 * An act told in the future: "will raise", "shall impose", "is to cut", also a rate told as
 * moving by itself ("will drop to 10%", "would fall to 15%", reported speech).
 */
const FUTURE_ACT =
  /\b(?:will|would|shall|(?:is|are)\s+to)\s+(?:\w+\s+)?(?:rais|impos|cut|lower|reduc|lift|remov|scrap|suspend|eliminat|doubl|increas|appl|fall|drop|ris|climb)\w*/i;

/**
 * The first day after the news, told with "on" ("on June 15", "on the 15th"), that a future act
 * in the clause is set for.
 */
function futureActDay(doc: Doc, clause: Range): DateMention | null {
  const { text } = doc;
  const day = within(doc.dates, clause.start, clause.end).find(
    (d) =>
      d.iso > doc.published &&
      /\bon\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, d.start - 8), d.start)),
  );
  return day && FUTURE_ACT.test(text.slice(clause.start, day.start)) ? day : null;
}

/** The dates a sentence gives its measure (see readSentenceDates). */
export interface SentenceDates {
  /** the dates read where the measure is told: its effective one and its announced one */
  readonly read: { effective: DateMention | null; announced: DateMention | null };
  /** the day the measure was announced, if any */
  readonly announced: DateMention | null;
  /** the day the measure started, when the sentence tells of that, not of a decision */
  readonly started: DateMention | null;
}

/**
 * The dates of a sentence's measure: those of its own clause when it is recalled in a
 * subordinate one (a relative clause, "…, which cut the levy", also takes the main clause's,
 * or its antecedent's: "the Order of July 30, 2025, which imposed …"),
 * else those of the sentence, what follows a colon first ("… the day before: Trump on
 * Wednesday ordered a 25% tariff"). A recital dates findings, not the act; a date with a verb
 * of starting and no announcing is the day the measure started. With no date of its own, the
 * announcement is dated by the sentence before ("said on Tuesday that …"), by the gathering it
 * was made at ("At the session, …"), by the announcement just before it in its paragraph ("In
 * turn, Canada announced …") or, for an instrument acting in the present tense, by the
 * instrument's date.
 */
export function readSentenceDates(
  doc: Doc,
  drafts: readonly Draft[],
  s: Range,
  index: number,
  stretch: {
    readonly clause: Range;
    readonly firstAnchor: number;
    readonly recalled: boolean;
  },
): SentenceDates {
  const { text } = doc;
  const { clause, firstAnchor, recalled } = stretch;
  const sentence = text.slice(s.start, s.end);
  const colon = text.lastIndexOf(':', firstAnchor);
  const from = recalled ? clause.start : colon > s.start ? colon : s.start;
  const read = datesOf(doc, within(doc.dates, from, recalled ? clause.end : s.end), from);
  const relative = recalled && /,\s*(?:which|when)\s*$/.test(text.slice(s.start, clause.start));
  // "Ottawa said on Monday that …, and that a separate 25% surtax would follow": a second
  // thing said is said on the day of the saying.
  const alsoSaid = recalled && /,\s*and\s+that\s*$/.test(text.slice(s.start, clause.start));
  const dated = relative ? antecedentDate(doc, s.start, clause.start) : null;
  if (dated) read.announced ??= dated;
  else if ((!recalled && from > s.start) || relative || alsoSaid) {
    const lead = datesOf(doc, within(doc.dates, s.start, from), s.start);
    read.effective ??= lead.effective;
    read.announced ??= lead.announced;
  }
  const recital = RECITAL.test(sentence);
  let announced = recital && !RECITED_ACT.test(sentence) ? null : read.announced;
  let started: DateMention | null = null;
  if (
    announced &&
    !recital &&
    !read.effective &&
    !ANNOUNCE_VERB.test(sentence.replace(DECIDED_EARLIER, '')) &&
    !INSTRUMENT_OF_BEFORE.test(
      text.slice(Math.max(s.start, announced.start - 60), announced.start),
    ) &&
    (STARTED.test(sentence) || RATE_MOVED.test(sentence))
  ) {
    // "imposed … on March 20", "FEB. 4 — A 10% tariff … takes effect", "June 4: The tariffs
    // doubled to 50%", with no announcing: the date the measure started
    started = announced;
    if (STARTED_ONLY.test(sentence) || RATE_MOVED.test(sentence)) announced = null;
  } else if (announced && !recital && !read.effective && recalledChange(doc, sentence, announced)) {
    // "Washington raised its tariff on Canadian goods to 35% on August 1": a change recalled
    // weeks on, by a country and with its day written, is told by when it took effect.
    started = announced;
    announced = null;
  } else if (
    announced &&
    !recital &&
    !read.effective &&
    UNDER_EARLIER_DEAL.test(sentence) &&
    !ANNOUNCE_VERB.test(sentence.replace(UNDER_EARLIER_DEAL, ''))
  ) {
    // "Beijing cut its duty to 15% on March 1, under the package agreed in January": the
    // deal was the decision, and the day, told with no word of announcing, is when the cut
    // took effect.
    started = announced;
    announced = null;
  }
  if (!announced && !started) announced = dayBeforeEvent(doc, drafts, s, index);
  const prev = doc.sentences[toldBefore(doc, index)];
  // "Beijing last year also suspended imports …": a time of its own is not the day before's.
  if (!announced && prev && !recalled && !LONG_AGO.test(sentence)) {
    const prevText = text.slice(prev.start, prev.end);
    // "… announced in Beijing last week": a week is no day of announcing
    const prevDate = within(doc.dates, prev.start, prev.end).find((d) => !WEEK_ONLY.test(d.text));
    // "… agreed on Monday to lower the tariffs. Washington will cut …": a sentence that
    // announces measures without rating them dates the rated ones that follow; so does one
    // telling that a party answered ("Ottawa answered on Wednesday.").
    const ratedBefore = drafts.some(
      (d) => d.sentence === index - 1 && d.candidate.rates.length > 0,
    );
    // "The order, signed on Thursday, … The additional levy took effect on August 6": a
    // measure that started months before that day was not announced on it.
    const startedMonthsBefore = (d: DateMention) => {
      const own = read.effective ?? started;
      return own !== null && daysBetween(own.iso, d.iso) > 60;
    };
    if (
      prevDate &&
      !startedMonthsBefore(prevDate) &&
      (ANNOUNCE_VERB.test(prevText) || ANSWERED.test(prevText)) &&
      (!MEASURE_WORD.test(prevText) || !ratedBefore) &&
      !EFFECTIVE_CUE.test(text.slice(Math.max(prev.start, prevDate.start - 60), prevDate.start))
    )
      announced = prevDate;
  }
  if (!announced && !recalled)
    announced = gatheringDay(doc, s) ?? announcedJustBefore(doc, drafts, s, index);
  if (!announced && !started && !recalled) announced = rulingToldBefore(doc, drafts, index);
  if (!announced && !recalled) announced = listLeadDay(doc, index);
  if (!announced && !started && !recalled && saidNow(doc, s, firstAnchor, read.effective))
    announced = { text: '', start: s.start, end: s.start, iso: doc.published, inferred: true };
  // "The new duties shall enter into force on January 1. The decree raises …": a sentence
  // that dates measures before any is told (none in the sentences just before, but the one it
  // names with no rate) dates the act told next.
  const toldJustBefore = (d: Draft) =>
    d.sentence >= index - 4 && !(d.sentence === index - 1 && d.candidate.rates.length === 0);
  if (!read.effective && prev && !recalled && !drafts.some(toldJustBefore)) {
    const prevText = text.slice(prev.start, prev.end);
    if (DATES_NEXT.test(prevText))
      read.effective = datesOf(doc, within(doc.dates, prev.start, prev.end), prev.start).effective;
  }
  // "Peru will raise the tariff … on June 1": a day after the news that a future act is told
  // on is the day it takes effect.
  if (!read.effective) read.effective = futureActDay(doc, clause);
  if (!read.effective && !recalled) read.effective = samePeriodStart(doc, drafts, s, index);
  if (!read.effective && !recalled)
    read.effective = resumesNext(doc, index, REMOVAL.test(sentence));
  // "DATES: Applicable November 20, 2026.": a notice's heading dates the acts it tells.
  if (!recalled) read.effective ??= headingEffective(doc);
  // "The Order imposes …", "hereby imposes": an instrument acts on the day it is dated.
  const section =
    SECTION_ACT.test(sentence) &&
    SECTION_NUMBER_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start));
  if (!announced && (INSTRUMENT_ACT.test(sentence) || section)) announced = instrumentDate(doc);
  // "This Regulation shall enter into force on 25 June 2026.": the day the instrument's acts
  // take effect.
  if (!read.effective && (INSTRUMENT_ACT.test(sentence) || section))
    read.effective = instrumentInForce(doc);
  return { read, announced, started };
}
