/**
 * Where a sentence tells of its measure, and what it tells there: the measure's own clause (not
 * a subordinate one that names a measure of its own, nor the rate it is compared with), and the
 * kind and act read in it, a threat reaching only as far as the words that tell the act.
 */
import {
  MEASURE_WORD,
  THREAT,
  actAfterThreat,
  actionOf,
  isAddition,
  kindOf,
  onlyAskedAbout,
  stays,
  type Action,
} from './measure-acts.ts';
import { measureClause, ratedPart } from './measure-clauses.ts';
import { COMPARED_TAIL } from './measure-own-rates.ts';
import type { RateHit } from './rates.ts';
import type { Range, Sentence } from './sentences.ts';

/** Where a sentence tells of its measure. */
interface Stretch {
  /** the measure's own clause (see measureClause) */
  readonly clause: Range;
  /** where what the sentence says of the measure ends, before a rate it is compared with */
  readonly measureEnd: number;
  /** the first rate, or the measure's word when it comes first */
  readonly firstAnchor: number;
  /** the measure is recalled in a subordinate clause, not told by the main one */
  readonly recalled: boolean;
  /** the main clause names a measure of its own before the recalled one */
  readonly mainNamed: boolean;
}

/**
 * The measure's own clause: what follows ", a week after …" or ", while …" tells of something
 * else, and its words (another measure's kind, verb or goods) are not read. The clause runs
 * from the first rate (or the measure's word) to the last one; what it says of the measure
 * stops where it turns to a rate it is compared with ("…, down from the 32% Trump had
 * threatened").
 */
export function measureStretch(
  text: string,
  s: Sentence,
  rates: readonly RateHit[],
  measureAt: number,
): Stretch {
  // "India notified duties on 29 products, a month after Washington raised its tariff on
  // steel pipes to 50%": rates in a subordinate clause that names a measure of its own are
  // that measure's, not the one the main clause names first.
  const own = ratesClause(text, s, rates);
  const at = own && measureAt < own.start ? -1 : measureAt;
  const anchor = Math.max(rates.at(-1)?.end ?? -1, at);
  const firstAnchor = rates[0] ? Math.min(rates[0].start, at >= 0 ? at : rates[0].start) : at;
  const read =
    anchor >= 0 ? measureClause(text, s, firstAnchor, anchor) : { start: s.start, end: s.end };
  // "… the suspension of the measures, which include duties of up to 50%": the act is the
  // main clause's, read from the clause before.
  const clause = describes(text, s, read)
    ? { start: measureClause(text, s, Math.max(s.start, read.start - 10)).start, end: read.end }
    : read;
  const compared = COMPARED_TAIL.exec(text.slice(anchor, clause.end));
  const measureEnd = compared ? anchor + compared.index : clause.end;
  // A measure recalled in a subordinate clause ("…, a week after Ottawa announced surtaxes
  // on …") is dated by its own clause only, not by the main clause's verb.
  return {
    clause,
    measureEnd,
    firstAnchor,
    recalled: clause.start > s.start,
    mainNamed: at !== measureAt,
  };
}

/** The subordinate clause that holds every rate, when it names a measure of its own. */
function ratesClause(
  text: string,
  s: Sentence,
  rates: readonly RateHit[],
): { start: number; end: number } | null {
  const [first, last] = [rates[0], rates.at(-1)];
  if (!first || !last) return null;
  const clause = measureClause(text, s, first.start, last.end);
  return clause.start > s.start &&
    !describes(text, s, clause) &&
    MEASURE_WORD.test(text.slice(clause.start, clause.end))
    ? clause
    : null;
}

/** The opening of a relative clause: ", which", ", that". */
const DESCRIBING_RELATIVE = /,\s*(?:which|that)\s*$/i;
/** The verb of a relative clause that only says what a measure holds: "include", "cover". */
const DESCRIBING_VERB =
  /^\s*(?:include[sd]?|cover(?:s|ed)?|comprise[sd]?|consist(?:s|ed)?\s+of|range[sd]?|reach(?:es|ed)?)\b/i;

/**
 * Whether a clause is a relative clause that only says what the measure before it holds:
 * "the suspension of the rebalancing measures, which include additional duties of up to 50%
 * on …". Its rates are those of the main clause's act.
 */
const describes = (text: string, s: Range, clause: Range) =>
  clause.start > s.start &&
  DESCRIBING_RELATIVE.test(text.slice(Math.max(s.start, clause.start - 10), clause.start)) &&
  DESCRIBING_VERB.test(text.slice(clause.start, clause.end));

/**
 * The kind of the measure and the act the sentence writes on it, read in the measure's own
 * clause from `actFrom` (with coordinated acts, "scrapped … and cut … to 10%", in the part
 * that holds the rates): a threat before the measure's end (only in that clause when relief
 * is sought from the measure) makes it threatened, even in a sentence that goes on about the
 * act before ("It is scheduled to fall further, to 40%"); else a continuing sentence keeps
 * the act it continues (`continued`). "… suspended its 24% levy, leaving a 10%
 * tariff in place": the rate that stays is the measure after the act, reduced; the part
 * suspended is not a rate of its own.
 */
