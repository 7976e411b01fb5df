/**
 * The parties of an engagement a clause names as the object of other words (namedParties): the
 * people after "between" or "co-chaired by", in what was said ("Hale said Ruiz met Li") or in
 * what was welcomed ("Hale welcomed Ruiz's meeting with Li"); whoever said or welcomed it is no
 * party.
 */
import type { Mention, Span } from './candidates.ts';
import { placeMention, span, type Doc } from './doc.ts';
import { engagementVerb } from './engagement-kinds.ts';
import { TELLING_VERB } from './engagement-meetings.ts';
import { countrySide, countrySides } from './engagement-sides.ts';

/**
 * An engagement that names its parties after "between": "welcomed the meeting held yesterday
 * between Trade Minister Ana Ruiz and a Chinese delegation led by Li Fang". Whoever the clause
 * says welcomed, hailed or recalled it took no part.
 */
const BETWEEN =
  /\b(?:meetings?|talks|call|conversation|session|round|dialogue|summit|consultations|negotiations)\b[^.;]{0,80}?\bbetween\s/i;
/** Someone's taking part in the engagement named after it: "Bolat attended the meeting …". */
const ATTENDED_BEFORE = /\b(?:attended|joined|sat in on|took part in)\s+(?:the|a|their)\s/i;
/**
 * A session that names its chairs after "co-chaired by": "welcomed the resumption of the Joint
 * Commission, whose session was co-chaired by Sidhu and Wang". The chairs are its parties.
 */
const CO_CHAIRED_BY = /\bco-(?:chaired|hosted)\s+by\s/i;
/**
 * An engagement of others that the subject welcomed or praised: "Hale welcomed Ruiz's meeting
 * with Li", "Hale praised the talks that Ruiz held with Li". Not a guest welcomed to a place
 * ("welcomed Ruiz to Ottawa for talks"): there the host is a party.
 */
const APPRAISED =
  /\b(?:welcom(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|applaud(?:ed|s|ing)|commend(?:ed|s|ing)|lauded)\s+(?=(?:(?!\b(?:to|and)\b)[^.;,]){0,60}?\b(?:meetings?|talks|call|conversation|session|round|dialogue|consultations|negotiations)\b)/i;

/**
 * What someone said, told as the engagement: "Hale said Ruiz had met Li last week", "the
 * Minister informed the House that Goyal held a call with Wang", "she notes that Chinese
 * inspectors met Chilean officials". The speaker is no party,
 * unless the words said name only one ("Hale said he met Li").
 */
const SAID_THAT = new RegExp(
  String.raw`\b(?:(?:said|says|announced|added|adds|noted|notes|stated|states|confirmed|confirms|recalled|recalls|disclosed|revealed|informed|informs|pointed out|mention(?:s|ed)?)\s+(?:on\s+\w+\s+)?(?:that\s+)?|${TELLING_VERB}\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?that\s+)`,
  'i',
);

/**
 * The parties of an engagement the clause names as the object of other words: the people after
 * "between" or "co-chaired by" (BETWEEN, CO_CHAIRED_BY), in what was said (SAID_THAT) or in what
 * was welcomed (APPRAISED). Undefined when the clause names no one there.
 */
export function namedParties(
  doc: Doc,
  unit: Span,
  sentence: string,
  people: readonly Mention[],
  keep: (x: Span) => boolean,
): Mention[] | undefined {
  const among = BETWEEN.exec(sentence) ?? CO_CHAIRED_BY.exec(sentence);
  const said = among ? null : saidBefore(sentence);
  const object = among ?? said ?? APPRAISED.exec(sentence);
  if (!object) return undefined;
  const at = unit.start + object.index + object[0].length;
  const named = people.filter((p) => p.span.start >= at);
  // "Bolat attended the meeting held at the White House between Erdoğan and Trump": who
  // attended is a party too.
  const attended = ATTENDED_BEFORE.exec(sentence);
  const attendees =
    among && attended && attended.index < object.index
      ? people.filter((p) => p.span.start < unit.start + attended.index)
      : [];
  if (named.length > 1) return [...attendees, ...named];
  // A person and a country's side: "between Ruiz and a Chinese delegation", "said Ruiz met
  // Chinese officials"; not one whose talks were welcomed, who may be the host's guest.
  const [first] = named;
  if (!first && said) {
    // "She notes that a team of Chinese inspectors met officials of Chile's farm service": the
    // sides said to have met, and not the speaker.
    const sides = countrySides(doc, span(at, unit.end), keep, undefined);
    return sides.length > 1 ? sides.map(placeMention) : undefined;
  }
  if (!first || (!among && !said)) return undefined;
  const other = countrySide(doc, span(at, unit.end), keep, first);
  return other ? [first, placeMention(other)] : undefined;
}

/**
 * A verb of saying before the engagement verb of a clause (SAID_THAT), whose words do not open
 * with a pronoun standing for the speaker ("Hale said he met Li on Monday and Hu on Tuesday").
 */
export function saidBefore(sentence: string): RegExpExecArray | null {
  const said = SAID_THAT.exec(sentence);
  const verb = engagementVerb(sentence);
  if (!said || !verb) return null;
  const end = said.index + said[0].length;
  return verb.index >= end && !SPEAKER_PRONOUN.test(sentence.slice(end, verb.index)) ? said : null;
}
const SPEAKER_PRONOUN = /\b(?:he|she|they|we|I)\b/;
