/**
 * An engagement told before, told again: the words that refer back to it ("During the call",
 * "The meeting took place on Tuesday") or set another engagement apart from it ("met again",
 * "separately"), the record a clause names again (toldBefore), and what a retelling adds to it:
 * its people in place of its countries, people who went along, its day, a more precise kind
 * (retell).
 */
import type { EngagementCandidate, Mention } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { clampConfidence, type Doc } from './doc.ts';
import { TOOK_PART } from './engagement-asides.ts';
import { covers, type WrittenDay } from './engagement-dates.ts';
import type { Kind } from './engagement-kinds.ts';
import { isPerson, sameParty, samePerson } from './engagement-people.ts';
import type { Reading } from './engagement-readings.ts';
import { planned } from './engagement-units.ts';
import { placeCode } from './places.ts';

/** "The two leaders met again on Friday": another engagement of the people told before. */
export const AGAIN = /\b(?:met|spoke|talked|held talks)\s+again\b/i;
/** Words that refer back to the engagement told before: "During the call", "The co-chairs". */
export const REFERS_BACK =
  /\b(?:(?:during the|in the|at the|on the) (?:call|meeting|talks|visit|summit|dialogue|conversation|session|round)\b|the two (?:leaders|sides|ministers|premiers|presidents|officials)\b|both sides\b|the (?:two )?(?:sides|co-chairs)\b)/i;

/** Kinds a more precise word may name again: a visit or meeting that was a dialogue round. */
export const LOOSE_KINDS: ReadonlySet<Kind> = new Set(['meeting', 'visit']);

/**
 * Whether each of two lists of parties names a person the other does not: "A and B were
 * received by Vidal. … they co-chaired the summit with Lagos" tells two engagements, not one.
 */
export const otherPeople = (doc: Doc, a: readonly Mention[], b: readonly Mention[]) =>
  [a, b].every((x) =>
    x.some((p) => isPerson(doc, p) && !(x === a ? b : a).some((q) => sameParty(p, q))),
  );

/** Kinds that may name one engagement: the same, or a visit and a meeting. */
const sameKind = (a: Kind, b: Kind) => a === b || (LOOSE_KINDS.has(a) && LOOSE_KINDS.has(b));

/**
 * A record told in the last few sentences, of the same people and a kind that fits: without a
 * day, the engagement a later sentence gives the day of (`undated`), or one of the same kind
 * told again on its `day`; with any day, the one a clause names again as known (KNOWN_WITH).
 * Only when one record fits.
 */
