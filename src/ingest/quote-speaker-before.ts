/**
 * The speaker of a quote introduced before it, in its sentence (speakerBefore): the subject of the
 * clause a participle of saying hangs on (", adding: “…”"), the person right after the last verb
 * of saying ("said Wang"), the source "according to" names or the person who opens the clause it
 * reports, the speaker of the quote before for a verb joined to it, the subject a relative clause
 * of saying is about or opens with, "I" (a release's signer or the one whose turn it is), else the
 * person or the body that governs the verb; the teller, not the listener, and nobody for a source
 * left unnamed or two people speaking together. Also the one a report quotes ("quoted Xi as
 * saying", quotedSpeaker).
 */
import { personMention, within, type Doc } from './doc.ts';
import type { PersonMention } from './people.ts';
import { bodyAttribution } from './quote-body-speakers.ts';
import { clauseSpeaker, governingClause } from './quote-colon-speakers.ts';
import { pronounSpeaker } from './quote-pronouns.ts';
import { named, type Attribution, type Reading } from './quote-reading.ts';
import { turnSpeaker } from './quote-turns.ts';
import {
  ACCUSE,
  EVALUATE,
  JUDGE,
  PARTICIPLE,
  RUN,
  SAY,
  SAY_OR_JUDGE,
  TO_LISTENER,
} from './quote-verbs.ts';
import { clauseStart, clauseSubject, isAnonymous } from './subjects.ts';

/**
 * A clause of "what" or "which" with a subject of its own before the verb of saying: "they met
 * for what an aide called “…”". Its subject speaks, not the sentence's.
 */
const RELATIVE_SUBJECT =
  /\b(?:what|which)\s+((?:an?|one|the|some|several|two|three)\s[^,;:]{0,50})$/i;

/**
 * A verb after the person who follows a verb of saying: the person is the subject of the clause
 * reported ("said the minister had made “…”"), not the one who says it ("said the minister").
 */
const REPORTED_SUBJECT =
  /^\s+(?:had|has|have|would|will|was|is|were|could|should|must|may|might|\p{Ll}+ed)\b/u;

/** "… and urged", "… but also said": a predicate with no subject of its own. */
const JOINED_VERB = /\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:had\s+|has\s+|have\s+)?$/;

/**
 * The body a person is of, between the person and the verb: "Rick White | of the Canadian
 * Canola Growers Association | said". The body is no rival subject.
 */
const OF_BODY = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,;:“\x93”\x94"‘\x91]{0,80}$/u;

/** Words between "according to" and the body it names: "the accompanying | White House …". */
const SOURCE_LEAD = /^\s*(?:the\s+(?:\p{Ll}+\s+){0,2})?$/u;

/**
 * "According to a ministry summary, Sidhu “pressed for …”": a source set off by its comma
 * reports the clause after it, and the person who opens that clause speaks, whatever the verb.
 * Null when the clause opens with no person ("according to the ministry, the duties “…”").
 */
function reportedPerson(doc: Doc, sourceAt: number, quoteAt: number): Attribution | null {
  const comma = doc.text.indexOf(',', sourceAt);
  if (comma === -1 || comma >= quoteAt) return null;
  const at = comma + 1 + (/^\s*/.exec(doc.text.slice(comma + 1, quoteAt))?.[0].length ?? 0);
  const subject = clauseSubject(doc, at, quoteAt);
  return subject.kind === 'person' ? named(subject.person, subject.name, 'named') : null;
}

/**
 * "I" before a verb of saying, maybe with a modal or an adverb between: "What I can say is
 * that …", "I would stress that …".
 */
const FIRST_PERSON_SAYS =
  /\bI\s+(?:(?:can|could|would|will|must|should|also|only|just|again|want\s+to|wish\s+to|have\s+to|need\s+to)\s+)*$/;

/**
 * Who "I" at `at` is: the signer of a release (see people.ts), else the one whose turn of a
 * transcript it is in.
 */
function narrator(r: Reading, at: number, quoteAt: number): Attribution | null {
  const signer = within(r.doc.people, at, at + 1)[0];
  if (signer) return named(personMention(signer), signer.name, 'named');
  return turnSpeaker(r.turns, quoteAt);
}

