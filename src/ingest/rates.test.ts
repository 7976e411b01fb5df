import { describe, expect, it } from 'vitest';
import { findRates } from './rates.ts';

const bps = (text: string) => findRates(text).map((r) => r.bp);

describe('findRates', () => {
  it('reads percentages as people write them, in basis points', () => {
    expect(bps('a 25% tariff')).toEqual([2500]);
    expect(bps('a surtax of 100 per cent')).toEqual([10000]);
    expect(bps('a margin of 75.8%')).toEqual([7580]);
    expect(bps('duties of 6.1 percent')).toEqual([610]);
  });

  it('gives offsets that slice to the rate as written', () => {
    const text = 'China set a deposit of 75.8 per cent on canola.';
    const [r] = findRates(text);
    expect(r && text.slice(r.start, r.end)).toBe('75.8 per cent');
  });

  it('reads company-specific rates with their producers', () => {
    const rates = findRates(
      'rates of 17% for BYD, 18.8% for Geely and 35.3% for SAIC, and 38.1% for all others',
    );
    expect(rates.map((r) => [r.bp, r.producer])).toEqual([
      [1700, 'BYD'],
      [1880, 'Geely'],
      [3530, 'SAIC'],
      [3810, 'all others'],
    ]);
    expect(findRates('BYD faces 17.4 percent')[0]?.producer).toBe('BYD');
  });

  it('does not take a country or a demonym for a producer', () => {
    expect(findRates('a deposit of 75.8% on Canadian canola')[0]?.producer).toBeUndefined();
    expect(findRates('a 25% tariff on China')[0]?.producer).toBeUndefined();
  });

  it('leaves out changes, shares, totals and base rates', () => {
    expect(bps('exports fell 12% last year')).toEqual([]);
    expect(bps('sales rose by about 3%')).toEqual([]);
    expect(bps('accounting for 40% of exports')).toEqual([]);
    expect(bps('a rise of 10 percentage points')).toEqual([]);
    expect(bps('raising the total U.S. duty on many products to 50%')).toEqual([]);
    expect(bps('the most-favoured-nation rate of 6.1%')).toEqual([]);
  });
});
