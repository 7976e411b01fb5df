/**
 * Which words in quotation marks make a quote: the marks themselves (QUOTE: double or single,
 * curly or straight; see sentences.ts); at least four words or a full sentence (FULL_SENTENCE),
 * or a shorter fragment that a longer one goes on (fragmentAfter); not a name ("the “Made in
 * China 2025” plan") nor words after "so-called"; and a headline's quote that the story quotes
 * again (quotedAgain), which is listed there.
 */
import { within, type Doc } from './doc.ts';
import { sentenceAt } from './quote-reading.ts';
import { SAY_OR_JUDGE } from './quote-verbs.ts';
import { SINGLE_QUOTE } from './sentences.ts';

/**
 * A quotation: words between curly or straight double quotation marks, or single ones
 * (SINGLE_QUOTE); innerOf gives its words.
 */
export const QUOTE = new RegExp(
  `[“\x93]([^”\x94]{2,}?)[”\x94]|"([^"\\n]{2,}?)"|${SINGLE_QUOTE}`,
  'gu',
);
/** The words inside the quotation marks of a match of QUOTE. */
export const innerOf = (m: RegExpExecArray) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
/**
 * A quote of under four words counts when it is a full sentence: "Not yet." is one, but "a
 * red line." (a phrase with the sentence's full stop taken inside the marks) is not.
 */
export const FULL_SENTENCE = /^\p{Lu}.*[.!?,]$/su;
/**
 * Words in quotation marks that are a name, not what someone said: every word capitalised
 * (but the small words of a title) and no mark that ends a sentence ("the “Made in China 2025”
 * plan", "the “One Big Beautiful Bill Act”"), but the full stop or the comma of the sentence
 * around it, which American style sets inside the marks ("toward a “Free and Open Indo-Pacific.”").
 */
export const QUOTED_NAME =
  /^\p{Lu}[\p{L}\p{N}'’\x92&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’\x92&-]*|\p{N}[\p{N}.,-]*|of|in|the|and|for|on|to|a|an|at|by|with|de|la|du|des)){3,}[.,]?$/u;
/**
 * Words before a quote that make it a name, a label or a scare quote: "the so-called “…”",
 * "(hereinafter “…”)", "a pact known as “…”".
 */
export const SO_CALLED =
  /\b(?:so[- ]called|hereinafter(?:\s+referred\s+to\s+as)?|(?:known|referred\s+to)\s+as)\s*$/i;
/** How many words a quotation has, parted by spaces. */
export const wordCount = (s: string) => s.trim().split(/\s+/).length;

/**
 * The quoted fragment that goes on a fragment ending at `from` in sentence `k`: the next
 * quotation of the sentence with no one named and no verb of saying between ("it “firmly
 * opposes” the measure and “will take necessary steps …”").
 */
export function fragmentAfter(doc: Doc, from: number, k: number) {
  const next = new RegExp(QUOTE.source, 'gu');
  next.lastIndex = from;
  const m = next.exec(doc.text);
  if (!m || sentenceAt(doc, m.index) !== k) return undefined;
  const between = doc.text.slice(from, m.index);
  SAY_OR_JUDGE.lastIndex = 0;
  if (between.length > 100 || between.includes('\n') || SAY_OR_JUDGE.test(between))
    return undefined;
  if (within(doc.people, from, m.index).length > 0) return undefined;
  return { at: m.index, inner: innerOf(m) };
}

/** The words of a quotation, to compare it with another: letters and digits, in lower case. */
const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * True when the body quotes the words again after `from`: a headline's quote that repeats one
 * of the story's ("Steelworkers say surtax “buys time, not jobs”" … "“It buys time, not
 * jobs,” he said") is listed there, with its speaker, not in the headline.
 */
export function quotedAgain(doc: Doc, inner: string, from: number): boolean {
  const words = wordsOf(inner);
  return (
    words.length > 0 &&
    doc.quoted.some(
      (q) => q.start > from && wordsOf(doc.text.slice(q.start, q.end)).includes(words),
    )
  );
}
