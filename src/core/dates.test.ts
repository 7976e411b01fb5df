import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, parseIsoDate } from './dates.ts';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-6-1')).toBe(false);
    expect(() => parseIsoDate('2025-02-30', '--on')).toThrow(
      '--on "2025-02-30" is not a calendar date',
    );
  });

  it('counts days across leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(addDays('2025-06-05', 180)).toBe('2025-12-02');
  });
});

describe('day numbers', () => {
  it('fromDayNumber agrees with Date for every day of 1900–2100', async () => {
    const { dayNumber, fromDayNumber } = await import('./dates.ts');
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++) {
      expect(fromDayNumber(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });
});

describe('fastDayNumber', () => {
  it('agrees with the calendar for every day of 1900–2100', async () => {
    const { dayNumber, fastDayNumber, fromDayNumber } = await import('./dates.ts');
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++) {
      expect(fastDayNumber(fromDayNumber(day))).toBe(day);
    }
  });

  it('returns NaN for text that is not a calendar date', async () => {
    const { fastDayNumber } = await import('./dates.ts');
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-1-01',
      '20250101',
      '2025-01-0x',
      '',
    ]) {
      expect(fastDayNumber(bad)).toBeNaN();
    }
  });
});
