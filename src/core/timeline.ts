/**
 * The timeline: every dated record of a dossier as one sorted story. A measure contributes up
 * to three entries (announced, in force, ended); events, engagements and statements one each.
 */
import type { IsoDate } from './dates.ts';
import type { Dossier } from './model/dossier.ts';
import { formatBp } from './rate.ts';
import { measureEnds } from './measures.ts';

export const TIMELINE_KINDS = ['measure', 'event', 'engagement', 'statement'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  readonly date: IsoDate;
  readonly datePrecision: 'day' | 'month' | 'year';
  readonly kind: TimelineKind;
  /** For measures: which step of its life this entry is. */
  readonly step?: 'announced' | 'in-force' | 'ended';
  readonly id: string;
  readonly title: string;
  readonly detail?: string;
  readonly parties: readonly string[];
  readonly sources: readonly string[];
}

export interface TimelineFilter {
  /** Keep entries that concern at least one of these jurisdictions. */
  readonly parties?: readonly string[];
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly kinds?: readonly TimelineKind[];
}

const STEP_ORDER = { announced: 0, 'in-force': 1, ended: 2 } as const;

/** Every entry of the dossier that passes the filter, oldest first. */
export function buildTimeline(d: Dossier, filter: TimelineFilter = {}): TimelineEntry[] {
  const actorJurisdiction = new Map(d.actors.map((a) => [a.id, a.jurisdiction]));
  const actorName = new Map(d.actors.map((a) => [a.id, a.name]));
  const jurisdictionsOf = (ids: readonly string[]) => [
    ...new Set(ids.map((id) => actorJurisdiction.get(id)).filter((j): j is string => !!j)),
  ];
  const entries: TimelineEntry[] = [];

  const endOf = measureEnds(d.measures);
  for (const m of d.measures) {
    const origins = m.targets.origins === '*' ? [] : m.targets.origins;
    const parties = [
      m.imposer,
      ...origins,
      ...(m.targets.condition ? [m.targets.condition.value] : []),
    ];
    const rate = m.rate ? ` ${formatBp(m.rate.bp)}` : '';
    const base = {
      kind: 'measure' as const,
      datePrecision: 'day' as const,
      id: m.id,
      parties,
      sources: m.sources,
    };
    if (m.dates.announced && m.dates.announced !== m.dates.effective) {
      entries.push({
        ...base,
        date: m.dates.announced,
        step: 'announced',
        title: `Announced: ${m.title}${rate}`,
      });
    }
    entries.push({
      ...base,
      date: m.dates.effective,
      step: 'in-force',
      title: `In force: ${m.title}${rate}`,
      detail: m.scope.label ?? m.scope.include.join(', '),
    });
    const end = endOf(m);
    if (end)
      entries.push({
        ...base,
        date: end.date,
        step: 'ended',
        title: `Ended: ${m.title}`,
        detail: end.why,
      });
  }
  for (const e of d.events) {
    entries.push({
      kind: 'event',
      date: e.date,
      datePrecision: e.datePrecision ?? 'day',
      id: e.id,
      title: e.title,
      ...(e.summary ? { detail: e.summary } : {}),
      parties: e.parties,
      sources: e.sources,
    });
  }
  for (const g of d.engagements) {
    entries.push({
      kind: 'engagement',
      date: g.date,
      datePrecision: 'day',
      id: g.id,
      title: g.title,
      ...(g.outcomes?.length ? { detail: g.outcomes.join('; ') } : {}),
      parties: jurisdictionsOf(g.participants),
      sources: g.sources,
    });
  }
  for (const s of d.statements) {
    entries.push({
      kind: 'statement',
      date: s.date,
      datePrecision: s.datePrecision ?? 'day',
      id: s.id,
      title: `${actorName.get(s.speaker) ?? s.speaker}: ${s.kind === 'quote' ? `“${s.text}”` : s.text}`,
      detail: s.topic,
      parties: jurisdictionsOf([s.speaker]),
      sources: s.sources,
    });
  }
  return entries
    .filter((e) => matches(e, filter))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        STEP_ORDER[a.step ?? 'in-force'] - STEP_ORDER[b.step ?? 'in-force'] ||
        a.id.localeCompare(b.id),
    );
}

function matches(e: TimelineEntry, f: TimelineFilter): boolean {
  if (f.from && e.date < f.from) return false;
  if (f.to && e.date > f.to) return false;
  if (f.kinds && !f.kinds.includes(e.kind)) return false;
  if (f.parties && !e.parties.some((p) => f.parties?.includes(p))) return false;
  return true;
}
