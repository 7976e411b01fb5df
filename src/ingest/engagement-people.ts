/**
 * The people a clause names as parties of an engagement, less places read as people (regions,
 * venues), speakers' labels and people named only as the owner of something else; and whether
 * two mentions are the same party, or the same person by their fullest names.
 */
import type { Mention, Span } from './candidates.ts';
import { personMention, within, type Doc } from './doc.ts';
import type { PersonMention } from './people.ts';
import { placeCode } from './places.ts';
import { namesSpeaker } from './turns.ts';

/** Whether all the words of one list are in the other, either way. */
const wordsCover = (x: readonly string[], y: readonly string[]) =>
  x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
const tokens = (m: Mention) => m.text.toLowerCase().split(/\s+/);
/**
 * Whether two mentions name the same party: the same actor, the words of one all in the other's,
 * or the same country named.
 */
export const sameParty = (a: Mention, b: Mention) =>
  (a.actor !== null && a.actor === b.actor) ||
  (a.text !== '' && wordsCover(tokens(a), tokens(b))) ||
  (a.jurisdiction !== null &&
    a.jurisdiction === b.jurisdiction &&
    placeCode(a.text) !== null &&
    placeCode(b.text) !== null);
/** Whether a party is a person named in the text, not a country's side. */
export const isPerson = (doc: Doc, m: Mention) => doc.people.some((p) => p.start === m.span.start);

/**
 * A name that ends in a region of the world ("Central Asia" after "Trade Representative for
 * South and"): a place read as a person, no party.
 */
const REGION_NAME =
  /\b(?:Asia|Africa|Europe|America|Americas|Pacific|Caribbean|Middle East|Oceania|Balkans|Arctic)$/;
/**
 * A name set after "at the" or "in the" ("met Anand at the Great Hall of the People", "in the
 * Oval Office"), or after a bare "in" ("On Wednesday, in Xiamen, the minister …"): a venue or a
 * city read as a person, no party. A person is not named with an article after a preposition of
 * place, nor after "in" unless as the owner of something ("in Li's view").
 */
const VENUE_BEFORE = /\b(?:(?:at|in|inside|outside)\s+the|in)\s+$/i;
const OWNER_AFTER = /^['’\x92]s?\b/;
const isVenue = (doc: Doc, p: PersonMention) =>
  VENUE_BEFORE.test(doc.text.slice(Math.max(0, p.start - 12), p.start)) &&
  !OWNER_AFTER.test(doc.text.slice(p.end, p.end + 3));

/**
 * The people named in [start, end), less places read as people (regions, venues) and speakers'
 * labels. Companies are no people already: the doc leaves out the names it knows as companies
 * ("carmaker BYD", "exporter Richardson International"), and keeps a person after a trade
 * ("exporter K. Rao").
 */
export const peopleWithin = (doc: Doc, start: number, end: number) =>
  within(doc.people, start, end).filter(
    (p) => !REGION_NAME.test(p.name) && !isVenue(doc, p) && !namesSpeaker(doc, p),
  );

/** Words of a title written into a name ("Vice-Premier Ding"): not the person's name. */
const TITLE_TOKEN =
  /^(?:vice|deputy|prime|premier|minister|president|secretary|commissioner|chancellor|ambassador|foreign|trade|commerce|finance|mr|mrs|ms|dr)\.?$/;

/** The words of a person's fullest name in the text, without title words. */
function nameWords(doc: Doc, m: Mention): string[] {
  const name = doc.people.find((p) => p.start === m.span.start)?.name ?? m.text;
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !TITLE_TOKEN.test(w));
}

/** The same person by their fullest names: "Wang" read as Wang Yi is not Wang Wentao. */
export function samePerson(doc: Doc, a: Mention, b: Mention): boolean {
  if (a.actor !== null && a.actor === b.actor) return true;
  const x = nameWords(doc, a);
  const y = nameWords(doc, b);
  return x.length > 0 && y.length > 0 && wordsCover(x, y);
}

/**
 * A person named only as the owner of something other than an engagement or their side:
 * "before Hale's threat", "met Vidal's chief of staff", "in Ruiz's absence"; not "Ruiz's talks
 * with Li", "Wang's visit", "Hale's delegation".
 */
const OWNS_OTHER =
  /^['’\x92]s\s+(?!(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|mission|talks|meetings?|call|conversation|summit|delegation|team|side|counterpart)\b)/;
/** Whether a person is named only as the owner of something else (OWNS_OTHER). */
export const ownsOther = (doc: Doc, p: Span) => OWNS_OTHER.test(doc.text.slice(p.end, p.end + 60));

/** The people named in a clause outside its asides, each once. */
export function peopleIn(doc: Doc, unit: Span, keep: (x: Span) => boolean): Mention[] {
  const people: Mention[] = [];
  for (const p of peopleWithin(doc, unit.start, unit.end).filter(keep)) {
    const m = personMention(p);
    if (!people.some((q) => sameParty(q, m))) people.push(m);
  }
  return people;
}
