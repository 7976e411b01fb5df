/**
 * The people a pronoun stands for in an engagement's clause: "he" or "she" as the subject (the
 * person the sentences before open with, or the subject of the engagement told just before),
 * and "him" or "her" as the one met. Read against what the engagement reader has told so far
 * (`Told`, see engagement-parties.ts).
 */
import type { Mention, Span } from './candidates.ts';
import { BEFORE_THEN } from './engagement-dates.ts';
import { ENGAGEMENT_VERB } from './engagement-kinds.ts';
import type { Told } from './engagement-parties.ts';
import { isPerson, peopleIn, peopleWithin, sameParty } from './engagement-people.ts';
import type { Unit } from './engagement-units.ts';
import { isQuoted, personMention, type Doc } from './doc.ts';

/**
 * A phrase set before the subject of a sentence: "In her meeting with Ding on May 4, Ana …",
 * "The following day, she …".
 * The person named in it is not the one a pronoun in the next sentence stands for.
 */
export const FRONTED =
  /^\s*(?:(?:In|On|At|During|After|Before|Following|Ahead of|Over|Throughout)\b[^,.;"“\x93]{0,120}|(?:The|A|An|That|This|Later|Earlier)\b[^,.;"“\x93]{0,30}?\b(?:day|days|morning|afternoon|evening|week|later|earlier))\s*,/;
/**
 * A sentence opening with a pronoun subject: "She held talks with …", also after its day set
 * before it with no comma ("On Tuesday he saw …", "On April 14 she met …", "Two days later she
 * was in …").
 */
const PRONOUN_FIRST =
  /^\s*(?:(?:the\s+)?(?:next|following|same)\s+(?:day|morning|afternoon|evening)\s+|(?:a|one|two|three|four|five|several)\s+days?\s+later\s+|later\s+|then\s+|on\s+(?:[\w.]+\s+){1,3}?)?(?:he|she)\b/i;
/** A pronoun subject. */
const PRONOUN_WORD = /\b(?:he|she)\b/i;

/**
 * A pronoun right after an engagement verb, as the one met: "also met with him", "received her
 * in the afternoon", "held talks with him"; not "her" before her title ("met her counterpart").
 */
const OBJECT_PRONOUN =
  /^[\p{L}-]+\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:with|to)\s+)?(?:him\b|her(?=\s*(?:[,.;]|$|\s+(?:in|at|on|for|during|before|after|and|over|by)\b)))/iu;

/** The first person named between two offsets, outside quotation marks, not a writer's "I". */
export function firstNamed(doc: Doc, start: number, end: number) {
  return peopleWithin(doc, start, end).find(
    (p) => !isQuoted(doc, p.start) && doc.text.slice(p.start, p.end) !== 'I',
  );
}

/**
 * The people a pronoun subject stands for: in a second clause, the subjects of the
 * engagement the first clause opened ("A and B met Xi, before holding the summit with Li"),
 * or the first person it names when it opened none ("Lula was received with honours, and
 * held talks with …"); otherwise the first person named (outside quotation marks) in the
 * nearest sentence before that names one.
 */
