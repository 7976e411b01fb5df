/**
 * Engagement candidates: calls, meetings, visits, summits and dialogue rounds. A sentence with
 * a word for one of them and at least two parties (two people, or a person and a country,
 * or two countries for a dialogue between delegations) opens an engagement; the sentences
 * after it ("During the call, the two leaders agreed to …") add outcomes and commitments
 * until another engagement begins. A second sentence about the same parties and kind is the
 * same engagement, not a new one.
 *
 * Confidence = 0.4, plus 0.2 when two or more people are named, 0.1 when every participant is
 * resolved to an actor or a country, 0.15 for a date read in the text (0.1 when inferred from
 * the publication date), 0.1 for a word that names the kind plainly (call, summit, dialogue).
 */
import type { EngagementCandidate, Mention } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { placeCode } from './places.ts';
import {
  clampConfidence,
  eventDateIn,
  isHeadline,
  isQuoted,
  personMention,
  placeMention,
  span,
  within,
  type Doc,
} from './doc.ts';

type Kind = EngagementCandidate['kind'];

/** Verbs and nouns of a meeting in person. */
const MEETING =
  /\b(?:met|meets|meet with|held talks|holds talks|hold talks|(?:held|had|holds|hold)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks)\s+with|sat down with|conferred with|hosted|hosts|received|receives|led (?:the )?talks|talks\b[^.]{0,40}\b(?:with|between)|meeting (?:with|between)|had a meeting|called on\b(?![^.]*\bto\s+[a-z]+))\b/i;

/** "welcomed President X to Downing Street": a host receiving a guest (case matters). */
const WELCOMED = /\bwelcomed\s+[^.]{0,80}?\bto\s+(?:the\s+)?[A-Z]/;

/**
 * A summit as the event: held, hosted or attended, or placed ("summit in Seoul"). A summit
 * named only as the setting ("on the sidelines of", "the host of the Summit") leaves the
 * sentence to the verb that says what happened, unless no meeting verb is there.
 */
const SUMMIT_EVENT =
  /\b(?:held|hold|holds|hosted|hosts|attended|attend|attends|convened|opened|chaired)\s+(?:an?\s+|the\s+|their\s+)?(?:(?!of\b)[\w-]+\s+){0,3}summit\b|\bsummit\s+(?:in|at)\s+(?!the\s+sidelines)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]|\bsummit (?:talks|meeting)\b|\bfor (?:an?|the|their)\s+(?:[\w-]+\s+){0,3}summit\b/i;
/** A summit told as the setting of something else ("the agreements reached at the summit"). */
const SUMMIT_RECALLED =
  /\b(?:reached|agreed|made|announced|launched|adopted) (?:at|during) (?:the|last|their)\b[^.]{0,30}\bsummit\b|\b(?:since|after|before|previous|last)\b[^.]{0,20}\bsummit\b/i;
/** A verb that says a gathering took place. */
const TOOK_PLACE =
  /\b(?:met|gathered|opened|began|ended|concluded|wrapped up|took place|attended|hosted|held|convened)\b/i;
const isSummit = (sentence: string) =>
  !/\b(?:sidelines|margins|fringes)\b/i.test(sentence) &&
  /\bsummit\b/i.test(sentence) &&
  (SUMMIT_EVENT.test(sentence) ||
    (!MEETING.test(sentence) && TOOK_PLACE.test(sentence) && !SUMMIT_RECALLED.test(sentence)));
const matches = (re: RegExp) => (sentence: string) => re.test(sentence);

