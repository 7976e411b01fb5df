/**
 * The candidate one rate group of a sentence makes: its act (the group's own verb or threat when
 * the sentence has several), its parties, its goods (or those named before: "the products
 * concerned"), its rates and confidence, and its dates, a rate with a time or a cause of its own
 * dated by its own words only; one with no party is on the case named above it.
 */
import type { Flag, ProductMention } from './candidates.ts';
import { clampConfidence, isQuoted, productMention, span, within, type Doc } from './doc.ts';
import type { ProductHit } from './lexicon.ts';
import {
  THREAT,
  actAfterThreat,
  actionOf,
  changeIn,
  groupAction,
  kindOf,
  threatOnlyAfter,
  type Action,
} from './measure-acts.ts';
import { coordinatedParts } from './measure-clauses.ts';
import { OWN_TIME, clauseDates, datesOf } from './measure-dates.ts';
import { setDate, type Draft } from './measure-drafts.ts';
import { announce, inherit, takeEffect } from './measure-group-dates.ts';
import { goodsOf, type Group } from './measure-groups.ts';
import { COMPARISON } from './measure-own-rates.ts';
import { groupParties } from './measure-parties.ts';
import type { Reading, Told } from './measure-reading.ts';
import type { Roles } from './measure-roles.ts';
import type { Range } from './sentences.ts';
import { contextBefore, goodsBefore } from './measure-tables.ts';

/**
 * Goods named before: "on the products concerned", "the subject goods", "such goods", "on
 * those imports". Rates set for companies with no goods of their own are on the goods of the
 * case told before.
 */
const GOODS_REFERENCE =
  /\b(?:(?:the|such|these|those)\s+(?:products|goods|merchandise|imports)(?:\s+concerned|\s+in question)?|subject (?:goods|merchandise|products))\b/i;
/**
 * The act of one rate group: with several groups, the verb of its own stretch ("will cut …
 * to 10% and remove its 25% tariff"), read from the conjunct that holds its rate when it
 * writes one (see ownConjunct), or the threat it writes ("has threatened to raise …")
 * unless an act follows it ("…, imposed a 20% tariff"); a threat told only after it ("… and
 * has floated duties of up to 200%") leaves it the act it writes.
 */
function groupActOf(told: Told, groups: readonly Group[], group: Group): Action {
  const { text, s, rates, clause, sentenceAction } = told;
  if (groups.length <= 1 || told.continues) return sentenceAction;
  const lastRate = rates.at(-1)?.end ?? s.end;
  const stretch = text.slice(Math.max(group.from, clause.start), group.to);
  // "…, imposed a 20% tariff on wine and has threatened to raise …": a threat in the group's
  // own stretch holds for it unless an act follows the threat there.
  if (THREAT.test(stretch)) return actAfterThreat(stretch) ?? 'threatened';
  const own = ownConjunct(
    stretch,
    (group.rates[0]?.start ?? group.to) - Math.max(group.from, clause.start),
  );
  return groupAction(
    own !== null && changeIn(own) !== null ? own : stretch,
    sentenceAction === 'threatened' && threatOnlyAfter(text, s, group.to, lastRate)
      ? actionOf(text.slice(s.start, group.to), told.kind)
      : sentenceAction,
  );
}

/**
 * A new conjunct opening with a noun phrase ("…, and the tariff of 25% on pork"), written
 * between the rate before and a group's own.
 */
const NEW_CONJUNCT = /,?\s+(?:and|while|but|whereas)\s+(?=(?:the|its|their|a|an)\s)/gi;

/**
 * The conjunct of a group's stretch that holds its first rate, when a conjunct opening with a
 * noun phrase starts before it: "the tariff of 100% on peas will be suspended, and the tariff
 * of 25% on pork will be reduced to 10%": the act of the 25% is read after "and", not in the
 * verb told of the peas.
 */
function ownConjunct(stretch: string, rateAt: number): string | null {
  let from = -1;
  for (const m of stretch.matchAll(NEW_CONJUNCT))
    if (m.index + m[0].length <= rateAt) from = m.index + m[0].length;
  return from < 0 ? null : stretch.slice(from);
}