/** Verbs of judging or welcoming alone, not of saying: "regarded", "called". */
const JUDGE_ONLY = new RegExp(`^(?:${JUDGE}|${EVALUATE}|${ACCUSE})$`, 'iu');
/** A verb of saying and the "that" of the clause it reports: "told Luxon | that ". */
const SAYS_THAT = new RegExp(`\\b(${SAY})\\b${RUN}{0,40}?\\bthat\\s+$`, 'iu');

/**
 * The verb of saying whose reported clause holds a verb of judging at `judgeAt` with no person
 * as its subject: "Li told Luxon that China regarded New Zealand as “…”" is Li's telling, not
 * a judgement of China's own words. Null when the verb at `judgeAt` is one of saying, or a
 * person judges ("said that Ana Ruiz had called the move “…”").
 */
function tellingVerb(doc: Doc, from: number, judgeAt: number): RegExpExecArray | null {
  const { text } = doc;
  if (!JUDGE_ONLY.test(/^\S+/.exec(text.slice(judgeAt, judgeAt + 20))?.[0] ?? '')) return null;
  const that = text.lastIndexOf(' that ', judgeAt);
  if (that < from || within(doc.people, that, judgeAt).length > 0) return null;
  return SAYS_THAT.exec(text.slice(from, that + 6));
}

/** Before a person opening a relative clause: "…, which | Okoro said would be “…”". */
const RELATIVE_OPENS = /(?:,\s*|\b)(?:which|that|what)\s+$/;
/** Between that person and the verb of saying: nothing, or an adverb. */
const TO_SAYING = /^\s+(?:(?:also|later|then|once|had|has)\s+)?$/;

/**
 * The person a relative clause of saying opens with as its own subject: "Exporters want
 * faster approval, which Okoro said would be “…”" is Okoro's quote, however the sentence opens.
 */
function relativeOwnSubject(doc: Doc, from: number, sayAt: number): PersonMention | null {
  const p = within(doc.people, from, sayAt).at(-1);
  if (!p || !TO_SAYING.test(doc.text.slice(p.end, sayAt))) return null;
  return RELATIVE_OPENS.test(doc.text.slice(Math.max(from, p.start - 10), p.start)) ? p : null;
}

/** A relative clause of saying after its antecedent: "…, which later said", "…, who said". */
const RELATIVE_SAYER = /^,\s+(?:which|who)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * The body or the person a relative clause that holds the verb of saying at `sayAt` is about:
 * "Galvão met officials of the Ministry of Commerce, which later said it “…”" is the ministry's
 * quote, not the subject's. Null when the verb is in no such clause.
 */
function relativeSayer(r: Reading, from: number, sayAt: number): Attribution | null {
  const { doc } = r;
  const sayer = (o: { readonly end: number }) =>
    o.end <= sayAt && RELATIVE_SAYER.test(doc.text.slice(o.end, sayAt));
  const body = r.bodies.find((b) => b.start >= from && sayer(b));
  if (body) return bodyAttribution(r, body);
  const person = within(doc.people, from, sayAt).find(sayer);
  return person ? named(personMention(person), person.name, 'named') : null;
}

/**
 * The speaker of a quote introduced before it ("Kyle said: …", "the ministry said Beijing
 * “…”"): the person right after the last verb of saying ("said Wang"), or the body after
 * "according to" or "in the words of"; for a verb joined to the one before ("told Li that “…”
 * and urged …") the speaker of the quote before it; nobody when the source is left unnamed;
 * else the subject that
 * governs the verb (the person opening the clause, with nothing or only a clause set off by
 * commas before the verb: "Ebrard, who meets Greer on Monday, said …"); else the person or
 * the body (ministry, commission …) named last before the verb.
 */
