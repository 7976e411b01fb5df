/**
 * A name and its later, shorter mentions: the words of a name as a later mention writes them
 * (wordsOfName: a family name in capitals, an elided particle), a known surname after a title or
 * opening a known name though a word of no name ("Vice Premier He", "He Yongqian"), a family name
 * in capitals alone, a surname with the particles written before it ("von der Leyen"), a name
 * opening with its particle, and a name in the other order ("Takaichi Sanae").
 */
import { IS_TITLE, PARTICLES, WORD_START } from './people-name-patterns.ts';
import { isNotName, TITLE_PHRASE } from './people-name-words.ts';

/** A name opening with its particle, capitalised as a sentence's first word: "Von der Leyen". */
const PARTICLE_FIRST = /^(?:Van|De|Von|Der|Den|Bin|Al|Da|Du|La|Le|Dos|Del)[ \t]/;

/**
 * A test for the names found so far, which also knows the longer form of one found opening
 * with its particle ("Von der Leyen said"): "Ursula von der Leyen" is that person.
 */
export function foundTest(names: ReadonlySet<string>): (name: string) => boolean {
  const tails = [...names].filter((n) => PARTICLE_FIRST.test(n)).map((n) => ` ${n.toLowerCase()}`);
  return (name) => names.has(name) || tails.some((t) => name.toLowerCase().endsWith(t));
}

/** The words of a name, as written between its spaces. */
export const tokensOf = (name: string) => name.split(/\s+/);

/** The mark of an elided particle: "d'Entremont". */
const ELIDED = "'’\x92";

/**
 * The words of a name as a later mention writes them: a family name in capitals ("MOTEGI
 * Toshimitsu") is "Motegi" after a title ("Minister Motegi"); one with an elided particle
 * ("Réjean d'Entremont") is "Entremont" too, as the name is read where "D'Entremont" opens a
 * sentence.
 */
export function wordsOfName(name: string): string[] {
  const out: string[] = [];
  for (const t of tokensOf(name)) {
    if (/^\p{Lu}{2,}$/u.test(t)) out.push(`${t.charAt(0)}${t.slice(1).toLowerCase()}`);
    else out.push(t);
    if (t.charAt(0) === 'd' && ELIDED.includes(t.charAt(1))) out.push(t.slice(2));
  }
  return out;
}

/**
 * A known surname that is also a word of no name, after a title: "Vice Premier He" after "He
 * Lifeng", "Prime Minister May" after "Theresa May". Null for any other run.
 */
export function titledSurname(run: string, surnames: ReadonlySet<string>): string | null {
  const toks = tokensOf(run);
  const last = toks.at(-1) ?? '';
  if (toks.length < 2 || !surnames.has(last)) return null;
  return toks.slice(0, -1).every((t) => IS_TITLE.test(t) || TITLE_PHRASE.has(t)) ? last : null;
}

/**
 * The known full name a run of capitals opens with, when its first word is a word of no name
 * ("He Yongqian" of "He Yongqian: …", as "He" is a pronoun too); null for any other run.
 */
export function knownLead(run: string, known: ReadonlySet<string>): string | null {
  const space = run.search(/\s/);
  if (space === -1 || !isNotName(run.slice(0, space))) return null;
  const toks = tokensOf(run);
  for (let k = Math.min(toks.length, 4); k >= 2; k--) {
    const candidate = toks.slice(0, k).join(' ');
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** A family name written in capitals: "MOTEGI". */
const CAPS_WORD = /^\p{Lu}{2,}$/u;

/**
 * "Minister MOTEGI" after "Mr. MOTEGI Toshimitsu": the family name in capitals written alone
 * is the person too, as "Motegi" (see wordsOfName).
 */
export function readFamilyCaps(
  text: string,
  name: string,
  raw: { start: number; end: number; name: string }[],
) {
  const family = tokensOf(name).find((t) => CAPS_WORD.test(t));
  if (family === undefined) return;
  const short = `${family.charAt(0)}${family.slice(1).toLowerCase()}`;
  for (const m of text.matchAll(new RegExp(`${WORD_START}${family}(?![\\p{L}\\p{N}])`, 'gu')))
    raw.push({ start: m.index, end: m.index + family.length, name: short });
}

/** The words of a name in any order, to tell "Sanae Takaichi" is "Takaichi Sanae". */
export const orderless = (words: readonly string[]) =>
  words
    .map((w) => w.toLowerCase())
    .sort()
    .join(' ');

/** Particles in lower case right before a word: "von der " before "Leyen". */
const PARTICLES_BEFORE = new RegExp(`(?<![\\p{L}])${PARTICLES.replace('{0,2}', '{1,2}')}$`, 'u');

/**
 * A surname read alone, with the particles written before it that the full name has too:
 * "von der Leyen said" after "Ursula von der Leyen" is "von der Leyen", not "Leyen".
 */
export function withParticles<T extends { start: number; end: number; name: string }>(
  text: string,
  r: T,
  raw: readonly T[],
): T {
  if (r.name.includes(' ')) return r;
  const particles = PARTICLES_BEFORE.exec(text.slice(Math.max(0, r.start - 16), r.start))?.[0];
  if (!particles) return r;
  const written = ` ${particles}${r.name}`;
  if (!raw.some((o) => ` ${o.name}`.endsWith(written) && o.name !== written.trim())) return r;
  return { ...r, start: r.start - particles.length };
}