const KIND_RULES: readonly (readonly [(sentence: string) => boolean, Kind, boolean])[] = [
  [
    matches(
      /(?<!\b(?:since|after|before|following) (?:a|the|their|last) |\b(?:previous|earlier|last) )\b(?:phone call|telephone call|phone conversation|telephone conversation|(?:tele)?phone talks|video call|video ?conference|video link|(?:spoke|spoken|talked) (?:by|over the|on the) (?:tele)?phone|spoke by video|held a call|(?:had|held) a (?:phone|telephone|video) (?:call|conversation)|call with|talked by (?:tele)?phone|spoke with|spoke to|phoned|telephoned|virtual meeting)\b/i,
    ),
    'call',
    true,
  ],
  [
    matches(
      /\b(?:dialogue|round of (?:talks|consultations|negotiations)|round of|Joint Economic and Trade Commission|JETC|economic and trade consultations|consultation mechanism)\b[^.]*\b(?:held|hold|holds|convened|co-chaired|wrapped up|concluded|opened|launched|resumed)\b|\b(?:held|hold|holds|convened|co-chaired|wrapped up|concluded|opened|launched|resumed)\b[^.]*\b(?:dialogue|round of|session of|Joint Economic and Trade Commission|JETC|consultations)\b|\bco-chair(?:ed|s)?\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:round|session|meeting|edition)\s+of\b|\b(?:meeting|session) of the\b[^.]{0,60}\b(?:Council|Committee|Commission|Dialogue|Mechanism)\b|\b(?:met|meet|meets|gathered|convened)\b[^.]{0,60}\bfor (?:the|a|an|their)\s+(?:[\w-]+\s+){0,4}(?:Commission|Committee|Council|Dialogue|Mechanism|consultations)\b/i,
    ),
    'dialogue-round',
    true,
  ],
  [
    matches(
      /\b(?:delegations?|negotiators|officials)\b[^.]*\b(?:talks|negotiations|consultations)\b|\b(?:talks|negotiations|consultations)\b[^.]*\b(?:delegations?|negotiators|officials)\b/i,
    ),
    'dialogue-round',
    true,
  ],
  [isSummit, 'summit', true],
  [
    matches(
      /\b(?:state visit|official visit|working visit|paid (?:an? )?visit|visit(?:ed|ing|s)? (?:to )?[A-Z]|trip to|travell?ed to|arrived in)\b/,
    ),
    'visit',
    false,
  ],
  [(sentence: string) => MEETING.test(sentence) || WELCOMED.test(sentence), 'meeting', false],
];

const REFERS_BACK =
  /\b(?:during the|in the|at the|on the) (?:call|meeting|talks|visit|summit|dialogue|conversation|session|round)\b|\bthe two (?:leaders|sides|ministers|premiers|presidents|officials)\b|\bboth sides\b|\bthe (?:two )?sides\b/i;
const OUTCOME =
  /\b(?:agreed (?:to|on|that)|reached (?:a |an )?(?:consensus|agreement|understanding)|welcomed|decided to|signed)\b/i;
const COMMITMENT =
  /\b(?:committed to|commit to|pledged to|promised to|vowed to|undertook to|will work together|will cooperate|agreed to work together|will continue to)\b/i;
const PLACE = /\b(?:in|at)\s+((?:[A-Z][\p{L}-]+)(?:\s+[A-Z][\p{L}-]+)?)/u;

/** A cheap first look: most sentences name no engagement at all. */
const ANY_KIND =
  /call|phone|spoke|dialogue|round|commission|council|committee|session|JETC|consultation|summit|visit|trip|travel|arriv|met|meet|talks|host|receiv|welcom|called on|confer|sat down|co-chair|negotiat|virtual|video/i;

function kindOf(sentence: string): { kind: Kind; plain: boolean } | null {
  if (!ANY_KIND.test(sentence)) return null;
  for (const [test, kind, plain] of KIND_RULES) if (test(sentence)) return { kind, plain };
  return null;
}

const tokens = (m: Mention) => m.text.toLowerCase().split(/\s+/);
const sameParty = (a: Mention, b: Mention) =>
  (a.actor !== null && a.actor === b.actor) ||
  (a.text !== '' &&
    (tokens(a).every((t) => tokens(b).includes(t)) ||
      tokens(b).every((t) => tokens(a).includes(t)))) ||
  (a.jurisdiction !== null &&
    a.jurisdiction === b.jurisdiction &&
    placeCode(a.text) !== null &&
    placeCode(b.text) !== null);
const isPerson = (doc: Doc, m: Mention) => doc.people.some((p) => p.start === m.span.start);

/**
 * "Anand also met Ding Xuexiang and Wang Wentao": one subject meeting several people in turn
 * is one meeting each, not one meeting of three.
 */
