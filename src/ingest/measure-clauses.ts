/**
 * The stretches of a sentence a measure is read in: the measure's own clause (up to a
 * subordinate break), the clauses between commas that may carry their own dates, the parts
 * between coordinated acts, and the words that are no part of it (titles, quoted speech).
 */
import type { Doc } from './doc.ts';
import { MEASURE_WORD } from './measure-acts.ts';
import type { RateHit } from './rates.ts';
import type { Range } from './sentences.ts';

/**
 * The clause around an offset: between the nearest commas, semicolons or sentence ends. A
 * comma `joins` says is no break (one between the items of a list) is read through.
 */
export function clauseAround(
  text: string,
  from: number,
  to: number,
  at: number,
  joins: (comma: number) => boolean = () => false,
): string {
  const breaks = (i: number) => /[;:]/.test(text[i] ?? '') || (text[i] === ',' && !joins(i));
  let a = at;
  while (a > from && !breaks(a - 1)) a--;
  let b = at;
  while (b < to && !breaks(b)) b++;
  return text.slice(a, b);
}
/**
 * True when the word at `at` is part of a title in capitals, not prose: "makes the annexed
 * Order Imposing a Surtax on Certain Goods" names an instrument; it does not impose anything.
 */
export function inTitle(text: string, sentenceStart: number, at: number): boolean {
  if (at === sentenceStart || !/^\p{Lu}/u.test(text.slice(at, at + 1))) return false;
  const before = text
    .slice(Math.max(sentenceStart, at - 40), at)
    .split(/\s+/)
    .filter(Boolean);
  const [prev = '', last = ''] = before.slice(-2);
  return /^\p{Lu}/u.test(last) || (/^(?:a|an|the|of|on)$/.test(last) && /^\p{Lu}/u.test(prev));
}

/**
 * True when the offset lies in quoted speech. A name in quotation marks ("in the matter of
 * "Insoluble Sulphur"") is not speech: its goods are the measure's.
 */
export const inSpeech = (doc: Doc, at: number) =>
  doc.quoted.some(
    (q) => q.start <= at && at < q.end && doc.text.slice(q.start, q.end).split(/\s+/).length > 3,
  );

/**
 * A break that opens a clause about something else: a subordinate clause ("…, a week after Ottawa
 * declined to lift its surtaxes", "…, which", "…, as"), a coordinated clause of its own ("…, and
 * has trimmed its purchases of Russian crude", "…, and that a separate 25% surtax would follow",
 * "…, and officials have said a case on Vietnamese sheet is under review"), an appositive that
 * comments on the act ("…, a concession cork producers sought", "…, a measure officials described
 * as …", "…, in what officials called a first step", "…, in Beijing's first response to …", "…, in
 * a move aimed at Washington", "…, in a decision that importers warned would raise costs"), a
 * participle telling how the act stands to earlier ones ("…, broadening the measures it took last
 * year on steel", "…, adding to …", "…, on top of …") or what it does or means ("…, closing a case
 * that Brussels described as a reprisal for its curbs on Chinese EVs", "…, citing …", "…, handing
 * Lula a win") or a semicolon. With no comma: a threat told as a predicate of its own after the act
 * ("… condemned the 100% surtax and warned it would take steps"), and so is a demand ("… imposed a
 * 25% surtax and called for Beijing's tariffs to be scrapped", "… named the 100% tariff and asked
 * that it be lifted": what it asks for is no act); "after", "when", "since" or "because" before a
 * named subject and its past verb ("… with new duties after Washington doubled its tariff on …";
 * not when the verb acts on the measure itself: "… free of the 25% tariff after Washington lifted it") or
 * before a party's possessive ("… after Ottawa's surtaxes on …"); a purpose or a condition ("… to
 * lift its surtax on EVs so that Beijing would end its tariffs on canola", "… in return for …", "…
 * unless …"); and "in response to" ("… hit canola in response to the surtaxes Ottawa had placed on
 * …", "… were a legitimate response to the 100% surtax Canada imposed on …").
 */
