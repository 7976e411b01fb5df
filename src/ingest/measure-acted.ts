/**
 * The measure a sentence with no rate acts on: the first measure's word whose clause does
 * something to it (imposes, lifts, puts it in force, exempts goods from it, sets its rates anew
 * in a review) or recalls an earlier act by its owner ("after the EU's duties on …"); not a
 * measure only kept in place, nor duties "raised" as an issue.
 */
import { isQuoted, within, type Doc } from './doc.ts';
import { ACT, ACT_ON_OTHER, INVESTIGATION, MEASURE_WORDS, NEGATED } from './measure-acts.ts';
import { clauseAround, inTitle } from './measure-clauses.ts';
import { IMPOSER_RELATIVE_AFTER } from './measure-recall.ts';
import type { Range, Sentence } from './sentences.ts';

/**
 * A participle telling what a finding on a measure did to its rates: "the results of its review
 * of the duty order on Thai shrimp, lowering the rates for the two exporters".
 */
const RATES_CHANGED_AFTER =
  /^[\w-]+[^.;]{0,100}?,\s+(?:lowering|raising|reducing|cutting|increasing|revising)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:rates?|dut(?:y|ies)|margins?)\b/i;

/**
 * A measure whose act an appositive recalls: "The duty on Canadian pork, imposed on the same
 * day last March, is not affected."
 */
const APPOSITIVE_ACT_AFTER =
  /^[\w-]+[^,.;]{0,60},\s+(?:first\s+)?(?:imposed|levied|placed|introduced|slapped)\s+(?:on|in|last|since|from)\b/i;
/**
 * An item of a list of changes: the measure and its goods, a colon, then what was done to it
 * ("Indian duty on US almonds in shell: scrapped, effective November 10", "Tariff on Thai
 * rice: suspended until June").
 */
const LABELLED_ACT_AFTER =
  /^[\w-]+[^.;:]{0,120}:\s+(?:\w+ly\s+)?(?:removed|scrapped|lifted|suspended|eliminated|abolished|withdrawn|terminated|waived|imposed|introduced|extended)\b/i;

/** A measure taking effect: an act on it even with no verb of imposing. */
const IN_FORCE =
  /\b(?:(?:enter\w*|c[ao]me|comes|coming) into (?:force|effect)|t[ao]ok effect|takes effect|kick(?:s|ed)? in)\b/i;
/** "The measures are therefore revoked": a passive act, its verb far after the measure's word. */
const PASSIVE_ACT =
  /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+|therefore\s+|also\s+|now\s+)?(?:revoked|lifted|removed|suspended|scrapped|terminated|withdrawn|repealed|rescinded|imposed|raised|reduced|extended)\b/i;

/**
 * An earlier act recalled as the cause or the start of what the sentence tells, its owner
 * written before the measure: "after the EU's countervailing duties on …", "in retaliation for
 * Washington's tariffs on …", "since Ottawa's surtaxes on …". The owner is a place written
 * in the possessive (checked by `ownedRecall`): "after EU duties on …" names no one act.
 */
const RECALLED_OWNED_BEFORE =
  /\b(?:after|following|since|in\s+(?:response|reply|answer|retaliation)\s+(?:to|for|against)|retaliat\w*\s+(?:for|against)|respond\w*\s+to)\s+(?:the\s+)?(?<owner>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’\x92]s\s+(?:(?:new|recent|own|earlier|definitive|provisional|temporary|additional|extra|steep|hefty|punitive|retaliatory|safeguard|emergency|[\w-]+-dumping|countervailing|anti-subsidy|import|export)\s+){0,3}$/du;
/** The measure's word followed by what it covers: "… duties on …", "… surtaxes against …". */
const COVERS_AFTER = /^\s+(?:on|against)\s/i;

/**
 * Whether the measure's word at `at` is an earlier act the sentence recalls by its owner: a
 * place right before it (RECALLED_OWNED_BEFORE) and goods or a target right after it. A
 * measure's state ("China's tariffs remain") has no such cue and is left out.
 */
