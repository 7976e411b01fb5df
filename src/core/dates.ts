/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: they sort and compare as text. Day arithmetic
 * goes through UTC day numbers. Nothing here reads the clock.
 */
import { DetenteError } from './errors.ts';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written as YYYY-MM-DD (2025-02-29 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Returns the date or throws `invalid_date` naming what was given. */
export function parseIsoDate(value: string, what = 'date'): IsoDate {
  if (!isIsoDate(value)) {
    throw new DetenteError(
      'invalid_date',
      `${what} "${value}" is not a calendar date (YYYY-MM-DD)`,
    );
  }
  return value;
}

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (date: IsoDate, days: number): IsoDate =>
  fromDayNumber(dayNumber(date) + days);

export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);
