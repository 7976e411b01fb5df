/**
 * The candidates one sentence makes: its rates grouped with the goods each belongs to ("100%
 * on canola oil and peas, and 25% on pork" gives two groups), company rates kept together one
 * group per clause, the goods of a group read as words when the lexicon knows none, and the
 * coordinated acts with no rate that stand beside a rated one.
 */
import {
  clampConfidence,
  isQuoted,
  placeMention,
  productMention,
  span,
  within,
  type Doc,
} from './doc.ts';
import type { Flag, MeasureCandidate } from './candidates.ts';
import { goodsIn, type ProductHit } from './lexicon.ts';
import {
  ACT,
  INVESTIGATION,
  MEASURE_WORD,
  NEGATED,
  THREAT,
  actionOf,
  kindOf,
} from './measure-acts.ts';
import { coordinatedParts, exclusiveClause } from './measure-clauses.ts';
import { datesOf } from './measure-dates.ts';
import type { Draft } from './measure-drafts.ts';
import { governingVerb, readRoles } from './measure-roles.ts';
import type { PlaceMention } from './places.ts';
import type { RateHit } from './rates.ts';
import type { Range } from './sentences.ts';

export interface Group {
  readonly rates: RateHit[];
  readonly products: ProductHit[];
  /** the stretch where its parties are read: from the previous rate to its own */
  readonly from: number;
  readonly to: number;
  /** the stretch where its dates are read */
  readonly dateFrom: number;
  readonly dateTo: number;
  /** the origins its own items name after their rates ("41.2% for other Chinese exporters") */
  readonly origins?: readonly PlaceMention[];
}

/** One group of every rate and product of the sentence. */
function wholeSentence(
  s: { start: number; end: number },
  rates: readonly RateHit[],
  products: readonly ProductHit[],
): Group {
  return {
    rates: [...rates],
    products: [...products],
    from: s.start,
    to: s.end,
    dateFrom: s.start,
    dateTo: s.end,
  };
}

/**
 * Groups products with the rate they belong to: after the rate, or before it. Goods named
 * twice in a group ("lobster … lobster", "vehicles … light vehicles") are listed once.
 */
export function groupByRate(
  text: string,
  s: { start: number; end: number },
  rates: readonly RateHit[],
  products: readonly ProductHit[],
): Group[] {
  return groupsOf(text, s, rates, products).map((g) => ({ ...g, products: distinct(g.products) }));
}

/**
 * The goods of a list, each named once: the first mention of the same words, and none that a
 * narrower mention of the list qualifies ("vehicles" beside "light vehicles"; "pork" beside
 * "pork offal" names other goods and stays).
 */
function distinct<T extends { readonly text: string }>(goods: readonly T[]): T[] {
  const words = goods.map((p) => p.text.toLowerCase());
  return goods.filter((_, i) => {
    const k = words[i] ?? '';
    return words.indexOf(k) === i && !words.some((w) => w.endsWith(` ${k}`));
  });
}

