/**
 * Sentences that go on about the measures just told instead of telling new ones: those naming
 * them back ("They apply from November 12", "The cut also covers …") date them or add goods to
 * them, those assigning rates to producers of the act with no word of the measure ("Hanul
 * received 9.6%") add to it, and a measure named back takes the rate or the parties of the one
 * told before.
 */
import { placeMention, productMention, within, type Doc } from './doc.ts';
import { goodsIn, type ProductHit } from './lexicon.ts';
import { changeIn } from './measure-acts.ts';
import { FROM_SAME_DATE, IMMEDIATE, dateGroup } from './measure-dates.ts';
import { byProducts, sameAct, type Draft } from './measure-drafts.ts';
import type { Reading } from './measure-reading.ts';
import { rolesAtMeasure, syntheticMention } from './measure-roles.ts';
import type { PlaceMention } from './places.ts';
import { findRates, type RateHit } from './rates.ts';
import type { Sentence } from './sentences.ts';

/**
 * A sentence that continues about the measures just found: "They apply …", "Both cuts apply from
 * October 1", "That penalty took effect on August 27", "The Order comes into force on …", "3 This
 * Order comes into force on …" (a numbered section), "The quota takes effect …", "The safeguard, in
 * force since January 1, applies to beef from Brazil, Argentina and Uruguay", "Under the law,
 * duties on steel go to 35%", "… said the change would apply from February 16".
 */
export const REFERS_BACK =
  /^(?:\(?\d{1,2}[.)]?\s+)?(?:They|These|It|Those|(?:The|This|That|Both|All|Each|Both of the|All of the|All these) (?:[\w-]+ )?(?:rates?|quotas?|measures?|cuts?|duties|duty|tariffs?|levy|levies|penalty|penalties|surtax(?:es)?|surcharges?|safeguards?|deposits?|ban|increases?|changes?|amendments?|adjustments?|suspensions?|exemptions?|removals?|reductions?|pause|move|decision|regulations?|order|notice|notification|decree|schedule|ruling))\b|\bthe (?:[\w-]+ )?(?:rates?|ban|duties|tariffs|surtax|measures|change|cut|removal|reduction)\b|^Under (?:the|this|that|its) (?:new )?(?:law|order|decree|regulations?|rules|deal|agreement)\b/i;

/** A sentence about the measures just found that adds one: "Those duties, together with …". */
export const TOGETHER_WITH =
  /^(?:They|These|Those|Both|The (?:[\w-]+ )?(?:duties|tariffs|rates))\b[^,.]{0,30},\s+(?:together|along) with\b/;

/**
 * A sentence telling who announced the act just told: "The Commerce Department announced the
 * exemptions on Thursday", "The commission published the decision on Wednesday".
 */
export const ANNOUNCED_BACK =
  /\b(?:announced|published|issued|decided|unveiled|approved|signed)\s+(?:the|its|these|those)\s+(?:[\w-]+\s+)?(?:decision|exemptions?|measures?|cuts?|move|suspension|removal|duties|tariffs|order|notice|regulations?)\b/i;

/**
 * A sentence that makes the rates of the one before duties: "Customs will collect cash
 * deposits at these rates", "Duties will be levied at the rates above". Margins found are
 * no duty (NOT_A_DUTY) unless the next sentence collects them.
 */
const COLLECTED_AT =
  /\b(?:(?:deposits?|dut(?:y|ies)|tariffs?)\b[^.;]{0,40}\bat\s+(?:these|those|the\s+(?:above|same))\s+rates\b|at\s+the\s+rates\s+(?:above|set out above|listed above)\b)/i;

/** Whether the sentence after `index` collects the rates of sentence `index` as duties. */
export function collectedNext(doc: Doc, index: number): boolean {
  const next = doc.sentences[index + 1];
  return next !== undefined && COLLECTED_AT.test(doc.text.slice(next.start, next.end));
}

/**
 * Goods a continuing sentence adds to the measures just told: "The cut also covers live and
 * frozen snow crab", "It will also apply to pork".
 */
