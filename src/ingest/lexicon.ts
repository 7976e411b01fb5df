/**
 * The product lexicon: plain words ("canola oil", "aquatic products", "EVs") mapped to
 * suggested HS scopes. The words are data (lexicon.json, checked with zod when the module
 * loads) and are compiled once into one pattern; the longest phrase wins, so "canola oil"
 * is oil (1514…) and not seed (1205).
 */
import { z } from 'zod';
import { DetenteError } from '../core/errors.ts';
import data from './lexicon.json' with { type: 'json' };

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
