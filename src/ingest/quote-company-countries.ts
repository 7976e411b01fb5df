/**
 * The country of a company that speaks: a country or its adjective written just before its name
 * ("Korea's Hanul …") or in the apposition after it, else, for a company given its own duty rate,
 * the country its goods come from ("foil from South Korea, assigning Hanul Co a rate of 31.4%").
 */
import { within, type Doc } from './doc.ts';
import type { CompanyName } from './people.ts';
import { sentenceAt } from './quote-reading.ts';

/** A company's country written before its name: "Korea's Hanul …", "Korean maker Hanul …". */
const COUNTRY_BEFORE = /^(?:['’\x92]s)?(?:\s+\p{Ll}+)?\s+$/u;
/** An apposition after a company's name: ", the only Korean respondent examined,". */
const APPOSITION_AFTER = /^,\s+(?:the|a|an)\s+[^,.;]{0,60}/;

/** A rate next to a company's name: "assigning Hanul Co a rate of 31.4%", "17% for BYD". */
const RATE_NEAR = /\d%/;
/** Where goods come from: "foil from South Korea, assigning …". */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/;
/** The rest of a sentence's exporters: "all other Korean exporters will pay 18.2%". */
const OTHER_BEFORE = /\bother\s+$/;
const FIRMS_AFTER =
  /^\s+(?:exporters|producers|companies|firms|makers|manufacturers|respondents|mills)\b/;

/**
 * The country of a company given its own rate: an exporter of the goods the sentence puts the
 * duty on, from the country they come from ("from South Korea") or of the "other" exporters
 * it names ("all other Korean exporters"); null when the sentence says neither.
 */
function exporterCountry(doc: Doc, c: CompanyName): string | null {
  const s = doc.sentences[sentenceAt(doc, c.start)];
  const near = doc.text.slice(Math.max(0, c.start - 40), c.end + 40);
  if (!s || !RATE_NEAR.test(near)) return null;
  const places = within(doc.places, s.start, s.end);
  const other = places.find(
    (p) =>
      OTHER_BEFORE.test(doc.text.slice(Math.max(0, p.start - 8), p.start)) &&
      FIRMS_AFTER.test(doc.text.slice(p.end, p.end + 20)),
  );
  const origin = places
    .filter((p) => p.end <= c.start)
    .findLast((p) => FROM_BEFORE.test(doc.text.slice(Math.max(0, p.start - 10), p.start)));
  return (other ?? origin)?.code ?? null;
}

/**
 * The country of a company named in full: a country or its adjective just before the name, or
 * in the apposition after it, else the exporters' country of a rate it is given; else unknown.
 */
export function companyCountry(doc: Doc, c: CompanyName): string | null {
  const before = within(doc.places, Math.max(0, c.start - 30), c.start).at(-1);
  if (before && COUNTRY_BEFORE.test(doc.text.slice(before.end, c.start))) return before.code;
  const aside = APPOSITION_AFTER.exec(doc.text.slice(c.end, c.end + 80));
  const inAside = aside ? within(doc.places, c.end, c.end + aside[0].length)[0] : undefined;
  return inAside?.code ?? exporterCountry(doc, c);
}