export function antecedents(doc: Doc, unit: Unit, told: Told): Mention[] {
  const { current, out } = told;
  const { text } = doc;
  const s = doc.sentences[unit.index];
  if (s && unit.start !== s.start) {
    if (current && current.span.start >= s.start) {
      const people = current.participants.filter((p) => isPerson(doc, p));
      const verb = ENGAGEMENT_VERB.exec(text.slice(s.start, unit.start));
      const at = s.start + (verb?.index ?? 0);
      const subjects = people.filter((p) => p.span.start < at);
      return subjects.length > 0 ? subjects : people.slice(0, 1);
    }
    const named = firstNamed(doc, s.start, unit.start);
    return named ? [personMention(named)] : [];
  }
  const own = PRONOUN_WORD.exec(text.slice(unit.start, unit.end))?.[0].toLowerCase();
  for (let k = unit.index - 1; k >= Math.max(0, unit.index - 3); k--) {
    const b = doc.sentences[k];
    if (!b) continue;
    const fronted = FRONTED.exec(text.slice(b.start, b.end))?.[0].length ?? 0;
    // "She held talks with Li. A day later, she met Zhou": the same subject as before.
    const opened = out.findLast((e) => e.span.start >= b.start && e.span.start < b.end);
    const lead = opened?.participants[0];
    const first = [b.start + fronted, b.start]
      .map((from) => PRONOUN_FIRST.exec(text.slice(from, b.end)))
      .find((m) => m !== null);
    if (lead && isPerson(doc, lead) && first) return [lead];
    // "She is due to meet Wang on Friday. On Thursday she held talks with Ding": a sentence
    // opening with the same pronoun that told no engagement stands for the same person; the
    // people it names are others, and the one both stand for is named further back.
    if (first && own !== undefined && first[0].toLowerCase().endsWith(own)) continue;
    const named = firstNamed(doc, b.start + fronted, b.end) ?? firstNamed(doc, b.start, b.end);
    if (named) return [protagonist(doc, unit, b, personMention(named), told)];
  }
  return [];
}

/**
 * "Ruiz and Hale held the dialogue on Monday. … Hale said the talks went well.\n\nOn Tuesday
 * she called on Li": a pronoun that opens a paragraph after one that told an engagement stands
 * for its subject, not for another of its people the last sentence named.
 */
function protagonist(
  doc: Doc,
  unit: Unit,
  before: Span & { paragraph: number },
  named: Mention,
  told: Told,
): Mention {
  const { current } = told;
  const subject = current?.participants[0];
  if (
    !current ||
    !subject ||
    !isPerson(doc, subject) ||
    doc.sentences[unit.index]?.paragraph === before.paragraph ||
    unit.index - told.since > 3 ||
    sameParty(subject, named) ||
    !current.participants.some((p) => sameParty(p, named))
  )
    return named;
  return subject;
}

/**
 * "Xi met with Lula. Zhao also met with him.": a pronoun as the one met stands for a person
 * of the engagement told just before who is not the clause's subject (named, or `subjects`, the
 * people a pronoun subject stands for: "She also met him on Friday"): the one of them who
 * took part in an engagement before that too (a guest met in turn), else the one it met.
 * With no engagement told just before, it stands for the one person the sentence before
 * names, if it names one only.
 */
export function pronounMet(
  doc: Doc,
  unit: Unit,
  verb: RegExpExecArray,
  told: Told,
  subjects: readonly Mention[] = [],
): Mention[] {
  const { current, out } = told;
  const after = doc.text.slice(unit.start + verb.index, unit.end);
  if (!OBJECT_PRONOUN.test(after)) return [];
  // "he had spoken with her": told as before then, on a day not written; no one is guessed.
  if (BEFORE_THEN.test(after)) return [];
  const subject = [
    ...peopleWithin(doc, unit.start, unit.start + verb.index).map(personMention),
    ...subjects,
  ];
  const other = (p: Mention) => isPerson(doc, p) && !subject.some((q) => sameParty(p, q));
  if (!current || unit.index - told.since > 2) {
    // "Hale arrived in Beijing on Monday. Premier Li received him.": the one person the
    // sentence before names.
    const before = doc.sentences[unit.index - 1];
    const named = before ? peopleIn(doc, before, (x) => !isQuoted(doc, x.start)) : [];
    const people = named.filter(other);
    return people.length === 1 && named.length === 1 ? people : [];
  }
  const people = current.participants.filter(other);
  const earlier = out.slice(0, out.indexOf(current));
  const guests = people.filter((p) =>
    earlier.some((e) => e.participants.some((q) => sameParty(p, q))),
  );
  const [one] = guests.length === 1 ? guests : people.slice(-1);
  return one ? [one] : [];
}