export function toldBefore(
  doc: Doc,
  out: readonly EngagementCandidate[],
  index: number,
  kind: Kind,
  participants: readonly Mention[],
  undated: boolean,
  day?: string,
  known = false,
): EngagementCandidate | undefined {
  // The same people on the same day are the same engagement anywhere in the text ("the call,
  // as told in each capital"), and so is one named as known with no day ("Anwar, after his
  // meeting with Rubio: …"); else only one told in the last few sentences.
  const from =
    !undated || day !== undefined ? 0 : (doc.sentences[Math.max(0, index - 6)]?.start ?? 0);
  // "After the talks with Wang on Monday, China's commerce ministry said …": talks named as
  // known are those of the people named, whatever side the clause names besides.
  const people = known ? participants.filter((p) => isPerson(doc, p)) : participants;
  const fits = out.filter(
    (e) =>
      (!undated || e.date === null || (e.date === day && sameKind(e.kind, kind))) &&
      e.span.start >= from &&
      (e.kind === 'call') === (kind === 'call') &&
      (known ? people.length > 0 : e.participants.length === participants.length) &&
      people.every((p) => e.participants.some((q) => samePerson(doc, p, q))),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The records less those told twice: a record of the same people, kind and day as one before it
 * (a release that heads its readout "Minister Dien had a telephone talk with the United States
 * Trade Representative" and names him below, where the other side's readout told the call
 * first) is that one, and gives it what it adds.
 */
export function withoutTwins(doc: Doc, out: readonly EngagementCandidate[]): EngagementCandidate[] {
  const kept: EngagementCandidate[] = [];
  for (const e of out) {
    const twin = kept.find(
      (k) =>
        k.date !== null &&
        k.date === e.date &&
        sameKind(k.kind, e.kind) &&
        k.participants.length === e.participants.length &&
        e.participants.every((p) => k.participants.some((q) => samePerson(doc, p, q))),
    );
    if (!twin) {
      kept.push(e);
      continue;
    }
    for (const o of e.outcomes)
      if (!twin.outcomes.some((x) => x.text === o.text)) twin.outcomes.push(o);
    for (const c of e.commitments)
      if (!twin.commitments.some((x) => x.text === c.text)) twin.commitments.push(c);
  }
  return kept;
}

/**
 * An engagement named as one the reader knows, with the person it was with: "In his meeting
 * with Pham, Li said …", "during their talks with Hu".
 */
export const KNOWN_WITH =
  /\b(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|conversation)\s+with\b/i;

/** An engagement told apart from the one before: "separately", "also met", "in a bilateral". */
export const SEPARATE = /\b(?:separate(?:ly)?|also met|in a bilateral)\b/i;
/** A clause set in a trip or a gathering told before: "During the visit, …", "At the summit, …". */
export const IN_OCCASION =
  /^\s*(?:During|In the course of|On the sidelines of|On the margins of|At|On) (?:the|that|this|her|his|their) (?:[\w-]+\s+)?(?:visit|trip|tour|stay|mission|summit|conference|forum)\b/i;
/**
 * "The two ministers had met earlier in Washington on 15 September": an earlier engagement of
 * the same people, told after the one the text is about. The tense says it is another one.
 */
const RECALLED_AGAIN =
  /\b(?:had\s+(?:(?:already|first|last|previously|earlier)\s+)?(?:met|spoken|talked|held)|last (?:met|spoke|talked))\b/i;

/** A gathering named back by its kind: "held the summit with Li", "at the talks". */
export const NAMED_BACK =
  /\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:summit|meeting|talks|dialogue|session|round)\b/i;

/** "The meeting took place on Tuesday": the engagement told before, as the subject. */
export const BACK_SUBJECT =
  /^\s*(?:The|That|This)\s+(?!(?:next|last|previous|first|earlier|new)\b)(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|visit|summit|session|dialogue|round)\b/i;

/**
 * A clause whose subject is the body whose session was told before: "… co-chaired the Joint
 * Economic and Trade Committee (JETCO) … The JETCO met on Thursday". Not a country ("The
 * Chinese side") or a person by title ("The President").
 */
const BODY_SUBJECT = /^\s*The\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})/u;
function repeatsBody(doc: Doc, engagement: EngagementCandidate, sentence: string): boolean {
  const m = BODY_SUBJECT.exec(sentence);
  const name = m?.[1];
  if (!name || name.split(/\s+/).some((w) => placeCode(w) !== null)) return false;
  if (TITLE_WORD.test(name)) return false;
  return doc.text.slice(engagement.span.start, engagement.span.end).includes(name);
}
/** A word of a title: "The President", "The Trade Minister" name a person, not a body. */
const TITLE_WORD =
  /\b(?:President|Premier|Minister|Secretary|Chancellor|Commissioner|Ambassador|Representative|Governor|Envoy|Leader|Chair(?:man|woman)?|Spokes(?:person|man|woman))\b/;

/**
 * "The two ministers had met earlier in Washington on 15 September": a clause that refers back
 * to the people of the engagement before and tells an earlier engagement of theirs.
 */
export const recalledAgain = ({ found, sentence, opening }: Reading) =>
  found !== null &&
  planned(sentence) === null &&
  REFERS_BACK.test(opening) &&
  RECALLED_AGAIN.test(sentence);

/**
 * A clause about the engagement told before: "During the call, …", "The meeting took place on
 * Tuesday", "The JETCO met on 4 December".
 */
export const tellsOf = (doc: Doc, engagement: EngagementCandidate, reading: Reading) =>
  REFERS_BACK.test(reading.opening) ||
  BACK_SUBJECT.test(reading.sentence) ||
  (reading.found !== null && repeatsBody(doc, engagement, reading.sentence));

/** Gives an engagement told without a day the day now read. */
export function giveDay(engagement: EngagementCandidate, day: DateMention): void {
  engagement.date = day.iso;
  engagement.confidence = clampConfidence(engagement.confidence + (day.inferred ? 0.1 : 0.15));
  if (day.inferred && !engagement.flags.includes('date_inferred'))
    engagement.flags.push('date_inferred');
}