export function readAct(
  text: string,
  s: Sentence,
  rates: readonly RateHit[],
  clause: Range,
  measureEnd: number,
  actFrom: number,
  relief: boolean,
  continued: Action | null,
) {
  const part = rates.length > 0 ? ratedPart(text, s, rates) : null;
  const actEnd = threatScopeEnd(text, s, rates, measureEnd);
  const ownClause = part
    ? text.slice(Math.max(part.start, clause.start, actFrom), Math.min(part.end, actEnd))
    : text.slice(Math.max(clause.start, actFrom), actEnd);
  const kind = kindOf(ownClause);
  let sentenceAction: Action = THREAT.test(relief ? ownClause : text.slice(s.start, actEnd))
    ? (actedAfterThreat(text, s, rates) ?? 'threatened')
    : onlyAskedAbout(text, s, rates)
      ? 'threatened'
      : (continued ?? actionOf(ownClause, kind));
  let ratesOfAct = rates;
  const staying = rates.filter((r) => stays(text, s, r));
  const removed = rates.filter((r) => !staying.includes(r));
  if (staying.length > 0 && (sentenceAction === 'suspended' || sentenceAction === 'lifted')) {
    // "removed the additional 40% tariff, leaving only the 10% duty": an addition removed is
    // a measure of its own gone in full; the duty under it stays as it was, with no act.
    if (removed.length > 0 && removed.every((r) => isAddition(text, s, r))) ratesOfAct = removed;
    else {
      ratesOfAct = staying;
      sentenceAction = 'reduced';
    }
  }
  return { part, kind, sentenceAction, rates: ratesOfAct };
}

/**
 * A past act told in an opening time clause: "When Beijing slapped a 100% tariff on canola
 * oil last March, critics said Canada could not win", "Since China's 100% tariff on canola meal
 * took effect on March 20, crushers had been shipping as much as they could". What the main
 * clause says after it (its "could") does not make the act a threat.
 */
const OPENING_TIME_CLAUSE =
  /^(?:When|After|Ever since|Since)\s+[^,;]{0,160}?\b(?:\w+ed|put|set|cut|hit|slapped|imposed|took\s+effect|came\s+into\s+(?:force|effect))\b[^,;]{0,120},/i;

/** The act of a sentence's first rate when a threat told before it is followed by an act. */
function actedAfterThreat(text: string, s: Sentence, rates: readonly RateHit[]): Action | null {
  const first = rates[0];
  return first ? actAfterThreat(text.slice(s.start, first.start)) : null;
}

/**
 * Later steps of a phased change told after its rates: "…, with further reductions phased
 * in over the next decade", "…, and further cuts to follow". Their future is not the act's.
 */
const FURTHER_STEPS_AFTER =
  /,\s+(?:with|and)\s+(?:(?:further|more|additional|later)\s+)(?:reductions?|cuts?|increases?|rises?|steps?|tranches?|phases?|stages?)\b/i;
/**
 * A main clause of its own coordinated after the rates, with a subject and a finite verb:
 * "…, and Congress is considering extending them to textiles", "…, and Beijing could raise it
 * further", "…, and Peruvian officials have proposed a quota", or one told by others ("…, and
 * officials say it is considering …"); also a predicate of the same subject, or one whose
 * subject is the duty itself ("…, and could raise it further if talks fail", "…, and the rate
 * will keep falling over the next decade"). What it says may be a threat; the act told before
 * it is not.
 */
const OWN_CLAUSE_AFTER =
  /,\s+(?:and|but)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’\x92'-]*\s+){1,3}(?:\p{Ll}+s\s+)?(?:is|are|has|have|could|would|will|may|might|plans?|wants?)\b|,\s+(?:and|but)\s+(?:\p{L}+\s+){1,3}?(?:say|says|said)\s|,\s+(?:and|but)\s+(?:(?:it|they|the\s+(?:[\w-]+\s+)?(?:rates?|dut(?:y|ies)|tariffs?|lev(?:y|ies)|surtax(?:es)?|surcharges?))\s+)?(?:also\s+)?(?:is|are|could|would|will|may|might|plans?)\s/u;

/**
 * Where the words that tell a sentence's act on its measure end: the end of an opening time
 * clause that holds all its rates, else the start of later steps or of a main clause of its
 * own told after its rates (see FURTHER_STEPS_AFTER, OWN_CLAUSE_AFTER), else the end of the
 * measure's stretch.
 */
function threatScopeEnd(
  text: string,
  s: Sentence,
  rates: readonly RateHit[],
  measureEnd: number,
): number {
  const opening = OPENING_TIME_CLAUSE.exec(text.slice(s.start, measureEnd));
  const last = rates.at(-1);
  if (!opening && last && last.end < measureEnd) {
    const tail = text.slice(last.end, measureEnd);
    const later = FURTHER_STEPS_AFTER.exec(tail) ?? OWN_CLAUSE_AFTER.exec(tail);
    if (later) return last.end + later.index;
  }
  if (!opening || rates.length === 0) return measureEnd;
  const end = s.start + opening[0].length;
  return rates.every((r) => r.end <= end) ? end : measureEnd;
}
