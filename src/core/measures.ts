/**
 * Questions about measures as records: in force on a date, when and why one ended.
 */
import { addDays, dayNumber } from './dates.ts';
import type { IsoDate } from './dates.ts';
import type { Measure } from './model/measure.ts';

/** The day a measure stopped being in force and why, or null while it runs on. */
export function measureEnd(
  m: Measure,
  all: readonly Measure[],
): { date: IsoDate; why: string } | null {
  const candidates: { date: IsoDate; why: string }[] = [];
  if (m.dates.expires)
    candidates.push({ date: addDays(m.dates.expires, 1), why: `expired after ${m.dates.expires}` });
  if (m.dates.revoked) candidates.push({ date: m.dates.revoked, why: 'revoked' });
  for (const other of all) {
    if (other.relations?.replaces?.includes(m.id)) {
      candidates.push({ date: other.dates.effective, why: `replaced by ${other.id}` });
    }
  }
  candidates.sort((a, b) => a.date.localeCompare(b.date));
  return candidates[0] ?? null;
}

/** True when the measure is in force on the date (effective, and not yet ended). */
export function inForceOn(m: Measure, date: IsoDate, all: readonly Measure[]): boolean {
  if (date < m.dates.effective) return false;
  const end = measureEnd(m, all);
  return end === null || dayNumber(date) < dayNumber(end.date);
}
