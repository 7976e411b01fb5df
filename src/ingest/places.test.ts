import { describe, expect, it } from 'vitest';
import { isDetenteError } from '../core/errors.ts';
import { extract } from './extract.ts';
import { findProducts } from './lexicon.ts';
import {
  cityCountry,
  findPlaces,
  isRegion,
  parsePlaceLists,
  regionCountry,
  regionIn,
  sameOrigin,
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

  it('does not take Douglas, a town and a family name, for the Isle of Man’s government', () => {
    expect(codes('Mexican cattle cross at Douglas again, said Ann Douglas.')).toEqual([
      ['Mexican', 'MEX'],
    ]);
  });

  it('knows regions of New Zealand, South Africa and Japan, and their countries', () => {
    expect(
      ['Waikato', 'Limpopo', 'Hokkaido'].map((r) => regionIn(`two ${r} plants`)?.code),
    ).toEqual(['NZL', 'ZAF', 'JPN']);
    expect(regionIn('OTTAWA (Northland Wire) - Canada will')).toBeNull();
  });

  it('knows the port and trading cities of more countries', () => {
    expect(
      ['Karachi', 'Jeddah', 'Vladivostok', 'Callao', 'Mombasa', 'Port Klang'].map(cityCountry),
    ).toEqual(['PAK', 'SAU', 'RUS', 'PER', 'KEN', 'MYS']);
  });

  it('knows regions of Germany, Italy, Spain, Malaysia, Indonesia and the Philippines', () => {
    expect(
      ['Bavaria', 'Tuscany', 'Catalonia', 'Sabah', 'Sumatra', 'Mindanao'].map(
        (r) => regionIn(`mills in ${r}`)?.code,
      ),
    ).toEqual(['DEU', 'ITA', 'ESP', 'MYS', 'IDN', 'PHL']);
  });
});

