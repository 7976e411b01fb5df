/**
 * The groups of people a clause with several people met splits into, one engagement each
 * (splitObjects): one per day written for them ("met Hu on Wednesday and Li on Thursday"), one per
 * person met in turn ("also met A and B", "held separate calls with A and B") or on a trip's days,
 * else one of them all.
 */
import { addDays } from '../core/dates.ts';
import type { Mention } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { eventDateIn, type Doc } from './doc.ts';
import { inferredOn } from './engagement-dates.ts';
import { ENGAGEMENT_VERB, engagementVerb, type Kind } from './engagement-kinds.ts';
import { isPerson } from './engagement-people.ts';
import { daysOfTrip, onTrip } from './engagement-trips.ts';

/**
 * Words that say several people were met one after another, not together: "separately", "in
 * turn", "held bilateral meetings with A and B" (one meeting each), "held calls with A and B"
 * (one call each), "with A on … and with B on …" (the "with" said again for each).
 */
export const IN_TURN =
  /\b(?:also(?!\s+(?:present|attended|took part|sat in|in attendance)\b)|separate(?:ly)?|in turn|respectively|individually|back-to-back|one-on-one|and then|then with|and with|bilateral (?:meetings|talks)|bilaterals|(?:phone |telephone |video )?calls with)\b/i;

/** Two parts of one day, one for each person met: "met A in the morning and B in the afternoon". */
const PARTS_OF_DAY =
  /\b(?:in the|on \w+day) (morning|afternoon|evening)\b[^;]{1,120}?\b(?:in the|that|later that) (?!\1\b)(?:morning|afternoon|evening)\b/i;
/** A later part of the day told before, right after a party met: "and Trump that afternoon". */
const LATER_THAT_DAY = /^\s+(?:(?:later\s+)?that|in the)\s+(?:afternoon|evening)\b/i;

/** "…, who was joined by …", "accompanied by": the next person took part with the one before. */
const JOINED_BY = /\b(?:(?:joined|accompanied) by\b|together with\b)/i;

/** The people of one engagement, with the day written for them alone (null: no day). */
interface Group {
  readonly group: Mention[];
  readonly date?: DateMention | null;
}

/**
 * The engagements a clause with several people met tells: one per day written for them
 * (splitByDays), one per person met in turn (splitInTurn), else one of them all.
 */
export function splitObjects(
  doc: Doc,
  sentence: string,
  start: number,
  kind: Kind,
  participants: Mention[],
): Group[] {
  const byDay =
    kind === 'meeting' || kind === 'call' || kind === 'visit'
      ? splitByDays(doc, sentence, start, participants)
      : undefined;
  if (byDay) return byDay;
  const groups = splitInTurn(doc, sentence, start, kind, participants);
  const ofTrip = daysOfTrip(doc, sentence, start);
  return groups.map((group) => (ofTrip ? { group, date: null } : { group }));
}

/**
 * The words between a party met and the day: a place ("at the Great Hall of the People on"),
 * a side's noun ("the Korean delegation in Geneva on"), no verb ("and Li signed the deal on"
 * tells another clause). Lowercase words are a few.
 */
