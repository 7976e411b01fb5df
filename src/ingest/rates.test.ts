import { describe, expect, it } from 'vitest';
import { cellSeparator, findRates, readRateList, readRateTable, sameStateAs } from './rates.ts';

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
    expect(bps("with Japan's Nikkei 225 adding 0.4% and the Hang Seng shedding 0.7%")).toEqual([]);
    expect(bps('Orica gaining 1.1%, Andes Mining losing 2%, Pacific Salt sliding 0.5%')).toEqual(
      [],
    );
    expect(bps('the order adding 10% tariffs on steel')).toEqual([1000]);
  });

  it('leaves out a combined rate reached, but not a combined duty acted on', () => {
    expect(bps('bringing the combined rate on most mills to 38.5%')).toEqual([]);
    expect(bps('the combined duty of 80.5% will be lifted')).toEqual([8050]);
  });

  it('reads a possessive alike with a straight or a curly apostrophe', () => {
    for (const mark of ["'", '’', '\x92']) {
      expect(bps(`Ottawa lowered Turkey${mark}s country quota by 40% in May`)).toEqual([]);
      const rates = findRates(
        `Under the ruling, Denmark${mark}s Vesterhav Foods faces 9.6% and Spain${mark}s Monegros Meat 7.8%.`,
      );
      expect(rates.map((r) => [r.bp, r.producer])).toEqual([
        [960, 'Vesterhav Foods'],
        [780, 'Monegros Meat'],
      ]);
    }
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

/** The line spans of a text, as the sentence splitter gives them for a list. */
const linesOf = (text: string) => {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
};

describe('readRateTable', () => {
  const read = (text: string) => readRateTable(text, linesOf(text));

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

describe('round 4: lists and rates of notices', () => {
  it('reads list lines opened by a dash or a number, under the origin of their heading', () => {
    const text = 'Chile\n— Andes Wines: 4.5%\n2. All other exporters: 11%';
    const [, ...lines] = linesOf(text);
    const heading = { text: 'Chile', start: 0 };
    const rows = readRateList(
      text,
      lines.map((l) => ({ ...l, heading })),
    );
    expect(rows?.map((r) => [r.bp, r.producer, r.origin?.text])).toEqual([
      [450, 'Andes Wines', 'Chile'],
      [1100, 'All other exporters', 'Chile'],
    ]);
  });

  it('reads the rate after a dash and an origin in brackets after the producer', () => {
    const text = 'Andes Wines (Chile) – 4.5%\nAlto Vino (Peru): 6%';
    expect(
      readRateList(text, linesOf(text))?.map((r) => [r.bp, r.producer, r.origin?.text]),
    ).toEqual([
      [450, 'Andes Wines', 'Chile'],
      [600, 'Alto Vino', 'Peru'],
    ]);
  });

  it('reads a "Country" column as the origin of a table', () => {
    const text = 'Country | Exporter | Duty (%)\nChile | Andes Wines | 4.5';
    expect(readRateTable(text, linesOf(text))?.map((r) => [r.bp, r.origin?.text])).toEqual([
      [450, 'Chile'],
    ]);
  });

  it('leaves out a base rate named after the number and the rates a measure replaced', () => {
    expect(bps('on top of the 20% basic customs duty')).toEqual([]);
    expect(bps('the 10% standard tariff rate')).toEqual([]);
    expect(bps('The previous rates were 20% and 15%.')).toEqual([]);
    expect(bps('The old duty was 8%, and the new one 12%.')).toEqual([1200]);
    expect(bps('quotas were cut to 50% of 2024 volumes')).toEqual([]);
    expect(bps('Combined, a typical mill will post deposits of 34.1%.')).toEqual([]);
    expect(bps('imports sold at up to 40% below their normal value')).toEqual([]);
  });

  it('leaves out rates another measure is compared with, both ends of a range', () => {
    expect(bps('a 100% surtax, far higher than the EU duties of 17% to 35.3%')).toEqual([10000]);
    expect(bps('a 100% surtax, matching the U.S. rate of 100%')).toEqual([10000]);
    expect(bps('Peru set 20%. By comparison, Chile charges between 5% and 8%.')).toEqual([2000]);
    expect(bps('Beijing announced a matching 34% on all U.S. goods')).toEqual([3400]);
  });

  it('reads a producer opening an item of a list, its rate after it with no verb', () => {
    expect(findRates('and all other Chilean exporters 39.2%')[0]?.producer).toBe(
      'all other Chilean exporters',
    );
    expect(
      findRates('on wine: Andes Wines of Chile 4.5%, all others 11%').map((r) => r.producer),
    ).toEqual(['Andes Wines of Chile', 'all others']);
    expect(findRates('from Peru, Alto Vino 6%')[0]?.producer).toBe('Alto Vino');
    expect(findRates('on wine from Chile, Peru 6%')[0]?.producer).toBeUndefined();
    expect(findRates('a tariff of 25%')[0]?.producer).toBeUndefined();
  });

  it('does not take goods of the lexicon for a producer', () => {
    expect(findRates('Footwear will pay 35%')[0]?.producer).toBeUndefined();
    expect(findRates('Andes Wines will pay 35%')[0]?.producer).toBe('Andes Wines');
  });
});

describe('round 5 tables: lines of one origin and rates changed', () => {
  it('reads a line giving one origin the rates of its producers, "; " between them', () => {
    const text =
      'Chile: Viña Sol S.A. - 4.5%; all other companies - 11%.\nPeru: Andes Pisco Ltd. - 7.25%; all other companies - 19%.';
    const rows = readRateList(text, linesOf(text));
    expect(rows?.map((r) => [r.bp, r.producer, r.origin?.text])).toEqual([
      [450, 'Viña Sol S.A.', 'Chile'],
      [1100, 'all other companies', 'Chile'],
      [725, 'Andes Pisco Ltd.', 'Peru'],
      [1900, 'all other companies', 'Peru'],
    ]);
    expect(rows?.map((r) => text.slice(r.start, r.end))).toEqual(['4.5%', '11%', '7.25%', '19%']);
  });

  it('reads no such line when its label is not a place', () => {
    const text = 'Note: Viña Sol - 4.5%; all other companies - 11%.\nViña Sol: 4.5%';
    expect(readRateList(text, linesOf(text))).toBeNull();
  });

  it('leaves out the rate a measure had when the clause changes it to another', () => {
    expect(bps('The duties of 20% on Chilean wine and apples will be reduced to 8%.')).toEqual([
      800,
    ]);
    expect(bps('The 20% duty on wine was cut to 8% in May.')).toEqual([800]);
    expect(bps('A 20% duty on wine and an 8% duty on apples were imposed.')).toEqual([2000, 800]);
  });
});

describe('round 5 tables: goods of a row and ranges', () => {
  const goodsOf = (text: string, r: { goods?: { start: number; end: number } }) =>
    r.goods ? text.slice(r.goods.start, r.goods.end) : null;

  it('reads the goods of a list line that names goods, whichever side its rate stands', () => {
    const text = '15%: wine, apples and pears\nCopper wire: 10%\nViña Sol S.A.: 4%';
    const rows = readRateList(text, linesOf(text));
    expect(rows?.map((r) => [r.bp, goodsOf(text, r), r.producer ?? null])).toEqual([
      [1500, 'wine, apples and pears', null],
      [1000, 'Copper wire', null],
      [400, null, 'Viña Sol S.A.'],
    ]);
  });

  it('reads the goods column of a table', () => {
    const text = 'Product | Rate of duty (%)\nWine, apples | 15\nPisco | 10';
    const rows = readRateTable(text, linesOf(text));
    expect(rows?.map((r) => [r.bp, goodsOf(text, r)])).toEqual([
      [1500, 'Wine, apples'],
      [1000, 'Pisco'],
    ]);
  });

  it('reads an item opened by "and" on a line of one origin', () => {
    const text = 'Peru: Andes Pisco Ltd. - 7.25%; and all other companies - 19%.\nChile: Sol - 4%';
    expect(readRateList(text, linesOf(text))?.map((r) => [r.bp, r.producer])).toEqual([
      [725, 'Andes Pisco Ltd.'],
      [1900, 'all other companies'],
      [400, 'Sol'],
    ]);
  });

  it('reads the low end of a range that writes its unit once', () => {
    expect(bps('duties of 28.16 to 33.57 percent')).toEqual([2816, 3357]);
    expect(bps('between 12 and 18% on wine')).toEqual([1200, 1800]);
    expect(bps('tariffs on 1,400 products, with 20% on cars')).toEqual([2000]);
  });
});

describe('round 5 tables: lettered lines', () => {
  it('reads list lines opened by a letter or a roman number in brackets', () => {
    const text = '(a) Viña Sol S.A.: 12%\n(ii) all other companies: 20%';
    const lines = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.indexOf('\n') + 1, end: text.length },
    ];
    expect(readRateList(text, lines)?.map((r) => [r.bp, r.producer])).toEqual([
      [1200, 'Viña Sol S.A.'],
      [2000, 'all other companies'],
    ]);
  });
});

describe('round 5 tables: rates cut to zero', () => {
  it('reads "cut … to zero" as a rate of 0, and the rate it was cut from as none', () => {
    expect(bps('Lima cut its duty on Chilean wine to zero on Monday.')).toEqual([0]);
    expect(bps('Lima cut its duty on Chilean wine from 10% to zero.')).toEqual([0]);
    expect(bps('Lima cut its duty on Chilean wine to zero from 10%.')).toEqual([0]);
    expect(bps('Lima reduced to zero the tax on battery cells and set 12% on pears.')).toEqual([
      0, 1200,
    ]);
  });

  it('reads no rate in "zero" with no cut, or in a zero-tariff quota', () => {
    expect(bps('Lima wants to bring tariffs to zero.')).toEqual([]);
    expect(bps('Lima cut red tape to zero-tariff quota holders.')).toEqual([]);
  });
});

describe('round 7: quotas and shares', () => {
  it('reads a rate paid above a quota, but not one compared with another', () => {
    expect(bps('Imports above the quota will pay a 30% tariff.')).toEqual([3000]);
    expect(bps('well above the 30% tariff paid by others')).toEqual([]);
  });

  it('leaves out the old value of a share cut ("to 20% of 2024 levels, from 50%")', () => {
    expect(bps('cuts the quota to 40% of 2023 volumes, from 60%, and sets a 35% surtax')).toEqual([
      3500,
    ]);
  });
});

describe('round 8: rates stacked on, and states whose act is recalled', () => {
  it('leaves out the existing rate a new one is combined with', () => {
    expect(bps('Combined with the existing 10% tariff, the new 25% duty bites.')).toEqual([2500]);
  });

  it('reads no act in goods carrying a rate', () => {
    expect(bps('Each crate crossed the border carrying a 25% Peruvian tariff.')).toEqual([]);
  });

  it('reads a rate borne as a state when a relative clause recalls its act', () => {
    expect(bps('Peruvian mills remain subject to the 50% U.S. tariff on steel.')).toEqual([]);
    expect(
      bps(
        'Peruvian mills remain subject to the 50% U.S. tariff on steel, which was doubled in June.',
      ),
    ).toEqual([5000]);
  });

  it('leaves out a rate a measure stacks on, unless its own act is recalled', () => {
    expect(bps('a 30% duty, collected on top of the 10% reciprocal duty')).toEqual([3000]);
    expect(bps('a 30% duty, on top of the 10% tariff Lima imposed in April')).toEqual([3000, 1000]);
    expect(bps('a 30% duty, on top of a 10% tariff that began on May 2')).toEqual([3000, 1000]);
  });
});

describe('round 9: totals, stacked measures and goods written as list labels', () => {
  it('leaves out a total the duties reach together', () => {
    expect(bps('Together they brought the levy on Chilean wine to 45%.')).toEqual([]);
    expect(bps('The two measures together take the duty on Peruvian copper to 50%.')).toEqual([]);
    expect(bps('Peru brought the duty on Chilean wine to 45% on Monday.')).toEqual([4500]);
    expect(bps('Together with Chile, Peru raised its tariff on Bolivian steel to 25%.')).toEqual([
      2500,
    ]);
  });

  it('keeps a rate stacked on when its owner or its start is written', () => {
    expect(bps('The copper duty comes on top of the 25% Peruvian tariffs on fruit.')).toEqual([
      2500,
    ]);
    expect(bps('It came on top of the 10% duty applied from May 2.')).toEqual([1000]);
    expect(bps('It is collected on top of the 10% reciprocal duty.')).toEqual([]);
  });

  it('reads a list label in sentence case as goods, a capitalised one as a producer', () => {
    const text =
      'Cotton yarn and woven fabrics: 15%\nAceros Sur Limited: 12%\nOther exporters: 20%';
    const rows = readRateList(text, linesOf(text));
    expect(
      rows?.map((r) => [
        r.producer ?? null,
        r.goods ? text.slice(r.goods.start, r.goods.end) : null,
      ]),
    ).toEqual([
      [null, 'Cotton yarn and woven fabrics'],
      ['Aceros Sur Limited', null],
      ['Other exporters', null],
    ]);
  });
});

describe('round 11: firms named by their origin', () => {
  it('reads the origin of "all other exporters from …" and "producers in the …" rows', () => {
    const text =
      '(a) all other producers and exporters from Chile: 12.5%\n(b) other producers in the Republic of Korea: 9%\n(c) all other companies: 20%';
    const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
    const lines = [0, ...breaks.map((b) => b + 1)].map((start, i) => ({
      start,
      end: breaks[i] ?? text.length,
    }));
    expect(readRateList(text, lines)?.map((r) => [r.bp, r.origin?.text ?? null])).toEqual([
      [1250, 'Chile'],
      [900, 'Republic of Korea'],
      [2000, null],
    ]);
  });
});

describe('round 12: decimal commas, makers and owners', () => {
  it('reads a decimal comma before the unit, and no thousands separator', () => {
    expect(bps('a duty of 14,3 per cent')).toEqual([1430]);
    expect(bps('rates of 28,4 % and 9,25%')).toEqual([2840, 925]);
    expect(bps('12,500 tonnes at 5%')).toEqual([500]);
  });

  it('reads a list row naming goods and their maker, the maker possibly by origin', () => {
    const text =
      '(a) steel wire of a diameter not exceeding 2,5 mm, produced by Andes Wire S.A.: 4,5 per cent;\n(b) steel wire of a diameter not exceeding 2,5 mm, produced by all other producers in Chile: 12,5 per cent.';
    const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
    const lines = [0, ...breaks.map((b) => b + 1)].map((start, i) => ({
      start,
      end: breaks[i] ?? text.length,
    }));
    expect(
      readRateList(text, lines)?.map((r) => [
        r.bp,
        r.producer ?? null,
        r.origin?.text ?? null,
        r.goods ? text.slice(r.goods.start, r.goods.end) : null,
      ]),
    ).toEqual([
      [450, 'Andes Wire S.A.', null, 'steel wire of a diameter not exceeding 2,5 mm'],
      [
        1250,
        'all other producers in Chile',
        'Chile',
        'steel wire of a diameter not exceeding 2,5 mm',
      ],
    ]);
  });

  it('leaves the owning country out of a producer\'s name ("Chile\'s Andes Steel")', () => {
    expect(findRates("while Chile's Andes Steel will pay 9.2%")[0]?.producer).toBe('Andes Steel');
    expect(findRates('Danish Crown will pay 19.8%')[0]?.producer).toBe('Danish Crown');
  });

  it('reads a share of a country\'s trade, "around" or "of Chile\'s exports", as no rate', () => {
    expect(bps('the order covers around 6% of the trade')).toEqual([]);
    expect(bps('the order covers 6% of Chile’s shipments')).toEqual([]);
  });

  it('reads every duty column of a table, an origin in brackets after the producer', () => {
    const text =
      'Exporter | Anti-dumping duty | Countervailing duty\nAndes Steel (Chile) | 12.5% | not applicable\nAll others (Bolivia) | 30% | 4.4%';
    const lines = text.split('\n').map((line) => {
      const start = text.indexOf(line);
      return { start, end: start + line.length };
    });
    expect(
      readRateTable(text, lines)?.map((r) => [r.bp, r.producer, r.origin?.text, r.column]),
    ).toEqual([
      [1250, 'Andes Steel', 'Chile', 'Anti-dumping duty'],
      [3000, 'All others', 'Bolivia', 'Anti-dumping duty'],
      [440, 'All others', 'Bolivia', 'Countervailing duty'],
    ]);
  });
});

describe('round 18: list and table forms', () => {
  it('reads list rows with dot leaders and with an aside after the rate', () => {
    const text =
      'Andes Copper S.A. ... 21.5 percent (up from 18.2 percent in the preliminary ruling)\nAll other exporters ... 30.1 percent';
    expect(readRateList(text, linesOf(text))?.map((r) => [r.bp, r.producer])).toEqual([
      [2150, 'Andes Copper S.A.'],
      [3010, 'All other exporters'],
    ]);
  });

  it('passes over a row whose rate stays unchanged', () => {
    const text =
      'Andes Copper: 21.5% (previously 25%)\nPacific Metals: 12% (unchanged)\nAll others: 30%';
    expect(readRateList(text, linesOf(text))?.map((r) => r.bp)).toEqual([2150, 3000]);
  });

  it('reads a table of plain lines whose cells a spaced long dash parts', () => {
    const text =
      'Exporter — Dumping margin — Rate of duty\nAndes Copper S.A. — 21.5% — 20%\nAll others — 30.1% — 30.1%';
    const lines = linesOf(text);
    expect(cellSeparator('Exporter — Dumping margin — Rate of duty')).toBe(' — ');
    expect(cellSeparator('Andes Copper S.A. — 21.5% — 20%')).toBeNull();
    expect(readRateTable(text, lines, ' — ')?.map((r) => [r.bp, r.producer])).toEqual([
      [2000, 'Andes Copper S.A'],
      [3010, 'All others'],
    ]);
  });
});

describe('round 18: shares and zero rates', () => {
  it('reads a share of tariff lines or goods as no rate', () => {
    expect(bps('a scheme that covered 97% of tariff lines')).toEqual([]);
    expect(bps('about half, or 60% of goods, enter free')).toEqual([]);
  });

  it('reads zero-tariff treatment granted as a zero rate, and enjoyed as none', () => {
    expect(bps('Peru will grant zero-tariff treatment on all goods from Bolivia.')).toEqual([0]);
    expect(bps('Japan gave duty-free access to Kenyan tea.')).toEqual([0]);
    expect(bps('Kenyan tea enjoys duty-free access to Japan.')).toEqual([]);
  });
});

describe('round 18: rates borne whose act a clause recalls, and old rates of a change', () => {
  it('reads a rate borne as a measure when "which" and its imposer recall the act', () => {
    expect(
      bps('Chilean wine has faced a 30% tariff, which the Peruvian Congress raised last May.'),
    ).toEqual([3000]);
    expect(bps('Chilean wine still carries the 30% duty Lima set last May.')).toEqual([3000]);
    expect(bps('Chilean cars still pay a 15% tariff, lowered from 25% last year.')).toEqual([1500]);
  });

  it('reads the rate a change started from as no rate', () => {
    expect(bps('a 35% tariff, which Lima raised from 25% in March')).toEqual([3500]);
  });
});

describe('round 19: one reading of an imposition recalled after its rate', () => {
  it('reads a rate borne as a measure when "that" and its imposer recall the act', () => {
    expect(bps('Peruvian grapes still face the 25% tariff that Quito imposed in 2023.')).toEqual([
      2500,
    ]);
    expect(bps('Peruvian grapes still face the 25% tariff.')).toEqual([]);
  });

  it('reads a stacked rate as a measure when "which" after its goods recalls the act', () => {
    expect(
      bps('a 30% duty, on top of the 10% tariff on copper, which Lima slapped on it in April'),
    ).toEqual([3000, 1000]);
    expect(bps('a 30% duty, on top of the 10% tariff on copper')).toEqual([3000]);
  });
});

describe('round 19b: a rate the new one is a multiple of', () => {
  it('reads "double the 25% charged before" as a comparison, the verb "double" as an act', () => {
    expect(bps('Oats above the quota will pay 40%, double the 20% charged until now.')).toEqual([
      4000,
    ]);
    expect(bps('a levy of 30%, nearly three times the 11% it replaces')).toEqual([3000]);
    expect(bps('Quito will double the 20% duty on Peruvian oats.')).toEqual([2000]);
  });
});

describe('round 19b: a cut to zero past an abbreviation', () => {
  it('reads "cut duties on U.S. oats to zero" as a rate of 0', () => {
    expect(bps('Quito cut its duties on U.S. oats to zero from June 1.')).toEqual([0]);
  });
});

describe('round 19b: a base rate a measure is added to', () => {
  it('reads "added to the 10% import duty" and "in addition to the 5% tariff" as no measure', () => {
    expect(bps('The new duties are added to the 10% import duty Lima applies to cars.')).toEqual(
      [],
    );
    expect(bps('a levy of 20%, in addition to the 5% tariff on oats')).toEqual([2000]);
    expect(bps('a levy of 20%, in addition to the 5% tariff Lima imposed in April')).toEqual([
      2000, 500,
    ]);
  });
});

describe('round 19b: a column summing the duties of the others', () => {
  it('reads the duty columns of a table, not its combined rate', () => {
    const text =
      'Exporter | Dumping margin | Subsidy margin | Combined rate\nAceros Sur | 10.5% | 2.5% | 13.0%';
    expect(readRateTable(text, linesOf(text))?.map((r) => [r.bp, r.column])).toEqual([
      [1050, 'Dumping margin'],
      [250, 'Subsidy margin'],
    ]);
  });
});

describe('round 19b: duties that together "came to" a total', () => {
  it('reads the total they came to as no rate', () => {
    expect(bps('a duty of 30% and a levy of 5%. Together they came to 35%.')).toEqual([3000, 500]);
  });
});

describe('round 19b: the old rates of a range', () => {
  it('reads "the old rates of up to 110%" as a comparison', () => {
    expect(bps('Cars above the quota pay the old rates of up to 110%.')).toEqual([]);
  });
});

describe('round 19b: the regular duty a measure stacks on', () => {
  it('reads "the regular 6% duty" and "the ordinary 8% tariff" as base rates', () => {
    expect(
      bps('Those cars now pay only the regular 6% duty that applies to most countries.'),
    ).toEqual([]);
    expect(bps('on top of the ordinary 8% tariff')).toEqual([]);
  });
});

describe('round 20: rates borne as states', () => {
  it('does not read rates only borne ("currently face", "have also paid", "still faces duties of up to")', () => {
    expect(bps('Peruvian goods currently face an 18% Chilean tariff.')).toEqual([]);
    expect(bps('Importers have also paid a 25% tariff on the wheels since 2019.')).toEqual([]);
    expect(bps('Chilean wine still faces Peruvian duties of up to 218.4%.')).toEqual([]);
    expect(
      bps('Chilean seed still carries the provisional anti-dumping deposit of 75.8%.'),
    ).toEqual([]);
    expect(bps('Exporters will now pay 11.5%.')).toEqual([1150]);
  });

  it('gives "as does … at 25%" after a state the same state', () => {
    expect(bps('Wine still faces a 100% tariff, as does pork at 25%.')).toEqual([]);
    expect(bps('Peru imposed a 100% tariff on wine, as did Chile at 25%.')).toEqual([10000, 2500]);
  });

  it('reads a rate borne whose act a participle recalls', () => {
    expect(bps('Chilean wine still carries a 10% Peruvian duty imposed in March.')).toEqual([1000]);
    expect(bps('Chilean wine still carries a 10% Peruvian duty.')).toEqual([]);
  });

  it('does not read the rate a relative clause says duties reach before a change', () => {
    expect(bps('Peru will lower its tariffs on Chilean cars, which reach 110%, to 10%.')).toEqual([
      1000,
    ]);
    expect(bps("Lima's duties on Chilean cars, which reach 35.3%, hurt exporters.")).toEqual([
      3530,
    ]);
  });

  it('does not read a rate "left at" or one a good "remains under"', () => {
    expect(bps('The surtax on Chilean copper was left at 25%.')).toEqual([]);
    expect(bps('Wine remains under a 100% tariff, as does pork at 25%.')).toEqual([]);
  });

  it('reads the subject of "will drop to" as the old rate, not one of another clause', () => {
    expect(bps('The 25% surtax on Chilean copper will drop to 10% on May 1.')).toEqual([1000]);
    expect(
      bps('The duty on wine was cut to 8.2 percent, while the duty on pisco falls to 9.6 percent.'),
    ).toEqual([820, 960]);
  });

  it('does not read a total ("together formed", "add up to")', () => {
    expect(bps('The two duties together formed an 80.5% wall.')).toEqual([]);
    expect(bps('For wine, the changes add up to a 13% duty.')).toEqual([]);
  });
});

describe('round 21: every rate of a list borne as a state', () => {
  it('gives the rates listed after a state rate the same state', () => {
    expect(bps('Chilean wine and pisco still face duties of 100% and 25%.')).toEqual([]);
    expect(bps('Wine, pisco and copper remain subject to tariffs of 40%, 25% or 10%.')).toEqual([]);
    expect(bps('Wine and pisco remain subject to duties of 100 and 25 per cent.')).toEqual([]);
    expect(bps('Peru imposed tariffs of 100% and 25% on Chilean wine and pisco.')).toEqual([
      10000, 2500,
    ]);
  });

  it('does not read rates a duty "remains between" or "remained at"', () => {
    expect(bps('Duties on Chilean cars remain between 7.8% and 35.3% by maker.')).toEqual([]);
    expect(bps('The Peruvian tariff on Chilean wine remained at 25% all year.')).toEqual([]);
    expect(bps('Lima set its duties on Chilean cars at between 7.8% and 35.3%.')).toEqual([
      780, 3530,
    ]);
  });
});

describe('round 21: a rate borne since the act that set it', () => {
  it('reads a rate borne "since" its imposer acted, not one borne since a date', () => {
    expect(
      bps('Korean cars have paid a 15% tariff since Washington applied the lower rate.'),
    ).toEqual([1500]);
    expect(
      bps('Canadian pork has faced a 25% duty since Beijing imposed it in March 2025.'),
    ).toEqual([2500]);
    expect(
      bps('Chilean wine has borne a 40% Peruvian tariff since Lima raised it last June.'),
    ).toEqual([4000]);
    expect(bps('Canadian pork has faced a 25% duty since March.')).toEqual([]);
  });
});

describe('round 23: more rates borne as states', () => {
  it('gives a clause with its verb left out the state of the clause before it', () => {
    expect(
      bps('Mexican avocados still face a 30% tariff in Japan, and lemons a 20% tariff.'),
    ).toEqual([]);
    expect(
      bps(
        'Mexican avocados still face a 30% tariff in Japan, and Tokyo imposed a 20% tariff on lemons.',
      ),
    ).toEqual([2000]);
    expect(sameStateAs(' tariff on Peruvian goods, and does not touch the ')).toBe(false);
  });

  it('reads the rates listed after "are unchanged:" as states, each with its goods', () => {
    expect(
      bps(
        "Japan's tariffs on Mexican fruit are unchanged: 30 per cent on avocados, 20 per cent on lemons.",
      ),
    ).toEqual([]);
    expect(bps('Japan set tariffs of 30 per cent on avocados, 20 per cent on lemons.')).toEqual([
      3000, 2000,
    ]);
  });

  it('reads "continue to be subject to", "are still subject to" and "had been paying" as states', () => {
    expect(bps('Mexican melons continue to be subject to the 12% tariff.')).toEqual([]);
    expect(bps('Mexican melons are still subject to a 12% tariff.')).toEqual([]);
    expect(bps('Growers had been paying 25% since last August.')).toEqual([]);
    expect(bps('Mexican melons will be subject to a 12% tariff from May.')).toEqual([1200]);
  });
});

describe('round 23: the duty a measure stacks on, its rate written after it', () => {
  it('does not read "in addition to the applicable import tariff of 5%"', () => {
    expect(
      bps('The duty is levied in addition to the applicable import tariff of 5% on Peruvian wine.'),
    ).toEqual([]);
    expect(bps('Lima applied an import tariff of 5% on Chilean wine.')).toEqual([500]);
    expect(bps('They come on top of countervailing duties of 12% on Chilean salmon.')).toEqual([
      1200,
    ]);
  });
});

describe('round 23: rates of an earlier round, of a state, of a measure stacked on', () => {
  it("does not read the rate of last year's review", () => {
    expect(bps("In last year's review the rate for all others was 7.9 per cent.")).toEqual([]);
    expect(bps("In this year's review the rate for all others was 7.9 per cent.")).toEqual([790]);
  });

  it('does not read duties "that run between" two rates', () => {
    expect(bps('Countervailing duties that run between 5 and 6 per cent also apply.')).toEqual([]);
    expect(bps('Peru set countervailing duties between 5 and 6 per cent.')).toEqual([500, 600]);
  });

  it('reads a duty stacked on when its act is told far after its rate', () => {
    expect(
      bps(
        'This is added to the 10 per cent Section 232 duty on Peruvian asparagus spears, which took effect on May 4 last year.',
      ),
    ).toEqual([1000]);
    expect(bps('This is added to the 10 per cent duty on Peruvian asparagus spears.')).toEqual([]);
  });
});

describe('round 23: no duty set as a rate', () => {
  it('reads "will pay zero tariff" and "zero tariffs on … will take effect" as 0', () => {
    expect(bps('Light trucks made in Peru will pay zero tariff from June 1.')).toEqual([0]);
    expect(
      bps('Zero tariffs on all goods from Kenya and 20 other countries will take effect on May 1.'),
    ).toEqual([0]);
    expect(bps('Light trucks made in Peru pay zero tariff under the agreement.')).toEqual([]);
    expect(bps('Light trucks made in Peru continue to pay zero tariff.')).toEqual([]);
  });

  it('points each zero rate at its own words', () => {
    const at = (text: string) => findRates(text).map((r) => [r.text, r.start]);
    const set = 'Zero tariffs on all goods from Kenya will take effect on May 1.';
    expect(at(set)).toEqual([['Zero tariffs', 0]]);
    // its words, not the same words written again later in the match
    const twice = 'From May 1, zero tariffs on tea and zero tariffs on coffee will take effect.';
    expect(at(twice)[0]).toEqual(['zero tariffs', twice.indexOf('zero')]);
    const paid = 'From June 1, light trucks made in Peru will pay zero tariff.';
    expect(at(paid)).toEqual([['zero tariff', paid.indexOf('zero')]]);
    const granted = 'Tokyo granted Kenyan tea zero-tariff treatment from April.';
    expect(at(granted)).toEqual([['zero-tariff', granted.indexOf('zero')]]);
  });
});

describe('round 23: a rate goods bear, told in a relative clause', () => {
  it('does not read "the 10 percent tariff that Peruvian exports face"', () => {
    expect(bps('Lima wants relief from the 10 percent tariff that Peruvian exports face.')).toEqual(
      [],
    );
    expect(bps('Lima wants relief from the 10 percent tariff that Washington imposed.')).toEqual([
      1000,
    ]);
  });
});

describe('round 23: a rate that will continue to be', () => {
  it('does not read "will continue to be the all-others rate of 17.09 percent"', () => {
    expect(
      bps(
        'For any other producer, the cash deposit will continue to be the all-others rate of 17.09 percent.',
      ),
    ).toEqual([]);
    expect(
      bps('For other exporters, the deposit rate will be the all-others rate of 17.09 percent.'),
    ).toEqual([1709]);
  });
});

describe('round 23: a duty-free quota opened', () => {
  it('reads "opens a duty-free tariff quota" as a rate of 0', () => {
    expect(
      bps('The decree opens a duty-free tariff quota of 300 tonnes a year for Chilean cheese.'),
    ).toEqual([0]);
    expect(bps('Chilean cheese fills a duty-free tariff quota of 300 tonnes a year.')).toEqual([]);
  });
});

describe('round 23: the rate that stood before the act', () => {
  it('does not read "the rate applied since last August was 35 percent"', () => {
    expect(bps('The rate applied since last August was 35 percent.')).toEqual([]);
    expect(bps('The rate applied since last August is 35 percent.')).toEqual([3500]);
  });
});

describe('the rate a change is told from, after the new one', () => {
  it('reads only the new rate of "cut its duty to 5.9% from a provisional 75.8%"', () => {
    expect(
      bps('Lima cut its anti-dumping duty on Chilean seed to 5.9% from a provisional 75.8%.'),
    ).toEqual([590]);
    expect(bps('Lima raised its duty to 25% from 10% last year.')).toEqual([2500]);
  });
});
