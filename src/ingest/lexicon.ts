/**
 * The product lexicon: plain words ("canola oil", "aquatic products", "EVs") mapped to
 * suggested HS scopes. The words are data (lexicon.json, checked with zod when the module
 * loads) and are compiled once, a pattern a phrase, keyed by the phrase's first word; the
 * longest phrase wins, so "canola oil" is oil (1514…) and not seed (1205). A phrase keeps the
 * words that make the goods narrower (qualifiers and forms, also data: "seamless steel pipe"),
 * and a list it stands in keeps the items the lexicon does not know ("wine, pisco and pears").
 */
import { z } from 'zod';
import { DetenteError } from '../core/errors.ts';
import data from './lexicon.json' with { type: 'json' };
import { MEASURE_WORD } from './measure-acts.ts';
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
  forms: z.array(z.string().min(1)),
  qualifiers: z.array(z.string().min(1)),
});

export interface ProductHit {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly hs: readonly string[];
}

/** One lexicon phrase as a pattern of its own, matched at a given place (sticky). */
interface PhrasePattern {
  /** its place in the longest-first order of the lexicon's phrases */
  readonly rank: number;
  readonly pattern: RegExp;
}

interface Compiled {
  /**
   * The phrases by their first word ("canola" for "canola oil"), each list in the
   * longest-first order: a word of the text is looked up here, and only the few phrases it
   * can open are tried, in the order one pattern of all of them would try them.
   */
  readonly byFirstWord: ReadonlyMap<string, readonly PhrasePattern[]>;
  readonly byWord: ReadonlyMap<string, { label: string; hs: readonly string[] }>;
  /** nouns for what the goods are made into: "electrodes", "pipe" */
  readonly forms: ReadonlySet<string>;
  /** words that narrow the goods: "seamless", "frozen" */
  readonly qualifiers: ReadonlySet<string>;
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
  const byFirstWord = new Map<string, PhrasePattern[]>();
  for (const [rank, word] of words.entries()) {
    const first = word.split(' ')[0] ?? word;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${escape(word)})(?:e?s)?(?![\\p{L}\\p{N}])`,
      'iuy',
    );
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { rank, pattern }]);
  }
  return {
    byFirstWord,
    byWord,
    forms: new Set(parsed.data.forms.map(key)),
    qualifiers: new Set(parsed.data.qualifiers.map(key)),
  };
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
 * A run of letters and digits that may open a lexicon phrase: it starts a word and is what
 * the phrases' letters match without regard to case (with "ſ" and the Kelvin sign "K",
 * which fold to "s" and "k"). A phrase's first word is all of it, or all of it but a plural
 * ending: the phrase goes on after a space or hyphen, or ends before no letter or digit.
 */
const TEXT_WORD = /(?<![\p{L}\p{N}])[a-z\u017F\u212A][a-z0-9\u017F\u212A]*/giu;

/** The lexicon phrases a word of the text can open, longest first ("ev", "evs" → "ev"). */
function phrasesOpenedBy(word: string): readonly PhrasePattern[] {
  const w = word.toLowerCase().replace(/\u017F/g, 's');
  const whole = LEXICON.byFirstWord.get(w);
  const plural = w.endsWith('s') ? LEXICON.byFirstWord.get(w.slice(0, -1)) : undefined;
  const plurales = w.endsWith('es') ? LEXICON.byFirstWord.get(w.slice(0, -2)) : undefined;
  if (plural === undefined && plurales === undefined) return whole ?? NO_PHRASES;
  return [...(whole ?? []), ...(plural ?? []), ...(plurales ?? [])].sort((a, b) => a.rank - b.rank);
}
const NO_PHRASES: readonly PhrasePattern[] = [];

/**
 * The next lexicon phrase from `TEXT_WORD.lastIndex` on, as one pattern of all the phrases
 * (longest first) would find it, leaving `TEXT_WORD.lastIndex` at its end; null when none.
 */
function nextPhrase(slice: string): RegExpExecArray | null {
  for (let w = TEXT_WORD.exec(slice); w !== null; w = TEXT_WORD.exec(slice)) {
    for (const { pattern } of phrasesOpenedBy(w[0])) {
      pattern.lastIndex = w.index;
      const m = pattern.exec(slice);
      if (m === null) continue;
      TEXT_WORD.lastIndex = m.index + m[0].length;
      return m;
    }
  }
  return null;
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
  TEXT_WORD.lastIndex = 0;
  for (let m = nextPhrase(slice); m !== null; m = nextPhrase(slice)) {
    const entry = lookup(m[0]);
    if (!entry) continue;
    // "EV" is only a product in capitals; "ev" in lower case is noise.
    if (/^evs?$/i.test(m[0]) && !/^EVs?$/.test(m[0])) continue;
    // A capitalised word inside a sentence is a name ("Hengrun Steel"), not a product.
    if (
      /^\p{Lu}\p{Ll}/u.test(m[0]) &&
      !/(?:^|[.!?:"“\x93\n]\s*)$/u.test(slice.slice(Math.max(0, m.index - 3), m.index))
    )
      continue;
    const start = widenStart(slice, m.index);
    const end = widenEnd(slice, m.index + m[0].length);
    out.push({ text: slice.slice(start, end), start: from + start, end: from + end, ...entry });
    TEXT_WORD.lastIndex = end;
  }
  return withListItems(slice, from, out);
}

/** What joins two items of a list of goods: ", ", " and ", ", and ", " or ". */
const ITEM_JOIN = /^(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or)[ ])/;
/** Words that open no item of goods: "and other goods", "and all imports". */
const NOT_ITEM_START =
  /^(?:other|all|any|some|many|most|more|several|certain|various|related|similar|such|it|them)$/i;
/** Words that are no part of an item: "and oil still …", "and hundreds of other products". */
const NOT_ITEM_WORD =
  /^(?:still|also|now|already|again|only|even|just|hundreds|dozens|thousands|millions|billions|lots|plenty)$/i;
/**
 * Words after an item that make it a verb's object or a noun with a clause of its own, not
 * goods: "and launched an inquiry", "and talk that …", "and dozens of …".
 */
const OBJECT_AFTER = /^[ ](?:a|an|the|its|their|his|her|this|these|those|it|them|that|of)\b/i;

/**
 * A list of goods keeps the items the lexicon does not know, read as the text's words: "on
 * wine, pisco and apples" gives "pisco" too. An item follows a known one after a comma and
 * goes on to the next join, or ends the list after "and"/"or"; it is one to four lower-case
 * words that name no country, duty or firm, and is not the object of a verb ("pork and
 * launched an inquiry").
 */
function withListItems(slice: string, from: number, hits: ProductHit[]): ProductHit[] {
  if (hits.length === 0) return hits;
  const out: ProductHit[] = [];
  for (const [i, hit] of hits.entries()) {
    out.push(hit);
    const next = hits[i + 1]?.start ?? from + slice.length;
    let at = hit.end - from;
    for (;;) {
      const join = ITEM_JOIN.exec(slice.slice(at, at + 8));
      if (!join || from + at + join[0].length >= next) break;
      const elided = elidedItem(slice, at + join[0].length, hit.text);
      if (elided) {
        out.push({ ...elided, start: from + elided.start, end: from + elided.end });
        at = elided.end;
        if (/and|or/.test(join[0])) break;
        continue;
      }
      const item = listItem(slice, at + join[0].length);
      if (!item) break;
      const last = /and|or/.test(join[0]);
      const goesOn = ITEM_JOIN.test(slice.slice(item.end, item.end + 8));
      if ((!last && !goesOn) || from + item.end > next) break;
      const text = slice.slice(item.start, item.end);
      out.push({ text, start: from + item.start, end: from + item.end, label: text, hs: [] });
      if (last) break;
      at = item.end;
    }
  }
  return out;
}

/**
 * An item that leaves out the words it shares with the goods before it: "meal" of "canola oil
 * and meal" is canola meal, with its scope. It keeps the text's word.
 */
function elidedItem(slice: string, at: number, before: string): ProductHit | null {
  const w = /^\p{Ll}+(?![\p{L}\p{N}-])/u.exec(slice.slice(at, at + 30));
  const shared = before.split(' ').slice(0, -1).join(' ');
  if (!w || !shared) return null;
  const entry = lookup(`${shared} ${w[0]}`);
  return entry ? { text: w[0], start: at, end: at + w[0].length, ...entry } : null;
}

/** The item of goods that starts at `at`: its span, or null (see withListItems). */
function listItem(slice: string, at: number): { start: number; end: number } | null {
  let end = at;
  let count = 0;
  for (let i = at; count < 4; count++) {
    const w = /^\p{Ll}[\p{Ll}-]*/u.exec(slice.slice(i));
    const word = w?.[0];
    if (!word || GOODS_STOP.has(word) || (count === 0 && NOT_ITEM_START.test(word))) break;
    if (NOT_ITEM_WORD.test(word)) return null;
    end = i + word.length;
    if (slice[end] !== ' ') break;
    i = end + 1;
  }
  const words = slice.slice(at, end);
  const lastWord = words.split(' ').at(-1) ?? '';
  if (
    end === at ||
    NOT_GOODS.test(lastWord) ||
    GOODS_GENERIC.test(lastWord) ||
    /[^e]ed$/.test(lastWord) ||
    placeCode(lastWord) !== null ||
    OBJECT_AFTER.test(slice.slice(end, end + 8))
  )
    return null;
  return { start: at, end };
}

/** A word of goods next to a lexicon phrase: lower case, maybe hyphenated ("pre-painted"). */
const WORD_BEFORE = /(?<![\p{L}\p{N}-])(\p{Ll}[\p{Ll}-]*)[ ]$/u;
const WORD_AFTER = /^[ ](\p{Ll}+)(?![\p{L}\p{N}-])/u;
/** A size that bounds the goods: "below 80 microns", "not exceeding 6 mm". */
const SIZE_AFTER =
  /^[ ](?:below|under|above|over|up to|(?:not )?exceeding|of (?:less|more) than)[ ]\d+(?:[.,]\d+)?[ ]?(?:microns?|µm|mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|kg|kilograms?|tonnes?)(?![\p{L}\p{N}])/u;

/**
 * Goods narrower than a lexicon phrase keep the text's words: where they start, with the
 * qualifiers before the phrase ("seamless steel", "pre-painted steel").
 */
function widenStart(slice: string, start: number): number {
  let at = start;
  for (let n = 0; n < 3; n++) {
    const w = WORD_BEFORE.exec(slice.slice(Math.max(0, at - 30), at));
    if (!w?.[1] || !LEXICON.qualifiers.has(key(w[1]))) break;
    at -= w[0].length;
  }
  return at;
}

/**
 * Where goods narrower than a lexicon phrase end: with the form after it ("graphite
 * electrodes", "pork offal"), then a size that bounds them ("aluminium foil below 80 microns").
 */
function widenEnd(slice: string, end: number): number {
  let at = end;
  const w = WORD_AFTER.exec(slice.slice(at, at + 30));
  if (w?.[1] && LEXICON.forms.has(key(w[1]))) at += w[0].length;
  const size = SIZE_AFTER.exec(slice.slice(at, at + 50));
  return size ? at + size[0].length : at;
}

/** Words that introduce the goods a duty is on: "tariffs on (imports of) (all) Indian goods". */
const GOODS_CUE =
  /\b(?:(?:on|against)\s+(?:(?:imports|exports|shipments|sales) of\s+)?(?:(?:all|most|many|certain|some|other|selected|the|its|their|these|those)\s+)*|hit\s+(?:(?:all|most|the)\s+)?)/giu;
/** A word of goods: "canola", "U.S.", "U.S.-made", "two-litre". */
const GOODS_WORD = /^(?:(?:\p{Lu}\.){2,}(?:-\p{Ll}+)?|[\p{L}\p{N}][\p{L}\p{N}'’\x92-]*)/u;
/** "Chinese-made", "U.S.-origin": a word saying where goods come from, not what they are. */
const ORIGIN_WORD =
  /^((?:\p{Lu}\.){2,}|\p{Lu}\p{L}+)-(?:made|origin|built|produced|grown|sourced)\s+/u;
/**
 * Words that end the goods: what follows says where from, how much, when or why, or describes
 * them ("plywood consisting solely of …", "film not exceeding …").
 */
const GOODS_STOP = new Set(
  (
    'from to by at on with over since for in into under until after before as that which who ' +
    'whose starting effective worth entering imported made originating exported produced ' +
    'coming of while but amid if when unless once following beginning than per valued the a an ' +
    'its their this these those is are was were will would has have had and or said says ' +
    'cut cuts raise raised lower lowered remove removed impose imposed lift lifted suspend ' +
    'suspended scrap scrapped extend extended keep kept leave left leaving about around ' +
    'roughly nearly some more less half everything anything remain remains stay stays face ' +
    'faces pay pays fell rose rise rises falls doubles doubled climbs climbed stays takes took ' +
    'consisting containing having weighing measuring exceeding not shipped sold sent bound ' +
    'could may might should must shall expired lapsed disappeared expire expires came comes'
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
 * before them ("on U.S.-made bicycles") is not part of the goods; a country after goods named
 * by their kind only is ("on products of Brazil"). An "on" before the measure's own word
 * governs something else. Null when none fits.
 */
export function goodsIn(text: string, from: number, to: number): ProductHit | null {
  const slice = text.slice(from, to);
  const measureAt = MEASURE_WORD.exec(slice)?.index ?? -1;
  GOODS_CUE.lastIndex = 0;
  for (let m = GOODS_CUE.exec(slice); m !== null; m = GOODS_CUE.exec(slice)) {
    const hit = /^hit\b/i.test(m[0]);
    // "exchanged views on global developments, including tariffs …", "posted on social
    // media, to impose a 50% tariff on …": what "on" governs before the measure's word is
    // something else.
    if (!hit && m.index < measureAt) continue;
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
  if (content > 0 || qualified) return { end: last.end };
  // "on products of Brazil", "on all goods from Brazil": goods named by their origin.
  const found = words.length === 1 ? OF_ORIGIN.exec(slice.slice(last.end)) : null;
  // "imports from Chile" names where the imports come from, not goods.
  const traded = /^(?:imports?|exports?|shipments?)$/i.test(last.word);
  const origin = traded && found?.[0].startsWith(' from') ? null : found;
  // The point ending a sentence is no part of the country's name ("… goods from Chile.").
  const name = origin?.[1]?.replace(/\.$/, '');
  return origin?.[1] !== undefined && name !== undefined && placeCode(name) !== null
    ? { end: last.end + origin[0].length - (origin[1].length - name.length) }
    : null;
}

/**
 * A country after goods named by their kind only: "products of Brazil", "goods from Peru".
 */
const OF_ORIGIN =
  /^ (?:of|from) (?:the )?(\p{Lu}[\p{L}'’\x92.-]*(?: \p{Lu}[\p{L}'’\x92.-]*){0,2})/u;
