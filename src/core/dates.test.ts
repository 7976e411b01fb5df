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
