/**
 * The rates a sentence sets for its measure, told from those it only names: a rate given for
 * comparison ("down from the 32% …", "to 10% from 26%"), a total ("a combined 80.5%"), a
 * provisional rate the final duties replace, and a rate said to stay as it is ("the 20% tariff
 * stays", "are still paying the 15% tariff"), with the rates listed beside it that share its state.
 */
import { ACT, MEASURE_WORD, changeIn, stays, untouched } from './measure-acts.ts';
import { IMPOSER_RELATIVE_AFTER } from './measure-recall.ts';
import { ABOVE_BELOW_NOT_QUOTA, sameStateAs, type RateHit } from './rates.ts';
import type { Sentence } from './sentences.ts';

/**
 * A measure said to stay as it is: "the 20% tariff stays", "… remains in place", "… was unchanged",
 * "… has been in place since March", "… had been in place since last November", "the 75% duty still
 * makes …", "the 50% tariff on copper still exempts cathodes" (what it covers, told as it stands),
 * "…, which range up to 35.3%, remain in force", "the 40% tariff on wine, which has been in force
 * since January, will stay" (the main clause's verb; a relative clause ending the sentence, "…'s
 * 50% tariffs, which remain in force", only describes a measure recalled), also when quoted ("the
 * 15% rate "will remain unchanged""), also after an aside or the rest of a list of rates ("…, in
 * place since last October, remains the core of …", "…, at 17% for BYD and 35.3% for SAIC, remain
 * fully in force"). A clause joined after the rate ("received 4.58%, while the other rate stays at
 * 25.76%") tells of another measure.
 */
