/**
 * The titles a person was introduced with, and whether a bare title fits them: the words before
 * a name and an apposition after it (introducedAs), with the portfolio set before the head
 * (headLast); a counterpart's title, which is the partner's; heads of the same rank, lower ranks
 * and "Secretary of State"; and a title given with a country (titleOfCountry).
 */
import { isTitleWord, LOWER_TITLE_WORD } from './people-countries.ts';
import type { PersonMention } from './people-mentions.ts';
import { HONORIFIC, IS_TITLE } from './people-name-patterns.ts';
import { placeCode } from './places.ts';

/** Heads of title that name the same rank: a cabinet secretary is a minister. */
const SAME_RANK: Readonly<Record<string, string>> = { secretary: 'minister' };
const rank = (word: string) => SAME_RANK[word] ?? word;
/** The heads that share a rank with another. */
export const SHARES_RANK: ReadonlySet<string> = new Set(Object.entries(SAME_RANK).flat());

/** Words that end the title in an apposition: "the minister responsible for trade". */
const APPOSITION_END = /^(?:of|for|responsible|at|in|who|whose|with|from|to|and)$/;

/** The words of `s`, split at spaces and commas, with a possessive's "'s" left off. */
export const wordsIn = (s: string) =>
  s
    .split(/[\s,]+/)
    .map((w) => w.replace(/['’\x92]s$/, ''))
    .filter((w) => w.length > 0);

/** Honorifics between a title and the name ("Minister of State, Shri | Jitin …", "Dr."). */
const HONORIFICS_AT_END = new RegExp(`(?:${HONORIFIC})+$`, 'u');

/**
 * A seat between a title and the name, after a comma: "The Minister for Trade and Tourism,
 * Senator Don Farrell" is introduced as the minister.
 */
const SEAT_AFTER_TITLE = /,[ \t]*Senator[ \t]+$/;

/** A title's head: "Minister", "secretary". */
const isTitleHead = (w: string) => IS_TITLE.test(w) || LOWER_TITLE_WORD.test(w);

/**
 * The words of a title with its portfolio set before its head, as the title written the other
 * way round reads ("Minister of State for Commerce and Industry" → "State Commerce Industry
 * Minister", as "Commerce Minister"), so that the title ends in its head. "Secretary of State"
 * is a head of its own (see OF_STATE): "Secretary of State for Business and Trade" → "Business
 * Trade Secretary of State".
 */
function headLast(words: readonly string[]): string[] {
  const at = words.findLastIndex(
    (w, i) =>
      /^(?:of|for)$/.test(w) &&
      ((isTitleHead(words[i - 1] ?? '') && !OF_STATE.test(words.slice(i - 1, i + 2).join(' '))) ||
        OF_STATE.test(words.slice(i - 3, i).join(' '))),
  );
  if (at === -1) return [...words];
  const portfolio = words.slice(at + 1).filter((w) => !/^(?:of|for|the|and|&)$/i.test(w));
  // The portfolio runs up to the name in capitals ("… of Foreign Affairs, | Anita Anand"), not
  // into a clause ("… minister of foreign affairs, met | Wang Yi") or another title.
  if (portfolio.some((w) => !/^\p{Lu}/u.test(w) || IS_TITLE.test(w))) return [...words];
  return [...portfolio, ...words.slice(0, at)];
}

/** Initials written with dots, as a country's are ("U.S.", "U.K."). */
const INITIALS = /(?<![\p{L}])(?:\p{Lu}\.){2,}/gu;

/**
 * The titles a person was introduced with, as lists of words ending in the title's head: the
 * words right before the name ("Agriculture Minister Heath MacDonald", "Canada's trade
 * minister, Anita Anand", "the Minister of Foreign Affairs, Anita Anand" with its portfolio
 * set before its head: see headLast), back to a sentence mark or another person, and leaving
 * out honorifics ("Shri", "Dr."); and an apposition right after it ("Maroš Šefčovič, the EU
 * trade commissioner,").
 */
export function introducedAs(
  text: string,
  n: PersonMention,
  named: readonly PersonMention[],
): string[][] {
  const from = Math.max(
    0,
    n.start - 60,
    ...named.filter((o) => o.end <= n.start).map((o) => o.end),
  );
  const lead = text
    .slice(from, n.start)
    .replace(HONORIFICS_AT_END, '')
    .replace(SEAT_AFTER_TITLE, ',');
  // The dots of a country's initials ("U.S. Commerce Secretary") end no sentence.
  const marks = lead.replace(INITIALS, (i) => 'x'.repeat(i.length));
  const cut = Math.max(...[...'.;:!?"“”‘\x93\x94\x91()\n'].map((c) => marks.lastIndexOf(c)));
  const before = headLast(wordsIn(lead.slice(cut + 1)));
  const after =
    /^,\s+((?:the\s+|an?\s+)?[^,.;:"“\x93”\x94‘\x91()\n]{1,60})/.exec(text.slice(n.end))?.[1] ?? '';
  const apposition = wordsIn(after);
  const stop = apposition.findIndex((w) => APPOSITION_END.test(w));
  return [before, stop === -1 ? apposition : apposition.slice(0, stop)].filter((t) => t.length > 0);
}

/**
 * A prime minister, whom a bare "premier" stands for too ("the Vietnamese premier"), when no
 * one was introduced as a premier.
 */
const PRIME_MINISTER = /(?:^|\s)prime minister$/;

/** "counterpart" ending the words before a name: the title is the partner's (see counterpartTitle). */
const COUNTERPART = /^counterparts?$/i;

/**
 * The title of a person introduced as a "counterpart" ("Prime Minister Ana Ruiz met her Chilean
 * counterpart Luis Vega"): the words before it ("her Chilean") and the title of the partner,
 * the person named last before within the sentence ("Prime Minister"). Null for anyone else.
 */
export function counterpartTitle(
  text: string,
  n: PersonMention,
  named: readonly PersonMention[],
): string[] | null {
  const words = introducedAs(text, n, named)[0] ?? [];
  if (!COUNTERPART.test(words.at(-1) ?? '')) return null;
  const partner = named.filter((o) => o.end <= n.start && n.start - o.end < 120).at(-1);
  if (!partner || /[.!?]\s/.test(text.slice(partner.end, n.start))) return null;
  const title = introducedAs(text, partner, named)[0] ?? [];
  let k = title.length;
  while (k > 0 && isTitleWord(title[k - 1] ?? '')) k--;
  return k < title.length ? [...words.slice(0, -1), ...title.slice(k)] : null;
}

/** The titles a bare "leader" stands for: a head of state or government. */
const LEADER = /(?:^|\s)(?:president|premier|chancellor|prime minister)$/;

/** Words that make a title a lower rank: a vice minister is not "the minister". */
export const LOWER_RANK = /^(?:vice|deputy|assistant|associate|under|junior)$/i;

/** "Secretary of State": a secretary's title, as British releases call every cabinet secretary. */
export const OF_STATE = /^secretary of state$/i;

/** A title ending in "Secretary": "Business and Trade Secretary", "Secretary of State". */
export const SECRETARY = /(?:^|\s)secretary(?: of state)?$/i;

/** The head of a title's words: its last word, or "secretary" for "Secretary of State". */
export const headOf = (title: readonly string[]) =>
  OF_STATE.test(title.slice(-3).join(' ')) ? 'secretary' : (title.at(-1)?.toLowerCase() ?? '');

/**
 * True when a title introduced a person as the bare title describes: the same head ("minister"),
 * and every narrowing word either in the title ("agriculture") or a country the person is of
 * ("the Mexican minister" for "Mexico's Economy Secretary …"); a title of a lower rank ("Vice
 * Minister") only when the bare title says so too.
 */
export function fitsTitle(
  narrowing: readonly string[],
  head: string,
  title: readonly string[],
  n: PersonMention,
) {
  const last = headOf(title);
  const lower = title.map((w) => w.toLowerCase());
  const leads =
    (head === 'leader' && LEADER.test(lower.slice(-2).join(' '))) ||
    (head === 'premier' && PRIME_MINISTER.test(lower.slice(-2).join(' ')));
  if (!leads && rank(last) !== rank(head)) return false;
  const lowerRank = (words: readonly string[]) => words.some((w) => LOWER_RANK.test(w));
  if (lowerRank(lower.slice(-3)) && !lowerRank(narrowing)) return false;
  const countries = new Set([n.jurisdiction, ...title.map(placeCode)].filter((c) => c !== null));
  return narrowing.every((w) => {
    if (lower.includes(w.toLowerCase())) return true;
    const code = placeCode(w);
    return code !== null && countries.has(code);
  });
}

/** The most words of a portfolio between a country and its title: "Chinese | Foreign Affairs | Minister". */
const PORTFOLIO_WORDS = 3;

/**
 * True when the words a person was introduced with give the title with a country: "the Prime
 * Minister of India", "Indian Prime Minister", "India's prime minister", and with the
 * portfolio between when the title is read bare ("Chinese Foreign Minister" for "the
 * minister").
 */
export function titleOfCountry(words: readonly string[], title: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const head = (title.at(-1) ?? '').toLowerCase();
  const at = lower.lastIndexOf(head);
  if (at === -1) return false;
  if (lower[at + 1] === 'of' && placeCode(words[at + 2] ?? '') !== null) return true;
  const from = at - title.length;
  for (let k = from; k >= Math.max(0, from - PORTFOLIO_WORDS); k--) {
    const word = words[k] ?? '';
    if (placeCode(word) !== null) return true;
    if (!/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}