export function speakerBefore(r: Reading, quoteAt: number, from: number): Attribution | null {
  const { doc } = r;
  const { text } = doc;
  const stretch = text.slice(from, quoteAt);
  let sayAt = -1;
  let sayEnd = -1;
  let verb = '';
  SAY_OR_JUDGE.lastIndex = 0;
  for (let v = SAY_OR_JUDGE.exec(stretch); v !== null; v = SAY_OR_JUDGE.exec(stretch)) {
    sayAt = from + v.index;
    sayEnd = sayAt + v[0].length;
    verb = v[0];
  }
  const teller = sayAt === -1 ? null : tellingVerb(doc, from, sayAt);
  if (teller) {
    sayAt = from + teller.index;
    sayEnd = sayAt + (teller[1]?.length ?? 0);
    verb = teller[1] ?? '';
  }
  // "Wang raised the matter with Ng, the ministry said, telling her that “…”": the teller is
  // the subject of the clause the participle hangs on, when a person or a pronoun.
  const participle = PARTICIPLE.exec(stretch);
  // "Orsi echoed the call, saying …, while Lula warned that “…”": a verb of saying after the
  // participle is the quote's own.
  const saidLater =
    participle !== null &&
    sayAt >= from + participle.index + (/^,\s+\w+/.exec(participle[0])?.[0].length ?? 0);
  if (participle && !saidLater) {
    const hangsOn = from + participle.index;
    const clause = governingClause(text, from, hangsOn);
    const main = clauseSubject(doc, clause, hangsOn);
    if (main.kind === 'person') return named(main.person, main.name, 'named');
    const at = clauseStart(text, clause, hangsOn);
    if (main.kind === 'pronoun')
      return pronounSpeaker(r, quoteAt, at, text.slice(at, at + 3).trim());
    const body = r.bodies.find((b) => b.start === at && b.end <= hangsOn);
    if (main.kind === 'other' && body) return bodyAttribution(r, body);
  }
  if (sayAt === -1) return null;
  const firstPerson = FIRST_PERSON_SAYS.exec(text.slice(from, sayAt));
  if (firstPerson) return narrator(r, from + firstPerson.index, quoteAt);
  // "He told Farrell that … “…” and urged Canberra to “…”": a verb joined to the one before
  // shares its subject, the speaker of the quote before it in the sentence.
  const joined = JOINED_VERB.test(text.slice(Math.max(from, sayAt - 12), sayAt));
  const earlier = r.said.filter((q) => q.start >= from && q.end <= sayAt).at(-1)?.by;
  if (joined && earlier) return earlier;
  // "Aziz held a call with Greer last Wednesday and described it afterwards as “…”", "He said
  // he had held a call with Lutnick and had warned him that Brazil “…”": a verb joined to the
  // one before, with no subject of its own, is the sentence's subject's, not the one met's.
  if (joined) {
    const at = clauseStart(text, from, sayAt);
    const opening = clauseSubject(doc, from, sayAt);
    if (opening.kind === 'person') return named(opening.person, opening.name, 'named');
    if (opening.kind === 'pronoun')
      return pronounSpeaker(r, quoteAt, at, text.slice(at, at + 3).trim());
  }
  const after = TO_LISTENER.test(verb)
    ? undefined
    : within(r.doc.people, sayEnd, quoteAt).find(
        (p) => p.start - sayEnd <= 2 && !REPORTED_SUBJECT.test(text.slice(p.end, p.end + 12)),
      );
  if (after) return named(personMention(after), after.name, 'named');
  // A subject after the verb: "according to the ministry", "said a senior official". The source
  // "according to", "in the words of" or "as noted by" names speaks, whoever the sentence is
  // about ("Officials met to, in the words of a ministry statement, “…”").
  const inverted = /^\s+(?:an?|one|another)\s/i.test(text.slice(sayEnd, quoteAt));
  const according = /^(?:according|in|as)\b/i.test(text.slice(sayAt, sayEnd));
  const reported = according ? reportedPerson(doc, sayEnd, quoteAt) : null;
  if (reported) return reported;
  if ((according || inverted) && isAnonymous(doc, sayEnd + 1, quoteAt)) return null;
  const source = r.bodies.find(
    (b) => b.start >= sayEnd && SOURCE_LEAD.test(text.slice(sayEnd, b.start)),
  );
  if (according && source && source.end <= quoteAt) return bodyAttribution(r, source);
  const ownSubject = relativeOwnSubject(doc, from, sayAt);
  if (ownSubject) return named(personMention(ownSubject), ownSubject.name, 'named');
  if (isAnonymous(doc, governingClause(text, from, sayAt), sayAt)) return null;
  const relative = RELATIVE_SUBJECT.exec(text.slice(Math.max(from, sayAt - 60), sayAt));
  if (relative && isAnonymous(doc, sayAt - (relative[1]?.length ?? 0), sayAt)) return null;
  const sayer = relativeSayer(r, from, sayAt);
  if (sayer) return sayer;
  const body = r.bodies.filter((b) => b.start >= from && b.end <= sayAt).at(-1);
  // The subject of the clause the verb is in ("…, and Kang Seok-min, a researcher at …, said"),
  // else of the sentence.
  const clause = governingClause(text, from, sayAt);
  for (const at of clause > from ? [clause, from] : [from]) {
    const opening = clauseSubject(doc, at, sayAt);
    if (opening.kind !== 'person') continue;
    const between = text.slice(opening.end, sayAt);
    const others = within(r.doc.people, opening.end, sayAt).filter((p) => p.name !== opening.name);
    // A body inside a clause set off by commas ("…, of the Lumber Coalition, …") is no rival.
    const aside = Math.max(opening.end, text.lastIndexOf(',', sayAt));
    const alone = others.length === 0 && (!body || body.start < aside);
    if (
      /^\s*$|^,[^]*,\s*$/.test(between) ||
      alone ||
      (others.length === 0 && OF_BODY.test(between))
    )
      return named(opening.person, opening.name, 'named');
  }
  const subject = within(r.doc.people, from, sayAt).at(-1);
  // "He welcomed the decision, and said that … “…”": a pronoun opening the sentence, with no one
  // named before the verb, is its speaker.
  if (!subject && !body && clauseSubject(doc, from, sayAt).kind === 'pronoun') {
    const at = clauseStart(text, from, sayAt);
    return pronounSpeaker(r, quoteAt, at, text.slice(at, at + 3).trim());
  }
  if (subject && (!body || subject.start > body.start)) {
    if (pairedSubject(doc, subject, sayAt)) return null;
    return named(personMention(subject), subject.name, 'named');
  }
  return body ? bodyAttribution(r, body) : null;
}

