/**
 * The speaker named after a quote: whether the words after it can name one (attributedAfter),
 * the person or the body named first after it in its sentence ("…," said Tom Westerby of …;
 * "…," the ministry said; speakerAfter), and the person on the dash line that signs a quote
 * standing alone or opening its line ("- Mark Carney, Prime Minister", signedBy).
 */
import { personMention, within } from './doc.ts';
import { bodyAttribution } from './quote-body-speakers.ts';
import { named, sentenceAt, type Attribution, type Reading } from './quote-reading.ts';
import { SAY_AFTER, SUBJECT_AFTER } from './quote-verbs.ts';
import { isAnonymous } from './subjects.ts';

/**
 * True when the words after a quote can name its speaker: the quote ends with a comma, "!" or
 * "?", or with a full stop the sentence goes on after ("…." said Wang), and is not a phrase
 * the sentence goes on from ("called it “a blow” and said …").
 */
export const attributedAfter = (inner: string, after: string) =>
  /[,!?]$/.test(inner) ||
  /^\s*,/.test(after) ||
  (inner.endsWith('.') && !/^\s+\p{Lu}/u.test(after));

/**
 * The speaker named after a quote, in the same sentence ("…," said Tom Westerby of …; "…,"
 * the ministry said): the person or the body named first after the closing mark.
 */
export function speakerAfter(r: Reading, qEnd: number, after: string): Attribution | null {
  const { doc } = r;
  const sayAt = (SAY_AFTER.exec(after)?.[0].length ?? 0) + qEnd;
  const sentenceEnd = doc.sentences[sentenceAt(doc, qEnd)]?.end ?? qEnd;
  const end = Math.min(qEnd + 1 + after.length, Math.max(sentenceEnd, sayAt));
  const subjectAt = qEnd + 1 + (SUBJECT_AFTER.exec(after)?.[0].length ?? 0);
  if (isAnonymous(doc, subjectAt, end)) return null;
  const near = within(r.doc.people, qEnd, end)[0];
  const body = r.bodies.find((b) => b.start > qEnd && b.end <= end);
  if (near && near.start <= sayAt + 60 && (!body || near.start < body.start))
    return named(personMention(near), near.name, 'named');
  return body && body.start - qEnd < 60 ? bodyAttribution(r, body) : null;
}

/**
 * "- The Rt. Hon. Mark Carney, Prime Minister of Canada": the first person on the dash line,
 * the line under the quote (DASH_LINE) or the rest of its own (DASH_AFTER).
 */
export function signedBy(r: Reading, qEnd: number, dash: RegExp): Attribution | null {
  const line = dash.exec(r.doc.text.slice(qEnd + 1));
  if (!line) return null;
  const start = qEnd + 1 + line[0].length - (line[1]?.length ?? 0);
  const p = within(r.doc.people, start, qEnd + 1 + line[0].length)[0];
  return p ? named(personMention(p), p.name, 'named') : null;
}
