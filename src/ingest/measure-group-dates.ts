/**
 * The dates of a new candidate: its announcement (the sentence's own, that of the measure before,
 * or "the same day" as the last one dated), what it takes from the measure a continuing sentence
 * goes on about (its goods, announcement and start), and when it takes effect ("from the same
 * date", "effective immediately").
 */
import type { DateMention } from './dates.ts';
import type { Action } from './measure-acts.ts';
import { startedLongBefore } from './measure-announcement.ts';
import { REFERS_BACK } from './measure-continuations.ts';
import {
  FROM_SAME_DATE,
  IMMEDIATE,
  SAME_DAY,
  dateJustBefore,
  tellsAnnouncement,
} from './measure-dates.ts';
import { setDate, type Draft } from './measure-drafts.ts';
import { PASSAGE_REACH, type Reading, type Told } from './measure-reading.ts';
import { MONTH_NAME } from './dates.ts';

/**
 * A sentence telling another act of the instrument just told: "The decree also exempts …",
 * "The order also removes …". It takes the instrument's dates.
 */
const INSTRUMENT_ALSO =
  /^(?:The|This|That)\s+(?:decree|order|regulations?|notice|notification|decision|resolution)\s+also\b/i;

/** Words telling when an act applies: "effective on the day the Order is registered". */
const OWN_START =
  /\b(?:effective|takes? effect|took effect|(?:comes?|came|enters?|entered) into (?:force|effect)|starting|as of)\b/i;

/** A sentence adding to the act just told: "Countervailing duties are also payable …". */
const ALSO = /\b(?:are|is|will|were|was|has|have)\s+also\b/i;

/**
 * Dates the announcement of a new candidate: the sentence's (a rate given for comparison or
 * with a time of its own keeps `ownAnnounced`, its own only), else that of the measure before
 * when it has the same imposer and its announcement carries over, else, "in a separate notice
 * the same day", the day of the last dated measure.
 */
export function announce(
  reading: Reading,
  told: Told,
  draft: Draft,
  ownOnly: boolean,
  ownAnnounced: DateMention | null,
) {
  const { carriedAnnounced } = told;
  const imposer = draft.candidate.imposer;
  const actor = carriedAnnounced?.subject?.code ?? carriedAnnounced?.imposer?.jurisdiction;
  const fromPrevious = actor === imposer?.jurisdiction ? carriedAnnounced?.announced : null;
  const groupAnnounced = ownOnly ? ownAnnounced : (told.dates.announced ?? fromPrevious ?? null);
  if (groupAnnounced) setDate(draft, 'announced', groupAnnounced);
  else if (!ownOnly && SAME_DAY.test(told.sentence)) {
    // "In a separate notice the same day, …": the day of the measure told before.
    // "FEB. 4 — A 10% tariff takes effect. Beijing answers the same day …": the day it
    // took effect when it was not announced.
    const before = reading.drafts.findLast(
      (d) => d.candidate.dates.announced !== null || d.candidate.dates.effective !== null,
    );
    // "The cut took effect on Thursday. Britain removed its tariffs … the same day": an act
    // told with no word of announcing takes effect on the day the one before did.
    const bc = before?.candidate;
    if (!before || !bc) return;
    if (bc.dates.announced !== null)
      setDate(draft, 'announced', { iso: bc.dates.announced, inferred: before.announcedInferred });
    else if (bc.dates.effective !== null)
      setDate(draft, tellsAnnouncement(told.sentence) ? 'announced' : 'effective', {
        iso: bc.dates.effective,
        inferred: before.effectiveInferred,
      });
  }
}

/**
 * A sentence that goes on about the measure just told ("The duties …", "Countervailing duties are
 * also payable …", "The decree also exempts …" a few sentences on), with the same imposer, takes
 * what it leaves out from it: the goods (or those of the last measure before with goods: "… duties
 * on lysine. The regulation sets provisional duties. Meihua faces 58.3%"), the announcement unless
 * the sentence tells of the start, and the effective date for the same kind of act. A sentence with
 * a time of its own ("in March") takes the goods only.
 */
export function inherit(reading: Reading, told: Told, draft: Draft, effective: DateMention | null) {
  const { drafts, lastGroup, previous } = reading;
  const { index, continues } = told;
  const imposer = draft.candidate.imposer;
  const from = lastGroup[0];
  const instrument = INSTRUMENT_ALSO.test(told.sentence);
  const inherits =
    from !== undefined &&
    previous !== null &&
    index - previous.sentence <= (continues ? 2 : instrument ? PASSAGE_REACH : 1) &&
    from.candidate.imposer?.jurisdiction === imposer?.jurisdiction &&
    (continues || REFERS_BACK.test(told.sentence) || ALSO.test(told.sentence));
  if (!inherits || !from) return;
  inheritGoods(drafts, told, draft, from);
  // "The ruling lands on top of the 100% tariff China placed on canola oil in March": a
  // measure told with a time of its own is another act than the one just told, not dated by it.
  if (!continues && TIME_OF_ITS_OWN.test(told.sentence)) return;
  inheritDates(drafts, told, draft, from, effective);
}

