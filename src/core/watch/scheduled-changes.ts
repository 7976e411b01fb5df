/**
 * Dated changes from the measures themselves: on its effective date a measure comes into
 * force (a suspension starts; a definitive duty replaces a provisional one), and on the first
 * day after its end it leaves force (it expired or was revoked; a suspension ends and the
 * suspended duty applies again). The end of a replaced measure is told by the start of the
 * measure that replaces it, once. Each is one `scheduled` change at the start of its day.
 */
import { addDays } from '../dates.ts';
import type { Measure } from '../model/measure.ts';
import { formatBp } from '../rate.ts';
import type { MeasureMove } from './calendar.ts';
import { changeId } from './change-id.ts';
import { directionText, rateText, scopeText } from './describe.ts';
import type { Subject } from './match.ts';
import type { Change } from './model.ts';
import { citedSources, recordLink, startOfDay } from './world.ts';
import type { DerivedChange, WatchWorld } from './world.ts';

export interface Window {
  /** Exclusive: an ISO timestamp. */
  readonly since: string;
  /** Inclusive: an ISO timestamp. */
  readonly until: string;
}

/** Every start and end of a measure in the window (ends by replacement too), in day order. */
export const measureMoves = (world: WatchWorld, window: Window): MeasureMove[] =>
  world.calendar.between(window);

/** The measures a suspension or exemption stops levying; none for other measures. */
const lifts = (m: Measure): readonly string[] =>
  m.stacking.rule === 'suspend' || m.stacking.rule === 'exempt' ? m.stacking.measures : [];

const named = (world: WatchWorld, ids: readonly string[]) =>
  ids.map((id) => world.titleOf(id)).join('; ');

/** A measure's start or end on `day` as a change, with its sources and link. */
function scheduled(
  world: WatchWorld,
  m: Measure,
  edge: 'start' | 'end',
  day: string,
  summary: string,
  before: unknown,
  after: unknown,
): Change {
  return {
    id: changeId('scheduled', edge, m.id, day),
    kind: 'scheduled',
    at: startOfDay(day),
    effective: day,
    dossier: world.dossierOf(m.id),
    record: m.id,
    collection: 'measures',
    title: m.title,
    summary,
    before,
    after,
    sources: citedSources(world, m.sources),
    link: recordLink(m.id),
  };
}

function startChange(world: WatchWorld, m: Measure, replaced: readonly Measure[]): DerivedChange {
  const day = m.dates.effective;
  const end = world.endOf(m);
  /** The last day in force, as people say "until". */
  const until = end ? addDays(end.date, -1) : undefined;
  const lasts = until ? ` until ${until}` : '';
  const lifted = lifts(m);
  let summary: string;
  let before: unknown = { inForce: false };
  if (replaced.length > 0) {
    summary = `${m.title} comes into force on ${day}, replacing ${named(
      world,
      replaced.map((r) => r.id),
    )}: ${replaced.map(rateText).join(', ')} → ${rateText(m)}.`;
    before = {
      measures: replaced.map((r) => ({ id: r.id, title: r.title, bp: r.rate?.bp ?? null })),
    };
  } else if (lifted.length > 0) {
    summary = `${m.title} starts on ${day}${lasts}: ${named(world, lifted)} not levied on ${scopeText(m)} ${directionText(m)}.`;
  } else {
    summary = `${m.title} comes into force on ${day}: ${rateText(m)} on ${scopeText(m)} ${directionText(m)}${lasts ? `,${lasts}` : ''}.`;
  }
  const subjects: Subject[] = [m, ...replaced].map((measure) => ({ sort: 'measure', measure }));
  return {
    subjects,
    change: scheduled(world, m, 'start', day, summary, before, {
      inForce: true,
      from: day,
      ...(until ? { until } : {}),
      ...(m.rate ? { bp: m.rate.bp } : {}),
      ...(lifted.length > 0 ? { [m.stacking.rule]: lifted } : {}),
    }),
  };
}

function endChange(world: WatchWorld, m: Measure, day: string, why: string): DerivedChange {
  const lifted = lifts(m);
  const again =
    lifted.length > 0
      ? `: ${named(world, lifted)} apply again where still in force`
      : m.rate
        ? `: its ${formatBp(m.rate.bp)} is no longer levied`
        : '';
  return {
    subjects: [{ sort: 'measure', measure: m }],
    change: scheduled(
      world,
      m,
      'end',
      day,
      `${m.title} ends on ${day} (${why})${again}.`,
      { inForce: true, from: m.dates.effective, ...(m.rate ? { bp: m.rate.bp } : {}) },
      { inForce: false, from: day, why },
    ),
  };
}

/**
 * The `scheduled` changes of a window, for every measure (routing to watchlists comes after).
 *
 * @example
 * scheduledChanges(world, { since: '2025-01-01T23:59:59.999Z', until: '2026-06-01T23:59:59.999Z' });
 */
export function scheduledChanges(
  world: WatchWorld,
  window: Window,
  moves: readonly MeasureMove[] = measureMoves(world, window),
): DerivedChange[] {
  const { replacedBy, byId } = world.calendar;
  const out: DerivedChange[] = [];
  for (const { day, measure: m, move } of moves) {
    if (move === 'start') {
      const replaced = (m.relations?.replaces ?? [])
        .map((id) => byId.get(id))
        .filter((r): r is Measure => r !== undefined && world.endOf(r)?.date === day);
      out.push(startChange(world, m, replaced));
    } else {
      const byReplacement = (replacedBy.get(m.id) ?? []).some((r) => r.dates.effective === day);
      const end = world.endOf(m);
      if (!byReplacement && end) out.push(endChange(world, m, day, end.why));
    }
  }
  return out;
}
