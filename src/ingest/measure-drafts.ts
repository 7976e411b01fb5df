/**
 * The measure candidates in the making: a draft holds a candidate and whether its dates were
 * inferred. Dates are set once, first reading first; the drafts of a passage are matched to
 * the sentences that go on about them, and at the end a measure named without its rate, or a
 * rate told twice, merges into the rated candidate it describes.
 */
import type { MeasureCandidate, ProductMention } from './candidates.ts';
import { clampConfidence, within, type Doc } from './doc.ts';
import { sameOrigin } from './places.ts';

export interface Draft {
  candidate: MeasureCandidate;
  announcedInferred: boolean;
  effectiveInferred: boolean;
  /**
   * the effective date is only the day of the act ("imposed a surtax on Tuesday"): a later
   * sentence saying when the measure applies ("The surtax applies from July 31") replaces it
   */
  startedByAct?: boolean;
  /**
   * a measure recalled as the cause the sentence's act answers ("…, in response to the 40%
   * American tariff on Brazilian beef"): the sentences after it date the act, not the cause
   */
  cause?: boolean;
  sentence: number;
}

/**
 * Two measures on different origins are two measures, even at the same rate (the EU and a member
 * are one origin; two targets of no known country are alike, as they were before).
 */
const sharesTargets = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.targets.length === 0 ||
  b.targets.length === 0 ||
  a.targets.some((t) =>
    b.targets.some(
      (u) => u.jurisdiction === t.jurisdiction || sameOrigin(u.jurisdiction, t.jurisdiction),
    ),
  );

/** Two measures dated differently are two acts, even at the same rate. */
const datesDiffer = (a: MeasureCandidate, b: MeasureCandidate) =>
  (['announced', 'effective'] as const).some(
    (w) => a.dates[w] !== null && b.dates[w] !== null && a.dates[w] !== b.dates[w],
  );

/** Two measures announced on different days. */
const announcedApart = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.dates.announced !== null &&
  b.dates.announced !== null &&
  a.dates.announced !== b.dates.announced;

/** The kinds of trade remedy: each is a case of its own, with its own duties. */
const REMEDIES: ReadonlySet<MeasureCandidate['kind']> = new Set([
  'anti-dumping',
  'countervailing',
  'safeguard',
]);

/**
 * Two measures of different trade remedies are two measures ("raised anti-dumping duties on
 * lumber … on top of countervailing duties that averaged 14.4%").
 */
const remediesDiffer = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.kind !== b.kind && REMEDIES.has(a.kind) && REMEDIES.has(b.kind);

/** Two products are the same goods: their HS scopes nest, or, unknown to the lexicon, their words. */
const sameGoods = (p: ProductMention, q: ProductMention) =>
  p.hs.length === 0 || q.hs.length === 0
    ? p.text.toLowerCase().includes(q.text.toLowerCase()) ||
      q.text.toLowerCase().includes(p.text.toLowerCase())
    : p.hs.some((h) => q.hs.some((k) => k.startsWith(h) || h.startsWith(k)));

const sharesProducts = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.products.length === 0 ||
  b.products.length === 0 ||
  a.products.some((p) => b.products.some((q) => sameGoods(p, q)));

/** Dates a draft's announcement or start, unless it has one already. */
export function setDate(
  d: Draft,
  which: 'announced' | 'effective',
  date: { iso: string; inferred: boolean },
) {
  if (d.candidate.dates[which] === null) replaceDate(d, which, date);
}

/** Dates a draft's announcement or start, in place of any day read before. */
export function replaceDate(
  d: Draft,
  which: 'announced' | 'effective',
  date: { iso: string; inferred: boolean },
) {
  d.candidate.dates[which] = date.iso;
  if (which === 'announced') d.announcedInferred = date.inferred;
  else d.effectiveInferred = date.inferred;
}

/** A measure the next sentence says is not in force yet: a proposal, not an act. */
export function markPending(d: Draft) {
  const c = d.candidate;
  c.action = 'threatened';
  if (!c.flags.includes('not_in_force')) c.flags.push('not_in_force');
  c.confidence = clampConfidence(c.confidence - 0.1);
}

/** The drafts a continuing sentence is about: those sharing its products, or all of them. */
export function byProducts(
  doc: Doc,
  drafts: readonly Draft[],
  s: { start: number; end: number },
): Draft[] {
  const products = within(doc.products, s.start, s.end);
  if (products.length === 0) return [...drafts];
  return drafts.filter((d) =>
    d.candidate.products.some((p) => products.some((q) => p.hs.some((h) => q.hs.includes(h)))),
  );
}

