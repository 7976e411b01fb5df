/**
 * Who took part in the engagement a clause tells (PartyReader.partiesOf): the people the clause
 * names outside its asides, or, when it names no one as the subject, the people its words stand
 * for: "the two" and "they" (the people of the engagement told just before, or the two the
 * sentence before names), "he" and "she" (the subject of the sentences before), "him" or "her" as
 * the one met, "the delegation" (the person who led it, or its country), "the two EU leaders",
 * "the leaders' trade ministers" (each side of the engagement before), the person the opening line
 * of a list names, and "I" in a speaker's turn; then the country on the other side when one person
 * only is named. What it reads against is what the engagement reader has told so far (`Told`).
 * The readers of pronouns are in engagement-pronouns.ts.
 */
import type { EngagementCandidate, Mention, Span } from './candidates.ts';
import { WEEKDAY_NAME } from './dates.ts';
import { IN_TURN } from './engagement-groups.ts';
import { engagementVerb } from './engagement-kinds.ts';
import { BULLET, diaryEntryOwner, LIST_ITEM, listLead, OWNER_WORD } from './engagement-lists.ts';
import { namedParties, saidBefore } from './engagement-named-parties.ts';
import { isPerson, ownsOther, peopleIn, peopleWithin, sameParty } from './engagement-people.ts';
import {
  BODY_GROUP,
  bodySide,
  countrySide,
  countrySides,
  delegationCountries,
  withBefore,
} from './engagement-sides.ts';
import { antecedents, firstNamed, FRONTED, pronounMet } from './engagement-pronouns.ts';
import type { Unit } from './engagement-units.ts';
import type { PersonMention } from './people.ts';
import { placeCode } from './places.ts';
import { speakerTurns, type Turn } from './turns.ts';
import {
  isQuoted,
  outside,
  personMention,
  placeCounts,
  placeMention,
  span,
  within,
  type Doc,
} from './doc.ts';

/**
 * The people of both sides of an engagement told before: "the leaders' trade ministers", "the
 * working teams of the two sides".
 */