/** The measure an act answers, told after it: "in retaliation for Lima's 40% duty". */
const CAUSE_BEFORE =
  /\b(?:in\s+(?:retaliation|response|reply|answer)\s+(?:for|to)|(?:answering|retaliating\s+for))\b[^.;]{0,80}$/i;

/**
 * The goods of one rate group: the lexicon's, else the words of the text ("on Indian goods");
 * with none, goods named before ("the products concerned", or company rates with no goods of
 * their own) are those of the nearest sentence above naming any.
 */
function groupGoods(
  doc: Doc,
  lastGroup: readonly Draft[],
  told: Told,
  groups: readonly Group[],
  group: Group,
): ProductMention[] {
  const { text, s, rates, clause } = told;
  const goods =
    group.products.length > 0
      ? group.products
      : [goodsOf(text, s, rates, group, groups.length > 1 ? null : clause)].filter(
          (p): p is ProductHit => p !== null && !isQuoted(doc, p.start),
        );
  if (
    goods.length > 0 ||
    !(
      GOODS_REFERENCE.test(text.slice(clause.start, clause.end)) ||
      group.rates.some((r) => r.producer !== undefined)
    )
  )
    return goods.map(productMention);
  // Rates set for producers of a measure told without its rate a few sentences back are on its
  // goods, not on those of the sentences between.
  const awaited = told.continues && told.recent && told.index - told.recent.sentence > 2;
  const continued = awaited ? continuedGoods(lastGroup) : [];
  return continued.length > 0 ? continued : goodsBefore(doc, told.index);
}

/** The goods of the measures a sentence goes on about, each once. */
function continuedGoods(group: readonly Draft[]): ProductMention[] {
  const goods = group.flatMap((d) => d.candidate.products);
  return goods
    .filter((p, i) => goods.findIndex((q) => q.span.start === p.span.start) === i)
    .map((p) => ({ ...p, hs: [...p.hs] }));
}

/**
 * The candidate of rate group `g` of a sentence, with its parties, goods and dates; null when
 * it has neither a party nor a rate.
 */
/**
 * The kind one of several rate groups names in its own coordinated act: "cut its anti-dumping
 * duty on canola seed to 5.9% and will lift its 100% tariff on peas" is an anti-dumping duty
 * and a tariff. Null for a lone group, or a part that names no kind ("duties" alone names none).
 */
function ownKind(text: string, s: Range, groups: readonly Group[], group: Group) {
  const first = group.rates[0];
  if (groups.length < 2 || !first) return null;
  const parts = coordinatedParts(text, s);
  const part =
    parts.length > 1 ? parts.find((p) => p.start <= first.start && first.start < p.end) : undefined;
  const words = part ? text.slice(part.start, part.end) : '';
  const kind = kindOf(words);
  // "scrapped its 80.5% duties on barley": a duty of no kind named keeps the sentence's.
  return kind === 'tariff' && !/\btariffs?\b/i.test(words) ? null : kind;
}

