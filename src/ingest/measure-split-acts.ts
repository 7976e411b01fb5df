/**
 * The measures a sentence tells beside the act its candidate holds: coordinated acts with no
 * rate, each on a measure and goods of its own ("ended its ban on Australian coal and lifted its
 * restrictions on Australian wine"), and the measure a removal takes goods out of, recalled with
 * its act after its rate ("exempted from the 30% tariff the United States imposed on …").
 */
import { clampConfidence, productMention, type Doc } from './doc.ts';
import { goodsIn } from './lexicon.ts';
import { coordinatedParts } from './measure-clauses.ts';
import type { Draft } from './measure-drafts.ts';
import { coordinatedUnrated } from './measure-groups.ts';
import { IMPOSED_ON, IMPOSER_RELATIVE_AFTER } from './measure-recall.ts';
import type { Sentence } from './sentences.ts';

/**
 * The measure a removal takes goods out of, recalled with its act right after its rate:
 * "Citrus will be exempted from the 30% tariff the United States imposed on South African
 * goods last August" tells of the exemption and recalls the 30% tariff on those goods, a
 * record of its own. Null when the removal has no single rate or no act is recalled after it.
 */
export function recalledUnderRemoval(doc: Doc, s: Sentence, removal: Draft): Draft | null {
  const c = removal.candidate;
  const [rate] = c.rates;
  if ((c.action !== 'suspended' && c.action !== 'lifted') || !rate || c.rates.length !== 1)
    return null;
  const { text } = doc;
  const after = text.slice(rate.span.end, s.end).trimStart();
  if (!IMPOSER_RELATIVE_AFTER.test(after)) return null;
  const on = IMPOSED_ON.exec(after);
  const from = on ? s.end - after.length + on.index + on[0].length : -1;
  const goods = on ? goodsIn(text, from - 4, s.end) : null;
  return {
    ...removal,
    candidate: {
      ...c,
      key: `${c.key}-recalled`,
      products: goods ? [productMention(goods)] : [],
      action: 'imposed',
      dates: { announced: null, effective: null, expires: null },
      confidence: clampConfidence(c.confidence - 0.15),
    },
    announcedInferred: false,
    effectiveInferred: false,
  };
}

/**
 * "Beijing ended its ban on Australian coal and lifted its restrictions on Australian wine":
 * coordinated acts with no rate, each on a measure and goods of its own, are measures of their
 * own. The draft told keeps the goods of its own part (the one holding `measureAt`); the
 * others are returned.
 */
export function splitCoordinated(doc: Doc, s: Sentence, measureAt: number, told: Draft): Draft[] {
  const others = coordinatedUnrated(doc, s, [measureAt], told);
  if (others.length === 0) return [];
  const own = coordinatedParts(doc.text, s).find((p) => p.start <= measureAt && measureAt < p.end);
  const c = told.candidate;
  const kept = own
    ? c.products.filter((p) => p.span.start >= own.start && p.span.end <= own.end)
    : [];
  if (kept.length === 0) return [];
  told.candidate = { ...c, products: kept };
  return others;
}