function groupsOf(
  text: string,
  s: { start: number; end: number },
  rates: readonly RateHit[],
  products: readonly ProductHit[],
): Group[] {
  if (rates.some((r) => r.producer !== undefined)) return byCompanyClause(text, s, rates, products);
  if (rates.length <= 1) {
    const own = rates[0] ? wordGoodsOfRate(text, s, rates[0], products) : null;
    return [wholeSentence(s, rates, own ? [own] : products)];
  }
  const byClause = rates.map((r) => {
    const c = exclusiveClause(text, s, rates, r);
    return c ? products.filter((p) => p.start >= c.start && p.end <= c.end) : null;
  });
  const first = rates[0];
  const productsFirst =
    first !== undefined && products.length > 0 && (products[0]?.start ?? 0) < first.start;
  const groups = rates.map((r, i) => {
    const lo = productsFirst ? (rates[i - 1]?.end ?? s.start) : r.end;
    const hi = productsFirst ? r.start : (rates[i + 1]?.start ?? s.end);
    const own = byClause[i];
    const named = dutyOnGoods(text, r, products);
    return {
      rates: [r],
      // A rate alone in its clause takes that clause's goods, whichever side they stand on; a
      // rate whose duty names its goods ("… and suspended its 15% duty on Brazilian powdered
      // milk") takes those.
      products:
        own && own.length > 0
          ? own
          : named.length > 0
            ? named
            : products.filter((p) => p.start >= lo && p.end <= hi),
      from: rates[i - 1]?.end ?? s.start,
      to: r.end,
      dateFrom: productsFirst ? (rates[i - 1]?.end ?? s.start) : r.start,
      dateTo: productsFirst ? r.end : (rates[i + 1]?.start ?? s.end),
    };
  });
  wholeLists(text, products, groups);
  describedGoods(text, rates, products, groups);
  // "23.4% on solar glass from China and 12.5% from Vietnam": a rate naming only an origin
  // is on the goods of the rate before.
  for (let i = 1; i < groups.length; i++) {
    const a = groups[i - 1];
    const b = groups[i];
    const rb = rates[i];
    if (!a || !b || !rb || productsFirst || b.products.length > 0) continue;
    if (ORIGIN_ONLY_AFTER.test(text.slice(rb.end, rates[i + 1]?.start ?? s.end)))
      groups[i] = { ...b, products: a.products };
  }
  // "between 30.6% and 39% on brandy": both ends of a range are on the same goods, and
  // "Chinese exporters face 23.4% to 88.9%, and …" from the same origins, read from the low end.
  for (let i = 1; i < groups.length; i++) {
    const a = groups[i - 1];
    const b = groups[i];
    const [ra, rb] = [rates[i - 1], rates[i]];
    if (!a || !b || !ra || !rb || !RANGE_AND.test(text.slice(ra.end, rb.start))) continue;
    const shared = a.products.length > 0 ? a.products : b.products;
    groups[i - 1] = { ...a, products: shared };
    groups[i] = { ...b, products: shared, from: a.from, dateFrom: a.dateFrom };
  }
  // "an anti-dumping duty of 73.6% and a countervailing duty of 6.9% on barley": a duty with
  // no goods, listed alongside another, is on the goods of the next.
  for (let i = groups.length - 2; i >= 0; i--) {
    const a = groups[i];
    const b = groups[i + 1];
    const [ra, rb] = [rates[i], rates[i + 1]];
    if (!a || !b || !ra || !rb || a.products.length > 0) continue;
    if (PARALLEL_DUTY.test(text.slice(ra.end, rb.start)))
      groups[i] = { ...a, products: b.products };
  }
  return groups;
}

