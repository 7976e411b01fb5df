import { describe, expect, it } from 'vitest';
import { daysInYear, shareOfYear } from './share-of-year.ts';

describe('share of the year in force', () => {
  it('counts leap years', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2025)).toBe(365);
    expect(daysInYear(1900)).toBe(365);
    expect(daysInYear(2000)).toBe(366);
  });

  it("counts China's March 2025 tariffs from 2025-03-20 to the end of the year", () => {
    expect(shareOfYear('2025-03-20', null, 2025)).toEqual({
      year: 2025,
      days: 287,
      daysInYear: 365,
    });
  });

  it('counts a measure that ends within the year up to the day before its end', () => {
    // in force 2026-03-01 .. 2026-12-31 inclusive: the end date given is the day after
    expect(shareOfYear('2026-03-01', '2027-01-01', 2026).days).toBe(306);
    expect(shareOfYear('2025-08-14', '2026-03-01', 2026).days).toBe(59);
  });

  it('gives the whole year, or nothing, outside the dates', () => {
    expect(shareOfYear('2020-01-01', null, 2024).days).toBe(366);
    expect(shareOfYear('2025-03-20', null, 2024).days).toBe(0);
    expect(shareOfYear('2020-01-01', '2023-06-01', 2024).days).toBe(0);
  });
});