/**
 * "Ana Ruiz and Premier | Li Wen", "Ana Ruiz and her Chilean counterpart | Luis Vega": the join
 * of two people, with the second one's title between.
 */
const JOINED_PERSON = /^,?\s+and\s+(?:[\p{L}.'’\x92-]+\s+){0,4}$/u;
/** Between a subject and its verb: nothing, or an aside set off by commas. */
const TO_VERB = /^(?:\s*|,[^,]*,\s*)$/;

/**
 * True when the person before a verb of saying is the second of two joined as its subject
 * ("after Ana Ruiz and Premier Li Wen, who met in March, pledged to “…”"): the words are the
 * pair's, no one person's, as a joint statement's are.
 */
function pairedSubject(doc: Doc, p: PersonMention, sayAt: number): boolean {
  if (!TO_VERB.test(doc.text.slice(p.end, sayAt))) return false;
  const first = within(doc.people, Math.max(0, p.start - 60), p.start).at(-1);
  return first !== undefined && JOINED_PERSON.test(doc.text.slice(first.end, p.start));
}

/** "Wang was quoted by Xinhua as saying": the subject of the clause is the one quoted. */
const PASSIVE = /\b(?:was|were|is|are|been)\s+$/;

/**
 * "quoted Xi as saying “…”": the person the report quotes, or the one "him" stands for, or the
 * subject of a passive ("Xi was quoted as saying").
 */
export function quotedSpeaker(r: Reading, quoteAt: number, quoted: RegExpExecArray, from: number) {
  const at = quoteAt - quoted[0].length;
  if (quoted[1]) return pronounSpeaker(r, quoteAt, at, quoted[1]);
  if (PASSIVE.test(r.doc.text.slice(Math.max(from, at - 12), at)))
    return clauseSpeaker(r, at, from);
  const p = within(r.doc.people, Math.max(from, at), quoteAt)[0];
  return p ? named(personMention(p), p.name, 'named') : null;
}
