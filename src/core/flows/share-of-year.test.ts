import { describe, expect, it } from 'vitest';
import { daysInYear, leviedShareOfYear, shareOfYear } from './share-of-year.ts';

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

describe('share of the year levied', () => {
  it("counts China's Annex 1 on oil cakes for the 59 days of 2026 before its suspension", () => {
    const suspension = { start: '2026-03-01', end: '2027-01-01' };
    expect(leviedShareOfYear('2025-03-20', null, [suspension], 2026)).toEqual({
      year: 2026,
      days: 59,
      daysInYear: 365,
    });
    expect(leviedShareOfYear('2025-03-20', null, [suspension], 2027).days).toBe(365);
    expect(leviedShareOfYear('2025-03-20', null, [suspension], 2025).days).toBe(287);
  });

  it('counts overlapping lifts once, and ignores lifts outside the days in force', () => {
    const lifts = [
      { start: '2024-02-01', end: '2024-03-01' }, // 29 days (leap year)
      { start: '2024-02-15', end: '2024-03-11' }, // overlaps: adds 10
      { start: '2023-01-01', end: '2023-06-01' }, // before the year
      { start: '2024-12-01', end: null }, // after the measure ended
    ];
    expect(leviedShareOfYear('2024-01-01', '2024-12-01', lifts, 2024).days).toBe(335 - 39);
  });

  it('never counts more days than the measure was in force', () => {
    const dates = ['2023-01-01', '2024-02-29', '2024-07-01', '2025-01-01', '2025-12-31'];
    for (const a of dates)
      for (const b of dates) {
        const lift = { start: a, end: b };
        for (const year of [2023, 2024, 2025]) {
          const levied = leviedShareOfYear('2024-01-15', '2025-06-01', [lift], year).days;
          expect(levied).toBeGreaterThanOrEqual(0);
          expect(levied).toBeLessThanOrEqual(shareOfYear('2024-01-15', '2025-06-01', year).days);
        }
      }
  });
});
