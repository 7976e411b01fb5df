/**
 * The places of a sentence that may be parties of its measure, and the parties of a measure told
 * inside another act: not the places of an answered act opening the sentence, of a producer's
 * name or of the markets goods are sold in; the parties of a measure recalled in a subordinate
 * clause, or told as someone's decision ("Trump's decision to impose …").
 */
import type { Doc } from './doc.ts';
import type { RolesOf } from './measure-reading.ts';
import { rolesAtMeasure, type Roles } from './measure-roles.ts';
import type { PlaceMention } from './places.ts';
import type { RateHit } from './rates.ts';
import type { Range, Sentence } from './sentences.ts';

/**
 * A sentence opening with the act it answers, up to its first comma: "In response to Ottawa's
 * surtax on Chinese EVs, …", "He Yongqian: In retaliation for …, …".
 */
const ANSWERED_OPENING =
  /^(?:[^:,.]{1,40}:\s+)?(?:In\s+(?:response|reply|answer|retaliation)\s+(?:to|for|against)|Responding\s+to|Retaliating\s+(?:for|against))\s+[^,;]+,/;

/**
 * The act answered inside a sentence, up to the means of the answer: "India retaliated against
 * the U.S. steel tariffs on Thursday by raising …", "Ottawa hit back at Beijing's duties by
 * imposing …".
 */
const ANSWERED_INSIDE =
  /\b(?:retaliat(?:ed|es|ing)|hit back|hits back|struck back|strikes back|fired back|responded|responds|answered|answers)\s+(?:against|at|to|for)\s+(?:[^,;.]|(?<=\b\p{Lu})\.){1,120}?\s(?=by\s+\p{Ll}+ing\b)/u;

/**
 * Where the act a sentence answers lies, when every rate lies after it (else an empty stretch
 * at the sentence's start): at its opening ("In response to Ottawa's surtax on Chinese EVs,
 * Beijing imposed a 100% tariff on Canadian canola": China on Canada) or inside it, up to the
 * means of the answer. Its places are the parties of the measure answered, not of the act told.
 */
export function answeredStretch(text: string, s: Sentence, rates: readonly RateHit[]): Range {
  const sentence = text.slice(s.start, s.end);
  const opening = ANSWERED_OPENING.exec(sentence);
  const inside = opening ? null : ANSWERED_INSIDE.exec(sentence);
  const stretch = opening
    ? { start: s.start, end: s.start + opening[0].length }
    : inside
      ? { start: s.start + inside.index, end: s.start + inside.index + inside[0].length }
      : null;
  return stretch && rates.length > 0 && rates.every((r) => r.start >= stretch.end)
    ? stretch
    : { start: s.start, end: s.start };
}

/**
 * Whether a place opens or ends the name of a rate's producer ("Danish Crown will pay 19.8%",
 * "Westmark Canada will pay 14.1%"): it names no party.
 */
export function inProducerName(text: string, r: RateHit, p: PlaceMention): boolean {
  const name = r.producer;
  if (!name?.includes(' ')) return false;
  if (text.startsWith(name, p.start)) return true;
  const at = text.lastIndexOf(name, r.start);
  return at >= 0 && at < p.start && p.end === at + name.length;
}

/** Where goods are sold, before a place: "markets in", "buyers in", "customers of the". */
const MARKET_BEFORE =
  /\b(?:markets?|buyers|customers|consumers|outlets)\s+(?:in|of)\s+(?:the\s+)?$/i;
/** Between the places of a list: ", ", " and ", ", and the ". */
const LIST_BETWEEN = /^(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?$/;

/**
 * The places that may be parties: not those named as markets where goods go ("pushed them
 * into markets in the Philippines and Vietnam"), nor the places listed with them.
 */
export function notMarkets(text: string, places: readonly PlaceMention[]): PlaceMention[] {
  const kept: PlaceMention[] = [];
  let market: PlaceMention | null = null;
  for (const p of places) {
    const before = text.slice(Math.max(0, p.start - 30), p.start);
    const listed: boolean = market !== null && LIST_BETWEEN.test(text.slice(market.end, p.start));
    market = MARKET_BEFORE.test(before) || listed ? p : null;
    if (!market) kept.push(p);
  }
  return kept;
}

/**
 * A subordinate clause opening with a government named by its noun alone as its subject:
 * "…, a week after the federal government announced a 100% surtax on …".
 */
const BODY_SUBJECT =
  /^\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:government|administration|authorities|ministry|cabinet|commission|department|agency)\s+(?:has\s+|had\s+|also\s+)?(?:\w+ed|put|set|cut|hit)\b/i;

/**
 * The parties of a measure recalled in a subordinate clause that names its own subject ("…,
 * a month after Washington raised its tariff on Indian steel pipes to 50%"): read in that
 * clause only, the main clause's places being those of another act. A clause whose subject
 * is a government named without its country ("…, after the federal government announced a
 * 100% surtax on electric vehicles made in China") gives its origins only. Null when the
 * clause names no subject of its own.
 */
export function recalledRoles(
  doc: Doc,
  clause: Range,
  places: readonly PlaceMention[],
): Roles | null {
  const own = places.filter((p) => p.start >= clause.start && p.start < clause.end);
  const roles = own.length > 0 ? rolesAtMeasure(doc, own, clause.start, clause.end) : null;
  if (roles?.imposer) return roles;
  return BODY_SUBJECT.test(doc.text.slice(clause.start, clause.end))
    ? { imposer: null, targets: roles?.targets ?? [] }
    : null;
}

/**
 * Whose decision the act is: "Trump's decision, announced yesterday, to impose", "Washington's
 * move to raise", "the Japanese side's decision to raise". The words from "decision" on, up
 * to the measure, are the act's.
 */
const DECISION_OF =
  /(?:\s+(?:side|government|administration|authorities|cabinet))?(?:'s|[’\x92]s)\s+(?:[\w-]+\s+)?(?:decision|order|move|announcement|determination)(?:,[^,;.]{0,100},)?\s+to\s+[^,;.]{0,60}$/i;

/**
 * The parties of a measure told as someone's decision to act ("Brazil's government scrambled
 * to respond to Trump's decision, announced yesterday, to impose a 50% tariff on all goods
 * from Brazil"): the country whose decision it is imposes, or the person's (left to the
 * person read as the act's subject, or to the text's other party), on the places named after
 * the measure's word; those before it act in another clause. Null when the measure is no
 * one's decision.
 */
export function decidedRoles(
  doc: Doc,
  s: Sentence,
  measureAt: number,
  places: readonly PlaceMention[],
  rolesOf: RolesOf,
): Roles | null {
  if (measureAt < s.start) return null;
  const m = DECISION_OF.exec(doc.text.slice(s.start, measureAt));
  if (!m) return null;
  const at = s.start + m.index;
  const place = places.find((p) => p.end === at);
  const person = doc.people.find((p) => p.end === at);
  if (!place && !person) return null;
  const owner = place?.code ?? person?.jurisdiction ?? null;
  const after = rolesOf(
    places.filter((p) => p.start > measureAt),
    measureAt,
  );
  return {
    imposer: place ?? null,
    targets: after.targets.filter((t) => t.code !== owner),
  };
}