function ownedRecall(doc: Doc, s: Sentence, at: number, word: string): boolean {
  const { text } = doc;
  if (!COVERS_AFTER.test(text.slice(at + word.length, at + word.length + 10))) return false;
  const from = Math.max(s.start, at - 90);
  const owner = RECALLED_OWNED_BEFORE.exec(text.slice(from, at))?.indices?.groups?.['owner'];
  if (owner === undefined) return false;
  const [start, end] = [from + owner[0], from + owner[1]];
  return within(doc.places, start, end).some((p) => p.start === start && p.end === end);
}

/**
 * A measure kept as it is, its keeping written before it: "has kept in place since last year
 * its ban on …", "maintains its duties on …". A state, not an act.
 */
const KEPT_BEFORE_MEASURE =
  /\b(?:kept|keeps|keep|keeping|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)\b(?:\s+in\s+place)?(?:\s+[\w-]+){0,5}\s+$/i;
/** Who raises an issue, right before "raised": "the minister", "the EU side", "she". */
const RAISER_BEFORE =
  /\b(?:minister|premier|president|leaders?|officials?|chancellor|side|delegation|envoy|ambassador|negotiators?|he|she)\s+(?:also\s+)?$/i;
/**
 * A person as the subject of a sentence whose verbs are coordinated ("The Prime Minister
 * underlined …, and raised the duties that remain on …"): what a person raises is an issue.
 */
const PERSON_SUBJECT =
  /^(?:The\s+)?(?:(?:Prime|Deputy|Vice|Foreign|Trade|Finance)\s+)?(?:Minister|Premier|President|Chancellor|Secretary|Commissioner|Ambassador)\b[^;]*\band\s+(?:also\s+)?$/;

/** A day set off by commas right before the measure: "suspended, from 1 March, the tariffs". */
const DATE_ASIDE_END =
  /,\s+(?:with\s+effect\s+)?(?:from|on|as\s+of|effective|starting)\s+[^,;.]{1,30},\s+(?=(?:[\w-]+\s+){0,3}$)/i;

/**
 * The clause of the measure's word at `at` with a day set off by commas before it read as if it
 * were not there ("China suspended, from 1 March, the additional tariffs on …"); empty without
 * such a day.
 */
function acrossDate(text: string, s: Range, at: number): string {
  const lead = text.slice(Math.max(s.start, at - 120), at);
  const aside = DATE_ASIDE_END.exec(lead);
  if (!aside) return '';
  const before = lead.slice(0, aside.index);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const rest = lead.slice(aside.index + aside[0].length);
  return `${before.slice(clauseStart)} ${rest}${text.slice(at, Math.min(s.end, at + 40))}`;
}

/**
 * Without a rate, a clause that names a measure must do something to it: the offset of the
 * first measure's word whose clause acts on it, or null when none does, or when what was
 * "raised" is an issue ("the prime minister raised the duties on canola"), not a rate.
 */
