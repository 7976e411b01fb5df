/**
 * The parties of one rate group's candidate and the confidence they give it: those read in the
 * sentence, and what it leaves out taken from context: a person's country, an item's label, a
 * body or instrument of the text's home, the measure named before, the subject before "it", the
 * market a dumping finding names, the origin the passage turned to, or the text's main parties.
 */
import type { Mention } from './candidates.ts';
import { personMention, placeMention, within, type Doc } from './doc.ts';
import { MEASURE_WORD } from './measure-acts.ts';
import type { Reading, Told } from './measure-reading.ts';
import {
  BLOC_SUBJECT,
  HOME_BODY,
  HOME_INSTRUMENT,
  ORIGIN_BEFORE,
  PRONOUN_SUBJECT,
  blocOnly,
  goodsNamedBefore,
  leadSubject,
  namedBefore,
  relativeActor,
  syntheticMention,
  withinBloc,
  type Roles,
} from './measure-roles.ts';
import { regionIn, type PlaceMention } from './places.ts';

/**
 * The origin a sentence of the passage turned to before a rate that names none: "South Korea
 * fared better. Hanul … received 9.6%", "Japanese separators were hit with a single rate. It
 * is 3.9%": the last place of the sentences of the same paragraph since the last rated one,
 * other than the imposer.
 */
function topicOrigin(reading: Reading, told: Told, imposer: string | null): PlaceMention | null {
  const { doc, previous } = reading;
  const { s, index } = told;
  let found: PlaceMention | null = null;
  for (let i = index - 1; i > (previous?.sentence ?? -1) && i >= index - 2; i--) {
    const before = doc.sentences[i];
    if (!before || before.paragraph !== s.paragraph) break;
    found =
      within(doc.places, before.start, before.end).findLast((p) => p.code !== imposer) ?? null;
    if (found) break;
  }
  return found;
}

/** The parties of a candidate and the confidence they give it. */
interface Parties {
  readonly imposer: Mention | null;
  readonly targets: Mention[];
  readonly confidence: number;
}

/** A measure named back by its article: "the deposit would fall …", "its duty". */
const DEFINITE_MEASURE = /\b(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:anti-dumping\s+)?$/i;

/**
 * Whether a sentence names back, by its article, the measure the sentence just before told of
 * another country than the text's home: "China will cut the deposit on canola seed, its
 * Ministry of Commerce said. … the ministry said the deposit would fall to 15%" under an
 * Ottawa dateline is China's ministry, not Canada's.
 */
function namesBackForeign(told: Told, home: string): boolean {
  const { recent, index, text, clause } = told;
  const owner = recent?.imposer?.jurisdiction;
  if (!recent || owner === undefined || owner === home || index - recent.sentence > 1) return false;
  const word = MEASURE_WORD.exec(text.slice(clause.start, clause.end));
  return (
    word !== null &&
    DEFINITE_MEASURE.test(
      text.slice(Math.max(clause.start, clause.start + word.index - 40), clause.start + word.index),
    )
  );
}

/** A verb right after its subject that judges a measure and does nothing to it: "welcomed". */
const JUDGED_AFTER =
  /^,?\s+(?:(?:also|again|warmly|strongly|sharply)\s+)?(?:welcomed|welcomes|hailed|hails|praised|praises|applauded|critici[sz]ed|condemned|condemns|deplored|regretted|protested)\b/i;

/**
 * The parties of one rate group: those its roles read, and what the sentence leaves out
 * taken from context, each step adding less confidence than a party read in the sentence.
 * The imposer: a person of known jurisdiction as the subject, a body of the dateline's
 * country, the measure told before by the name the clause gives it, the subject of the
 * sentence before for "it", the imposer carried over, or a party of the text the sentence
 * does not target. The targets: those carried over, or the other of the text's main parties.
 */