/** A rate's duty and the goods it is on, maybe after their origin: "15% duty on Brazilian ". */
const DUTY_ON_GOODS =
  /^\s*(?:(?!(?:and|or|but|while|whereas)\s)[\p{L}.'’\x92-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\s+on\s+(?:\p{Lu}[\p{L}.-]*\s+)?$/u;

/** The goods right after a rate's "duty on", and those listed with them. */
function dutyOnGoods(text: string, rate: RateHit, products: readonly ProductHit[]): ProductHit[] {
  const first = products.findIndex(
    (p) => p.start > rate.end && DUTY_ON_GOODS.test(text.slice(rate.end, p.start)),
  );
  if (first < 0) return [];
  const out = [products[first] as ProductHit];
  for (const p of products.slice(first + 1)) {
    const prev = out.at(-1) as ProductHit;
    if (!LIST_JOIN.test(text.slice(prev.end, p.start))) break;
    out.push(p);
  }
  return out;
}

/** A duty on goods, then the relative clause that gives its rate: "duties on wine, which reached ". */
const DUTY_ON_BEFORE =
  /(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\s+on\s+(?:\p{Lu}[\p{L}.-]*\s+)?$/u;
const RELATIVE_RATE_BETWEEN = /^,\s+(?:which|that)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * "China's 80.5% duty on barley was scrapped … and its duties on bottled wine, which reached
 * 218.4%, were lifted": a rate given in a relative clause after a duty's goods is on those
 * goods, which leave the group of the rate before.
 */
function describedGoods(
  text: string,
  rates: readonly RateHit[],
  products: readonly ProductHit[],
  groups: Group[],
): void {
  rates.forEach((r, i) => {
    const goods = products.findLast(
      (p) =>
        p.end <= r.start &&
        RELATIVE_RATE_BETWEEN.test(text.slice(p.end, r.start)) &&
        DUTY_ON_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)),
    );
    const own = groups[i];
    if (!goods || !own) return;
    groups.forEach((g, j) => {
      groups[j] = { ...g, products: j === i ? [goods] : g.products.filter((p) => p !== goods) };
    });
  });
}

/** What follows a rate that names only where goods come from: "… and 12.5% from Vietnam". */
const ORIGIN_ONLY_AFTER = /^\s*(?:for|from)\s+(?:the\s+)?\p{Lu}[^,;]*?(?:[,;.]|\s+and\s*)?\s*$/u;

/** What stands between two goods of one list: ", ", " and ", ", and ", " or ". */
export const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;

/**
 * "15% on chicken, wheat and corn and 10% on soybeans, sorghum and pork": a list of goods is
 * not cut at its commas. Each list goes whole to the group that holds its first item (or, when
 * none does, to those that hold any of it).
 */
function wholeLists(text: string, products: readonly ProductHit[], groups: Group[]): void {
  const lists: ProductHit[][] = [];
  for (const p of products) {
    const last = lists.at(-1);
    const prev = last?.at(-1);
    if (last && prev && LIST_JOIN.test(text.slice(prev.end, p.start))) last.push(p);
    else lists.push([p]);
  }
  if (lists.every((l) => l.length === 1)) return;
  groups.forEach((g, i) => {
    const taken = lists.filter((l) => {
      const head = l[0];
      if (!head || !l.some((p) => g.products.includes(p))) return false;
      return g.products.includes(head) || !groups.some((o) => o.products.includes(head));
    });
    groups[i] = { ...g, products: taken.flat() };
  });
}

/**
 * A rate's own duty and the "on" that names its goods: "50% U.S. tariff on …"; not the duty
 * of the next coordinated act ("… to 10% and removes the surtax on …").
 */
const RATE_DUTY_ON =
  /^\s*(?:(?!(?:and|or|but|while|whereas)\s)[\p{L}.'’\x92-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\s+on\s/u;

/** Goods named by their origin only: "Indian goods", "Chinese imports", "U.S. products". */
const GOODS_OF_ORIGIN = /\b(?:goods|imports|products|exports|merchandise)$/i;
/** A colon opening the list of what goods named by their origin are. */
const LIST_AFTER = /^\s*:/;
/** "exempt aircraft parts from its 15% tariff on …": the goods named are taken out of it. */
const EXEMPT_FROM = /\bfrom\s+(?:the\s+|its\s+|their\s+|a\s+)?$/i;

/**
 * "India's shrimp exporters, already squeezed by the 50% U.S. tariff on Indian goods, …": a
 * rate whose duty is on a country's goods as a whole is on those words, not on the lexicon's
 * goods elsewhere in the sentence (unless they are exempted from it). Null otherwise.
 */
function wordGoodsOfRate(
  text: string,
  s: Range,
  rate: RateHit,
  products: readonly ProductHit[],
): ProductHit | null {
  const duty = RATE_DUTY_ON.exec(text.slice(rate.end, Math.min(s.end, rate.end + 60)));
  if (!duty || EXEMPT_FROM.test(text.slice(Math.max(s.start, rate.start - 12), rate.start)))
    return null;
  const goods = goodsIn(text, rate.end, Math.min(s.end, rate.end + duty[0].length + 80));
  if (!goods || goods.start !== rate.end + duty[0].length || !GOODS_OF_ORIGIN.test(goods.text))
    return null;
  // "on three Chilean products: wine, pisco and grapes": the list after the colon names them.
  if (LIST_AFTER.test(text.slice(goods.end, goods.end + 3))) return null;
  return products.some((p) => p.start < goods.end && p.end > goods.start) ? null : goods;
}

/** What joins two duties listed alongside: "… and a countervailing duty of …". */
const PARALLEL_DUTY =
  /^\s*(?:,\s*)?(?:and\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:dut(?:y|ies)|tariffs?|surtax(?:es)?|levy|levies|rates?|deposits?)\s+of\s+$/i;

/** What joins the two ends of a range of rates: "30.6% and 39%", "27% to 38%". */
export const RANGE_AND = /^\s*(?:and|to|-|[–\x96])\s*$/;

/**
 * Where a sentence turns to another set of producers (", while", ", whereas", "; ", ", and
 * Laotian cells will face …", the colon opening a list of them: "…: from Chile, …") or to
 * another act with a subject of its own (", and Beijing responded with …").
 */
const COMPANY_CLAUSE =
  /,\s+(?:while|whereas)\b|[;:]\s|,\s+and\s+(?=[^,;]{0,40}?\b(?:will face|faces?|will pay|pays?|(?:was|were) assigned)\b)|(,\s+and\s+)(?=\p{Lu}[\p{L}.]*\s+\w+ed\b)/gu;

/**
 * Company-specific rates stay together, one group per clause: "Longda will pay 12.1% and
 * other Chinese exporters 34.3%, while Indian producers face 8.9%" gives the Chinese rates
 * and the Indian one apart, each clause read for its own origin.
 */
function byCompanyClause(
  text: string,
  s: { start: number; end: number },
  rates: readonly RateHit[],
  products: readonly ProductHit[],
): Group[] {
  const bounds = [s.start];
  // Clauses split at another act have goods of their own: they do not share the others'.
  let separate = false;
  COMPANY_CLAUSE.lastIndex = 0;
  const sentence = text.slice(s.start, s.end);
  for (let m = COMPANY_CLAUSE.exec(sentence); m !== null; m = COMPANY_CLAUSE.exec(sentence)) {
    bounds.push(s.start + m.index + m[0].length);
    if (m[1] !== undefined) separate = true;
  }
  bounds.push(s.end);
  const groups: Group[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const from = bounds[i - 1] ?? s.start;
    const to = bounds[i] ?? s.end;
    const own = rates.filter((r) => r.start >= from && r.start < to);
    if (own.length === 0) continue;
    const goods = products.filter((p) => p.start >= from && p.end <= to);
    groups.push({
      rates: own,
      products: goods.length > 0 || separate ? goods : [...products],
      from,
      to,
      dateFrom: from,
      dateTo: to,
    });
  }
  if (groups.length > 1) return groups;
  return [wholeSentence(s, rates, products)];
}

/**
 * The goods of a rate group, read as words when the lexicon knows none: in the rate's own
 * clause when it has one ("… on Chinese goods to 30%, while Beijing …"), else in the group's
 * stretch; a lone group reads the measure's clause.
 */
export function goodsOf(
  text: string,
  s: Range,
  rates: readonly RateHit[],
  group: Group,
  clause: Range | null,
): ProductHit | null {
  if (clause) return goodsIn(text, clause.start, clause.end);
  const rate = group.rates[0];
  const own = rate ? exclusiveClause(text, s, rates, rate) : undefined;
  const found =
    (own ? goodsIn(text, own.start, own.end) : null) ?? goodsIn(text, group.dateFrom, group.dateTo);
  // "between 12.8% and 47.3% on nylon film": the low end of a range has the goods of the high.
  const next = rate ? rates[rates.indexOf(rate) + 1] : undefined;
  if (found || !rate || !next || !RANGE_AND.test(text.slice(rate.end, next.start))) return found;
  const after = rates[rates.indexOf(next) + 1];
  return goodsIn(text, next.end, after?.start ?? s.end);
}

/**
 * A measure with no rate told beside a rated draft: a copy of it under a key of its own, with
 * the rated one's dates and a confidence `lower` below it unless `fields` say otherwise.
 */
function unratedBeside(
  rated: Draft,
  suffix: string,
  fields: Partial<MeasureCandidate>,
  lower = 0.15,
): Draft {
  const c = rated.candidate;
  return {
    ...rated,
    candidate: {
      ...c,
      key: `${c.key}-${suffix}`,
      rates: [],
      dates: { ...c.dates },
      confidence: clampConfidence(c.confidence - lower),
      ...fields,
    },
  };
}

/** The flags of a measure with no rate on `products`: unresolved when no product has a scope. */
const unratedFlags = (products: readonly { readonly hs: readonly string[] }[]): Flag[] =>
  products.some((p) => p.hs.length > 0) ? ['rate_missing'] : ['rate_missing', 'hs_unresolved'];

/**
 * The parties a coordinated part names for its own measure, when it names both ("… cut India's
 * tariff on whisky to 75%, and removed British tariffs on Indian garments": Britain on India);
 * none otherwise, and the part shares the parties of the act beside it.
 */
function ownParties(
  doc: Doc,
  part: Range,
  measureAt: number,
): Pick<MeasureCandidate, 'imposer' | 'targets'> | Record<string, never> {
  const verbAt = governingVerb(doc.text.slice(part.start, part.end), part.start, measureAt);
  const roles = readRoles(
    doc,
    within(doc.places, part.start, part.end),
    verbAt,
    part.start,
    measureAt,
  );
  return roles.imposer && roles.targets.length > 0
    ? { imposer: placeMention(roles.imposer), targets: roles.targets.map(placeMention) }
    : {};
}

/**
 * "Canada scrapped its counter-tariffs on orange juice and coffee and cut the surtax on
 * steel to 10%": a coordinated act on a measure with goods of its own and no rate is a
 * measure of its own, with the sentence's parties and dates. The part holding one of
 * `anchors` (the rates of the draft told, or its measure's word when it has none) is that
 * draft's own.
 */
export function coordinatedUnrated(
  doc: Doc,
  s: Range,
  anchors: readonly number[],
  rated: Draft,
): Draft[] {
  const { text } = doc;
  const parts = coordinatedParts(text, s);
  if (parts.length < 2) return [];
  const out: Draft[] = [];
  for (const { start: from, end: to } of parts) {
    if (anchors.some((at) => at >= from && at < to)) continue;
    const part = text.slice(from, to);
    const word = MEASURE_WORD.exec(part);
    if (!word || !ACT.test(part) || NEGATED.test(part) || THREAT.test(part)) continue;
    if (INVESTIGATION.test(part)) continue;
    const products = within(doc.products, from + word.index, to).filter(
      (p) => !isQuoted(doc, p.start),
    );
    if (products.length === 0) continue;
    const c = rated.candidate;
    out.push(
      unratedBeside(rated, `and-${from - s.start}`, {
        ...ownParties(doc, { start: from, end: to }, from + word.index),
        flags: c.flags.filter((f) => f !== 'hs_unresolved').concat('rate_missing'),
        products: products.map(productMention),
        kind: kindOf(part) ?? c.kind,
        action: actionOf(part, kindOf(part)),
      }),
    );
  }
  return out;
}

/**
 * The act of a sentence's main clause when its rates are those of a measure recalled in a
 * subordinate clause ("Beijing removed its duties on Australian wine last year, after scrapping
 * tariffs of 80.5% on barley"): a measure of its own with no rate, its parties read in the
 * main clause (which ends at `end`). Only when that clause acts on a measure, with goods, an
 * imposer and a target of its own.
 */
export function mainClauseAct(doc: Doc, s: Range, end: number, rated: Draft): Draft | null {
  const { text } = doc;
  const part = text.slice(s.start, end);
  const word = MEASURE_WORD.exec(part);
  if (!word || !ACT.test(part) || NEGATED.test(part) || THREAT.test(part)) return null;
  if (INVESTIGATION.test(part)) return null;
  const measureAt = s.start + word.index;
  const products = within(doc.products, measureAt, end).filter((p) => !isQuoted(doc, p.start));
  const verbAt = governingVerb(part, s.start, measureAt);
  const roles = readRoles(doc, within(doc.places, s.start, end), verbAt, s.start, measureAt);
  if (products.length === 0 || !roles.imposer || roles.targets.length === 0) return null;
  const { effective, announced } = datesOf(doc, within(doc.dates, s.start, end), s.start);
  return {
    ...unratedBeside(rated, 'main', {
      span: span(s.start, end),
      imposer: placeMention(roles.imposer),
      targets: roles.targets.map(placeMention),
      flags: unratedFlags(products),
      products: products.map(productMention),
      kind: kindOf(part),
      action: actionOf(part, kindOf(part)),
      dates: {
        announced: announced?.iso ?? null,
        effective: effective?.iso ?? null,
        expires: null,
      },
    }),
    announcedInferred: announced?.inferred ?? false,
    effectiveInferred: effective?.inferred ?? false,
    // its dates are its own clause's, not the rated act's
    startedByAct: false,
  };
}

/** A clause telling another party's act beside the first: ", while the European Union has …". */
const MIRRORED_BREAK = /,\s+(?:while|whereas|and|but)\s+(?=(?:the\s+)?\p{Lu})/gu;

/**
 * "Indonesia has eliminated its duties on European cheese, while the European Union has
 * removed tariffs on Indonesian footwear": a clause after the first act that tells, with no
 * rate, another party's act on a measure, with goods and a target of its own, is a measure of
 * its own, dated as the first.
 */
export function mirroredAct(doc: Doc, s: Range, first: Draft): Draft | null {
  const { text } = doc;
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(MIRRORED_BREAK)) {
    const from = s.start + m.index + m[0].length;
    const part = text.slice(from, s.end);
    const word = MEASURE_WORD.exec(part);
    if (!word) continue;
    const head = part.slice(0, word.index);
    if (!ACT.test(head) || NEGATED.test(head) || THREAT.test(part)) continue;
    const measureAt = from + word.index;
    const verbAt = governingVerb(part, from, measureAt);
    const roles = readRoles(doc, within(doc.places, from, s.end), verbAt, from, measureAt);
    const known = within(doc.products, measureAt, s.end).filter((p) => !isQuoted(doc, p.start));
    const words = known.length === 0 ? goodsIn(text, measureAt, s.end) : null;
    const products = words ? [words] : known;
    const imposer = roles.imposer;
    if (!imposer || roles.targets.length === 0 || products.length === 0) continue;
    if (imposer.code === first.candidate.imposer?.jurisdiction) continue;
    return unratedBeside(
      first,
      `also-${from - s.start}`,
      {
        imposer: placeMention(imposer),
        targets: roles.targets.map(placeMention),
        flags: unratedFlags(products),
        products: products.map(productMention),
        kind: kindOf(word[0]) ?? first.candidate.kind,
        action: actionOf(part, kindOf(part)),
      },
      0,
    );
  }
  return null;
}

/**
 * The act a sentence's act answers, recalled after "after", "in answer to", "as a reply to"
 * or "began when": "… a row that began when Brussels put duties on Chinese EVs", "… after
 * Ottawa placed surtaxes on Chinese electric vehicles", "…, a move read as a reply to the
 * surtaxes Canada placed on Chinese EVs", "in retaliation for Ottawa's surtaxes on Chinese
 * electric vehicles" (a measure answered was put in place: its owner acted).
 */
const ANSWERED_MEASURES =
  /\b(?:after|(?:in|as)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:answer|response|reply|retaliation)\s+(?:to|for)|(?:began|started) when)\s+[^.;]+?(?=$|[.;]|,?\s+(?:after|(?:in|as)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:answer|response|reply|retaliation)\s+(?:to|for))\b)/gi;