export function actedMeasureAt(doc: Doc, s: Sentence): number | null {
  const { text } = doc;
  const sentence = text.slice(s.start, s.end);
  let measureAt: number | null = null;
  MEASURE_WORDS.lastIndex = 0;
  for (
    let w = MEASURE_WORDS.exec(sentence);
    w !== null && measureAt === null;
    w = MEASURE_WORDS.exec(sentence)
  ) {
    const at = s.start + w.index;
    if (isQuoted(doc, at) || inTitle(text, s.start, at)) continue;
    const around = clauseAround(text, Math.max(s.start, at - 50), Math.min(s.end, at + 40), at);
    // "… duties on battery electric vehicles imported from China entered into force": the
    // verb of taking effect may stand far after the measure's word, across its goods.
    const wide = clauseAround(text, Math.max(s.start, at - 50), Math.min(s.end, at + 140), at);
    const inForce = IN_FORCE.test(wide) && !NEGATED.test(wide);
    const passive =
      PASSIVE_ACT.test(wide) ||
      APPOSITIVE_ACT_AFTER.test(text.slice(at, s.end)) ||
      LABELLED_ACT_AFTER.test(text.slice(at, s.end)) ||
      RATES_CHANGED_AFTER.test(text.slice(at, s.end));
    // The noun is no act: "a separate 50% U.S. levy" levies nothing; nor is a verb acting on
    // something else ("withdrew its complaint about the tariffs").
    const noun = (clause: string) =>
      (/^lev(?:y|ies)$/i.test(w[0]) ? clause.replace(w[0], '') : clause).replace(ACT_ON_OTHER, '');
    const acts =
      ACT.test(noun(around)) ||
      ACT.test(noun(acrossList(doc, s, at))) ||
      ACT.test(noun(acrossDate(text, s, at))) ||
      EXEMPTED_FROM.test(text.slice(Math.max(s.start, at - 150), at)) ||
      REVIEW_RESULTS_BEFORE.test(text.slice(Math.max(s.start, at - 90), at));
    // A recalled act is told by its cue, whatever the clause around it denies or probes.
    if (ownedRecall(doc, s, at, w[0])) measureAt = at;
    else if (
      (acts || inForce || passive) &&
      !KEPT_BEFORE_MEASURE.test(text.slice(Math.max(s.start, at - 60), at)) &&
      !NEGATED.test(around) &&
      !INVESTIGATION.test(around)
    )
      measureAt = at;
  }
  if (measureAt === null) return null;
  const raised = /\braised\b/i.exec(sentence);
  // "raised the duties that Beijing imposed on pork": the relative clause tells the act.
  const actAfter = IMPOSER_RELATIVE_AFTER.test(text.slice(measureAt, s.end));
  if (raised && !actAfter && !/\b(?:rais\w*)\s+(?:\w+\s+){0,3}(?:to|by)\s+\d/i.test(sentence)) {
    const who = text.slice(Math.max(s.start, s.start + raised.index - 40), s.start + raised.index);
    const person = within(doc.people, s.start, s.start + raised.index).at(-1);
    if (
      (person && s.start + raised.index - person.end < 25) ||
      RAISER_BEFORE.test(who) ||
      PERSON_SUBJECT.test(text.slice(s.start, s.start + raised.index))
    )
      return null;
  }
  return measureAt;
}

/**
 * Goods exempted from a measure, however long their name: "exempted American aluminum ingots
 * bought by Quebec foundries from that counter-tariff".
 */
const EXEMPTED_FROM =
  /\bexempt(?:s|ed|ing)?\s+[^,;.]{0,120}?\bfrom\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?$/i;

/**
 * The results of a review of duties, which set their rates anew: "released the final results
 * of its seventh administrative review of anti-dumping duties on …" ("asked for a review of the
 * duties" sets nothing).
 */
const REVIEW_RESULTS_BEFORE =
  /\b(?:final|preliminary)\s+results\s+of\s+(?:(?:its|the|their|an?)\s+)?(?:[\w-]+\s+){0,3}?review\s+of\s+(?:the\s+)?$/i;

/** Between two items of a list: ", ", ", and ". */
const LIST_COMMA = /^,\s+(?:and\s+)?$/;

/** True when the comma at `i` joins two goods of a list ("wine, spirits and cork"). */
function goodsListComma(doc: Doc, i: number): boolean {
  const before = within(doc.products, i - 40, i).at(-1);
  const after = within(doc.products, i, i + 40)[0];
  return (
    before?.end === i && after !== undefined && LIST_COMMA.test(doc.text.slice(i, after.start))
  );
}

/**
 * The clause of the measure's word at `at` read back through a list of goods before it, to
 * the verb that acts on them ("exempted EU wine, spirits and cork from the reciprocal
 * tariff"); empty when no such list comes before it.
 */
function acrossList(doc: Doc, s: Sentence, at: number): string {
  const { text } = doc;
  const from = Math.max(s.start, at - 100);
  const to = Math.min(s.end, at + 40);
  const joined = clauseAround(text, from, to, at, (i) => goodsListComma(doc, i));
  return joined === clauseAround(text, from, to, at) ? '' : joined;
}