export function groupParties(reading: Reading, told: Told, roles: Roles): Parties {
  const { doc, drafts, ranked, home } = reading;
  const { text, s, sentence, verbAt, recent, sentenceRoles } = told;
  let confidence = 0.25 + (roles.imposer ? 0.2 : 0) + (roles.targets.length > 0 ? 0.2 : 0);
  let imposer: Mention | null = roles.imposer ? placeMention(roles.imposer) : null;
  // "The deposit of 75.8% on canola seed, which China's customs agency began collecting", also
  // after a subject who brings it up ("Canada raised the 75.8% deposit that China began
  // collecting"): the country acting in the relative clause.
  const actor = relativeActor(doc, told.clause.end, s.end);
  if (actor && actor.code !== roles.imposer?.code) {
    if (!imposer) confidence += 0.15;
    imposer = placeMention(actor);
  }
  if (!imposer) {
    // "U.S. President Donald Trump imposed …": a person of known jurisdiction as the subject.
    // Not one who only judges it ("The Prime Minister welcomed the final duty of 5.9% on
    // Canadian canola seed").
    const subject = within(doc.people, s.start, verbAt).at(-1);
    if (subject?.jurisdiction && !JUDGED_AFTER.test(text.slice(subject.end, subject.end + 40))) {
      imposer = personMention(subject);
      confidence += 0.15;
    }
  }
  const label = imposer ? null : labelPlace(doc, told.index);
  if (
    label &&
    !roles.targets.some((t) => t.code === label.place.code) &&
    (label.topic || HOME_BODY.test(text.slice(s.start, verbAt + 1)))
  ) {
    // "• Mexico. The economy ministry raised its tariff …": a newsletter's item names the
    // country whose bodies it then names bare; "* Brazil: glass fibre fabric from China. Gecex
    // decided to raise …": the country heading the item's topic acts in it, before the home
    // of the text's other items' bodies.
    imposer = placeMention(label.place);
    confidence += 0.1;
  }
  if (
    !imposer &&
    home !== null &&
    !roles.targets.some((t) => t.code === home) &&
    !namesBackForeign(told, home) &&
    (HOME_BODY.test(text.slice(s.start, verbAt + 1)) ||
      HOME_INSTRUMENT.test(sentence) ||
      instrumentItem(doc, told.index))
  ) {
    // "NEW DELHI: The finance ministry has imposed …": the body of the dateline's country, or
    // of the one country whose bodies the text names; never on goods of its own ("the
    // commerce ministry set duties on EU pork" under a Brussels dateline is not the EU's).
    imposer = syntheticMention(home, s.start);
    confidence += 0.1;
  }
  if (
    !imposer &&
    reading.notice !== null &&
    !roles.targets.some((t) => t.code === reading.notice) &&
    NOTICE_PASSIVE.test(text.slice(s.start, s.end)) &&
    !LEADS_INTO_LIST.test(text.slice(s.start, s.end))
  ) {
    // "GOVERNMENT GAZETTE, REPUBLIC OF SOUTH AFRICA … a duty is imposed on frozen fowl
    // originating in Brazil": a notice's act told with no actor is its country's. A line that
    // leads into a list of rates ("Duties will be levied at the following rates:") is read
    // with the list.
    imposer = syntheticMention(reading.notice, s.start);
    confidence += 0.1;
  }
  let targets: Mention[] = roles.targets.map(placeMention);
  const named = imposer ? undefined : namedBefore(doc, drafts, told.clause);
  if (named?.candidate.imposer) {
    // "The fentanyl tariff doubles to 20%": the measure told before by that name.
    imposer = named.candidate.imposer;
    confidence += 0.1;
  }
  const byGoods = imposer ? undefined : goodsNamedBefore(doc, drafts, told.clause);
  if (byGoods?.candidate.imposer) {
    // "The duty on canola seed was lowered to 15%": the measure told before on those goods.
    imposer = byGoods.candidate.imposer;
    confidence += 0.1;
  }
  if (!imposer && BLOC_SUBJECT.test(sentence) && doc.places.some((p) => p.code === 'EU')) {
    // "The bloc imposed countervailing duties of 17% on BYD …" in a text about the EU.
    imposer = syntheticMention('EU', s.start);
    confidence += 0.1;
  }
  const pronounFor =
    !imposer && PRONOUN_SUBJECT.test(sentence)
      ? (recent?.subject ?? subjectBefore(doc, told.index))
      : null;
  // "At home, Santiago has grown more protective. Chinese steel balls were slapped with duties
  // of 31.4%": an act in the passive with no agent is that of the country the sentence before
  // opens with as its subject.
  const passiveFor =
    !imposer && !pronounFor && AGENTLESS_PASSIVE.test(sentence)
      ? subjectBefore(doc, told.index, true)
      : null;
  if (passiveFor) {
    imposer = placeMention(passiveFor);
    confidence += 0.1;
  }
  if (pronounFor) {
    // "Beijing opened the case weeks after Ottawa put a surtax on EVs. In March it added
    // tariffs on …": "it" is the subject of the sentence before, not the party recalled;
    // "Brussels has held its fire. On April 10 it suspended …": the subject of a sentence
    // before that told no measure.
    imposer = placeMention(pronounFor);
    confidence += 0.1;
  }
  if (!imposer) {
    // A party carried over is not one the sentence names as the goods' origin ("… 34% on
    // Chinese goods" after China's own act).
    const origin = roles.targets.some(
      (t) =>
        t.code === recent?.imposer?.jurisdiction &&
        (t.via === 'demonym' ||
          ORIGIN_BEFORE.test(text.slice(Math.max(s.start, t.start - 30), t.start))),
    );
    // After a measure recalled in a subordinate clause ("India notified duties, a month after
    // Washington raised its tariff to 50%"), the passage goes on about the main clause's subject.
    const subject = recent?.subject ? placeMention(recent.subject) : null;
    const carried = origin ? null : (subject ?? recent?.imposer ?? null);
    // The imposer is not one of the sentence's targets ("… on imports from Canada and
    // Mexico and … on goods from China": none of the three imposes).
    const other =
      targets.length > 0
        ? ranked.find(
            (c) =>
              !targets.some((t) => t.jurisdiction === c) &&
              !sentenceRoles.targets.some((t) => t.code === c),
          )
        : undefined;
    // "… are being sold in the United States at less than fair value": the market a dumping
    // finding names imposes the duties on it, before a guess from the text's main parties.
    const market = dumpingMarket(doc);
    const marketImposes = market !== null && !targets.some((t) => t.jurisdiction === market.code);
    // A notice's own acts are its country's, before a guess from the text's main parties.
    const notice =
      reading.notice !== null && !targets.some((t) => t.jurisdiction === reading.notice)
        ? reading.notice
        : undefined;
    imposer =
      carried ??
      (marketImposes ? placeMention(market) : null) ??
      (notice !== undefined ? syntheticMention(notice, s.start) : null) ??
      (other !== undefined ? syntheticMention(other, s.start) : null);
    if (imposer) confidence += 0.1;
  }
  targets = blocOnly(targets.filter((t) => t.jurisdiction !== imposer?.jurisdiction));
  const actTargets = (recent?.targets ?? []).map((t) => t.jurisdiction ?? '');
  // "Under the ruling, Denmark's Vesterby Foods faces a duty of 9.6%": rates of companies of
  // the bloc an act just told targets, in a sentence naming no imposer, are that act's.
  const companyRates = !roles.imposer && told.rates.some((r) => r.producer !== undefined);
  if (
    (told.continues || companyRates) &&
    withinBloc(
      targets.map((t) => t.jurisdiction ?? ''),
      actTargets,
    )
  )
    targets = recent?.targets ?? [];
  const topic =
    targets.length === 0 && told.continues
      ? topicOrigin(reading, told, imposer?.jurisdiction ?? null)
      : null;
  if (topic) {
    targets = [placeMention(topic)];
    confidence += 0.1;
  }
  if (targets.length === 0) {
    const carried = (recent?.targets ?? []).filter((t) => t.jurisdiction !== imposer?.jurisdiction);
    const pair = ranked.slice(0, 3);
    // "Beijing suspended its tariff on lobsters" in a text about Nova Scotia's exporters: the
    // province's country, before a guess from the text's main parties.
    const region = regionIn(sentence)?.code ?? reading.regionHome;
    const other = !imposer
      ? undefined
      : region !== null && region !== imposer.jurisdiction
        ? region
        : pair.find((c) => c !== imposer.jurisdiction);
    if (carried.length > 0) targets = carried;
    else if (other !== undefined) targets = [syntheticMention(other, s.start)];
    if (targets.length > 0) confidence += 0.1;
  }
  return { imposer, targets, confidence };
}

