import { describe, expect, it } from 'vitest';
import { formatBp, percentToBp } from './rate.ts';

describe('rates in basis points', () => {
  it('parses percentages exactly, with no float rounding', () => {
    expect(percentToBp('75.8%')).toBe(7580);
    expect(percentToBp('6.1')).toBe(610);
    expect(percentToBp('0.29%')).toBe(29);
    expect(percentToBp('100 %')).toBe(10_000);
    expect(percentToBp('abc')).toBeUndefined();
    expect(percentToBp('1.234')).toBeUndefined();
  });

  it('formats basis points without trailing zeros', () => {
    expect(formatBp(8480)).toBe('84.8%');
    expect(formatBp(1490)).toBe('14.9%');
    expect(formatBp(10_610)).toBe('106.1%');
    expect(formatBp(29)).toBe('0.29%');
    expect(formatBp(500)).toBe('5%');
  });
});