/**
 * The verb after the country whose act is recalled: "Brussels put …", "Ottawa had placed …",
 * before the measure's word or right after it ("the surtaxes Canada placed on …").
 */
const CAUSE_OWNER_AFTER =
  /^\s+(?:had\s+|has\s+|first\s+)?(?:put|imposed|placed|slapped|levied|introduced)\b/;
/** The country owning the measure answered: "Ottawa's surtaxes", "Canada's new duties". */
const CAUSE_POSSESSIVE = /^['’\x92]s\s+(?:[\w-]+\s+){0,2}$/;

/** What joins the goods of one list: "steel, aluminum and other metals". */
const GOODS_JOIN = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)(?:[\w-]+\s+){0,2}$/;

/**
 * The goods of the list that opens with the first of `goods`: "surtaxes on Chinese electric
 * vehicles and steel, stays in place, as does its duty on pork" is on the first two only.
 */
function goodsList(text: string, goods: readonly ProductHit[]): ProductHit[] {
  const list: ProductHit[] = [];
  for (const g of goods) {
    const last = list.at(-1);
    if (last && !GOODS_JOIN.test(text.slice(last.end, g.start))) break;
    list.push(g);
  }
  return list;
}

/**
 * The earlier act a rated act answers, as a measure of its own with no rate: imposed by the
 * country that acted on the origin of the goods it names. Only when that country is not the
 * one answering, and the goods and the origin are written.
 */
