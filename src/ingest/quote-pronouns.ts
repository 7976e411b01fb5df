/**
 * Who a pronoun stands for as a quote's speaker: "he" or "she" (pronounSpeaker), the speaker of a
 * quote earlier in its sentence, the person opening it or the clause of time before it, else the
 * subject of the sentence before, as a careful reader takes it (see subjects.ts), weighed by the
 * words that tell a person's gender; "it" (bodySubject), the body the sentence before is about;
 * and "quoted him as saying" (objectSpeaker), the last person the sentence before names.
 */
import { personMention, within, type Doc } from './doc.ts';
import { bodyAttribution } from './quote-body-speakers.ts';
import { named, sentenceAt, type Attribution, type Reading } from './quote-reading.ts';
import { SAY, SAYS_AFTER_SUBJECT } from './quote-verbs.ts';
import type { Sentence } from './sentences.ts';
import {
  clauseStart,
  clauseSubject,
  closingSource,
  joinedSubject,
  reachedPerson,
  topicPerson,
  type PersonSubject,
} from './subjects.ts';

/**
 * Words before a name that tell a person's gender, and so whether a pronoun could stand for
 * them: an honorific, or a word of kinship ("Her husband, Peter,").
 */
const HONORIFIC: Readonly<Record<string, RegExp>> = {
  he: /(?:\bMr\.?|\b(?:husband|son|brother|father|grandfather|nephew|uncle),?)\s+$/,
  she: /(?:\b(?:Ms|Mrs|Miss)\.?|\b(?:wife|daughter|sister|mother|grandmother|niece|aunt),?)\s+$/,
};

/**
 * The person of sentence `s` a pronoun stands for: its subject, unless the words before a name
 * say otherwise. "Ms. Okoro met Mr. Tan. "…," he said": not Okoro but the one other person who
 * may be a "he"; "Ms. Okoro met Ms. Brandt. "…," she said": either, so nobody (null); "Her
 * husband, Peter, runs the mill. "…," she said": nobody in it, so the reader looks further back
 * (undefined).
 */
function byGender(doc: Doc, s: Sentence, subject: PersonSubject, pronoun: string) {
  const own = HONORIFIC[pronoun.toLowerCase()];
  const other = HONORIFIC[pronoun.toLowerCase() === 'he' ? 'she' : 'he'];
  if (own === undefined || other === undefined)
    return named(subject.person, subject.name, 'pronoun');
  const titled = (at: number, re: RegExp) => re.test(doc.text.slice(Math.max(0, at - 14), at));
  const others = within(doc.people, s.start, s.end).filter((p) => p.name !== subject.name);
  if (titled(subject.start, other)) {
    const fit = new Set(others.filter((p) => !titled(p.start, other)).map((p) => p.name));
    const one = others.find((p) => fit.size === 1 && fit.has(p.name));
    if (one) return named(personMention(one), one.name, 'pronoun');
    return fit.size === 0 ? undefined : null;
  }
  const rival = others.some((p) => titled(p.start, own));
  return rival ? null : named(subject.person, subject.name, 'pronoun');
}

/**
 * "I met Minister Julie Collins on Friday. She told us, “…”": after a sentence whose subject is
 * the speaker's "I", "he" or "she" is the one other person it names, never the one speaking;
 * undefined when it names none or several.
 */
function otherThanSpeaker(doc: Doc, s: Sentence, subject: PersonSubject) {
  const met = within(doc.people, s.start, s.end).filter(
    (p) => !p.byRole && p.name !== subject.name,
  );
  const [one] = met;
  return one && met.every((p) => p.name === one.name)
    ? named(personMention(one), one.name, 'pronoun')
    : undefined;
}

/**
 * The last person a sentence has say something, set off by commas or not: "The duties were
 * sought by Wiremakers, whose chief executive, Ann Lee, said …".
 */
function sayingPerson(doc: Doc, s: Sentence): PersonSubject | undefined {
  const p = within(doc.people, s.start, s.end).findLast((o) =>
    SAYS_AFTER_SUBJECT.test(doc.text.slice(o.end, o.end + 40).replace(/^,/, '')),
  );
  return (
    p && { kind: 'person', person: personMention(p), name: p.name, start: p.start, end: p.end }
  );
}

/**
 * The speaker the subject of sentence `k` gives to a pronoun after it: a person; null when the
 * subject is someone unnamed or several people (the pronoun is then not resolved). When the
 * subject is no person: the person an opening "For …," is about, the subject of its last
 * joined clause ("…, and its director, Ana Ruiz, said …"), the last person it has say
 * something (see sayingPerson), or the source it closes on ("…,
 * grower Paul Tan said."; null for "…, a trader said."); else undefined, and the reader looks
 * further back.
 */