export function groupDraft(
  reading: Reading,
  told: Told,
  groups: readonly Group[],
  g: number,
  roles: Roles,
): Draft | null {
  const { doc } = reading;
  const { text, s, index, rates, kind, dates } = told;
  const group = groups[g];
  if (!group) return null;
  const action = groupActOf(told, groups, group);
  const { imposer, targets, confidence } = groupParties(reading, told, roles);
  if (imposer === null && targets.length === 0 && rates.length === 0) return null;

  // One of several rates told with a time of its own ("…, after it placed a 100% surtax on
  // EVs last year") is dated by its own stretch only: the day of another clause is not its day.
  const ownTime = groups.length > 1 && OWN_TIME.test(text.slice(group.dateFrom, group.dateTo));
  const stretchDates = () =>
    datesOf(doc, within(doc.dates, group.dateFrom, group.dateTo), group.dateFrom);
  // "…, imposed on Monday in retaliation for Lima's 40% duty": the measure an act answers is
  // dated by the words from the cause on only.
  const first = group.rates[0];
  const cause =
    groups.length > 1 && g > 0 && first
      ? CAUSE_BEFORE.exec(text.slice(group.from, first.start))
      : null;
  const causeFrom = cause ? group.from + cause.index : -1;
  const own = cause
    ? datesOf(doc, within(doc.dates, causeFrom, group.dateTo), causeFrom)
    : ownTime
      ? stretchDates()
      : groups.length > 1
        ? (clauseDates(doc, s, rates, group.rates[0]) ?? stretchDates())
        : dates.read;
  // A rate given for comparison ("down from the 100% surtax") keeps only its own dates too.
  const ownOnly =
    ownTime ||
    cause !== null ||
    (group.rates.length === 1 &&
      group.rates[0] !== undefined &&
      COMPARISON.test(
        text.slice(Math.max(s.start, group.rates[0].start - 60), group.rates[0].start),
      ));
  const effective = ownOnly
    ? own.effective
    : (own.effective ?? dates.read.effective ?? dates.started);
  const flags: Flag[] = [];
  if (group.rates.length === 0) flags.push('rate_missing');
  if (action === 'threatened') flags.push('not_in_force');
  const productMentions = groupGoods(doc, reading.lastGroup, told, groups, group);
  if (productMentions.every((p) => p.hs.length === 0)) flags.push('hs_unresolved');
  const c =
    confidence +
    (group.rates.length > 0 ? 0.15 : 0) +
    (group.products.length > 0 ? 0.1 : 0) +
    (kind !== null ? 0.1 : 0) -
    (action === 'threatened' ? 0.1 : 0);
  const draft: Draft = {
    candidate: {
      type: 'measure',
      key: g === 0 ? `measure-${s.start}` : `measure-${s.start}-${g}`,
      span: span(s.start, s.end),
      confidence: clampConfidence(c),
      flags,
      imposer,
      targets,
      products: productMentions,
      rates: group.rates.map((r) => ({
        bp: r.bp,
        ...(r.producer === undefined ? {} : { producer: r.producer }),
        span: span(r.start, r.end),
      })),
      kind: told.continues
        ? (reading.lastGroup[0]?.candidate.kind ?? kind)
        : (ownKind(text, s, groups, group) ?? kind),
      action,
      dates: { announced: null, effective: null, expires: null },
    },
    announcedInferred: false,
    effectiveInferred: false,
    sentence: index,
  };
  if (cause) draft.cause = true;
  announce(reading, told, draft, ownOnly, own.announced);
  inherit(reading, told, draft, effective);
  takeEffect(reading, told, draft, effective, ownOnly);
  if (
    !ownOnly &&
    effective !== null &&
    effective === dates.started &&
    !own.effective &&
    !dates.read.effective &&
    draft.candidate.dates.effective === effective.iso
  )
    draft.startedByAct = true;
  if (imposer === null && targets.length === 0) onCaseBefore(reading, index, draft);
  return draft;
}

/**
 * A rate with no party, in the sentence or carried ("From December 16, duties will be levied
 * at rates of 4.9% to 19.8%"), is on the case a sentence above in its paragraph names with
 * its origin and no measure of its own ("… issued its final ruling in the anti-dumping
 * investigation into pork originating in the EU"): its parties, its goods when the rate
 * names none, and the day it was told.
 */
function onCaseBefore(reading: Reading, index: number, draft: Draft) {
  const { doc } = reading;
  const context = contextBefore(doc, index, reading.ranked, null, reading.home);
  const told = context ? doc.sentences[context.sentence] : undefined;
  // Only a case told in the same paragraph that made no measure of its own: a measure told
  // above is another.
  if (!context || told?.paragraph !== doc.sentences[index]?.paragraph) return;
  if (reading.drafts.some((d) => d.sentence === context.sentence)) return;
  const c = draft.candidate;
  c.imposer = context.imposer;
  c.targets = [...context.targets];
  if (c.flags.includes('hs_unresolved') && context.products.length > 0) {
    c.products = context.products.filter(
      (p, i, all) => all.findIndex((q) => q.text === p.text) === i,
    );
    if (context.products.some((p) => p.hs.length > 0))
      c.flags = c.flags.filter((f) => f !== 'hs_unresolved');
  }
  if (context.announced) setDate(draft, 'announced', context.announced);
}
