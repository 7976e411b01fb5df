/**
 * The share of a calendar year a measure was in force, in whole days (leap years counted), as
 * Global Trade Alert's coverage method weighs a measure's trade by the part of the year it ran.
 */
import { dayNumber } from '../dates.ts';
import type { IsoDate } from '../dates.ts';

/** Days in a calendar year: 366 in leap years. */
export const daysInYear = (year: number): number =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;

/** Days in force within a year, and the length of that year. */
export interface YearShare {
  readonly year: number;
  readonly days: number;
  readonly daysInYear: number;
}

/**
 * Days of `year` on which a measure running from `start` (inclusive) to `end` (exclusive, or
 * null while it runs on) was in force.
 *
 * @example
 * shareOfYear('2025-03-20', null, 2025); // { year: 2025, days: 287, daysInYear: 365 }
 * shareOfYear('2024-10-01', null, 2024); // { year: 2024, days: 92, daysInYear: 366 }
 */
export function shareOfYear(start: IsoDate, end: IsoDate | null, year: number): YearShare {
  const first = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const total = daysInYear(year);
  const from = Math.max(first, dayNumber(start));
  const to = Math.min(first + total, end === null ? Number.POSITIVE_INFINITY : dayNumber(end));
  return { year, days: Math.max(0, to - from), daysInYear: total };
}

/** The share as a fraction of the year (0 to 1), for weighting values. */
export const fractionOfYear = (s: YearShare): number => s.days / s.daysInYear;

/** A period (start inclusive, end exclusive or null) on which a measure is not levied. */
export interface Lifted {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
}

/**
 * Days of `year` on which a measure running from `start` to `end` was actually levied: its days
 * in force less those under any of the `lifted` periods (suspensions, exemptions). Overlapping
 * lifted periods are counted once.
 *
 * @example
 * // China's Annex 1 tariff, suspended on oil cakes from 2026-03-01 to 2026-12-31
 * leviedShareOfYear('2025-03-20', null, [{ start: '2026-03-01', end: '2027-01-01' }], 2026);
 * // → { year: 2026, days: 59, daysInYear: 365 }
 */
export function leviedShareOfYear(
  start: IsoDate,
  end: IsoDate | null,
  lifted: readonly Lifted[],
  year: number,
): YearShare {
  const first = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const total = daysInYear(year);
  const from = Math.max(first, dayNumber(start));
  const to = Math.min(first + total, end === null ? Number.POSITIVE_INFINITY : dayNumber(end));
  if (to <= from) return { year, days: 0, daysInYear: total };
  const cuts = lifted
    .map((l) => [
      Math.max(from, dayNumber(l.start)),
      Math.min(to, l.end === null ? Number.POSITIVE_INFINITY : dayNumber(l.end)),
    ])
    .filter(([a, b]) => (a as number) < (b as number))
    .sort((a, b) => (a[0] as number) - (b[0] as number));
  let days = to - from;
  let reached = from;
  for (const [a, b] of cuts as [number, number][]) {
    const lo = Math.max(a, reached);
    if (b > lo) days -= b - lo;
    reached = Math.max(reached, b);
  }
  return { year, days, daysInYear: total };
}