/**
 * The country or capital that opens the sentence before `index` as its subject, if any (with
 * `pastFronted`, after a short phrase set before it: "At home, Santiago …"); a demonym opening
 * it names goods ("Japanese separators were hit …"), not who acts.
 */
function subjectBefore(doc: Doc, index: number, pastFronted = false): PlaceMention | null {
  const before = doc.sentences[index - 1];
  if (!before) return null;
  const fronted = pastFronted
    ? (FRONTED_PHRASE.exec(doc.text.slice(before.start, before.end))?.[0].length ?? 0)
    : 0;
  const subject = leadSubject(doc, before.start + fronted, before.end);
  return subject?.via === 'demonym' ? null : subject;
}

/** A short phrase set before a sentence's subject: "At home, ", "Meanwhile, ". */
const FRONTED_PHRASE = /^(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+/u;
/** An act in the passive with no agent: "were slapped with duties", "was hit with a 31% duty". */
const AGENTLESS_PASSIVE =
  /\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:slapped|hit)\s+with\b(?![^.;]*\bby\s+\p{Lu})/u;

/** An item of a list opening with its verb: "- reduces the surtax on …", "(a) removes …". */
const VERB_ITEM = /^\s*(?:[-•\x95*–\x96]|\(?[a-z\d]{1,2}[.)])\s+(?:also\s+)?\p{Ll}+s\b/u;
/** A list's lead-in naming an instrument as the subject of its items: "The Order", "This Decree:". */
/** An act told with no actor: "… is imposed on imports of …", "… shall be levied …". */
const NOTICE_PASSIVE =
  /\b(?:is|are|shall be|will be|has been|have been)\s+(?:hereby\s+)?(?:imposed|levied|introduced|applied|set|reduced|raised|increased|eliminated|removed|suspended|lifted|amended)\b/i;