/** An engagement whose parties are all countries: no person is named. */
export const countriesOnly = (doc: Doc, e: EngagementCandidate) =>
  e.participants.every((p) => !isPerson(doc, p));

/**
 * "Hale hosted the presidents of the Commission and the Council … The summit brought together
 * Hale, Ruiz and Costa": people named for the engagement told before, where it had a side
 * with no one named: all its people, and more.
 */
export function namesItsSides(
  doc: Doc,
  previous: EngagementCandidate,
  participants: readonly Mention[],
): boolean {
  const before = previous.participants.filter((p) => isPerson(doc, p));
  const now = participants.filter((p) => isPerson(doc, p));
  return (
    before.length < previous.participants.length &&
    now.length > before.length &&
    before.every((p) => now.some((q) => sameParty(p, q)))
  );
}

/**
 * "Hale held a call with the President of Peru on Monday. Hale held a telephone conversation
 * with the President of Peru, Rosa Vidal, …": a person of a country that was a side of the
 * engagement before with no one named, who was not one of its parties.
 */
const fillsSide = (doc: Doc, previous: EngagementCandidate, p: Mention) =>
  isPerson(doc, p) &&
  !previous.participants.some((q) => sameParty(p, q)) &&
  previous.participants.some(
    (c) =>
      !isPerson(doc, c) &&
      c.jurisdiction !== null &&
      (c.jurisdiction === p.jurisdiction || titledAlike(doc, c, p)),
  );

/**
 * The office after a country's possessive or demonym: "China's | ambassador", "the Japanese |
 * ambassador".
 */
const OFFICE_OF_SIDE = /^(?:['’\x92]s)?\s+(\p{Ll}+)\b/u;
/** The office before a name: "Ambassador | Wang Di". */
const OFFICE_BEFORE_NAME = /(\p{L}+)\s+$/u;
/**
 * "met China's ambassador on Monday. … held talks with Ambassador Wang Di", "met the Japanese
 * ambassador this week. … met Ambassador Kenji Sato": the person holds the office the side was
 * told by.
 */
function titledAlike(doc: Doc, side: Mention, person: Mention): boolean {
  const office = OFFICE_OF_SIDE.exec(doc.text.slice(side.span.end, side.span.end + 30))?.[1];
  const title = OFFICE_BEFORE_NAME.exec(
    doc.text.slice(Math.max(0, person.span.start - 30), person.span.start),
  )?.[1];
  return office !== undefined && office.toLowerCase() === title?.toLowerCase();
}

/**
 * The engagement before told again with a person in place of a country side (fillsSide):
 * every party is one of it or such a person, and one at least is such a person.
 */
export function fillsItsSides(
  doc: Doc,
  previous: EngagementCandidate,
  participants: readonly Mention[],
): boolean {
  return (
    participants.some((p) => fillsSide(doc, previous, p)) &&
    participants.every(
      (p) => fillsSide(doc, previous, p) || previous.participants.some((q) => sameParty(p, q)),
    )
  );
}

/**
 * The engagement before, told again: its people named where only its countries were (a
 * country side by its person, or all its people), the people said to have gone along ("Ruiz,
 * who was accompanied by Hale, spent two hours with Li", TOOK_PART), its day when it had none,
 * and a kind more precise than a meeting.
 */
export function retell(
  doc: Doc,
  previous: EngagementCandidate,
  sentence: string,
  kind: Kind,
  participants: Mention[],
  dateHit: WrittenDay | undefined,
): void {
  if (fillsItsSides(doc, previous, participants)) {
    const people = participants.filter((p) => fillsSide(doc, previous, p));
    previous.participants = previous.participants.map(
      (p) =>
        people.find(
          (q) => !isPerson(doc, p) && (q.jurisdiction === p.jurisdiction || titledAlike(doc, p, q)),
        ) ?? p,
    );
  } else if (namesItsSides(doc, previous, participants)) previous.participants = participants;
  else if (
    TOOK_PART.test(sentence) &&
    previous.participants.every((p) => participants.some((q) => sameParty(p, q)))
  )
    previous.participants = [
      ...previous.participants,
      ...participants.filter((p) => !previous.participants.some((q) => sameParty(p, q))),
    ];
  if (dateHit && (previous.date === null || covers(dateHit, previous.date)))
    previous.date = dateHit.iso;
  if (kind !== 'meeting' && previous.kind === 'meeting') previous.kind = kind;
}