export function answeredMeasure(doc: Doc, s: Range, rated: Draft): Draft | null {
  // "… after Beijing put a 25% tariff on lobster, in retaliation for Ottawa's surtaxes on …":
  // each cue opens a cause of its own; the first one of another country is the answered act.
  for (const cause of doc.text.slice(s.start, s.end).matchAll(ANSWERED_MEASURES)) {
    const found = answeredAt(doc, s, s.start + cause.index, cause[0], rated);
    if (found) return found;
  }
  return null;
}

/** The measure a cause (`cause`, written at `from`) recalls, as answeredMeasure makes it. */
function answeredAt(doc: Doc, s: Range, from: number, cause: string, rated: Draft): Draft | null {
  const { text } = doc;
  const to = from + cause.length;
  const word = MEASURE_WORD.exec(cause);
  if (!word || isQuoted(doc, from)) return null;
  const wordAt = from + word.index;
  const places = within(doc.places, from, to);
  // "after Ottawa placed surtaxes on …", or in a relative clause: "the surtaxes Canada placed on …"
  const wordEnd = wordAt + word[0].length;
  const owner = places.find(
    (p) =>
      ((p.start < wordAt || /^\s+$/.test(text.slice(wordEnd, p.start))) &&
        CAUSE_OWNER_AFTER.test(text.slice(p.end, p.end + 20))) ||
      (p.end < wordAt && CAUSE_POSSESSIVE.test(text.slice(p.end, wordAt))),
  );
  const origin = places.find(
    (p) => p.start > Math.max(wordAt, owner?.start ?? 0) && p.code !== owner?.code,
  );
  const c = rated.candidate;
  if (!owner || !origin || owner.code === c.imposer?.jurisdiction) return null;
  const products = goodsList(
    text,
    within(doc.products, wordAt, to).filter((p) => p.start > origin.start),
  );
  if (products.length === 0) return null;
  return {
    ...unratedBeside(
      rated,
      `answers-${from - s.start}`,
      {
        span: span(from, to),
        imposer: placeMention(owner),
        targets: [placeMention(origin)],
        flags: ['rate_missing'],
        products: products.map(productMention),
        kind: kindOf(cause),
        action: 'imposed',
        dates: { announced: null, effective: null, expires: null },
      },
      0.2,
    ),
    announcedInferred: false,
    effectiveInferred: false,
  };
}