/**
 * The measures just found and those of the sentences before that are the same act (same
 * imposer, kind and act) and not yet dated: "set duties of 15.7% for A. Others will pay
 * 24.6%. The duties will apply from 25 July" dates all three.
 */
export function sameAct(recent: readonly Draft[], last: readonly Draft[]): Draft[] {
  const head = last[0]?.candidate;
  if (!head) return [...last];
  const earlier = recent.filter(
    (d) =>
      !last.includes(d) &&
      d.candidate.dates.effective === null &&
      d.candidate.imposer?.jurisdiction === head.imposer?.jurisdiction &&
      d.candidate.kind === head.kind &&
      d.candidate.action === head.action,
  );
  return [...earlier, ...last];
}

/**
 * Words before a rate that sums up company rates: "up to", "ranging from", "30.6% to" (also
 * "ranging from 30.6% to"); not the new rate of a change ("from 25% to 15%").
 */
const SUMMARY_RATE_BEFORE =
  /\b(?:up to|as (?:high|much) as|ranging(?: from)?|of between|between)\s+$|(?<![\d.])(?<!(?<!\b(?:ranging|ranges?|ranged|vary|varies|varying)\s)\bfrom\s)\d+(?:\.\d+)?\s*%\s+(?:to|and)\s+$/i;

/** A measure not in force: a threat, a proposal. */
const pending = (c: MeasureCandidate) => c.flags.includes('not_in_force');

/**
 * A measure lifted or suspended: "China lifted the barley duties" is an act of its own, not
 * the duty on barley imposed in the sentences before (one that names no goods, "are exempt
 * from the surtax", stays a detail of the measure told).
 */
const removes = (c: MeasureCandidate) => c.action === 'lifted' || c.action === 'suspended';

/**
 * An earlier candidate with no rate naming the same measure as `c`, also with no rate: same
 * imposer, targets, goods and act, no date told differently ("imposing a definitive duty … on
 * plywood" … "On 20 March the Commission imposed a duty on plywood"). Both in force.
 */
function unratedTwin(kept: readonly Draft[], c: MeasureCandidate): Draft | undefined {
  if (c.products.length === 0 || c.flags.includes('not_in_force')) return undefined;
  return kept.find(
    (k) =>
      k.candidate.rates.length === 0 &&
      k.candidate.products.length > 0 &&
      !k.candidate.flags.includes('not_in_force') &&
      k.candidate.imposer?.jurisdiction === c.imposer?.jurisdiction &&
      removes(k.candidate) === removes(c) &&
      sharesProducts(k.candidate, c) &&
      sharesTargets(k.candidate, c) &&
      !datesDiffer(k.candidate, c),
  );
}

/** One candidate takes what another knew and it did not: dates and products. */
function absorb(keep: Draft, drop: Draft) {
  const c = drop.candidate;
  if (c.dates.announced !== null)
    setDate(keep, 'announced', { iso: c.dates.announced, inferred: drop.announcedInferred });
  if (c.dates.effective !== null)
    setDate(keep, 'effective', { iso: c.dates.effective, inferred: drop.effectiveInferred });
  if (keep.candidate.products.length === 0 && c.products.length > 0) {
    keep.candidate.products = c.products;
    keep.candidate.flags = keep.candidate.flags.filter((f) => f !== 'hs_unresolved');
  }
}

/**
 * A measure recalled by its goods as done: "since the wine duties were scrapped", "after the
 * barley tariffs had been lifted". It is one told before with its rate, however far back.
 */
const GOODS_DUTY_DONE =
  /\b(?:since|after|when|before|until)\s+the\s+(?:[\w-]+\s+){1,3}(?:dut(?:y|ies)|tariffs?|levy|levies|surtax(?:es)?)\s+(?:were|was|had been|have been|has been)\s+\w+ed\b/i;

/**
 * A measure named without its rate ("China will remove the duties on Australian barley")
 * and a rated candidate for the same imposer and products are one measure: the rated one
 * takes the other's dates and products, and the unrated one goes.
 */