function splitObjects(
  doc: Doc,
  sentence: string,
  start: number,
  kind: Kind,
  participants: Mention[],
): Mention[][] {
  if (kind !== 'meeting' || participants.length < 3) return [participants];
  const verb = /\b(?:met|meets|meet with|held talks with|sat down with)\b/i.exec(sentence);
  if (!verb) return [participants];
  const at = start + verb.index;
  const subjects = participants.filter((p) => p.span.end <= at && isPerson(doc, p));
  const objects = participants.filter((p) => p.span.start > at && isPerson(doc, p));
  if (subjects.length !== 1 || objects.length < 2 || !subjects[0]) return [participants];
  const subject = subjects[0];
  return objects.map((o) => [subject, o]);
}

const OUTCOME_ALL = new RegExp(OUTCOME.source, 'gi');
const COMMITMENT_ALL = new RegExp(COMMITMENT.source, 'gi');

/** The clause from `from` to `end`, trimmed of trailing punctuation and a dangling "and". */
function clause(text: string, from: number, end: number) {
  let e = end;
  for (;;) {
    const before = text.slice(from, e);
    const trimmed = before.replace(/(?:[.\s;,]+|\s+(?:and|while|but))$/, '');
    if (trimmed.length === before.length) break;
    e = from + trimmed.length;
  }
  return { text: text.slice(from, e), span: span(from, e) };
}

/**
 * An engagement still to come ("will travel to Beijing next week for talks", "is expected to
 * meet"): not one that took place. The words must govern the engagement verb, so a past
 * meeting that "agreed to meet again" is still read.
 */
const PLANNED =
  /\b(?:will|would|is to|are to|is due to|are due to|plans? to|planning to|is expected to|are expected to|is scheduled to|are scheduled to|is set to|are set to|hopes? to|intends? to)\s+(?:also\s+)?(?:meet|visit|travel|hold|host|call|speak|attend|receive|co-chair|chair|lead|join)\b|\b(?:is|are) expected in\b/i;
const SEPARATE = /\b(?:separate(?:ly)?|also met|in a bilateral)\b/i;
/** "Earlier in the day": the day of the engagement told just before. */
const SAME_DAY =
  /\b(?:(?:earlier|later) (?:in|on|that) (?:the )?day|the same day|that day|on the same occasion)\b/i;
/** A date that does not say when something happened: an end, a start from now on, a deadline. */
const NOT_EVENT_DATE =
  /\b(?:from|until|till|through|by|since|starting|effective|before|after|next)\s+(?:on\s+)?$/i;
const FUTURE = /\b(?:will|would|is to|are to|is expected|are expected|plans? to|next)\b/i;
/** A part of the day of publication ("spoke by phone this morning"): the publication date. */
const TODAY_PART = /\b(?:this (?:morning|afternoon|evening)|tonight|earlier today)\b/i;
/**
 * "The two ministers had met earlier in Washington on 15 September": an earlier engagement of
 * the same people, told after the one the text is about. The tense says it is another one.
 */
const RECALLED_AGAIN =
  /\b(?:had\s+(?:(?:already|first|last|previously|earlier)\s+)?(?:met|spoken|talked|held)|last (?:met|spoke|talked))\b/i;

/**
 * The date of an engagement whose sentence writes none: the day of the engagement just
 * before ("Earlier in the day, …"), or the date the previous sentence of the same paragraph
 * gives for what happened ("Ministers hit back on Wednesday … Kyle met Šefčovič in Brussels").
 * A sentence about the future takes no date from its neighbours.
 */