/**
 * Goods a clause exempts from the act just told: "…, though parts imported by assembly plants
 * were exempted from the increase". The words of the subject are the goods.
 */
const EXEMPTED_FROM =
  /(?:^|[,;]\s+)(?:(?:though|although|but|while|and)\s+)?((?:[\w-]+\s+){0,14}?[\w-]+)\s+(?:were|are|was|is|will be|have been|has been)\s+exempt(?:ed)?\s+from\s+the\s+(?:increase|rise|hike|duty|duties|tariffs?|surtax|levy|measures?)\b/i;

/** The exemption a sentence writes from its rated act, as a suspension on the exempted goods. */
export function exemptedGoods(doc: Doc, s: Range, rated: Draft): Draft | null {
  const { text } = doc;
  const m = EXEMPTED_FROM.exec(text.slice(s.start, s.end));
  const words = m?.[1];
  if (!m || words === undefined) return null;
  const from = s.start + m.index + m[0].indexOf(words);
  const to = from + words.length;
  if (isQuoted(doc, from)) return null;
  return unratedBeside(rated, `exempt-${from - s.start}`, {
    flags: rated.candidate.flags.filter((f) => f !== 'hs_unresolved').concat('rate_missing'),
    products: [{ text: words, span: span(from, to), hs: [...(goodsIn(text, from, to)?.hs ?? [])] }],
    action: 'suspended',
  });
}