function subjectOf(r: Reading, k: number, pronoun: string): Attribution | null | undefined {
  const { doc } = r;
  const s = doc.sentences[k];
  if (!s) return undefined;
  const quoted = r.said.filter((q) => q.start < s.end && s.start < q.end);
  const by = quoted.at(-1)?.by;
  if (by) return by.person ? named(by.speaker, by.name, 'pronoun') : undefined;
  if (quoted.length > 0 && /^["“\x93‘\x91]/.test(doc.text.slice(s.start))) return null;
  const subject = clauseSubject(doc, s.start, s.end);
  switch (subject.kind) {
    case 'person':
      return doc.text.slice(subject.start, subject.end) === 'I'
        ? otherThanSpeaker(doc, s, subject)
        : byGender(doc, s, subject, pronoun);
    case 'pronoun':
      return subjectBefore(r, k, pronoun);
    case 'unnamed':
    case 'several':
      return null;
    case 'other': {
      const topic =
        topicPerson(doc, s.start, s.end) ??
        joinedSubject(doc, s.start, s.end) ??
        reachedPerson(doc, s.start, s.end) ??
        sayingPerson(doc, s);
      if (topic) return byGender(doc, s, topic, pronoun);
      const source = closingSource(doc, s.start, s.end);
      if (source?.kind === 'person') return byGender(doc, s, source, pronoun);
      return source ? null : undefined;
    }
  }
}

/** The subject of the nearest sentence before `k` (at most three back) that has one. */
function subjectBefore(r: Reading, k: number, pronoun: string): Attribution | null {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const found = subjectOf(r, j, pronoun);
    if (found !== undefined) return found;
  }
  return null;
}

/** A sentence opening with a clause of time or cause: "When Wang met Sidhu in May, …". */
const SUBORDINATE_OPENING =
  /^\s*(?:When|After|Before|As|While|Once|Although|Though|Since|Because|Upon)\s+/;

/**
 * The subject of a clause opening the sentence before a pronoun that opens the main clause
 * ("When Minister Wang met Sidhu on August 25, he stressed …": Wang); undefined when the
 * sentence opens otherwise or the pronoun does not follow that clause's comma.
 */
function subordinateSubject(doc: Doc, start: number, pronounAt: number) {
  const lead = SUBORDINATE_OPENING.exec(doc.text.slice(start, pronounAt));
  const comma = doc.text.lastIndexOf(',', pronounAt);
  if (!lead || comma < start || !/^,\s*$/.test(doc.text.slice(comma, pronounAt))) return undefined;
  const subject = clauseSubject(doc, start + lead[0].length, comma);
  return subject.kind === 'person' ? subject : undefined;
}

/** The one speaking as having met someone: "I met Minister Yeo on Friday, and he …". */
const I_MET =
  /\b(?:I|[Ww]e)\s+(?:(?:also|then|first|later)\s+)?(?:met|saw|called|sat down with|spoke (?:with|to))\b[^.;]*,\s+and\s+$/;

/**
 * Who "he" or "she" at `pronounAt` stands for: the person the people finder read there ("He"
 * of "He Yadong"); the speaker of a quote earlier in the same sentence ("“…,” she said,
 * adding: “…”") or a person opening it before the pronoun ("Rennick said he told …"); else
 * the subject of the sentence before, or the one an "I" of the sentence met (I_MET).
 */
export function pronounSpeaker(r: Reading, quoteAt: number, pronounAt: number, pronoun: string) {
  const surname = within(r.doc.people, pronounAt, pronounAt + 3).find(
    (p) => p.start === pronounAt && !p.byRole,
  );
  if (surname) return named(personMention(surname), surname.name, 'named');
  const k = sentenceAt(r.doc, quoteAt);
  const own = r.doc.sentences[k];
  if (own && own.start < pronounAt) {
    const earlier = r.said.filter((q) => q.start >= own.start && q.end <= pronounAt).at(-1)?.by;
    if (earlier?.person) return named(earlier.speaker, earlier.name, 'pronoun');
    const subject =
      subordinateSubject(r.doc, own.start, pronounAt) ?? clauseSubject(r.doc, own.start, pronounAt);
    if (subject.kind === 'person') return named(subject.person, subject.name, 'pronoun');
    // "I met Minister Yeo on Friday, and he put it to me: “…”": the one the speaker met.
    const met = I_MET.test(r.doc.text.slice(own.start, pronounAt))
      ? within(r.doc.people, own.start, pronounAt).filter((p) => !p.byRole)
      : [];
    const [one] = met;
    if (one && met.every((p) => p.name === one.name))
      return named(personMention(one), one.name, 'pronoun');
  }
  return subjectBefore(r, k, pronoun);
}

/** "…, the ministry said.": a body that says the sentence it ends. */
const SAID_LAST = new RegExp(`^\\s+${SAY}[.!]?\\s*$`, 'iu');

/**
 * "The embassy responded on Friday. “…,” it said": the body opening the sentence before, the
 * body saying it at its end ("…, the ministry said. “…,” it said"), or the body of the last
 * quote in it; else nobody.
 */
export function bodySubject(r: Reading, quoteAt: number): Attribution | null {
  const { doc } = r;
  const prev = doc.sentences[sentenceAt(doc, quoteAt) - 1];
  if (!prev) return null;
  const quoted = r.said.filter((q) => q.start >= prev.start && q.end <= prev.end).at(-1)?.by;
  if (quoted) return quoted.person ? null : quoted;
  const at = clauseStart(doc.text, prev.start, prev.end);
  const body =
    r.bodies.find((b) => b.start === at) ??
    r.bodies.find(
      (b) =>
        b.start >= prev.start &&
        b.end < prev.end &&
        SAID_LAST.test(doc.text.slice(b.end, prev.end)),
    );
  return body ? bodyAttribution(r, body) : null;
}

/**
 * "quoted him as saying": the person the sentence before is about, the last one it names.
 */
export function objectSpeaker(r: Reading, quoteAt: number): Attribution | null {
  const prev = r.doc.sentences[sentenceAt(r.doc, quoteAt) - 1];
  const last = prev ? within(r.doc.people, prev.start, prev.end).at(-1) : undefined;
  return last ? named(personMention(last), last.name, 'pronoun') : null;
}
