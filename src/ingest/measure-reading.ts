/**
 * What the reading of a text carries from one sentence to the next: the measure told last, the
 * act its passage is telling (and how far that passage reaches), the candidates so far; and what
 * one sentence says of its measure, shared by the candidates of its rate groups.
 */
import type { Mention } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { within, type Doc } from './doc.ts';
import type { Action, MeasureKind } from './measure-acts.ts';
import type { SentenceDates } from './measure-dates.ts';
import type { Draft } from './measure-drafts.ts';
import type { Roles } from './measure-roles.ts';
import type { PlaceMention } from './places.ts';
import type { RateHit } from './rates.ts';
import type { Range, Sentence } from './sentences.ts';

/** How far (in sentences) an open act's passage reaches past the last sentence that told of it. */
export const PASSAGE_REACH = 3;

/** The measure told last: what a sentence that leaves out a party or a date takes from it. */
interface Previous {
  readonly imposer: Mention | null;
  readonly targets: Mention[];
  readonly sentence: number;
  readonly announced: DateMention | null;
  /** the subject of the main clause, when the measure was recalled in a subordinate one */
  readonly subject: PlaceMention | null;
}

/**
 * The act a passage is telling: the candidates a measure sentence opened it with and those
 * later sentences added to it (rates assigned to producers or origins), and the last sentence
 * that told of it. Sentences of the same or the next paragraph may still add to it.
 */
interface OpenAct {
  readonly drafts: Draft[];
  last: number;
}

/** What the reading of a text carries from one sentence to the next. */
export interface Reading {
  readonly doc: Doc;
  /** the candidates so far, in the order of the text */
  readonly drafts: Draft[];
  /** the jurisdictions of the text, most mentioned first */
  readonly ranked: readonly string[];
  /**
   * the country of the dateline, else the one country whose bodies the text names: its
   * bodies named bare ("the finance ministry", "the Commission") impose
   */
  readonly home: string | null;
  /** the country whose gazette or letterhead the text opens with (a notice), if any */
  readonly notice: string | null;
  /** the one country of the provinces or states the text names, if any (see regionHome) */
  readonly regionHome: string | null;
  previous: Previous | null;
  /** the drafts of the last sentence (or table) that made any */
  lastGroup: Draft[];
  /** the last line of the table read last: its lines make no candidates of their own */
  tableEnd: number;
  /** the act the passage is telling, if any */
  act: OpenAct | null;
}

/** Reads the places of a stretch as parties, the verb governing them at `verbAt`. */
export type RolesOf = (places: readonly PlaceMention[], verbAt: number) => Roles;

/** What a sentence says of its measure, shared by the candidates of its rate groups. */
export interface Told {
  /** the text of the document */
  readonly text: string;
  readonly s: Sentence;
  readonly index: number;
  readonly sentence: string;
  readonly rates: readonly RateHit[];
  /** the sentence only goes on setting rates for the measure before it */
  readonly continues: boolean;
  readonly clause: Range;
  readonly places: readonly PlaceMention[];
  readonly verbAt: number;
  readonly recent: Previous | null;
  readonly rolesOf: RolesOf;
  readonly sentenceRoles: Roles;
  readonly kind: MeasureKind | null;
  readonly sentenceAction: Action;
  readonly dates: SentenceDates;
  /** the measure before, when its announcement dates this sentence's too */
  readonly carriedAnnounced: Previous | null;
}

/**
 * The act the passage at sentence `index` is still telling: one told at most PASSAGE_REACH
 * sentences before, in the same or the previous paragraph, with no quotation since (a quote
 * turns to what people say of it).
 */
export function openAct(reading: Reading, s: Sentence, index: number): OpenAct | null {
  const { act, doc } = reading;
  const last = act ? doc.sentences[act.last] : undefined;
  if (!act || !last || index - act.last > PASSAGE_REACH || s.paragraph - last.paragraph > 1)
    return null;
  return within(doc.quoted, last.end, s.start).length > 0 ? null : act;
}