function contextDate(
  doc: Doc,
  index: number,
  previous: EngagementCandidate | null,
): DateMention | undefined {
  const s = doc.sentences[index];
  if (!s) return undefined;
  const sentence = doc.text.slice(s.start, s.end);
  if (SAME_DAY.test(sentence)) {
    if (previous?.date)
      return { text: '', start: s.start, end: s.start, iso: previous.date, inferred: true };
    return within(doc.dates, 0, s.start).at(-1);
  }
  if (FUTURE.test(sentence)) return undefined;
  if (TODAY_PART.test(sentence))
    return { text: '', start: s.start, end: s.start, iso: doc.published, inferred: true };
  const before = doc.sentences[index - 1];
  if (!before || before.paragraph !== s.paragraph || isHeadline(doc, index - 1)) return undefined;
  const dates = within(doc.dates, before.start, before.end).filter(
    (d) =>
      !isQuoted(doc, d.start) &&
      !NOT_EVENT_DATE.test(doc.text.slice(Math.max(before.start, d.start - 20), d.start)),
  );
  return dates.length === 1 ? dates[0] : undefined;
}

/**
 * An engagement the text tells as having taken place is not after the text: a day written
 * without its year ("hosted … on 17 February" in a November paper) falls in the year before
 * when the nearest year would put it in the future.
 */
function inPast(doc: Doc, d: DateMention | undefined): DateMention | undefined {
  if (!d?.inferred || d.iso <= doc.published || !/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) return d;
  if (!/\b\d{1,2}\b/.test(d.text)) return d; // a weekday or "tomorrow", not a day of a month
  return { ...d, iso: `${Number(d.iso.slice(0, 4)) - 1}${d.iso.slice(4)}` };
}

