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

export function findPositions(doc: Doc): PositionCandidate[] {
  const { text } = doc;
  const out: PositionCandidate[] = [];
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (/^[“\x93"]/.test(sentence)) continue;
    for (const [re, stance] of STANCE_RULES) {
      const v = re.exec(sentence);
      if (!v) continue;
      const verbAt = s.start + v.index;
      const person = within(doc.people, s.start, verbAt).at(-1);
      const place = within(doc.places, s.start, verbAt)
        .filter((p) => !OBJECT_BEFORE.test(text.slice(Math.max(s.start, p.start - 24), p.start)))
        .at(-1);
      let actor: Mention | null = null;
      if (person && (!place || person.start > place.start || person.jurisdiction === place.code))
        actor = personMention(person);
      else if (place) actor = placeMention(place);
      if (!actor) break;
      let end = s.end;
      while (end > verbAt && /[.\s]/.test(text[end - 1] ?? '')) end--;
      const topicStart = verbAt + v[0].length;
      const clause = text.slice(topicStart, end);
      const stop = TOPIC_END.exec(clause);
      // 'it "firmly opposes" the move': the mark closing the quoted verb opens no topic.
      const topic = (stop ? clause.slice(0, stop.index) : clause).replace(/^["”\x94]\s/, '').trim();
      if (topic.length < 8) break;
      const unresolvedName =
        person !== undefined && actor.actor === null && actor.jurisdiction === null;
      const confidence =
        0.4 +
        (actor.actor !== null || (actor.jurisdiction !== null && !person) ? 0.3 : 0) +
        (TOPIC_WORDS.test(topic) ? 0.1 : 0) -
        (unresolvedName ? 0.1 : 0);
      const date = eventDateIn(doc, s.start, s.end) ?? textDate(doc) ?? undefined;
      out.push({
        type: 'position',
        key: `position-${s.start}`,
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
      break;
    }
  }
  return out;
}