const SUBORDINATE =
  /[,;]\s+(?:(?:a|one|two|three|several|some|just|only)\s+(?:day|week|month|year)s?\s+(?:after|before)|(?:days|weeks|months|hours|years)\s+(?:after|before)|after|before|since|when|as|because|following|amid|despite|whereas|while|although|though|but|which|who|in what|in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:move|step|bid|signal|gesture|effort|attempt|decision|ruling)|in\s+(?:[\w.'’\x92-]+\s+){0,3}?(?:response|retaliation|reply|answer)\s+(?:to|for)|and\s+(?:has|have|had|that)|and\s+(?:officials|ministers|analysts|traders|exporters|producers|industry\s+groups|diplomats|they|it)\s+(?:have\s+|had\s+)?(?:said|say|says|warned|noted|expect|expected|hope|hoped|fear|feared)\b|(?:a|an)\s+(?:[\w-]+\s+)?(?:concession|move|step|blow|reprieve|reversal|setback|victory|boost|relief|gesture|measure|decision)\b|broadening|expanding|widening|adding\s+to|building\s+on|on\s+top\s+of|mirroring|echoing|closing|capping|citing|saying|arguing|describing|marking|signall?ing|deepening|escalating|prompting|sparking|triggering|reviving|reigniting|completing|concluding|underscoring|highlighting|angering|handing|delivering|dashing|fuell?ing|stoking|intensifying|inflaming)\b|;|,?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:warned|threatened|vowed|asked|urged|called|pressed|demanded|requested|insisted|appealed)\b|\s(?:after|when|since|because)\s+(?=(?:the\s+)?[A-Z][\w.'’\x92-]*(?:\s+[A-Z][\w.'’\x92-]*)?\s+(?:had\s+|has\s+)?\w+ed\b(?!\s+(?:it|them)\b))|\s(?:after|following|since)\s+(?=(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’\x92]s\s)|\s(?:in response to|in retaliation for|so that|in order that|in (?:return|exchange) for|on condition that|provided that|unless)\s|\s(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:response|answer|reply|retaliation)\s+(?:to|for)\s/gi;

/**
 * The clause of a sentence that holds [first, last]: from the subordinate break before
 * `first` (or the sentence start) to the first one after `last` (or the sentence end). A
 * subordinate clause a comma closes before `first` ("…, following the tribunal's finding …,
 * duties are imposed") opens no clause of the measure's.
 */
export function measureClause(
  text: string,
  s: Range,
  first: number,
  last: number = first,
): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  let relative = false;
  // Read in the sentence alone: a sentence with no break does not send the search on
  // through the rest of the text.
  const sentence = text.slice(s.start, s.end);
  SUBORDINATE.lastIndex = 0;
  for (let m = SUBORDINATE.exec(sentence); m !== null; m = SUBORDINATE.exec(sentence)) {
    const at = s.start + m.index;
    // "…, following the finding of the tribunal …, duties are imposed": a clause closed by a
    // comma before the measure is no clause of the measure's.
    const closed = /,\s/.test(text.slice(at + m[0].length, first));
    if (at + m[0].length <= first) {
      if (!closed) {
        start = at + m[0].length;
        relative = RELATIVE_OPENING.test(m[0]);
      }
    } else if (at >= last) {
      // "A 12% duty on paper, which had been in place since 2024, was suspended": an aside
      // between commas leaves the measure's clause going on to its verb.
      if (ASIDE_THEN_VERB.test(sentence.slice(m.index))) continue;
      end = at;
      break;
    }
  }
  // "The duties, which replace a deposit lowered to 15% in March, apply from Thursday": the
  // relative clause ends at the comma before the main clause's verb.
  const closing = relative ? RELATIVE_CLOSED.exec(text.slice(last, end)) : null;
  if (closing) end = last + closing.index;
  return { start, end };
}

/**
 * A relative clause between commas, then the verb of the clause it interrupts: passive ("…,
 * which Ottawa imposed in 2024, was lifted"), or one of ending that takes no object ("…, which
 * Beijing imposed in March, ended on Sunday").
 */
const ASIDE_THEN_VERB =
  /^,\s+(?:which|who)\b[^,;.]*,\s+(?:(?:was|were|is|are|(?:has|have|had|will)\s+been|will\s+be)\s+(?:\w+ly\s+)?\w+ed\b|(?:ended|expired|lapsed|came\s+off|fell\s+away|disappeared|ceased\s+to\s+apply|no\s+longer\s+appl(?:y|ies))\b)/i;

/** A relative clause's opening: ", which", ", who". */
const RELATIVE_OPENING = /^,\s+(?:which|who)\b/i;
/** The comma closing a relative clause before the main clause's verb: "…, apply from …". */
const RELATIVE_CLOSED =
  /,\s+(?=(?:will\s+|shall\s+|would\s+)?(?:apply|applies|applied|take|takes|took|come|comes|came|enter|enters|entered|remain|remains|remained|run|runs|stay|stays|stayed|are|is|were|was|be|start|starts|started|kick|kicks|kicked)\b)/i;

/** The break that opens the stretch after a rate: ", and", "; ", ", while". */
export const OPENING_BREAK = /^\s*(?:[,;]\s*)?(?:(?:and|while|whereas|but)\b)?/;

/** Breaks between the clauses of a sentence that may each carry their own date. */
const CLAUSE_BREAK = /,\s|;\s|\s(?:while|whereas)\s/g;

/** The clauses of a sentence, split at commas, semicolons and "while". */
export function clausesOf(text: string, s: Range) {
  const bounds = [s.start];
  CLAUSE_BREAK.lastIndex = 0;
  const sentence = text.slice(s.start, s.end);
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence))
    bounds.push(s.start + m.index);
  bounds.push(s.end);
  return bounds.slice(1).map((end, i) => ({ start: bounds[i] ?? s.start, end }));
}