const STATE_AFTER =
  /^(?!,?\s+(?:while|whereas|but|and)\s),?\s+(?:[\w.'’\x92%-]+(?:,\s+(?!which\b|that\b)|\s+)){0,24}?(?:[\w'’\x92-]+,\s+(?:which|that)\s+[^,.;]{0,60},\s+)?["“\x93]?(?<verb>stays?|remains?|will (?:stay|remain)|(?:is|are) still in (?:place|force)|(?:is|are|was|were) (?:left )?unchanged|(?:is|are|was|were|will be) (?:unaffected|not affected)\b(?!\s+and\b)|(?:has|have|had) (?:been|stayed|remained) in (?:place|force)|still (?:makes?|leaves?|weighs?|appl(?:y|ies)|exempts?|excludes?|spares?|covers?))\b/i;

/** Where a sentence joins a clause of its own: ", and the …", "; ". */
const CLAUSE_JOIN = /(?:,\s+(?:and|but|while|whereas)|;)\s+/g;

/**
 * A verb in the present telling how a measure stands, not an act on it: "The 100% tariffs
 * Beijing applies to Canadian canola oil remain in place".
 */
const APPLIES_NOW = /\b(?:applies|apply|charges|collects)\b/gi;
/**
 * A measure brought up, its rate written: "said he had raised the 10% tariff that still
 * applies to pork" raised an issue, not the rate.
 */
const RAISED_ISSUE =
  /\braised\s+(?=(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|per ?cent|percent))/gi;
/** "levy" as the measure's noun, no act: "the 15% levy", "a new levy", "its levy". */
const LEVY_NOUN = /(?:%|\b(?:the|a|an|its|their|this|that))\s+(?:[\w-]+\s+)?levy\b/gi;

/**
 * A verb of saying and its "that", which report the clause after them: "the agency confirmed
 * that the 25% surtax remains in place" tells a state, not an act of confirming.
 */
const REPORTS_THAT =
  /\b(?:confirm(?:s|ed|ing)?|announc(?:es|ed|ing)|said|says|noted|stated|added|told\s+(?:[\w.'’\x92-]+\s+){1,3}?)\s+that\s+/gi;

/**
 * Goods hit by a measure, in an aside before what they go on to do: "Chilean wine, hit by 40%
 * tariffs in May, remains shut out of Peru" recalls the act; the state is the goods'.
 */
const HIT_BY = /\b(?:hit|struck)\s+(?:by|with)\b/i;

/**
 * Whether a rate's measure is said to stay as it is (see STATE_AFTER) with no act written in
 * its own clause: "The 25% duty on pork is cut to 10%, and the 5% levy on wheat remains" (the
 * 5% is a state, the 25% and 10% are not), "the agency confirmed that the 25% surtax remains in
 * place" (what is reported is a state).
 */
export function stateOnly(text: string, s: Sentence, r: RateHit): boolean {
  const m = STATE_AFTER.exec(text.slice(r.end, Math.min(s.end, r.end + 200)));
  const verb = m?.groups?.['verb'];
  if (!m || verb === undefined) return false;
  let from = s.start;
  const before = text.slice(s.start, r.start);
  for (const re of [CLAUSE_JOIN, REPORTS_THAT])
    for (const j of before.matchAll(re)) from = Math.max(from, s.start + j.index + j[0].length);
  const told = text.slice(from, r.end + m[0].length - verb.length);
  return (
    !ACT.test(told.replace(APPLIES_NOW, '').replace(LEVY_NOUN, '').replace(RAISED_ISSUE, '')) &&
    !HIT_BY.test(told)
  );
}

/**
 * A measure said to go on as it was: "the 40% tariff on copper continues to apply", "The 25%
 * surtax on steel, which took effect on March 13, 2025, is not affected by this notice and
 * continues to apply", "The 25% surtax on vehicles, in place since April 9, also continues to
 * apply"; not one whose aside recalls the act that put it in place ("…, which Washington
 * imposed on July 30, continues to apply": a recalled act).
 */
const GOES_ON_AFTER =
  /^(?:,?\s+(?:[\w'’\x92-]+\s+){0,8}?|(?:(?!\d{1,3}(?:\.\d+)?\s*%)[^.;]){0,160}?\b(?:is|are)\s+not\s+affected\b[^.;]{0,40}?\band\s+|(?:(?!\d{1,3}(?:\.\d+)?\s*%|\b(?:imposed|took\s+effect|entered\s+into\s+force|came\s+into\s+force|introduced)\b)[^.;]){0,160}?,\s+(?:also\s+)?)continues?\s+to\s+(?:apply|be\s+(?:applied|collected|levied|charged|in\s+force))\b/i;

/**
 * A measure still borne, or a level it stood at: "are still paying the baseline 15% tariff",
 * "still face Peru's 25% duty", "remains subject to a 10% tariff", "continue to bear duties of
 * 8%", "Ordinary duties on lobster had stood at up to 20%", "The deposits had run as high as 71%",
 * "The U.S. keeps its 20% tariff on most Vietnamese goods".
 */
const STILL_BORNE_BEFORE =
  /\b(?:(?:still\s+(?:pay(?:s|ing)?|fac(?:e|es|ing)|subject to|bear(?:s|ing)?)|remains?\s+subject\s+to|continues?\s+to\s+(?:pay|face|bear)|(?:keeps|kept|maintains|maintained|retains|retained)\s+(?:its|their|the))\s+(?:[\w.'’\x92-]+\s+){0,3}$|(?:had\s+)?(?:(?:stood|sat|hovered)\s+at|(?:run|ran)\s+as\s+high\s+as)\s+(?:up\s+to\s+|around\s+|about\s+)?$)/i;

/**
 * Whether a rate is one its payers still bear, written with no act: not when the act that put
 * it in place is recalled right after it ("still faces the 25% tariff Beijing imposed a year
 * ago").
 */
function stillBorne(text: string, s: Sentence, r: RateHit): boolean {
  if (!STILL_BORNE_BEFORE.test(text.slice(Math.max(s.start, r.start - 50), r.start))) return false;
  const word = MEASURE_WORD.exec(text.slice(r.end, Math.min(s.end, r.end + 40)));
  return !word || !IMPOSER_RELATIVE_AFTER.test(text.slice(r.end + word.index, s.end));
}

/** Whether a rate is left as it is: one that stays after the act, or one still borne. */
export function leftAsIs(text: string, s: Sentence, r: RateHit): boolean {
  return stays(text, s, r) || stillBorne(text, s, r);
}

/** A total written as an appositive: "… and a 6.9% duty on barley, a combined 80.5%". */
const COMBINED_BEFORE = /\b(?:a\s+)?(?:combined|cumulative|total of)\s+$/i;

/** Words that open a range of rates: both ends are rates in force. */
const RANGE_BEFORE = /\b(?:rang(?:e|es|ed|ing)|vary|varies|varying)\s+from\s+$/i;
/**
 * Where a sentence turns to the rate a measure is compared with: ", down from the 32% …", or
 * to a duty it is added to: ", on top of the standard 10% car tariff". The rate compared
 * (COMPARISON) may be either end of a range: "down from deposits of 15.6% to 62.4%"; so is the
 * rate a change is told from ("Officials described the reduction, from 35 per cent, as …").
 */
export const COMPARED_TAIL =
  /,?\s+(?:down|up) from\b|\b(?:instead of|compared (?:with|to)|rather than)\b|,\s+(?:on top of|in addition to)\b/i;
export const COMPARISON = new RegExp(
  String.raw`\b(?:${ABOVE_BELOW_NOT_QUOTA}|compared (?:with|to)|down from|up from|than|instead of|replac\w*)\b[^.%]{0,45}(?:\d{1,3}(?:\.\d{1,2})?\s*%\s*(?:to|and|-|[–\x96])\s*)?$|\b(?:against|versus|vs\.?)\s+(?:just\s+|only\s+)?$|\bfrom\s+(?:as\s+(?:much|high)\s+as|up\s+to)\s+$|\b(?:reduction|cut|increase|rise|hike|drop|fall|decrease)s?,?\s+from\s+$`,
  'i',
);

/** A rate of provisional duties: "provisional deposits of up to 62.4%". */
const PROVISIONAL_BEFORE =
  /\bprovisional\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:up\s+to\s+|as\s+(?:much|high)\s+as\s+)?$/i;
/**
 * Deposits taken at the provisional rate, now settled against the final one: "deposits
 * collected at the provisional rate of 75.8% will be recalculated".
 */
const COLLECTED_PROVISIONAL_BEFORE =
  /\b(?:collected|paid|posted|taken)\s+(?:(?:cash\s+)?deposits?\s+)?at\s+(?:the\s+)?provisional\s+(?:rates?|levels?)\s+of\s+(?:up\s+to\s+)?$/i;
/** Final duties set in the same sentence. */
const FINAL_DUTIES =
  /\b(?:final|definitive)\s+(?:[\w-]+\s+){0,2}?(?:dut(?:y|ies)|rates?|tariffs?)\b/i;

/**
 * A provisional rate told with the final duties that replace it ("will levy final duties of
 * between 4.9% and 19.8% …, after provisional deposits of up to 62.4% were imposed in
 * September"), or the rate deposits were collected at before the final one
 * (COLLECTED_PROVISIONAL_BEFORE): the old rate, given for comparison.
 */
function replacedProvisional(text: string, s: Sentence, r: RateHit): boolean {
  const before = text.slice(Math.max(s.start, r.start - 50), r.start);
  return (
    (PROVISIONAL_BEFORE.test(before) && FINAL_DUTIES.test(text.slice(s.start, r.start))) ||
    COLLECTED_PROVISIONAL_BEFORE.test(before)
  );
}

/**
 * The old rate written after the new one: "to 75% from 150%", "to 10% from the 26% rate",
 * "cut to 10% within a quota, from rates of up to 110%".
 */
const OLD_AFTER_NEW =
  /\bto\s+\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)(?:[^.;%]{0,40}?,)?\s+from\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:(?:rates?|levels?|dut(?:y|ies)|tariffs?)\s+of\s+)?(?:(?:as\s+(?:much|high)\s+as|up\s+to)\s+)?$/i;

/** A rate as written, read or not: "20%", "25 per cent". */
const RATE_WRITTEN = /\d\s*(?:%|per ?cent\b|percent\b)/i;

/**
 * Where the measure of a sentence's rates is named when a clause of its own told before them
 * names a rate that is not read (a state, a total): "Chilean goods still face the 20% tariff, and Peruvian
 * wine still carries a 10% Chilean duty imposed in March" tells of the 10% duty in the clause
 * after "and", its parties there. Else `measureAt` as it was.
 */
export function pastStateClause(
  text: string,
  s: Sentence,
  rates: readonly RateHit[],
  measureAt: number,
): number {
  const first = rates[0];
  if (!first || measureAt < 0 || measureAt >= first.start) return measureAt;
  let join = -1;
  for (const m of text.slice(measureAt, first.start).matchAll(CLAUSE_JOIN))
    join = measureAt + m.index + m[0].length;
  if (join < 0 || !RATE_WRITTEN.test(text.slice(s.start, join))) return measureAt;
  const word = MEASURE_WORD.exec(text.slice(join, s.end));
  return word ? join + word.index : measureAt;
}

/**
 * The words between a rate said to stand as it is and a second duty of the same list, which
 * shares that state: "left untouched the 100% tariff on canola oil and the 25% duty on pork".
 */
const LISTED_SAME = /^(?:\s+[\w.'’\x92-]+){0,6}?\s+and\s+(?:the|its|their)\s+$/i;
/** A verb in the words between two duties of a list: each then has a clause of its own. */
const VERB_BETWEEN = /\b(?:is|are|was|were|will|would|has|have|had|remains?|stays?)\b/i;

/**
 * Whether the words between two rates make the second share the state of the first: a second
 * duty of the same list, or one said to stand the same way ("… remains in place, as does the
 * 100% surtax on steel").
 */
function sharesState(between: string): boolean {
  if (sameStateAs(between)) return true;
  return LISTED_SAME.test(between) && !VERB_BETWEEN.test(between) && !ACT.test(between);
}

/** The rates of a sentence that `state` holds, with those that share their state (sharesState). */
function withShared(
  text: string,
  found: readonly RateHit[],
  state: (r: RateHit) => boolean,
): Set<RateHit> {
  const held = new Set(found.filter(state));
  found.forEach((r, i) => {
    const prev = found[i - 1];
    if (prev && held.has(prev) && sharesState(text.slice(prev.end, r.start))) held.add(r);
  });
  return held;
}

/**
 * The rates a sentence sets for its measure: not a rate given for comparison ("from 145% to
 * 30%", "to 10% from the 26% rate", "up from 84%", "down from the 100% surtax"), not a total
 * ("a combined 80.5%"), and not a
 * rate said only to stay as it is when the sentence acts on nothing ("The 20% tariff stays.",
 * "leaves the 40% duty in place").
 */
export function ratesOfMeasure(
  text: string,
  s: Sentence,
  sentence: string,
  found: readonly RateHit[],
): RateHit[] {
  let rates = found.filter(
    (r) =>
      !COMPARISON.test(text.slice(Math.max(s.start, r.start - 60), r.start)) &&
      !COMBINED_BEFORE.test(text.slice(Math.max(s.start, r.start - 20), r.start)) &&
      !OLD_AFTER_NEW.test(text.slice(Math.max(s.start, r.start - 90), r.start)),
  );
  // "ranging from 27.91% to 38.02%" is a range (two rates); "from 145% to 30%" a change.
  rates = rates.filter(
    (r) =>
      !(
        /\bfrom\s+$/i.test(text.slice(r.start - 6, r.start)) &&
        /^\s*to\s+\d/.test(text.slice(r.end, r.end + 6)) &&
        !RANGE_BEFORE.test(text.slice(Math.max(s.start, r.start - 30), r.start))
      ),
  );
  rates = rates.filter((r) => !replacedProvisional(text, s, r));
  const states = withShared(text, found, (r) => stateOnly(text, s, r) || untouched(text, s, r));
  rates = rates.filter((r) => !states.has(r));
  rates = rates.filter((r) => !GOES_ON_AFTER.test(text.slice(r.end, Math.min(s.end, r.end + 220))));
  // "… and the order leaves the 40% duty in place on other goods", "are still paying the 15%
  // tariff": with no change written, a rate left in place is a state.
  const staying = withShared(text, found, (r) => leftAsIs(text, s, r));
  if (staying.size > 0 && changeIn(sentence) === null) rates = rates.filter((r) => !staying.has(r));
  // "cutting to zero … the 35% import duty on pickup trucks": the duty named with its rate is
  // the one cut, and its rate the old one.
  if (rates.some((r) => r.bp === 0 && ZERO_WORD.test(r.text)))
    rates = rates.filter(
      (r) =>
        r.bp === 0 || !THE_RATE_BEFORE.test(text.slice(Math.max(s.start, r.start - 12), r.start)),
    );
  return rates;
}

/** A rate of nothing written as a word: the "zero" of "cut to zero". */
const ZERO_WORD = /^zero$/i;
/** A rate named with its duty as a known one: "the 35% import duty", "its 25% tariff". */
const THE_RATE_BEFORE = /\b(?:the|its|their)\s+$/i;
