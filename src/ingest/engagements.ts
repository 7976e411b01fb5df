/**
 * Engagement candidates: calls, meetings, visits, summits and dialogue rounds (a session of a
 * standing body or a round of negotiations; consultations not framed as a round are a meeting). A
 * sentence with a word for one of them and at least two parties (two people, or a person and a
 * country, or two countries for a dialogue between delegations) opens an engagement; the sentences
 * after it ("During the call, the two leaders agreed to …") add outcomes and commitments until
 * another engagement begins. A second sentence about the same parties and kind is the same
 * engagement, not a new one; one that says who else took part ("accompanied by …", "the delegation
 * included …") adds them. A sentence whose second clause tells another engagement ("…, and on
 * Friday held talks with …", "…, then met …") is read as two, and so is one person meeting several
 * people on days of their own or in turn ("met A on Monday and B on Tuesday", "also met A and B",
 * the people met on a trip); a later sentence that names the day of an engagement told without one
 * ("The JETCO met on 4 December", "after Tuesday's meeting") gives it that day; one held over days
 * ("on 3-4 June", "from Monday to Wednesday") is dated by its first day. Engagements said not to
 * happen ("No meeting … was announced") are not listed. Words between quotation marks are someone's
 * speech and are not read. An engagement told after "after" is listed when the text gives its day
 * ("after a call on Saturday", "a day after holding talks"). Engagements told only as background
 * ("since the two met in January", "The visit follows a call …", "Kim, who met Lutnick last month,
 * …", "the deal reached when Lee met Trump"), still to come or only supposed ("any meeting would
 * …"), or with one party are not listed, nor talks of countries told with no verb and no day (a
 * process); a country is a party only as a side (a delegation, its officials, the people of one of
 * its bodies named without it, "agency officials met … in Ottawa"), not as the place visited, nor
 * through its business people or companies, nor as the country of a person's title. A country's
 * side is the person the text names as leading its delegation, or as that country's party when the
 * engagement is told again. Talks or a call named as the setting of what one person said to another
 * ("pressed Li on Monday …, in the first talks since 2019") are an engagement; people who only
 * judged it ("…, steps Hale hailed as …") or who only own what is named ("before Hale's threat")
 * are no party to it; people who journeyed together are one side; the items of a list take the
 * person its opening line names (or stands for: "her meetings:") as their subject; the titles
 * listed under a heading of links ("Associated links") are not read.
 *
 * Across sentences, the reader keeps the engagements told so far: "the two ministers", "both
 * sides" and an object "him" or "her" stand for the people of the engagement just before (or
 * the two people the sentence before names), when that leaves no doubt; an appositive that says
 * who led the round just told names its people; one told again on its day is merged with its
 * first telling; and relative days ("in the afternoon", "the following morning", "on the
 * concluding day") count from the day of the engagement before, not from a day in an aside.
 *
 * Confidence = 0.4, plus 0.2 when two or more people are named, 0.1 when every participant is
 * resolved to an actor or a country, 0.15 for a date read in the text (0.1 when inferred from
 * the publication date), 0.1 for a word that names the kind plainly (call, summit, dialogue).
 *
 * This file holds the reader (EngagementReader), which goes through the text clause by clause;
 * what it reads with lives beside it in engagement-*.ts: the kinds and their words (kinds,
 * meetings), the units and readings of a clause (units, readings, asides, lists), the parties
 * (people, sides, named-parties, leaders, groups), the day (dates, clause-dates, context-dates,
 * trips), what is not listed (background), an engagement told again (retelling) and its outcomes.
 */
import type { EngagementCandidate, Mention, Span } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { asides, TOOK_PART, WENT_ALONG_BEFORE, withoutAsides } from './engagement-asides.ts';
import {
  interviewed,
  recalledByDeal,
  spokenOf,
  talksOfCountries,
  toldAsBackground,
  toldInPassing,
  travelledTogether,
} from './engagement-background.ts';
import {
  afterEngagement,
  clauseDate,
  firstDayOf,
  heldByTheNews,
} from './engagement-clause-dates.ts';
import {
  contextDate,
  DAY_BEFORE,
  ledeDay,
  occasionBefore,
  SAME_DAY_OPENING,
} from './engagement-context-dates.ts';
import {
  BEFORE_THEN,
  covers,
  dateAfter,
  dayBeforeSaid,
  dayOf,
  daysWritten,
  DURING_STAY,
  FUTURE,
  headingDay,
  inferredOn,
  inPast,
  isEventDate,
  isTimeOfDay,
  knownDay,
  liveEntryDay,
  namesPeriod,
  stillAhead,
  TODAY_PART,
  type WrittenDay,
} from './engagement-dates.ts';
import { IN_TURN, splitObjects } from './engagement-groups.ts';
import {
  ENGAGEMENT_VERB,
  engagementVerb,
  ON_MARGINS,
  type Found,
  type Kind,
} from './engagement-kinds.ts';
import { sidesLed, withLeaders } from './engagement-leaders.ts';
import {
  BULLET,
  diaryEntryOwner,
  LIST_ITEM,
  listItem,
  listLead,
  OWNER_WORD,
} from './engagement-lists.ts';
import { CALLED_ON } from './engagement-meetings.ts';
import { namedParties, saidBefore } from './engagement-named-parties.ts';
import { agreementsIn } from './engagement-outcomes.ts';
import { isPerson, ownsOther, peopleIn, peopleWithin, sameParty } from './engagement-people.ts';
import { readClause, type Reading } from './engagement-readings.ts';
import {
  AGAIN,
  BACK_SUBJECT,
  countriesOnly,
  fillsItsSides,
  giveDay,
  IN_OCCASION,
  KNOWN_WITH,
  LOOSE_KINDS,
  NAMED_BACK,
  namesItsSides,
  otherPeople,
  recalledAgain,
  REFERS_BACK,
  retell,
  SEPARATE,
  tellsOf,
  toldBefore,
} from './engagement-retelling.ts';
import {
  BODY_GROUP,
  bodySide,
  countrySide,
  countrySides,
  delegationCountries,
  withBefore,
} from './engagement-sides.ts';
import { planned, plansRead, unitsOf, type Unit } from './engagement-units.ts';
import type { PersonMention } from './people.ts';
import { placeCode } from './places.ts';
import { speakerTurns, type Turn } from './turns.ts';
import {
  clampConfidence,
  eventDateIn,
  isHeadline,
  isQuoted,
  outside,
  personMention,
  placeMention,
  span,
  within,
  type Doc,
} from './doc.ts';
import { WEEKDAY_NAME } from './dates.ts';

const PLACE = /\b(?:in|at)\s+((?:[A-Z][\p{L}-]+)(?:\s+[A-Z][\p{L}-]+)?)/u;

/** A clause on when the engagement began: "The round, which began on Monday, …". */
const WHICH_BEGAN = /,\s+which\s+(?:began|opened|started|got under way)\b[^,]*,/gi;

/**
 * The people of both sides of an engagement told before: "the leaders' trade ministers", "the
 * working teams of the two sides".
 */