const THEIR_PEOPLE =
  /\b(?:the (?:two )?(?:leaders|presidents|premiers|prime ministers|sides|countries|governments)['’\x92]|their)\s+(?:[\w-]+\s+){0,2}?(?:ministers|officials|delegations|negotiators|teams|envoys)\b|\b(?:ministers|officials|delegations|negotiators|teams|envoys|representatives)\s+(?:of|from)\s+(?:the\s+two|both)\s+(?:sides|countries|governments)\b/i;
/** An engagement's noun, then "between the two": "a meeting between the two in Kuala Lumpur". */
const NOUN_BETWEEN_THE_TWO =
  /^\s*(?:and\s+)?(?:an?|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|talks|conversation|summit)\s+between\s+the\s+two\b(?!\s+(?:countries|sides|governments|delegations|teams|nations)\b)/i;

/** The two countries named as such: "the two countries", "both governments". */
const TWO_COUNTRIES = /\b(?:the\s+two|both)\s+(?:countries|governments)\b/i;
/**
 * The two sides' teams named as holding a round: "the two negotiating teams held the eleventh
 * round", "the 14th round of talks between the two delegations was held".
 */
const TWO_TEAMS =
  /\b(?:the\s+two|both)\s+(?:negotiating\s+)?(?:delegations|teams)(?=\s+(?:held|concluded|opened|wrapped up|completed|resumed|(?:was|were)\s+held|took\s+place)\b)/i;
/** The two sides as the parties of talks held: "consultations between the two sides were held". */
const BETWEEN_THE_TWO =
  /\bbetween\s+(?:the\s+two|both)\s+(?:sides|countries|governments)(?=\s+(?:(?:was|were)\s+held|took\s+place)\b)/i;

/**
 * The two countries a text names most before `at`, when two lead the others: the two a story
 * is about, that "the two countries" stand for.
 */
function principalPair(doc: Doc, at: number): string[] {
  const [a, b, c] = placeCounts(doc, at);
  return a && b && (!c || c[1] < b[1]) ? [a[0], b[0]] : [];
}

/** The country a text names most before `at`, other than `except`, when one leads the others. */
function mostNamed(doc: Doc, at: number, except: string): string | null {
  const [a, b] = placeCounts(doc, at).filter(([code]) => code !== except);
  return a && (!b || b[1] < a[1]) ? a[0] : null;
}

/**
 * A day as the subject of its engagements ("Thursday began with a breakfast … and ended with a
 * meeting with Kim", "Monday opened at the ministry, …"), or talks told with no one holding them
 * ("In talks with Yeo Han-koo, the subject was steel").
 */
const DAY_SUBJECT = new RegExp(
  String.raw`^\s*(?:${WEEKDAY_NAME}\s+(?:began|opened|ended|closed|started|finished|brought|saw)\b|In\s+(?:talks|a\s+meeting|meetings)\s+with\b)`,
);

/** Consultations told as held, with no one named: "Consultations were held in Geneva on 14 April". */
const CONSULTATIONS_HELD = /\bconsultations\s+(?:were|was|have\s+been|had\s+been)\s+held\b/i;
/** A request for consultations, as a dispute opens: "Japan requested consultations with China". */
const REQUESTED_CONSULTATIONS = /\brequest(?:ed|s)?\s+consultations\s+with\b/i;

/** People counted by their country and office: "the two EU leaders", "the three Gulf ministers". */
const COUNTED_GROUP =
  /\b[Tt]he\s+(two|three|four)\s+(\p{Lu}[\p{L}.]*)\s+(?:leaders|ministers|officials|presidents|envoys|negotiators)\b/u;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/**
 * A delegation as the subject of a clause: "The delegation then held …", "On Tuesday the
 * delegation met …", "The Chinese team met …", "Before flying east, the group had met …", "On
 * the same day, the delegation was also received by …".
 */
const THE_DELEGATION =
  /^\s*(?:(?:On|Later|Earlier|Before|After|That|The)\s[^,;]{1,30},\s+|(?:On|Later|Earlier|Before)\s+[\p{L}\d-]+(?:\s+(?:morning|afternoon|evening|east|west|north|south|home))?\s+)?[Tt]he\s+(?:[\p{L}-]+\s+)?(?:delegation|team|group|visitors|delegates)\b/u;
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
const LED_BY =
  /\bdelegation\b(?:\s+(?:of|from)\s+[^.;,]{1,70}?)?\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:[\p{L}.-]+\s+){0,5}$/u;
/**
 * The two people told before as a subject: "The two met again", "They spoke again", "The two
 * foreign ministers held their meeting", also after the label of who speaks in a transcript
 * ("Lin Feng: The two ministers …").
 */
const THE_TWO =
  /^\s*(?:\p{Lu}[\p{L}.'’\x92-]*(?:[ \t]+\p{Lu}[\p{L}.'’\x92-]*){0,3}:[ \t]+)?(?:(?:the|these)\s+two(?:\s+(?:[\p{L}-]+\s+)?(?:leaders|ministers|men|women|presidents|premiers|prime ministers|counterparts|heads of (?:state|government)))?|the\s+(?:pair|premiers)|they|both(?:\s+(?:leaders|ministers|men|women))?)\s+(?:[\p{L}-]+\s+)?$/iu;
/** The label of a day that opens an entry of a programme: "Tuesday, April 21: ", "3 March — ". */
const DAY_LABEL_LEAD = new RegExp(
  String.raw`^\s*(?:${WEEKDAY_NAME}(?:,?\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?|\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:,?\s+\d{4})?\s*(?::|[-–\x96—\x97]\s)\s*`,
  'u',
);
/**
 * A day or a place set before "they" with no comma: "On Monday they", "In Shanghai on Wednesday
 * the premiers", "The next day the two ministers".
 */
const SET_BEFORE_THEY =
  /^\s*(?:(?:On|In|At|Later|Then|Earlier)\b[^,;]{0,40}?|(?:The|That|A|One|Two|Three)\s+(?:(?:next|following|same)\s+)?(?:day|days|morning|afternoon|evening)(?:\s+(?:later|after))?)\s(?=(?:they|the\s+(?:two|pair|premiers)|both)\b)/iu;
/** How many sentences back the one a list's "her meetings" or "the mission's program" is of may be named. */
const OWNER_REACH = 5;
/** How many sentences back "the two" may stand for the pair of an engagement, no one else named since. */
const THEM_REACH = 5;
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
 * An engagement told by its noun, with whom, where no verb of one stands: "she was in Washington
 * for talks with Hale", "She ended the week with a video call with Berg", "His first stop was a
 * breakfast meeting with Akazawa".
 */
const ENGAGEMENT_WITH =
  /\b(?:for|with|was|were)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|call|meeting|dinner|lunch|breakfast)\s+with\b/i;

/**
 * A clause whose subject is a pronoun: "He met …", "Earlier in the day he held talks …", "His
 * first stop on Monday was a breakfast meeting with …".
 */
const PRONOUN =
  /\b(?:he|she)\b|^\s*(?:his|her)\s+(?:first|second|third|next|last|final)\s+(?:stop|engagement|appointment)\b/i;