export const holds = (c: { start: number; end: number }, r: RateHit) =>
  r.start >= c.start && r.start < c.end;

/** The clause that holds `rate` and no other rate, if there is one. */
export function exclusiveClause(
  text: string,
  s: Range,
  rates: readonly RateHit[],
  rate: RateHit,
): { start: number; end: number } | undefined {
  const mine = clausesOf(text, s).find((c) => holds(c, rate));
  return mine && !rates.some((r) => r !== rate && holds(mine, r)) ? mine : undefined;
}

/**
 * A coordinated clause with a verb of its own: "… and cut the surtax …", "; it also lifted …",
 * "… to 15% and drop duties on …".
 */
const COORDINATED =
  /\s+(?:and|while|but)\s+(?=(?:(?:has|have|will|also|then)\s+)?(?:impos|slap|levi|plac|rais|increas|hik|doubl|reduc|lower|cut|slash|suspend|paus|lift|remov|scrap|dropp?|eliminat|repeal|revok|end|waiv|exempt|halv|abolish|terminat)\w*\b)|;\s+/gi;

/**
 * A coordinated clause with a subject and a verb of its own: "…, and Britain has removed …",
 * "… while Ottawa lifted …" (the subject a capitalised name).
 */
const COORDINATED_SUBJECT =
  /,?\s+(?:and|while|but)\s+(?=(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s+(?:(?:has|have|had|will|also|then)\s+)?(?:impos|slap|levi|plac|rais|increas|hik|doubl|reduc|lower|cut|slash|suspend|paus|lift|remov|scrap|dropp?|eliminat|repeal|revok|end|waiv|exempt|halv|abolish|terminat)\w*\b)/gu;

/**
 * A coordinated clause whose subject is a measure acted on in the passive: "…, and its duties
 * on UK-made medical devices have been removed".
 */
const COORDINATED_PASSIVE =
  /,\s+and\s+(?=(?:its|their|the)\s+[^,.;]{1,60}?\s+(?:has|have|had|will)\s+(?:also\s+)?been\s+(?:remov|lift|scrap|eliminat|suspend|cut|reduc|lower|rais|increas|doubl|halv|waiv)\w*\b)/gi;

/** The parts of a sentence between coordinated acts. */
export function coordinatedParts(text: string, s: Range) {
  const sentence = text.slice(s.start, s.end);
  const cuts = new Set<number>();
  for (const re of [COORDINATED, COORDINATED_SUBJECT, COORDINATED_PASSIVE])
    for (const m of sentence.matchAll(re)) cuts.add(s.start + m.index);
  const bounds = [s.start, ...[...cuts].sort((a, b) => a - b), s.end];
  return bounds.slice(1).map((end, i) => ({ start: bounds[i] ?? s.start, end }));
}

/**
 * The coordinated part that holds every rate, when the sentence has several parts and
 * another of them acts on a measure too; null otherwise.
 */
export function ratedPart(
  text: string,
  s: Range,
  rates: readonly RateHit[],
): { start: number; end: number } | null {
  const parts = coordinatedParts(text, s);
  if (parts.length < 2) return null;
  const holding = parts.filter((p) => rates.some((r) => r.start >= p.start && r.start < p.end));
  const only = holding.length === 1 ? holding[0] : undefined;
  if (!only) return null;
  const others = parts.filter((p) => p !== only);
  return others.some((p) => MEASURE_WORD.test(text.slice(p.start, p.end))) ? only : null;
}