const PLACE_WORDS =
  /^(?:[\s,]+|(?:on|in|at|the|of|a|an|and|with|morning|afternoon|evening|delegation|team|side|officials)\b|[\p{Lu}\d][\p{L}\d'’\x92.-]*)*$/u;

/** Engagements named by their noun, the people met after it: "a trip that included meetings with". */
const MET_NOUN = /\b(?:meetings?|talks|calls?)\s+with\b/i;
/** The day after the one told before, right after a party met: "and Li the next day". */
const NEXT_DAY_AFTER =
  /^(?:\s+(?:delegation|team|side|officials))?\s+(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b/i;

/**
 * "Ruiz met Hu on Wednesday and Li on Thursday", "Peruvian officials met the Korean delegation on
 * Tuesday, and the Chinese delegation the next day", "Ruiz's trip included meetings with Hu on
 * Monday and Li on Tuesday": one subject (a person or a side) meeting each party on a day of their
 * own is one engagement each, on its day. A party with no day after them goes with the next one
 * written ("met Hu on Monday and Li and Wu on Tuesday"); one met "that afternoon" is met apart
 * on the day before it. Undefined unless two days differ.
 */
function splitByDays(
  doc: Doc,
  sentence: string,
  start: number,
  participants: Mention[],
): Group[] | undefined {
  if (participants.length < 3) return undefined;
  const verb = engagementVerb(sentence) ?? MET_NOUN.exec(sentence);
  if (!verb) return undefined;
  const at = start + verb.index;
  const subjects = participants.filter((p) => p.span.end <= at);
  const subject = subjects[0];
  if (subjects.length !== 1 || !subject) return undefined;
  // A person meets people; a side may meet sides.
  const side = !isPerson(doc, subject);
  const objects = participants.filter((p) => p.span.start > at && (side || isPerson(doc, p)));
  if (objects.length < 2) return undefined;
  const groups: { group: Mention[]; date: DateMention }[] = [];
  let pending: Mention[] = [];
  const between = (i: number) =>
    doc.text.slice(objects[i]?.span.end ?? 0, objects[i + 1]?.span.start ?? 0);
  if (objects.some((_, i) => i + 1 < objects.length && ENGAGEMENT_VERB.test(between(i))))
    return undefined;
  objects.forEach((o, i) => {
    pending.push(o);
    const end = objects[i + 1]?.span.start ?? start + sentence.length;
    const last = groups.at(-1)?.date.iso;
    const day =
      eventDateIn(doc, o.span.end, end) ??
      (last !== undefined && NEXT_DAY_AFTER.test(doc.text.slice(o.span.end, end))
        ? inferredOn(o.span.end, addDays(last, 1))
        : undefined);
    // "… Bessent on Tuesday morning and Trump that afternoon": a meeting of its own that day.
    const lastGroup = groups.at(-1);
    if (
      !day &&
      lastGroup &&
      pending.length === 1 &&
      LATER_THAT_DAY.test(doc.text.slice(o.span.end, end))
    ) {
      groups.push({ group: [subject, ...pending], date: lastGroup.date });
      pending = [];
      return;
    }
    if (!day || !PLACE_WORDS.test(doc.text.slice(o.span.end, Math.max(o.span.end, day.start))))
      return;
    groups.push({ group: [subject, ...pending], date: day });
    pending = [];
  });
  groups.at(-1)?.group.push(...pending);
  return new Set(groups.map((g) => g.date.iso)).size >= 2 ? groups : undefined;
}

/**
 * "Anand also met Ding Xuexiang and Wang Wentao": one subject meeting several people in turn
 * is one meeting each, not one meeting of three; so are the people met on a trip of days
 * (onTrip), those met in two parts of a day ("met A in the morning and B in the afternoon",
 * "met A on Tuesday morning and B that afternoon")
 * and those called in turn ("held separate calls with A and B"). Without such words
 * ("Ebrard met LeBlanc and Sidhu in Ottawa") the three met together. A person "joined by" or
 * "accompanied by" another is met with them ("also met Jaishankar, and Goyal, who was joined by
 * Sidhu": two meetings).
 */
function splitInTurn(
  doc: Doc,
  sentence: string,
  start: number,
  kind: Kind,
  participants: Mention[],
): Mention[][] {
  const inTurn = IN_TURN.test(sentence) || PARTS_OF_DAY.test(sentence);
  if (
    !(
      ((kind === 'meeting' || kind === 'visit') && (inTurn || onTrip(sentence))) ||
      (kind === 'call' && inTurn)
    ) ||
    participants.length < 3
  )
    return [participants];
  const verb =
    /\b(?:met|meets|meet with|meeting|(?:held|holding|holds|had) (?:[\w-]+\s+){0,2}?(?:talks|meetings?|calls) with|sat down with|called on)\b/i.exec(
      sentence,
    );
  if (!verb) return [participants];
  const at = start + verb.index;
  const subjects = participants.filter((p) => p.span.end <= at && isPerson(doc, p));
  const objects = participants.filter(
    (p) => p.span.start > at && (isPerson(doc, p) || p.jurisdiction !== null),
  );
  if (subjects.length !== 1 || objects.length < 2 || !subjects[0]) return [participants];
  const subject = subjects[0];
  const groups: Mention[][] = [];
  objects.forEach((o, i) => {
    const before = objects[i - 1];
    const last = groups.at(-1);
    if (before && last && JOINED_BY.test(doc.text.slice(before.span.end, o.span.start)))
      last.push(o);
    else groups.push([subject, o]);
  });
  return groups;
}
