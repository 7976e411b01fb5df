import { describe, expect, it } from 'vitest';
import { isDetenteError } from '../core/errors.ts';
import { findProducts } from './lexicon.ts';
import {
  cityCountry,
  findPlaces,
  isRegion,
  parsePlaceLists,
  regionCountry,
  regionIn,
} from './places.ts';
import { splitSentences } from './sentences.ts';

const codes = (text: string) => findPlaces(text).map((p) => [p.text, p.code]);

describe('findPlaces', () => {
  it('reads a name the data writes with an apostrophe, straight or curly', () => {
    for (const mark of ["'", '’', '\x92']) {
      expect(codes(`the People${mark}s Republic of China and Côte d${mark}Ivoire`)).toEqual([
        [`People${mark}s Republic of China`, 'CHN'],
        [`Côte d${mark}Ivoire`, 'CIV'],
      ]);
    }
  });

  it('resolves names, demonyms and capitals from world-countries', () => {
    expect(codes('Canadian canola, Chinese steel and Australian wine')).toEqual([
      ['Canadian', 'CAN'],
      ['Chinese', 'CHN'],
      ['Australian', 'AUS'],
    ]);
    expect(codes('Beijing told Ottawa and Washington, and New Delhi answered')).toEqual([
      ['Beijing', 'CHN'],
      ['Ottawa', 'CAN'],
      ['Washington', 'USA'],
      ['New Delhi', 'IND'],
    ]);
    expect(codes("the U.S. and the People's Republic of China")).toEqual([
      ['U.S.', 'USA'],
      ["People's Republic of China", 'CHN'],
    ]);
  });

  it('reads no country in a spelling of another language that is a name or a word', () => {
    expect(codes('Dominique Roy of Dominica met Paul Mann on Vancouver Island')).toEqual([
      ['Dominica', 'DMA'],
    ]);
  });

  it('knows a country by its former name as well as its current one', () => {
    expect(codes('steel from Turkey, Türkiye and Turkish mills').map(([, c]) => c)).toEqual([
      'TUR',
      'TUR',
      'TUR',
    ]);
  });

  it('gives the EU for the Union, its Commission and Brussels', () => {
    expect(
      codes('the EU, the European Union, the European Commission and Brussels').map(([, c]) => c),
    ).toEqual(['EU', 'EU', 'EU', 'EU']);
  });

  it('is case-sensitive, so common words are not countries', () => {
    expect(codes('a turkey dinner on fine china')).toEqual([]);
  });

  it('knows provinces and states as regions, not as countries', () => {
    expect(isRegion('Saskatchewan')).toBe(true);
    expect(isRegion('Tamil Nadu')).toBe(true);
    expect(isRegion('Victoria')).toBe(false);
    expect(codes('Saskatchewan and Guangdong')).toEqual([]);
  });
});

describe('findProducts', () => {
  it('prefers the longest phrase and suggests its HS scopes', () => {
    const [oil, seed] = findProducts('canola oil and canola seed');
    expect([oil?.text, oil?.hs]).toEqual(['canola oil', ['151411', '151419', '151491', '151499']]);
    expect([seed?.text, seed?.hs]).toEqual(['canola seed', ['1205']]);
  });

  it('accepts plurals and does not take a company name for a product', () => {
    expect(findProducts('lobsters and crabs').map((p) => p.label)).toEqual(['lobster', 'crab']);
    expect(findProducts('11.2% for Jiangsu Hengrun Steel')).toEqual([]);
    expect(findProducts('Chinese EVs and electric vehicles').map((p) => p.label)).toEqual([
      'electric vehicles',
      'electric vehicles',
    ]);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, not after abbreviations', () => {
    const text = 'The U.S. side met Mr. Wang on Sept. 3. Talks went well.\n\nNew paragraph here.';
    const parts = splitSentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph]);
    expect(parts).toEqual([
      ['The U.S. side met Mr. Wang on Sept. 3.', 0],
      ['Talks went well.', 0],
      ['New paragraph here.', 1],
    ]);
  });
});

describe('findPlaces: adjectives the country data lacks', () => {
  it('reads "Philippine" as the Philippines', () => {
    expect(codes('Philippine buyers')).toEqual([['Philippine', 'PHL']]);
  });
});

