/**
 * The product lexicon: plain words ("canola oil", "aquatic products", "EVs") mapped to
 * suggested HS scopes. The words are data (lexicon.json, checked with zod when the module
 * loads) and are compiled once into one pattern; the longest phrase wins, so "canola oil"
 * is oil (1514…) and not seed (1205).
 */
import { z } from 'zod';
import { DetenteError } from '../core/errors.ts';
import data from './lexicon.json' with { type: 'json' };
import { placeCode } from './places.ts';

const LexiconSchema = z.object({
  entries: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        patterns: z.array(z.string().min(1)).min(1),
        hs: z.array(z.string().regex(/^\d{2,10}$/, 'an HS scope is 2 to 10 digits')).min(1),
      }),
    )
    .min(1),
});

export interface ProductHit {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly hs: readonly string[];
}

interface Compiled {
  readonly pattern: RegExp;
  readonly byWord: ReadonlyMap<string, { label: string; hs: readonly string[] }>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
const key = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');

function compile(raw: unknown): Compiled {
  const parsed = LexiconSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DetenteError(
      'invalid_config',
      `the product lexicon is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const byWord = new Map<string, { label: string; hs: readonly string[] }>();
  for (const e of parsed.data.entries) {
    for (const p of e.patterns)
      if (!byWord.has(key(p))) byWord.set(key(p), { label: e.label, hs: e.hs });
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return { pattern, byWord };
}

const LEXICON = compile(data);

/** Looks a matched phrase up, trying it as written, then without a plural ending. */
function lookup(word: string) {
  const k = key(word);
  return (
    LEXICON.byWord.get(k) ??
    LEXICON.byWord.get(k.replace(/s$/, '')) ??
    LEXICON.byWord.get(k.replace(/es$/, ''))
  );
}

/**
 * Every product of the lexicon named in `text[from, to)`, in order.
 *
 * @example
 * findProducts('100% on canola oil and peas')[0]?.hs; // ['151411', '151419', …]
 */
export function findProducts(text: string, from = 0, to = text.length): ProductHit[] {
  const out: ProductHit[] = [];
  const slice = text.slice(from, to);
  LEXICON.pattern.lastIndex = 0;
  for (let m = LEXICON.pattern.exec(slice); m !== null; m = LEXICON.pattern.exec(slice)) {
    const entry = lookup(m[0]);
    if (!entry) continue;
    // "EV" is only a product in capitals; "ev" in lower case is noise.
    if (/^evs?$/i.test(m[0]) && !/^EVs?$/.test(m[0])) continue;
    // A capitalised word inside a sentence is a name ("Hengrun Steel"), not a product.
    if (
      /^\p{Lu}\p{Ll}/u.test(m[0]) &&
      !/(?:^|[.!?:"“\n]\s*)$/u.test(slice.slice(Math.max(0, m.index - 3), m.index))
    )
      continue;
    out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length, ...entry });
  }
  return out;
}

/** Words that introduce the goods a duty is on: "tariffs on (imports of) (all) Indian goods". */
const GOODS_CUE =
  /\b(?:on|against)\s+(?:(?:imports|exports|shipments|sales) of\s+)?(?:(?:all|most|many|certain|some|other|selected|the|its|their|these|those)\s+)*|\bhit\s+(?:(?:all|most|the)\s+)?/giu;
/** A word of goods: "canola", "U.S.", "U.S.-made", "two-litre". */
const GOODS_WORD = /^(?:(?:\p{Lu}\.){2,}(?:-\p{Ll}+)?|[\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
/** "Chinese-made", "U.S.-origin": a word saying where goods come from, not what they are. */
const ORIGIN_WORD =
  /^((?:\p{Lu}\.){2,}|\p{Lu}\p{L}+)-(?:made|origin|built|produced|grown|sourced)\s+/u;
/** Words that end the goods: what follows says where from, how much, when or why. */
const GOODS_STOP = new Set(
  (
    'from to by at on with over since for in into under until after before as that which who ' +
    'whose starting effective worth entering imported made originating exported produced ' +
    'coming of while but amid if when unless once following beginning than per valued the a an ' +
    'its their this these those is are was were will would has have had and or said says ' +
    'cut cuts raise raised lower lowered remove removed impose imposed lift lifted suspend ' +
    'suspended scrap scrapped extend extended keep kept leave left leaving about around ' +
    'roughly nearly some more less half everything anything remain remains stay stays face ' +
    'faces pay pays fell rose rise rises falls doubles doubled climbs climbed stays takes took'
  ).split(' '),
);
/**
 * Words that name no goods of their own: "all imports", "its trading partners", "the
 * products concerned" (goods named before).
 */
const GOODS_GENERIC = /^(?:goods|imports?|exports?|products?|items?|shipments?|merchandise)$/i;
const NOT_GOODS =
  /^(?:each|subject|said|aforesaid|countries|country|partners?|nations?|economies|economy|trade|companies|company|firms?|exporters?|producers?|importers?|manufacturers?|it|them|top|grounds?|behalf|basis|sides|average|days?|date|tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies|measures?|rates?|value|prices?|record|hold|track|course|par|recommendation|advice|request|condition|account|paper|way|time|dumping|subsid(?:y|ies)|practices|competition|overcapacity|retaliation|rules|concerned)$/i;

/**
 * The goods a duty is on, read as the words of the text when the lexicon knows none of them:
 * the noun phrase after "on" ("an additional 25% tariff on Indian goods over …" → "Indian
 * goods", "duties on glazed ceramic floor and wall tiles from China"), or between "hit" and
 * "with" ("hit non-CUSMA Canadian goods with a 35% tariff"). The phrase stops at a
 * preposition, a verb or punctuation; it must be lower-case words, or a demonym qualifying
 * them, and name something other than countries, companies or duties. A word of origin
 * before them ("on U.S.-made bicycles") is not part of the goods. Null when none fits.
 */
export function goodsIn(text: string, from: number, to: number): ProductHit | null {
  const slice = text.slice(from, to);
  GOODS_CUE.lastIndex = 0;
  for (let m = GOODS_CUE.exec(slice); m !== null; m = GOODS_CUE.exec(slice)) {
    const hit = /^hit\b/i.test(m[0]);
    const origin = ORIGIN_WORD.exec(slice.slice(m.index + m[0].length));
    const at =
      m.index +
      m[0].length +
      (origin && placeCode(origin[1] ?? '') !== null ? origin[0].length : 0);
    const words = readGoodsWords(slice, at);
    if (words === null) continue;
    if (hit && !/^\s+with\b/i.test(slice.slice(words.end))) continue;
    const phrase = slice.slice(at, words.end);
    return {
      text: phrase,
      start: from + at,
      end: from + words.end,
      label: phrase.toLowerCase(),
      hs: [],
    };
  }
  return null;
}

/** The goods words from `at`: their end, or null when they do not name goods. */
function readGoodsWords(slice: string, at: number): { end: number } | null {
  const words: { word: string; end: number }[] = [];
  let i = at;
  while (words.length < 8) {
    const w = GOODS_WORD.exec(slice.slice(i));
    if (!w) break;
    const word = w[0];
    const lower = word.toLowerCase();
    if (lower === 'and' && words.length > 0) {
      // "floor and wall tiles" goes on; "cars and cut the …" starts a clause of its own.
      const [next = '', then = ''] = slice.slice(i + 4).split(/\s+/);
      if (GOODS_STOP.has(next.toLowerCase()) || !/^\p{Ll}/u.test(next)) break;
      if (/^(?:the|its|their|a|an)$/i.test(then)) break;
    } else if (GOODS_STOP.has(lower)) break;
    words.push({ word, end: i + word.length });
    i += word.length;
    const space = /^ +/.exec(slice.slice(i));
    if (!space) break;
    i += space[0].length;
  }
  while (words.length > 0 && words.at(-1)?.word.toLowerCase() === 'and') words.pop();
  const last = words.at(-1);
  if (!last || NOT_GOODS.test(last.word) || NOT_GOODS.test(words[0]?.word ?? '')) return null;
  let content = 0;
  for (const { word } of words) {
    if (/^\p{N}/u.test(word)) return null;
    if (placeCode(word) !== null) continue;
    if (!/\p{Ll}/u.test(word) || /^\p{Lu}\p{Ll}/u.test(word)) return null;
    if (!GOODS_GENERIC.test(word) && word !== 'and') content++;
  }
  const qualified = words.length > 1 && placeCode(words[0]?.word ?? '') !== null;
  return content > 0 || qualified ? { end: last.end } : null;
}
