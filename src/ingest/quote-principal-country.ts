/**
 * The country a text is mainly about, which a body with no other country speaks for: its
 * dateline's, the letterhead's of the body whose release it is, the place it is dated at, or the
 * country (or province or state) its first sentence opens with (principalCountry); else the one
 * country of all the bodies it names with theirs (soleBodyCountry).
 */
import { DATELINE, datelineCountry, firstSentence, within, type Doc } from './doc.ts';
import { letterheadCountry } from './letterhead.ts';
import { regionIn } from './places.ts';
import type { Body } from './quote-reading.ts';

/** A line of a place and a date, as a release is dated: "New Delhi, 22 May 2026". */
const PLACE_DATE_LINE = /^[^,\n]{2,40},[^\n]{0,30}\b\d{4}\.?$/;

/**
 * The country of the place a release is dated at, on a line of its own before its first
 * sentence ("New Delhi, 22 May 2026"): where the text comes from.
 */
function placeLineCountry(doc: Doc): string | null {
  for (const s of doc.sentences.slice(0, firstSentence(doc))) {
    if (!PLACE_DATE_LINE.test(doc.text.slice(s.start, s.end).trim())) continue;
    const place = within(doc.places, s.start, s.end)[0];
    if (place && doc.text.slice(s.start, place.start).trim() === '') return place.code;
  }
  return null;
}

/**
 * The country a text is mainly about: its dateline's, when that country is named in the text
 * too ("BEIJING - China will …"), else the country of the body whose letterhead heads it, or of
 * the place it is dated at, else the country that opens its first sentence, or the country of the province or state that does
 * ("Nova Scotia lobster shippers say …").
 */
export function principalCountry(doc: Doc): string | null {
  const home = datelineCountry(doc) ?? letterheadCountry(doc) ?? placeLineCountry(doc);
  if (home !== null) return home;
  const first = doc.sentences[firstSentence(doc)];
  if (!first) return null;
  const at = first.start + (DATELINE.exec(doc.text.slice(first.start, first.end))?.[0].length ?? 0);
  const place = within(doc.places, at, first.end)[0];
  if (place && /^(?:The\s+)?$/.test(doc.text.slice(at, place.start))) return place.code;
  const region = regionIn(doc.text.slice(at, Math.min(first.end, at + 40)));
  return region && /^(?:The\s+)?$/.test(doc.text.slice(at, at + region.at)) ? region.code : null;
}

/**
 * The country of every body a text names with its country, when that is one country (a
 * Chinese release names "the Customs Tariff Commission of the State Council", then "the
 * Ministry of Commerce"): the home of a body it names with none, when the text has no
 * principal country. Companies, whose country is that of their goods, do not count, nor does
 * the other party named as a side ("the Canadian side").
 */
export function soleBodyCountry(bodies: readonly Body[]): string | null {
  const codes = new Set(
    bodies.filter((b) => b.head !== 'company' && b.head !== 'side').map((b) => b.code),
  );
  codes.delete(null);
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}
