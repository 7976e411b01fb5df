/**
 * What change derivation reads: the records (as a plain view, so core stays free of the
 * services' catalog), the duty engine as a function, and the shape of a derived change: the
 * change itself, watchlist-independent, with the subjects that route it to watchlists.
 */
import type { DutyAnswer, DutyQuery, SourceLink } from '../duty/answer.ts';
import type { EndOf } from '../measures.ts';
import type { Measure } from '../model/measure.ts';
import type { Channel, Engagement } from '../model/talks.ts';
import type { MeasureCalendar } from './calendar.ts';
import type { Subject } from './match.ts';
import type { Change } from './model.ts';

export interface WatchWorld {
  readonly measures: readonly Measure[];
  readonly channels: readonly Channel[];
  readonly engagements: readonly Engagement[];
  /** When each measure stops being in force (its own dates, or a replacing measure). */
  readonly endOf: EndOf;
  /** The days measures start and end, built once for the measures above. */
  readonly calendar: MeasureCalendar;
  /** The dossier a record belongs to. */
  dossierOf(id: string): string;
  /** A source's title and address, for the changes that cite it. */
  source(id: string): SourceLink | undefined;
  /** A record's display name: a measure's title, an actor's name; the id when unknown. */
  titleOf(id: string): string;
  engagement(id: string): Engagement | undefined;
  /** The stacked duty (the duty engine). */
  duty(query: DutyQuery): DutyAnswer;
}

/** A change before routing: the same for every watchlist, with what it is about. */
export interface DerivedChange {
  readonly change: Change;
  /** The change concerns a watchlist when any of its subjects does. */
  readonly subjects: readonly Subject[];
}

/** The moment of a dated change: the start of its day, UTC. */
export const startOfDay = (day: string): string => `${day}T00:00:00.000Z`;

/** The record's path in the HTTP API. */
export const recordLink = (id: string): string => `/api/v1/records/${encodeURIComponent(id)}`;

/** The cited sources with their titles and addresses, each once, unknown ids kept as ids. */
export function citedSources(world: WatchWorld, ids: readonly string[]): Change['sources'] {
  return [...new Set(ids)].map((id) => {
    const s = world.source(id);
    return s ? { id, title: s.title, ...(s.url ? { url: s.url } : {}) } : { id, title: id };
  });
}

/** True when a moment lies in the window since < at <= until (ISO timestamps compare as text). */
export const inWindow = (at: string, w: { readonly since: string; readonly until: string }) =>
  at > w.since && at <= w.until;

/** Shortens a text for a one-line summary. */
export const clip = (text: string, max = 140): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
