/**
 * The subject of a clause, as a careful reader finds it to tell who "he" or "she" is: the
 * words that open the clause once an opening phrase ("In a statement,", "Speaking at a
 * forum on Thursday,") is set aside. A subject is a named person ("Trade Minister Jo Rennick",
 * "Rennick, who …,"), a pronoun, someone left unnamed ("a senior official", "one trader"),
 * several people ("Rennick and Okoro") or something else ("The duties", "Beijing").
 */
import type { Mention } from './candidates.ts';
import { personMention, type Doc } from './doc.ts';
import type { PersonMention } from './people.ts';
import { placeCode } from './places.ts';

/** A named person opening a clause. */
export interface PersonSubject {
  readonly kind: 'person';
  readonly person: Mention;
  readonly name: string;
  /** where the subject's words start and end in the text */
  readonly start: number;
  readonly end: number;
}

export type Subject =
  | PersonSubject
  | { readonly kind: 'pronoun' }
  | { readonly kind: 'unnamed' }
  | { readonly kind: 'several' }
  | { readonly kind: 'other' };

/** An opening phrase set off by a comma: "In a statement,", "Asked whether …,", "Later,". */
const OPENING =
  /^(?:(?:In|On|At|Through|Speaking|Asked|Late|Earlier|Later|After|Before|As|When|While|Separately|Meanwhile|However|Since|During|Despite|Following|With|Today|Yesterday|Afterwards|Instead|Still|Also|Then)\b[^,“”"]{0,100},\s+)/;

/** Lower-case words that may stand in a title before a name ("foreign ministry spokesperson"). */
const TITLE_WORD = new Set(
  'the of for and minister ministry foreign trade commerce finance agriculture economy industry international federal provincial deputy vice chief senior assistant spokesperson spokesman spokeswoman secretary president premier commissioner ambassador negotiator envoy representative affairs external'.split(
    ' ',
  ),
);

/** Words that make a run of capitals a body, a company or a place rather than a person. */
const NOT_PERSON = new Set(
  'Council Association Coalition Federation Chamber Ministry Department Commission Office Agency Group Company Corporation Inc Ltd Bank Union Committee Board Party Government Institute University Exporters Growers Producers Foods Seafood Resources Holdings Industries The'.split(
    ' ',
  ),
);

/** Nouns for a person; an indefinite or bare "the" before one is someone left unnamed. */
const PERSON_NOUN =
  '(?:official|diplomat|trader|dealer|analyst|buyer|seller|exporter|importer|farmer|grower|source|person|strategist|economist|executive|spokesperson|spokesman|spokeswoman|negotiator|lawyer|worker|minister|aide|adviser|advisor|insider|observer|expert|manager|owner|fisherman|broker|banker|consultant|member)';
const UNNAMED = new RegExp(
  `^(?:A|An|One|Another|The)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?${PERSON_NOUN}\\b`,
  'u',
);

/** "Ilse Brandt, who speaks for …" or "Ilse Brandt, executive director of …": a person the
 * name finder did not know, introduced by a relative clause or a role. */
const INTRODUCED_NAME =
  /^(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}),\s+(?:who|whose|(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:director|president|chair|chairman|chairwoman|head|manager|spokesperson|spokesman|spokeswoman|economist|analyst|founder|owner|executive|secretary|professor|fellow)\b)/u;

/** "The owner of the mill, Ada Okoro, said …": a name set off by commas after its description. */
const APPOSED_NAME =
  /^(?:The|A|An)\s+[\p{Ll}\s'’-][^,]{0,60},\s+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}),\s/u;

/** Two people joined as one subject: "Rennick and Premier Okoro". */
const AND_MORE = /^\s*(?:,\s*)?and\s+(?:\p{Lu}|the\s|[Hh]is\s|[Hh]er\s)/u;

const isTitleLead = (lead: string) =>
  lead
    .split(/[\s,]+/)
    .filter((w) => w.length > 0)
    .every((w) => /^\p{Lu}/u.test(w) || TITLE_WORD.has(w));

/** "The owner of the mill, Ada Okoro, said": a name set off by commas after its description. */
const isApposition = (text: string, p: PersonMention) =>
  /,\s*$/.test(text.slice(Math.max(0, p.start - 2), p.start)) && text.charAt(p.end) === ',';

const personSubject = (p: PersonMention, text: string): Subject =>
  AND_MORE.test(text.slice(p.end, p.end + 40))
    ? { kind: 'several' }
    : { kind: 'person', person: personMention(p), name: p.name, start: p.start, end: p.end };

/** A person the name finder did not know, opening the clause at `at` (see INTRODUCED_NAME). */
function newName(text: string, at: number): Subject | null {
  const head = text.slice(at, at + 120);
  const m = INTRODUCED_NAME.exec(head) ?? APPOSED_NAME.exec(head);
  const name = m?.[1];
  if (!m || !name) return null;
  if (name.split(/\s+/).some((w) => NOT_PERSON.has(w) || placeCode(w) !== null)) return null;
  const start = at + m[0].indexOf(name);
  const end = start + name.length;
  const person = { text: name, span: { start, end }, actor: null, jurisdiction: null };
  return { kind: 'person', person, name, start, end };
}

/** The subject of the clause that starts at `start` (a sentence start) and ends by `end`. */
export function clauseSubject(doc: Doc, start: number, end: number): Subject {
  const { text } = doc;
  const opening = OPENING.exec(text.slice(start, end));
  const at = start + (opening?.[0].length ?? 0);
  const rest = text.slice(at, end);
  if (/^["“]/.test(rest)) return { kind: 'other' };
  // A person first: "He Lifeng said" is a name, not a pronoun.
  const person = doc.people.find((p) => p.start >= at && p.start < Math.min(end, at + 80));
  if (person && (isTitleLead(text.slice(at, person.start)) || isApposition(text, person)))
    return personSubject(person, text);
  if (/^(?:[Hh]e|[Ss]he)\b/.test(rest)) return { kind: 'pronoun' };
  const introduced = newName(text, at);
  if (introduced) return introduced;
  if (UNNAMED.test(rest)) return { kind: 'unnamed' };
  return { kind: 'other' };
}