/**
 * A pronoun joined to someone named, as a subject: "he and Commerce Minister Li co-chaired …",
 * "On Monday she and her counterpart met …".
 */
const PRONOUN_AND = /\b(?:he|she)\s+and\s/i;

/** An adverb between the speaker and the verb: "I also co-chaired". */
const SPEAKER_ADVERB = String.raw`(?:(?:also|then|later|first|again|personally)\s+)?`;
/**
 * "I met", "I also co-chaired", a witness's "we met" or "we held a call": the speaker of the
 * words as the subject (case matters for "I").
 */
const SPEAKER_I = new RegExp(String.raw`(?:^|[\s,])(?:I|[Ww]e)\s+${SPEAKER_ADVERB}$`);
/**
 * "we are in contact with Minister Wang, and I met him in Brussels": the speaker as the subject of
 * a second clause, whoever the first named.
 */
const SPEAKER_AND_I = new RegExp(String.raw`,\s+and\s+I\s+${SPEAKER_ADVERB}$`);

/** What the engagement reader has told so far, that the parties of a clause are read against. */
export interface Told {
  /** The engagement told last. */
  readonly current: EngagementCandidate | null;
  /** The index of the sentence that last opened an engagement or gave it its day. */
  readonly since: number;
  /** The engagements told so far, in order. */
  readonly out: readonly EngagementCandidate[];
}

/** Reads the parties of each clause of one text, in order; it keeps the pair "the two" was last. */
export class PartyReader {
  /** The two people "the two" or "they" stood for last (see theTwo). */
  private pair: readonly Mention[] = [];

  /** The speakers' turns of a transcript or a statement, read when a clause says "I". */
  private turns: readonly Turn[] | undefined;

  constructor(private readonly doc: Doc) {}

