/**
 * Position candidates: an actor's stance on a topic, read from the verb that carries it
 * ("urged Ottawa to …" is a demand, "warned" a warning, "rejected" critical, "welcomed"
 * supportive, "is ready to" conciliatory). The actor is the person or country just before the
 * verb, not one a preposition governs; the topic is the rest of its clause.
 *
 * Confidence = 0.4, plus 0.3 when the actor is a resolved person or a country, 0.1 when the
 * topic names a product or a measure; minus 0.1 when the actor is an unresolved name.
 */
import type { Mention, PositionCandidate } from './candidates.ts';
import {
  clampConfidence,
  eventDateIn,
  personMention,
  placeMention,
  span,
  textDate,
  within,
  type Doc,
} from './doc.ts';

type Stance = PositionCandidate['stance'];

const STANCE_RULES: readonly (readonly [RegExp, Stance])[] = [
  [/\b(?:urged|urges|called on|calls on|asked|demanded|demands|pressed|insisted that)\b/, 'demand'],
  [/\b(?:warned|warns|threatened to|cautioned)\b/, 'warning'],
  [
    /\b(?:criticized|criticised|condemned|slammed|rejected|rejects|denounced|does not accept|opposed|opposes|protested)\b/,
    'critical',
  ],
  [/\b(?:welcomed|welcomes|praised|supports|backed|endorsed|applauded)\b/, 'supportive'],
  [
    /\b(?:is ready to|are ready to|stands ready|willing to|open to|hopes to|hoped that|hopes that|seeks to improve|looks forward)\b/,
    'conciliatory',
  ],
];
const TOPIC_WORDS =
  /\b(?:tariffs?|dut(?:y|ies)|surtax|canola|trade|exports?|imports?|measures?|sanctions?)\b/i;
/**
 * Where the clause of a stance ends: a semicolon, or a comma before a clause of its own ("asked
 * that it be lifted, and pressed for …" is a demand that it be lifted).
 */
const TOPIC_END = /;|,\s+(?:and|but|while|whereas|which|after|before|because)\b/;

/**
 * A preposition before a country: the country is its object, not the one taking the stance
 * ("Canada values its ties with China and is ready to …" is Canada's).
 */
const OBJECT_BEFORE =
  /\b(?:with|to|from|on|against|of|for|toward|towards|into|over|about|between)\s+(?:the\s+)?$/i;

/** A predicate joined to the one before, with no subject of its own: "… and urged", "… but warned". */
const JOINED_PREDICATE = /(?:,\s*|\s)(?:and|but)\s+(?:also\s+|then\s+)?$/i;

/**
 * Every stance a sentence tells, in the order written: "welcomed the suspension but urged
 * Beijing to drop the tariff on peas" is a supportive position and a demand. A predicate
 * joined to the one before keeps its holder; each topic ends where the next stance begins.
 */
export function findPositions(doc: Doc): PositionCandidate[] {
  const { text } = doc;
  const out: PositionCandidate[] = [];
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (/^[“\x93"]/.test(sentence)) continue;
    const verbs = STANCE_RULES.flatMap(([re, stance]) => {
      const v = re.exec(sentence);
      return v ? [{ at: s.start + v.index, end: s.start + v.index + v[0].length, stance }] : [];
    }).sort((a, b) => a.at - b.at);
    let before: { actor: Mention; end: number; named: boolean } | null = null;
    for (const [i, { at: verbAt, end: verbEnd, stance }] of verbs.entries()) {
      const joined: boolean =
        before !== null && JOINED_PREDICATE.test(text.slice(before.end, verbAt).slice(-16));
      const person = within(doc.people, s.start, verbAt).at(-1);
      const place = within(doc.places, s.start, verbAt)
        .filter((p) => !OBJECT_BEFORE.test(text.slice(Math.max(s.start, p.start - 24), p.start)))
        .at(-1);
      let actor: Mention | null = joined && before ? before.actor : null;
      if (actor === null) {
        if (person && (!place || person.start > place.start || person.jurisdiction === place.code))
          actor = personMention(person);
        else if (place) actor = placeMention(place);
      }
      if (!actor) continue;
      const named: boolean =
        joined && before ? before.named : person !== undefined && actor.text === person.text;
      before = { actor, end: verbEnd, named };
      let end = verbs[i + 1]?.at ?? s.end;
      while (end > verbAt && /[.\s]/.test(text[end - 1] ?? '')) end--;
      const clause = text.slice(verbEnd, end);
      const stop = TOPIC_END.exec(clause);
      // 'it "firmly opposes" the move': the mark closing the quoted verb opens no topic.
      const topic = (stop ? clause.slice(0, stop.index) : clause)
        .replace(/^["”\x94]\s/, '')
        .replace(/[,;]?\s*(?:and|but)(?:\s+(?:also|then))?\s*$/i, '')
        .trim();
      if (topic.length < 8) continue;
      const unresolvedName = named && actor.actor === null && actor.jurisdiction === null;
      const confidence =
        0.4 +
        (actor.actor !== null || (actor.jurisdiction !== null && !named) ? 0.3 : 0) +
        (TOPIC_WORDS.test(topic) ? 0.1 : 0) -
        (unresolvedName ? 0.1 : 0);
      const date = eventDateIn(doc, s.start, s.end) ?? textDate(doc) ?? undefined;
      const told = out.filter((p) => p.span.start === s.start).length;
      out.push({
        type: 'position',
        // the sentence's first stance is keyed by the sentence, the next ones in turn after it
        key: `position-${s.start}${told === 0 ? '' : `-${told + 1}`}`,
        span: span(s.start, s.end),
        confidence: clampConfidence(confidence),
        flags: [
          ...(unresolvedName ? (['actor_unresolved'] as const) : []),
          ...(date?.inferred ? (['date_inferred'] as const) : []),
        ],
        actor,
        stance,
        topic,
        date: date?.iso ?? null,
      });
    }
  }
  return out;
}
