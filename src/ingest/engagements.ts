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
 * meetings), the units and readings of a clause (units, readings, asides, lists), who took part
 * (parties, which reads them clause by clause with people, sides, named-parties, leaders and
 * groups), the day (dates, clause-dates, context-dates, trips), what is not listed
 * (background), an engagement told again (retelling) and its outcomes.
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
import { splitObjects } from './engagement-groups.ts';
import { engagementVerb, ON_MARGINS, type Found, type Kind } from './engagement-kinds.ts';
import { sidesLed, withLeaders } from './engagement-leaders.ts';
import { listItem } from './engagement-lists.ts';
import { CALLED_ON } from './engagement-meetings.ts';
import { namedParties } from './engagement-named-parties.ts';
import { PartyReader } from './engagement-parties.ts';
import { agreementsIn } from './engagement-outcomes.ts';
import { isPerson, peopleIn, peopleWithin, sameParty } from './engagement-people.ts';
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
  withoutTwins,
} from './engagement-retelling.ts';
import { planned, plansRead, unitsOf, type Unit } from './engagement-units.ts';
import {
  clampConfidence,
  eventDateIn,
  isHeadline,
  isQuoted,
  outside,
  personMention,
  span,
  within,
  type Doc,
} from './doc.ts';

const PLACE = /\b(?:in|at)\s+((?:[A-Z][\p{L}-]+)(?:\s+[A-Z][\p{L}-]+)?)/u;

/** A clause on when the engagement began: "The round, which began on Monday, …". */
const WHICH_BEGAN = /,\s+which\s+(?:began|opened|started|got under way)\b[^,]*,/gi;

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

/** The place a clause names ("in Brussels", "at Itamaraty Palace"), not an article. */
function placeIn(sentence: string): string | null {
  const placeHit = PLACE.exec(sentence);
  return placeHit?.[1] && !/^(?:The|A)$/.test(placeHit[1]) ? placeHit[1] : null;
}

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
 * …", "The meeting was co-chaired by …", "The summit was attended by …", who represented its
 * sides: "Peru was represented by Ambassador Ruiz and Chile by Ambassador Lagos", or whom its host
 * hosted: "Paraguay's Santiago Pena hosted Lula of Brazil, Milei of Argentina …".
 */
const ATTENDED_BY =
  /^\s*(?:(?:It|(?:The|This)\s+(?:[\w'’\x92-]+\s+){0,4}?(?:summit|meeting|session|dialogue|round|talks|consultations|commission|committee|forum))\s+(?:was|were)\s+(?:also\s+)?(?:co-)?(?:chaired|hosted|attended|presided over|led|headed)\s+by\b|(?:the\s+)?[A-Z][\w.'’\x92-]*(?:\s+[A-Z][\w.'’\x92-]*)?\s+(?:was|were)\s+represented\s+by\b|(?:[A-Z][^\s,.;]*\s+){1,4}hosted\s+(?!(?:the|a|an|his|her|their|its|leaders|officials)\b)[A-Z])/i;

/**
 * A relative clause saying someone took part in an engagement told before: ", who attended
 * Wednesday's meeting", ", who took part in the talks", ", who sat in on the call".
 */
const WHO_ATTENDED =
  /,\s+who\s+(?:also\s+)?(?:attended|took part in|sat in on|joined)\s+(?:the|that|(\p{Lu}\p{Ll}+day)['’\x92]s)\s+(?:[\w-]+\s+)?(meeting|talks|call|session|summit|dialogue|round)\b/u;

/**
 * The engagement told before as a subject, with an appositive saying who led it: "The
 * week-long round, led by A and B, …", "The talks, co-chaired by A and B, …", "The council,
 * co-chaired by A, the UK minister, and B, the EU commissioner, met …".
 */
const LED_APPOSITIVE =
  /^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:round|talks|negotiations|consultations|session|dialogue|meeting|council|commission|committee|forum)\s*,\s+(?:(?:co-)?chaired|led|headed)\s+by\s(?:[^,;.]*,){1,5}?(?=\s+(?:\w+ly\s+)?(?:met|convened|opened|began|ended|closed|agreed|lasted|focused|covered|reached|held|was|were|is|are|had|has)\b)/i;

/**
 * The sentence after a session told with its sides, saying who chaired or led it: "It was
 * chaired by A, a deputy at …, and B, a director in …", "The session was co-chaired by A and
 * B", "The delegations were led by A, the Commission's chief negotiator, and B, …", or who led
 * each side: "A leads Manila's side; B leads Beijing's".
 */
const LED_NEXT =
  /^\s*(?:It|(?:The|This|Both)\s+(?:[\w'’\x92-]+\s+){0,3}?(?:meeting|session|round|talks|dialogue|consultations|delegations|teams|sides))\s+(?:was|were|is|are)\s+(?:being\s+)?(?:co-)?(?:chaired|led|headed)\s+by\b/i;
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

  /** Who took part in the engagement each clause tells. */
  private readonly parties: PartyReader;

  constructor(private readonly doc: Doc) {
    this.parties = new PartyReader(doc);
  }

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
    return withoutTwins(doc, this.out);
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
    const sentence = doc.sentences[unit.index];
    // The appositive may run past a unit cut at its second name ("…, and B, the EU commissioner,
    // met …"): read from the unit's start to the sentence's end.
    const m = LED_APPOSITIVE.exec(doc.text.slice(unit.start, sentence?.end ?? unit.end));
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
    const participants = withLeaders(
      doc,
      unit,
      this.parties.partiesOf(unit, sentence, aside, {
        current: this.current,
        since: this.since,
        out: this.out,
      }),
    );
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
              KNOWN_WITH.test(sentence),
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
      // "A met B in Ottawa on Monday. Later that day they held a call with C": a call with
      // someone new is not the meeting before it, nor a meeting with someone new the call.
      ((kind === 'call') !== (previous.kind === 'call') &&
        participants.some(
          (p) => isPerson(doc, p) && !previous.participants.some((q) => sameParty(p, q)),
        )) ||
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