  /**
   * The parties named in a clause (its text with the asides blanked): its people, less those
   * in asides, with the person a pronoun subject stands for.
   */
  partiesOf(unit: Unit, sentence: string, aside: readonly Span[], told: Told): Mention[] {
    const { doc } = this;
    const { current } = told;
    const keep = outside(aside);
    const participants = peopleIn(doc, unit, (x) => keep(x) && !ownsOther(doc, x));
    const named = namedParties(doc, unit, sentence, participants, keep);
    if (named) return named;
    // "Wang noted that the working teams of the two sides held a round": the sides said to have
    // met, and not the speaker.
    const said = saidBefore(sentence);
    if (said && participants.every((p) => p.span.start < unit.start + said.index)) {
      const sides = this.theirSides(unit, sentence, told);
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
    // "Thursday … ended with a meeting with Kim", "In talks with Yeo, the subject was steel": the
    // one person named in a day told with no one acting met the traveller.
    const [only] = participants;
    const traveller =
      (unnamed || verb === null) &&
      listed.length === 0 &&
      only &&
      participants.length === 1 &&
      DAY_SUBJECT.test(sentence)
        ? this.traveller(unit, told, only)
        : null;
    if (traveller) participants.unshift(traveller);
    // "RUIZ: … On Wednesday I co-chaired the Commission with Li": the one speaking.
    const speaker =
      verb && (unnamed || SPEAKER_AND_I.test(lead)) && listed.length === 0 && SPEAKER_I.test(lead)
        ? this.speakerAt(unit.start + verb.index)
        : null;
    const speaking = speaker ? personMention(speaker) : null;
    if (speaking && !participants.some((p) => sameParty(p, speaking)))
      participants.unshift(speaking);
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
    // "a phone call between Lula and Trump on October 6 and a meeting between the two in Kuala
    // Lumpur on October 26": "the two" after an engagement's noun, no one else named, are the
    // people of the engagement just told.
    if (
      verb === null &&
      participants.length === 0 &&
      NOUN_BETWEEN_THE_TWO.test(sentence) &&
      current &&
      unit.index - told.since <= 1
    )
      return current.participants.filter((p) => isPerson(doc, p));
    // "The two ministers also held a meeting, at which Wang raised …": the pair, and whoever
    // else the clause names after its verb.
    const pair = verb !== null && !namedBefore(verb.index) ? this.theTwo(unit, lead, told) : [];
    if (pair.length > 0)
      return [...pair, ...participants.filter((p) => !pair.some((q) => sameParty(p, q)))];
    // "On Monday he and Commerce Minister Li co-chaired the session": the pronoun joined to the
    // person named is a subject too, when no one is named before it ("Hale said he and Li met").
    const joinedAt =
      verb !== null && listed.length === 0 && speaker === null ? PRONOUN_AND.exec(lead) : null;
    const pronounJoined = joinedAt !== null && !namedBefore(joinedAt.index);
    const who =
      subjectless || pronounJoined
        ? antecedents(doc, unit, told)
        : THE_DELEGATION.test(lead) &&
            !participants.some((p) => p.span.start < unit.start + lead.length)
          ? this.delegationSide(unit.index, told)
          : [];
    // "The minister was in Lima. He met Hale on Monday and Vidal on Tuesday": with no
    // one "he" stands for, the people he met did not meet each other.
    if (subjectless && who.length === 0 && PRONOUN.test(lead)) return [];
    // "He met Hale on Monday. She also met him on Friday": the one met, beside the one named or
    // the one a pronoun subject stands for.
    const met =
      verb !== null && participants.length + who.length === 1
        ? pronounMet(doc, unit, verb, told, who)
        : [];
    const added = [...this.countedBack(sentence, told), ...who, ...met].filter(
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
        participants.push(...this.delegationSide(unit.index, told));
    } else if (participants.length === 0) {
      const delegations = delegationCountries(doc, unit, keep);
      participants.push(...(this.bothSides(unit, sentence, told, delegations) ?? delegations));
      if (participants.length === 0) participants.push(...this.theirSides(unit, sentence, told));
      if (participants.length === 0 && CONSULTATIONS_HELD.test(sentence))
        participants.push(...this.requestedBefore(unit));
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

  /**
   * "At the request of the EU side, consultations between the two sides were held": the one side
   * named is one of the two the text is about, and the talks are of both.
   */
  private bothSides(
    unit: Unit,
    sentence: string,
    told: Told,
    named: Mention[],
  ): Mention[] | undefined {
    const [one] = named;
    if (named.length !== 1 || !one || !BETWEEN_THE_TWO.test(sentence)) return undefined;
    const sides = this.theirSides(unit, sentence, told);
    return sides.some((s) => s.jurisdiction === one.jurisdiction) ? sides : undefined;
  }

  /**
   * "Japan requested consultations with China. … Consultations were held in Geneva": the two
   * countries of the request a few sentences before.
   */
  private requestedBefore(unit: Unit): Mention[] {
    const { doc } = this;
    for (let k = unit.index - 1; k >= Math.max(0, unit.index - 4); k--) {
      const s = doc.sentences[k];
      if (!s || !REQUESTED_CONSULTATIONS.test(doc.text.slice(s.start, s.end))) continue;
      const places = within(doc.places, s.start, s.end).filter(
        (p, i, all) => all.findIndex((q) => q.code === p.code) === i,
      );
      return places.length === 2 ? places.map(placeMention) : [];
    }
    return [];
  }

  /**
   * The one whose trip a text tells, other than `met`: a person of the engagement told just
   * before, else the first person the text names.
   */
  private traveller(unit: Unit, told: Told, met: Mention): Mention | null {
    const { doc } = this;
    const fromCurrent = told.current?.participants.find(
      (p) => isPerson(doc, p) && !sameParty(p, met),
    );
    if (fromCurrent) return fromCurrent;
    const first = peopleWithin(doc, 0, unit.start).find((p) => !isQuoted(doc, p.start));
    return first && !sameParty(personMention(first), met) ? personMention(first) : null;
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
  private theTwo(unit: Unit, lead: string, told: Told): Mention[] {
    const { doc } = this;
    const { current } = told;
    const subject = lead
      .replace(DAY_LABEL_LEAD, '')
      .replace(FRONTED, '')
      .replace(SET_BEFORE_THEY, '');
    if (!THE_TWO.test(subject)) return [];
    // "the premiers", "the pair": the two named as one subject before, whoever was met since.
    const named = NAMED_PAIR.test(subject) ? this.jointSubjects(unit, PAIR_REACH) : [];
    if (named.length > 0) return named;
    if (current && (unit.index - told.since <= 2 || this.onlyThemSince(unit, told, current))) {
      const people = current.participants.filter((p) => isPerson(doc, p));
      // "The two Presidents were received by Vidal. In the afternoon, they co-chaired the summit":
      // the pair that was the subject of the engagement just before, with whoever they met.
      const pair = this.pair.every((p) => people.some((q) => sameParty(p, q))) ? this.pair : [];
      this.pair = people.length === 2 ? people : pair;
      return [...this.pair];
    }
    // "Ruiz landed in Lima, where Li greeted her. The two ministers held talks on Tuesday.":
    // with no engagement told just before, the two people the sentence before names, or the
    // two sentences before when each names one ("Ruiz is in Lima. Li is her host. The two
    // ministers met on Thursday.").
    if (COUNTED_TWO.test(lead)) {
      const people: Mention[] = [];
      for (let k = unit.index - 1; k >= Math.max(0, unit.index - 2) && people.length < 2; k--) {
        const before = doc.sentences[k];
        if (!before) break;
        const named = peopleIn(doc, before, (x) => !isQuoted(doc, x.start));
        people.push(...named.filter((p) => !people.some((q) => sameParty(p, q))));
      }
      return people.length === 2 ? people : [];
    }
    return this.jointSubjects(unit, JOINT_REACH);
  }

  /**
   * "McClay's first meeting was with Goyal. The deal … Goyal told reporters … ¶ Tuesday - The two
   * ministers co-chaired …": the two of the engagement told a few sentences before (THEM_REACH),
   * when the sentences since name no one else.
   */
  private onlyThemSince(unit: Unit, told: Told, current: EngagementCandidate): boolean {
    const { doc } = this;
    if (unit.index - told.since > THEM_REACH) return false;
    const people = current.participants.filter((p) => isPerson(doc, p));
    if (people.length !== 2) return false;
    const from = doc.sentences[told.since + 1]?.start ?? unit.start;
    return peopleWithin(doc, from, unit.start).every((p) =>
      people.some((q) => sameParty(q, personMention(p))),
    );
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
   * "During the visit, Minister Ruiz:\n- met with Li;\n- held talks with Hu;": the person the line
   * that opens a list names, as the subject of each item of it.
   */
  private listSubject(unit: Unit): Mention[] {
    const lead = listLead(this.doc, unit.index);
    if (!lead) return [];
    const words = this.doc.text.slice(lead.start, lead.end);
    const fronted = FRONTED.exec(words)?.[0].length ?? 0;
    const named = firstNamed(this.doc, lead.start + fronted, lead.end);
    if (named) return [personMention(named)];
    // "The premier's office listed her meetings:": the one named in the sentence before, or in
    // the nearest before it that names someone ("… concluded a mission. Since June, … The
    // mission's program was as follows:").
    if (!OWNER_WORD.test(words)) return [];
    for (let k = lead.index - 1; k >= Math.max(0, lead.index - OWNER_REACH); k--) {
      const before = this.doc.sentences[k];
      const owner = before && firstNamed(this.doc, before.start, before.end);
      if (owner) return [personMention(owner)];
    }
    return [];
  }

  /**
   * "… received a Chinese delegation led by Zhou Hanming. The delegation then held …": the
   * person who led the delegation of the engagement told before. With none named, "A team from
   * China's customs administration toured the plant. On Tuesday the delegation met Harrison":
   * the country of the group the three sentences before last name (GROUP_AFTER_COUNTRY,
   * GROUP_BEFORE_COUNTRY), as its side.
   */
  private delegationSide(index: number, told: Told): Mention[] {
    const { doc } = this;
    const { text } = doc;
    // The one who led the delegation, in the engagement just told or one shortly before it.
    const recent = [told.current, ...told.out.slice(-3).reverse()];
    const leader = recent
      .flatMap((e) => e?.participants ?? [])
      .find((p) => LED_BY.test(text.slice(Math.max(0, p.span.start - 150), p.span.start)));
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
  private countedBack(sentence: string, told: Told): Mention[] {
    const { doc } = this;
    const { current } = told;
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
  private theirSides(unit: Unit, sentence: string, told: Told): Mention[] {
    const between = BETWEEN_THE_TWO.exec(sentence);
    const teams = TWO_TEAMS.exec(sentence);
    const m = THEIR_PEOPLE.exec(sentence) ?? between ?? teams;
    if (!m) return [];
    const countries = [...new Set(told.current?.participants.map((p) => p.jurisdiction))];
    // "Minister Wang Wentao held talks with Minister Yeo Han-koo": one side of unknown country
    // is the one the text names most besides the other.
    const [other, ...rest] = countries.filter((c) => c !== null);
    if (countries.length === 2 && other && rest.length === 0) {
      const most = mostNamed(this.doc, unit.start, other);
      if (most) countries.splice(0, 2, other, most);
    }
    const known = countries.length >= 2 && countries.every((c) => c !== null);
    const named = TWO_COUNTRIES.test(m[0]) || m === between || m === teams;
    const codes = !known && named ? principalPair(this.doc, unit.start) : countries;
    if (codes.length < 2 || codes.some((c) => c === null)) return [];
    const at = span(unit.start + m.index, unit.start + m.index + m[0].length);
    return codes.map((code) => ({ text: m[0], span: at, actor: null, jurisdiction: code }));
  }
}