export function mergeUnrated(doc: Doc, drafts: readonly Draft[]): Draft[] {
  const rated = drafts.filter(
    (d) => d.candidate.rates.length > 0 && !d.candidate.flags.includes('not_in_force'),
  );
  const kept: Draft[] = [];
  for (const d of drafts) {
    const c = d.candidate;
    if (c.rates.length > 0) {
      // The same rate told twice ("sets a margin of 75.8%" … "a deposit of 75.8%") is one
      // measure; told once as a threat or a warning and once as an act, it is two readings,
      // and the act is not lost in the threat ("warned that the 15% tariff …" … "lowered the
      // tariff to 15%").
      const twin = kept.find(
        (k) =>
          k.candidate.rates.length > 0 &&
          k.sentence !== d.sentence &&
          pending(k.candidate) === pending(c) &&
          k.candidate.imposer?.jurisdiction === c.imposer?.jurisdiction &&
          removes(k.candidate) === removes(c) &&
          k.candidate.rates.map((r) => r.bp).join() === c.rates.map((r) => r.bp).join() &&
          !k.candidate.rates.some((r) => r.producer) &&
          !c.rates.some((r) => r.producer) &&
          sharesProducts(k.candidate, c) &&
          sharesTargets(k.candidate, c) &&
          !datesDiffer(k.candidate, c),
      );
      // "duties of up to 37.6%" … "37.6% for SAIC", "at rates ranging from 30.6% to 37.9%" …
      // "Dingsheng will pay 30.6%": the summary rates join the company table, or the rate
      // told again with what it applies to ("a rate of 42.3% applies to all other imports").
      const single = (x: MeasureCandidate) => {
        const only = x.rates.length === 1 ? x.rates[0] : undefined;
        return (
          only !== undefined &&
          !only.producer &&
          SUMMARY_RATE_BEFORE.test(
            doc.text.slice(Math.max(0, only.span.start - 30), only.span.start),
          )
        );
      };
      const table = (x: MeasureCandidate) => x.rates.some((r) => r.producer);
      // A summary announced on another day than the rates is another act: the provisional duty
      // "of 9 July" recalled before the definitive table adopted in October.
      const summarises = (summary: MeasureCandidate, rates: MeasureCandidate) =>
        single(summary) &&
        !announcedApart(summary, rates) &&
        (table(rates) || !single(rates)) &&
        summary.imposer?.jurisdiction === rates.imposer?.jurisdiction &&
        rates.rates.some((r) => r.bp === summary.rates[0]?.bp);
      const summaries = kept.filter((k) => k.sentence !== d.sentence && summarises(k.candidate, c));
      for (const summary of summaries) {
        absorb(d, summary);
        kept.splice(kept.indexOf(summary), 1);
      }
      const detailed = kept.find((k) => k.sentence !== d.sentence && summarises(c, k.candidate));
      if (detailed) absorb(detailed, d);
      if (detailed || summaries.length > 0) {
        if (!detailed) kept.push(d);
        continue;
      }
      if (!twin) {
        kept.push(d);
        continue;
      }
      if (c.dates.announced !== null)
        setDate(twin, 'announced', { iso: c.dates.announced, inferred: d.announcedInferred });
      if (c.dates.effective !== null)
        setDate(twin, 'effective', { iso: c.dates.effective, inferred: d.effectiveInferred });
      continue;
    }
    const told = doc.sentences[d.sentence];
    if (
      told &&
      GOODS_DUTY_DONE.test(doc.text.slice(told.start, told.end)) &&
      rated.some(
        (r) =>
          r.sentence < d.sentence &&
          r.candidate.imposer?.jurisdiction === c.imposer?.jurisdiction &&
          sharesProducts(r.candidate, c) &&
          removes(r.candidate) === removes(c),
      )
    )
      continue;
    const reach = c.products.length === 0 ? 1 : 4;
    const same = c.flags.includes('not_in_force')
      ? []
      : rated.filter(
          (r) =>
            r.candidate.imposer?.jurisdiction === c.imposer?.jurisdiction &&
            Math.abs(r.sentence - d.sentence) <= reach &&
            !remediesDiffer(r.candidate, c) &&
            sharesProducts(r.candidate, c) &&
            sharesTargets(r.candidate, c) &&
            (c.products.length === 0 || removes(r.candidate) === removes(c)),
        );
    if (same.length === 0) {
      const twin = unratedTwin(kept, c);
      if (twin) absorb(twin, d);
      else kept.push(d);
      continue;
    }
    for (const r of same) absorb(r, d);
  }
  return kept;
}
