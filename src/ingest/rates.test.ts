import { describe, expect, it } from 'vitest';
import { findRates, readRateList, readRateTable } from './rates.ts';

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

  it('takes a company whose name opens with a demonym for a producer', () => {
    expect(findRates('Chilean Pesquera will pay 9.5%')[0]?.producer).toBe('Chilean Pesquera');
    expect(findRates('Chilean Exporters will pay 9.5%')[0]?.producer).toBeUndefined();
    expect(findRates('Chilean salmon faces 9.5%')[0]?.producer).toBeUndefined();
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

  it('leaves out share prices that moved', () => {
    expect(bps('Andes Mining lost 2.1% and Pacific Salt slipped 0.4%')).toEqual([]);
    expect(bps('the index closed down 0.3% while Orica gained 1.5%')).toEqual([]);
    expect(bps('Orica added 1.2% on the news')).toEqual([]);
    expect(bps('the White House added 10% to the tariff')).toEqual([1000]);
  });

  it('leaves out a combined rate reached, but not a combined duty acted on', () => {
    expect(bps('bringing the combined rate on most mills to 38.5%')).toEqual([]);
    expect(bps('the combined duty of 80.5% will be lifted')).toEqual([8050]);
  });

  it('leaves out the size of a change ("cut its forecast by 15%")', () => {
    expect(bps('analysts cut their export forecast by 15%')).toEqual([]);
    expect(bps('the wine, hit by 30% tariffs, sold poorly')).toEqual([3000]);
  });

  it('leaves out a rate that is only a state', () => {
    expect(bps('copper and zinc, which still face 50% tariffs')).toEqual([]);
    expect(bps('the duty remains subject to a 25% surtax')).toEqual([]);
  });
});

describe('readRateTable', () => {
  const lines = (text: string) => {
    const out: { start: number; end: number }[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      out.push({ start: at, end: at + line.length });
      at += line.length + 1;
    }
    return out;
  };
  const read = (text: string) => readRateTable(text, lines(text));

  it('reads the rate column of a table whose header names a duty, with producers and origins', () => {
    const text =
      'Origin | Exporter | Duty (% of value)\nChile | Aceros Sur Ltd. | 12.5\nPeru | All others | 20';
    const rows = read(text);
    expect(rows?.map((r) => [r.bp, r.producer, r.origin?.text])).toEqual([
      [1250, 'Aceros Sur Ltd', 'Chile'],
      [2000, 'All others', 'Peru'],
    ]);
    const first = rows?.[0];
    expect(first && text.slice(first.start, first.end)).toBe('12.5');
  });

  it('reads bare numbers as percentages only when the header or the cell says so', () => {
    expect(read('Exporter | Rate of duty\nAceros Sur | 12.5')).toBeNull();
    expect(read('Exporter | Rate of duty\nAceros Sur | 12.5%')?.map((r) => r.bp)).toEqual([1250]);
  });

  it('is null for a table with no duty column', () => {
    expect(read('Year | Exports (%)\n2024 | 12.5')).toBeNull();
  });
});

describe('rates that are not duties', () => {
  it('leaves out a margin found negligible', () => {
    expect(bps('its margin of 1.2% was found to be negligible')).toEqual([]);
  });

  it('leaves out a rate goods already face in a relative clause', () => {
    expect(bps('exports, which face a separate 50% levy, are not covered')).toEqual([]);
    expect(bps('beans still face a combined 13% at the ports')).toEqual([]);
  });

  it('leaves out a total written far after "total"', () => {
    expect(
      bps('which took the total duty on many Chilean shipments, including copper and wine, to 50%'),
    ).toEqual([]);
  });

  it('leaves out a share hedged with "barely"', () => {
    expect(bps('it shipped barely 5% afterwards')).toEqual([]);
  });
});

describe('readRateList', () => {
  const linesOf = (text: string) => {
    const out: { start: number; end: number }[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      out.push({ start: at, end: at + line.length });
      at += line.length + 1;
    }
    return out;
  };

  it('reads "origin – producer: rate" lines with their origin and producer', () => {
    const text = 'Chile – Viña Sol: 4.5%\nChile – all other exporters: 11%';
    const rows = readRateList(text, linesOf(text));
    expect(rows?.map((r) => [r.bp, r.producer, r.origin?.text])).toEqual([
      [450, 'Viña Sol', 'Chile'],
      [1100, 'all other exporters', 'Chile'],
    ]);
  });

  it('reads no list when a line is prose', () => {
    const text = 'Viña Sol: 4.5%\nThe duty applies for five years.';
    expect(readRateList(text, linesOf(text))).toBeNull();
  });
});
