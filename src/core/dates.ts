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

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The ISO date of a day number, by arithmetic (civil from days, after H. Hinnant). */
export function fromDayNumber(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export const addDays = (date: IsoDate, days: number): IsoDate =>
  fromDayNumber(dayNumber(date) + days);

export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` string, by arithmetic (no Date parsing): the hot
 * path of duty lookups. Returns NaN when the text is not a calendar date.
 */
export function fastDayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45)
    return Number.NaN;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  // days from civil (proleptic Gregorian), after H. Hinnant's algorithm
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The last day of a month (1–12) of a year: `lastDayOfMonth(2028, 2)` is 2028-02-29. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad2(month + 1)}-01`;
  return addDays(next, -1);
}

/**
 * The same day `months` later, or the month's last day when it is shorter:
 * `addMonths('2026-08-31', 6)` is 2027-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = lastDayOfMonth(year, month);
  return d > Number(last.slice(8)) ? last : `${year}-${pad2(month)}-${pad2(d)}`;
}