export const COVERS_TOO =
  /\b(?:(?:also|and)\s+(?:covers?|covering|appl(?:y|ies)\s+to|extends?\s+to|includes?)\s+|(?:also|will|to)\s+(?:cover|apply\s+to|extend\s+to|include)\s+)/i;

/** Adds the goods named in `stretch` (up to its first comma) to each of `group`. */
export function addGoods(
  doc: Doc,
  group: readonly Draft[],
  stretch: { start: number; end: number },
) {
  const comma = doc.text.indexOf(',', stretch.start);
  const end = comma >= 0 && comma < stretch.end ? comma : stretch.end;
  const goods = within(doc.products, stretch.start, end);
  for (const d of group)
    for (const p of goods)
      if (!d.candidate.products.some((q) => q.span.start === p.start))
        d.candidate.products.push(productMention(p));
}

/**
 * Words that set a rate for someone without naming the duty ("Kyushu Elastomer will pay a
 * rate of 17.4%", "was assigned 7.6%", "Rates are set by company: 21.9% for …", "The provisional
 * rates are: Hunan Yuxin, 14.6%; …"): such a
 * sentence goes on about the measure before it even with a sentence in between.
 */
export const RATE_SET =
  /\b(?:rates?\s+(?:are|were)(?:\s+as\s+follows)?(?=\s*:)|rates? of|margins? of|will pay|pays?|was (?:given|assigned|charged)|were (?:given|assigned|charged)|will be charged|will face|faces?|(?:rates?|margins?)\s+(?:are|were|is|was)\s+(?:set|fixed)|(?:vary|varies|differ|differs)\s+by\s+(?:company|producer|exporter|firm|maker))\b/i;

/**
 * Words that assign a rate to a producer or an origin of the act being told, with no word of
 * the measure: "Hanul received 9.6%", "Lianda was given 5.6%", "X got 28.4%", "Y is subject
 * to 7%", "the rate for all other exporters is 15.8%", "the rates were set at 13.8% for …",
 * "It is 3.9%". A percentage in a sentence with none of them (a market share, a price gap, a
 * growth figure) sets no duty.
 */
export const ASSIGNED =
  /\b(?:rates? of|will pay|pays?|(?:was|were|been|be) (?:given|assigned|charged|granted|set at|fixed at)|(?:is|are|was|were|will be) (?:hit with|subject to)|received|receives|gets|got|will (?:face|receive|get)|faces?|(?:the|a) (?:single |separate |individual )?rates? for\b[^.;%]{0,60}\b(?:is|was|will be|are|were)|rates? (?:was|were|is|are) (?:set|fixed) at)\b|^(?:It|That|This rate) is\s+\d/i;

/**
 * A figure that is no duty: a margin found, a share ("12% of the aid"), a gap ("pay 12% more"),
 * a change of a quantity.
 */
export const NOT_A_DUTY =
  /(?:%|\bper ?cent|\bpercent)\s+(?:of\s+(?:the|its|their|all|total)|more|less|higher|lower|above|below)\b|\b(?:dumping margins?|margins? of|market share|share of|cheaper|below (?:cost|market|normal)|grew|rose|fell|jumped|dropped|surged|declined|increase of|growth|price gap|prices?)\b/i;

/** Quotas shared out among countries: "Country-specific quotas are allocated as follows: …". */
const ALLOCATED = /\bquotas?\b[^.;]{0,40}\ballocated\b/i;
/** A quota, the measure an over-quota rate belongs to. */
const QUOTA = /\bquotas?\b/i;

/**
 * A rate's measure named back by its word: "Imports above the quotas will pay 25%", "Imports
 * above country quotas will be charged 25%".
 */
const MEASURE_NAMED_BACK =
  /\b(?:(?:the|these|those|their|its)\s+(?:relevant\s+|new\s+|same\s+|country\s+)?|(?:above|over|beyond|outside)\s+(?:country\s+)?)(?:quotas?|safeguards?|measures?|restrictions)\b/i;
/** How many sentences back the measure named back may have been told. */
const NAMED_BACK_REACH = 5;

/**
 * A rated measure with no party and no goods of its own, naming back the measure a sentence a
 * few before told without a rate ("Britain will tighten the quotas for steel from China and
 * India. Imports above the quotas will pay a 25% tariff"): the parties, goods and day of that
 * one (see fillFrom).
 */