describe('findPlaces: initialisms', () => {
  it('reads the initialisms of the two Koreas', () => {
    expect(codes('a delegation of the ROK National Assembly met DPRK envoys')).toEqual([
      ['ROK', 'KOR'],
      ['DPRK', 'PRK'],
    ]);
  });
});

describe('round 8: provinces and states', () => {
  it('give the country they are in, and are found in a short stretch', () => {
    expect(regionCountry('Manitoba')).toBe('CAN');
    expect(regionCountry('Sinaloa')).toBe('MEX');
    expect(regionCountry('Paris')).toBeNull();
    expect(regionIn('the Iowa Corn Board')).toEqual({ name: 'Iowa', at: 4, code: 'USA' });
    expect(regionIn(', Alta. — ')?.code).toBe('CAN');
    expect(regionIn('Victoria Road')).toBeNull();
  });
});

describe('round 10: bodies that stand for their country', () => {
  it('reads the State Council as China’s', () => {
    expect(codes('The Tariff Commission of the State Council met.')).toEqual([
      ['State Council', 'CHN'],
    ]);
  });
});

describe('round 16: places', () => {
  it('knows three-letter initialisms of countries', () => {
    expect(codes('the UAE and the DRC')).toEqual([
      ['UAE', 'ARE'],
      ['DRC', 'COD'],
    ]);
  });

  it('knows the seats of governments that speak for them', () => {
    expect(codes('Downing Street and the Élysée said so')).toEqual([
      ['Downing Street', 'GBR'],
      ['Élysée', 'FRA'],
    ]);
  });
});

describe('round 18: places looked up by their first word', () => {
  it('reads the longest entry a capitalised word opens', () => {
    expect(
      codes('South Korea, Korea, the U.S.-China talks and US$5 from South American buyers'),
    ).toEqual([
      ['South Korea', 'KOR'],
      ['Korea', 'KOR'],
      ['U.S.', 'USA'],
      ['China', 'CHN'],
    ]);
  });

  it('knows the adjectives of the nations of the United Kingdom and capitals without accents', () => {
    expect(codes('Scottish salmon, Welsh lamb, Scotch whisky and Brasilia')).toEqual([
      ['Scottish', 'GBR'],
      ['Welsh', 'GBR'],
      ['Scotch', 'GBR'],
      ['Brasilia', 'BRA'],
    ]);
  });

  it('does not read a country in another place named with its word', () => {
    expect(codes('East London, New Mexico and London')).toEqual([['London', 'GBR']]);
    expect(codes('British Columbia lumber and British beef')).toEqual([['British', 'GBR']]);
  });
});

describe('round 19: large cities', () => {
  it('knows the country of a large city that is no capital, and leaves out given names', () => {
    expect(cityCountry('Qingdao')).toBe('CHN');
    expect(cityCountry('Busan')).toBe('KOR');
    expect(cityCountry('Winnipeg')).toBe('CAN');
    expect(cityCountry('Sydney')).toBeNull();
  });

  it('does not make a city a country mention', () => {
    expect(codes('Shipments from Shanghai to Vancouver rose')).toEqual([]);
  });
});

describe('parsePlaceLists: the data of provinces and cities', () => {
  const refusal = (raw: unknown): string => {
    try {
      parsePlaceLists(raw);
    } catch (e) {
      if (isDetenteError(e) && e.id === 'invalid_config') return e.message;
      throw e;
    }
    throw new Error('expected invalid_config');
  };

  it('reads lists of names by country', () => {
    const lists = parsePlaceLists({ regions: { CAN: ['Manitoba'] }, cities: { JPN: ['Osaka'] } });
    expect(lists.cities.JPN).toEqual(['Osaka']);
  });

  it('refuses a country that is not an ISO3 code, an empty name or a missing list, naming the key', () => {
    expect(refusal({ regions: { Canada: ['Manitoba'] }, cities: {} })).toMatch(
      /regions\.Canada: Invalid key/,
    );
    expect(refusal({ regions: {}, cities: { JPN: ['Osaka', ''] } })).toMatch(/cities\.JPN\.1/);
    expect(refusal({ regions: {} })).toMatch(/cities/);
  });
});