describe('findProducts', () => {
  it('knows common farm and industrial goods of trade disputes', () => {
    const hs = (text: string) => findProducts(text).map((p) => [p.text, p.hs.join()]);
    expect(hs('palm oil, lentils and cocoa beans')).toEqual([
      ['palm oil', '1511'],
      ['lentils', '071340'],
      ['cocoa beans', '1801,1803,1804,1805'],
    ]);
    expect(hs('live cattle, hardwood plywood and fasteners')).toEqual([
      ['live cattle', '0102'],
      ['hardwood plywood', '4412'],
      ['fasteners', '7318'],
    ]);
    expect(hs('Orange County growers')).toEqual([]);
    expect(hs('sugar, butter, tyres, hot-rolled coil and iron ore')).toEqual([
      ['sugar', '1701'],
      ['butter', '0405'],
      ['tyres', '4011'],
      ['hot-rolled coil', '7208'],
      ['iron ore', '2601'],
    ]);
  });

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

  it("knows the adjectives of Central Asia, Laos and Sri Lanka, and Malaysia's seat of government", () => {
    expect(
      codes('Tajik cotton, Kyrgyz cherries, Lao rice, Sri Lankan tea, and Putrajaya said so'),
    ).toEqual([
      ['Tajik', 'TJK'],
      ['Kyrgyz', 'KGZ'],
      ['Lao', 'LAO'],
      ['Sri Lankan', 'LKA'],
      ['Putrajaya', 'MYS'],
    ]);
  });

  it('reads Delhi, written for the government in New Delhi, and New Delhi whole', () => {
    expect(codes('Delhi imposed a duty, and New Delhi said so')).toEqual([
      ['Delhi', 'IND'],
      ['New Delhi', 'IND'],
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

describe('round 30: trade bodies named without their country', () => {
  /** The imposer of each measure in force, and the speaker of each quote, of a text. */
  const read = (text: string) => {
    const { candidates } = extract({ text, published: '2025-06-02' });
    const measures = candidates.filter((c) => c.type === 'measure');
    return {
      imposers: measures
        .filter((m) => !m.flags.includes('not_in_force'))
        .map((m) => m.imposer?.jurisdiction ?? null),
      speakers: candidates.filter((c) => c.type === 'quote').map((q) => q.speaker.jurisdiction),
    };
  };

  it('reads each body as its country, possessive or with "the" before it', () => {
    const bodies: readonly (readonly [string, string])[] = [
      ['Department for Business and Trade', 'GBR'],
      ['Defra', 'GBR'],
      ['DEFRA', 'GBR'],
      ['Department for Environment, Food and Rural Affairs', 'GBR'],
      ['HM Treasury', 'GBR'],
      ['HMRC', 'GBR'],
      ['HM Revenue and Customs', 'GBR'],
      ['HM Revenue & Customs', 'GBR'],
      ['FCDO', 'GBR'],
      ['Foreign, Commonwealth and Development Office', 'GBR'],
      ['Foreign, Commonwealth & Development Office', 'GBR'],
      ['Federal Council', 'CHE'],
      ['SECO', 'CHE'],
      ['State Secretariat for Economic Affairs', 'CHE'],
      ['METI', 'JPN'],
      ['Ministry of Economy, Trade and Industry', 'JPN'],
      ['MOTIE', 'KOR'],
      ['Ministry of Trade, Industry and Energy', 'KOR'],
      ['DGTR', 'IND'],
      ['Ministry of External Affairs', 'IND'],
      ['Directorate General of Trade Remedies', 'IND'],
      ['DGFT', 'IND'],
      ['DFAT', 'AUS'],
      ['Anti-Dumping Commission', 'AUS'],
      ['MFAT', 'NZL'],
      ['Global Affairs Canada', 'CAN'],
      ['CBSA', 'CAN'],
      ['Canada Border Services Agency', 'CAN'],
      ['CITT', 'CAN'],
      ['Canadian International Trade Tribunal', 'CAN'],
      ['CBP', 'USA'],
      ['Customs and Border Protection', 'USA'],
      ['USITC', 'USA'],
      ['International Trade Commission', 'USA'],
      ['GACC', 'CHN'],
      ['General Administration of Customs', 'CHN'],
      ['Customs Tariff Commission', 'CHN'],
      ['NDRC', 'CHN'],
      ['National Development and Reform Commission', 'CHN'],
      ['Gecex', 'BRA'],
      ['GECEX', 'BRA'],
      ['Camex', 'BRA'],
      ['CAMEX', 'BRA'],
      ['Secex', 'BRA'],
      ['SECEX', 'BRA'],
      ['Secretaría de Economía', 'MEX'],
      ['Secretaria de Economia', 'MEX'],
      ['Secretariat of Economy', 'MEX'],
      ['DG Trade', 'EU'],
    ];
    for (const [name, code] of bodies) {
      expect(codes(`the ${name} said`), name).toEqual([[name, code]]);
      expect(codes(`${name}'s ruling`), name).toEqual([[name, code]]);
      expect(findPlaces(name)[0]?.via, name).toBe('body');
    }
  });

  it('does not read a body inside a longer word or an initialism', () => {
    expect(codes('METIS, CBPs and the Federal Councillor')).toEqual([]);
  });

  it('reads a body written as another country’s as that country', () => {
    expect(codes("Germany's Federal Council and the German Federal Council")).toEqual([
      ['Germany', 'DEU'],
      ['German', 'DEU'],
    ]);
    expect(codes('the General Administration of Customs of Peru')).toEqual([['Peru', 'PER']]);
    expect(codes('the Swiss Federal Council and the NDRC of China')).toEqual([
      ['Swiss', 'CHE'],
      ['Federal Council', 'CHE'],
      ['NDRC', 'CHN'],
      ['China', 'CHN'],
    ]);
  });

  it('leaves the Trade Remedies Authority without a country, as Vietnam has one too', () => {
    expect(codes("Vietnam's Trade Remedies Authority said")).toEqual([['Vietnam', 'VNM']]);
  });

  it('takes no body for the origin of goods', () => {
    expect(
      read(
        'On the recommendation of the DGTR, the Ministry of Finance imposed a 20% duty on Chinese solar glass.',
      ).imposers,
    ).toEqual(['IND']);
    expect(
      extract({
        text: 'Acting on the recommendation of the DGTR, India imposed a 20% duty on Chinese solar glass.',
        published: '2025-06-02',
      })
        .candidates.flatMap((c) => (c.type === 'measure' ? c.targets : []))
        .map((t) => t.jurisdiction),
    ).toEqual(['CHN']);
  });

  it('gives a measure a body imposes its country', () => {
    const imposed: readonly (readonly [string, string])[] = [
      ['The Department for Business and Trade imposed a 12% duty on Chinese steel wire.', 'GBR'],
      ['The Federal Council imposed a 10% duty on Chinese steel bars.', 'CHE'],
      ['METI imposed a 95.2% anti-dumping duty on Chinese graphite electrodes.', 'JPN'],
      ['MOTIE imposed a 38% provisional duty on Chinese steel plate.', 'KOR'],
      ['The DGFT imposed a 20% export duty on onions.', 'IND'],
      ['The Anti-Dumping Commission imposed a 14.2% duty on Chinese aluminium extrusions.', 'AUS'],
      ['The CBSA imposed provisional duties of 20% on Chinese steel wire.', 'CAN'],
      ['CBP began collecting a 25% tariff on Mexican steel.', 'USA'],
      ['The Customs Tariff Commission imposed a 15% tariff on American coal.', 'CHN'],
      ['Gecex raised the import tariff on Chinese electric vehicles to 35%.', 'BRA'],
      ['The Secretaría de Economía imposed a 25% duty on Chinese steel tube.', 'MEX'],
    ];
    for (const [text, code] of imposed)
      expect(read(text), text).toEqual({ imposers: [code], speakers: [] });
  });

  it('gives a quote a body says its country', () => {
    const said: readonly (readonly [string, string])[] = [
      ['"The new checks will keep our borders safe for trade," Defra said on Monday.', 'GBR'],
      ['"We will keep talking with partners on steel," HMRC said.', 'GBR'],
      ['"Swiss exporters face a very difficult situation," SECO said in a statement.', 'CHE'],
      ['"We will respond firmly to the measures," METI said in a statement.', 'JPN'],
      ['"We will do our best to minimise the damage to our exporters," MOTIE said.', 'KOR'],
      ['"The dumped imports have caused material injury to the industry," the DGTR said.', 'IND'],
      ['"We continue to advocate for the removal of the tariffs," DFAT said.', 'AUS'],
      ['"We are working closely with exporters to understand the impact," MFAT said.', 'NZL'],
      ['"The dumping has caused injury to the domestic industry," the CITT said.', 'CAN'],
      [
        '"Imports are a substantial cause of serious injury," the International Trade Commission said.',
        'USA',
      ],
      ['"Imports of the affected beef will be suspended from today," GACC said.', 'CHN'],
      ['"The economy will keep its steady growth this year," the NDRC said.', 'CHN'],
      ['"The decision protects jobs in the national industry," Camex said.', 'BRA'],
      ['"The measure will protect national producers," the Secretaría de Economía said.', 'MEX'],
      [
        'In its readout, the Secretariat of Economy said the talks had been "frank, productive and focused on results".',
        'MEX',
      ],
      ['"We remain ready to negotiate a fair outcome for both sides," DG Trade said.', 'EU'],
    ];
    for (const [text, code] of said) expect(read(text).speakers, text).toEqual([code]);
  });
});

describe('round 23: the EU and its members as one origin', () => {
  it('takes the EU and a member state for the same origin, and two members for two', () => {
    expect(sameOrigin('EU', 'ESP')).toBe(true);
    expect(sameOrigin('DNK', 'EU')).toBe(true);
    expect(sameOrigin('ESP', 'DNK')).toBe(false);
    expect(sameOrigin('EU', 'GBR')).toBe(false);
  });
});

describe('a currency named by its country', () => {
  it('is no place: "in U.S. dollars per tonne", "the Australian dollar", "65 U.S. cents"', () => {
    expect(
      codes(
        'Duties are set in U.S. dollars per tonne; the Australian dollar held near 65 U.S. cents in Peru.',
      ),
    ).toEqual([['Peru', 'PER']]);
  });
});

describe('regions whose name ends in a country', () => {
  it('reads no Ireland in "Northern Ireland", and Ireland on its own', () => {
    expect(findPlaces('poultry from Northern Ireland').map((p) => p.code)).toEqual([]);
    expect(findPlaces('pork from Ireland').map((p) => p.code)).toEqual(['IRL']);
  });
});
