/**
 * People a possessive shows: a name after a possessive and a noun opening a sentence ("Her
 * neighbour, Tom Dunn, agreed"), a relative named after one ("D'Entremont's daughter Mireille"),
 * and a name before one that the text goes on to use alone as a subject ("Satyanarayana Raju's
 * ponds … Raju was not waiting").
 */
import { escape, FULL_WORD, FULL_WORD_ALONE, NAME, PARTICLES } from './people-name-patterns.ts';
import { cleanName } from './people-name-words.ts';

/** What a person owns or runs, not who they are close to: "his company", "her farm". */
const OWNED =
  '(?:company|firm|business|employer|plant|factory|mill|farm|ranch|shop|store|brand|cooperative|co-op|group|outfit)\\b';
/**
 * A name after a possessive and a noun, opening a sentence: "Her neighbour, Tom Dunn, agreed",
 * "His lawyer Ana Ruiz said" (two words or more when no commas set it off). A possessive's
 * relation is a person, but not the business it owns ("His company, Hanul Auto Parts,").
 */
export const RELATION_NAME = new RegExp(
  `(?:^|[.!?]["”\x94’\x92]?\\s+|\\n)(?:Her|His|Their|Its|Our|My)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(?!${OWNED})\\p{Ll}[\\p{L}-]*(?:,\\s+(?=[^,\\n]{3,60},)|[ \\t]+(?=${FULL_WORD}[ \\t]+${FULL_WORD}))(${NAME})`,
  'gu',
);
/** A possessive, looked for first (the cheaper search): "Raju's ponds", "Dunn's daughter". */
const POSSESSIVE_S = /['’\x92]s[ \t]/g;
/**
 * A relative named after a possessive: "D'Entremont's daughter Mireille". A word of kinship is
 * followed by a person's name, of one word or more.
 */
const KIN_AFTER = new RegExp(
  `^(?:daughter|son|wife|husband|brother|sister|mother|father|nephew|niece|cousin|grandson|granddaughter),?[ \\t]+(${FULL_WORD}(?:[ \\t]+${PARTICLES}${FULL_WORD}){0,2})(?![\\p{L}\\p{N}])`,
  'u',
);
/** `word` opening a clause before a verb, as a surname does: "Raju was not waiting". */
const aloneAsSubject = (word: string) =>
  new RegExp(
    `(?:^|[.!?]["”\x94]?[ \\t]+|,[ \\t]+)${escape(word)}[ \\t]+(?:said|says|told|added|was|is|has|had|\\p{Ll}+ed)\\b`,
    'mu',
  );

/**
 * The people a possessive shows: the relative it names ("D'Entremont's daughter Mireille"), and
 * a name of two or three words before it that the text goes on to use alone as a subject
 * ("Satyanarayana Raju's ponds … Raju was not waiting"). Calls `add` with each name and where
 * it starts.
 */
export function readPossessives(text: string, add: (name: string, at: number) => void) {
  const usedAlone = new Map<string, boolean>();
  const alone = (word: string, from: number) => {
    const known = usedAlone.get(word) ?? aloneAsSubject(word).test(text.slice(from));
    usedAlone.set(word, known);
    return known;
  };
  for (const m of text.matchAll(POSSESSIVE_S)) {
    const after = m.index + m[0].length;
    const kin = KIN_AFTER.exec(text.slice(after, after + 80));
    if (kin?.[1]) add(kin[1], after + kin[0].indexOf(kin[1]));
    const toks = text
      .slice(Math.max(0, m.index - 60), m.index)
      .split(/[ \t]+/)
      .slice(-3);
    while (toks.length > 0 && !FULL_WORD_ALONE.test(toks[0] ?? '')) toks.shift();
    if (toks.length < 2 || !toks.every((t) => FULL_WORD_ALONE.test(t))) continue;
    const name = toks.join(' ');
    if (cleanName(name) !== name) continue;
    if (alone(toks.at(-1) ?? '', m.index) || alone(toks[0] ?? '', m.index))
      add(name, m.index - name.length);
  }
}
