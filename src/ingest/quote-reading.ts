/**
 * What the quote finder reads with: a quote's attribution (who says it, and how the text names
 * them), a body that may speak, and one pass over a text's quotes (Reading: the quotes read so
 * far, the bodies, the principal country, a transcript's turns), which the readers of speakers
 * share; with the attribution to a person and the sentence a place is in.
 */
import type { Mention } from './candidates.ts';
import type { Doc } from './doc.ts';
import type { Turn } from './turns.ts';

/**
 * Who says a quote: the speaker's mention, the name the quotes of one speaker share, how the text
 * gives them (named next to the quote, through a pronoun, or carried on from the quote before),
 * and whether a person.
 */
export interface Attribution {
  readonly speaker: Mention;
  readonly name: string;
  readonly how: 'named' | 'pronoun' | 'carried';
  /** a person, not a body */
  readonly person: boolean;
}

/** A body of the text that may speak (see quote-bodies.ts): its words, head word and country. */
export interface Body {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** the head word in lower case ("ministry"), to find earlier mentions of the same body */
  readonly head: string;
  /** the country written in the body's own name */
  readonly code: string | null;
  /** a statement of several sides ("a joint statement"), which speaks for none of them */
  readonly joint: boolean;
  /** a country, its capital or a body the places know, as the government that speaks */
  readonly government?: boolean;
}

/** One pass over a text's quotes: what was read so far, for pronouns and bodies. */
export interface Reading {
  readonly doc: Doc;
  /** the quotes read so far, marks included, with their attribution (null: none found) */
  readonly said: {
    readonly start: number;
    readonly end: number;
    readonly by: Attribution | null;
  }[];
  readonly bodies: readonly Body[];
  readonly principal: string | null;
  /** the turns of a transcript, if the text is one */
  readonly turns: readonly Turn[];
}

/** A quote's attribution to a person, given `how`. */
export const named = (speaker: Mention, name: string, how: Attribution['how']): Attribution => ({
  speaker,
  name,
  how,
  person: true,
});

/** The index of the sentence of `doc` that holds the place `at`; -1 when none does. */
export const sentenceAt = (doc: Doc, at: number) =>
  doc.sentences.findIndex((s) => s.start <= at && at < s.end);