/** A line that leads into a list: it ends with a colon. */
const LEADS_INTO_LIST = /:\s*$/;

const INSTRUMENT_LEAD =
  /^\s*(?:The|This)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:Order|Regulations?|Decree|Notification|Decision|Resolution|Proclamation|Amendments?)\s*:?\s*$/u;
/** How many items a list may have before the one read. */
const ITEM_REACH = 12;

/**
 * Whether sentence `index` is an item of a list whose items are the verbs of an instrument
 * named in its lead-in ("The Order / - reduces the surtax on … / - removes …"): the instrument
 * of the text's home country acts in each.
 */
function instrumentItem(doc: Doc, index: number): boolean {
  const item = (k: number) => {
    const s = doc.sentences[k];
    return s !== undefined && VERB_ITEM.test(doc.text.slice(s.start, s.end));
  };
  if (!item(index)) return false;
  for (let k = index - 1; k >= Math.max(0, index - ITEM_REACH); k--) {
    if (item(k)) continue;
    const lead = doc.sentences[k];
    return lead !== undefined && INSTRUMENT_LEAD.test(doc.text.slice(lead.start, lead.end));
  }
  return false;
}

/**
 * An item's label naming only a country: "• Mexico.", "3. Chile:", "Peru —"; or a country and,
 * after a colon, the item's topic: "* Brazil: glass fibre fabric from China." (the country
 * the topic names after it is the goods' origin).
 */
const PLACE_LABEL = /^\s*(?:[•\x95*–\x96-]|\d{1,2}[.)])?\s*$/;
const LABEL_END = /^\s*[.:—\x97–\x96-]?\s*$/;
const TOPIC_AFTER = /^:\s+[^:;]{1,80}$/;

/**
 * The country the sentence before `index` names as an item's label, and whether the label
 * gives the item's topic after it; null if none.
 */
function labelPlace(doc: Doc, index: number): { place: PlaceMention; topic: boolean } | null {
  const prev = doc.sentences[index - 1];
  if (!prev || prev.end - prev.start > 100) return null;
  const [p, other] = within(doc.places, prev.start, prev.end);
  if (!p || !PLACE_LABEL.test(doc.text.slice(prev.start, p.start))) return null;
  const after = doc.text.slice(p.end, prev.end);
  if (TOPIC_AFTER.test(after)) return { place: p, topic: true };
  return !other && prev.end - prev.start <= 40 && LABEL_END.test(after)
    ? { place: p, topic: false }
    : null;
}

/** Where dumped goods are sold: "sold in the United States at less than fair value". */
const SOLD_IN_BEFORE = /\b(?:sold|dumped|imported)\s+(?:in|into)\s+(?:the\s+)?$/i;
const UNFAIR_PRICE_AFTER =
  /^\s+(?:at\s+(?:less\s+than\s+(?:fair|normal)\s+value|dumped\s+prices|below\s+(?:fair|normal)\s+value))\b/i;
const markets = new WeakMap<Doc, PlaceMention | null>();

/** The market a dumping finding of the text names, if any (see SOLD_IN_BEFORE). */
function dumpingMarket(doc: Doc): PlaceMention | null {
  const known = markets.get(doc);
  if (known !== undefined) return known;
  const { text } = doc;
  const found =
    doc.places.find(
      (p) =>
        SOLD_IN_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) &&
        UNFAIR_PRICE_AFTER.test(text.slice(p.end, p.end + 40)),
    ) ?? null;
  markets.set(doc, found);
  return found;
}
