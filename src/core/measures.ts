/**
 * Questions about measures as records: when and why one ended, whether it is in force on a date,
 * whether it targets an origin.
 */
import { addDays, dayNumber } from './dates.ts';
import type { IsoDate } from './dates.ts';
import type { Measure } from './model/measure.ts';

export interface MeasureEnd {
  readonly date: IsoDate;
  readonly why: string;
}

/** Tells when each measure stopped being in force (first day out of force) and why. */
export type EndOf = (m: Measure) => MeasureEnd | null;

/**
 * The end of every measure of a set, from its own dates and the measures that replace it.
 * Replacements are gathered once, so asking for every measure's end stays linear.
 *
 * @example
 * const endOf = measureEnds(dossier.measures);
 * endOf(provisional); // { date: '2026-03-01', why: 'replaced by chn-2026-canola-ad-final' }
 */
export function measureEnds(all: readonly Measure[]): EndOf {
  const replacedBy = new Map<string, Measure[]>();
  for (const other of all) {
    for (const id of other.relations?.replaces ?? []) {
      const list = replacedBy.get(id) ?? [];
      list.push(other);
      replacedBy.set(id, list);
    }
  }
  return (m) => {
    const candidates: MeasureEnd[] = [];
    if (m.dates.expires) {
      candidates.push({
        date: addDays(m.dates.expires, 1),
        why: `expired after ${m.dates.expires}`,
      });
    }
    if (m.dates.revoked) candidates.push({ date: m.dates.revoked, why: 'revoked' });
    for (const other of replacedBy.get(m.id) ?? []) {
      candidates.push({ date: other.dates.effective, why: `replaced by ${other.id}` });
    }
    candidates.sort((a, b) => a.date.localeCompare(b.date));
    return candidates[0] ?? null;
  };
}

/** True when the measure is in force on the date (effective, and not yet ended). */
export function inForceOn(m: Measure, date: IsoDate, endOf: EndOf): boolean {
  if (date < m.dates.effective) return false;
  const end = endOf(m);
  return end === null || dayNumber(date) < dayNumber(end.date);
}

/** True when a measure's targets include an origin (any origin for '*', less the exceptions). */
export function targetsOrigin(targets: Measure['targets'], origin: string): boolean {
  if (targets.except?.includes(origin)) return false;
  return targets.origins === '*' || targets.origins.includes(origin);
}