/** The goods of the measure the passage told, for a draft that names none. */
function inheritGoods(drafts: readonly Draft[], told: Told, draft: Draft, from: Draft) {
  const { index } = told;
  const imposer = draft.candidate.imposer;
  const named = [from, ...drafts.toReversed()].find(
    (d) =>
      index - d.sentence <= 3 &&
      d.candidate.imposer?.jurisdiction === imposer?.jurisdiction &&
      d.candidate.products.length > 0,
  );
  if (draft.candidate.products.length === 0 && named) {
    draft.candidate.products = named.candidate.products;
    draft.candidate.flags = draft.candidate.flags.filter((f) => f !== 'hs_unresolved');
  }
}

/** The dates of the measure the passage told, for a draft that goes on about its act. */
function inheritDates(
  drafts: readonly Draft[],
  told: Told,
  draft: Draft,
  from: Draft,
  effective: DateMention | null,
) {
  const { index } = told;
  const imposer = draft.candidate.imposer;
  const instrument = INSTRUMENT_ALSO.test(told.sentence);
  // Company rates told right after an undated group of the same act take the dates of the
  // measure the passage opened with ("India has imposed duties … The duties apply from that
  // day. Shipments from X will attract 23.4% … Vietnamese suppliers face 12.5%").
  const dated =
    [from, ...drafts.toReversed()].find(
      (d) =>
        index - d.sentence <= 4 &&
        d.candidate.imposer?.jurisdiction === imposer?.jurisdiction &&
        d.candidate.action === from.candidate.action &&
        (d.candidate.dates.announced !== null || d.candidate.dates.effective !== null),
    ) ?? from;
  // "The additional levy took effect on August 6" was not announced with a November act.
  if (
    dated.candidate.dates.announced !== null &&
    !told.dates.started &&
    !startedLongBefore(effective, dated.candidate.dates.announced)
  )
    setDate(draft, 'announced', {
      iso: dated.candidate.dates.announced,
      inferred: dated.announcedInferred,
    });
  // Another kind of act ("It also extended its suspension …") takes effect on its own day;
  // raising a duty under the act that imposes others ("Under the law, duties on steel go to
  // 35%") is the same kind.
  // An act the instrument also makes ("The decree also exempts …") applies with the others,
  // unless it says when it applies ("…, effective on the day the Order is registered").
  const sameDay = instrument
    ? !OWN_START.test(told.sentence)
    : actFamily(dated.candidate.action) === actFamily(draft.candidate.action);
  if (!effective && dated.candidate.dates.effective !== null && sameDay) {
    setDate(draft, 'effective', {
      iso: dated.candidate.dates.effective,
      inferred: dated.effectiveInferred,
    });
    // A start that was only the day of the act stays one: a later "apply from" replaces it.
    if (dated.startedByAct && draft.candidate.dates.effective === dated.candidate.dates.effective)
      draft.startedByAct = true;
  }
}

/**
 * A past time with no day that sets a measure's act apart from the one told before: "in
 * March", "in 2024", "last year" (not a deadline, "by 2025").
 */
const TIME_OF_ITS_OWN = new RegExp(
  String.raw`\b(?:[Ii]n\s+(?:${MONTH_NAME}\b(?!\s+\d{1,2}\b)(?:\s+\d{4})?|\d{4}\b)|[Ll]ast (?:year|month|spring|summer|autumn|fall|winter|${MONTH_NAME})\b)`,
);

/** The kind of an act for sharing its day: putting a duty on or up is one. */
function actFamily(action: Action): Action {
  return action === 'raised' ? 'imposed' : action;
}

/**
 * Dates when a new candidate takes effect: `effective` as read, else "from the same date" the
 * last measure that took effect (not a rate told with a time of its own, `ownOnly`), else
 * "effective immediately" the day it was announced (or the text was published).
 */
export function takeEffect(
  reading: Reading,
  told: Told,
  draft: Draft,
  effective: DateMention | null,
  ownOnly: boolean,
) {
  const { sentence } = told;
  if (effective) setDate(draft, 'effective', effective);
  else if (FROM_SAME_DATE.test(sentence) && !ownOnly) {
    // "From the same date, the additional tariff on pork shall be reduced to 10%."; with no
    // measure dated before, "Since that date, …" is the day the text just gave ("The
    // agreement entered into force on 1 July 2026").
    const before = reading.drafts.findLast((d) => d.candidate.dates.effective !== null);
    const day = dateJustBefore(reading.doc, told.s.start);
    if (before?.candidate.dates.effective)
      setDate(draft, 'effective', {
        iso: before.candidate.dates.effective,
        inferred: before.effectiveInferred,
      });
    else if (day) setDate(draft, 'effective', day);
  } else if (IMMEDIATE.test(sentence)) {
    // "effective immediately": the day it was announced, as read here or carried over.
    const day = draft.candidate.dates.announced;
    setDate(
      draft,
      'effective',
      day !== null
        ? { iso: day, inferred: draft.announcedInferred }
        : { iso: reading.doc.published, inferred: true },
    );
  }
}