export function findEngagements(doc: Doc): EngagementCandidate[] {
  const { text } = doc;
  const out: EngagementCandidate[] = [];
  let current: EngagementCandidate | null = null;
  let since = 0;

  doc.sentences.forEach((s, index) => {
    if (isHeadline(doc, index)) return;
    const sentence = text.slice(s.start, s.end);
    const found = kindOf(sentence);
    const people = within(doc.people, s.start, s.end);
    const quoted = /^[“"]/.test(sentence);
    let opened = false;
    const earlier =
      found !== null &&
      current !== null &&
      !quoted &&
      !PLANNED.test(sentence) &&
      REFERS_BACK.test(sentence.slice(0, 30)) &&
      RECALLED_AGAIN.test(sentence)
        ? inPast(doc, eventDateIn(doc, s.start, s.end))
        : undefined;
    if (found && current && earlier && earlier.iso !== current.date) {
      // The same people on another day: a record of its own, with the participants before.
      const flags: EngagementCandidate['flags'] = current.flags.filter(
        (f) => f !== 'date_inferred',
      );
      if (earlier.inferred) flags.push('date_inferred');
      current = {
        ...current,
        key: `engagement-${s.start}`,
        span: span(s.start, s.end),
        confidence: clampConfidence(0.4 + 0.1 + (earlier.inferred ? 0.1 : 0.15)),
        flags,
        kind: found.kind,
        date: earlier.iso,
        place: null,
        outcomes: [],
        commitments: [],
      };
      out.push(current);
      since = index;
      opened = true;
    } else if (
      found &&
      !quoted &&
      (current === null || !REFERS_BACK.test(sentence.slice(0, 30))) &&
      !PLANNED.test(sentence)
    ) {
      const participants: Mention[] = [];
      for (const p of people) {
        const m = personMention(p);
        if (!participants.some((q) => sameParty(q, m))) participants.push(m);
      }
      if (participants.length === 0) {
        // Delegations: the countries, when no person is named ("officials from India and the US").
        for (const c of within(doc.places, s.start, s.end)) {
          if (/\b(?:in|at)\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start))) continue;
          if (c.via === 'capital') continue;
          const m = placeMention(c);
          if (!participants.some((q) => q.jurisdiction === c.code)) participants.push(m);
        }
      } else if (participants.length === 1) {
        // "spoke with China's premier" or "met with Chinese officials": the other side is a country.
        const candidates = within(doc.places, s.start, s.end);
        const withPlace = candidates.find(
          (c) =>
            c.code !== participants[0]?.jurisdiction &&
            /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
              text.slice(Math.max(s.start, c.start - 30), c.start),
            ),
        );
        const other =
          withPlace ??
          candidates.find(
            (c) =>
              c.code !== participants[0]?.jurisdiction &&
              !/\b(?:in|at)\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start)) &&
              !people.some((p) => p.start > c.end && p.start - c.end < 40),
          );
        if (other) participants.push(placeMention(other));
      }
      const enough =
        participants.length >= 2 || (found.kind === 'visit' && participants.length >= 1);
      if (enough) {
        const dateHit = inPast(
          doc,
          within(doc.dates, s.start, s.end)[0] ?? contextDate(doc, index, current),
        );
        const placeHit = PLACE.exec(sentence);
        const previous: EngagementCandidate | null = current;
        const overlap = previous
          ? participants.filter((p) => previous.participants.some((q) => sameParty(p, q))).length
          : 0;
        const countriesOnly =
          previous !== null && previous.participants.every((p) => !isPerson(doc, p));
        // A separate meeting, or one on another day, is not the engagement before it; nor is
        // a bilateral meeting of two of a summit's participants.
        const distinct =
          previous !== null &&
          (SEPARATE.test(sentence) ||
            (dateHit !== undefined && previous.date !== null && dateHit.iso !== previous.date) ||
            (previous.kind === 'summit' &&
              found.kind !== 'summit' &&
              participants.length < previous.participants.length));
        const same =
          previous !== null &&
          !distinct &&
          index - since <= 4 &&
          (previous.kind === found.kind ||
            found.kind === 'meeting' ||
            previous.kind === 'meeting') &&
          (overlap >= Math.min(2, participants.length) ||
            (countriesOnly && participants.some((p) => isPerson(doc, p))));
        if (same && previous) {
          if (countriesOnly && participants.some((p) => isPerson(doc, p)))
            previous.participants = participants;
          previous.date ??= dateHit?.iso ?? null;
          if (found.kind !== 'meeting' && previous.kind === 'meeting') previous.kind = found.kind;
        } else {
          for (const group of splitObjects(doc, sentence, s.start, found.kind, participants)) {
            const named = group.filter((p) => isPerson(doc, p)).length;
            const resolved = group.every((p) => p.actor !== null || p.jurisdiction !== null);
            const flags: EngagementCandidate['flags'] = [];
            if (dateHit?.inferred) flags.push('date_inferred');
            if (group.some((p) => isPerson(doc, p) && p.actor === null))
              flags.push('actor_unresolved');
            const confidence =
              0.4 +
              (named >= 2 ? 0.2 : 0) +
              (resolved ? 0.1 : 0) +
              (dateHit ? (dateHit.inferred ? 0.1 : 0.15) : 0) +
              (found.plain ? 0.1 : 0);
            current = {
              type: 'engagement',
              key: `engagement-${s.start}${out.length > 0 && out.at(-1)?.span.start === s.start ? `-${out.length}` : ''}`,
              span: span(s.start, s.end),
              confidence: clampConfidence(confidence),
              flags,
              kind: found.kind,
              participants: group,
              date: dateHit?.iso ?? null,
              place: placeHit?.[1] && !/^(?:The|A)$/.test(placeHit[1]) ? placeHit[1] : null,
              outcomes: [],
              commitments: [],
            };
            out.push(current);
          }
        }
        since = index;
        opened = true;
      }
    }
    if (current === null || index - since > 6) return;
    if (!opened && !REFERS_BACK.test(sentence) && index - since > 3) return;
    // Each "agreed to …" or "committed to …" runs until the next one or the end.
    const found2: { at: number; commitment: boolean }[] = [];
    for (const [re, commitment] of [
      [OUTCOME_ALL, false],
      [COMMITMENT_ALL, true],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m !== null; m = re.exec(sentence))
        found2.push({ at: m.index, commitment });
    }
    found2.sort((a, b) => a.at - b.at || Number(b.commitment) - Number(a.commitment));
    const kept = found2.filter((f, i) => i === 0 || f.at !== found2[i - 1]?.at);
    kept.forEach((f, i) => {
      const end = i + 1 < kept.length ? s.start + (kept[i + 1]?.at ?? 0) : s.end;
      const c = clause(text, s.start + f.at, end);
      (f.commitment ? current?.commitments : current?.outcomes)?.push(c);
    });
    if (current.span.end < s.end && kept.length > 0) current.span = span(current.span.start, s.end);
  });
  return out;
}