export function partiesBefore(
  doc: Doc,
  s: Sentence,
  index: number,
  draft: Draft,
  home: string | null,
): void {
  const c = draft.candidate;
  if (c.imposer || c.targets.length > 0 || c.products.length > 0) return;
  if (!MEASURE_NAMED_BACK.test(doc.text.slice(s.start, s.end))) return;
  // "Country-specific quotas are allocated as follows: China, …; Türkiye, …. Goods entered within
  // the quota remain liable only to the customs duty. Goods entered once the relevant quota is
  // exhausted will be liable to …": the nearest sentence a few back that names parties.
  for (let k = index - 1; k >= Math.max(0, index - NAMED_BACK_REACH); k--) {
    const prev = doc.sentences[k];
    if (!prev || s.paragraph - prev.paragraph > 2) return;
    if (fillFrom(doc, draft, prev, home)) return;
  }
}

/** Gives `draft` the parties and goods of the rateless measure sentence `prev` tells, if any. */
function fillFrom(doc: Doc, draft: Draft, prev: Sentence, home: string | null): boolean {
  const c = draft.candidate;
  const places = within(doc.places, prev.start, prev.end);
  // "… will be held to quotas. Anything above the quota will be charged a 50% surtax": the
  // quota is the measure the sentence before told.
  const roles =
    rolesAtMeasure(doc, places, prev.start, prev.end) ??
    rolesAtMeasure(doc, places, prev.start, prev.end, QUOTA);
  if (!roles || findRates(doc.text, prev.start, prev.end).length > 0) return false;
  // "Country-specific quotas are allocated as follows: China, …; Viet Nam, …": the countries the
  // quotas go to are the origins.
  const allocated = ALLOCATED.test(doc.text.slice(prev.start, prev.end))
    ? places.filter((p, i, all) => p.code !== home && all.findIndex((q) => q.code === p.code) === i)
    : [];
  const targets = roles.targets.length > 0 ? roles.targets : allocated;
  if (targets.length === 0) return false;
  // A notice's quotas by country name no imposer: the notice's country imposes them.
  const imposer = roles.imposer
    ? placeMention(roles.imposer)
    : home !== null && !targets.some((t) => t.code === home)
      ? syntheticMention(home, prev.start)
      : null;
  if (!imposer) return false;
  c.imposer = imposer;
  c.targets = targets.map(placeMention);
  const goods = within(doc.products, prev.start, prev.end).filter(
    (p, i, all) => all.findIndex((q) => q.text === p.text) === i,
  );
  c.products = goods.map(productMention);
  if (goods.length > 0) c.flags = c.flags.filter((f) => f !== 'hs_unresolved');
  // "Starting August 1, … will be held to quotas.": the quota's day is the rate's.
  if (!c.dates.announced && !c.dates.effective) dateGroup(doc, [draft], prev);
  return true;
}

/** A single measure named back: "the levy", "the tariff", "that duty", "the additional levy". */
const NAMED_BACK =
  /\b(?:the|that|this)\s+(?:(?:additional|extra|new|same|retaliatory|reciprocal)\s+)?(?:levy|tariff|duty|surtax)\b(?!\s+(?:on|of)\b)/i;

/**
 * A measure with no rate that names back the one rated measure just told ("China will remove
 * its 25% tariff on lobster … Beijing first imposed the levy in March 2025") is that
 * measure: it takes its rate, and its goods unless it names others.
 */