const THEIR_PEOPLE =
  /\b(?:the (?:two )?(?:leaders|presidents|premiers|prime ministers|sides|countries|governments)['’\x92]|their)\s+(?:[\w-]+\s+){0,2}?(?:ministers|officials|delegations|negotiators|teams|envoys)\b|\b(?:ministers|officials|delegations|negotiators|teams|envoys|representatives)\s+(?:of|from)\s+(?:the\s+two|both)\s+(?:sides|countries|governments)\b/i;
/** The two countries named as such: "the two countries", "both governments". */
const TWO_COUNTRIES = /\b(?:the\s+two|both)\s+(?:countries|governments)\b/i;

/**
 * The two countries a text names most before `at`, when two lead the others: the two a story
 * is about, that "the two countries" stand for.
 */
function principalPair(doc: Doc, at: number): string[] {
  const counts = new Map<string, number>();
  for (const p of doc.places) if (p.end <= at) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  const [a, b, c] = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  return a && b && (!c || c[1] < b[1]) ? [a[0], b[0]] : [];
}

/** People counted by their country and office: "the two EU leaders", "the three Gulf ministers". */
const COUNTED_GROUP =
  /\b[Tt]he\s+(two|three|four)\s+(\p{Lu}[\p{L}.]*)\s+(?:leaders|ministers|officials|presidents|envoys|negotiators)\b/u;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/**
 * A delegation as the subject of a clause: "The delegation then held …", "On Tuesday the
 * delegation met …", "The Chinese team met …", "Before flying east, the group had met …".
 */
const THE_DELEGATION =
  /^\s*(?:(?:On|Later|Earlier|Before)\s+[\p{L}\d-]+(?:\s+(?:morning|afternoon|evening|east|west|north|south|home))?,?\s+)?[Tt]he\s+(?:[\p{L}-]+\s+)?(?:delegation|team|group|visitors|delegates)\b/u;
/**
 * A group told before as the one met, right after the verb: "hosted the visitors", "met the
 * delegation again", "received the Chinese delegates".
 */
const THE_GROUP_MET =
  /^[\p{L}-]+\s+(?:(?:with|to)\s+)?the\s+(?:[\p{L}-]+\s+)?(?:delegation|team|group|visitors|delegates)\b/u;
/**
 * A country's group told before, that "the delegation" stands for: "a team from China's
 * customs administration", "a Chinese trade delegation", "officials of the Indian commerce
 * ministry".
 */
const GROUP_AFTER_COUNTRY =
  /^(?:['’\x92]s)?\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission|officials|inspectors|negotiators)\b/i;
const GROUP_BEFORE_COUNTRY =
  /\b(?:delegation|team|mission|officials|inspectors|negotiators)\s+(?:from|of)\s+(?:the\s+)?$/i;
/** The words before the person a delegation was led by: "a delegation led by Vice Minister ". */
const LED_BY = /\bdelegation\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:[\p{L}-]+\s+){0,4}$/u;
/**
 * A phrase set before the subject of a sentence: "In her meeting with Ding on May 4, Ana …",
 * "The following day, she …".
 * The person named in it is not the one a pronoun in the next sentence stands for.
 */
const FRONTED =
  /^\s*(?:(?:In|On|At|During|After|Before|Following|Ahead of|Over|Throughout)\b[^,.;"“\x93]{0,120}|(?:The|A|An|That|This|Later|Earlier)\b[^,.;"“\x93]{0,30}?\b(?:day|days|morning|afternoon|evening|week|later|earlier))\s*,/;
/**
 * A sentence opening with a pronoun subject: "She held talks with …", also after its day set
 * before it with no comma ("On Tuesday he saw …", "On April 14 she met …", "Two days later she
 * was in …").
 */
const PRONOUN_FIRST =
  /^\s*(?:(?:the\s+)?(?:next|following|same)\s+(?:day|morning|afternoon|evening)\s+|(?:a|one|two|three|four|five|several)\s+days?\s+later\s+|later\s+|then\s+|on\s+(?:[\w.]+\s+){1,3}?)?(?:he|she)\b/i;
/**
 * The two people told before as a subject: "The two met again", "They spoke again", "The two
 * foreign ministers held their meeting", also after the label of who speaks in a transcript
 * ("Lin Feng: The two ministers …").
 */
const THE_TWO =
  /^\s*(?:\p{Lu}[\p{L}.'’\x92-]*(?:[ \t]+\p{Lu}[\p{L}.'’\x92-]*){0,3}:[ \t]+)?(?:(?:the|these)\s+two(?:\s+(?:[\p{L}-]+\s+)?(?:leaders|ministers|men|women|presidents|premiers|prime ministers|counterparts|heads of (?:state|government)))?|the\s+(?:pair|premiers)|they|both(?:\s+(?:leaders|ministers|men|women))?)\s+(?:[\p{L}-]+\s+)?$/iu;
/** The label of a day that opens an entry of a programme: "Tuesday, April 21: ", "3 March — ". */
const DAY_LABEL_LEAD = new RegExp(
  String.raw`^\s*(?:${WEEKDAY_NAME}(?:,?\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?|\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:,?\s+\d{4})?\s*(?::|[–\x96—\x97]\s)\s*`,
  'u',
);
/** A day or a place set before "they" with no comma: "On Monday they", "In Shanghai on Wednesday the premiers". */
const SET_BEFORE_THEY =
  /^\s*(?:On|In|At|Later|Then|Earlier)\b[^,;]{0,40}?\s(?=(?:they|the\s+(?:two|pair|premiers)|both)\b)/iu;
/** How many sentences back the two people "they" stands for may be named. */
const JOINT_REACH = 3;
/** How many sentences back the pair "the premiers" stands for may be named. */
const PAIR_REACH = 12;
/** A pair named by what they are, not counted: "the premiers", "the pair". */
const NAMED_PAIR = /^\s*the\s+(?:pair|premiers)\b/i;
/** Two names joined as one subject: "Moe and Manitoba Premier Wab Kinew". */
const JOINED_PAIR = /^\s+and\s+(?:[\p{Lu}][\p{L}.'’\x92-]*\s+){0,4}$/u;
/** What may open a sentence before its subject: a dateline, a place, a title. */
const SUBJECT_OPENING = /^(?:[\p{Lu}][\p{L}.'’\x92-]*[ \t,]+|[-–\x96—\x97]\s+)*$/u;
/** "The two ministers", "both leaders": two people counted, not "they". */
const COUNTED_TWO = /\b(?:two|both)\b/i;

/**
 * A pronoun right after an engagement verb, as the one met: "also met with him", "received her
 * in the afternoon", "held talks with him"; not "her" before her title ("met her counterpart").
 */
const OBJECT_PRONOUN =
  /^[\p{L}-]+\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:with|to)\s+)?(?:him\b|her(?=\s*(?:[,.;]|$|\s+(?:in|at|on|for|during|before|after|and|over|by)\b)))/iu;

/**
 * An engagement told by its noun, with whom, where no verb of one stands: "she was in Washington
 * for talks with Hale", "She ended the week with a video call with Berg".
 */
const ENGAGEMENT_WITH =
  /\b(?:for|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|call|meeting|dinner|lunch|breakfast)\s+with\b/i;

/**
 * Whether a clause tells an engagement still to come, not one held: a plan (see planned) that
 * does not come after an engagement told as done ("I spoke with Premier Moe about the mission
 * he will lead to China" tells the call; "will lead" is the mission's).
 */
function plannedAfterward(sentence: string): boolean {
  const plan = planned(sentence);
  if (plan === null) return false;
  const verb = engagementVerb(sentence);
  return !(verb && verb.index < plan.index && DONE_VERB.test(verb[0]));
}
/** A verb of an engagement told as done. */
const DONE_VERB =
  /^(?:met|held|hosted|received|spoke|talked|dined|visited|co-chaired|phoned|telephoned)$/i;

/** The two of the engagement before, speaking on a day of its own: "the pair last spoke on Thursday". */
const PAIR_SPOKE =
  /^\s*(?:the\s+(?:two|pair)|they)\s+(?:(?:had\s+)?(?:last|previously|also)\s+)?(?:spoke|talked)\s+(?:on|by|last|yesterday)\b/i;
/** A clause that only tells the engagement before again, on a day: "again this morning". */
const AGAIN_ON = /^\s*again\s+(?=(?:on|this|yesterday|today|later|the\s+(?:next|following))\b)/i;

/** Two people meeting, as the sentence's subject: "Trump and Anwar met". */
const TWO_MET =
  /^\s*(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,3}and\s+(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,3}(?:also\s+)?met\b/u;

/** A clause whose subject is a pronoun: "He met …", "Earlier in the day he held talks …". */
const PRONOUN = /\b(?:he|she)\b/i;
/**
 * A pronoun joined to someone named, as a subject: "he and Commerce Minister Li co-chaired …",
 * "On Monday she and her counterpart met …".
 */
const PRONOUN_AND = /\b(?:he|she)\s+and\s/i;

/** The place a clause names ("in Brussels", "at Itamaraty Palace"), not an article. */
function placeIn(sentence: string): string | null {
  const placeHit = PLACE.exec(sentence);
  return placeHit?.[1] && !/^(?:The|A)$/.test(placeHit[1]) ? placeHit[1] : null;
}

/** "I met", "I also co-chaired": the speaker of the words as the subject (case matters). */
const SPEAKER_I = /(?:^|[\s,])I\s+(?:(?:also|then|later|first|again|personally)\s+)?$/;

/**
 * A heading over a list of links, as pages close ("Associated links", "Related stories", "See
 * also"): the titles under it ("Prime Minister meets with …") name other pages' events.
 */
const LINKS_HEADING =
  /^(?:(?:associated|related|useful|other)\s+(?:links|stories|news|content|articles|coverage|information|pages|documents)|related|see also|read more|more on this(?:\s+story)?|further reading)\s*:?$/i;
/** A line that ends as a sentence does: a link's title does not. */
const ENDS_SENTENCE = /[.!?]["”\x94’\x92)]?$/;

/**
 * A sentence saying who chaired or attended the gathering told just before: "It was chaired by
 * …", "The meeting was co-chaired by …", "The summit was attended by …", or who represented its
 * sides: "Peru was represented by Ambassador Ruiz and Chile by Ambassador Lagos".
 */
const ATTENDED_BY =
  /^\s*(?:(?:It|(?:The|This)\s+(?:[\w'’\x92-]+\s+){0,4}?(?:summit|meeting|session|dialogue|round|talks|consultations|commission|committee|forum))\s+(?:was|were)\s+(?:also\s+)?(?:co-)?(?:chaired|hosted|attended|presided over|led|headed)\s+by\b|(?:the\s+)?[A-Z][\w.'’\x92-]*(?:\s+[A-Z][\w.'’\x92-]*)?\s+(?:was|were)\s+represented\s+by\b)/i;

/**
 * A relative clause saying someone took part in an engagement told before: ", who attended
 * Wednesday's meeting", ", who took part in the talks", ", who sat in on the call".
 */
const WHO_ATTENDED =
  /,\s+who\s+(?:also\s+)?(?:attended|took part in|sat in on|joined)\s+(?:the|that|(\p{Lu}\p{Ll}+day)['’\x92]s)\s+(?:[\w-]+\s+)?(meeting|talks|call|session|summit|dialogue|round)\b/u;

/**
 * The engagement told before as a subject, with an appositive saying who led it: "The
 * week-long round, led by A and B, …", "The talks, co-chaired by A and B, …".
 */
const LED_APPOSITIVE =
  /^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:round|talks|negotiations|consultations|session|dialogue|meeting)\s*,\s+(?:(?:co-)?chaired|led|headed)\s+by\s[^,;.]*,/i;

/**
 * The sentence after a session told with its sides, saying who chaired or led it: "It was
 * chaired by A, a deputy at …, and B, a director in …", "The session was co-chaired by A and
 * B", or who led each side: "A leads Manila's side; B leads Beijing's".
 */
const LED_NEXT =
  /^\s*(?:It|(?:The|This)\s+(?:[\w'’\x92-]+\s+){0,3}?(?:meeting|session|round|talks|dialogue|consultations))\s+(?:was|were|is|are)\s+(?:being\s+)?(?:co-)?(?:chaired|led|headed)\s+by\b/i;
const SIDE_LED =
  /\b(?:leads|led|heads|headed)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:['’\x92]s)?\s+(?:side|delegation|team)\b/u;

/**
 * A sentence opening on an engagement told before, by its noun and the one met: "In the meeting
 * with Ambassador Greer, Airlangga conveyed that … as of 1 March 2026": a day written after it
 * is of what was said, not of another meeting.
 */
const NAMED_BACK_OPENING =
  /^\s*(?:In|During|At)\s+(?:the|their|that|this)\s+(?:meeting|talks|call|conversation|session)\s+with\b/i;

/** The kind a noun names alone: any engagement may be called a meeting or talks. */
const NOUN_KIND: Readonly<Record<string, Kind>> = { call: 'call', summit: 'summit' };

/**
 * Reads the engagements of a text clause by clause. The engagement told last (`current`)
 * gathers the people, outcomes and commitments of the clauses after it until another is told;
 * `since` is the index of the sentence that last opened one or gave it its day.
 */
class EngagementReader {
  private readonly out: EngagementCandidate[] = [];
  private current: EngagementCandidate | null = null;
  private since = 0;
  /** The last day of the engagements held over a span of days, by engagement. */
  private readonly lastDays = new Map<EngagementCandidate, string>();
  /** A gathering told last with its day but without its parties, or with one (see namedNext). */
  private unnamed: {
    index: number;
    unit: Unit;
    found: Found;
    day: DateMention;
    parties: readonly Mention[];
  } | null = null;

  /** The two people "the two" or "they" stood for last (see theTwo). */
  private pair: readonly Mention[] = [];

  /** The speakers' turns of a transcript or a statement, read when a clause says "I". */
  private turns: readonly Turn[] | undefined;

  constructor(private readonly doc: Doc) {}

  /** The engagements of the text, in the order told, less those in a list of links. */
  read(): EngagementCandidate[] {
    const { doc } = this;
    let inLinks = false;
    doc.sentences.forEach((s, index) => {
      const line = doc.text.slice(s.start, s.end).trim();
      inLinks = LINKS_HEADING.test(line) || (inLinks && !ENDS_SENTENCE.test(line));
      if (inLinks || isHeadline(doc, index)) return;
      for (const unit of unitsOf(doc, index)) this.readUnit(unit);
    });
    return this.out;
  }

  /**
   * A clause may open an engagement or give the one told before its day, and then add to the
   * engagement told last what follows it.
   */
  private readUnit(unit: Unit): void {
    const read = readClause(this.doc, unit);
    const reading = (read.found === null && listItem(this.doc, unit, read)) || read;
    this.ledByAppositive(unit);
    const opened = this.namedNext(unit, reading) || this.opens(unit, reading);
    this.addWhatFollows(unit, reading, opened);
  }

  /**
   * "Negotiators from India and the EU wrapped up a round of talks. The week-long round, led by
   * Marinescu and Mehra, was preceded by …": an appositive on the engagement told just before,
   * as the subject, that names who led it gives its people where it had a country side with no
   * one named (namesItsSides), whatever the rest of the sentence tells. So does the sentence
   * right after it that says who chaired it or led each side (LED_NEXT, SIDE_LED).
   */
  private ledByAppositive(unit: Unit): void {
    const { doc, current } = this;
    if (!current || unit.index - this.since > 1) return;
    const m = LED_APPOSITIVE.exec(doc.text.slice(unit.start, unit.end));
    const sentence = doc.sentences[unit.index];
    const next =
      !m && sentence && unit.index - this.since === 1 && unit.start === sentence.start
        ? doc.text.slice(sentence.start, sentence.end)
        : '';
    const led = m
      ? span(unit.start, unit.start + m[0].length)
      : sentence && (LED_NEXT.test(next) || SIDE_LED.test(next))
        ? sentence
        : null;
    if (!led) return;
    const people = peopleIn(doc, led, () => true);
    if (people.length >= 2 && namesItsSides(doc, current, people)) current.participants = people;
  }

  /**
   * "The Ninth Trilateral Summit was held in Tokyo on 3 March. It was chaired by Takaichi and
   * attended by Lee and Li.": the sentence right after a gathering told with its day and no
   * parties, or one ("Li attended the summit this morning. The summit was chaired by Anwar."),
   * that says who chaired or attended it, opens it with the people it names.
   */
  private namedNext(unit: Unit, reading: Reading): boolean {
    const { unnamed } = this;
    if (!unnamed || unnamed.index !== unit.index - 1 || !ATTENDED_BY.test(reading.whole))
      return false;
    const named = peopleIn(this.doc, unit, outside(reading.aside));
    const people = [
      ...unnamed.parties.filter((p) => !named.some((q) => sameParty(p, q))),
      ...named,
    ];
    if (people.length < 2) return false;
    this.unnamed = null;
    this.open(unnamed.unit, unnamed.found, people, unnamed.day, placeIn(reading.whole));
    this.since = unit.index;
    return true;
  }

  /**
   * Whether a clause opens an engagement (an earlier one of the same people, or a new one) or
   * gives the engagement told before its day.
   */
  private opens(unit: Unit, reading: Reading): boolean {
    const { doc, current } = this;
    const { sentence, found } = reading;
    // "… spoke with Lutnick on Wednesday | and again this morning": the same engagement again.
    const again =
      current && (AGAIN_ON.test(sentence) || PAIR_SPOKE.test(sentence))
        ? inPast(doc, dayOf(doc, unit, reading.aside))
        : undefined;
    if (current && again && again.iso !== current.date) {
      this.openOnAnotherDay(current, unit, found ?? { kind: current.kind, plain: true }, again);
      return true;
    }
    const earlier =
      current !== null && recalledAgain(reading)
        ? inPast(doc, eventDateIn(doc, unit.start, unit.end))
        : undefined;
    const undated =
      earlier === undefined &&
      current !== null &&
      current.date === null &&
      unit.index - this.since <= 4 &&
      planned(sentence) === null;
    // "Ruiz told reporters after Tuesday's meeting …": the day of the engagement told before.
    const named = undated ? inPast(doc, knownDay(doc, unit)) : undefined;
    if (current && named) giveDay(current, named);
    const dayTold =
      undated && current !== null && tellsOf(doc, current, reading)
        ? inPast(doc, dayOf(doc, unit, reading.aside))
        : undefined;
    if (found && current && earlier && earlier.iso !== current.date) {
      this.openOnAnotherDay(current, unit, found, earlier);
      return true;
    }
    if (current && dayTold) {
      // The engagement told before, whose day is told now ("The JETCO met on 4 December").
      giveDay(current, dayTold);
      this.since = unit.index;
      return true;
    }
    return (
      found !== null &&
      (current === null ||
        !REFERS_BACK.test(reading.opening) ||
        AGAIN.test(sentence) ||
        SEPARATE.test(sentence) ||
        this.namesOwnParties(unit, reading) ||
        this.meetsAnother(unit, reading) ||
        this.metAgainOn(unit, reading)) &&
      !(current !== null && WENT_ALONG_BEFORE.test(sentence)) &&
      !plannedAfterward(sentence) &&
      !toldInPassing(sentence) &&
      this.openNew(unit, reading, found)
    );
  }

  /**
   * "The two ministers welcomed the round held between Okano and Park": a clause that refers
   * back to the people before and tells an engagement of others, who it names.
   */
  private namesOwnParties(unit: Unit, { sentence, aside }: Reading): boolean {
    const keep = outside(aside);
    const people = peopleIn(this.doc, unit, keep);
    return namedParties(this.doc, unit, sentence, people, keep) !== undefined;
  }

  /**
   * "Takaichi hosted Albanese for dinner on Tuesday evening, and the two leaders met today for
   * their annual meeting": the people told before, met again on another day that the clause
   * writes, is another engagement.
   */
  private metAgainOn(unit: Unit, { aside }: Reading): boolean {
    const { current, doc } = this;
    const day = current?.date ? inPast(doc, dayOf(doc, unit, aside)) : undefined;
    return day !== undefined && day.iso !== current?.date;
  }

  /**
   * "During the visit, Lynch also called on Goyal": a clause set in the trip or summit told
   * before that tells its subject meeting someone who was not a party to it.
   */
  private meetsAnother(unit: Unit, { sentence, aside }: Reading): boolean {
    const { doc, current } = this;
    const verb = engagementVerb(sentence) ?? CALLED_ON.exec(sentence);
    if (!current || !verb || !IN_OCCASION.test(sentence) || TOOK_PART.test(sentence)) return false;
    const at = unit.start + verb.index;
    return peopleIn(doc, unit, outside(aside)).some(
      (p) => p.span.start > at && !current.participants.some((q) => sameParty(p, q)),
    );
  }

  /** The same people on another day: a record of its own, with the participants before. */
  private openOnAnotherDay(
    previous: EngagementCandidate,
    unit: Unit,
    found: Found,
    day: DateMention,
  ): void {
    const flags: EngagementCandidate['flags'] = previous.flags.filter((f) => f !== 'date_inferred');
    if (day.inferred) flags.push('date_inferred');
    this.current = {
      ...previous,
      key: `engagement-${unit.start}`,
      span: span(unit.start, unit.end),
      confidence: clampConfidence(0.4 + 0.1 + (day.inferred ? 0.1 : 0.15)),
      flags,
      kind: found.kind,
      date: day.iso,
      place: null,
      outcomes: [],
      commitments: [],
    };
    this.out.push(this.current);
    this.since = unit.index;
  }

  /**
   * A new engagement, when the clause names two parties and tells it as news: the engagement
   * told before told again, the day of an undated one told before, or engagements of their own.
   * Whether it opened one.
   */
  private openNew(unit: Unit, reading: Reading, found: Found): boolean {
    const { doc } = this;
    const { sentence, aside } = reading;
    const participants = withLeaders(doc, unit, this.partiesOf(unit, sentence, aside));
    const told = afterEngagement(sentence);
    const after =
      told && heldByTheNews(doc, unit, sentence, told, participants)
        ? { ...told, sameDay: true }
        : told;
    const dateWritten = after
      ? dateAfter(doc, unit, after, aside)
      : (clauseDate(doc, unit, sentence, aside) ??
        dayBeforeSaid(doc, unit, sentence, aside) ??
        reading.day);
    if (participants.length < 2) {
      // "The Ninth Trilateral Summit was held in Tokyo on 3 March", "Li attended the summit this
      // morning": its people may come next.
      const today = TODAY_PART.test(sentence) ? inferredOn(unit.start, doc.published) : undefined;
      const day = inPast(doc, dateWritten) ?? today;
      if (day && !toldAsBackground(sentence, after, dateWritten))
        this.unnamed = { index: unit.index, unit, found, day, parties: participants };
      return false;
    }
    if (
      toldAsBackground(sentence, after, dateWritten) ||
      spokenOf(doc, unit, sentence, dateWritten) ||
      recalledByDeal(doc, unit, sentence, aside) ||
      interviewed(doc, unit.index, sentence) ||
      talksOfCountries(doc, sentence, found, participants, dateWritten) ||
      travelledTogether(doc, unit, sentence, found, participants)
    )
      return false;
    // A clause that names only a week or a month ("last week") gives no day, and takes none,
    // unless it opens on the day told before ("The same afternoon, …, announced last week").
    const dateHit = inPast(
      doc,
      dateWritten ??
        (namesPeriod(doc, unit, sentence) && !SAME_DAY_OPENING.test(sentence.trimStart())
          ? undefined
          : (this.gatheringDay(unit, sentence, found) ??
            this.dayFromContext(unit, reading.raw, aside) ??
            ledeDay(doc, unit, participants, reading.raw))),
    );
    if (stillAhead(doc, unit, aside, dateHit)) return false;
    const previous = this.current;
    if (previous && this.isSame(previous, unit, sentence, found.kind, participants, dateHit)) {
      retell(doc, previous, sentence, found.kind, participants, dateHit);
    } else {
      const told =
        (dateHit !== undefined || KNOWN_WITH.test(sentence)) && !DAY_BEFORE.test(sentence)
          ? toldBefore(
              doc,
              this.out,
              unit.index,
              found.kind,
              participants,
              dateHit !== undefined,
              SEPARATE.test(sentence) || AGAIN.test(sentence) ? undefined : dateHit?.iso,
            )
          : undefined;
      const grown = told
        ? undefined
        : this.namedBackWithMore(unit, sentence, found.kind, participants, dateHit);
      if (told) {
        // The day of an engagement told before without one ("where she met Ding, Wang and Wu.
        // … In her meeting with Ding on October 11, …"), or one named again ("In his meeting
        // with Ding, …"): the one told, not a new one.
        if (dateHit) giveDay(told, dateHit);
        if (!LOOSE_KINDS.has(found.kind)) told.kind = found.kind;
        this.current = told;
      } else if (grown) {
        if (dateHit && grown.date === null) giveDay(grown, dateHit);
        grown.participants = [
          ...grown.participants,
          ...participants.filter((p) => !grown.participants.some((q) => sameParty(p, q))),
        ];
        this.current = grown;
      } else this.openGroups(unit, sentence, found, participants, dateHit);
    }
    this.since = unit.index;
    return true;
  }

  /**
   * "The summit took place in Lima today. Peru was represented by Ruiz and Lagos.
   * … In the afternoon, they co-chaired the Summit with Premier Li": a summit or a dialogue told
   * in the last few sentences, named back by its kind, on the clause's day, whose parties are
   * all among those the clause names, is the one told, with the others now named.
   */
  private namedBackWithMore(
    unit: Unit,
    sentence: string,
    kind: Kind,
    participants: readonly Mention[],
    dateHit: WrittenDay | undefined,
  ): EngagementCandidate | undefined {
    if ((kind !== 'summit' && kind !== 'dialogue-round') || !NAMED_BACK.test(sentence))
      return undefined;
    const from = this.doc.sentences[Math.max(0, unit.index - 6)]?.start ?? 0;
    const fits = this.out.filter(
      (e) =>
        e.kind === kind &&
        e.span.start >= from &&
        (dateHit === undefined || e.date === null || e.date === dateHit.iso) &&
        e.participants.every((p) => participants.some((q) => sameParty(p, q))),
    );
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * "European and Chinese leaders closed their annual summit on Monday. … Costa and von der
   * Leyen held the summit with Li": the day of a gathering told just before with no one named,
   * for a clause that names it back by its kind and names its people.
   */
  private gatheringDay(unit: Unit, sentence: string, found: Found): DateMention | undefined {
    const { unnamed } = this;
    if (!unnamed || unit.index - unnamed.index > 2 || unnamed.found.kind !== found.kind)
      return undefined;
    return NAMED_BACK.test(sentence) ? unnamed.day : undefined;
  }

  /**
   * The date of a clause that writes none, from the engagements told before (contextDate), else
   * for an entry of a live page told in the past, the day the page heads its entries with (also
   * in place of the time of day heading the entry, which is read as the day of publication), else
   * the day of the line above that heads a record kept by day ("Sunday, October 26").
   */
  private dayFromContext(unit: Unit, raw: string, aside: readonly Span[]) {
    const occasion = occasionBefore(this.out, raw);
    const lastDay = occasion && this.lastDays.get(occasion);
    const day = contextDate(this.doc, unit, occasion, aside, lastDay);
    if (day && !isTimeOfDay(day)) return day;
    if (FUTURE.test(raw) || BEFORE_THEN.test(raw) || DURING_STAY.test(raw)) return day;
    return liveEntryDay(this.doc, unit.start) ?? day ?? headingDay(this.doc, unit.start);
  }

  /**
   * The engagement told before, told again: the same parties (or people named for its
   * countries) and a kind that fits it, soon after it and not distinct from it.
   */
  private isSame(
    previous: EngagementCandidate,
    unit: Unit,
    sentence: string,
    kind: Kind,
    participants: readonly Mention[],
    dateHit: WrittenDay | undefined,
  ): boolean {
    const { doc } = this;
    const overlap = participants.filter((p) =>
      previous.participants.some((q) => sameParty(p, q)),
    ).length;
    /*
     * A separate meeting, one on another day, or one told in a second clause of the same
     * sentence is not the engagement before it; nor is a bilateral meeting of two of a
     * summit's participants, one on its sidelines, or a meeting of someone who was not at
     * the summit.
     */
    const sentenceStart = doc.sentences[unit.index]?.start ?? unit.start;
    const distinct =
      SEPARATE.test(sentence) ||
      DAY_BEFORE.test(sentence) ||
      (ON_MARGINS.test(sentence) && participants.length < previous.participants.length) ||
      (unit.start !== sentenceStart && previous.span.start >= sentenceStart) ||
      (dateHit !== undefined &&
        !NAMED_BACK_OPENING.test(sentence) &&
        previous.date !== null &&
        dateHit.iso !== previous.date &&
        !covers(dateHit, previous.date)) ||
      otherPeople(doc, previous.participants, participants) ||
      // "The summit opened under Anwar, with Trump attending. Trump and Anwar met for an hour":
      // two of a summit's people meeting, told without the summit, is a meeting of its own.
      (previous.kind === 'summit' &&
        kind === 'meeting' &&
        participants.length === 2 &&
        TWO_MET.test(sentence) &&
        !/\bsummit\b/i.test(sentence)) ||
      (previous.kind === 'summit' &&
        kind !== 'summit' &&
        (participants.length < previous.participants.length ||
          ON_MARGINS.test(sentence) ||
          (!countriesOnly(doc, previous) &&
            participants.some(
              (p) => isPerson(doc, p) && !previous.participants.some((q) => sameParty(p, q)),
            ))));
    return (
      !distinct &&
      unit.index - this.since <= 4 &&
      (previous.kind === kind || kind === 'meeting' || previous.kind === 'meeting') &&
      (overlap >= Math.min(2, participants.length) ||
        (countriesOnly(doc, previous) && participants.some((p) => isPerson(doc, p))) ||
        (BACK_SUBJECT.test(sentence) &&
          overlap > 0 &&
          namesItsSides(doc, previous, participants)) ||
        fillsItsSides(doc, previous, participants))
    );
  }

  /** The engagements of the groups the clause's people split into (see splitObjects). */
  private openGroups(
    unit: Unit,
    sentence: string,
    found: Found,
    participants: Mention[],
    dateHit: WrittenDay | undefined,
  ): void {
    const place = placeIn(sentence);
    for (const { group, date } of splitObjects(
      this.doc,
      sentence,
      unit.start,
      found.kind,
      participants,
    )) {
      const day = date === null ? undefined : (inPast(this.doc, date) ?? dateHit);
      this.open(unit, found, group, day, place);
    }
  }

  /** Lists the engagement of a group on its day, as the one told now. */
  private open(
    unit: Unit,
    found: Found,
    group: Mention[],
    day: WrittenDay | undefined,
    place: string | null,
  ): void {
    const { doc, out } = this;
    const named = group.filter((p) => isPerson(doc, p)).length;
    const resolved = group.every((p) => p.actor !== null || p.jurisdiction !== null);
    const flags: EngagementCandidate['flags'] = [];
    if (day?.inferred) flags.push('date_inferred');
    if (group.some((p) => isPerson(doc, p) && p.actor === null)) flags.push('actor_unresolved');
    const confidence =
      0.4 +
      (named >= 2 ? 0.2 : 0) +
      (resolved ? 0.1 : 0) +
      (day ? (day.inferred ? 0.1 : 0.15) : 0) +
      (found.plain ? 0.1 : 0);
    this.current = {
      type: 'engagement',
      key: `engagement-${unit.start}${out.length > 0 && out.at(-1)?.span.start === unit.start ? `-${out.length}` : ''}`,
      span: span(unit.start, unit.end),
      confidence: clampConfidence(confidence),
      flags,
      kind: found.kind,
      participants: group,
      date: day?.iso ?? null,
      place,
      outcomes: [],
      commitments: [],
    };
    out.push(this.current);
    if (day?.last !== undefined) this.lastDays.set(this.current, day.last);
  }

  /**
   * The clauses after an engagement add the people who took part (within two sentences) and
   * what was agreed and committed to (within three, or six when they refer back to it).
   */
  private addWhatFollows(unit: Unit, reading: Reading, opened: boolean): void {
    const { current } = this;
    const gap = unit.index - this.since;
    if (!opened) this.addAttendee(unit, reading.whole);
    if (current === null || gap > 6) return;
    if (!opened && gap <= 2) this.addTakingPart(unit, reading.whole);
    if (!opened && gap === 1) this.nameSides(unit);
    if (!opened && !REFERS_BACK.test(reading.raw) && gap > 3) return;
    const agreed = agreementsIn(this.doc.text, span(unit.start, unit.agreedTo ?? unit.end));
    for (const a of agreed) (a.commitment ? current.commitments : current.outcomes).push(a.clause);
    if (current.span.end < unit.end && agreed.length > 0)
      current.span = span(current.span.start, unit.end);
  }

  /**
   * "The leaders of Canada, Mexico and the United States met on Tuesday. Canadian Prime Minister
   * Carney, Mexican President Sheinbaum and U.S. President Trump discussed …": the sentence right
   * after an engagement of countries alone that names a person of each of them, and no one
   * else, names its people.
   */
  private nameSides(unit: Unit): void {
    const { doc, current } = this;
    if (!current || current.participants.length < 2 || !countriesOnly(doc, current)) return;
    const codes = current.participants.map((p) => p.jurisdiction);
    const people = peopleIn(doc, unit, (x) => !isQuoted(doc, x.start));
    if (
      people.length >= codes.length &&
      people.every((p) => p.jurisdiction !== null && codes.includes(p.jurisdiction)) &&
      codes.every((c) => people.some((p) => p.jurisdiction === c))
    )
      current.participants = people;
  }

  /**
   * The parties named in a clause (its text with the asides blanked): its people, less those
   * in asides, with the person a pronoun subject stands for.
   */
  private partiesOf(unit: Unit, sentence: string, aside: readonly Span[]): Mention[] {
    const { doc, current } = this;
    const keep = outside(aside);
    const participants = peopleIn(doc, unit, (x) => keep(x) && !ownsOther(doc, x));
    const named = namedParties(doc, unit, sentence, participants, keep);
    if (named) return named;
    // "Wang noted that the working teams of the two sides held a round": the sides said to have
    // met, and not the speaker.
    const said = saidBefore(sentence);
    if (said && participants.every((p) => p.span.start < unit.start + said.index)) {
      const sides = this.theirSides(unit, sentence);
      if (sides.length > 0) return sides;
    }
    const verb = engagementVerb(sentence) ?? ENGAGEMENT_WITH.exec(sentence);
    const lead = verb ? sentence.slice(0, verb.index) : '';
    const namedBefore = (at: number) => participants.some((p) => p.span.start < unit.start + at);
    const unnamed = verb !== null && !namedBefore(verb.index);
    // "- Monday, July 13, Lima: talks with Li Fang;": an item told by its noun alone is the
    // lead's person's too.
    const listed = (
      (unnamed && LIST_ITEM.test(lead)) || (verb === null && BULLET.test(sentence))
        ? this.listSubject(unit)
        : diaryEntryOwner(doc, unit, sentence)
    ).filter((p) => !participants.some((q) => sameParty(p, q)));
    if (listed.length > 0) participants.unshift(...listed);
    // "RUIZ: … On Wednesday I co-chaired the Commission with Li": the one speaking.
    const speaker =
      verb && unnamed && listed.length === 0 && SPEAKER_I.test(lead)
        ? this.speakerAt(unit.start + verb.index)
        : null;
    if (speaker) participants.unshift(personMention(speaker));
    // "…, and on Tuesday Peru's ambassador called on Hale", "…, a week after customs
    // officials hosted …": a side as the subject.
    const sideFirst = () =>
      verb !== null &&
      (BODY_GROUP.test(lead) ||
        countrySides(doc, span(unit.start, unit.start + verb.index), keep, undefined).length > 0);
    const subjectless =
      unnamed &&
      listed.length === 0 &&
      speaker === null &&
      (PRONOUN.test(lead) || (unit.start !== doc.sentences[unit.index]?.start && !sideFirst()));
    const sentenceStart = doc.sentences[unit.index]?.start ?? unit.start;
    // "Lula and Trump spoke by video call on Oct. 6 and met on Oct. 26": a second clause with
    // no subject and no one named (no person, no country side) is an engagement of the same people.
    const sameSubject =
      subjectless &&
      !PRONOUN.test(lead) &&
      participants.length === 0 &&
      unit.start !== sentenceStart &&
      countrySides(doc, unit, keep, undefined).length === 0;
    if (sameSubject && current && current.span.start >= sentenceStart)
      return [...current.participants];
    // "The two ministers also held a meeting, at which Wang raised …": the pair, and whoever
    // else the clause names after its verb.
    const pair = verb !== null && !namedBefore(verb.index) ? this.theTwo(unit, lead) : [];
    if (pair.length > 0)
      return [...pair, ...participants.filter((p) => !pair.some((q) => sameParty(p, q)))];
    // "On Monday he and Commerce Minister Li co-chaired the session": the pronoun joined to the
    // person named is a subject too, when no one is named before it ("Hale said he and Li met").
    const joinedAt =
      verb !== null && listed.length === 0 && speaker === null ? PRONOUN_AND.exec(lead) : null;
    const pronounJoined = joinedAt !== null && !namedBefore(joinedAt.index);
    const who =
      subjectless || pronounJoined
        ? this.antecedents(unit)
        : THE_DELEGATION.test(lead) &&
            !participants.some((p) => p.span.start < unit.start + lead.length)
          ? this.delegationSide(unit.index)
          : [];
    // "The minister was in Lima. He met Hale on Monday and Vidal on Tuesday": with no
    // one "he" stands for, the people he met did not meet each other.
    if (subjectless && who.length === 0 && PRONOUN.test(lead)) return [];
    const met = verb !== null && participants.length === 1 ? this.pronounMet(unit, verb) : [];
    const added = [...this.countedBack(sentence), ...who, ...met].filter(
      (w) => !participants.some((q) => sameParty(q, w)),
    );
    participants.unshift(...added);
    const several = participants.length > 1;
    if (participants.length === 1 && IN_TURN.test(sentence)) {
      // "held separate talks with the Belgian and Dutch ambassadors": each side in turn.
      participants.push(...countrySides(doc, unit, keep, participants[0]).map(placeMention));
    } else if (participants.length === 1) {
      const other = countrySide(doc, unit, keep, participants[0]);
      if (other) participants.push(placeMention(other));
      // "Premier Hale hosted the visitors on Tuesday": the group told before, as its side.
      else if (verb && THE_GROUP_MET.test(sentence.slice(verb.index, verb.index + 60)))
        participants.push(...this.delegationSide(unit.index));
    } else if (participants.length === 0) {
      participants.push(...delegationCountries(doc, unit, keep));
      if (participants.length === 0) participants.push(...this.theirSides(unit, sentence));
    }
    if (participants.length === 1) {
      // "Ruiz met officials of the Ministry of Commerce in Beijing": a body's people.
      const side = bodySide(doc, unit, keep, participants);
      if (side) participants.push(side);
    } else if (
      several &&
      verb &&
      participants.every((p) => p.span.start < unit.start + verb.index)
    ) {
      // "Harrison and Moe held a roundtable with a Chinese delegation": the side they met.
      const met = countrySides(doc, unit, keep, undefined).find(
        (c) =>
          c.start > unit.start + verb.index &&
          (withBefore(doc, unit, c) || c.via === 'region') &&
          !participants.some((p) => p.jurisdiction === c.code),
      );
      if (met) participants.push(placeMention(met));
    }
    return participants;
  }

  /** The person whose words run at an offset, by the last speaker's label before it. */
  private speakerAt(at: number): PersonMention | null {
    this.turns ??= speakerTurns(this.doc);
    return this.turns.findLast((t) => t.said < at)?.person ?? null;
  }

  /**
   * "The two met again on Wednesday", "They spoke again by phone on Friday": the two people of
   * the engagement told just before, as the subject of a clause that names no one; with none
   * told just before, "the two …" are the two people the sentence before names.
   */
  private theTwo(unit: Unit, lead: string): Mention[] {
    const { doc, current } = this;
    const subject = lead
      .replace(DAY_LABEL_LEAD, '')
      .replace(FRONTED, '')
      .replace(SET_BEFORE_THEY, '');
    if (!THE_TWO.test(subject)) return [];
    // "the premiers", "the pair": the two named as one subject before, whoever was met since.
    const named = NAMED_PAIR.test(subject) ? this.jointSubjects(unit, PAIR_REACH) : [];
    if (named.length > 0) return named;
    if (current && unit.index - this.since <= 2) {
      const people = current.participants.filter((p) => isPerson(doc, p));
      // "The two Presidents were received by Vidal. In the afternoon, they co-chaired the summit":
      // the pair that was the subject of the engagement just before, with whoever they met.
      const pair = this.pair.every((p) => people.some((q) => sameParty(p, q))) ? this.pair : [];
      this.pair = people.length === 2 ? people : pair;
      return [...this.pair];
    }
    // "Ruiz landed in Lima, where Li greeted her. The two ministers held talks on Tuesday.":
    // with no engagement told just before, the two people the sentence before names.
    const before = doc.sentences[unit.index - 1];
    if (!before) return [];
    const people = peopleIn(doc, before, (x) => !isQuoted(doc, x.start));
    if (COUNTED_TWO.test(lead)) return people.length === 2 ? people : [];
    return this.jointSubjects(unit, JOINT_REACH);
  }

  /**
   * "Premier Scott Moe and Premier Wab Kinew wrapped up … The two leaders landed on Sunday. On
   * Monday they met Ling Ji": the two people joined as the subject of a sentence of the last
   * few (`reach`), after the label of its day ("Monday, April 20: Moe and Kinew met Wang"), for
   * "they" with none named since, or for "the premiers" past others named.
   */
  private jointSubjects(unit: Unit, reach: number): Mention[] {
    const { doc } = this;
    const pastOthers = reach === PAIR_REACH;
    for (let k = unit.index - 1; k >= Math.max(0, unit.index - reach); k--) {
      const s = doc.sentences[k];
      if (!s) break;
      const people = peopleIn(doc, s, (x) => !isQuoted(doc, x.start));
      if (people.length === 0) continue;
      const [a, b] = people;
      // "Moe and Kinew met Wang": the two joined before the verb, whoever they met.
      const joined =
        a !== undefined &&
        b !== undefined &&
        JOINED_PAIR.test(doc.text.slice(a.span.end, b.span.start)) &&
        SUBJECT_OPENING.test(doc.text.slice(s.start, a.span.start).replace(DAY_LABEL_LEAD, ''));
      if (joined) return [a, b];
      if (!pastOthers) return [];
    }
    return [];
  }

  /**
   * "Xi met with Lula. Zhao also met with him.": a pronoun as the one met stands for a person
   * of the engagement told just before who is not the clause's subject: the one of them who
   * took part in an engagement before that too (a guest met in turn), else the one it met.
   * With no engagement told just before, it stands for the one person the sentence before
   * names, if it names one only.
   */
  private pronounMet(unit: Unit, verb: RegExpExecArray): Mention[] {
    const { doc, current, out } = this;
    const after = doc.text.slice(unit.start + verb.index, unit.end);
    if (!OBJECT_PRONOUN.test(after)) return [];
    // "he had spoken with her": told as before then, on a day not written; no one is guessed.
    if (BEFORE_THEN.test(after)) return [];
    const subject = peopleWithin(doc, unit.start, unit.start + verb.index).map(personMention);
    const other = (p: Mention) => isPerson(doc, p) && !subject.some((q) => sameParty(p, q));
    if (!current || unit.index - this.since > 2) {
      // "Hale arrived in Beijing on Monday. Premier Li received him.": the one person the
      // sentence before names.
      const before = doc.sentences[unit.index - 1];
      const named = before ? peopleIn(doc, before, (x) => !isQuoted(doc, x.start)) : [];
      const people = named.filter(other);
      return people.length === 1 && named.length === 1 ? people : [];
    }
    const people = current.participants.filter(other);
    const earlier = out.slice(0, out.indexOf(current));
    const guests = people.filter((p) =>
      earlier.some((e) => e.participants.some((q) => sameParty(p, q))),
    );
    const [one] = guests.length === 1 ? guests : people.slice(-1);
    return one ? [one] : [];
  }

  /**
   * "During the visit, Minister Ruiz:\n- met with Li;\n- held talks with Hu;": the person the line
   * that opens a list names, as the subject of each item of it.
   */
  private listSubject(unit: Unit): Mention[] {
    const lead = listLead(this.doc, unit.index);
    if (!lead) return [];
    const words = this.doc.text.slice(lead.start, lead.end);
    const fronted = FRONTED.exec(words)?.[0].length ?? 0;
    const named = this.firstNamed(lead.start + fronted, lead.end);
    if (named) return [personMention(named)];
    // "The premier's office listed her meetings:": the one named in the sentence before.
    const before = this.doc.sentences[lead.index - 1];
    const owner =
      OWNER_WORD.test(words) && before ? this.firstNamed(before.start, before.end) : undefined;
    return owner ? [personMention(owner)] : [];
  }

  /** The first person named between two offsets, outside quotation marks. */
  private firstNamed(start: number, end: number) {
    return peopleWithin(this.doc, start, end).find((p) => !isQuoted(this.doc, p.start));
  }

  /**
   * The people a pronoun subject stands for: in a second clause, the subjects of the
   * engagement the first clause opened ("A and B met Xi, before holding the summit with Li"),
   * or the first person it names when it opened none ("Lula was received with honours, and
   * held talks with …"); otherwise the first person named (outside quotation marks) in the
   * nearest sentence before that names one.
   */
  private antecedents(unit: Unit): Mention[] {
    const { doc, current, out } = this;
    const { text } = doc;
    const s = doc.sentences[unit.index];
    if (s && unit.start !== s.start) {
      if (current && current.span.start >= s.start) {
        const people = current.participants.filter((p) => isPerson(doc, p));
        const verb = ENGAGEMENT_VERB.exec(text.slice(s.start, unit.start));
        const at = s.start + (verb?.index ?? 0);
        const subjects = people.filter((p) => p.span.start < at);
        return subjects.length > 0 ? subjects : people.slice(0, 1);
      }
      const named = this.firstNamed(s.start, unit.start);
      return named ? [personMention(named)] : [];
    }
    for (let k = unit.index - 1; k >= Math.max(0, unit.index - 3); k--) {
      const b = doc.sentences[k];
      if (!b) continue;
      const fronted = FRONTED.exec(text.slice(b.start, b.end))?.[0].length ?? 0;
      // "She held talks with Li. A day later, she met Zhou": the same subject as before.
      const opened = out.findLast((e) => e.span.start >= b.start && e.span.start < b.end);
      const lead = opened?.participants[0];
      const pronounFirst = [b.start + fronted, b.start].some((from) =>
        PRONOUN_FIRST.test(text.slice(from, b.end)),
      );
      if (lead && isPerson(doc, lead) && pronounFirst) return [lead];
      const named = this.firstNamed(b.start + fronted, b.end) ?? this.firstNamed(b.start, b.end);
      if (named) return [this.protagonist(unit, b, personMention(named))];
    }
    return [];
  }

  /**
   * "Ruiz and Hale held the dialogue on Monday. … Hale said the talks went well.\n\nOn Tuesday
   * she called on Li": a pronoun that opens a paragraph after one that told an engagement stands
   * for its subject, not for another of its people the last sentence named.
   */
  private protagonist(unit: Unit, before: Span & { paragraph: number }, named: Mention): Mention {
    const { doc, current } = this;
    const subject = current?.participants[0];
    if (
      !current ||
      !subject ||
      !isPerson(doc, subject) ||
      doc.sentences[unit.index]?.paragraph === before.paragraph ||
      unit.index - this.since > 3 ||
      sameParty(subject, named) ||
      !current.participants.some((p) => sameParty(p, named))
    )
      return named;
    return subject;
  }

  /**
   * "… received a Chinese delegation led by Zhou Hanming. The delegation then held …": the
   * person who led the delegation of the engagement told before. With none named, "A team from
   * China's customs administration toured the plant. On Tuesday the delegation met Harrison":
   * the country of the group the three sentences before last name (GROUP_AFTER_COUNTRY,
   * GROUP_BEFORE_COUNTRY), as its side.
   */
  private delegationSide(index: number): Mention[] {
    const { doc } = this;
    const { text } = doc;
    const leader = this.current?.participants.find((p) =>
      LED_BY.test(text.slice(Math.max(0, p.span.start - 70), p.span.start)),
    );
    if (leader) return [leader];
    for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
      const b = doc.sentences[k];
      if (!b) continue;
      const group = within(doc.places, b.start, b.end).findLast(
        (c) =>
          !isQuoted(doc, c.start) &&
          (GROUP_AFTER_COUNTRY.test(text.slice(c.end, c.end + 40)) ||
            GROUP_BEFORE_COUNTRY.test(text.slice(Math.max(0, c.start - 30), c.start))),
      );
      if (group) return [placeMention(group)];
    }
    return [];
  }

  /**
   * "Before the summit, the two EU leaders were received by Xi": the people of the engagement
   * told before of the country named, when there are as many as the words count.
   */
  private countedBack(sentence: string): Mention[] {
    const { doc, current } = this;
    const m = COUNTED_GROUP.exec(sentence);
    const code = m?.[2] ? placeCode(m[2]) : null;
    if (!m || code === null || !current) return [];
    const people = current.participants.filter((p) => isPerson(doc, p) && p.jurisdiction === code);
    return people.length === COUNTS[(m[1] ?? '').toLowerCase()] ? people : [];
  }

  /**
   * "The leaders' trade ministers met separately": unnamed people of each side of the
   * engagement told before, so its countries (when each participant's country is known); else
   * "officials of the two countries" are those of the two countries the text is about
   * (principalPair).
   */
  private theirSides(unit: Unit, sentence: string): Mention[] {
    const m = THEIR_PEOPLE.exec(sentence);
    if (!m) return [];
    const told = [...new Set(this.current?.participants.map((p) => p.jurisdiction))];
    const known = told.length >= 2 && told.every((c) => c !== null);
    const codes = !known && TWO_COUNTRIES.test(m[0]) ? principalPair(this.doc, unit.start) : told;
    if (codes.length < 2 || codes.some((c) => c === null)) return [];
    const at = span(unit.start + m.index, unit.start + m.index + m[0].length);
    return codes.map((code) => ({ text: m[0], span: at, actor: null, jurisdiction: code }));
  }

  /**
   * "said Rachel Kolisnyk, chair of Manitoba Pork, who attended Wednesday's meeting": the person
   * a relative clause says took part in an engagement told before (the last one, of the day it
   * names and of the kind a call or summit is) is one of its parties.
   */
  private addAttendee(unit: Unit, sentence: string): void {
    const { doc, out } = this;
    const m = WHO_ATTENDED.exec(sentence);
    if (!m?.[2]) return;
    const at = unit.start + m.index;
    const person = peopleWithin(doc, unit.start, at).at(-1);
    if (!person || /[.;:]/.test(doc.text.slice(person.end, at))) return;
    const day = m[1] ? within(doc.dates, at, at + m[0].length)[0] : undefined;
    const kind = NOUN_KIND[m[2].toLowerCase()];
    const from = doc.sentences[Math.max(0, unit.index - 8)]?.start ?? 0;
    const engagement = out.findLast(
      (e) =>
        e.span.start >= from &&
        (kind === undefined || e.kind === kind) &&
        (day === undefined || e.date === day.iso),
    );
    const mention = personMention(person);
    if (engagement && !engagement.participants.some((q) => sameParty(q, mention)))
      engagement.participants = [...engagement.participants, mention];
  }

  /**
   * "… sat in, while the Chinese delegation included …": more people of the engagement. Not
   * from a sentence about the future or about another day.
   */
  private addTakingPart(unit: Unit, sentence: string): void {
    const { doc, current } = this;
    if (!current || !TOOK_PART.test(sentence)) return;
    const spans = asides(sentence, unit.start);
    if (FUTURE.test(withoutAsides(sentence, unit.start, spans))) return;
    const keep = outside(spans);
    // "The round, which began on Monday, was led by …": the day of its start, not another day.
    const started = [...sentence.matchAll(WHICH_BEGAN)].map((m) =>
      span(unit.start + (m.index ?? 0), unit.start + (m.index ?? 0) + m[0].length),
    );
    const day = daysWritten(doc, unit.start, unit.end).find(
      (d) => isEventDate(doc, d, unit.start) && keep(d) && outside(started)(d),
    );
    // "… ended on Wednesday. The round, which ran from 9 to 11 February, was led by …": the span
    // of days it was held over, whose first day is its own; so is the day "which began on" says.
    const spanOf = day !== undefined && current.date !== null && covers(day, current.date);
    if (day && current.date !== null && day.iso !== current.date && !spanOf) return;
    const begun = started
      .flatMap((r) => within(doc.dates, r.start, r.end))
      .find((d) => current.date !== null && firstDayOf(d.iso, current.date));
    const joined = peopleWithin(doc, unit.start, unit.end)
      .filter(keep)
      .map(personMention)
      .filter((m) => isPerson(doc, m));
    if (joined.length === 0) return;
    const named = current.participants.filter((p) => isPerson(doc, p));
    // Countries give way to the people named when both sides are named.
    const bothSides = named.length === 0 && joined.length > 1;
    // A person named as leading one country's side takes its place ("The EU was represented by").
    const leaders = sidesLed(doc, unit, joined);
    const parties = bothSides
      ? []
      : current.participants.map((p) => {
          const code = isPerson(doc, p) ? null : p.jurisdiction;
          const leader = code === null ? undefined : joined.find((m) => leaders.get(m) === code);
          return leader ? { ...leader, jurisdiction: leader.jurisdiction ?? code } : p;
        });
    if (!bothSides && named.length === 0 && parties.every((p, i) => p === current.participants[i]))
      return;
    for (const m of joined) if (!parties.some((q) => sameParty(q, m))) parties.push(m);
    current.participants = parties;
    if (spanOf) current.date = day.iso;
    else if (begun) current.date = begun.iso;
  }
}

/** The engagement candidates of a text, in the order told (see the comment opening this file). */
export function findEngagements(doc: Doc): EngagementCandidate[] {
  try {
    return new EngagementReader(doc).read();
  } finally {
    plansRead.clear();
  }
}
