/**
 * The speaker of a quote a colon introduces: the person whose clause the colon ends ("Sidhu was
 * more measured: “…”", clauseSpeaker), also on the line before a quote set as a paragraph of its
 * own ("The Secretary said:", colonLineSpeaker), or the source a lead-in with no verb of saying
 * names ("A statement from the ministry:", "Quotes attributable to …:", sourceSpeaker); and where
 * the clause that governs a verb or a colon begins (governingClause).
 */
import { personMention, within } from './doc.ts';
import { bodyAttribution } from './quote-body-speakers.ts';
import { pronounSpeaker } from './quote-pronouns.ts';
import { named, sentenceAt, type Attribution, type Reading } from './quote-reading.ts';
import { clauseSubject } from './subjects.ts';

/**
 * Where a clause joined to the one before begins: "…, and a buyer …, said:", "…, although one
 * official cautioned that …", also after a quote that closes on its comma: "called it
 * “problematic,” and an official said …".
 */
const JOINED_CLAUSE = /(?:,["”\x94’\x92]?\s+(?:and|but|while|whereas|although|though)|;)\s+/g;
/** Where a clause of its own begins, joined or subordinate: "… when a message lit up the cab:". */
const ANY_CLAUSE =
  /(?:,\s+(?:and|but)|;|\b(?:when|while|whereas|because|until|unless|once|although|though))\s+/g;

/** The start of the last clause `opener` begins before `verbAt`, in a sentence from `from`. */
export function governingClause(
  text: string,
  from: number,
  verbAt: number,
  opener = JOINED_CLAUSE,
) {
  let at = from;
  for (const m of text.slice(from, verbAt).matchAll(opener)) at = from + m.index + m[0].length;
  return at;
}

/**
 * "Sidhu was more measured: “…”": the person whose clause ends at `quoteAt` (there, the
 * colon); not the subject of the sentence when another clause comes between ("Tan was loading
 * a truck when a text came:").
 */
export function clauseSpeaker(r: Reading, quoteAt: number, from: number): Attribution | null {
  const at = governingClause(r.doc.text, from, quoteAt, ANY_CLAUSE);
  const subject = clauseSubject(r.doc, at, quoteAt);
  if (subject.kind === 'person') return named(subject.person, subject.name, 'named');
  return subject.kind === 'pronoun' ? pronounSpeaker(r, quoteAt, at, '') : null;
}

/**
 * A colon's lead-in naming whose words follow, with no verb of saying: "A statement from the
 * foreign ministry on the meeting:", "From Okoro's opening remarks, just released:", "Quotes
 * attributable to the Minister, Ada Okoro:". What comes after the match names the source.
 */
const SOURCE_INTRO = new RegExp(
  [
    String.raw`^\s*(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+){0,2}(?:statement|readout|post|message|remarks|comments|speech|address|letter|release)\s+(?:from|by|of)\s+`,
    String.raw`^\s*From\s+(?=[^:;.]{1,60}?['’\x92]s\s+(?:\p{Ll}+\s+){0,2}(?:statement|remarks|comments|speech|address|post|message|letter|release)\b)`,
    String.raw`^\s*(?:Quotes?|Comments?|Remarks?)\s+(?:attributable|attributed)\s+to\s+`,
  ].join('|'),
  'iu',
);

/**
 * The source a colon's lead-in names (SOURCE_INTRO), its first person, else its first body:
 * the speaker of the quote after the colon. Null when the lead-in names no source so.
 */
export function sourceSpeaker(r: Reading, from: number, quoteAt: number): Attribution | null {
  const { doc } = r;
  const intro = SOURCE_INTRO.exec(doc.text.slice(from, quoteAt));
  if (!intro) return null;
  const at = from + intro[0].length;
  const person = within(doc.people, at, quoteAt)[0];
  if (person) return named(personMention(person), person.name, 'named');
  const body = r.bodies.find((b) => b.start >= at && b.end <= quoteAt);
  return body ? bodyAttribution(r, body) : null;
}

/**
 * "The Business and Trade Secretary said:", then the quote as a paragraph of its own: the
 * speaker of the clause the colon ends, as if the quote followed it on its line, or the source
 * its lead-in names ("Quotes attributable to …:").
 */
export function colonLineSpeaker(r: Reading, quoteAt: number): Attribution | null {
  const intro = r.doc.sentences[sentenceAt(r.doc, quoteAt) - 1];
  return intro
    ? (clauseSpeaker(r, quoteAt, intro.start) ?? sourceSpeaker(r, intro.start, quoteAt))
    : null;
}