export function rateOfNamed(reading: Reading, draft: Draft, clause: string) {
  const { previous, lastGroup } = reading;
  const before = lastGroup.length === 1 ? lastGroup[0]?.candidate : undefined;
  if (
    !before ||
    previous === null ||
    draft.sentence - previous.sentence > 2 ||
    before.rates.length !== 1 ||
    before.imposer?.jurisdiction !== draft.candidate.imposer?.jurisdiction ||
    !NAMED_BACK.test(clause)
  )
    return;
  draft.candidate.rates = before.rates.map((r) => ({ ...r }));
  draft.candidate.flags = draft.candidate.flags.filter((f) => f !== 'rate_missing');
  // Goods of its own that the measure before does not name ("The duty, one of the tariffs on
  // pork and aquatic products …") stay; goods it shares or none take the measure's.
  const own = draft.candidate.products;
  const shares = own.some((p) => before.products.some((q) => q.text === p.text));
  if (own.length > 0 && !shares) return;
  draft.candidate.products = before.products;
  draft.candidate.flags = draft.candidate.flags.filter((f) => f !== 'hs_unresolved');
  if (before.flags.includes('hs_unresolved')) draft.candidate.flags.push('hs_unresolved');
}

/** A duty's word and the "on" that opens its goods: "the anti-dumping duty on ". */
const DUTY_ON_BEFORE =
  /\b(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|surcharges?|lev(?:y|ies))\s+on\s+(?:imports\s+of\s+)?$/i;

/** Whether a sentence names the goods of a duty, known to the lexicon or not. */
function namesDutyGoods(text: string, s: Sentence): boolean {
  const goods = goodsIn(text, s.start, s.end);
  return (
    goods !== null &&
    DUTY_ON_BEFORE.test(text.slice(Math.max(s.start, goods.start - 40), goods.start))
  );
}

/**
 * A sentence with no rate that only goes on about the measures just found: it dates them
 * ("The duties take effect March 20"), or names their origins ("The duty applies to
 * shipments from China, South Korea and Japan"). True when it did, and the sentence is read.
 */
export function goesOnAbout(
  reading: Reading,
  s: Sentence,
  index: number,
  rates: readonly RateHit[],
  allProducts: readonly ProductHit[],
  places: readonly PlaceMention[],
  recentGroup: readonly Draft[],
): boolean {
  const { doc, lastGroup } = reading;
  const sentence = doc.text.slice(s.start, s.end);
  const dates = within(doc.dates, s.start, s.end);
  // A sentence that only dates the measures just found ("The duties take effect March 20",
  // "The duties apply from that day"); one naming goods the lexicon does not know ("approved
  // the removal of the duty on ceramic sanitaryware from China from 11 September") tells of
  // a measure of its own.
  if (
    rates.length === 0 &&
    allProducts.length === 0 &&
    recentGroup.length > 0 &&
    (dates.length > 0 || IMMEDIATE.test(sentence) || FROM_SAME_DATE.test(sentence)) &&
    !namesDutyGoods(doc.text, s)
  ) {
    if (REFERS_BACK.test(sentence) || places.length === 0) {
      dateGroup(doc, sameAct(recentGroup, lastGroup), s);
      return true;
    }
  }
  if (
    rates.length === 0 &&
    recentGroup.length > 0 &&
    REFERS_BACK.test(sentence) &&
    (dates.length > 0 || IMMEDIATE.test(sentence))
  ) {
    const named = byProducts(doc, recentGroup, s);
    // A sentence about other goods ("… would suspend the duties on rubber from Korea") is
    // a measure of its own.
    const otherGoods = named.length === 0 && allProducts.length > 0;
    // "China lifted the barley duties from August 5" after the barley duties were told: a
    // removal of its own, not a date of the duties imposed.
    const change = changeIn(sentence);
    const removal =
      (change === 'lifted' || change === 'suspended') &&
      named.some((d) => d.candidate.action !== change);
    if (
      !otherGoods &&
      !removal &&
      (named.length < recentGroup.length || named.length === 0 || allProducts.length > 0)
    ) {
      dateGroup(doc, named, s);
      return true;
    }
  }
  // "The duty applies to shipments from China, South Korea and Japan": origins of the same.
  if (
    rates.length === 0 &&
    lastGroup.length > 0 &&
    index - (lastGroup[0]?.sentence ?? -9) <= 2 &&
    /^(?:The|These|This|It|They)\b/.test(sentence) &&
    REFERS_BACK.test(sentence) &&
    /\b(?:appl(?:y|ies)|covers?|targets?|hits?)\b[^.]*\bfrom\b/i.test(sentence)
  ) {
    dateGroup(doc, lastGroup, s);
    return true;
  }
  return false;
}
