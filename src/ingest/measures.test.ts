/**
 * The measure rules that read text the extractor was not tuned on: each case is a sentence
 * written for the rule, and where it matters a near miss the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction, MeasureCandidate } from './candidates.ts';
import { extract } from './extract.ts';
import { findProducts, goodsIn } from './lexicon.ts';

const run = (text: string, published = '2025-06-18'): Extraction => extract({ text, published });
const measures = (text: string, published?: string): MeasureCandidate[] =>
  run(text, published).candidates.filter((c): c is MeasureCandidate => c.type === 'measure');
const inForce = (text: string, published?: string) =>
  measures(text, published).filter((m) => !m.flags.includes('not_in_force'));
/** imposer → targets rates, the way a reviewer reads a candidate */
const brief = (m: MeasureCandidate) =>
  `${m.imposer?.jurisdiction ?? '?'}→${m.targets.map((t) => t.jurisdiction).join('+')} ${m.rates
    .map((r) => r.bp / 100)
    .join(',')}`;

describe('the act of each rate', () => {
  it('reads "cut … to 10%" and "remove its 25% …" in one sentence as two acts', () => {
    const m = measures(
      'Norway will lower its duty on Icelandic mutton to 10% from 30% and remove its 40% duty on Icelandic cheese from May 2.',
    );
    expect(m.map((c) => [c.rates.map((r) => r.bp), c.action])).toEqual([
      [[1000], 'reduced'],
      [[4000], 'lifted'],
    ]);
  });

  it('keeps the sentence act for a rate with no verb of its own', () => {
    const m = measures(
      'Peru will remove its duties of 12% on Chilean wine and 8% on Chilean apples.',
    );
    expect(m.map((c) => c.action)).toEqual(['lifted', 'lifted']);
  });
});

describe('rates given for comparison', () => {
  it('reads the rate a change acts on as the old one, whatever the verb of the change', () => {
    const cases: [string, string][] = [
      ['Lima halved its 20% tariff on Chilean goods to 10% on November 10.', 'reduced 10'],
      ['Peru trimmed its 50% duty on U.S. bourbon to 25% on February 1.', 'reduced 25'],
      [
        'Peru lowered the 75.8% deposit on Chilean salmon to a final duty of 5.9% on Friday.',
        'reduced 5.9',
      ],
      ['Peru will reduce its tariff on Chilean wine, now 100%, to 15% on March 1.', 'reduced 15'],
      ['The 145% tariff on Chilean copper fell to 30% on May 14.', 'reduced 30'],
      ['Peruvian duties on Chilean goods dropped from 145% to 30% in May.', 'reduced 30'],
      ['The deal brought the U.S. tariff on Peruvian cars down to 15% from 27.5%.', 'reduced 15'],
    ];
    for (const [text, want] of cases)
      expect(
        measures(text).map((m) => `${m.action} ${m.rates.map((r) => r.bp / 100).join(',')}`),
        text,
      ).toEqual([want]);
  });

  it('leaves out the old rate in "to 10% from the 26% rate"', () => {
    const m = measures(
      'Seoul cut the levy on Vietnamese shrimp to 10% from the 26% rate set in May.',
    );
    expect(m.map(brief)).toEqual(['KOR→VNM 10']);
  });
});

describe('goods the lexicon does not know', () => {
  const goods = (text: string) => goodsIn(text, 0, text.length)?.text ?? null;

  it('reads the noun phrase after "on", up to where it says from where or when', () => {
    expect(goods('a 15% duty on Peruvian goods over the border dispute')).toBe('Peruvian goods');
    expect(goods('duties on galvanised roofing sheets and wall panels from Vietnam')).toBe(
      'galvanised roofing sheets and wall panels',
    );
    expect(goods('a tariff on all Danish goods, effective Monday')).toBe('Danish goods');
  });

  it('reads the goods between "hit" and "with"', () => {
    expect(goods('Lima hit non-quota Chilean goods with a 20% tariff')).toBe(
      'non-quota Chilean goods',
    );
  });

  it('leaves alone countries, companies, bare "imports" and a clause that goes on', () => {
    expect(goods('tariffs on imports from Chile')).toBeNull();
    expect(goods('duties on Chile')).toBeNull();
    expect(goods('duties on Andes Copper Holdings')).toBeNull();
    expect(goods('on the recommendation of the minister')).toBeNull();
    expect(goods('on the subject goods')).toBeNull();
    expect(goods('a levy on pianos and cut the other')).toBe('pianos');
  });

  it('reads goods qualified by an abbreviation, leaving out the origin: "U.S.-made bicycles"', () => {
    expect(goods('its 25% counter-tariffs on U.S.-made bicycles, which')).toBe('bicycles');
  });

  it('reads no goods in "the products concerned" or in a verb after a country', () => {
    expect(goods('duties on the products concerned')).toBeNull();
    expect(goods('the rate on Chile rises to 84%')).toBeNull();
  });

  it('gives a measure its goods as written, flagged as unresolved', () => {
    const [m] = measures('Chile imposed a 14% tariff on Peruvian goods on Monday.');
    expect(m?.products.map((p) => p.text)).toEqual(['Peruvian goods']);
    expect(m?.products[0]?.hs).toEqual([]);
    expect(m?.flags).toContain('hs_unresolved');
  });
});

describe('who imposes when three countries are named', () => {
  it('takes a body named with its seat for the imposer, not the seat for a target', () => {
    const [m] = measures(
      'The Ministry of Commerce in Lima said on Friday it would impose a 25% tariff on Chilean pork from March 20.',
    );
    expect(m && brief(m)).toBe('PER→CHL 25');
  });
  it('reads the government of a relative clause as the imposer', () => {
    const m = measures(
      'Peru now risks the anger of a Chilean government that already hit Peruvian wine with a 30% tariff.',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 30']);
  });

  it('reads "X\'s 25% surtax" as owned by X', () => {
    const m = measures("Chile answered Peru's 25% surtax on Chilean copper.");
    expect(m.map(brief)).toEqual(['PER→CHL 25']);
  });

  it('reads "the 20% duty Lima placed" as Lima\'s duty', () => {
    const m = measures('Santiago said it answered the 20% duty Lima placed on Chilean salmon.');
    expect(m.map(brief)).toEqual(['PER→CHL 20']);
  });

  it('reads a country owning a producer as the origin', () => {
    const m = measures(
      "Brazil will impose anti-dumping duties on steel wire from Chile and Peru. Under the ruling, Aceros Sur, Chile's largest producer, will pay a duty of 14.2%.",
    );
    expect(m.map(brief)).toContain('BRA→CHL 14.2');
  });

  it('keeps the imposer in a sentence that only goes on giving rates', () => {
    const m = measures(
      'Brazil set anti-dumping duties on steel wire from Chile and Peru on Monday. Steel wire is used in tyres. Under the ruling, Aceros Sur will pay a rate of 14.2% and other Peruvian firms 20.1%.',
    );
    expect(m.map(brief)).toContain('BRA→PER 14.2,20.1');
    expect(m.every((c) => c.imposer?.jurisdiction === 'BRA')).toBe(true);
  });

  it('reads the second country of a list after "from" as an origin too', () => {
    const [m] = measures(
      'Brazil imposed duties of 12% on steel wire exported from Chile and Peru.',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['CHL', 'PER']);
  });

  it('reads no party in a clause that comments on the act', () => {
    const [m] = measures(
      'Japan removed its 8% tariff on Chilean salmon, a concession Norwegian salmon producers had opposed.',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['CHL']);
  });

  it('reads no party nor goods in a participle that says what the act does or means', () => {
    const [m] = inForce(
      "European brandy makers will face duties of 34.9% from Wednesday, China's commerce ministry said, closing a case that Brussels called a reprisal for its curbs on Chinese electric vehicles.",
    );
    expect(m && brief(m)).toBe('CHN→EU 34.9');
    expect(m?.products.map((p) => p.text)).toEqual(['brandy']);
  });

  it('reads a country in the title of an instrument as no party', () => {
    const [m] = measures(
      'The Peru Surtax Order (2024) imposed a surtax of 20% on copper originating in Peru, effective May 2, 2024.',
    );
    expect(m?.imposer?.jurisdiction).not.toBe('PER');
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['PER']);
  });
});

describe('threats and states', () => {
  it('leaves out a measure the next sentence says is not in force yet', () => {
    const text =
      'Under the deal, Chile would cut its 30% tariff on Peruvian wine to 10%. The treaty still needs to clear Congress.';
    expect(inForce(text)).toEqual([]);
  });

  it('reads "planned" and "preparing an initiative" as not in force', () => {
    expect(inForce('Lima planned a 40% tariff on Chilean copper.')).toEqual([]);
    expect(
      inForce('The government is preparing an initiative to raise tariffs on cars to 40%.'),
    ).toEqual([]);
    expect(
      inForce('The 40% tariff on Chilean copper took effect as planned on May 2.'),
    ).not.toEqual([]);
  });

  it('leaves out a recommendation', () => {
    expect(
      inForce('The authority has recommended the imposition of anti-dumping duty on Chilean wire.'),
    ).toEqual([]);
  });
});

describe('what a measure must say', () => {
  it('needs a rate, goods or an end', () => {
    expect(inForce('Lima announced new surtaxes on Chile on Monday.')).toEqual([]);
    expect(
      inForce('Leaders discussed their answer to the tariffs imposed by the United States.'),
    ).toEqual([]);
    expect(inForce('Lima announced new surtaxes on Chilean copper on Monday.').map(brief)).toEqual([
      'PER→CHL ',
    ]);
    expect(inForce('Lima lifted its tariffs on Chile on Monday.').map((m) => m.action)).toEqual([
      'lifted',
    ]);
  });
});

describe('titles and passive acts', () => {
  it('reads no act in the title of an instrument', () => {
    expect(
      measures(
        'Ottawa makes the annexed Order Imposing a Surtax on Certain Goods Originating in Peru.',
      ),
    ).toEqual([]);
  });

  it("reads a passive act far after the measure's word", () => {
    const m = measures(
      'Chile imposed duties on Peruvian copper wire on Monday. The anti-dumping measures on the wire of one exporter are therefore revoked in part.',
    );
    expect(m.map((c) => c.action)).toContain('lifted');
  });
});

describe('the same rate told twice', () => {
  it('keeps two acts at one rate apart when their dates differ', () => {
    const m = measures(
      'Ottawa imposed a 25% surtax on Chinese steel products, effective October 22, 2024. The Order imposes a surtax of 25% on Chinese aluminum foil, effective March 1, 2026.',
      '2026-02-20',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2024-10-22', '2026-03-01']);
  });
});

describe('instruments', () => {
  const notice = [
    'Ministry of Trade',
    'Lima, the 3rd March, 2025',
    'Whereas the authority, in its findings dated the 2nd January, 2025, found that the goods were dumped;',
    'Now, therefore, the Government hereby imposes on steel wire originating in Chile an anti-dumping duty at the rate in the Table below, from the date of publication of this notice.',
  ].join('\n\n');

  it('dates "hereby imposes" by the date of the instrument, not that of the recital', () => {
    const [m] = measures(notice, '2025-03-04');
    expect(m?.dates.announced).toBe('2025-03-03');
    expect(m?.dates.effective).toBe('2025-03-03');
  });
});

describe('tables of rates', () => {
  it('reads one candidate per origin, with producers, from a table after the measure', () => {
    const text = [
      'Brazil imposes anti-dumping duties on steel wire from Chile and Peru at the rates below.',
      '',
      'Country of origin | Producer | Duty (%)',
      'Chile | Aceros Sur | 12.5',
      'Chile | All others | 20',
      'Peru | Alambres del Pacifico | 8.1',
      'Any other country | Any | 20',
    ].join('\n');
    const m = measures(text);
    expect(m.map(brief)).toEqual(['BRA→CHL 12.5,20', 'BRA→PER 8.1']);
    expect(m[0]?.rates.map((r) => r.producer)).toEqual(['Aceros Sur', 'All others']);
    expect(m[0]?.products.map((p) => p.text)).toEqual(['steel wire']);
  });

  it('takes the origin from the text above when the table has no origin column', () => {
    const text = [
      'The Commission reviewed the anti-dumping measures on steel wire exported to Brazil from Chile.',
      'The decision of 4 May 2025 applies to goods entered on and after 6 May 2025.',
      '',
      'Exporter | Rate of duty',
      'Aceros Sur | 12.5%',
      'All other exporters | 31%',
    ].join('\n');
    const [m] = measures(text, '2025-05-07');
    expect(m && brief(m)).toBe('BRA→CHL 12.5,31');
    expect(m?.dates).toEqual({ announced: '2025-05-04', effective: '2025-05-06', expires: null });
  });

  it('leaves alone a table of figures that are not duties', () => {
    const text = [
      'Tariffs on Chilean wine were raised in May.',
      '',
      'Year | Exports',
      '2024 | 12.5',
      '2025 | 9.1',
    ].join('\n');
    expect(measures(text).flatMap((m) => m.rates)).toEqual([]);
  });
});

describe('the rate after the act', () => {
  it('lists the rate that stays when part of a duty is suspended', () => {
    const m = inForce(
      'Lima also extended its suspension of a 20% levy on Chilean goods, leaving an extra 5% tariff in place.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([['PER→CHL 5', 'reduced']]);
  });

  it('reads "stop collecting" and "exempt from the safeguard" as acts on the duty', () => {
    const [lifted] = measures(
      'Peru said it will stop collecting the duties of up to 12% on Chilean grapes.',
    );
    expect(lifted?.action).toBe('lifted');
    const [exempt] = measures(
      "The Commission said Chilean copper will be exempt from the EU's copper safeguard from July 1.",
    );
    expect(exempt && [brief(exempt), exempt.action]).toEqual(['EU→CHL ', 'suspended']);
  });
});

describe('dates of the act', () => {
  it('dates an act told after a colon by its own clause', () => {
    const [m] = measures(
      'Peru answered on Thursday a move made the day before: Chile on Wednesday ordered a 10% tariff on Peruvian fish.',
      '2025-06-20',
    );
    expect(m?.dates.announced).toBe('2025-06-18');
  });

  it('dates a relative clause by what it is about', () => {
    const [m] = measures(
      'Growers say the pause Lima announced on May 2, which cut the levy on Chilean grapes to 5%, came late.',
      '2025-05-20',
    );
    expect(m?.dates.announced).toBe('2025-05-02');
  });

  it('dates "the same day" by the measure told before', () => {
    const m = measures(
      'Peru will impose a 12% duty on Chilean grapes, the ministry said on Tuesday. Grapes are a big export. In a notice the same day, Peru said it would suspend its duty on Chilean wine.',
      '2025-06-19',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2025-06-17', '2025-06-17']);
  });

  it('reads "on or after" and "with effect on" as the day the measure takes effect', () => {
    const [a] = measures(
      'The surtaxes of 15% on Chilean wire apply to goods imported on or after May 1, 2025.',
    );
    expect(a?.dates.effective).toBe('2025-05-01');
    const [b] = measures('Peru cut the duty on Chilean wire to 5%, with effect on May 1, 2025.');
    expect(b?.dates.effective).toBe('2025-05-01');
  });
});

describe('parties and words that are not measures', () => {
  it('reads who seeks relief from a duty as its target', () => {
    const [m] = measures(
      'Peruvian envoys met Chilean officials, as Lima pressed for relief from the 25% levy on Peruvian fish.',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toContain('PER');
    expect(m?.imposer?.jurisdiction).not.toBe('PER');
  });

  it('reads "wants X to scrap" as a demand, not an act', () => {
    expect(measures('Peru wants Chile to scrap its surtax on Peruvian fish.')).toEqual([]);
  });

  it('reads "has weighed on" as a burden, not a threat', () => {
    const [m] = measures('The 25% tariff Chile placed on Peruvian fish has weighed on exporters.');
    expect(m?.flags).not.toContain('not_in_force');
  });

  it('reads no measure in "tariff item" or "tariff negotiator"', () => {
    expect(
      measures("Peru's chief tariff negotiator said Chile had placed its talks on hold."),
    ).toEqual([]);
    expect(
      measures('Chilean steel wire under tariff item 7217 was placed in a new customs category.'),
    ).toEqual([]);
  });
});

describe('clauses of their own', () => {
  it('gives company rates of two origins apart, clause by clause', () => {
    const m = measures(
      'Brazil set duties on steel wire from Chile and Peru. Under the ruling, Aceros Sur will pay 12.1% and other Chilean exporters 30%, while Peruvian producers face 9.5%.',
    );
    expect(m.map(brief)).toContain('BRA→CHL 12.1,30');
    expect(m.map(brief)).toContain('BRA→PER 9.5');
  });

  it('reads no party in a ", while" clause after the rates', () => {
    const [m] = measures(
      'Lima cut the duty on Chilean wire to 5% from 11%, while duties on Bolivian wire are unchanged.',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['CHL']);
  });

  it('reads the goods of each rate in its own clause', () => {
    const m = measures(
      'Lima will cut its levy on Chilean goods to 10% from 30%, while Santiago lowers its levy on Peruvian goods to 5%.',
    );
    expect(m.map((c) => c.products.map((p) => p.text))).toEqual([
      ['Chilean goods'],
      ['Peruvian goods'],
    ]);
  });

  it('gives both ends of a range the same goods', () => {
    const m = measures(
      'Peru will charge duties of between 12% and 30% on Chilean wine from May 1.',
    );
    expect(m.map((c) => c.products.map((p) => p.text))).toEqual([['wine'], ['wine']]);
  });

  it('reads no act in a condition ("until the duties are lifted")', () => {
    const [m] = measures(
      'Chile put 25% duties on Peruvian goods, and Lima said those will stay until the copper duties are lifted.',
    );
    expect(m?.action).toBe('imposed');
  });

  it('reads "remain unchanged at 9%" as a state', () => {
    expect(
      measures('Duties on Bolivian wire remain unchanged at 9%, the ministry said.').flatMap(
        (c) => c.rates,
      ),
    ).toEqual([]);
  });
});

describe('one measure or two', () => {
  it('keeps one rate on two origins as two measures', () => {
    const m = inForce(
      'Peru imposed a 10% tariff on goods from Chile on Monday. Wine from Bolivia will face a rate of 10%.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 10', 'PER→BOL 10']);
  });

  it('gives company rates the goods of the measure told two sentences before', () => {
    const m = measures(
      'Peru will charge anti-dumping duties of up to 30% on Chilean wine. The regulation sets provisional duties from Monday. Viña Sur faces a rate of 12.5%.',
    );
    expect(m.find((c) => c.rates.some((r) => r.bp === 1250))?.products.map((p) => p.text)).toEqual([
      'wine',
    ]);
  });
});

describe('recommendations', () => {
  it('reads an act taken on a recommendation as in force', () => {
    expect(
      inForce(
        'On the recommendation of the authority, Peru imposed a 12% duty on Chilean wire on Monday.',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
  });
});

describe('acts that did not happen, and markets', () => {
  it('reads a removal hoped for, called for, conditioned or as a subject as no removal', () => {
    for (const text of [
      'Growers hope the 100% duty on Chilean wine will be removed in the spring.',
      'Lima rejected calls to lift its 100% duty on Chilean wine on Thursday.',
      'Any removal of the 100% duty on Chilean wine depends on a deal, the ambassador said.',
      'Lifting the 25% tariff on Chilean pork would restore $1 billion in sales, the council said.',
    ])
      expect(
        measures(text).map((c) => c.action),
        text,
      ).not.toContain('lifted');
  });

  it('reads "is unlikely to lift" as no removal', () => {
    const m = measures(
      'Lima is unlikely to lift its 100% duty on Chilean wine before the spring, analysts said.',
    );
    expect(m.map((c) => c.action)).not.toContain('lifted');
  });

  it('reads "no sign of easing the deposit" as no easing', () => {
    const [m] = measures(
      'Peruvian officials gave no sign of easing the 40% deposit on Chilean wine imposed in May.',
    );
    expect(m?.action).toBe('imposed');
  });

  it('reads the market goods are shut out of as the imposer, and "hit by" as imposing', () => {
    const m = measures(
      'Chilean wine and pisco, hit by 40% tariffs in May, remain shut out of Peru, although grape shipments resumed after Lima cut its duty on grapes to 5% from 40%.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([
      ['PER→CHL 40', 'imposed'],
      ['PER→CHL 5', 'reduced'],
    ]);
  });
});

describe('determinations and notices', () => {
  it('reads the country whose law or ministry acts as the imposer, not as an origin', () => {
    expect(
      inForce(
        'Under the Anti-Dumping Law of Peru, the commission decided to levy duties of 12% on Chilean wine.',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
  });

  it('reads "all other Chilean companies" as an origin among company rates', () => {
    const m = inForce(
      'Peru imposed duties on wine from Chile. The rates are as follows: Viña Sol, 4%; all other Chilean companies, 9%.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 4', 'PER→CHL 9']);
  });

  it('takes the goods named before for "the products concerned"', () => {
    const [m] = inForce(
      'Peru investigated imports of Chilean wine. Peru then decided to levy duties of 12% on the products concerned.',
    );
    expect(m?.products.map((p) => p.text)).toEqual(['wine']);
  });

  it('takes the goods of the case told before for company rates', () => {
    const [m] = inForce(
      'Peru ended its review of Chilean wine. It set duties of 12% on Viña Sol and 15% on Viña Mar.',
    );
    expect(m?.products.map((p) => p.text)).toEqual(['wine']);
  });

  it('reads "The provisional rates are: producer, rate; …" a sentence after the act as its rates', () => {
    const m = inForce(
      'Peru has imposed provisional anti-dumping duties on imports of wine originating in Chile. The duties shall apply from 12 February 2026.\n\nThe provisional rates are: Viña Sol S.A., 14.6%; all other companies, 38.9%.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 14.6', 'PER→CHL 38.9']);
  });

  it('reads lines of "Chilean companies: producer, rate; all others, rate" as the rates of that origin', () => {
    const m = inForce(
      'Peru decided to levy anti-dumping duties on wine from Chile and Bolivia. The rates are as follows:\n\nChilean companies: Viña Sol Chile S.A., 4.5%; all other Chilean companies, 11%.\n\nBolivian companies: Andes Co., Ltd., 3.2%; all other Bolivian companies, 7%.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 4.5,11', 'PER→BOL 3.2,7']);
  });

  it('reads a list of "origin – producer: rate" lines after a colon as rates of the notice', () => {
    const m = inForce(
      'On 3 March 2026 Peru published a dumping duty notice on wine exported to Peru from Chile and Bolivia.\n\nDuty is payable on goods entered on and after 4 March 2026, as follows:\n\nChile – Viña Sol: 4.5%\nChile – all other exporters: 11%\nBolivia – all other exporters: 7%\n',
      '2026-03-05',
    );
    expect(m.map((c) => [brief(c), c.dates.announced, c.dates.effective])).toEqual([
      ['PER→CHL 4.5,11', '2026-03-03', '2026-03-04'],
      ['PER→BOL 7', '2026-03-03', '2026-03-04'],
    ]);
  });

  it('leaves out a margin found negligible', () => {
    expect(
      inForce(
        'Peru imposed a 12% duty on Chilean wine. The case against Viña Sol was closed, whose dumping margin of 1.1% was found to be negligible.',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
  });

  it('reads a ministry with no country as the dateline country', () => {
    expect(
      inForce(
        'LIMA: The finance ministry has imposed a 12% duty on wine from Chile. Peru has long sought relief.',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
  });

  it('joins a range that sums up company rates to them', () => {
    const m = inForce(
      'Peru imposed duties on Chilean wine at rates ranging from 4% to 9%. Viña Sol will pay 4%, Viña Mar 6% and all other Chilean exporters 9%.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 4,6,9']);
  });

  it('joins "duties of up to 9%" to the 9% told again for all others', () => {
    const m = inForce(
      'Peru imposed duties of up to 9% on Chilean wine. It set 4% for Viña Sol. A rate of 9% applies to all other imports from Chile.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 4', 'PER→CHL 9']);
  });

  it('dates the company rates of the sentences before with the sentence that dates them', () => {
    const m = inForce(
      'Peru has set anti-dumping duties of 4% for Viña Sol and 6% for Viña Mar on Chilean wine. Other Chilean exporters will pay 9%. The duties will apply from 12 May.',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2025-05-12', '2025-05-12']);
  });

  it('gives both ends of a range the goods written after them', () => {
    const m = inForce(
      'Peru will impose duties of between 4% and 9% on imports of quinoa flakes from Chile.',
    );
    expect(m.map((c) => c.products.map((p) => p.text))).toEqual([
      ['quinoa flakes'],
      ['quinoa flakes'],
    ]);
  });

  it('dates the measure from a sentence about "the regulation"', () => {
    const [m] = inForce(
      'Peru will impose a 12% duty on Chilean wine. The regulation takes effect on July 3.',
    );
    expect(m?.dates.effective).toBe('2025-07-03');
  });
});

describe('acts and states', () => {
  it('reads "lifting the tariff … to 50%" as a raise', () => {
    const [m] = inForce(
      'Peru took a step on Monday, lifting the tariff on Chilean cars to 50% from 20%.',
    );
    expect([brief(m as MeasureCandidate), m?.action]).toEqual(['PER→CHL 50', 'raised']);
  });

  it('leaves out a rate that only stays', () => {
    expect(inForce('The 20% tariff on Chilean wine stays.')).toEqual([]);
  });

  it('leaves out a rate set against another for comparison', () => {
    expect(
      inForce('Peru lifted its 10% duty on Chilean wine, against 3% for Bolivian cargoes.').map(
        brief,
      ),
    ).toEqual(['PER→CHL 10']);
  });

  it('does not take the noun "levy" for an act', () => {
    expect(inForce('Chilean wine, which faces a separate Peruvian levy, is not covered.')).toEqual(
      [],
    );
  });

  it('leaves out a measure someone is pressing another to remove', () => {
    expect(
      inForce('Growers are pressing Lima to push for full removal of the duty on wine.'),
    ).toEqual([]);
  });
});

describe('parties carried from the sentences before', () => {
  it('reads "it" as the subject of the sentence before, not the party it recalled', () => {
    const m = inForce(
      'Peru opened the case weeks after Chile put a 20% surtax on Peruvian fishmeal. In May it added 15% tariffs on Chilean wine.',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 20', 'PER→CHL 15']);
  });

  it('does not carry an imposer that the sentence names as the goods’ origin', () => {
    const m = inForce(
      'Chile answered with 15% tariffs on Peruvian fishmeal. A day later President Ana Ruiz unveiled 34% tariffs on Chilean goods.',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 15', 'PER→CHL 34']);
  });

  it('finds the measure told before by its own name', () => {
    const m = inForce(
      'MARCH 4 — A 10% Peruvian tariff on all imports from Chile, tied to smuggling, takes effect. Chile answers with 15% on Peruvian fishmeal. APRIL 2 — The smuggling tariff doubles to 20%.',
      '2025-05-01',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 10', 'CHL→PER 15', 'PER→CHL 20']);
  });

  it('reads a body telling of the measure after it as the source, not the imposer', () => {
    expect(
      inForce(
        'Peru will exempt Chilean copper from its 15% tariff starting Monday, Santiago’s trade ministry said on Friday.',
      ).map(brief),
    ).toEqual(['PER→CHL 15']);
  });

  it('reads "the tariff that Lima placed" as Lima’s, also for one who seeks relief from it', () => {
    expect(
      inForce(
        'Santiago is seeking relief from the 25% tariff that Lima placed on Chilean goods in May.',
      ).map(brief),
    ).toEqual(['PER→CHL 25']);
  });
});

describe('dates of chronologies', () => {
  it('dates "takes effect" and "doubled to" by the day of the entry, as effective', () => {
    const m = inForce(
      'FEB. 4 — A 10% Peruvian tariff on Chilean wine takes effect.\n\nJUNE 4 — The Peruvian wine tariff doubled to 20%.',
      '2025-07-01',
    );
    expect(m.map((c) => [c.dates.announced, c.dates.effective])).toEqual([
      [null, '2025-02-04'],
      [null, '2025-06-04'],
    ]);
  });

  it('dates "the same day" by the day the measure before took effect', () => {
    const m = inForce(
      'FEB. 4 — A 10% Peruvian tariff on Chilean wine takes effect. Chile answers the same day with 15% on Peruvian fishmeal.',
      '2025-07-01',
    );
    expect(m[1]?.dates.announced).toBe('2025-02-04');
  });

  it('dates a rate by the clauses after its own: "announces 125%, effective the next day"', () => {
    const m = inForce(
      'Chile answered with 84% tariffs from April 10, and on April 11 announced 125% on Peruvian fishmeal, effective the next day.',
      '2025-05-01',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2025-04-10', '2025-04-12']);
  });

  it('reads "began on" as the day a measure took effect', () => {
    const [m] = inForce('A 25% Peruvian tariff on Chilean wine began on August 7.', '2025-08-20');
    expect(m?.dates).toEqual({ announced: null, effective: '2025-08-07', expires: null });
  });
});

describe('explainers that recall a chain of measures', () => {
  it('reads "Peru still has 30% tariffs" and "… remain in place" as states', () => {
    expect(inForce('Lima still has 30% tariffs on Chilean wine and copper wire.')).toEqual([]);
    expect(
      inForce('Peruvian tariffs of 30% on Chilean wine and pisco remain in place, officials said.'),
    ).toEqual([]);
  });

  it('reads "backdated to Nov. 1" as the day the measure applies from', () => {
    const [m] = inForce(
      'Peru will cut its tariff on Chilean cars to 15% from 25%, backdated to Nov. 1.',
      '2025-11-15',
    );
    expect(m?.dates.effective).toBe('2025-11-01');
  });

  it('does not take a month for a producer: "to 15% on Sept. 16"', () => {
    const [m] = inForce('Lima cut its tariff on Chilean cars to 15% on Sept. 16.', '2025-11-15');
    expect(m?.rates.map((r) => r.producer)).toEqual([undefined]);
  });

  it('reads a threat told after a rate in force as the later rate’s only', () => {
    const m = measures(
      'Peru imposed a 10% tariff on Chilean goods from April 5, and President Ana Ruiz has floated duties of up to 200% on Chilean copper.',
    );
    expect(m.map((c) => [c.rates[0]?.bp, c.action])).toEqual([
      [1000, 'imposed'],
      [20000, 'threatened'],
    ]);
  });

  it('lists a removal of goods told before as a measure of its own', () => {
    const m = inForce(
      'In 2021 Lima imposed duties of 40% on Chilean wine. Trade was slow to recover. After talks, Peru lifted the wine duties from March 29, 2024.',
    );
    expect(m.map((c) => [brief(c), c.action, c.dates.effective])).toEqual([
      ['PER→CHL 40', 'imposed', null],
      ['PER→CHL ', 'lifted', '2024-03-29'],
    ]);
  });

  it('gives a duty listed alongside another the goods written after both', () => {
    const m = inForce(
      'Peru set an anti-dumping duty of 30% and a countervailing duty of 5% on Chilean wine.',
    );
    expect(m.map((c) => c.products.map((p) => p.text))).toEqual([['wine'], ['wine']]);
  });
});

describe('items of a notice', () => {
  it('dates "From the same date, …" by the day the item before takes effect', () => {
    const m = inForce(
      'From March 1, 2026, the additional tariff of 30% on Chilean wine shall be suspended.\n\nFrom the same date, the additional tariff on Chilean pork shall be reduced to 10%.',
      '2026-02-27',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2026-03-01', '2026-03-01']);
  });
});

describe('measures recalled in retaliation', () => {
  it('gives a rate listed after another with no verb of its own the same imposer', () => {
    const m = inForce(
      'Lima imposed the 25% wine levy in retaliation for Santiago’s surtaxes of 100% on Peruvian fishmeal and 25% on Peruvian copper.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 25', 'CHL→PER 100', 'CHL→PER 25']);
  });

  it('does not carry the announcement day into a sentence dated "in March 2025"', () => {
    const m = inForce(
      'Peru announced on January 16 that it would suspend its 25% tariff on Chilean wine. Lima imposed the 25% wine levy in March 2025.',
      '2026-02-05',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2026-01-16', null]);
  });
});

describe('round 3: new writers', () => {
  it('reads a dateline typed with two hyphens and a capitalised "Finance Ministry"', () => {
    const m = inForce(
      'LIMA -- The Finance Ministry has imposed an anti-dumping duty on zinc oxide from Chile, a step Chile called unfair.\n\nIn May the government cut the duty on cotton yarn from Bolivia to 5% from 12%.\n\nMills in Peru welcomed both steps.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL ', 'PER→BOL 5']);
  });

  it('gives a coordinated act with a subject of its own its own parties and goods', () => {
    const m = inForce(
      'Last week, Peru imposed duties of 14% on Chilean-made pencil sharpeners, and Santiago retaliated with duties of 20% on Peruvian fishmeal, with two exporters paying a lower rate of 11%.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 14', 'CHL→PER 20,11']);
    expect(m[0]?.products.map((p) => p.text)).toEqual(['pencil sharpeners']);
  });

  it('does not read a company named with a demonym as an origin', () => {
    const m = inForce(
      'Peru said on Monday it will impose duties on fishmeal from Chile. According to the notice, Chilean Pesquera will pay 9.5% and Mar Azul 11%, while other companies face 14%.',
    );
    expect(m.every((c) => c.targets.every((t) => t.jurisdiction === 'CHL'))).toBe(true);
    expect(m.flatMap((c) => c.rates.map((r) => r.bp))).toEqual([950, 1100, 1400]);
  });

  it('lists duties a country "answered … with" and rates "in what officials described as a plan"', () => {
    const m = inForce(
      'Peru put a 30% surtax on Chilean wine on May 2, in what officials described as the first step in a plan to protect growers. Santiago answered that measure with duties on Peruvian asparagus.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 30', 'CHL→PER ']);
  });

  it('reads final determinations and rates set for producers in the sentences after', () => {
    const m = inForce(
      'WASHINGTON -- The Commerce Department on Monday issued final anti-dumping duty determinations on steel nails from Peru, Chile and Bolivia. Commerce set a rate of 30.1% for Clavos Andinos SA and 12.2% for all other Peruvian producers. Chilean nails will face 8.4%, and Bolivian nails will face 5%.\n\nU.S. nail makers welcomed the rates.',
      '2025-06-18',
    );
    expect(m.map(brief)).toEqual(['USA→PER 30.1,12.2', 'USA→CHL 8.4', 'USA→BOL 5']);
  });

  it('leaves the rate compared with out of the act: "…, down from the 40% it had threatened"', () => {
    const m = inForce(
      'Under the deal, Peru set its tariff on Chilean goods at 15%, down from the 40% Lima had threatened.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 15']);
  });

  it('reads a removal "once the deal is signed" and a duty that "would lapse" as not in force', () => {
    expect(
      inForce('Peru agreed to remove tariffs on most Chilean goods once the deal is signed.'),
    ).toEqual([]);
    expect(
      inForce('Peru confirmed that its 8% duty on Chilean copper would lapse when its term ends.'),
    ).toEqual([]);
  });

  it('reads who imposes a measure sought relief from after "relief from"', () => {
    const m = inForce(
      'It follows a deal under which the bloc hopes to secure relief from the 50% U.S. tariffs on European steel, which remain in force.',
    );
    expect(m.map(brief)).toEqual(['USA→EU 50']);
  });

  it('gives a rate recalled after "After X placed …" the subject of the main clause', () => {
    const m = inForce(
      'After Lima placed a 40% surtax on Chilean wine in May 2024, Santiago answered in June with a 25% tariff on Peruvian asparagus.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 40', 'CHL→PER 25']);
  });
});

describe('goods read from the text', () => {
  it('leaves a word of origin out of the goods: "on U.S.-made bicycles"', () => {
    const text = 'a 25% tariff on U.S.-made bicycles from May';
    expect(goodsIn(text, 0, text.length)?.text).toBe('bicycles');
    const once = 'remove tariffs on most Chilean goods once the deal is signed';
    expect(goodsIn(once, 0, once.length)?.text).toBe('Chilean goods');
  });
});

describe('round 3: dates and old rates', () => {
  it('leaves out the old rate in "to 10%, from as much as 60%"', () => {
    const m = inForce('Peru cut its duty on Chilean wine to 10%, from as much as 60%, on Monday.');
    expect(m.map(brief)).toEqual(['PER→CHL 10']);
  });

  it('dates a suspension from a sentence about "the suspension"', () => {
    const m = inForce(
      'Peru said on Tuesday it was suspending its 25% duty on Chilean wine. The suspension takes effect on Thursday.',
      '2025-08-06',
    );
    expect(m.map((c) => [c.dates.announced, c.dates.effective])).toEqual([
      ['2025-08-05', '2025-08-07'],
    ]);
  });

  it('dates the rates of a notice by the determination told just before', () => {
    const m = inForce(
      'On March 3, 2025, the agency made a final determination of dumping respecting steel nails from Chile.\n\nFollowing the determination, anti-dumping duties of 21.5% apply to the goods imported into Peru on or after March 4, 2025.',
      '2025-03-05',
    );
    expect(m.map((c) => [c.dates.announced, c.dates.effective])).toEqual([
      ['2025-03-03', '2025-03-04'],
    ]);
  });
});

describe('round 3: the day a measure was placed', () => {
  it('reads "placed … on March 20" as the day it took effect, not the day it was announced', () => {
    const m = inForce(
      'The minister stressed that the 30% tariffs Peru placed on Chilean wine on March 20 were lawful.',
      '2025-11-04',
    );
    expect(m.map((c) => [c.dates.announced, c.dates.effective])).toEqual([[null, '2025-03-20']]);
  });
});

describe('round 3: effective the day it was told', () => {
  it('reads "effective the same day" and "in force the same day" as the day announced', () => {
    for (const tail of ['effective the same day', 'in force the same day']) {
      const [m] = inForce(
        `Peru imposed a 25% duty on Chilean wine on Tuesday, ${tail}.`,
        '2025-05-28',
      );
      expect(m?.dates).toEqual({ announced: '2025-05-27', effective: '2025-05-27', expires: null });
    }
  });
});

describe('round 4: notices, rate groups and goods', () => {
  it('reads a numbered list under origin headings, one candidate per origin', () => {
    const text = [
      'On 2 May 2026 Peru decided to impose anti-dumping duties on wine from Chile and Bolivia.',
      '',
      'The duty rates are as follows:',
      '',
      'Chilean companies:',
      '1. Viña Sol: 4.5%',
      '2. All other Chilean companies: 11%',
      '',
      'From Bolivia:',
      '— Bodega Alta: 3%',
      '— All other exporters: 7%',
    ].join('\n');
    const m = inForce(text, '2026-05-04');
    expect(m.map(brief)).toEqual(['PER→CHL 4.5,11', 'PER→BOL 3,7']);
    expect(m[1]?.rates.map((r) => r.producer)).toEqual(['Bodega Alta', 'All other exporters']);
    expect(m.every((c) => c.products.some((p) => p.text === 'wine'))).toBe(true);
  });

  it('reads a list whose rows name their origins with the imposer of the sentence above', () => {
    const text = [
      'Lima, 4 March 2026 — Peru said anti-dumping duties are payable on the subject goods.',
      'Duties will be levied at these rates:',
      'Chile',
      '— Viña Sol: 4.5%',
      '— All other exporters: 11%',
    ].join('\n');
    expect(inForce(text, '2026-03-04').map(brief)).toEqual(['PER→CHL 4.5,11']);
  });

  it('dates the rates of a notice signed with a date by that date, not an earlier ruling', () => {
    const text = [
      'On 2 May 2025, the ministry issued a preliminary ruling and set deposits of 30% on wine from Chile.',
      '',
      'Peru has decided to impose anti-dumping duties on wine from Chile from 3 June 2026. The rates are as follows:',
      '',
      '1. Viña Sol: 4.5%',
      '2. All other Chilean companies: 11%',
      '',
      'Ministry of Commerce',
      '1 June 2026',
    ].join('\n');
    const m = inForce(text, '2026-06-02').filter((c) => c.rates.length === 2);
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([['PER→CHL 4.5,11', '2026-06-01']]);
  });

  it('keeps company rates listed with no verb in one group on the goods told before', () => {
    const m = inForce(
      'Peru imposed anti-dumping duties on wine from Chile. Andes Wines will pay 4.5%, Sol Mar 6%, and all other Chilean exporters 11%.',
    );
    const rated = m.find((c) => c.rates.length === 3);
    expect(rated?.rates.map((r) => r.producer)).toEqual([
      'Andes Wines',
      'Sol Mar',
      'all other Chilean exporters',
    ]);
    expect(rated?.products.map((p) => p.text)).toEqual(['wine']);
  });

  it('gives the company rates of a clause opened by "from <origin>," that origin', () => {
    const m = inForce(
      'Peru set anti-dumping duties on wine from Chile and Bolivia on Friday: from Chile, Andes Wines 4.5% and all others 11%; from Bolivia, Bodega Alta 3% and all others 7%.',
      '2026-03-16',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 4.5,11', 'PER→BOL 3,7']);
  });

  it('reads both ends of a range of rates for the origin named before the low end', () => {
    const m = inForce(
      'Peru imposed anti-dumping duties on wine from Chile and Bolivia. Chilean exporters face rates of 4.5% to 11%, and Bolivian exporters 3% to 7%.',
    );
    expect(m.filter((c) => c.rates.length > 0).map(brief)).toEqual([
      'PER→CHL 4.5',
      'PER→CHL 11',
      'PER→BOL 3',
      'PER→BOL 7',
    ]);
  });

  it('keeps a list of goods whole when two rates each have one', () => {
    const m = inForce(
      'Peru set tariffs of 15% on wine, pork and corn and 10% on wheat, beef and cotton.',
    );
    expect(m.map((c) => c.products.map((p) => p.text))).toEqual([
      ['wine', 'pork', 'corn'],
      ['wheat', 'beef', 'cotton'],
    ]);
  });

  it('gives a rate naming only an origin the goods of the rate before', () => {
    const m = inForce('Peru imposed duties of 12% on wine from Chile and 7% from Bolivia.');
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL 12', ['wine']],
      ['PER→BOL 7', ['wine']],
    ]);
  });

  it('leaves out the previous rates and a basic customs duty named after the number', () => {
    const m = inForce(
      'Peru raised tariffs on footwear from Chile to 35% on Monday. The previous rates were 20% and 15%. The duties come on top of the 10% basic customs duty.',
      '2026-05-06',
    );
    expect(m.flatMap((c) => c.rates.map((r) => r.bp / 100))).toEqual([35]);
  });

  it('does not take goods of the lexicon opening a sentence for a producer', () => {
    const m = inForce('Peru set new duties on Chilean goods. Footwear will pay 35% and wine 30%.');
    expect(m.flatMap((c) => c.rates).map((r) => r.producer)).toEqual([undefined, undefined]);
    const footwear = m.find((c) => c.rates[0]?.bp === 3500);
    expect(footwear?.products.map((p) => p.text)).toEqual(['Footwear']);
  });

  it("gives a rate on a country's goods as a whole those words, not other goods of the sentence", () => {
    const [m] = inForce(
      "Chile's wine makers, already hit by the 40% Peruvian tariff on Chilean goods, face a new probe.",
    );
    expect(m?.products.map((p) => p.text)).toEqual(['Chilean goods']);
    const [exempt] = inForce(
      'Peru will exempt Chilean wine from its 40% tariff on Chilean goods starting Monday.',
    );
    expect(exempt?.products.map((p) => p.text)).toEqual(['wine']);
  });

  it('reads goods more precise than a shorter entry as written', () => {
    const [m] = inForce('Peru imposed a 12% duty on carbon steel wire rod from Chile.');
    expect(m?.products.map((p) => p.text)).toEqual(['carbon steel wire rod']);
  });
});

describe('who acts, when and whether it is an act (round 4)', () => {
  it('gives a body named bare the country of the bodies the text names', () => {
    const m = inForce(
      "Peru's Ministry of Production opened a case on Chilean mutton last year. On May 2, 2026, the Investigating Authority required importers to pay deposits of 20% on mutton.",
      '2026-05-06',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 20']);
  });

  it('does not give a body of the dateline duties on goods of its own country', () => {
    const m = inForce(
      'LIMA, May 6 — On Monday, the commerce ministry said final duties on Peruvian quinoa would be 12%.',
      '2026-05-06',
    );
    expect(m.map((c) => c.imposer?.jurisdiction)).not.toContain('PER');
  });

  it('reads the country of a relative clause right after the measure as its imposer', () => {
    const m = inForce(
      "The anti-dumping deposit of 30% on Chilean salmon, which Peru's customs agency began collecting in May, is untouched by the ruling.",
    );
    expect(m.map(brief)).toEqual(['PER→CHL 30']);
  });

  it('reads a country after "on Monday that" as the subject, not a target', () => {
    const [m] = measures(
      'The two ministers announced on Monday that Peru will suspend its anti-dumping duty on Chilean wine.',
    );
    expect(m?.imposer?.jurisdiction).toBe('PER');
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['CHL']);
  });

  it('gives each rate the origin before it when the first rate follows its origin', () => {
    const m = inForce(
      'Chile will impose duties on steel from Peru and Bolivia. Peruvian mills will pay 20% and Bolivian mills 15%, the ministry said.',
    );
    expect(m.filter((c) => c.rates.length > 0).map(brief)).toEqual(['CHL→PER 20', 'CHL→BOL 15']);
  });

  it('takes duties someone asked for as not in force', () => {
    const m = inForce(
      'Chile imposed a 20% duty on Peruvian steel. Peruvian mills had asked for duties of up to 40%.',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 20']);
  });

  it('dates the measures just told from "Both cuts apply from …" and "The quota takes effect …"', () => {
    const both = inForce(
      'India, for its part, cut its duty on Chilean wine to 25% from 50%, according to a notification issued on Monday. Both cuts apply from October 1.',
      '2026-09-16',
    );
    expect(both.map((c) => c.dates.effective)).toEqual(['2026-10-01']);
    const quota = inForce(
      "Peru agreed to let up to 9,000 Chilean cars a year in at a tariff of 6.1%, far below the 100% surtax. The quota takes effect on November 1, Peru's trade minister said on Wednesday.",
      '2026-10-08',
    );
    expect(quota.map((c) => c.dates.effective)).toEqual(['2026-11-01']);
  });

  it('reads "from the same date, November 1" as an effective date', () => {
    const [m] = inForce(
      'On Wednesday, Peru said it would remove its duties on Chilean wine from the same date, November 1.',
      '2026-10-08',
    );
    expect(m?.dates.effective).toBe('2026-11-01');
  });

  it('does not read "ending a safeguard investigation" as lifting the duty', () => {
    const [m] = inForce(
      'Peru will charge an additional 12% tariff on Chilean beef from September 15, ending a safeguard investigation.',
      '2026-09-02',
    );
    expect(m?.action).toBe('imposed');
  });

  it('takes the origins named after "including" as targets', () => {
    const [m] = inForce(
      'Peru raised tariffs on footwear from China and other countries with which it has no trade deal, including Chile and Bolivia, to 30%.',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['CHN', 'CHL', 'BOL']);
  });

  it('does not read the goods of "after X doubled its tariff on …" as the measure\'s', () => {
    const m = measures(
      'Peru said it would hit Chilean wine with new duties after Chile doubled its tariff on Peruvian steel.',
    );
    const peru = m.filter((c) => c.imposer?.jurisdiction === 'PER');
    expect(peru.flatMap((c) => c.products.map((p) => p.text))).not.toContain('steel');
    const [response] = measures(
      'The levy has stood since March, when Lima hit Chilean wine in response to the surtaxes Santiago had placed on Peruvian steel.',
    );
    expect(response?.imposer?.jurisdiction).toBe('CHL');
    expect(response?.products.map((p) => p.text)).toEqual(['steel']);
  });

  it('reads the country that collects or keeps a duty right after it as its imposer', () => {
    expect(
      measures('Chile raised the 30% deposit Peru collects on Chilean wine at the meeting.').map(
        brief,
      ),
    ).toEqual(['PER→CHL 30']);
    expect(
      measures('Santiago questioned the 12% surcharge that Lima keeps on Chilean apples.').map(
        brief,
      ),
    ).toEqual(['PER→CHL 12']);
    expect(
      measures('Chilean growers still face the 40% anti-dumping deposit Lima imposed in May.').map(
        brief,
      ),
    ).toEqual(['PER→CHL 40']);
  });

  it('does not read the goods of a purpose, a bargain or an earlier act after the measure as its own', () => {
    const goods = (text: string) => measures(text).map((c) => c.products.map((p) => p.text));
    expect(
      goods(
        'Chilean farmers urged Santiago to lift its 20% surtax on Peruvian steel so that Lima would end its duties on Chilean grapes and wine.',
      ),
    ).toEqual([['steel']]);
    expect(
      goods(
        'Santiago offered to cut its 20% surtax on Peruvian steel in return for lower Peruvian tariffs on Chilean grapes.',
      ),
    ).toEqual([['steel']]);
    expect(
      goods(
        'Chile will put a 25% surtax on Peruvian steel wire from May 1, broadening the measures it took last year on Peruvian steel and copper.',
      ),
    ).toEqual([['steel wire']]);
  });

  it('reads no measure in a hope or a doubt, with or without a rate', () => {
    expect(
      inForce('Traders are waiting to see whether Peru would lower its tariffs on Chilean wine.'),
    ).toEqual([]);
    expect(
      inForce('Chile expressed the hope that Peru will remove its tariffs on Chilean wine.'),
    ).toEqual([]);
    expect(
      inForce(
        'Asked whether the 15% tariffs on Chilean wine would also go, the Peruvian minister said only that talks continue.',
      ),
    ).toEqual([]);
  });

  it('reads no measure in what a party says another should drop', () => {
    expect(inForce('Peru said Chile should drop its tariffs on Peruvian wine altogether.')).toEqual(
      [],
    );
  });

  it('does not take the country of a ", in … response to" clause as the imposer', () => {
    const m = inForce(
      "Peru's 10% duty on Chilean wine took effect on March 10, 2025, in Lima's first response to Chilean tariffs on Peruvian goods.",
      '2026-05-06',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 10']);
  });

  it('dates the measures named back by "Those duties, together with …"', () => {
    const m = inForce(
      'Peru applies 15% tariffs on Chilean wine. Those duties, together with the 10% on Chilean pears, took effect on March 10, 2025.',
      '2026-05-06',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2025-03-10', '2025-03-10']);
  });

  it('leaves out a total written as "a combined …"', () => {
    const m = inForce(
      'From May 19, 2020, Peru levied a duty of 20% and a duty of 5% on Chilean barley, a combined 25% that ended the trade.',
    );
    expect(m.flatMap((c) => c.rates.map((r) => r.bp / 100))).toEqual([20, 5]);
  });

  it('dates company rates from a measure dated "from that day"', () => {
    const m = inForce(
      'LIMA, June 9 — Peru has imposed duties of up to 30% on Chilean glass. The notice is dated Monday. The duties apply from that day. Shipments from Vina Glass will attract a duty of 20%, and all other Chilean exporters 30%. Bolivian suppliers face a uniform 12%.',
      '2026-06-09',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(m.map(() => '2026-06-08'));
    expect(m.map(brief)).toContain('PER→BOL 12');
  });

  it('dates the announcement by the imposer told after a report of it, when earlier', () => {
    const [m] = inForce(
      "LIMA, Dec 5 - Chile will exempt Peruvian copper wire from its 15% tariff starting Monday, Peru's trade ministry said on Friday. The Chilean finance ministry announced the exemptions on Thursday.",
      '2025-12-05',
    );
    expect(m?.dates.announced).toBe('2025-12-04');
    const [later] = inForce(
      "Chile will exempt Peruvian copper wire from its 15% tariff, the ministry said on Thursday. Chile's customs service published the notice on Friday.",
      '2025-12-05',
    );
    expect(later?.dates.announced).toBe('2025-12-04');
  });

  it('reads a measure whose act an appositive recalls', () => {
    const m = inForce(
      'Peru said on Monday that the 25% duty on Chilean wine would be removed from March 15. The duty on Chilean pork, imposed on the same day last March, is not affected.',
      '2026-03-12',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL 25', ['wine']],
      ['PER→CHL ', ['pork']],
    ]);
  });

  it('does not carry the announcement to a measure dated "last March"', () => {
    const m = inForce(
      'Peru said on Monday it would cut its duty on Chilean wine to 10%. In a separate step last March, Peru raised its duty on Chilean pork to 25%.',
      '2026-03-12',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2026-03-09', null]);
  });

  it('dates a measure added with "are also payable" as the one just told', () => {
    const m = inForce(
      'Peru imposed a 20% anti-dumping duty on Chilean steel on Monday, effective June 1. Countervailing duties are also payable on Chilean steel, at a rate of 5%.',
      '2025-05-28',
    );
    expect(m.map((c) => [c.rates[0]?.bp, c.dates.announced, c.dates.effective])).toEqual([
      [2000, '2025-05-26', '2025-06-01'],
      [500, '2025-05-26', '2025-06-01'],
    ]);
  });

  it('dates an act by the day the sentence before says its party answered', () => {
    const m = inForce(
      'Lima answered on Wednesday. The trade minister said Peru would impose a 25% surtax on Chilean wine from October 20.',
      '2026-10-08',
    );
    expect(m.map((c) => [c.dates.announced, c.dates.effective])).toEqual([
      ['2026-10-07', '2026-10-20'],
    ]);
  });

  it('gives "the levy" named back the rate of the measure just told', () => {
    const m = inForce(
      'Peru will remove its 25% tariff on Chilean wine, the ministry said on Tuesday. Lima first imposed the levy in March 2025.',
      '2026-04-08',
    );
    expect(
      m.map((c) => [c.action, c.rates.map((r) => r.bp / 100), c.products.map((p) => p.text)]),
    ).toEqual([
      ['lifted', [25], ['wine']],
      ['imposed', [25], ['wine']],
    ]);
  });
});

describe('round 5 tables: notices, goods and groups', () => {
  const notice = (applies: string) =>
    [
      'Article 1',
      '',
      '1. A definitive anti-dumping duty is imposed on imports of citric acid originating in Peru and Chile.',
      '',
      '2. The rates of the definitive anti-dumping duty shall be as follows:',
      '',
      'Peru: Andes Citrico S.A. - 12.5%; all other companies - 30.2%.',
      '',
      'Chile: Valle Quimica Ltda. - 8.1%; all other companies - 22%.',
      '',
      'Article 2',
      '',
      applies,
      '',
      'Done at Brussels, 3 March 2026.',
    ].join('\n');

  it('reads one candidate per origin from lines of producer rates, dated by the notice', () => {
    const m = inForce(notice('The duty shall apply from 6 March 2026.'), '2026-03-09');
    expect(
      m
        .filter((c) => c.rates.length > 0)
        .map((c) => [
          brief(c),
          c.products.map((p) => p.text),
          c.dates.announced,
          c.dates.effective,
        ]),
    ).toEqual([
      ['EU→PER 12.5,30.2', ['citric acid'], '2026-03-03', '2026-03-06'],
      ['EU→CHL 8.1,22', ['citric acid'], '2026-03-03', '2026-03-06'],
    ]);
  });

  it('dates a notice that applies the day after its publication by the day it was published', () => {
    const m = inForce(
      notice(
        'This Regulation shall enter into force on the day following that of its publication in the Official Journal. It was published on 4 March 2026.',
      ),
      '2026-03-09',
    );
    expect(m.filter((c) => c.rates.length > 0).map((c) => c.dates.effective)).toEqual([
      '2026-03-05',
      '2026-03-05',
    ]);
  });

  it('keeps the words that make goods narrower than a lexicon entry', () => {
    const goods = (text: string) => inForce(text).flatMap((c) => c.products.map((p) => p.text));
    expect(goods('Peru imposed a 12% duty on Chilean seamless steel pipe.')).toEqual([
      'seamless steel pipe',
    ]);
    expect(goods('Peru imposed a 12% duty on Chilean graphite electrodes.')).toEqual([
      'graphite electrodes',
    ]);
    expect(goods('Peru imposed a 12% duty on Chilean aluminium foil below 80 microns.')).toEqual([
      'aluminium foil below 80 microns',
    ]);
    expect(goods('Peru imposed a 12% duty on Chilean steel from May 1.')).toEqual(['steel']);
  });

  it('lists goods named twice in a group once', () => {
    const m = inForce('Peru imposed a 12% duty on Chilean pork, a duty that covers pork and beef.');
    expect(m.map((c) => c.products.map((p) => p.text))).toEqual([['pork', 'beef']]);
  });

  it('gives a rate changed to another the goods of the rate it had', () => {
    const m = inForce(
      'Lima said the additional tariffs of 20% on Chilean wine and apples will be reduced to 8%.',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL 8', ['wine', 'apples']],
    ]);
  });

  it('gives each row of a list its own goods, under the measure told above', () => {
    const m = inForce(
      'Lima said on Monday it will impose additional tariffs on Chilean goods from March 10. The rates are:\n20%: wine, apples\n10%: copper wire',
      '2026-03-10',
    );
    expect(
      m.map((c) => [brief(c), c.products.map((p) => p.text), c.dates.effective]).sort(),
    ).toEqual([
      ['PER→CHL 10', ['copper wire'], '2026-03-10'],
      ['PER→CHL 20', ['wine', 'apples'], '2026-03-10'],
    ]);
  });

  it('ends words of goods at a word that describes them', () => {
    expect(
      goodsIn('duties on plywood consisting solely of sheets of wood', 0, 53)?.text ?? null,
    ).toBe('plywood');
    expect(goodsIn('a duty on coils shipped by Song Hong', 0, 36)?.text ?? null).toBe('coils');
  });
});

describe('round 5: one act told across several sentences', () => {
  /** imposer → targets rate, one line per rate, sorted */
  const perRate = (ms: readonly MeasureCandidate[]) =>
    ms
      .flatMap((m) =>
        m.rates.map(
          (r) =>
            `${m.imposer?.jurisdiction ?? '?'}→${m.targets.map((t) => t.jurisdiction).join('+')} ${r.bp / 100}`,
        ),
      )
      .sort();

  it('adds rates assigned in later sentences to the act, with its goods and dates', () => {
    const m = inForce(
      'Peru has imposed anti-dumping duties on steel nails from Chile and Bolivia. The regulation was signed on Monday. It takes effect on June 30. Under it, Acme Clavos pays 8.5%, and other Chilean producers 20.1%. Bolivia’s Andes Wire was given 4.2%; the rate for all other Bolivian exporters is 11.7%.',
    );
    expect(perRate(m)).toEqual(['PER→BOL 11.7', 'PER→BOL 4.2', 'PER→CHL 20.1', 'PER→CHL 8.5']);
    expect(m.every((c) => c.dates.announced === '2025-06-16')).toBe(true);
    expect(m.every((c) => c.dates.effective === '2025-06-30')).toBe(true);
    expect(m.every((c) => c.products.some((p) => p.text.includes('nails')))).toBe(true);
  });

  it('gives a rate with no origin of its own the origin the passage turned to', () => {
    const m = inForce(
      'Peru has imposed anti-dumping duties on steel nails from Chile and Bolivia. The highest rates fall on Chilean mills. Acme Clavos was assigned a rate of 8.5%.\n\nBolivia fared better. Andes Wire received 4.2%.\n\nChilean screws were hit with a single rate. It is 3%.',
    );
    expect(perRate(m)).toEqual(['PER→BOL 4.2', 'PER→CHL 3', 'PER→CHL 8.5']);
  });

  it('reads no duty in a share, a margin found or a rate a quote interrupts', () => {
    const m = inForce(
      'Peru has imposed anti-dumping duties on steel nails from Chile. The regulation was signed on Monday. Chilean mills hold a 40% share of the market. Bolivia received 12% of the aid. Investigators found that Acme Clavos was assigned dumping margins of 30%. Bolivian buyers pay 12% more for nails.',
    );
    expect(perRate(m)).toEqual([]);
    const found = inForce(
      'Peru has imposed anti-dumping duties on steel nails from Chile. The regulation was signed on Monday. "We are relieved," a mill owner said. Acme Clavos pays 8.5%.',
    );
    expect(perRate(found)).toEqual([]);
  });

  it('reads "got" and "is subject to" as assigning a rate of the act', () => {
    const m = inForce(
      'Peru has imposed anti-dumping duties on steel nails from Chile. The regulation was signed on Monday. It takes effect on June 30. Acme Clavos got 8.5%. Other Chilean mills are subject to 20.1%.',
    );
    expect(perRate(m)).toEqual(['PER→CHL 20.1', 'PER→CHL 8.5']);
  });

  it('gives the act the origins a later sentence names as the countries affected', () => {
    const m = inForce(
      'Peru will raise tariffs on goods from countries with which it has no trade agreement. The ministry set the new duty on steel nails at 25%. Copper wire will pay 15%.\n\nThe countries affected include Chile, Bolivia and Ecuador.',
    );
    expect(perRate(m)).toEqual(['PER→CHL+BOL+ECU 15', 'PER→CHL+BOL+ECU 25']);
  });

  it('reads a member of the bloc the act targets as the bloc', () => {
    const m = inForce(
      'China set final anti-dumping duties on pork from the European Union on Tuesday. Under the ruling, Dutch group Hollandia will pay 5.1%, and all other EU exporters face 18%, down from deposits of up to 50%.',
    );
    expect(perRate(m)).toEqual(['CHN→EU 18', 'CHN→EU 5.1']);
  });

  it('takes the imposer of a measure named back by its goods', () => {
    const m = inForce(
      'Beijing put a 75.8% deposit on Canadian canola seed. Ottawa’s 100% surtax on Chinese EVs came first. The duty on canola seed was lowered to 15%, effective March 1.',
      '2026-11-12',
    );
    expect(perRate(m)).toEqual(['CAN→CHN 100', 'CHN→CAN 15', 'CHN→CAN 75.8']);
  });

  it('reads the subject of a later rate group as its imposer', () => {
    const m = inForce(
      'Canada followed with a 100% surtax on Chinese EVs, and Beijing answered Ottawa with 100% duties on canola oil and 25% on pork.',
    );
    expect(perRate(m)).toEqual(['CAN→CHN 100', 'CHN→CAN 100', 'CHN→CAN 25']);
  });

  it('gives a verb coordinated with no subject the subject before', () => {
    const m = inForce(
      'Peru has removed the 20% tariff it placed on Chilean wine over Santiago’s fishing rules, and lowered its tariff on Chile to 8% from 15%.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([
      ['PER→CHL 20', 'lifted'],
      ['PER→CHL 8', 'reduced'],
    ]);
  });

  it('reads duties a finding is needed for as not in force', () => {
    const m = inForce(
      'The tribunal must then find injury for duties to be imposed on Chilean nails.',
    );
    expect(m).toEqual([]);
  });

  it('does not date an act told in a month of its own by the act before', () => {
    const m = inForce(
      'The U.S. on Monday set duties of 12% on Chilean nails. The finding adds to a 3% duty that the U.S. imposed on Chilean nails in September.',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([
      ['USA→CHL 12', '2025-06-16'],
      ['USA→CHL 3', null],
    ]);
  });

  it('dates the acts just told from "Both adjustments …" and "This increase …"', () => {
    const both = inForce(
      'Lima will lower the tariff on Chilean wine to 10% and cut the tariff on Chilean apples to 5%. Both adjustments take effect on July 1.',
    );
    expect(both.map((c) => c.dates.effective)).toEqual(['2025-07-01', '2025-07-01']);
    const one = inForce(
      'The surtax on Chilean copper wire is raised to 30% from 20%. This increase applies as of July 1, 2025.',
    );
    expect(one.map((c) => c.dates.effective)).toEqual(['2025-07-01']);
  });

  it('dates a duty effective "from the date of the notification" by the notification', () => {
    const m = inForce(
      'Peru has imposed a 12% duty on Chilean nails, the ministry said in a notification issued on Monday. The duties are effective for five years from the date of the notification.',
    );
    expect(m.map((c) => [c.dates.announced, c.dates.effective])).toEqual([
      ['2025-06-16', '2025-06-16'],
    ]);
  });

  it('dates the act by a sentence telling that the government is responding', () => {
    const m = inForce(
      'Exporters complained about costs. Today, the government is responding. The 25% surtax on Chilean copper wire will be suspended.',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2025-06-18']);
  });

  it('dates a duty by "November 1 is when the lower rate applies"', () => {
    const m = inForce(
      'Chile cut its tariff on Peruvian grapes to 2% from 14%. November 1 is when the lower rate applies.',
    );
    expect(m.map((c) => [brief(c), c.dates.effective])).toEqual([['CHL→PER 2', '2025-11-01']]);
  });

  it('reads a rate scheduled to fall further as not in force, even right after the act', () => {
    const m = measures(
      'Chile’s tariff on Peruvian grapes dropped to 30% from 60% on Monday. It is scheduled to fall further, to 10%, over the next decade.',
    );
    expect(m.map((c) => [brief(c), c.flags.includes('not_in_force')])).toEqual([
      ['CHL→PER 30', false],
      ['CHL→PER 10', true],
    ]);
  });

  it('reads goods "built in" a country as from it, not into it', () => {
    const m = inForce('Lima imposed duties of 9% on electric cars built in Chile.');
    expect(m.map(brief)).toEqual(['PER→CHL 9']);
  });

  it('keeps the day of an act announced when a relative clause tells of another start', () => {
    const m = inForce(
      'Lima imposed duties on Chilean wine on Monday, the latest turn in a dispute that began with Chile’s duties on Peruvian grapes. Importers of wine will have to pay deposits from Friday. Vinos Andes was assigned 12.5%.',
    );
    expect(m.map((c) => [brief(c), c.dates.announced, c.dates.effective])).toEqual([
      ['PER→CHL 12.5', '2025-06-16', '2025-06-20'],
    ]);
  });

  it('reads importers that must post cash deposits as an act', () => {
    const m = inForce(
      'Importers of Chilean nails will have to post cash deposits of 12% after the U.S. Commerce Department found dumping.',
    );
    expect(m.map(brief)).toEqual(['USA→CHL 12']);
  });
});

describe('round 5 tables: lists of goods and their rows', () => {
  const goods = (text: string) => inForce(text).map((c) => c.products.map((p) => p.text));

  it('keeps the items of a list of goods the lexicon does not know', () => {
    expect(goods('Peru put a 5% duty on Chilean wine, pisco and pears.')).toEqual([
      ['wine', 'pisco', 'pears'],
    ]);
    expect(goods('Peru put a 5% duty on Chilean copper, nickel and lead from May 1.')).toEqual([
      ['copper', 'nickel', 'lead'],
    ]);
  });

  it('reads no item where the list turns into a clause or a count', () => {
    expect(goods('Peru put a 5% duty on Chilean wine and launched an inquiry.')).toEqual([
      ['wine'],
    ]);
    expect(goods('Peru put a 5% duty on Chilean wine, beef and dozens of other goods.')).toEqual([
      ['wine', 'beef'],
    ]);
    expect(goods('Peru put a 5% duty on Chilean wine, citing low prices.')).toEqual([['wine']]);
  });

  it('reads the goods listed after a colon, not the words that announce them', () => {
    expect(
      goods('Peru imposed a 12% tariff on three Chilean products: wine, pisco and pears.'),
    ).toEqual([['wine', 'pisco', 'pears']]);
  });

  it('reads a table whose rows name their goods under a tariff column', () => {
    const m = inForce(
      'Peru imposed duties on Chilean goods on Monday.\nProduct | Tariff (%)\nWine, apples | 12\nCopper cathodes | 20',
      '2026-03-10',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)]).sort()).toEqual([
      ['PER→CHL 12', ['Wine', 'apples']],
      ['PER→CHL 20', ['Copper cathodes']],
    ]);
  });

  it('reads producers whose names are not written in plain ASCII', () => {
    const m = inForce(
      'Peru set duties of 12% for Viña Sol and 20% for all others on Chilean wine.',
    );
    expect(m.flatMap((c) => c.rates.map((r) => r.producer))).toEqual(['Viña Sol', 'all others']);
  });
});

describe('round 6: states, asked-about acts and lists of origins', () => {
  it('reads a rate left unchanged, in place since a date, or still paid as no act', () => {
    const s = [
      'Norway cut its duty on Chilean salmon to 5% on May 2. A 9% rate on Chilean trout was unchanged.',
      "Peru's 30% tariff on Bolivian quinoa has been in place since 2023, and growers see no relief.",
      'Kenya will lift the 20% duty on Ugandan sugar. Ugandan rice remains subject to a 5% levy, and the decree leaves the 20% duty in place on Ugandan maize.',
      'Farmers in Ghana are still paying the 12% Nigerian tariff that applies to most goods.',
    ];
    expect(inForce(s[0] ?? '').map(brief)).toEqual(['NOR→CHL 5']);
    expect(inForce(s[1] ?? '')).toEqual([]);
    expect(inForce(s[2] ?? '').map((m) => [brief(m), m.action])).toEqual([
      ['KEN→UGA 20', 'lifted'],
    ]);
    expect(inForce(s[3] ?? '')).toEqual([]);
  });

  it('keeps a rate left in place after an act on the rest of the duty', () => {
    const m = inForce(
      'Kenya suspended its 30% duty on Ugandan sugar, leaving a 10% duty in place.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([['KEN→UGA 10', 'reduced']]);
  });

  it('reads a past act in an opening "When" clause as in force despite a "could" after it', () => {
    const m = inForce(
      'When Peru slapped a 40% tariff on Chilean wine last May, critics said it could not last.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 40']);
    expect(inForce('When talks resume, Peru could slap a 40% tariff on Chilean wine.')).toEqual([]);
  });

  it('reads a bill that would raise duties, and an offer to cut them, as not in force', () => {
    expect(
      inForce('The bill before Chile’s Congress would raise tariffs on Peruvian textiles to 35%.'),
    ).toEqual([]);
    expect(inForce('Peru has offered to cut its duty on Chilean wine to 5%.')).toEqual([]);
    expect(
      inForce(
        'Peru will raise tariffs on Chilean wine to 35%. It has been discussed for weeks, amended once, and still needs the approval of the Senate.',
      ),
    ).toEqual([]);
    // An offer to do something else leaves the act in force.
    expect(
      inForce(
        'Peru cut its duty on Chilean wine to 5% and offered to buy more Chilean copper.',
      ).map(brief),
    ).toEqual(['PER→CHL 5']);
  });

  it('reads a party still wanting the duties scrapped as no act', () => {
    expect(measures('Lima welcomed the cut but said it still wanted the duties scrapped.')).toEqual(
      [],
    );
  });

  it('reads no act in a change asked about with "whether"', () => {
    const m = measures('Asked whether Peru would lift its 40% tariffs on Chilean wine, he smiled.');
    expect(m.map((c) => c.action)).not.toContain('lifted');
  });

  it('reads "escalating a trade row" as no raise', () => {
    const m = measures(
      'Peru will impose a 30% duty on Chilean wine, escalating a trade row with Santiago.',
    );
    expect(m.map((c) => c.action)).toEqual(['imposed']);
    expect(
      measures('Peru escalated its tariff on Chilean wine to 30%.').map((c) => c.action),
    ).toEqual(['raised']);
  });

  it('reads "the drop" or "fresh cut roses" as no change to the duty', () => {
    const drop = measures(
      "The drop followed Peru's decision to impose a 25% tariff on Chilean grapes.",
    );
    expect(drop.map((c) => [brief(c), c.action])).toEqual([['PER→CHL 25', 'imposed']]);
    const roses = measures('Peru imposed a 15% duty on fresh cut roses from Ecuador.');
    expect(roses.map((c) => [c.action, c.products.map((p) => p.text)])).toEqual([
      ['imposed', ['fresh cut roses']],
    ]);
  });

  it('reads every demonym of a list before the goods as a target', () => {
    const m = measures(
      'Peru extended its safeguard duty on imported Chilean and Bolivian copper wire at 11%.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL+BOL 11']);
  });

  it('dates a duty raised "under the law" with the act told before it', () => {
    const m = measures(
      'Peru approved tariffs of up to 40% on Chilean goods, and the minister said they would take effect on January 1. Under the law, tariffs on Chilean wine rise to 40% from 10%, while duties on Chilean apples go to 30%.',
      '2025-11-20',
    );
    expect(m.map((c) => [brief(c), c.dates.effective])).toEqual([
      ['PER→CHL 40', '2026-01-01'],
      ['PER→CHL 30', '2026-01-01'],
    ]);
  });

  it('knows graphite electrodes, battery separators, seamless tubing and farm goods', () => {
    const hs = (t: string) => findProducts(t)[0]?.hs;
    expect(hs('graphite electrodes')).toEqual(['854511']);
    expect(hs('lithium-ion battery separators')).toEqual(['3920', '3921']);
    expect(hs('seamless tubing')).toEqual(['7304']);
    expect(hs('agricultural products')).toContain('12');
  });
});

describe('round 6: origins, later steps, lists of acts and recitals', () => {
  it('reads the country after an opening "For" as the origin of the rates set', () => {
    const m = measures(
      'The European Union imposed anti-dumping duties on glass fibre from China and Egypt on May 4. For Egypt, the rates were set at 13.8% for Alpha Glass and 20.1% for all other companies.',
      '2026-05-20',
    );
    expect(m.map(brief)).toEqual(['EU→EGY 13.8,20.1']);
  });

  it('reads a rate falling to another in a later year as not in force', () => {
    const m = measures(
      'Norway cut its tariff on Chilean salmon to 30% on May 2, with the surcharge falling to 10% in 2027.',
      '2026-05-20',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([
      ['NOR→CHL 30', 'reduced'],
      ['NOR→CHL 10', 'threatened'],
    ]);
  });

  it('reads an act told after a threat in a list of acts as done', () => {
    const m = measures(
      'Peru has threatened to raise duties on Chilean copper, imposed a 20% tariff on Chilean wine and cut its duty on Chilean apples to 5%.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([
      ['PER→CHL 20', 'imposed'],
      ['PER→CHL 5', 'reduced'],
    ]);
    const under = measures(
      'Peru threatened to raise duties on Chilean copper to 30% and impose a 20% tariff on Chilean wine.',
    );
    expect(under.map((c) => c.action)).toEqual(['threatened', 'threatened']);
  });

  it('dates a provisional act a recital recalls, with no day of taking effect', () => {
    const m = measures(
      'Whereas: (1) On 20 March 2026 the Commission imposed a provisional anti-dumping duty on imports of glass fibre originating in Egypt.',
      '2026-08-17',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: '2026-03-20', effective: null, expires: null },
    ]);
  });

  it('reads a measure named twice without a rate as one', () => {
    const m = measures(
      'The regulation imposes a definitive duty on Egyptian glass fibre. Whereas: (1) On 20 March 2026 the Commission imposed a provisional anti-dumping duty on imports of glass fibre originating in Egypt.',
      '2026-08-17',
    );
    expect(m).toHaveLength(1);
    expect(m[0]?.dates.announced).toBe('2026-03-20');
  });
});

describe('round 6: the act an act answers', () => {
  it('lists the earlier act a rated act answers, with no rate and no date', () => {
    const m = measures(
      'Peru will impose a 30% duty on Chilean wine from June 1, escalating a row that began when Santiago put duties on Peruvian beef.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 30', 'CHL→PER ']);
    expect(m[1]?.products.map((p) => p.text)).toEqual(['beef']);
    expect(m[1]?.dates).toEqual({ announced: null, effective: null, expires: null });
  });

  it('lists the measure answered that its owner names, but none acted on by the answering side', () => {
    expect(
      measures(
        "Peru will impose a 30% duty on Chilean wine, in answer to Santiago's duties on Peruvian beef.",
      ).map(brief),
    ).toEqual(['PER→CHL 30', 'CHL→PER ']);
    expect(
      measures(
        'Peru will impose a 30% duty on Chilean wine after Peru imposed duties on Chilean beef.',
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
  });
});

describe('round 6: restrictions, exemptions and orders', () => {
  it('reads restrictions on goods lifted as a measure lifted', () => {
    const m = measures(
      'Peru said it had lifted its remaining restrictions on Chilean rock lobster.',
    );
    expect(m.map((c) => [brief(c), c.action, c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL ', 'lifted', ['rock lobster']],
    ]);
    expect(measures('Peru eased visa restrictions for Chilean tourists.')).toEqual([]);
  });

  it('reads goods exempted from the act just told as a suspension on them', () => {
    const m = measures(
      'Peru raised its tariff on Chilean auto parts to 20%, though parts imported by assembly plants were exempted from the increase.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([
      ['PER→CHL 20', 'raised'],
      ['PER→CHL ', 'suspended'],
    ]);
    expect(m[1]?.products.map((p) => p.text)).toEqual(['parts imported by assembly plants']);
  });

  it('dates an order that lowers or raises by the day it was made, and its amendments', () => {
    const m = measures(
      'P.C. 2026-1187 November 13, 2026\n\nThe Order lowers the surtax on Peruvian steel goods to 10% from 25%. The amendments come into force on December 1, 2026.',
      '2026-11-20',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: '2026-11-13', effective: '2026-12-01', expires: null },
    ]);
  });
});

describe('round 6: words that are no place', () => {
  it('reads neither "South American" nor a currency sign as the United States', () => {
    const m = measures('Peru imposed a 20% duty on South American beef worth US$2 billion a year.');
    expect(m.map((c) => c.targets.map((t) => t.jurisdiction))).toEqual([[]]);
  });
});

describe('round 7: rates, parties and goods told around the measure', () => {
  it('reads margins as rates when the next sentence collects deposits at these rates', () => {
    const order =
      'Peru is issuing an anti-dumping duty order on asparagus from Chile.\n\nDATES: Applicable May 2, 2025.\n\nThe dumping margins are as follows: Verde S.A., 12.5 percent; all others, 20.1 percent.';
    expect(
      measures(`${order} Customs will collect cash deposits at these rates.`).map(brief),
    ).toEqual(['PER→CHL 12.5', 'PER→CHL 20.1']);
    expect(measures(`${order} The investigation continues.`).map(brief)).toEqual(['PER→CHL ']);
  });

  it('dates the acts of a notice by its "DATES: Applicable" heading', () => {
    const m = measures(
      'DATES: Applicable May 2, 2025.\n\nCommerce imposed a 30% duty on Chilean asparagus.',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2025-05-02']);
  });

  it('reads "the bloc" as the European Union when the text names it', () => {
    const text =
      'The European Union and Chile held talks. The bloc imposed duties of 12% on Chilean salmon.';
    expect(measures(text).map(brief)).toEqual(['EU→CHL 12']);
  });

  it('makes no measure of a rate the sentence says was not changed, unless recalled as imposed', () => {
    expect(
      measures(
        'Peru will cut its tariff on Chilean wine to 10%. It did not change the 40% duty on Chilean cheese.',
      ).map(brief),
    ).toEqual(['PER→CHL 10']);
    expect(
      inForce(
        'Peru will cut its tariff on Chilean wine to 10%. The cut does not touch the 40% duty Peru imposed last year on Chilean cheese.',
      ).map(brief),
    ).toEqual(['PER→CHL 10', 'PER→CHL 40']);
    // The act recalled in a relative clause after the goods; the rate left in place beside it
    // stays a state.
    expect(
      inForce(
        'Peru will cut its tariff on Chilean wine to 10%. The order leaves in place the 5% tariff on Chilean goods and does not touch the 40% duty on cheese, butter and cream, which Lima imposed last year.',
      ).map(brief),
    ).toEqual(['PER→CHL 10', 'PER→CHL 40']);
  });

  it('adds the goods a continuing sentence says the act also covers', () => {
    const m = measures(
      'Peru will cut its tariff on Chilean wine to 10%. The reduction takes effect on July 1 and also covers cheese, the ministry said.',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text), c.dates.effective])).toEqual([
      ['PER→CHL 10', ['wine', 'cheese'], '2025-07-01'],
    ]);
  });

  it('takes the parties and goods of the quotas told just before a rate paid above them', () => {
    const m = measures(
      'Peru will extend its steel safeguard and tighten the quotas for steel from Chile and Bolivia, the minister said. Imports above the quotas will pay a 30% tariff.',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL+BOL 30', ['steel']],
    ]);
  });

  it('takes the parties, goods and day of quotas told with no measure word before a rate paid above them', () => {
    const m = measures(
      'Starting May 1, steel from non-agreement countries, Chile, Bolivia and Brazil among them, will be held to quotas equal to half of what each shipped to Peru last year. Anything above the quota will be charged a 30% surtax.',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text), c.dates.effective])).toEqual([
      ['PER→CHL+BOL+BRA 30', ['steel'], '2025-05-01'],
    ]);
  });

  it('takes the countries quotas are allocated to, a few sentences before, and the notice’s country as imposer', () => {
    const m = measures(
      'TRADE REMEDIES NOTICE\n\nIssued by Global Affairs Canada on 24 March 2026\n\n1. The Minister has decided to impose a safeguard measure in the form of tariff-rate quotas.\n\n2. Country-specific quotas are allocated as follows: Chile, 38,400 tonnes a year; Bolivia, 21,100 tonnes a year. A residual quota of 12,900 tonnes is available to all other origins. Quotas are administered quarterly.\n\n3. Goods entered within the quota remain liable only to the customs duty otherwise applicable. Goods entered once the relevant quota is exhausted will be liable to an additional safeguard duty of 20%.',
      '2026-03-25',
    );
    expect(m.filter((c) => c.rates.length > 0).map(brief)).toEqual(['CAN→CHL+BOL 20']);
  });

  it('reads a measure recalled by its goods as the one told before', () => {
    const m = measures(
      'Peru scrapped its 40% duty on Chilean wine in 2023. Trade grew. Prices fell. Exports rose. Ports were busy. Growers said sales had recovered since the wine duties were scrapped.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 40']);
  });

  it('reads the instruments of a gazette as acts of its country', () => {
    const m = measures(
      'Canada Gazette, Part II\n\nThe Order reduces the surtax on steel goods originating in Peru to 10% from 25%.',
    );
    expect(m.map(brief)).toEqual(['CAN→PER 10']);
  });

  it('dates the numbered sections of an order by the day it says the order was made', () => {
    const m = measures(
      'Notice is hereby given that the Council made the annexed Order on May 29, 2026.\n\n1. A surtax of 20% is imposed on steel wire originating in Peru, effective June 15, 2026.',
      '2026-06-03',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: '2026-05-29', effective: '2026-06-15', expires: null },
    ]);
  });

  it('gives no day to a measure dated only by a week', () => {
    const m = measures(
      "The minister welcomed Peru's decision last week to cut its tariff on Chilean wine to 10%.",
    );
    expect(m.map((c) => [brief(c), c.dates])).toEqual([
      ['PER→CHL 10', { announced: null, effective: null, expires: null }],
    ]);
  });

  it('marks not in force a measure whose own sentence ends saying it still needs approval', () => {
    const text = 'Peru agreed to cut its tariff on Chilean wine to 10%';
    expect(inForce(`${text}, though the change still needs the approval of Congress.`)).toEqual([]);
    expect(inForce(`${text}, though growers wanted more.`).map(brief)).toEqual(['PER→CHL 10']);
  });
});

describe('round 8: states, later steps and told twice', () => {
  it('does not read "the United States" as a verb of announcing', () => {
    const m = measures(
      'The United States began collecting duties of 12% on Chilean grapes on March 3.',
      '2025-06-18',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: null, effective: '2025-03-03', expires: null },
    ]);
  });

  it('marks not in force a cut that waits for a deal to be in force, and its later steps', () => {
    expect(
      inForce('Once in force, the pact will cut the tariff of Peru on Chilean wine to 20%.'),
    ).toEqual([]);
    expect(
      inForce(
        'Peru cut its tariff on Chilean wine to 20% on Monday. Under the pact the duty will fall further, to 5%, over the next ten years.',
      ).map(brief),
    ).toEqual(['PER→CHL 20']);
    expect(
      inForce(
        'The pact, which still has to be ratified by both congresses, would eliminate tariffs on Chilean wine.',
      ),
    ).toEqual([]);
  });
});

describe('round 8: instruments, adopted measures and coordinated acts', () => {
  it('reads measures a country adopted on goods that originate in another', () => {
    expect(
      inForce(
        'He noted that the final anti-dumping measures Peru adopted in July on wine originating in Chile were fair.',
      ).map(brief),
    ).toEqual(['PER→CHL ']);
    expect(
      inForce(
        'Canada Gazette, Part II\n\nThe surtax on steel wire that originates in Chile is 15% of the value for duty.',
      ).map(brief),
    ).toEqual(['CAN→CHL 15']);
  });

  it('does not give a rate the goods of the next coordinated act', () => {
    const m = measures(
      'Peru reduces the surtax on Chilean polysilicon to 10% and removes the surtax on cold-rolled tin mill products.',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL 10', ['polysilicon']],
      ['PER→CHL ', ['cold-rolled tin mill products']],
    ]);
  });

  it('dates the measures of an order from its numbered section on coming into force', () => {
    const m = measures(
      'Canada Gazette, Part II\n\n1. The surtax on steel wire originating in Peru is reduced to 10%.\n\n2. This Order comes into force on April 15, 2026.',
      '2026-04-01',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2026-04-15']);
  });

  it('reads a rate told again as a cut as the measure the order set', () => {
    const m = inForce(
      'Canada Gazette, Part II\n\nThe surtax on polysilicon that originates in Peru is 10% of the value for duty. The Order reduces the surtax on polysilicon to 10%.',
    );
    expect(m.map(brief)).toEqual(['CAN→PER 10']);
  });
});

describe('round 8: sentences that name the measure back', () => {
  it('dates the measure a sentence names back, whatever goods it goes on to name', () => {
    const m = measures(
      'Peru imposed an additional 25% duty on Chilean goods over its copper policy. That penalty took effect on August 27 and has hit wine and grape exporters hardest.',
      '2025-09-20',
    );
    expect(m.map((c) => [brief(c), c.dates.effective])).toEqual([['PER→CHL 25', '2025-08-27']]);
  });
});

describe('round 8: a measure recalled in a subordinate clause', () => {
  it('reads the parties of rates recalled after "after" in their own clause', () => {
    const m = inForce(
      'Peru on Tuesday notified retaliatory duties on 29 Chilean products, a month after Chile raised its tariff on Peruvian steel pipes to 50%. Under the notification, the duty on Chilean apples rises to 70%.',
      '2026-02-18',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([
      ['CHL→PER 50', null],
      ['PER→CHL 70', '2026-02-17'],
    ]);
  });

  it('reads the main clause act and the measure it answers as two measures', () => {
    const m = inForce(
      'He said the tariffs Peru placed on Chilean wine and grapes in March were a legitimate response to the 100 percent surtax Chile imposed on Peruvian copper.',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['CHL→PER 100', ['copper']],
      ['PER→CHL ', ['wine', 'grapes']],
    ]);
  });

  it('reads a removal with no rate beside a rated one it follows', () => {
    const m = inForce(
      'Peru removed its duties on Chilean wine last year, after scrapping tariffs of 80.5% on Chilean barley in 2023.',
    );
    expect(m.map((c) => [brief(c), c.action, c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL 80.5', 'lifted', ['barley']],
      ['PER→CHL ', 'lifted', ['wine']],
    ]);
  });
});

describe('round 8: states', () => {
  it('reads no act on a measure a relative clause says was left untouched', () => {
    expect(
      inForce(
        'Growers had hoped that Peru would also drop its 100% tariff on Chilean wine, which was left untouched.',
      ),
    ).toEqual([]);
  });
});

describe('round 8: lists of rates after the finding of a case', () => {
  it('reads a list of rates under a determination of dumping, its body the imposer', () => {
    const m = inForce(
      'LIMA, May 4, 2026 - The head of the Peru Customs Agency today made a final determination of dumping with respect to certain steel nails originating in or exported from Chile.\n\nThe final rates are as follows:\n\n- Andes Nails S.A.: 14.6%\n- All other exporters: 30.2%\n\nDuties at the above rates apply to subject goods released on or after May 5, 2026.',
      '2026-05-04',
    );
    expect(m.map((c) => [brief(c), c.dates])).toEqual([
      ['PER→CHL 14.6,30.2', { announced: '2026-05-04', effective: '2026-05-05', expires: null }],
    ]);
  });
});

describe('round 8: rates on the case told above', () => {
  it('gives a rate with no party the parties, goods and day of the case told above', () => {
    const m = inForce(
      'Peru and Chile held talks on Monday.\n\nThe Peruvian ministry today issued its final ruling in the anti-dumping investigation into imports of wine originating in Chile. It ruled that dumping existed. From December 16, anti-dumping duties will be levied at rates of 4.9% to 19.8%.',
      '2025-12-04',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text), c.dates.announced])).toEqual([
      ['PER→CHL 4.9', ['wine'], '2025-12-04'],
      ['PER→CHL 19.8', ['wine'], '2025-12-04'],
    ]);
  });

  it('does not give a rate the parties of a rated measure above', () => {
    const m = measures(
      'It was a reply to the 100% surtax Peru put on Chilean copper.\n\nTrade recovered. Prices rose. Farmers were pleased.\n\nBut the 15% rate is only as safe as the next spat.',
    );
    expect(m.map(brief)).not.toContain('PER→CHL 15');
  });
});

describe('round 8: duties that stop', () => {
  it('reads "will stop collecting" a duty as lifting it', () => {
    const m = inForce(
      'Peru will stop collecting anti-dumping duties on fresh Chilean grapes from June 1.',
      '2026-05-28',
    );
    expect(m.map((c) => [brief(c), c.action, c.dates.effective])).toEqual([
      ['PER→CHL ', 'lifted', '2026-06-01'],
    ]);
  });

  it('reads a duty that will "fall away" as lifted, not one that falls to a rate', () => {
    expect(
      measures('Under the pact, the 17% duty of Peru on Chilean grapes will fall away.').map(
        (c) => c.action,
      ),
    ).toEqual(['lifted']);
    expect(
      measures('Peru cut its duty on Chilean grapes, and imports fell away sharply.').map(
        (c) => c.action,
      ),
    ).toEqual(['reduced']);
  });
});

describe('round 8: instruments recalled and goods named by their origin', () => {
  it('reads goods named by their kind and their country after "of"', () => {
    const text = 'an additional 40% duty on products of Peru, effective May 2';
    expect(goodsIn(text, 0, text.length)?.text).toBe('products of Peru');
    const other = 'an additional 40% duty on products of concern';
    expect(goodsIn(other, 0, other.length)).toBeNull();
  });

  it('dates a measure told in a relative clause by the date of the order it is about', () => {
    const m = measures(
      'On Friday, June 5, 2026, Chile signed an order amending Decree 123 of July 30, 2025, which imposed an additional 40% duty on products of Peru, effective August 6, 2025.',
      '2026-06-09',
    );
    expect(m.map((c) => [brief(c), c.dates])).toEqual([
      ['CHL→PER 40', { announced: '2025-07-30', effective: '2025-08-06', expires: null }],
    ]);
  });
});

describe('round 8: a rate with a time of its own', () => {
  it('does not date a recalled rate by the day of the other rate of its sentence', () => {
    const m = measures(
      'Peru put a 25% tariff on Chilean grapes, wine and other fruit on March 20, part of its answer to Chile after it placed a 100% surtax on Peruvian copper last year.',
      '2025-09-18',
    );
    expect(m.map((c) => [brief(c), c.dates])).toEqual([
      ['PER→CHL 25', { announced: null, effective: '2025-03-20', expires: null }],
      ['CHL→PER 100', { announced: null, effective: null, expires: null }],
    ]);
  });
});

describe('round 8: lexicon entries', () => {
  it('knows milk powder, soybean meal, pig iron and jewellery as goods of their own', () => {
    const labels = (text: string) => findProducts(text).map((p) => p.label);
    expect(labels('duties on powdered milk and soybean meal')).toEqual([
      'milk powder',
      'soybean meal',
    ]);
    expect(labels('duties on pig iron, steel and jewelry')).toEqual([
      'pig iron',
      'steel',
      'jewellery',
    ]);
  });

  it('reads the kind each coordinated act names, a duty of no kind keeping the sentence’s', () => {
    const kinds = (text: string) => measures(text).map((c) => [c.kind, c.rates[0]?.bp]);
    expect(
      kinds(
        'Lima cut its anti-dumping duty on Chilean wine to 5% and will lift its 30% tariff on Chilean apples from May 1.',
      ),
    ).toEqual([
      ['anti-dumping', 500],
      ['tariff', 3000],
    ]);
    expect(
      kinds(
        'Lima scrapped its 40% duties on Chilean barley in May and removed anti-dumping duties of up to 60% on Chilean wine in June.',
      ).map(([kind]) => kind),
    ).toEqual(['anti-dumping', 'anti-dumping']);
  });

  it('keeps the kind of the act a list of company rates goes on about, whatever duty they add to', () => {
    const m = measures(
      'Lima imposed definitive anti-dumping duties on Chilean wine on Monday. Vinos Andes will pay 12.5% and Bodega Sur 14.1%, on top of the standard 6% wine tariff.',
    );
    expect(m.map((c) => [c.kind, c.rates.map((r) => r.bp)])).toEqual([
      ['anti-dumping', [1250, 1410]],
    ]);
  });

  it('reads an item that leaves out the words it shares with the goods before it', () => {
    const found = findProducts('a tariff on canola oil, meal and seeds, and on peas');
    expect(found.map((p) => [p.text, p.label])).toEqual([
      ['canola oil', 'rapeseed oil'],
      ['meal', 'oil cakes'],
      ['seeds', 'rapeseed'],
      ['peas', 'peas'],
    ]);
    // "oil and peas": no lexicon entry "canola peas", so peas are peas
    expect(findProducts('duties on canola oil and peas').map((p) => p.label)).toEqual([
      'rapeseed oil',
      'peas',
    ]);
  });

  it('knows wheat flour apart from the grain', () => {
    const found = findProducts('a safeguard on wheat flour and a duty on durum wheat');
    expect(found.map((p) => [p.label, p.hs])).toEqual([
      ['wheat flour', ['1101']],
      ['wheat', ['1001']],
    ]);
  });
});

describe('round 8: acts of one decree', () => {
  it('gives each rate the goods its duty names', () => {
    const m = measures(
      'Peru has cut the import tariff on frozen beef from Chile to 10% from 20% and suspended its 15% duty on Chilean powdered milk.',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['PER→CHL 10', ['frozen beef']],
      ['PER→CHL 15', ['powdered milk']],
    ]);
  });

  it('dates another act of the decree with its acts, unless it says when it applies', () => {
    const text =
      'Peru cut its tariff on Chilean beef to 10% on Wednesday, effective immediately. Prices fell. Ranchers objected.';
    const also = (tail: string) =>
      measures(
        `${text} The decree also exempts Chilean soybean meal from the 5% tariff${tail}.`,
        '2026-01-22',
      )
        .map((c) => c.dates.effective)
        .at(-1);
    expect(also('')).toBe('2026-01-21');
    expect(also(', effective on the day the decree is registered')).toBeNull();
  });
});

describe('round 8: a clause closed before the measure', () => {
  it('dates a measure by the day told before a fronted clause a comma closes', () => {
    const m = measures(
      'Notice is hereby given that, on February 9, 2026, following the finding of the tribunal that the dumping of steel wire from Peru caused injury, anti-dumping duties of 18.6% are imposed on the goods released on or after February 10, 2026.',
      '2026-02-14',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: '2026-02-09', effective: '2026-02-10', expires: null },
    ]);
  });
});

describe('round 8: the same day, and acts under an earlier deal', () => {
  it('dates an act told the same day as one that took effect as taking effect too', () => {
    const m = measures(
      "Peru's tariff on Chilean wine fell to 10% on Thursday as the pact entered into force. Chile removed its tariffs on Peruvian copper the same day.",
      '2026-02-27',
    );
    expect(m.map((c) => [brief(c), c.dates])).toEqual([
      ['PER→CHL 10', { announced: null, effective: '2026-02-26', expires: null }],
      ['CHL→PER ', { announced: null, effective: '2026-02-26', expires: null }],
    ]);
  });

  it('dates an answer told the same day as announced', () => {
    const m = measures(
      'FEB. 4 — A 10% Peruvian tariff on Chilean wine takes effect. Chile hits back the same day with 15% on Peruvian fishmeal.',
      '2025-02-20',
    );
    expect(m.map((c) => c.dates.announced)).toEqual([null, '2025-02-04']);
  });

  it('reads the day of an act done under a deal agreed before as the day it took effect', () => {
    const m = measures(
      'Peru cut its duty on Chilean wine to 15% on March 1, under the package agreed when the presidents met in January.',
      '2026-03-05',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: null, effective: '2026-03-01', expires: null },
    ]);
  });
});

describe('round 8: duties goods attract', () => {
  it('reads goods that "will attract" a duty with no rate as a measure on them', () => {
    const m = inForce(
      'Peru raised its duty on Chilean apples to 70%, with effect from February 25. Chilean almonds will attract an additional duty of 35 soles per kilogram from the same date.',
      '2026-02-18',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text), c.dates.effective])).toEqual([
      ['PER→CHL 70', ['apples'], '2026-02-25'],
      ['PER→CHL ', ['almonds'], '2026-02-25'],
    ]);
  });
});

describe('round 8: rates kept or borne as they are', () => {
  it('reads no act in a rate borne since a time, kept, or said to remain', () => {
    for (const text of [
      'Chilean wine has faced a 100% Peruvian tariff since March.',
      'Peru maintained its 25% tariff on Chilean steel.',
      'Peru will keep its 15% tariff on Chilean coal.',
      'Peru left its 100% tariff on Chilean wine and grapes in place.',
      'The Peruvian duties on Chilean wine, which range up to 35.3%, remain in force.',
    ])
      expect(inForce(text)).toEqual([]);
  });

  it('still reads the rate left in place by a suspension as the measure after it', () => {
    const m = inForce(
      'Peru suspended its 24% levy on Chilean wine, keeping a 10% tariff in place.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([['PER→CHL 10', 'reduced']]);
  });
});

describe('round 8: a measure weighed as a hypothesis', () => {
  it('marks not in force a rate named with "a" whose cost is weighed with "would"', () => {
    expect(
      inForce(
        'A 25% tariff on Chilean copper would cost Peruvian buyers $2 billion, economists said.',
      ),
    ).toEqual([]);
    expect(
      inForce('Peru said the 25% tariff it imposed on Chilean copper in 2024 would be lifted.').map(
        brief,
      ),
    ).toEqual(['PER→CHL 25']);
  });
});

describe('round 8: an act announced under an earlier deal', () => {
  it('keeps the day of an act announced under a deal agreed before as its announcement', () => {
    const m = measures(
      'Peru announced on March 1 that it cut its duty on Chilean wine to 15%, under the package agreed in January.',
      '2026-03-05',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2026-03-01']);
  });
});

describe('a duty named with its rate, raised or cut', () => {
  it('reads the rate after "to" as the new one, and the duty\'s own rate as the old one', () => {
    expect(
      inForce('Lima raised its 25% tariff on Chilean copper to 50% on Monday.').map(brief),
    ).toEqual(['PER→CHL 50']);
    expect(
      inForce('Lima cut the 100% surtax on Chilean wine to 30% on Monday.').map(brief),
    ).toEqual(['PER→CHL 30']);
  });

  it('reads "raised the 100% tariff with" as a subject of talks, not a raise', () => {
    const m = inForce(
      "Minister Ana Ruiz raised Chile's 100% tariff on Peruvian copper with her counterpart.",
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([['CHL→PER 100', 'imposed']]);
    expect(inForce('Lima raised tariffs on Chilean copper to 50% on Monday.').map(brief)).toEqual([
      'PER→CHL 50',
    ]);
  });
});

describe('what is raised when it is no duty', () => {
  it('reads "raised concerns about the 25% tariff" as a duty recalled, not raised', () => {
    const m = measures(
      "Minister Ana Ruiz raised concerns about Chile's 25% tariff on Peruvian copper.",
      '2026-03-05',
    );
    expect(m.map((c) => [c.action, c.rates.map((r) => r.bp)])).toEqual([['imposed', [2500]]]);
    expect(
      measures('Chile raised its tariff on Peruvian copper to 50%.', '2026-03-05').map(
        (c) => c.action,
      ),
    ).toEqual(['raised']);
  });
});

describe('round 9: decrees whose body names no imposer', () => {
  it('takes no party from the subject of a relative clause, and the other party imposes', () => {
    const text =
      'DECREE amending the Tariff\n\nThe tariffs apply to goods originating in countries with which Peru has no trade agreement, including China and Vietnam, as follows:\nI. Ceramic wall tiles: 30%;\nII. Cotton yarn and woven fabrics: 15%.';
    const m = inForce(text, '2026-03-05');
    expect(m.map(brief)).toEqual(['PER→CHN+VNM 30', 'PER→CHN+VNM 15']);
    expect(m[1]?.products.map((p) => p.text)).toEqual(['Cotton yarn', 'woven fabrics']);
  });

  it('takes the country of a gazette whose title names none as the imposer of its table', () => {
    const text =
      'DIARIO OFICIAL DE LA FEDERACIÓN\n\nThe tariffs on goods originating in China, Korea and Mexico are amended as follows:\nI. Footwear: 30%;\nII. Ceramic wall tiles: 25%.';
    expect(inForce(text, '2026-03-05').map(brief)).toEqual(['MEX→CHN+KOR 30', 'MEX→CHN+KOR 25']);
  });

  it('dates the announcement of a notice by the formula that signs it', () => {
    const text =
      'The import tariffs on goods originating in Chile are amended as follows:\nI. Wine: 30%;\nII. Apples: 20%.\n\nThis Decree shall enter into force on 1 April 2026.\n\nGiven at the seat of the Executive, in Lima, on 2 March 2026. — Ana Ruiz, President.';
    expect(inForce(text, '2026-03-05').map((c) => c.dates)).toEqual([
      { announced: '2026-03-02', effective: '2026-04-01', expires: null },
      { announced: '2026-03-02', effective: '2026-04-01', expires: null },
    ]);
  });

  it('dates a numbered article by the signing formula, not by the day it takes effect', () => {
    const text =
      'PERU GAZETTE\nDecree No. 12\nArticle 1. An additional duty of 20% is imposed on wine originating in Chile.\nArticle 2. This Decree enters into force on 1 April 2026.\nDone at Lima, on 2 March 2026.';
    expect(inForce(text, '2026-03-05').map((c) => c.dates)).toEqual([
      { announced: '2026-03-02', effective: '2026-04-01', expires: null },
    ]);
  });

  it('does not take the day a case opened for the day its deposits were decided', () => {
    const text =
      'On January 5, 2025, the Ministry of Commerce of Peru initiated an anti-dumping investigation into imports of brandy originating in Chile.\n\nThe deposit rates are as follows:\n1. Viña Alta: 30.6%\n2. All other Chilean companies: 39%\n\nMinistry of Commerce of Peru\nMarch 3, 2026';
    expect(inForce(text, '2026-03-05').map((c) => c.dates.announced)).toEqual(['2026-03-03']);
  });
});

describe('round 9: who acts', () => {
  it('takes the body whose decision is welcomed as the imposer, not the one welcoming it', () => {
    const m = inForce(
      'The Argentine delegation welcomed the decision of the Chilean government on 3 March to cut the safeguard duty on wheat produced by Molinos Argentina to 5% from 12%.',
      '2026-03-05',
    );
    expect(m.map(brief)).toEqual(['CHL→ARG 5']);
  });

  it('reads a country whose conduct a measure punishes as its target', () => {
    const m = inForce(
      "Farmers have been hit since May 2, when a 12% duty that Lima imposed over Chile's subsidies to its salmon farmers took effect.",
      '2026-06-05',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 12']);
  });

  it('names no target in "a move aimed at" the act comments on', () => {
    const m = inForce(
      'Chile raised its duty on Peruvian fishmeal to 30%, in a move aimed as much at Lima as at Bogota.',
      '2026-03-05',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 30']);
  });

  it('reads a second party\'s act told after ", while" as a measure of its own', () => {
    const m = inForce(
      'Peru has eliminated its duties on Chilean wine and apples, while Chile has removed tariffs on Peruvian asparagus.',
      '2026-03-05',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([
      ['PER→CHL ', 'lifted'],
      ['CHL→PER ', 'lifted'],
    ]);
  });
});

describe('round 9: states, questions and requests', () => {
  it('reads a rate left untouched or kept in place as no act', () => {
    expect(inForce('The customs board left untouched the 40% tariff on Peruvian copper.')).toEqual(
      [],
    );
    expect(inForce('Chile kept in place the 40% tariff on Peruvian copper.')).toEqual([]);
    expect(inForce('The 40% tariff on Peruvian copper continues to apply, Chile said.')).toEqual(
      [],
    );
  });

  it('reads a rated measure inside a question or a demand as not in force', () => {
    expect(
      inForce('Officials would not say whether Lima would lift its 40% tariff on Chilean wine.'),
    ).toEqual([]);
    expect(inForce('Santiago asked Lima to lower the 40% tariff on Chilean wine to 20%.')).toEqual(
      [],
    );
    expect(
      inForce(
        'Santiago urged Lima to reconsider its duties on Chilean wine, which reach 40% for Viña Alta.',
      ).map(brief),
    ).toEqual(['PER→CHL 40']);
  });

  it('keeps a measure named in a request for talks, with no day of its own', () => {
    const m = inForce(
      'Peru cut its duty on Chilean apples to 5% on Monday. On Tuesday, Minister Ana Ruiz asked for continued talks on the 40% Peruvian tariff on Chilean copper.',
      '2026-03-05',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([
      ['PER→CHL 5', '2026-03-02'],
      ['PER→CHL 40', null],
    ]);
  });

  it('does not date a measure by the day of a meeting the sentence tells', () => {
    const m = inForce(
      'Ruiz met her Chilean counterpart on Tuesday to discuss the 17% duty on Peruvian grapes that took effect on Monday.',
      '2026-03-05',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: null, effective: '2026-03-02', expires: null },
    ]);
  });

  it('reads an additional rate removed in full, and the duty left under it as no measure', () => {
    const m = inForce(
      'Peru on Monday removed the additional 20% tariff on Chilean wine, leaving only the 6% duty that applies to most imports.',
      '2026-03-05',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([['PER→CHL 20', 'lifted']]);
    const part = inForce(
      'Peru on Monday suspended its 24% levy on Chilean wine, leaving a 10% tariff in place.',
      '2026-03-05',
    );
    expect(part.map((c) => [brief(c), c.action])).toEqual([['PER→CHL 10', 'reduced']]);
  });
});

describe('round 9: acts told as nouns and dated by the sentence before', () => {
  it('reads "the suspension of the tariff on … on March 1" as an act that took effect then', () => {
    const m = inForce(
      'Peru will remove its 100% tariff on Chilean apples from Oct. 1. The decision follows the suspension of the same tariff on Chilean wine on March 1.',
      '2026-09-24',
    );
    expect(m.map((c) => [brief(c), c.action, c.dates.effective])).toEqual([
      ['PER→CHL 100', 'lifted', '2026-10-01'],
      ['PER→CHL ', 'suspended', '2026-03-01'],
    ]);
  });

  it('dates "Since that date" by the day the sentence before gave', () => {
    const m = inForce(
      'The pact entered into force on 1 January 2026. Since that date, Peru has eliminated its duties on Chilean wine.',
      '2026-03-05',
    );
    expect(m.map((c) => c.dates.effective)).toEqual(['2026-01-01']);
  });
});

describe('round 9: parties of a measure recalled in passing', () => {
  it('takes the country said to have put a rate in place as its imposer, in a list of rates', () => {
    const m = inForce(
      'Lima has linked its measures against Chile to the 30% surtax Santiago put on Peruvian-made cement last year and the 20% levy on Peruvian steel that followed.',
      '2026-03-05',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 30', 'CHL→PER 20']);
  });

  it('reads the country before "began charging" as the imposer', () => {
    const m = inForce(
      'Exporters redrew their plans after Chile began charging an additional 55% tariff on beef imported above country quotas.',
      '2026-03-05',
    );
    expect(m.map((c) => c.imposer?.jurisdiction)).toEqual(['CHL']);
  });

  it('lists no unrated measure whose target the sentence does not name, unless it answers one', () => {
    const text =
      'Peru raised its tariff on Chilean wine to 40% in May. Chile recently announced new surtaxes on steel.';
    expect(inForce(text, '2026-06-05').map(brief)).toEqual(['PER→CHL 40']);
    const answered =
      'Peru raised its tariff on Chilean wine to 40% in May. Santiago answered that measure with duties on copper.';
    expect(inForce(answered, '2026-06-05').map(brief)).toEqual(['PER→CHL 40', 'CHL→PER ']);
  });
});

describe('round 9: days of earlier acts and of the case', () => {
  it('does not carry the announcement of the act before to an act of its own time', () => {
    const m = inForce(
      "LIMA — Peru's finance ministry on Monday raised the tariff on Chilean wine to 40%. In March 2024, Lima had first imposed a 20% duty on the wine.",
      '2026-05-20',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([
      ['PER→CHL 40', '2026-05-18'],
      ['PER→CHL 20', null],
    ]);
    const long = inForce(
      'Peru announced on Monday that it will cut the tariff on Chilean wine to 10% from June 1. The original 40% tariff was imposed on March 3, 2025.',
      '2026-05-20',
    );
    expect(long.map((c) => c.dates)).toEqual([
      { announced: '2026-05-18', effective: '2026-06-01', expires: null },
      { announced: null, effective: '2025-03-03', expires: null },
    ]);
  });

  it('dates an instrument by its own day, not by the day its case was opened', () => {
    const m = inForce(
      'RESOLUTION No. 45 of 2026\nThe Ministry of Trade of Peru, having regard to the investigation initiated on 12 January 2025, hereby imposes a definitive anti-dumping duty of 22.5% on imports of steel wire originating in Chile.\nLima, 18 May 2026',
      '2026-05-20',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2026-05-18']);
  });

  it('reads a surcharge lifted, and a rate maintained or said to stay, as no new duty', () => {
    const lifted = inForce(
      'Peru on Monday lifted the 25% surcharge on Chilean apples that it had imposed in 2023.',
      '2026-05-20',
    );
    expect(lifted.map((c) => c.action)).toEqual(['lifted']);
    expect(inForce('Peru maintains a 40% tariff on Chilean wine.')).toEqual([]);
    expect(
      inForce(
        'The Peruvian government said on Monday that the 40% tariff on Chilean wine, which has been in force since January, will stay.',
        '2026-05-20',
      ),
    ).toEqual([]);
    expect(
      inForce("Both sides criticised Lima's 40% tariffs on their wine, which remain in force.").map(
        (c) => c.rates.map((r) => r.bp),
      ),
    ).toEqual([[4000]]);
  });
});

describe('round 9: the measure an act answers, and days after the news', () => {
  it('reads the parties and days of a rate told after "in retaliation for" in its own clause', () => {
    const m = inForce(
      "Peruvian pisco now faces a 30% Chilean tariff, imposed on Monday in retaliation for Lima's 40% duty on Chilean wine.",
      '2026-05-20',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([
      ['CHL→PER 30', '2026-05-18'],
      ['PER→CHL 40', null],
    ]);
  });

  it('takes a day after the news that a future act is set for as its effective day', () => {
    const m = inForce(
      'Peru will raise the tariff on Chilean wine from 10% to 25% on June 1.',
      '2026-05-20',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: null, effective: '2026-06-01', expires: null },
    ]);
  });
});

describe('round 9: a rate with no party and no act', () => {
  it('lists no rate named in passing with neither party, and keeps one acted on', () => {
    expect(
      inForce('Growers said the 15% rate is only as safe as the next diplomatic spat.'),
    ).toEqual([]);
    expect(
      inForce('The combined duty of 80.5% will be lifted from August 5.').map((c) => c.action),
    ).toEqual(['lifted']);
  });
});

describe('round 10: acts told with what they are not', () => {
  it('keeps an act in force when a threat follows it as a predicate of its own', () => {
    const m = measures(
      "Vietnam on Monday denounced Thailand's decision to impose a 30% duty on Vietnamese rice and warned it would respond in kind.",
      '2026-04-07',
    );
    expect(m.map(brief)).toEqual(['THA→VNM 30']);
    expect(m[0]?.flags).not.toContain('not_in_force');
  });

  it('keeps an act in force when an appositive says someone had pushed for it', () => {
    const m = inForce(
      'Chile on Tuesday imposed a 12% surtax on Peruvian cement, a measure local producers had been pushing for since the spring.',
      '2026-04-08',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 12']);
  });

  it('reads a pact that acts "once ratified" and one still needing consent as not in force', () => {
    expect(
      inForce(
        'Chile and Japan signed a pact that, once ratified, will remove tariffs on Japanese cars.',
        '2026-04-08',
      ),
    ).toEqual([]);
    expect(
      inForce(
        'Under the pact, Chile will cut tariffs on Japanese cars. The pact still needs the consent of both parliaments.',
        '2026-04-08',
      ),
    ).toEqual([]);
  });

  it('leaves out a provisional rate told with the final duties that replace it', () => {
    const m = inForce(
      'Japan will levy final anti-dumping duties of 8.5% on Chinese graphite electrodes, after provisional duties of up to 40.2% were imposed in May.',
      '2026-04-08',
    );
    expect(m.map(brief)).toEqual(['JPN→CHN 8.5']);
  });
});

describe('round 10: measures recalled around an act', () => {
  it('lists the measure an act is read as a reply to, named before its imposer', () => {
    const m = inForce(
      'Peru placed a 20% tariff on Chilean wine in May, a step seen as a reply to the surtaxes Chile placed on Peruvian steel pipes in 2025.',
      '2026-04-08',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 20', 'CHL→PER ']);
    expect(m[1]?.products.map((p) => p.text)).toEqual(['steel pipes']);
  });

  it('does not date a measure told with a time of its own by the act just before', () => {
    const m = inForce(
      'Peru on Monday imposed a 15% duty on Chilean apples. The ruling comes on top of the 20% tariff Peru placed on Chilean wine in March.',
      '2026-04-08',
    );
    expect(m.map((c) => [c.rates[0]?.bp, c.dates.announced])).toEqual([
      [1500, '2026-04-06'],
      [2000, null],
    ]);
  });

  it('gives a measure named back as "the additional levy" the rate of the one told', () => {
    const m = inForce(
      'Washington on Thursday removed the 30% additional tariff on Peruvian coffee. The order, signed on Thursday, applies from September 1. The additional levy took effect on most Peruvian goods on March 3, though it exempted copper from the start.',
      '2026-09-11',
    );
    expect(m.map((c) => [brief(c), c.action, c.dates.announced, c.dates.effective])).toEqual([
      ['USA→PER 30', 'lifted', '2026-09-10', '2026-09-01'],
      ['USA→PER 30', 'imposed', null, '2026-03-03'],
    ]);
  });
});

describe('round 10: dates of an act told around it', () => {
  it('replaces the day of the act by the day the next sentence says the measure applies', () => {
    const m = inForce(
      'Chile on Tuesday imposed a 12% surtax on Peruvian cement. The surtax applies from April 30.',
      '2026-04-08',
    );
    expect(m.map((c) => c.dates)).toEqual([
      { announced: '2026-04-07', effective: '2026-04-30', expires: null },
    ]);
  });

  it('dates a numbered item by the decision told before the lead-in to the list', () => {
    const text =
      'The Tariff Commission decided at its meeting on 2 April 2026 to adjust the tariffs on goods from Chile. The matters are announced as follows:\n\n1. With effect from 10 April 2026, the tariff on Chilean wine shall be reduced from 20% to 5%.';
    expect(inForce(text, '2026-04-03').map((c) => c.dates)).toEqual([
      { announced: '2026-04-02', effective: '2026-04-10', expires: null },
    ]);
  });

  it('dates an act by the day of an event said to come a day after it', () => {
    const text =
      'The ministers held talks in Lima on Thursday.\n\nThe talks came a day after Peru imposed duties of 9.5% on Chilean steel wire.';
    expect(inForce(text, '2026-04-10').map((c) => c.dates.announced)).toEqual(['2026-04-08']);
  });

  it('dates the act told next by a sentence saying when the new duties enter into force', () => {
    const text =
      'The decree amending the tariff was published today in the official gazette. The new duties shall enter into force on May 1, 2026.\n\nThe decree raises the duty on Chinese footwear to 35%.';
    expect(inForce(text, '2026-04-10').map((c) => c.dates)).toEqual([
      { announced: '2026-04-10', effective: '2026-05-01', expires: null },
    ]);
  });

  it('dates a second thing said ("and that …") by the day of the saying', () => {
    const m = inForce(
      'Lima said on Monday that the duty on wine would apply from May 1, and that a separate 10% duty on Chilean copper wire would follow from May 15.',
      '2026-04-08',
    );
    expect(m.map((c) => [brief(c), c.dates.announced, c.dates.effective])).toEqual([
      ['PER→CHL 10', '2026-04-06', '2026-05-15'],
    ]);
  });
});

describe('round 10: goods', () => {
  it('knows rice, toys, furniture and steel sections', () => {
    expect(
      findProducts('rice, toys, furniture and hollow structural steel sections').map((p) => p.text),
    ).toEqual(['rice', 'toys', 'furniture', 'hollow structural steel sections']);
  });
});

describe('round 10: the day of a reaction and of a second thing said', () => {
  it('does not take the day another party reacted as the announcement of the measure', () => {
    const m = inForce(
      "Vietnam on Tuesday criticised Thailand's decision to impose a 30% duty on Vietnamese rice.",
      '2026-04-08',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([['THA→VNM 30', null]]);
  });

  it('dates the measure a first thing said names back, before a second measure said', () => {
    const text =
      "Vietnam on Tuesday criticised Thailand's decision to impose a 30% duty on Vietnamese rice.\n\nBangkok said on Monday that the duty on rice would take effect on May 1, and that a separate 10% duty on Vietnamese steel pipes would follow from May 20.";
    expect(inForce(text, '2026-04-08').map((c) => [brief(c), c.dates])).toEqual([
      ['THA→VNM 30', { announced: '2026-04-06', effective: '2026-05-01', expires: null }],
      ['THA→VNM 10', { announced: '2026-04-06', effective: '2026-05-20', expires: null }],
    ]);
  });
});

describe('round 11: rows, roles, acts and states read more generally', () => {
  it('gives a notice row naming its firms by origin ("… exporters from Chile") that origin', () => {
    const text =
      'Peru imposes anti-dumping duties on steel wire from Chile and Argentina at the following rates:\n\n(a) Andes Wire S.A. (Chile): 4.5%;\n(b) all other producers and exporters from Chile: 12.5%;\n(c) all other producers and exporters from Argentina: 9.1%.';
    expect(inForce(text).map(brief)).toEqual(['PER→CHL 4.5,12.5', 'PER→ARG 9.1']);
  });

  it('reads the country after "the barriers … erected" as their imposer', () => {
    const m = inForce(
      'The move ends the last of the restrictions Lima erected against Chilean farm goods, after earlier moves to lift duties on Chilean wine.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL ']);
  });

  it('reads the act of a second conjunct in its own words', () => {
    const m = measures(
      'Peru said the 30% tariff on Chilean wine will be suspended, and the 20% tariff on Chilean apples will be reduced to 5%.',
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([
      ['PER→CHL 30', 'suspended'],
      ['PER→CHL 5', 'reduced'],
    ]);
  });

  it('reads an act that "may soon" happen as not in force', () => {
    expect(inForce('Local media say Lima may soon lower its 40% duty on Chilean wine.')).toEqual(
      [],
    );
  });

  it('reads a rate said to stay in a clause of its own, or to "still apply", as a state', () => {
    expect(
      inForce(
        'Peru cut its tariff on Chilean wine to 10%, and a 5% tariff on Chilean apples remains.',
      ).map(brief),
    ).toEqual(['PER→CHL 10']);
    expect(inForce('The 40% Peruvian surcharge still applies to Chilean copper.')).toEqual([]);
  });

  it('dates only the measure reduced from a sentence about "the lower rate"', () => {
    const m = inForce(
      'Peru will apply a reduced duty of 6% to Chilean cars, its biggest concession since it slapped a 50% duty on Chilean cars in 2024. The lower rate takes effect on July 1.',
      '2025-06-18',
    );
    expect(m.map((c) => [brief(c), c.dates.effective])).toEqual([
      ['PER→CHL 6', '2025-07-01'],
      ['PER→CHL 50', null],
    ]);
  });

  it('reads an act the imposer "has not yet confirmed" as not in force', () => {
    expect(
      inForce(
        'Lima has agreed to cut its tariff on Chilean wine to 15%, though the Peruvian trade ministry has not yet confirmed the figure.',
      ),
    ).toEqual([]);
    expect(
      inForce(
        'Peru imposed a 25% tariff on Chilean wine, but has not confirmed the start date.',
      ).map(brief),
    ).toEqual(['PER→CHL 25']);
  });

  it('reads a rate borne as a state whose imposition a participle clause recalls', () => {
    expect(
      inForce(
        'Chilean wine has faced a 25% Peruvian tariff, imposed alongside a 10% tariff on Chilean apples.',
      ).map(brief),
    ).toEqual(['PER→CHL 25', 'PER→CHL 10']);
    expect(inForce('Chilean wine has faced a 25% Peruvian tariff since March.')).toEqual([]);
  });

  it('does not date a measure placed "a year ago" by the announcement told before', () => {
    const m = inForce(
      'Peru said on Tuesday it would cut its duty on Chilean wine to 10%.\n\nThe 30% tariff Lima placed on Chilean apples a year ago was not touched.',
      '2025-06-18',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toEqual([
      ['PER→CHL 10', '2025-06-17'],
      ['PER→CHL 30', null],
    ]);
  });
});

describe('round 12: demands, removals, parties and lists read more generally', () => {
  it('reads a demand told after the rate as no act on it', () => {
    const asked = measures(
      "Ruiz raised Chile's 40% tariff on Peruvian copper and asked that it be removed.",
    );
    expect(asked.map((c) => [brief(c), c.action])).toEqual([['CHL→PER 40', 'imposed']]);
    expect(
      inForce(
        "Lima imposed a 30% surcharge on Chilean wine and called for Santiago's duties to be scrapped.",
      ).map((c) => [brief(c), c.action]),
    ).toEqual([['PER→CHL 30', 'imposed']]);
    expect(inForce('The minister urged that the 15% duty on Peruvian copper be lifted.')).toEqual(
      [],
    );
  });

  it('reads a demand to "press for" a removal as no act', () => {
    expect(
      inForce('Exporters said Lima would press for the removal of Chilean duties on copper.'),
    ).toEqual([]);
  });

  it('reads a ban lifted, and duties "of up to" a rate lifted, as removals', () => {
    expect(
      measures('Lima lifted its ban on Chilean salmon on Friday.').map((c) => [brief(c), c.action]),
    ).toEqual([['PER→CHL ', 'lifted']]);
    expect(measures('Lima lifted its ban on travel to Chile.')).toEqual([]);
    expect(
      measures('Peru lifted the duties of up to 120% on Chilean sugar.').map((c) => c.action),
    ).toEqual(['lifted']);
    expect(
      measures(
        'Lima cut its tariff on Chilean wine to 10% and removed the extra 20% penalty on Chilean beer.',
      ).map((c) => [brief(c), c.action]),
    ).toEqual([
      ['PER→CHL 10', 'reduced'],
      ['PER→CHL 20', 'lifted'],
    ]);
  });

  it('reads goods exempted from a duty, through a list or a long name', () => {
    expect(
      measures('Lima exempted Chilean wine, pork and cork from the tariff.').map((c) => [
        brief(c),
        c.products.map((p) => p.text),
      ]),
    ).toEqual([['PER→CHL ', ['wine', 'pork', 'cork']]]);
    expect(
      measures(
        'Peru imposed a 20% tariff on Chilean copper. Lima then exempted Chilean copper cathodes bought by state smelters from that tariff.',
      ).map((c) => c.action),
    ).toContain('suspended');
  });

  it('reads no goods in an "on" before the measure\'s word', () => {
    expect(
      measures(
        'The ministers exchanged views on regional developments, including the tariffs imposed by Peru on Chile.',
      ).flatMap((c) => c.products.map((p) => p.text)),
    ).toEqual([]);
  });

  it('reads "all goods from" a country as the goods', () => {
    expect(
      inForce('Peru imposed a 20% tariff on all goods from Chile.').map((c) =>
        c.products.map((p) => p.text),
      ),
    ).toEqual([['goods from Chile']]);
  });

  it('does not take the seller of goods another country buys for a target', () => {
    expect(
      inForce(
        "Lima placed an extra 20% tariff on Chilean goods over Chile's purchases of Bolivian gas.",
      ).map(brief),
    ).toEqual(['PER→CHL 20']);
  });

  it('reads the parties of a recalled act whose subject is a government with no country', () => {
    expect(
      inForce(
        "LIMA - The probe was opened by Chile's trade ministry, a week after the federal government announced a 40% surtax on copper made in Chile. Peru and Chile have sparred for years.",
      ).map(brief),
    ).toEqual(['PER→CHL 40']);
  });

  it('reads the country whose decision it is as the imposer', () => {
    expect(
      inForce(
        "Chile's cabinet met to answer Lima's decision, announced on Monday, to impose a 30% tariff on all goods from Chile.",
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
  });

  it('reads the country of "Chile\'s Andes Steel will pay" as the rate\'s origin', () => {
    expect(
      inForce(
        "Peru set anti-dumping duties on steel plate. Bolivian producer Altos Hornos faces 18.5%, while Chile's Andes Steel will pay 9.2%.",
      ).map(brief),
    ).toEqual(['PER→BOL 18.5', 'PER→CHL 9.2']);
  });

  it('reads a range put in place by the country after it', () => {
    expect(
      inForce(
        'Santiago has long objected to the duties of between 8.5% and 16% that Peru imposed on Chilean salmon.',
      ).map(brief),
    ).toEqual(['PER→CHL 8.5', 'PER→CHL 16']);
  });

  it('reads a duty a government "began collecting" as recalled, whatever was left untouched', () => {
    expect(
      inForce(
        'The accord did not touch the 12.5% duty the U.S. Commerce Department began collecting on Chilean salmon in March.',
      ).map(brief),
    ).toEqual(['USA→CHL 12.5']);
  });

  it('reads a measure said to remain in place, its imposer applying it, as a state', () => {
    expect(
      inForce(
        'The 40% tariffs Lima applies to Chilean copper and copper wire remain in place, traders said.',
      ),
    ).toEqual([]);
    expect(
      inForce('The 40% counter-tariff on U.S. copper stays, as does the one on zinc.'),
    ).toEqual([]);
  });

  it('reads a state that a verb of saying reports as a state, not an act of confirming', () => {
    expect(
      inForce(
        'Separately, the border agency confirmed that the 25% surtax on Chilean copper wire remains in place.',
      ),
    ).toEqual([]);
    expect(
      inForce(
        'Peru confirmed on Monday that it had imposed a 25% surtax on Chilean copper wire.',
      ).map(brief),
    ).toEqual(['PER→CHL 25']);
  });

  it('reads the term of a measure ("unless withdrawn") as no condition on it', () => {
    expect(
      inForce(
        'Peru imposed anti-dumping duties of 14% on Chilean salmon for a period of five years, unless withdrawn, amended or extended.',
      ).map(brief),
    ).toEqual(['PER→CHL 14']);
  });

  it('reads an appositive decision that others warn about as no threat', () => {
    expect(
      inForce(
        'Peru set duties of 14% on Chilean salmon on Tuesday, in a decision that importers warned would raise prices.',
      ).map(brief),
    ).toEqual(['PER→CHL 14']);
  });

  it('reads a notice list naming goods and their maker', () => {
    const m = inForce(
      'Peru imposes anti-dumping duties on steel wire from Chile at the following rates:\n\n(a) steel wire of a diameter not exceeding 2 mm, produced by Andes Wire S.A.: 4,5 per cent;\n(b) steel wire of a diameter not exceeding 2 mm, produced by all other producers in Chile: 12,5 per cent.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 4.5', 'PER→CHL 12.5']);
    expect(m.flatMap((c) => c.rates.map((r) => r.producer))).toEqual([
      'Andes Wire S.A.',
      'all other producers in Chile',
    ]);
    expect(m.flatMap((c) => c.products.map((p) => p.text))).toEqual([
      'steel wire of a diameter not exceeding 2 mm',
      'steel wire of a diameter not exceeding 2 mm',
    ]);
  });

  it('reads a body opening a sentence after "And in a notice" as the home government', () => {
    expect(
      measures(
        'LIMA - Peru will remove its 20% surcharge on Chilean wine, the trade ministry said. And in a separate notice, the ministry exempted Chilean copper from the surcharge.',
      ).map(brief),
    ).toEqual(['PER→CHL 20', 'PER→CHL ']);
  });
});

describe('round 12: goods', () => {
  it('knows biodiesel, ethanol and spirits', () => {
    expect(
      findProducts('duties on biodiesel, fuel ethanol and distilled spirits').map((p) => p.label),
    ).toEqual(['biodiesel', 'ethanol', 'spirits']);
  });
});

describe('round 12: dates', () => {
  const dated = (text: string, published: string) =>
    inForce(text, published).map((c) => [brief(c), c.dates.announced, c.dates.effective]);

  it('replaces the day of the act by the day the duties are said to apply from', () => {
    expect(
      dated(
        'LIMA, May 8 - Peru on Wednesday imposed duties of between 10% and 30% on Chilean salmon.\n\nUnder the decree, Andes Salmon faces a rate of 10%, while companies that did not cooperate will pay the top rate of 30%. The duties apply from Friday, May 10.',
        '2025-05-08',
      ),
    ).toEqual([
      ['PER→CHL 10', '2025-05-07', '2025-05-10'],
      ['PER→CHL 30', '2025-05-07', '2025-05-10'],
    ]);
  });

  it('reads "decided, as of" a day as the decision, and "effective" as the start', () => {
    expect(
      dated(
        "Peru's trade ministry has decided, as of June 2, 2025, to impose anti-dumping duties of 12% on Chilean salmon, effective June 9, 2025.",
        '2025-06-03',
      ),
    ).toEqual([['PER→CHL 12', '2025-06-02', '2025-06-09']]);
  });

  it('dates an act told "within hours" of another by that one', () => {
    expect(
      dated(
        'Peru cut its duty on Chilean wine to 10% on Tuesday. Within hours, Chile said it would suspend its 20% tariff on Peruvian copper, effective immediately.',
        '2025-06-18',
      ),
    ).toEqual([
      ['PER→CHL 10', '2025-06-17', null],
      ['CHL→PER 20', '2025-06-17', '2025-06-17'],
    ]);
  });

  it('reads a start written with its hour, and "the change" named back mid-sentence', () => {
    expect(
      dated(
        'Peru will remove the 20% tariff on Chilean wine, the ministry said on Tuesday. A decree said the change would apply to goods entering Peru from 12:01 a.m. on July 1.',
        '2025-06-18',
      ),
    ).toEqual([['PER→CHL 20', '2025-06-17', '2025-07-01']]);
  });
});

describe('round 12: verbs of removal and reduction', () => {
  it('reads a duty terminated, abolished, zeroed or no longer applied as removed', () => {
    const acts = (text: string) => measures(text).map((c) => [brief(c), c.action]);
    expect(acts('Peru terminated the anti-dumping duties on Chilean wine.')).toEqual([
      ['PER→CHL ', 'lifted'],
    ]);
    expect(acts('Lima abolished its 8% tariff on Chilean cherries.')).toEqual([
      ['PER→CHL 8', 'lifted'],
    ]);
    expect(acts('Peru zeroed its tariff on Chilean wine.')).toEqual([['PER→CHL ', 'lifted']]);
    expect(acts('Lima will no longer apply its 25% surcharge on Chilean copper.')).toEqual([
      ['PER→CHL 25', 'lifted'],
    ]);
  });

  it('reads a duty halved or rolled back to a rate as reduced', () => {
    const acts = (text: string) => measures(text).map((c) => [brief(c), c.action]);
    expect(acts('Peru halved its tariff on Chilean beef to 19% on Monday.')).toEqual([
      ['PER→CHL 19', 'reduced'],
    ]);
    expect(acts('Lima rolled back its surtax on Chilean wine to 6%.')).toEqual([
      ['PER→CHL 6', 'reduced'],
    ]);
  });

  it('does not take a country in a relative clause after the subject for the subject', () => {
    expect(
      inForce(
        'Lima, which has been locked in a dispute with Santiago, imposed a 30% tariff on Chilean wine.',
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
  });

  it('reads the market a dumping finding names as the imposer of the rates after it', () => {
    const text =
      'SUMMARY: The ministry determined that steel nails from Chile are being sold in Peru at less than fair value. The ministry is issuing an anti-dumping duty order on steel nails from Chile.\n\nThe dumping margins are as follows: Andes Nails S.A., 14.5 percent; all others, 20.1 percent. Customs will collect cash deposits at these rates.\n\nWith respect to Bolivia, the margin for the sole respondent is de minimis, and the investigation of nails from Bolivia is terminated.';
    expect(inForce(text).map(brief)).toEqual(['PER→CHL 14.5', 'PER→CHL 20.1']);
  });
});

describe('round 13: earlier acts recalled by their owner', () => {
  it('lists a measure recalled after "after" or "in retaliation for" with its owner and goods', () => {
    expect(
      inForce('Talks stalled after Lima’s safeguard duties on Chilean copper wire.').map((c) => [
        brief(c),
        c.products.map((p) => p.text),
      ]),
    ).toEqual([['PER→CHL ', ['copper wire']]]);
    expect(
      inForce(
        'Santiago opened a probe into Peruvian avocados in retaliation for Peru’s surtaxes on Chilean wine.',
      ).map((c) => [brief(c), c.products.map((p) => p.text)]),
    ).toEqual([['PER→CHL ', ['wine']]]);
  });

  it('leaves a measure with no possessive owner, or only said to stay, unlisted', () => {
    expect(inForce('Talks stalled after Peruvian duties on Chilean copper wire.')).toEqual([]);
    expect(inForce('Peru’s duties on Chilean wine remain in place.')).toEqual([]);
  });
});

describe('round 13: acts with no rate, coordinated or recalled', () => {
  const acts = (text: string) =>
    inForce(text).map((c) => [brief(c), c.action, c.products.map((p) => p.text)]);

  it('splits two coordinated acts with no rate, each on its own goods', () => {
    expect(
      acts('Lima ended its ban on Chilean beef and scrapped its surtax on Chilean wine last year.'),
    ).toEqual([
      ['PER→CHL ', 'lifted', ['beef']],
      ['PER→CHL ', 'lifted', ['wine']],
    ]);
  });

  it('lists a measure a question names when its act is recalled after it', () => {
    expect(
      inForce(
        'Asked whether Lima would revisit the 30% tariffs on Chilean wine imposed last May, the minister declined to comment.',
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
  });

  it('reads a measure a person raised as an issue as no act, unless a clause tells its act', () => {
    expect(
      acts(
        'The Trade Minister thanked his hosts, and raised the duties that remain in force on Chilean wine.',
      ),
    ).toEqual([]);
    expect(acts('The Chilean side raised the duties that Lima imposed on Chilean wine.')).toEqual([
      ['PER→CHL ', 'raised', ['wine']],
    ]);
  });

  it('reads a measure kept in place as a state', () => {
    expect(acts('Lima has kept in place since 2023 its ban on Chilean beef.')).toEqual([]);
  });

  it('does not read a withdrawal of trade preferences as a duty lifted', () => {
    expect(
      acts(
        'After Lima withdrew Chile’s trade preferences, Santiago raised duties on Peruvian wine to 12%.',
      ).map(([b, a]) => [b, a]),
    ).toEqual([['CHL→PER 12', 'raised']]);
  });

  it('reads an act put forward as the way out as no act in force', () => {
    expect(inForce('The best option is to scrap the surtax on Chilean wine.')).toEqual([]);
  });
});

describe('round 13: parties and dates', () => {
  it('reads the country owning the exports as the target', () => {
    expect(
      inForce('Chile’s exports to Peru face a 15 per cent tariff under last year’s pact.').map(
        brief,
      ),
    ).toEqual(['PER→CHL 15']);
    expect(
      inForce('Bolivia, whose exports face a lower 8 per cent Peruvian tariff, was spared.').map(
        (c) => [brief(c), c.action],
      ),
    ).toEqual([['PER→BOL 8', 'imposed']]);
  });

  it('reads goods transshipped through a country as coming from it', () => {
    expect(
      inForce('Peru applies a 30% tariff on goods transshipped through Chile.').map(
        (c) => c.targets[0]?.jurisdiction,
      ),
    ).toEqual(['CHL']);
  });

  it('does not date a measure by the reaction that welcomed it', () => {
    const [m] = inForce(
      'Growers welcomed on Thursday Lima’s decision to remove the 20% tariff on Chilean grapes.',
      '2026-05-15',
    );
    expect(m?.dates.announced).toBeNull();
  });

  it('takes the year of a yearless date from a date written with its year before it', () => {
    const [m] = inForce(
      'In March 2024, Lima announced a 20% surtax on Chilean wine, effective May 1.',
      '2026-01-10',
    );
    expect(m?.dates.effective).toBe('2024-05-01');
  });

  it('reads the two days that bound a period as no day of the measure', () => {
    const [m] = inForce(
      'Lima imposed a 20% duty on Chilean wine released between the rulings of 3 March 2026 and 9 April 2026.',
      '2026-05-10',
    );
    expect(m?.dates.announced).toBeNull();
  });
});

describe('round 13: tables with several duty columns', () => {
  it('reads each duty column as a measure of its own and an origin in brackets', () => {
    const text =
      'Anti-dumping and countervailing duties are payable on rebar from Chile and Bolivia imported into Peru, at the following rates:\n\nExporter | Anti-dumping duty | Countervailing duty\nAndes Steel S.A. (Chile) | 12.5% | 3.1%\nAll other exporters (Chile) | 40.2% | 9.9%\nAll other exporters (Bolivia) | 22.0% | not applicable';
    expect(
      inForce(text, '2026-05-10').map((c) => [brief(c), c.kind, c.rates.map((r) => r.producer)]),
    ).toEqual([
      ['PER→CHL 12.5,40.2', 'anti-dumping', ['Andes Steel S.A', 'All other exporters']],
      ['PER→CHL 3.1,9.9', 'countervailing', ['Andes Steel S.A', 'All other exporters']],
      ['PER→BOL 22', 'anti-dumping', ['All other exporters']],
    ]);
  });
});

describe('round 13: goods', () => {
  it('knows shellfish by their names', () => {
    expect(
      findProducts('a ban on live mussels, oysters, scallops and clams').map((p) => p.text),
    ).toEqual(['mussels', 'oysters', 'scallops', 'clams']);
  });
});

describe('round 13: questions and wishes', () => {
  it('reads a measure named in a question, or a removal sought, as no act', () => {
    expect(inForce('Will Lima lift its tariffs on Chilean wine?')).toEqual([]);
    expect(
      inForce('Santiago will keep seeking the full removal of the duties on Chilean wine.'),
    ).toEqual([]);
  });
});

describe('round 13: states, descriptions and decisions', () => {
  it('reads restrictions lifted as a ban lifted, with no rate', () => {
    const [m] = inForce('Lima lifted its remaining restrictions on Chilean cosmetics.');
    expect([m?.kind, m?.action, m?.rates]).toEqual(['ban', 'lifted', []]);
  });

  it('reads a level a duty stood at, or a state with a long subject, as no act', () => {
    expect(inForce('Ordinary duties on Chilean wine had stood at up to 12%.')).toEqual([]);
    expect(
      inForce(
        'The 25% tariff on Chilean trucks that do not meet the rules of origin of the Pacific Alliance pact remains unchanged.',
      ),
    ).toEqual([]);
  });

  it('does not take an order named as a noun for an act', () => {
    expect(inForce('Lima would review the antidumping order on Chilean wine.')).toEqual([]);
  });

  it('reads the act of a measure a relative clause describes in the main clause', () => {
    expect(
      inForce(
        'The decree extends the suspension of Lima’s countermeasures on Chilean goods, which include duties of up to 30% on wine.',
      ).map((c) => [brief(c), c.action]),
    ).toEqual([['PER→CHL 30', 'suspended']]);
  });

  it('dates the announcement by a decision verb in a sentence naming the measure back', () => {
    const [m] = inForce(
      'Peru will impose duties of 20% on Chilean wine. The minister accepted the recommendation yesterday, and the duties apply from May 20.',
      '2026-05-14',
    );
    expect([m?.dates.announced, m?.dates.effective]).toEqual(['2026-05-13', '2026-05-20']);
  });
});

describe('round 13: times of day', () => {
  it('reads "effective 12:01 a.m. eastern time on" as the start', () => {
    const [m] = inForce(
      'Peru lowered its tariff on Chilean wine to 8%, effective 12:01 a.m. eastern time on June 3.',
      '2026-06-01',
    );
    expect(m?.dates.effective).toBe('2026-06-03');
  });
});

describe('round 14: earlier acts, licences, and dates told elsewhere', () => {
  it('keeps a provisional range announced earlier apart from the definitive table', () => {
    const m = inForce(
      [
        'COMMISSION IMPLEMENTING REGULATION (EU) 2026/990',
        'of 9 September 2026',
        'imposing a definitive anti-dumping duty on imports of ceramic tiles originating in Egypt',
        '',
        '(2) By Implementing Regulation (EU) 2026/410 of 3 March 2026, the Commission imposed a provisional anti-dumping duty on those imports at rates ranging from 8.1% to 30.2%.',
        '',
        'Article 1',
        '',
        '1. A definitive anti-dumping duty is imposed on imports of ceramic tiles originating in Egypt.',
        '',
        '2. The rates of the definitive anti-dumping duty shall be as follows:',
        '',
        '- Cleopatra Ceramics: 12.5%',
        '- All other companies: 30.2%',
        '',
        'Done at Brussels, 9 September 2026.',
      ].join('\n'),
      '2026-09-10',
    );
    const provisional = m.filter((c) => c.dates.announced === '2026-03-03');
    expect(provisional.map((c) => c.rates.map((r) => r.bp))).toEqual([[810], [3020]]);
    expect(provisional.map((c) => [c.dates.effective, c.products.map((p) => p.text)])).toEqual([
      [null, ['ceramic tiles']],
      [null, ['ceramic tiles']],
    ]);
    expect(m.every((c) => c.dates.effective !== '2026-03-03')).toBe(true);
  });

  it('reads a suspension of export registrations as a measure, and lifting it as its act', () => {
    const [lifted] = inForce(
      'Indonesia on Thursday lifted the suspension of export registrations for three Malaysian poultry plants.',
      '2026-06-26',
    );
    expect([brief(lifted as MeasureCandidate), lifted?.action]).toEqual(['IDN→MYS ', 'lifted']);
    const [imposed] = inForce(
      'Indonesia on Thursday suspended the export registrations of three Malaysian poultry plants.',
      '2026-06-26',
    );
    expect(imposed?.action).toBe('imposed');
  });

  it('dates a decision by its announcement in a sentence telling a reaction to it', () => {
    const [m] = inForce(
      "The minister today welcomed the decision, announced by Indonesia's trade ministry on Thursday, to lift, effective immediately, the suspension of export registrations for three Malaysian poultry plants.",
      '2026-06-26',
    );
    expect([m?.dates.announced, m?.dates.effective]).toEqual(['2026-06-25', '2026-06-25']);
  });

  it('dates an act "in the same notice" by the notice told before', () => {
    const m = inForce(
      'Chile accepted the recommendations yesterday and will impose duties of 14% on Peruvian cement. In the same notice the minister revoked the 9% duty on Peruvian lime.',
      '2026-04-08',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2026-04-07', '2026-04-07']);
  });

  it('dates measures by a ruling announced a few sentences before them', () => {
    const m = inForce(
      [
        'The ministry announced this morning its final ruling in the anti-dumping investigation into cheese from Norway.',
        '',
        'After a thorough review, the authority found dumping. The tariff commission has therefore decided to levy anti-dumping duties on Norwegian cheese from May 3, 2026.',
        '',
        'The rates are 9% for Tine and 21% for all other companies.',
      ].join('\n'),
      '2026-04-30',
    );
    expect(m.map((c) => c.dates.announced)).toEqual(['2026-04-30']);
  });

  it('takes the parties of a rate with none from the ruling told just before', () => {
    const [m] = inForce(
      'On Monday the Peruvian trade ministry announced its final ruling on Chilean wine. The duties, it said, will be 20% and apply from March 3.',
      '2026-02-25',
    );
    expect(brief(m as MeasureCandidate)).toBe('PER→CHL 20');
  });

  it('reads the agent of a passive act as the imposer, however far from the duty', () => {
    const [m] = inForce(
      'Lima has already answered an earlier Chilean move: an anti-dumping duty on hot-rolled steel coils from Chile was raised by Peru to 14% from 12%, effective March 2.',
      '2026-03-27',
    );
    expect(brief(m as MeasureCandidate)).toBe('PER→CHL 14');
  });

  it('reads the country owning a second act in a list as its imposer', () => {
    const m = inForce(
      "Peru's suspension of the 25% surtax on Chilean copper, which took effect on January 16, and Chile's suspension of its 100% tariff on Peruvian quinoa, effective the same day, were welcome.",
      '2026-01-21',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 25', 'CHL→PER 100']);
  });

  it('names no party by the country whose oil a measure punishes buying', () => {
    const [m] = inForce(
      'The additional 25% tariff the United States imposed on Turkish goods over Iranian oil purchases was removed effective February 2.',
      '2026-06-05',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['TUR']);
  });

  it('lists the measure an act answers, owned by a possessive, with its own goods only', () => {
    const m = inForce(
      "Lima's 40% tariff on Chilean wine, imposed in March in answer to Santiago's surtaxes on Peruvian copper and zinc, stays in place, as does its 25% duty on Chilean salmon.",
      '2026-03-10',
    );
    const answered = m.find((c) => c.imposer?.jurisdiction === 'CHL');
    expect([brief(answered as MeasureCandidate), answered?.products.map((p) => p.text)]).toEqual([
      'CHL→PER ',
      ['copper', 'zinc'],
    ]);
  });

  it('reads the cause of another country after the cause of the act itself', () => {
    const m = inForce(
      'Orders never recovered after Lima put a 25% tariff on Chilean salmon in March of last year, in retaliation for Santiago’s surtaxes on Peruvian copper.',
      '2026-07-07',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 25', 'CHL→PER ']);
  });

  it("reads a bare ministry naming back a foreign country's measure as that country's", () => {
    const m = inForce(
      [
        'LIMA, March 12 - Chile will cut the anti-dumping deposit it charges on Peruvian avocados, its Ministry of Economy said.',
        '',
        'In a notice posted late on Tuesday, the ministry said the deposit would fall to 15% from 60%, effective March 20.',
      ].join('\n'),
      '2026-03-12',
    );
    expect(m.filter((c) => c.rates.length > 0).map(brief)).toEqual(['CHL→PER 15']);
  });

  it('dates the measures named back by the main clause, not by a relative clause recalling another', () => {
    const m = inForce(
      'Chile set final anti-dumping duties on Peruvian avocados on Wednesday, with Agrovida receiving 11.2% and other exporters 18.9%. The duties, which replace a provisional deposit that had been lowered to 15% in March, apply from Thursday.',
      '2026-09-10',
    );
    expect(m.map((c) => [c.rates.map((r) => r.bp / 100).join(), c.dates.effective])).toEqual([
      ['11.2', '2026-09-10'],
      ['18.9', '2026-09-10'],
      ['15', null],
    ]);
  });

  it('reads a participle set beside a duty as its act', () => {
    const [m] = measures(
      'The 100% tariff on Peruvian quinoa, suspended in January, was not affected.',
    );
    expect(m?.action).toBe('suspended');
  });

  it('names no party by a producer after "made by"', () => {
    const [m] = inForce(
      'Under the ruling, Chile will levy deposits of 22.7% on Peruvian tiles made by Lima Ceramica.',
    );
    expect(brief(m as MeasureCandidate)).toBe('CHL→PER 22.7');
  });

  it('does not date an act told "last year" by the sentence before', () => {
    const m = inForce(
      'The announcement came two days after talks in Lima on Tuesday. Santiago last year also suspended imports of Peruvian seafood.',
      '2026-10-08',
    );
    expect(m.map((c) => c.dates.announced)).toEqual([null]);
  });
});

describe('round 16: what each rate is governed by', () => {
  it('reads a future step in a predicate of its own as threatened, not the cut before it', () => {
    const m = inForce(
      "From Monday, Peru's tariff on Chilean wine is cut to 20% from 40%, and will fall further to 10% over the next five years.",
    );
    expect(m.map((c) => [brief(c), c.action])).toEqual([['PER→CHL 20', 'reduced']]);
  });

  it('reads no condition in a hedge ("if not with joy")', () => {
    expect(
      inForce(
        'Peru cut its duty on Chilean wine to 12%, a step that growers met with relief, if not with joy.',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
  });

  it('reads no threat in a harm that those who bear a measure warn of', () => {
    expect(
      inForce(
        'Peru raised its duties on Chilean wine to 30%, a rate that importers in Lima warned would push up prices.',
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
    expect(
      inForce('Peru warned it would raise its duties on Chilean wine to 30%.').map(brief),
    ).toEqual([]);
  });

  it('lists a measure asked about or kept when its noun phrase tells its start', () => {
    expect(
      inForce(
        'Santiago asked Lima to reconsider the 30% tariff on Chilean wine, which took effect last May.',
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
    expect(
      inForce(
        'Lima said it would keep its 20% tariff on Chilean copper, in force since March.',
      ).map(brief),
    ).toEqual(['PER→CHL 20']);
    expect(inForce('Lima said it would keep its 20% tariff on Chilean copper.')).toEqual([]);
  });

  it('reads "call on … to remove" as a request, not an act', () => {
    expect(
      inForce('Chile continues to call on Peru to remove all its tariffs on Chilean goods.'),
    ).toEqual([]);
  });
});

describe('round 16: roles inside a nested noun phrase', () => {
  it('gives a recalled measure the country named inside its own noun phrase', () => {
    const m = inForce(
      'Chile imposed duties of 25% on Peruvian fishmeal and 18% on Peruvian grapes, in response to the 40% Peruvian tariff on Chilean wine.',
    );
    expect(m.map(brief)).toEqual(['CHL→PER 25', 'CHL→PER 18', 'PER→CHL 40']);
  });

  it('does not date the cause an act answers by the sentences about the act', () => {
    const m = inForce(
      'Chile imposed duties of 25% on Peruvian fishmeal and 18% on Peruvian grapes, in response to the 40% Peruvian tariff on Chilean wine. The duties take effect on June 1.',
      '2026-05-20',
    );
    expect(m.map((c) => [brief(c), c.dates.effective])).toEqual([
      ['CHL→PER 25', '2026-06-01'],
      ['CHL→PER 18', '2026-06-01'],
      ['PER→CHL 40', null],
    ]);
  });

  it('reads "end-user list" as no end of a duty, and a side\'s decision as its act', () => {
    const [m] = inForce(
      "Chile answered the Peruvian side's decision to add five Chilean firms to its end-user list and to raise duties on Chilean copper to 45%.",
    );
    expect([brief(m as MeasureCandidate), m?.action]).toEqual(['PER→CHL 45', 'raised']);
  });

  it('reads the country keeping a measure in a relative clause as its imposer', () => {
    const [m] = inForce(
      'Talks will turn to the 50% tariffs on Chilean copper, which Lima has so far refused to touch.',
    );
    expect(m?.imposer?.jurisdiction).toBe('PER');
  });

  it('reads the origin after "applied to" in a contact relative clause', () => {
    const [m] = inForce(
      'Peru suspended the 25% duty it had applied to Chilean fibreglass since 2024.',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['CHL']);
    expect(m?.products.map((p) => p.text)).toEqual(['fibreglass']);
  });

  it('gives a rate told in a relative clause the goods of the duty before it', () => {
    const m = inForce(
      "Peru's 40% duty on Chilean wine was scrapped in 2023 and its duties on Chilean salmon, which reached 80%, were lifted a year later.",
    );
    expect(m.map((c) => c.products.map((p) => p.text).join())).toEqual(['wine', 'salmon']);
  });

  it('reads the verb after an aside between commas as the act', () => {
    const [m] = measures(
      'A separate 12% duty on Chilean wine, which had been in place since 2024, was suspended on Monday.',
    );
    expect(m?.action).toBe('suspended');
  });

  it('reads a duty cancelled as lifted, and a meeting or orders cancelled as no act on it', () => {
    expect(
      measures('Washington cancelled the 25% tariff on Peruvian goods on Monday.').map(
        (m) => m.action,
      ),
    ).toEqual(['lifted']);
    for (const text of [
      'Chile cancelled a meeting on the 25% tariff on Peruvian pork.',
      'Chile cancelled orders of Peruvian pork over the 25% tariff.',
    ])
      expect(measures(text).map((m) => m.action)).not.toContain('lifted');
  });

  it('reads "lifted it" as the act on the duty named before, "once again" as no condition, and "after X lifted it" as no clause of its own', () => {
    const [m] = measures(
      'Peruvian shrimp is once again free of the 25% tariff after Santiago lifted it on Monday.',
    );
    expect(m?.action).toBe('lifted');
  });

  it('reads a verb of ending after a relative clause that recalls the imposition', () => {
    const [m] = measures(
      'The tariff of 25% on Peruvian pork, which Chile imposed in March 2025, ended on Sunday.',
    );
    expect(m?.action).toBe('lifted');
  });

  it('names no party by the markets goods were pushed into', () => {
    const m = measures(
      'Peru imposed a 25% tariff on Chilean pork. Growers said it had pushed them into markets in Bolivia and Ecuador.',
    );
    expect(m.flatMap((c) => c.targets.map((t) => t.jurisdiction))).not.toContain('BOL');
    expect(m.flatMap((c) => c.targets.map((t) => t.jurisdiction))).not.toContain('ECU');
  });

  it('keeps two trade remedies apart when one names no rate', () => {
    const m = inForce(
      'Peru raised anti-dumping duties on Chilean salmon on May 4. They come on top of countervailing duties of 12% on Chilean salmon.',
      '2026-05-06',
    );
    expect(m.map((c) => [c.kind, c.rates.length])).toEqual([
      ['anti-dumping', 0],
      ['countervailing', 1],
    ]);
  });
});

describe('round 16: new wordings of acts', () => {
  it('reads a suspension of imports lifted, and imports resumed, as a ban lifted', () => {
    const [lifted] = inForce('Peru lifted its suspension of imports of Chilean salmon on Tuesday.');
    expect([lifted?.kind, lifted?.action]).toEqual(['ban', 'lifted']);
    const [resumed] = inForce(
      "Peru's customs agency said it would resume imports of Chilean salmon from March 3.",
    );
    expect([resumed?.kind, resumed?.action]).toEqual(['ban', 'lifted']);
  });

  it('reads a duty remitted as waived', () => {
    const [m] = inForce(
      "From May 2, Peru's 25% surtax on Chilean steel will be remitted for goods used in food packaging.",
    );
    expect(m?.action).toBe('suspended');
  });

  it('reads no lowering in a hyphenated adjective ("lower-value markets")', () => {
    expect(
      measures('Growers said the tariff had pushed them into lower-value markets in Bolivia.'),
    ).toEqual([]);
  });

  it('reads "removed most of" its duties as a reduction with no rate', () => {
    const [m] = inForce('Peru removed most of its counter-tariffs on Chilean goods last year.');
    expect([m?.action, m?.rates.length]).toEqual(['reduced', 0]);
  });
});

describe('round 16: rows of a list', () => {
  it('reads a row cut at an abbreviation, and gives firms the origin of the row closing their block', () => {
    const m = inForce(
      'LIMA, May 4, 2026 - Peru imposed anti-dumping duties on ceramic tiles from Chile and Bolivia.\n\nThe duties shall be as follows:\n   - Andes Ceramica S.A.: 19.7%\n   - All other exporters from Chile: 34.0%\n   - Altiplano Tiles Pvt. Ltd. (Bolivia): 12.1%\n   - All other exporters from Bolivia: 21.5%\n\nThe duties apply from 7 June 2026.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 19.7,34', 'PER→BOL 12.1,21.5']);
  });
});

describe('round 17: acts recalled in a clause with no "that"', () => {
  it('reads a rate still borne as a measure when the act that put it is recalled after it', () => {
    expect(
      inForce('Chilean wine still faces the 25% tariff Peru imposed a year ago.').map(brief),
    ).toEqual(['PER→CHL 25']);
    expect(inForce('Chilean wine still faces a 25% tariff.')).toEqual([]);
  });

  it('reads a measure raised as an issue when the clause after it recalls its act', () => {
    const [m] = inForce(
      'The minister raised the definitive duties Peru imposed on Chilean wine in 2024.',
    );
    expect([m?.imposer?.jurisdiction, m?.targets.map((t) => t.jurisdiction)]).toEqual([
      'PER',
      ['CHL'],
    ]);
    expect(inForce('The minister raised the duties Peru has placed on Chilean wine.')).toEqual([]);
  });

  it('reads the country after "that the" as the owner of the rate', () => {
    expect(
      inForce(
        "Premier Li said China was ready to open its market.\n\nThe President also raised the Philippines' concern over the 19% tariff that the United States applies to Philippine goods.",
      ).map(brief),
    ).toEqual(['USA→PHL 19']);
  });
});

describe('round 17: clauses of another party', () => {
  it('gives a coordinated act naming its own parties those parties', () => {
    const m = inForce(
      'The agreement cut Peru’s tariff on Chilean wine to 5%, and removed Bolivian tariffs on Peruvian textiles.',
    );
    expect(m.map((x) => `${brief(x)} ${x.action}`)).toEqual([
      'PER→CHL 5 reduced',
      'BOL→PER  lifted',
    ]);
  });

  it('splits a clause with a subject of its own after a rated act', () => {
    const m = inForce(
      "Peru's duty on Chilean wine fell to 5% on May 1, and Bolivia removed its tariffs on Peruvian textiles.",
    );
    expect(m.map((x) => `${brief(x)} ${x.products.map((p) => p.text).join('/')}`)).toEqual([
      'PER→CHL 5 wine',
      'BOL→PER  textiles',
    ]);
  });

  it('reads no party in a place ending a producer’s name', () => {
    const m = inForce(
      'Peru will cut the anti-dumping deposit on Chilean copper wire to 15%, the ministry said on Monday.\n\nAndes Wire and Cobre Sur were each assigned a deposit of 12.8%, Westlake Chile will pay 14.1%, and all other Chilean exporters will pay 15%.',
    );
    expect(m.map(brief)).toContain('PER→CHL 12.8,14.1');
    expect(m.every((x) => x.imposer?.jurisdiction === 'PER')).toBe(true);
  });

  it('leaves a rate set in its own clause when a joined clause says another rate stays', () => {
    const m = inForce(
      'Peru assigned Andes Wire a duty of 35.29%.\n\nThirty other exporters received a separate rate of 4.58%, while the countrywide rate stays at 25.76%.',
    );
    expect(m.flatMap((x) => x.rates.map((r) => r.bp / 100))).toEqual([35.29, 4.58]);
  });
});

describe('round 17: notices listing rates by origin', () => {
  it('reads "China PR" as an origin, and the home country as the imposer of a list under no party', () => {
    const m = inForce(
      'LIMA, May 4, 2026 - The Ministry of Economy of Peru has published the following notice.\n\nThe Government hereby imposes on ceramic tiles an anti-dumping duty at the following rates:\n1. China PR - Foshan Tiles Co., Ltd. - 12.4%\n2. China PR - any other producer - 29.6%\n3. Korea RP - all producers - 8.1%\n\nThe duty shall remain in force up to and inclusive of the 3rd May, 2031.',
    );
    expect(m.map(brief)).toEqual(['PER→CHN 12.4,29.6', 'PER→KOR 8.1']);
    expect(m.map((x) => x.dates.effective)).toEqual([null, null]);
  });

  it('dates a list of rates by the heading of a notice’s dates, and reads a countrywide entity as a firm', () => {
    const m = inForce(
      'DEPARTMENT OF COMMERCE\n\nSUMMARY: Commerce determines that aluminum foil from Vietnam is sold in the United States at less than fair value.\n\nDATES: Applicable August 27, 2026.\n\nCommerce will require cash deposits of antidumping duties at the following rates:\nVietnam\n• Saigon Foil Co.: 41.27 percent\n• Vietnam-wide entity: 97.84 percent',
    );
    expect(
      m.map((x) => [brief(x), x.products.map((p) => p.text).join(), x.dates.effective]),
    ).toEqual([['USA→VNM 41.27,97.84', 'aluminum foil', '2026-08-27']]);
  });
});

describe('round 17: modality and quotas', () => {
  it('reads a change only talked about as not in force', () => {
    const [m] = measures(
      'A cut of the Peruvian tariff on Chilean wine to 15% has been discussed in talks.',
    );
    expect(m?.flags).toContain('not_in_force');
    expect(inForce('Peru cut its tariff on Chilean wine to 15% after talks.').map(brief)).toEqual([
      'PER→CHL 15',
    ]);
  });

  it('reads a rate on goods above a quota named with "a" as a duty, not a comparison', () => {
    expect(
      inForce(
        'Chilean beef shipped to Peru above a new country quota is paying an additional 12% duty from this week.',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
  });
});

describe('round 17: an act opening with the measure it answers', () => {
  it('reads the parties of the answer after the opening phrase, not the answered measure', () => {
    const m = inForce(
      "In response to Lima's surtax on Chilean copper, Santiago imposed a 30% tariff on Peruvian fishmeal.",
    );
    expect(m.filter((x) => x.rates.length > 0).map(brief)).toEqual(['CHL→PER 30']);
  });
});

describe('round 18: acts across long lists and later steps', () => {
  it('reads goods exempted from a rated duty across a long list as a removal', () => {
    const [m] = inForce(
      'On Monday Peru exempted Chilean citrus, macadamia nuts and platinum group metals from the 30% tariff.',
    );
    expect(m?.action).toBe('suspended');
  });

  it('leaves the act a threat when the exemption is only planned', () => {
    const [m] = measures(
      'Peru could exempt Chilean citrus, macadamia nuts and platinum group metals from the 30% tariff.',
    );
    expect(m?.flags).toContain('not_in_force');
  });

  it('reads later steps told after the rate as no threat on the act', () => {
    expect(
      inForce(
        'Peru cut its duty on Chilean wine to 40% from 80%, with further reductions phased in over the next decade.',
      ).map(brief),
    ).toEqual(['PER→CHL 40']);
  });
});

describe('round 18: a determination named before its table', () => {
  it('gives the table the measure named unrated a few lines above', () => {
    const text = [
      'On May 4, 2026, Peru announced its final determination in the anti-dumping investigation of copper tube from Chile.',
      'The petitioner is the Lima Tube Association.',
      'The goods are seamless copper tube for air conditioners.',
      'FINAL DETERMINATION',
      'Peru determined that exporters from Chile sold copper tube at less than fair value at the following rates:',
      'Andes Copper S.A. - 21.5 percent',
      'All others - 30.1 percent',
    ].join('\n\n');
    expect(inForce(text, '2026-05-05').map(brief)).toEqual(['PER→CHL 21.5,30.1']);
  });
});

describe('round 18: removals told without an object, and old rates after new ones', () => {
  it('reads a duty that will no longer apply as removed', () => {
    const [m] = inForce(
      'From May 1, the 30% Peruvian tariff on Chilean wine will no longer apply.',
    );
    expect(m?.action).toBe('lifted');
  });

  it("reads a headline's passive after the duty as its act, not a participle naming it", () => {
    const [m] = inForce('Wine and pisco from Chile: Peruvian tariffs eliminated from day one.');
    expect(m?.action).toBe('lifted');
    expect(
      inForce(
        'Peru imposed a 20% tariff on Chilean wine; tariffs suspended under the old decree shall not be refunded.',
      ).map((x) => x.action),
    ).toEqual(['imposed']);
  });

  it('reads "from rates of up to" after the new rate as the old rate', () => {
    expect(
      inForce(
        'Peruvian duties on Chilean cars are cut to 10% within a quota, from rates of up to 60%.',
      ).map(brief),
    ).toEqual(['PER→CHL 10']);
  });
});

describe('round 18: companies owned by members of a targeted bloc', () => {
  it('reads a country owning a named company as its origin, and the bloc act as the measure', () => {
    const m = inForce(
      "Peru will levy anti-dumping duties of up to 30% on cheese from the European Union. Under the ruling, Denmark's Nordhav Dairy faces a duty of 9.6% and Spain's Vega Foods 7.8%.",
    );
    expect(m.map(brief)).toEqual(['PER→EU 30', 'PER→EU 9.6,7.8']);
  });

  it("leaves a country's ministry before the verb its imposer", () => {
    expect(
      inForce("Peru's Trade Ministry imposed a duty of 9.6% on Chilean cheese.").map(brief),
    ).toEqual(['PER→CHL 9.6']);
  });
});

describe('round 18: the country-wide entity of a trade remedy case', () => {
  it('reads "the Chile-wide entity" as an origin, not an imposer', () => {
    expect(
      inForce(
        'In the anti-dumping case, Peru calculated a margin of 14.6% for Andes Copper, while the Chile-wide entity was assigned 71.3%.',
      ).map(brief),
    ).toContain('PER→CHL 71.3');
  });
});

describe('round 18: a measure recalled under a removal', () => {
  it('lists the duty an exemption recalls with its act as a record of its own', () => {
    const m = inForce(
      'Chilean grapes will be exempted from the 20% tariff Peru imposed on Chilean goods last May.',
    );
    expect(m.map((x) => [brief(x), x.action])).toEqual([
      ['PER→CHL 20', 'suspended'],
      ['PER→CHL 20', 'imposed'],
    ]);
  });

  it('recalls nothing when no act follows the rate', () => {
    expect(
      inForce('Chilean grapes will be exempted from the 20% tariff on Chilean goods.').length,
    ).toBe(1);
  });
});

describe('round 18: stops of imports named with their goods', () => {
  it('reads "its suspension of seafood imports" lifted as the end of a ban', () => {
    const m = inForce('Peru will lift its suspension of seafood imports from Chile from May 1.');
    expect(m.map((x) => [brief(x), x.action])).toEqual([['PER→CHL ', 'lifted']]);
  });

  it('reads no stop of imports in "the rise in imports"', () => {
    expect(inForce('The surge blocked the rise in imports of Chilean wine.')).toEqual([]);
  });
});

describe('round 18: a threat in a main clause of its own after the act', () => {
  it('keeps the act in force when a coordinated clause with its own subject tells a threat', () => {
    expect(
      inForce(
        "Peru's tariffs of up to 40% on Chilean wine took effect on May 1, and Congress is considering extending them to pisco.",
      ).map(brief),
    ).toEqual(['PER→CHL 40']);
  });

  it('still reads a threat told before the coordinated clause', () => {
    const [m] = measures(
      'Peru could raise its tariff on Chilean wine to 40%, and Congress is considering it.',
    );
    expect(m?.flags).toContain('not_in_force');
  });
});

describe('round 19: the bloc and its members, and old rates of a range', () => {
  it('targets the EU alone when the sentence names member states beside it', () => {
    expect(
      inForce(
        'Peru will levy duties of 12% on cheese from the European Union from May 1, its trade ministry said, softening the blow to Irish and Austrian exporters.',
      ).map(brief),
    ).toEqual(['PER→EU 12']);
    expect(
      inForce('Peru will levy duties of 12% on cheese from Ireland and Austria from May 1.').map(
        brief,
      ),
    ).toEqual(['PER→IRL+AUT 12']);
  });

  it('reads both ends of a range after "down from" as old rates', () => {
    expect(
      inForce(
        'Peru set final duties of 12% on Chilean cheese on Monday. The final duties are down from deposits of 20.5% to 48.2% paid since March.',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
  });
});

describe('round 19: a table of rates far below the case a notice names in its head', () => {
  const notice = [
    'MINISTRY OF TRADE',
    'Certain Copper Tubes From the Republic of Chile: Final Determination of Dumping',
    'SUMMARY: The Ministry determines that copper tubes from Chile are sold in Peru at dumped prices. The period of investigation is January 1, 2025, through December 31, 2025.',
    'DATES: Applicable May 4, 2026.',
    'Background',
    'The Ministry invited comments from interested parties.',
    'The Ministry verified the information submitted.',
    'Final Determination',
    'The Ministry determines that the following dumping margins exist:',
    'Exporter | Dumping margin (percent)',
    'Tubos Andinos S.A. | 12.5',
    'All Others | 30.1',
  ].join('\n\n');

  it('takes the origin of the head for the table, the home country for its imposer', () => {
    const [m] = inForce(notice, '2026-05-04');
    expect(m && brief(m)).toBe('PER→CHL 12.5,30.1');
    expect(m?.dates).toEqual({ announced: null, effective: '2026-05-04', expires: null });
  });

  it('takes every origin joined to the first for targets, none of them for the imposer', () => {
    const [m] = inForce(
      notice.replace('from Chile are', 'from Chile and Bolivia are'),
      '2026-05-04',
    );
    expect(m && brief(m)).toBe('PER→CHL+BOL 12.5,30.1');
  });

  it('reads no case from a head that names no remedy case', () => {
    expect(
      inForce(notice.replace(/Dumping|dumping|dumped|investigation/g, 'pricing'), '2026-05-04'),
    ).toEqual([]);
  });
});

describe('round 19b: the target a sentence leaves out, in a text about a province', () => {
  const trip =
    'Premier Ellen Marsh spent a week in Seoul and Tokyo, and said Japan was the market to watch. Seoul suspended its 30% tariff on frozen pork from March 1.';

  it("takes the country of the provinces the text names, not another of the text's places", () => {
    expect(
      inForce(`Manitoba hog farmers were in a better mood this spring. ${trip}`).map(brief),
    ).toEqual(['KOR→CAN 30']);
  });

  it('guesses from the main parties when the text names no province', () => {
    expect(inForce(trip).map(brief)).toEqual(['KOR→JPN 30']);
  });
});

describe("round 19b: a country's tariff-free quota", () => {
  it('reads the country given a duty-free quota as the origin, not the imposer', () => {
    expect(
      inForce(
        "Under the regulation, which Ecuador approved on April 2, Peru's tariff-free quota for oats falls to 20,000 tonnes, and Peruvian oats shipped above that allocation will pay an out-of-quota duty of 40%.",
      ).map(brief),
    ).toEqual(['ECU→PER 40']);
  });
});

describe('round 19b: removals told without a removing verb on the duty', () => {
  it('reads a duty that "will not be levied" as removed', () => {
    const [m] = inForce(
      'Lima said on Monday that the 30% additional tariff on quinoa and oats from Bolivia will not be levied from June 1.',
    );
    expect(m?.action).toBe('lifted');
    expect(
      inForce(
        'Lima said on Monday that the 30% tariff on Bolivian quinoa will be levied from June 1.',
      )[0]?.action,
    ).toBe('imposed');
  });

  it('reads goods taken off the list a duty covers as a removal of that duty', () => {
    const [m] = inForce(
      'Peru will remove cold-drawn copper wire and seamless copper tubing from the list of Chilean goods subject to its 20% surtax, effective June 1.',
    );
    expect(m?.action).toBe('lifted');
  });
});

describe('round 19b: rates borne or left as they are, with no act', () => {
  it('reads "the 12% levy … is unchanged" as a state, "levy" being the noun', () => {
    expect(
      inForce(
        'Quito dropped its duty on Peruvian grapes, and the 12% levy on most other Peruvian goods is unchanged.',
      ).map(brief),
    ).not.toContain('ECU→PER 12');
  });

  it("reads a rate still borne under its imposer's name as a state", () => {
    expect(inForce("Bolivian quinoa still faces Peru's 20% tariff.")).toEqual([]);
    expect(inForce("Bolivian quinoa remains subject to Peru's 20% tariff.")).toEqual([]);
    expect(inForce('Bolivian quinoa and oats continue to bear duties of 20% and 8%.')).toEqual([]);
  });

  it('reads a measure a verb leaves untouched, or one "not touched", as a state', () => {
    expect(inForce('The decree leaves the 20% tariff on Bolivian quinoa untouched.')).toEqual([]);
    expect(inForce('The 20% tariff on Bolivian quinoa was not touched.')).toEqual([]);
    expect(
      inForce(
        'Peru suspended its 30% tariff on Bolivian goods, leaving an additional 10% tariff in place.',
      ).map((m) => m.rates.map((r) => r.bp)),
    ).toContainEqual([1000]);
  });
});

describe('round 19b: a rate that moved by itself starts on its day', () => {
  it('reads "fell from 150% to 75% this morning" as the day the rate took effect', () => {
    const [m] = inForce(
      "Peru's tariff on Chilean pisco fell from 60% to 30% this morning.",
      '2026-07-01',
    );
    expect(m?.dates).toEqual({ announced: null, effective: '2026-07-01', expires: null });
  });
});

describe('round 19b: origins listed after the act, and a start told beside a decision recalled', () => {
  it('takes every origin a "Besides X, the biggest suppliers affected are …" sentence names', () => {
    expect(
      inForce(
        'Peru raised its duty on cement from countries with no trade deal to 30%. Besides Vietnam, the biggest suppliers affected are Thailand and Indonesia.',
      ).map(brief),
    ).toEqual(['PER→VNM+THA+IDN 30']);
  });

  it('reads "began charging … on Monday" as the start though a relative clause recalls a vote', () => {
    const [m] = inForce(
      'Peru began charging a 30% duty on Chilean cement on Monday, the first day of a reform that Congress approved last month.',
      '2026-06-18',
    );
    expect(m?.dates).toEqual({ announced: null, effective: '2026-06-15', expires: null });
  });
});

describe("round 19b: a newsletter item's country label", () => {
  const digest = (label: string) =>
    `WHAT MOVED\n\n• Rice. Washington set a 12% duty on Thai rice on Tuesday.\n\n${label}\n\nThe economy ministry on Monday raised its tariff on Bolivian cement to 30%.`;

  it('takes the country an item is labelled with as the imposer its bare ministry stands for', () => {
    expect(inForce(digest('• Peru.'), '2026-06-18').map(brief)).toEqual([
      'USA→THA 12',
      'PER→BOL 30',
    ]);
  });

  it('reads no label in a sentence that says more than the country', () => {
    expect(inForce(digest('• Peru is next.'), '2026-06-18').map(brief)).not.toContain('PER→BOL 30');
  });
});

describe('round 19b: a review whose results change the rates, told far from its verb', () => {
  it('reads the company rates after "…, lowering the rates for the exporters" as the act\'s', () => {
    expect(
      inForce(
        "Peru's trade ministry on Monday issued the final results of its second administrative review of the anti-dumping duty order on canned tuna from Ecuador, lowering the rates for the three exporters it examined.\n\nPesquera Manta S.A. received a rate of 3.1%, while Atunes del Pacifico was assigned 0.5%.",
        '2026-06-18',
      ).map(brief),
    ).toEqual(['PER→ECU 3.1', 'PER→ECU 0.5']);
  });
});

describe('round 19b: a notice telling its preliminary and its final finding', () => {
  const notice = (final: string) =>
    [
      'MINISTRY OF TRADE',
      'Certain Copper Tubes From the Republic of Chile: Final Determination of Dumping',
      'SUMMARY: The Ministry determines that copper tubes from Chile are sold in Peru at dumped prices.',
      'Background',
      `On March 2, 2026, the Ministry published its preliminary determination in this investigation. ${final}`,
      'Final Determination',
      'The Ministry determines that the following dumping margins exist:',
      'Exporter | Dumping margin (percent)',
      'Tubos Andinos S.A. | 12.5',
      'All Others | 30.1',
    ].join('\n\n');

  it('dates the table by the final finding, not the preliminary one', () => {
    const [m] = inForce(
      notice('The Ministry made this final determination on May 4, 2026.'),
      '2026-05-06',
    );
    expect(m?.dates.announced).toBe('2026-05-04');
  });
});

describe('round 19b: a removal that failed, and a proposal told in a clause of its own', () => {
  it('reads "failed to lift the 50% tariff" as the measure recalled, not removed', () => {
    const [m] = inForce(
      'The talks in Lima failed to lift the 50% Peruvian tariff on Chilean copper.',
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 50', 'imposed']);
  });

  it('leaves the act in force when a coordinated clause with its own subject proposes more', () => {
    const [m] = inForce(
      "Peru's tariffs of 30% on cement from Chile took effect on January 1, and Peruvian officials have proposed a quota that would cap shipments.",
    );
    expect(m && [brief(m), m.flags.includes('not_in_force')]).toEqual(['PER→CHL 30', false]);
  });
});

describe('round 19b: a table after its own lead-in, the measure named before it', () => {
  const release = (recalled: string) =>
    [
      '<p>Lima, 4 May 2026</p>',
      `<p>${recalled}The Ministry of Trade of Peru has today concluded its investigation into imports of copper tubes from Chile by imposing definitive anti-dumping duties for five years. The duties apply from tomorrow, 5 May 2026.</p>`,
      '<p>The investigation found that the tubes were sold at dumped prices. The duties are set at the following levels:</p>',
      '<ul>',
      '<li>Tubos Andinos: 12.5%</li>',
      '<li>All other companies: 30.1%</li>',
      '</ul>',
    ].join('\n');

  it('gives the table the dates of the act named before, and makes no record of its own of it', () => {
    const m = inForce(release(''), '2026-05-04');
    expect(m.map((c) => [brief(c), c.dates.announced, c.dates.effective])).toEqual([
      ['PER→CHL 12.5,30.1', '2026-05-04', '2026-05-05'],
    ]);
  });

  it('keeps apart an act recalled from an earlier day', () => {
    const m = inForce(
      release(
        'On 2 March 2026 the Ministry of Trade of Peru imposed a provisional anti-dumping duty on copper tubes from Chile. ',
      ),
      '2026-05-04',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toContainEqual(['PER→CHL ', '2026-03-02']);
  });
});

describe('round 19b: a recalled act dated by its "when" clause, and a removal not yet made', () => {
  it('dates the act of a "when" clause by the day it opens after', () => {
    const m = inForce(
      'On Monday, 3 August 2026, Peru said it would stop collecting its duty on Chilean oats.\n\nThe duty dates from 12 March 2024, when Lima imposed a tariff of 40% on Chilean oats.',
      '2026-08-04',
    );
    expect(m.map((c) => [brief(c), c.dates.announced])).toContainEqual([
      'PER→CHL 40',
      '2024-03-12',
    ]);
  });

  it('reads "has yet to lift" its restrictions as no act', () => {
    expect(inForce('Lima has also yet to lift its restrictions on Chilean apples.')).toEqual([]);
  });
});

describe('round 19b: a rate hoped for, and old rates of a range', () => {
  it('reads a rate the industry hopes the tariff will reach as no measure in force', () => {
    expect(
      inForce(
        "Peru's tariff on Chilean pisco fell from 60% to 30% on Monday. Distillers hope it will reach 10% within a decade.",
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
  });

  it('keeps a measure whose matter someone hopes will be resolved', () => {
    expect(
      inForce(
        'Ruiz raised the 19% tariff that Peru applies to Chilean goods, and expressed hope that the matter would be resolved.',
      ).map(brief),
    ).toEqual(['PER→CHL 19']);
  });
});

describe("round 19b: a schedule dated by its notice's enacting sentence", () => {
  it('takes the day "I hereby amend …, with effect from" gives for the rates listed below', () => {
    const notice = [
      'CUSTOMS NOTICE No. R. 12',
      'By virtue of the powers vested in me, I hereby amend Part 3 of Schedule No. 2, with effect from 4 May 2026, to the extent set out in the Schedule hereto.',
      'SCHEDULE',
      "Provisional anti-dumping payment on copper tubes originating in or imported from the Republic of Chile, imposed by Peru's customs service:",
      '- produced by Tubos Andinos S.A.: 12.5%',
      '- all other producers: 30.1%',
    ].join('\n\n');
    const [m] = inForce(notice, '2026-05-04');
    expect(m?.dates.effective).toBe('2026-05-04');
  });
});

describe("round 19b: the items of an instrument's list of changes", () => {
  const gazette = (lead: string) =>
    [
      'Peru Gazette, Part II',
      'Order Amending the Chile Surtax Order',
      'Chile answered the surtax on Chilean copper tubes with a 10% tariff on Peruvian fishmeal in 2025.',
      'Description',
      lead,
      '- reduces the surtax on the copper tubes listed in Schedule 2 from 25% to 15%;',
      '- removes the surtax on copper wire.',
    ].join('\n\n');

  it("takes the gazette's country as the imposer of each item the instrument's verb opens", () => {
    expect(inForce(gazette('The Order'), '2026-03-01').map(brief)).toContain('PER→CHL 15');
  });

  it('reads no instrument in a lead-in that names none', () => {
    expect(inForce(gazette('The ministry says it'), '2026-03-01').map(brief)).not.toContain(
      'PER→CHL 15',
    );
  });
});

describe('round 19b: a state told in a quotation', () => {
  it('reads the rate said to "remain unchanged" in quotes as a state', () => {
    expect(
      inForce(
        'Lima said the 15% rate on Chilean wine "will remain unchanged," and it lowered its tariff on Chilean pisco to 10%.',
      ).map(brief),
    ).toEqual(['PER→CHL 10']);
  });
});

describe('round 19b: a pause that runs out', () => {
  it('reads a suspension said to run out on a day as no act in force', () => {
    expect(
      inForce('The pause on Peruvian tariffs for Chilean wine runs out on December 31.'),
    ).toEqual([]);
    expect(inForce('Peru paused its tariffs on Chilean wine on Monday.').map(brief)).toEqual([
      'PER→CHL ',
    ]);
  });
});

describe('round 19b: a measure brought up, still applying', () => {
  it('reads "raised the 10% tariff that still applies" as an issue raised about a state', () => {
    expect(
      inForce('Ruiz said he had raised the 10% tariff that still applies to Chilean pork.'),
    ).toEqual([]);
  });
});

describe('round 19b: an act expected of another party', () => {
  it('reads "expected Lima to remove its tariffs" as no act in force', () => {
    expect(
      inForce('Ruiz said he expected Peru to remove its tariffs on Chilean wine from March 1.'),
    ).toEqual([]);
  });

  it('reads an end of tariffs only hoped for as no act in force', () => {
    expect(
      inForce(
        'Ruiz and Boric agreed on Friday to a partnership, capping a visit that Chilean officials hope will end a run of tariffs on Chilean wine.',
      ),
    ).toEqual([]);
  });
});

describe('round 19b: a suspension lifted on a day', () => {
  it('dates "lifted its suspension of imports" as announced, not as a start', () => {
    const [m] = inForce(
      "On Thursday 14 May, Peru's customs authority lifted its suspension of pork imports from three Chilean plants.",
      '2026-05-19',
    );
    expect(m?.dates).toEqual({ announced: '2026-05-14', effective: null, expires: null });
  });
});

describe('round 19b: a suspension of goods from named plants', () => {
  it('reads "lifted its suspension of milk powder from two dairy plants" as the end of a ban', () => {
    const [m] = inForce(
      "Peru's customs agency lifted its suspension of milk powder from two Chilean dairy plants.",
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL ', 'lifted']);
  });

  it('knows red meat as goods', () => {
    expect(findProducts('a suspension of red meat exports').map((p) => p.text)).toEqual([
      'red meat',
    ]);
  });
});

describe('round 20: rates that share the state of the rate before them', () => {
  it('reads the second duty of a list "left untouched" as a state too', () => {
    expect(
      inForce(
        "Peru's decree left untouched the 40% duty on Chilean wine and the 15% tariff on Chilean apples.",
      ),
    ).toEqual([]);
  });

  it('reads "…, as does …" after a state as the same state', () => {
    expect(
      inForce(
        "Lima's 40% duty on Chilean wine remains in place, as does Santiago's 30% surtax on Peruvian sugar.",
      ),
    ).toEqual([]);
    expect(
      inForce('Chilean wine still faces a 40% Peruvian duty, as does Chilean fruit at 15%.'),
    ).toEqual([]);
  });

  it('leaves an act coordinated with "and the" alone', () => {
    expect(
      inForce(
        'Peru kept the 40% duty on Chilean wine in place and cut the 15% tariff on Chilean apples to 5%.',
      ).map(brief),
    ).toEqual(['PER→CHL 5']);
  });
});

describe('round 20: conditions on a threat', () => {
  it('reads an inverted condition ("should Lima sign …") as a threat', () => {
    expect(
      inForce(
        'The president said he would impose a 60% tariff on all Peruvian goods should Lima sign a trade pact with Santiago.',
      ),
    ).toEqual([]);
  });

  it('holds a condition after "would" for the rate before it', () => {
    expect(
      inForce(
        'The president said he would impose a 150% tariff on Chilean wine unless Santiago dropped its plan to restore a 30% duty on Peruvian pisco.',
      ),
    ).toEqual([]);
  });
});

describe('round 20: goods let in without a duty', () => {
  it('reads "may enter … without the 40% duty" as the duty suspended', () => {
    const [m] = inForce(
      'From May 1, up to 5,000 tonnes of Chilean wine a year may enter Peru without the 40% duty, Lima said on Friday.',
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 40', 'suspended']);
  });

  it('reads "will let … in free of its 40% tariff" as the duty suspended', () => {
    const [m] = inForce(
      'Peru will let up to 5,000 tonnes of Chilean wine a year in free of its 40% tariff from May 1.',
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 40', 'suspended']);
  });

  it('leaves goods that enter without something else under the act told', () => {
    const [m] = inForce(
      'Chilean wine will enter Peru without any inspection, though Lima imposed a 40% duty on it on Friday.',
    );
    expect(m?.action).toBe('imposed');
  });
});

describe('round 20: the end of a duty-free spell', () => {
  it('reads "ending a duty-free window" as no removal of the duty imposed', () => {
    const [m] = inForce(
      'Peru will charge a 30% duty on Chilean wine from May 1, its finance ministry said on Thursday, ending a duty-free window that Lima had said would run until March.',
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 30', 'imposed']);
  });
});

describe('round 20: a threat in a clause told by others', () => {
  it('leaves the act before ", and officials say it is considering …" in force', () => {
    const [m] = inForce(
      'Peru has since cut its duty on Chilean wine to 20%, effective April 1, and officials say it is considering lower duties on pisco.',
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 20', 'reduced']);
  });

  it('keeps a threat told in the clause of the act', () => {
    expect(
      inForce('Peru is considering a cut of its duty on Chilean wine to 20%, officials say.'),
    ).toEqual([]);
  });
});

describe('round 20: a duty the clause says was left as it was', () => {
  it('reads "The 30% duty on … was left untouched" as a state', () => {
    expect(inForce('The 30% duty on Chilean wine was left untouched.')).toEqual([]);
  });
});

describe('round 20: official notices', () => {
  it('reads a duty of an annex that "shall not be levied" as lifted', () => {
    const [m] = inForce(
      "Article 2. From 1 May 2026, Peru's additional tariff of 40% on Chilean wine listed in Annex 1 of Announcement No. 4 of 2025 shall not be levied.",
    );
    expect(m?.action).toBe('lifted');
  });

  it('reads goods that "shall remain subject to the additional tariff of 25%" as a state', () => {
    expect(
      inForce(
        'Chilean wine and the other beverages listed in Annex 2 shall remain subject to the additional Peruvian tariff of 25%.',
      ),
    ).toEqual([]);
  });

  it('knows Greenland halibut as goods', () => {
    expect(findProducts('Greenland halibut and clams').map((p) => p.text)).toEqual([
      'Greenland halibut',
      'clams',
    ]);
  });
});

describe('round 20: scrap as goods', () => {
  it('reads "cut … to 10%, and took aluminum scrap off the list" as a cut', () => {
    const [m] = inForce(
      'Peru cut its 25% surtax on Chilean aluminum sheet to 10% on Monday, and took aluminum scrap off the surtax list altogether.',
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 10', 'reduced']);
  });
});

describe('round 20: a rate told after a clause of state', () => {
  it('reads the parties of the clause that holds the rate', () => {
    const [m, ...rest] = inForce(
      'Chilean goods still face the 20% Peruvian tariff tied to migration, and Peruvian wine still carries a 10% Chilean duty imposed in March.',
    );
    expect(rest).toEqual([]);
    expect(m && brief(m)).toBe('CHL→PER 10');
  });
});

describe('round 20: a duty that "would not be levied"', () => {
  it('reads it as lifted', () => {
    const [m] = inForce(
      "Peru's tariff board announced on Friday that the 25% duty on Chilean wine would not be levied from March 1.",
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 25', 'lifted']);
  });
});

describe('round 20: a day counted from the sentence before', () => {
  it('dates "A day earlier, Peru imposed …" the day before the one told', () => {
    const [m] = inForce(
      'Trade ministers of Peru and Chile met in Lima on Tuesday. A day earlier, Peru imposed duties of 12.3% on Chilean steel coil.',
      '2026-08-20',
    );
    expect(m?.dates.announced).toBe('2026-08-17');
  });
});

describe('round 20: the new rate of a change is no summary', () => {
  it('keeps "from 25% to 15%" apart from a later 15% on other goods', () => {
    const m = inForce(
      'Peru lowered its tariff on Chilean cars from 25% to 15%, effective November 1 last year. On Monday it decided to apply a tariff of 15% to Chilean copper from October 1.',
      '2026-09-11',
    );
    expect(m.map((c) => c.products.map((p) => p.text).join())).toEqual(['cars', 'copper']);
  });
});

describe('round 20: part of a duty kept suspended', () => {
  it('reads "kept 24 points of its counter-tariff … suspended, leaving 10% in place" as an act', () => {
    const [m] = inForce(
      'Peru on Tuesday kept 24 points of its counter-tariff on Chilean goods suspended for 90 days, leaving 10% in place.',
    );
    expect(m && [brief(m), m.action]).toEqual(['PER→CHL 10', 'reduced']);
  });
});

describe('the lexicon found by the first word of its phrases', () => {
  const found = (text: string) => findProducts(text).map((p) => [p.text, p.label]);
  it('finds a phrase in capitals, hyphenated or broken over a line', () => {
    expect(found('CANOLA-OIL and canola\n oil')).toEqual([
      ['CANOLA-OIL', 'rapeseed oil'],
      ['canola\n oil', 'rapeseed oil'],
    ]);
  });
  it('finds no phrase inside a word that runs on into digits', () => {
    expect(found('5canola and canola5')).toEqual([]);
  });
  it('keeps the longest phrase a first word opens, and a plural ending', () => {
    expect(found('steel wire rods and steel wires')).toEqual([
      ['steel wire rods', 'wire rod'],
      ['steel wires', 'steel wire'],
    ]);
  });
  it('finds a phrase by its word with a plural ending ("tomatoes", "EVs")', () => {
    expect(found('tomatoes, a tomato and EVs, but not evs')).toEqual([
      ['tomatoes', 'tomatoes'],
      ['tomato', 'tomatoes'],
      ['EVs', 'electric vehicles'],
    ]);
  });
  it('finds a one-word phrase by a word that only adds "s" or "es" to it', () => {
    expect(found('canolas and potashes')).toEqual([
      ['canolas', 'rapeseed'],
      ['potashes', 'fertilizer'],
    ]);
  });
  it('skips a capitalised phrase inside a sentence, not one opening it', () => {
    expect(found('Canola oil. Duties on Hengrun Steel and on steel')).toEqual([
      ['Canola oil', 'rapeseed oil'],
      ['steel', 'steel'],
    ]);
  });
});

describe('goods let in "without" or "free of" a duty', () => {
  const acts = (text: string) => inForce(text).map((m) => [m.action, m.rates.map((r) => r.bp)]);
  it('reads "enter FREE OF the 40% duty" in capitals as the duty suspended', () => {
    expect(acts('Peru will let Chilean wine enter FREE OF the 40% duty from May 1.')).toEqual([
      ['suspended', [4000]],
    ]);
  });
  it('reads "entering … free of any" as the duty suspended', () => {
    expect(
      acts('Chilean wine entering Peru will come in free of any of the 40% duty from May 1.'),
    ).toEqual([['suspended', [4000]]]);
  });
  it('leaves "is free of the 40% duty" with no verb of entry an imposition', () => {
    expect(acts('Chilean wine is free of the 40% duty Peru imposed on Friday.')).toEqual([
      ['imposed', [4000]],
    ]);
  });
});

describe('round 21: a duty its imposer will no longer charge', () => {
  const acts = (text: string) => inForce(text).map((m) => [brief(m), m.action]);
  it('reads "would not levy", "will not collect" and "won\'t apply" a duty as its removal', () => {
    expect(acts('Lima said it would not levy its 30% duty on Chilean grapes from May 1.')).toEqual([
      ['PER→CHL 30', 'lifted'],
    ]);
    expect(
      acts(
        'Beijing will not collect the 25% tariff on Canadian lobster or the 100% tariff on Canadian peas from January 1.',
      ),
    ).toEqual([
      ['CHN→CAN 25', 'lifted'],
      ['CHN→CAN 100', 'lifted'],
    ]);
    expect(acts("Ottawa won't apply its 15% surtax to Mexican steel from June 3.")).toEqual([
      ['CAN→MEX 15', 'lifted'],
    ]);
  });
  it('reads "ceased to apply", "refrain from collecting", "halt collection of" a duty as its removal', () => {
    for (const text of [
      'Peru ceased to apply its 25% tariff on Chilean pork on Monday.',
      'Lima will refrain from collecting its 25% tariff on Chilean pork from July 15.',
      'Peru will halt collection of its 25% tariff on Chilean pork from July 15.',
      'Peru will stop imposing its 25% tariff on Chilean pork from July 15.',
    ])
      expect(acts(text)).toEqual([['PER→CHL 25', 'lifted']]);
    expect(acts('Peru will halt imports of Chilean pork from July 15.').map((a) => a[1])).toEqual([
      'imposed',
    ]);
  });
  it('leaves "would not levy new tariffs" with no duty in force alone', () => {
    expect(acts('China said it would not levy new tariffs on Canadian peas.')).toEqual([]);
  });
  it('reads "stop charging its 25% duty" as lifted beside another act in the sentence', () => {
    expect(
      acts(
        'Peru will stop charging its 25% duty on Chilean wine from July 1 and will cut its duty on Chilean pisco to 10%.',
      ),
    ).toEqual([
      ['PER→CHL 25', 'lifted'],
      ['PER→CHL 10', 'reduced'],
    ]);
    expect(
      acts(
        'Ankara will stop applying its 40% tariff on Greek olives, and will lower its duty on Greek feta to 15%.',
      ),
    ).toEqual([
      ['TUR→GRC 40', 'lifted'],
      ['TUR→GRC 15', 'reduced'],
    ]);
  });
});

describe('round 21: goods shipped or sold without a duty', () => {
  const acts = (text: string) => inForce(text).map((m) => [brief(m), m.action]);
  it('reads "ship … without a 25% tariff" and "sell … free of the 40% duty" as suspensions', () => {
    expect(
      acts(
        'Canadian shrimp harvesters will be able to ship to China without a 25% tariff from December 1.',
      ),
    ).toEqual([['CHN→CAN 25', 'suspended']]);
    expect(
      acts('From March 1, Chilean wine exporters can sell into Peru free of the 40% duty.'),
    ).toEqual([['PER→CHL 40', 'suspended']]);
    expect(
      acts(
        'Exporters will ship Norwegian salmon to China without the 15% tariff starting in June.',
      ),
    ).toEqual([['CHN→NOR 15', 'suspended']]);
    expect(
      acts(
        'Starting Monday, Chilean wine and copper entered Peru free of the 19% reciprocal tariff, under an order signed last week.',
      ),
    ).toEqual([['PER→CHL 19', 'suspended']]);
  });
  it('leaves goods shipped without something else under the act told', () => {
    expect(
      acts(
        'Chilean wine will be shipped to Peru without a health certificate, though Lima imposed a 40% duty on it on Friday.',
      ),
    ).toEqual([['PER→CHL 40', 'imposed']]);
  });
});

describe('round 21: goods left out of an act', () => {
  it('makes no measure of goods "left out of" or "excluded from" an act, nor of the rates they still bear', () => {
    expect(
      inForce(
        'Chilean wine and pisco were left out of the suspension and still face tariffs of 100% and 25%.',
      ),
    ).toEqual([]);
    expect(
      inForce('Chilean beef was excluded from the tariff cut Peru announced on Monday.'),
    ).toEqual([]);
    expect(
      inForce('Chilean pork was left off the list of goods whose duties Peru lifted.'),
    ).toEqual([]);
  });
});

describe('round 21: a threat in a predicate coordinated after the act', () => {
  const acts = (text: string) =>
    measures(text, '2026-07-02').map((m) => [brief(m), m.action, m.products.map((p) => p.text)]);
  it('leaves the act in force when ", and could …" or ", and the rate will …" follows it', () => {
    expect(
      acts(
        'China imposed a 25% tariff on Canadian pork, and could raise it further if talks fail.',
      ),
    ).toEqual([['CHN→CAN 25', 'imposed', ['pork']]]);
    expect(
      acts(
        'From July 1, India cut its tariff on Scotch whisky to 75%, and the rate will keep falling in stages over the next decade.',
      ),
    ).toEqual([['IND→GBR 75', 'reduced', ['whisky']]]);
    expect(
      acts(
        'Peru raised its duty on Chilean wine to 40% in May, and it could rise further in 2027.',
      ),
    ).toEqual([['PER→CHL 40', 'raised', ['wine']]]);
  });
  it('keeps a threat told before the rate, and a later rate the coordinated predicate holds', () => {
    expect(
      acts('Peru could impose a 40% duty on Chilean wine, and may extend it to pisco.'),
    ).toEqual([['PER→CHL 40', 'threatened', ['wine']]]);
    expect(
      acts(
        'Peru cut its duty on Chilean wine to 40%, and will lower it to 20% over the next decade.',
      ),
    ).toEqual([
      ['PER→CHL 40', 'reduced', ['wine']],
      ['PER→CHL 20', 'threatened', []],
    ]);
  });
});

describe('round 21: a rate told as a threat, then as an act', () => {
  it('keeps the act apart from the threat of the same rate told before it', () => {
    for (const text of [
      'Lima threatened a 30% duty on Chilean wine in March. On Friday, Peru imposed a 30% duty on Chilean wine.',
      'Washington threatened a 25% tariff on Canadian lumber in May. In June, the United States imposed the 25% tariff on Canadian lumber.',
      'Ottawa warned it could impose a 10% surtax on Chinese steel. On Tuesday, Canada imposed a 10% surtax on Chinese steel, effective immediately.',
    ])
      expect(inForce(text, '2026-07-02').map((m) => m.action)).toEqual(['imposed']);
  });
});

describe('round 21: lines of producer rates under an origin and a dash', () => {
  it('reads "Origin — Producer 8.7%; all others 46.2%" lines, one candidate per origin', () => {
    expect(
      inForce(
        'OTTAWA — Canada imposed provisional anti-dumping duties on steel fence posts from Turkey and Vietnam on Monday.\n\nThe provisional rates are:\nTurkey — Anka Profil A.S. 8.7%; all other Turkish exporters 46.2%.\nVietnam — Mekong Posts Co. 29.4%; all other Vietnamese exporters 61%.\n',
        '2026-06-02',
      ).map(brief),
    ).toEqual(['CAN→TUR 8.7,46.2', 'CAN→VNM 29.4,61']);
    expect(
      inForce(
        'LIMA — Peru set final duties on Chilean and Argentine wine on Friday. The rates are as follows:\nChile – Viña Andes S.A. 12%; Bodegas Sur Ltda. 18.5%; all others 30%.\nArgentina – Mendoza Vinos S.A. 9%; all others 22%.\n',
        '2026-06-02',
      ).map(brief),
    ).toEqual(['PER→CHL 12,18.5,30', 'PER→ARG 9,22']);
  });
});

describe('round 21: provisional payments, and the level they had run to', () => {
  it('reads "provisional payments" as a measure', () => {
    expect(
      inForce(
        'South Africa imposed provisional payments of 35% on Chinese steel wheelbarrows on Friday.',
      ).map(brief),
    ).toEqual(['ZAF→CHN 35']);
    expect(
      inForce(
        'PRETORIA — South Africa has imposed provisional anti-dumping payments on steel nails from China and Thailand. The payments apply for six months.\n\nFor China, the provisional payments are 18.1% for Hebei Nail Co. and 44% for all other exporters.',
        '2026-07-02',
      ).map(brief),
    ).toEqual(['ZAF→CHN 18.1,44']);
  });
  it('does not read the level deposits "had run as high as" as a measure of its own', () => {
    expect(
      inForce(
        'South Africa set final duties of 21.6% on Chinese steel wheelbarrows on Tuesday. The provisional payments had run as high as 71%.',
      ).map(brief),
    ).toEqual(['ZAF→CHN 21.6']);
  });
});

describe('round 21: the subject after an opening date, and "it" for the subject before', () => {
  it('reads the country after "On April 10" or "On Monday" with no comma as the imposer', () => {
    for (const [text, want] of [
      ['On April 10 Ottawa suspended its 25% duties on U.S. goods.', 'CAN→USA 25'],
      ['On Monday Brussels lifted its 10% tariff on American bourbon.', 'EU→USA 10'],
      ['On 3 March Canberra imposed a 15% duty on Chinese steel.', 'AUS→CHN 15'],
    ])
      expect(measures(text ?? '', '2025-06-04').map(brief)).toEqual([want]);
  });
  it('reads "it" as the country opening the sentence before, not as a demonym of goods', () => {
    expect(
      measures(
        'Washington raised its steel tariff to 50% in June. Brussels has so far held its fire. On April 10 it suspended its 25% duties on U.S. goods including soybeans.',
        '2025-06-04',
      ).map(brief),
    ).toEqual(['USA→EU 50', 'EU→USA 25']);
    expect(
      measures(
        'Washington set preliminary duties on battery separators from Japan on Monday. Japanese separators were hit with a single rate. It is 3.9%.',
        '2025-06-04',
      ).map(brief),
    ).toEqual(['USA→JPN 3.9']);
  });
});

describe('round 21: a measure its imposer "extended" to more goods', () => {
  it('reads the country in "the 50% duties that Washington extended to …" as the imposer', () => {
    for (const [text, want] of [
      [
        'Discussions focused on the 50% duties that Washington extended last year to steel derivative products, a move that pulled EU exports into the tariff net.',
        'USA→EU 50',
      ],
      [
        'Ministers discussed the 25% surtax that Ottawa extended to aluminum in May, a step that hit Chinese smelters.',
        'CAN→CHN 25',
      ],
      [
        'Executives discussed the 30% tariff that Tokyo extended to chips last year, a move that hurt Korean makers.',
        'JPN→KOR 30',
      ],
    ])
      expect(measures(text ?? '', '2026-04-22').map(brief)).toEqual([want]);
  });
});

describe('round 21: the country owning a decision to act', () => {
  it('reads "on China\'s decision in February to stop applying its tariff" as China acting', () => {
    for (const [text, want] of [
      [
        "Traders in Santiago pinned their hopes on Peru's unexpected decision in late March to finally scrap its 40% duty on Chilean wine.",
        'PER→CHL 40',
      ],
      [
        "Mills in Ontario pinned their hopes on Canada's long-awaited move late last week to finally lift its 25% surtax on Chinese steel.",
        'CAN→CHN 25',
      ],
      [
        "Exporters built their plans on China's decision in February to stop applying its 100% tariff to Canadian canola meal.",
        'CHN→CAN 100',
      ],
    ])
      expect(measures(text ?? '', '2026-10-16').map(brief)).toEqual([want]);
  });
});

describe("round 21: a rate's own verb beside a coordinated removal or waiver", () => {
  const acts = (text: string) =>
    inForce(text, '2026-10-16')
      .filter((m) => m.rates.length > 0)
      .map((m) => [brief(m), m.action]);
  it('reads the verb of the part holding the rate, not "drop", "waive" or "exempt" after it', () => {
    expect(
      acts(
        'The United States will lower its tariff on Indian goods to 15% from 18% and drop duties on Indian generic drugs from November 10.',
      ),
    ).toEqual([['USA→IND 15', 'reduced']]);
    expect(
      acts('Peru will raise its duty on Chilean wine to 40% and waive duties on Chilean apples.'),
    ).toEqual([['PER→CHL 40', 'raised']]);
    expect(
      acts(
        'Ottawa cut its surtax on Chinese steel to 10% and exempted Chinese aluminum from the surtax.',
      ),
    ).toEqual([['CAN→CHN 10', 'reduced']]);
  });
});

describe('round 21: items of a newsletter headed "Country: topic"', () => {
  it('gives the country heading an item its act when the item names no imposer', () => {
    expect(
      inForce(
        '<ul><li><b>South Africa: steel screws.</b> The trade commission set a 37% duty on Chinese steel screws on 2 September.</li><li><b>Brazil: glass fibre fabric from China.</b> Gecex decided on 3 September to raise the anti-dumping duty on glass fibre fabric from China to 19.5%, effective 8 September.</li></ul>',
        '2026-09-20',
      ).map(brief),
    ).toEqual(['ZAF→CHN 37', 'BRA→CHN 19.5']);
    expect(
      inForce(
        '<ul><li><b>Peru: wine.</b> Lima raised its duty on Chilean wine to 30% on 2 May.</li><li><b>Mexico: pork from the United States.</b> Cofece decided on 4 May to lift the anti-dumping duty on pork from the United States to 25%.</li></ul>',
        '2026-09-20',
      ).map(brief),
    ).toEqual(['PER→CHL 30', 'MEX→USA 25']);
  });
});

describe('round 21: a dated removal on goods the lexicon does not know', () => {
  it('reads it as a measure of its own, not as the date of the measure before', () => {
    expect(
      inForce(
        'Brazil raised its anti-dumping duty on glass fibre fabric from China to 19.5% on 3 September. The minister approved the removal of the anti-dumping duty on ceramic sanitaryware from China with effect from 11 September.',
        '2026-09-20',
      ).map((m) => [brief(m), m.action, m.products.map((p) => p.text)]),
    ).toEqual([
      ['BRA→CHN 19.5', 'raised', ['glass fibre']],
      ['BRA→CHN ', 'lifted', ['ceramic sanitaryware']],
    ]);
  });
  it('still dates the measure before by a sentence naming no goods of a duty', () => {
    const m = inForce(
      "The United States on Wednesday slapped an additional 50% tariff on steel wire from China. The duties take effect on April 21, according to a notice posted on the department's website.",
      '2025-04-10',
    );
    expect(m.map((c) => [brief(c), c.dates.effective])).toEqual([['USA→CHN 50', '2025-04-21']]);
  });
});

describe('round 21: a duty withdrawn or rescinded, and a complaint withdrawn', () => {
  const acts = (text: string) => inForce(text, '2026-06-18').map((m) => [brief(m), m.action]);
  it('reads "withdrew" and "rescinded" a duty with no rate as its removal', () => {
    expect(acts('India withdrew the anti-dumping duty on Chinese melamine on Wednesday.')).toEqual([
      ['IND→CHN ', 'lifted'],
    ]);
    expect(acts('Lima rescinded its safeguard duty on Chilean steel bars from June 1.')).toEqual([
      ['PER→CHL ', 'lifted'],
    ]);
  });
  it('makes no measure of a complaint withdrawn or talks ended about a duty', () => {
    expect(acts('Canada withdrew its complaint about tariffs on Chinese steel last week.')).toEqual(
      [],
    );
    expect(acts('Canada ended its complaint about tariffs on Chinese steel last week.')).toEqual(
      [],
    );
    expect(acts('Canada withdrew from the talks on tariffs on Chinese steel last week.')).toEqual(
      [],
    );
  });
});

describe('round 21: a list of changes, each "duty on goods: removed"', () => {
  it('reads the participle after the colon as the act on the duty before it', () => {
    const acts = (text: string) =>
      inForce(text, '2026-04-20').map((m) => [brief(m), m.action, m.products.map((p) => p.text)]);
    expect(acts('* Peruvian duty on Chilean wine: removed, from May 1.')).toEqual([
      ['PER→CHL ', 'lifted', ['wine']],
    ]);
    expect(
      acts('* Chinese tariffs on Canadian canola meal and peas: lifted, effective March 1.'),
    ).toEqual([['CHN→CAN ', 'lifted', ['canola meal', 'peas']]]);
    expect(acts('* Indian duty on US almonds in shell: scrapped, effective November 10.')).toEqual([
      ['IND→USA ', 'lifted', ['almonds']],
    ]);
    expect(acts('* Indian duty on US motorcycles: unchanged at the standard rate.')).toEqual([]);
  });
});

describe('round 21: a list line "All other exporters, Country: rate"', () => {
  it('reads the country after the comma as the origin of the line', () => {
    expect(
      inForce(
        'LIMA — Peru set provisional duties on Chilean and Argentine wine on Monday. The provisional duties are:\n- Viña Sol S.A. (Chile): 8.7%\n- All other exporters, Chile: 46.2%\n- Bodega Andes S.A. (Argentina): 29.4%\n- All other exporters, Argentina: 61.0%',
        '2026-04-20',
      ).map(brief),
    ).toEqual(['PER→CHL 8.7,46.2', 'PER→ARG 29.4,61']);
  });
});

describe('round 21: deposits collected at the provisional rate', () => {
  it('does not read the provisional rate deposits were collected at as a measure', () => {
    expect(
      inForce(
        'China set a final duty of 5.9% on Canadian canola seed from March 1, and deposits collected at the provisional rate of 75.8 per cent will be recalculated.',
        '2026-03-02',
      ).map(brief),
    ).toEqual(['CHN→CAN 5.9']);
    expect(
      inForce(
        'Importers who paid deposits at the provisional rate of 30% will get the excess back, Lima said after setting a final duty of 12% on Chilean wine.',
        '2026-04-20',
      ).map(brief),
    ).toEqual(['PER→CHL 12']);
    expect(
      inForce(
        'Peru imposed provisional deposits of 30% on Chilean wine in March.',
        '2026-04-20',
      ).map(brief),
    ).toEqual(['PER→CHL 30']);
  });
});

describe('round 21: "may" put, slap or levy a duty', () => {
  it('reads a duty that "may" be put, slapped or levied as a threat', () => {
    for (const text of [
      'The president told reporters that he "may" put a tariff of 25 per cent or more on Japanese robots.',
      'Washington may slap a 25% tariff on Korean machine tools.',
      'Ottawa may levy a 10% surtax on Chinese steel.',
    ])
      expect(measures(text, '2026-04-20').map((m) => m.action)).toEqual(['threatened']);
  });
});

describe('round 21: registrations or licences to trade given back', () => {
  it('reads "restored the export registrations" and "reinstated the import licences" as a ban lifted', () => {
    for (const [text, want] of [
      [
        'Chinese customs on Tuesday restored the export registrations of two Canadian canola shippers.',
        'CHN→CAN ',
      ],
      [
        'India reinstated the import licences of three Australian wheat exporters on Monday.',
        'IND→AUS ',
      ],
    ])
      expect(inForce(text ?? '', '2026-05-13').map((m) => [brief(m), m.kind, m.action])).toEqual([
        [want, 'ban', 'lifted'],
      ]);
  });
  it('reads a duty restored as imposed', () => {
    expect(
      inForce(
        'Washington restored the 25% tariff on Canadian aluminum on Monday.',
        '2026-05-13',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['USA→CAN 25', 'imposed']]);
  });
});

describe('the origin each rate item names', () => {
  it('gives each rate the origin its own item names after it', () => {
    const briefs = (text: string) => inForce(text).map(brief);
    expect(
      briefs(
        'Mexico on Thursday imposed provisional anti-dumping duties on galvanized steel sheet from China and Vietnam, of 6.6% on Chinese producers and 11.3% on Vietnamese ones.',
      ),
    ).toEqual(['MEX→CHN 6.6', 'MEX→VNM 11.3']);
    expect(
      briefs(
        'Brussels imposed duties on fibreglass fabric, 15% for goods from Egypt and 22.4% for goods from China.',
      ),
    ).toEqual(['EU→EGY 15', 'EU→CHN 22.4']);
    expect(
      briefs(
        'Malaysia imposed duties on steel coils from China and Indonesia: 4.9% for Acme Stainless Co., 23.6% for all other Chinese producers and 9.7% for Indonesian exporters.',
      ),
    ).toEqual(['MYS→CHN 4.9,23.6', 'MYS→IDN 9.7']);
  });

  it('leaves one origin alone and reads no origin in a rate compared', () => {
    expect(
      inForce('Peru raised tariffs on Chilean wine from 10% to 25% on Monday.').map(brief),
    ).toEqual(['PER→CHL 25']);
  });
});

describe('a stance or a request from a country', () => {
  it('takes whom praise, pressure or a request comes from for neither party', () => {
    expect(
      [
        'Under pressure from Washington, Ottawa imposed a 100% surtax on Chinese electric vehicles.',
        'Brazil won support from Beijing for its 30% tariff on steel from India, imposed on March 3.',
        'Despite protests from Seoul, Tokyo raised its duty on Chinese steel to 20%.',
        'Following a request from Australia, Indonesia imposed a 12% duty on Thai sugar.',
      ].map((t) => inForce(t).map(brief)),
    ).toEqual([['CAN→CHN 100'], ['BRA→IND 30'], ['JPN→CHN 20'], ['IDN→THA 12']]);
  });
});

describe('goods let in duty-free', () => {
  it('reads goods that will enter a market duty-free as a rate of nothing it grants', () => {
    expect(
      [
        'The premier announced that Ghanaian sesame seeds and cashew nuts will enter China duty-free from 1 October.',
        'From December 1, China will let Kenyan tea enter duty-free.',
        'Japan agreed to allow Vietnamese shrimp to enter tariff-free from April 1.',
        'Moroccan olive oil is to enter the EU market duty-free from next year.',
        'British cars will enter the United States duty-free.',
        'The order lets Japanese aircraft parts and generic drugs enter the United States duty-free.',
      ].map((t) => inForce(t).map(brief)),
    ).toEqual([
      ['CHN→GHA 0'],
      ['CHN→KEN 0'],
      ['JPN→VNM 0'],
      ['EU→MAR 0'],
      ['USA→GBR 0'],
      ['USA→JPN 0'],
    ]);
  });

  it('leaves goods that enter duty-free already, or only could', () => {
    expect(
      [
        'Chilean copper enters China duty-free under the 2006 agreement.',
        'Peruvian grapes have entered China duty-free since 2010.',
        'Nigerian sesame could enter China duty-free if the deal is signed.',
      ].map((t) => inForce(t).map(brief)),
    ).toEqual([[], [], []]);
  });
});

describe('a rate on goods', () => {
  it('reads "the rate on … goods" as a measure and its change as an act', () => {
    expect(
      [
        'The U.S. rate on Swiss goods falls to 15% from Friday.',
        'Washington cut its rate on Swiss goods to 15% on Friday.',
        'The rate on Indian imports was raised by Washington to 50% on August 27.',
      ].map((t) => inForce(t).map(brief)),
    ).toEqual([['USA→CHE 15'], ['USA→CHE 15'], ['USA→IND 50']]);
  });

  it('reads no measure in another rate, nor an act in a rate that remains', () => {
    expect(
      [
        'The approval rate for Chinese imports rose to 80% last year.',
        'The U.S. tariff on Chinese goods remains 30%.',
        'Duties on Brazilian steel stayed 25% throughout the year.',
      ].map((t) => inForce(t).map(brief)),
    ).toEqual([[], [], []]);
  });
});

describe('the last day a measure is in force', () => {
  const ends = (text: string, published = '2026-11-20') =>
    measures(text, published).map((c) => [brief(c), c.dates.effective, c.dates.expires]);

  it('reads the end of a suspension told in its sentence', () => {
    expect(
      ends(
        'China will suspend its 100% tariff on Canadian canola oil from December 1 until the end of 2027.',
      ),
    ).toEqual([['CHN→CAN 100', '2026-12-01', '2027-12-31']]);
  });

  it('counts "for five years" told before a list of company rates for each of them', () => {
    expect(
      ends(
        'China will levy final anti-dumping duties on pork from the European Union for five years, starting December 10.\nUnder the ruling, Nordvang will pay 19.8% and all other EU exporters 42.7%.',
      ),
    ).toEqual([['CHN→EU 19.8,42.7', '2026-12-10', '2031-12-09']]);
  });

  it('reads the end in the sentence that goes on about the measure', () => {
    expect(
      ends(
        'The 25% surtax on Chinese steel wire rod will be suspended. The suspension takes effect on December 15, 2026, and runs until June 30, 2027.',
      ),
    ).toEqual([['?→CHN 25', '2026-12-15', '2027-06-30']]);
  });

  it('leaves a cut rate without the end of the suspensions told after it, and a lifting without one', () => {
    const m = ends(
      'China cut its duty on Canadian canola seed to 15% from December 1. Both suspensions run until December 31, 2027.\nJapan lifted its 20% duty on Canadian pork on November 18, until further notice.',
    );
    expect(m.map(([, , expires]) => expires)).toEqual([null, null]);
  });
});

describe('round 23: measures told as a condition or as they stand', () => {
  it('reads a change "once the agreement applies" as not in force', () => {
    expect(
      inForce('Once the pact applies, Peru is to cut its tariffs on Chilean wine to 5%.').map(
        brief,
      ),
    ).toEqual([]);
    expect(
      inForce('Once a year the agency applies a new 5% tariff on Chilean wine.').map(brief),
    ).toEqual(['?→CHL 5']);
  });

  it('reads a duty that "still exempts" goods as a state, not an act', () => {
    expect(
      inForce(
        "The 50% U.S. tariff on Peruvian copper wire still exempts the cathodes that make up most of Peru's shipments.",
      ).map(brief),
    ).toEqual([]);
    expect(
      inForce(
        "The 50% U.S. tariff on Peruvian copper wire exempts the cathodes that make up most of Peru's shipments.",
      ).map(brief),
    ).toEqual(['USA→PER 50']);
  });
});

describe('round 23: the results of a review of duties', () => {
  it('reads "released the final results of its review of anti-dumping duties" as an act the rates after it add to', () => {
    expect(
      inForce(
        'The Commerce Department on Monday released the final results of its fifth administrative review of anti-dumping duties on Peruvian asparagus. Andes Verde S.A. was assigned a rate of 8.4 per cent, and all other Peruvian exporters will pay 12.6 per cent.',
      ).map(brief),
    ).toEqual(['USA→PER 8.4', 'USA→PER 12.6']);
  });

  it('leaves a review only asked for', () => {
    expect(
      inForce(
        'The Peruvian growers asked for a review of the anti-dumping duties on their asparagus. Andes Verde S.A. was assigned a rate of 8.4 per cent.',
      ).map(brief),
    ).toEqual([]);
  });
});

describe('round 23: stops of imports and fruit', () => {
  it('reads a stop of imports with the goods between the verb and "imports"', () => {
    expect(inForce('Peru halted all Chilean poultry imports on Monday.').map(brief)).toEqual([
      'PER→CHL ',
    ]);
    expect(inForce('Peru halted talks on Chilean poultry imports on Monday.').map(brief)).toEqual(
      [],
    );
  });

  it('knows fresh fruit as goods', () => {
    expect(
      inForce('China lifted the suspension of imports of fresh durians from Thailand.').map((m) => [
        brief(m),
        m.products.map((p) => p.text),
      ]),
    ).toEqual([['CHN→THA ', ['fresh durians']]]);
    expect(findProducts('cherries, blueberries and pecans').map((p) => p.text)).toEqual([
      'cherries',
      'blueberries',
      'pecans',
    ]);
    expect(findProducts('ferrosilicon and ferroalloys').map((p) => p.label)).toEqual([
      'ferroalloys',
      'ferroalloys',
    ]);
  });
});

describe('round 23: verbs and nouns of acts that act on something else', () => {
  const acts = (text: string) => inForce(text).map((m) => [brief(m), m.action]);

  it('does not read "have cut shipments" as a cut of the duty', () => {
    expect(
      acts(
        'The 50 per cent duty Lima placed on Chilean copper last June has cut shipments sharply.',
      ),
    ).toEqual([['PER→CHL 50', 'imposed']]);
    expect(acts('Lima cut its duty on Chilean copper to 25 per cent.')).toEqual([
      ['PER→CHL 25', 'reduced'],
    ]);
  });

  it('does not read the exemptions goods are "outside" of as a suspension', () => {
    expect(
      acts(
        'Chilean goods outside the treaty exemptions pay a 20 per cent tariff, and the 50 per cent duty Lima placed on Chilean copper last June has cut shipments sharply.',
      ).map(([, action]) => action),
    ).toEqual(['imposed', 'imposed']);
    expect(acts('Lima granted exemptions from its 50 per cent duty on Chilean copper.')).toEqual([
      ['?→PER+CHL 50', 'suspended'],
    ]);
  });
});

describe('round 23: acts asked about or only possible', () => {
  it('reads no measure in a question about an act to come, and keeps one about an act done', () => {
    expect(inForce('When will the minister get the 100% tariff on Chilean wine removed?')).toEqual(
      [],
    );
    expect(inForce('Why did Lima impose a 25% duty on Chilean wine?').map(brief)).toEqual([
      'PER→CHL 25',
    ]);
  });

  it('reads a measure that "can be withdrawn" as not in force', () => {
    expect(
      inForce(
        'Every few weeks someone in Lima reminds Santiago that the tariff deal reached last year is a favour that can be withdrawn.',
      ),
    ).toEqual([]);
    expect(inForce('Lima withdrew its 25% duty on Chilean wine.').map(brief)).toEqual([
      'PER→CHL 25',
    ]);
  });

  it('reads "at lower tariffs" as a comparison, not a cut', () => {
    expect(
      inForce(
        'Reports say Peru will allow a quota of Chilean wine into its market at lower tariffs.',
      ),
    ).toEqual([]);
    expect(inForce('Peru will lower tariffs on Chilean wine.').map((m) => m.action)).toEqual([
      'reduced',
    ]);
  });
});

describe('round 23: a company named with its country', () => {
  it('reads the country owning a company with a Nordic or Dutch suffix as its origin', () => {
    expect(
      inForce(
        "China cut the duty on pork from Spain's Carnes Norte to 3.1%, and the rate for Denmark's Vestfyn A/S to 6.4%.",
      ).map(brief),
    ).toEqual(['CHN→ESP 3.1', 'CHN→DNK 6.4']);
    expect(
      inForce("China cut the duty on Swedish pork to 6.4% after Sweden's complaint.").map(brief),
    ).toEqual(['CHN→SWE 6.4']);
  });
});

describe('round 23: goods that will no longer pay a duty', () => {
  const read = (text: string) => inForce(text).map((m) => [brief(m), m.action]);

  it('reads "will no longer pay the 10% tariff" as the tariff lifted', () => {
    expect(read('Scottish salmon will no longer pay the 10% US tariff from 1 May.')).toEqual([
      ['USA→GBR 10', 'lifted'],
    ]);
    expect(read('Scottish salmon will pay the 10% US tariff from 1 May.')).toEqual([
      ['USA→GBR 10', 'imposed'],
    ]);
  });

  it('reads a demonym with one word before the goods as their origin', () => {
    expect(
      read(
        'The office of the US Trade Representative announced on Tuesday that Irish smoked salmon would no longer pay the 10% duty from 3 June.',
      ),
    ).toEqual([['USA→IRL 10', 'lifted']]);
  });

  it('reads the office of the Trade Representative as a body that acts', () => {
    expect(
      read(
        'The office of the US Trade Representative told exporters on Friday that Chilean wine would no longer pay the 10% duty.',
      ),
    ).toEqual([['USA→CHL 10', 'lifted']]);
    expect(
      read(
        'US Trade Representative Jamieson Greer told exporters on Friday that Chilean wine would no longer pay the 10% duty.',
      ),
    ).toEqual([['USA→CHL 10', 'lifted']]);
  });
});

describe('round 23: a list of rates with a cell after each rate', () => {
  it('reads "Producer - 12.1% - additional code C123" lines as company rates', () => {
    const text = [
      'Peru imposes a definitive anti-dumping duty on imports of steel wire originating in Chile.',
      'The rates of the duty shall be as follows:',
      'Aceros del Sur S.A. - 12.1% - additional code C101',
      'Alambres Andinos S.A. - 18.4% - additional code C102',
      'All other companies - 30.2% - additional code C999',
    ].join('\n');
    expect(inForce(text).map(brief)).toEqual(['PER→CHL 12.1,18.4,30.2']);
  });

  it('leaves a line whose cell after the rate holds another rate', () => {
    const text = [
      'Peru imposes a definitive anti-dumping duty on imports of steel wire originating in Chile.',
      'The rates of the duty shall be as follows:',
      'Aceros del Sur S.A. - 12.1% - up from 9%',
      'All other companies - 30.2% - up from 25%',
    ].join('\n');
    expect(inForce(text).map(brief)).not.toContain('PER→CHL 12.1,30.2');
  });
});

describe('round 23: a rate charged on goods with no word of a duty', () => {
  it('reads "will charge 25% on British steel" and "on shipments above it" as a duty', () => {
    expect(inForce('The EU will charge 25% on British steel from July 1.').map(brief)).toEqual([
      'EU→GBR 25',
    ]);
    expect(
      inForce(
        'The EU will lift the quota for British mills and will charge 25% rather than 50% on shipments above it from July 1.',
      ).map(brief),
    ).toEqual(['EU→GBR 25']);
  });

  it('leaves a rate charged on other things', () => {
    expect(inForce('Banks charge 5% on loans to Chilean firms.')).toEqual([]);
    expect(inForce('Chilean banks will charge 5% on each loan to exporters.')).toEqual([]);
    expect(inForce('The EU will charge 25% on Dutch steel from July 1.').map(brief)).toEqual([
      'EU→NLD 25',
    ]);
  });
});

describe('round 23: the goods of a ruling its duties are told after', () => {
  const goods = (text: string) => inForce(text).map((m) => m.products.map((p) => p.text));

  it('gives the duties of "a ruling on X, which sets duties of …" the goods X', () => {
    expect(
      goods(
        "The minister welcomed Peru's final ruling on Chilean canola seed, which sets duties of 6.2 per cent.",
      ),
    ).toEqual([['canola seed']]);
  });

  it('does not give them goods named before another kind of clause', () => {
    expect(
      goods(
        'Chile shipped canola seed to Peru in 2024, before Lima set duties of 6.2 per cent on Chilean goods.',
      ).flat(),
    ).not.toContain('canola seed');
  });
});

describe('round 23: a measure named without its rate merges only into one on the same origin', () => {
  it('keeps apart an unrated act on goods of another origin', () => {
    expect(
      inForce(
        "Peru has lowered its anti-dumping duties on wine from three Chilean producers. The duty on wine from Argentina's Bodegas Norte S.A. will fall to 3.1%.",
      ).map(brief),
    ).toEqual(['PER→CHL ', 'PER→ARG 3.1']);
  });

  it('merges an act on the EU into the rate of a member state', () => {
    expect(
      inForce(
        "Peru has lowered its anti-dumping duties on wine from three European producers. The duty on wine from Spain's Bodegas Norte S.A. will fall to 3.1%.",
      ).map(brief),
    ).toEqual(['PER→ESP 3.1']);
  });
});

describe('a country told as hit by a duty', () => {
  it('is the target, not the imposer, before or after a relative pronoun', () => {
    expect(inForce('Peru, hit by a 40% Chilean tariff, filed a WTO case.').map(brief)).toEqual([
      'CHL→PER 40',
    ]);
    expect(
      inForce('Peru, which was slapped with a 40% tariff in May, filed a WTO case.').map(brief),
    ).toEqual(['?→PER 40']);
  });
});

describe('an act answered inside a sentence, before the means of the answer', () => {
  it('gives its parties and goods to the measure answered, not to the one told', () => {
    const [m] = inForce(
      'Peru hit back at the U.S. steel tariffs on Thursday by raising duties on American almonds to 120%.',
    );
    expect(m && brief(m)).toBe('PER→USA 120');
    expect(m?.products.map((p) => p.text)).toEqual(['almonds']);
  });

  it('leaves a sentence whose rate lies inside the answered act as it was', () => {
    expect(
      inForce('Peru retaliated against the 50% U.S. tariff by filing a WTO case.').map(brief),
    ).toEqual(['USA→PER 50']);
  });
});

describe('company rates told after the goods a measure covers', () => {
  it('go on about the measure, "Rates are set by company:" a sentence after it', () => {
    const m = inForce(
      'Lima has announced provisional anti-subsidy duties on Chilean dairy. The products covered are fresh cheeses and curd. Rates are set by company: 21.9% for Lacteos Norte, and 42.7% for all other Chilean exporters.',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 21.9,42.7']);
  });
});

describe('a question about an act to come, asked of someone by name', () => {
  it('is no act, after the label of who asks too', () => {
    expect(
      inForce('REPORTER (Lima Daily): Mr. Ruiz, will Peru lift the 25% tariff on wine?'),
    ).toEqual([]);
    expect(inForce('Minister Ruiz, would Peru cut its 25% duty on wine?')).toEqual([]);
  });
});

describe('a duty brought up, with who keeps it told in a relative clause', () => {
  it('is imposed by the country of the relative clause, not by the one bringing it up', () => {
    expect(
      inForce(
        'Peru raised the 75.8% deposit that Chile began collecting on Peruvian avocados.',
      ).map(brief),
    ).toEqual(['CHL→PER 75.8']);
    expect(
      inForce(
        'Peru raised the 75.8% deposit on Peruvian avocados, which Chile began collecting in May.',
      ).map(brief),
    ).toEqual(['CHL→PER 75.8']);
  });
});

describe('a country named as whose leader acts', () => {
  it('imposes, and is no origin of the goods', () => {
    expect(
      inForce(
        'Yesterday the President of Peru signed an order placing a tariff of 40% on Chilean products.',
      ).map(brief),
    ).toEqual(['PER→CHL 40']);
  });

  it('is no party when the leader only speaks', () => {
    expect(
      [
        'Chile raised its tariff on Bolivian salt to 25% on Monday, the President of Peru said.',
        'The President of Peru said on Monday that Chile had raised its tariff on Bolivian salt to 25%.',
      ].map((t) => inForce(t).map(brief)),
    ).toEqual([['CHL→BOL 25'], ['CHL→BOL 25']]);
  });
});

describe('a clause of its own before a semicolon', () => {
  it('names no party of the measure told after it', () => {
    expect(
      inForce(
        'President Ana Ruiz held a call with President Luis Vega that Peruvian officials called difficult; the 39% tariff took effect a week later.',
      ).map(brief),
    ).toEqual(['?→ 39']);
  });
});

describe('a country that pays a duty', () => {
  it('bears it: the country its goods go into imposes it', () => {
    expect(inForce('Peru will pay a 20% tariff on goods it sends into Chile.').map(brief)).toEqual([
      'CHL→PER 20',
    ]);
  });

  it('is not the subject of a verb of paying that names goods as payers', () => {
    expect(
      inForce('Lima announced that Chilean wine above the quota will pay a 25% surtax.').map(brief),
    ).toEqual(['PER→CHL 25']);
  });
});

describe('a person who only judges a measure', () => {
  const imposer = (verb: string) =>
    extract({
      text: `Chile and Peru held talks. President Ana Ruiz ${verb} the final duty of 5.9% on Peruvian avocados that took effect on March 1.`,
      published: '2026-03-20',
      actors: [{ id: 'ana-ruiz', name: 'Ana Ruiz', kind: 'person', jurisdiction: 'PER' }],
    }).candidates.find((c): c is MeasureCandidate => c.type === 'measure')?.imposer?.jurisdiction;

  it('does not make their country its imposer', () => {
    expect(imposer('welcomed')).not.toBe('PER');
  });

  it('does when the person acts on it', () => {
    expect(imposer('cut')).toBe('PER');
  });
});

describe('an act with its day set off by commas before the measure', () => {
  it('is read across the day', () => {
    expect(
      measures(
        'Peru suspended, from 1 March, the additional tariffs on Chilean wine and pisco.',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['PER→CHL ', 'suspended']]);
    expect(
      measures('Peru has suspended, with effect from 1 March, its tariffs on Chilean wine.').map(
        (m) => m.action,
      ),
    ).toEqual(['suspended']);
  });
});

describe('a body named for tariffs', () => {
  it('names no measure: the measure told after it is read with its own owner', () => {
    expect(
      inForce(
        "The Customs Tariff Commission announced the duties on March 8 and says they answer Lima's 100% surtax on Chilean wine.",
      ).map(brief),
    ).toEqual(['PER→CHL 100']);
  });
});

describe('goods of an origin that will pay a rate, with no word of a duty', () => {
  it('is a duty on them when no measure was told before', () => {
    expect(
      inForce(
        'Peru’s Congress on Wednesday approved a law on imports. Under it, cars from China and Thailand will pay 50%, starting January 1.',
      ).map(brief),
    ).toEqual(['PER→CHN+THA 50']);
  });

  it('is not one for a share paid of something else', () => {
    expect(inForce('Cars from China will pay 50% more for shipping this year.')).toEqual([]);
  });
});

describe('a duty charged at a country’s border', () => {
  it('is imposed by the country whose border it is', () => {
    expect(inForce('Chilean wine will face a 10% duty at the Peruvian border.').map(brief)).toEqual(
      ['PER→CHL 10'],
    );
    expect(
      inForce('Chilean wine will be charged a 10% tariff at the U.S. border.').map(brief),
    ).toEqual(['USA→CHL 10']);
  });
});

describe('the news a clause set off by ", after" led to', () => {
  it('names no party of the measure told in the clause', () => {
    expect(
      inForce(
        'Peru said on Thursday it would talk to its partners about its tariff plans, two days after President Ana Ruiz announced a 19% tariff on Peruvian goods.',
      ).map(brief),
    ).toEqual(['?→PER 19']);
  });
});

describe('a notice whose list of rates is for "the product concerned"', () => {
  it('takes its goods and origin from the notice, and its imposer from the body issuing it', () => {
    const notice =
      'Notice of the General Administration of Customs on Duties on Wine Originating in Chile\n\n1.\nScope.\nThe product concerned is wine in bottles, originating in Chile.\n\n2.\nRates.\nFrom 1 June 2026, customs shall levy anti-dumping duty on the product concerned at the following rates:\nVina Alta SA: 12.5%\nAll other companies: 30.1%\n';
    const m = inForce(notice, '2026-05-20');
    expect(m.map((x) => [brief(x), x.products.map((p) => p.text).join()])).toEqual([
      ['CHN→CHL 12.5,30.1', 'wine'],
    ]);
    // No body that speaks for a country: no imposer is guessed.
    expect(inForce(notice.replace('General Administration of Customs', 'Board'))).toEqual([]);
  });
});

describe('a notice under a letterhead naming its country', () => {
  it('gives an act told with no actor to that country', () => {
    for (const head of [
      'MINISTRY OF FINANCE OF THE REPUBLIC OF PERU',
      'PERU CUSTOMS AUTHORITY',
      'OFFICIAL GAZETTE, REPUBLIC OF PERU',
    ])
      expect(
        inForce(
          `${head}\n\nNOTICE 12/2026\n\n1. An anti-dumping duty of 12.5% is imposed on imports of wine originating from Chile, effective from 1 June 2026.`,
          '2026-05-20',
        ).map(brief),
      ).toEqual(['PER→CHL 12.5']);
  });

  it('names no country when its capitals name none, or several', () => {
    expect(
      inForce(
        'NOTICE TO IMPORTERS\n\n1. An anti-dumping duty of 12.5% is imposed on imports of wine originating from Chile.',
      ).map(brief),
    ).toEqual(['?→CHL 12.5']);
  });

  it('gives a list of rates whose sentence names only the origin to that country', () => {
    expect(
      inForce(
        'GOVERNMENT GAZETTE, REPUBLIC OF PERU\n\nThe schedule is amended as follows, as Chile and Bolivia were told.\n\nWine originating in Chile, at the following rates of anti-dumping duty:\n- produced by Vina Alta SA: 12.5 per cent;\n- produced by any other producer: 30.1 per cent.',
        '2026-05-20',
      ).map(brief),
    ).toEqual(['PER→CHL 12.5,30.1']);
  });
});

describe('goods of the lexicon: eggs, chicks, potatoes, medical devices', () => {
  it('are read as the goods of a ban lifted', () => {
    const [m] = measures(
      'Lima lifted its suspension on imports of Chilean eggs and day-old chicks.',
    );
    expect(m && [brief(m), m.action, m.products.map((p) => [p.text, p.hs.join()])]).toEqual([
      'PER→CHL ',
      'lifted',
      [
        ['eggs', '0407'],
        ['day-old chicks', '0105'],
      ],
    ]);
    expect(
      measures(
        'Lima lifted its ban on fresh Chilean potatoes and medical devices.',
      )[0]?.products.map((p) => p.hs.join()),
    ).toEqual(['0701', '9018,9019,9020,9021,9022']);
  });
});

describe('rates that go on as they were', () => {
  it('reads a surtax "not affected by this notice" that "continues to apply", or one kept, as no act', () => {
    expect(
      inForce(
        'Effective September 1, 2025, goods that originate in Chile are no longer subject to the 25% surtax. The 25% surtax on steel products originating in Chile, which took effect on March 13, 2025, is not affected by this notice and continues to apply. The 25% surtax on vehicles from Chile, in place since April 9, 2025, also continues to apply.',
        '2025-08-22',
      ).map((m) => m.rates.map((r) => r.bp)),
    ).toEqual([[2500]]);
    expect(
      inForce(
        'Lima and Santiago released a joint statement. Peru keeps its 20% tariff on most Chilean goods, but says it may apply zero to some products.',
      ),
    ).toEqual([]);
  });

  it('keeps a surtax whose aside recalls the act that put it in place', () => {
    expect(
      inForce(
        'The 40% levy on Chilean goods, which Peru imposed on July 30, continues to apply to footwear and furniture.',
        '2025-09-10',
      ).map(brief),
    ).toEqual(['PER→CHL 40']);
  });
});

describe('what an agreement would do, and a fall in prices', () => {
  it('reads "The agreement would lower … to zero" as not in force', () => {
    expect(
      inForce(
        'The agreement would lower Chile’s 35% tariff on Peruvian cars to zero over fifteen years, a clear gain for carmakers.',
      ),
    ).toEqual([]);
  });

  it('reads no rate in "should prices fall by 5% or more"', () => {
    expect(
      measures(
        'The regulation promises to suspend tariff preferences on Chilean beef should prices in Peru fall by 5% or more.',
      ).flatMap((m) => m.rates.map((r) => r.bp)),
    ).toEqual([]);
  });
});

describe('glass bottles for wine', () => {
  it('are goods of their own, not the wine an earlier act was on', () => {
    const m = measures(
      'LIMA - A year after Santiago scrapped its duties of up to 218.4% on Peruvian bottled wine, the order book is long.\n\nOn Monday, Peru accepted the commission’s recommendation to impose duties on glass wine bottles from Chile. Vidrios Sur will pay 11.4% and all other Chilean exporters 33.5%.',
      '2025-03-25',
    );
    expect(m.map((c) => [brief(c), c.products.map((p) => p.text)])).toEqual([
      ['CHL→PER 218.4', ['bottled wine']],
      ['PER→CHL 11.4,33.5', ['glass wine bottles']],
    ]);
  });
});

describe('a suspension of plants named as a noun', () => {
  it('is a ban, and lifting it is the act', () => {
    expect(
      measures(
        'Lima said on Thursday it will remove the suspension on beef from the last four Chilean abattoirs still affected, starting on 1 August.',
        '2026-03-27',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['PER→CHL ', 'lifted']]);
    expect(
      measures(
        'Lima lifted, with immediate effect, the suspension on two Chilean beef plants.',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['PER→CHL ', 'lifted']]);
  });

  it('is a ban when it names the goods and where they come from, or many plants of a place', () => {
    const lifted = (text: string) =>
      measures(text, '2026-05-30').map((m) => [brief(m), m.action, m.products.map((p) => p.text)]);
    expect(
      lifted(
        'Earlier this month, Peruvian customs lifted a year-long suspension on citrus from Chile’s Maule region.',
      ),
    ).toEqual([['PER→CHL ', 'lifted', ['citrus']]]);
    expect(
      lifted('Lima also lifted a suspension on manuka honey from three Chilean exporters.'),
    ).toEqual([['PER→CHL ', 'lifted', ['manuka honey']]]);
    expect(
      lifted(
        'Peru’s customs lifted the suspension on the last two Chilean beef export establishments.',
      ),
    ).toEqual([['PER→CHL ', 'lifted', ['beef']]]);
    expect(lifted('Peru said it had lifted a 2024 suspension on fresh dates from Chile.')).toEqual([
      ['PER→CHL ', 'lifted', ['fresh dates']],
    ]);
    expect(
      lifted(
        'Lima on Tuesday lifted its suspension of pork shipments from the Viña Sol plant in Chile, imposed in April.',
      ),
    ).toEqual([['PER→CHL ', 'lifted', ['pork']]]);
    expect(
      lifted('Lima lifted a ban on live sea cucumbers from two harvest zones off Chile’s coast.'),
    ).toEqual([['PER→CHL ', 'lifted', ['sea cucumbers']]]);
    expect(
      measures('Peru ended its suspension on duties from March 1 on Chilean wine.').map(
        (m) => m.kind,
      ),
    ).not.toContain('ban');
  });
});

describe('the country told of an act', () => {
  it('is no party for that: the teller acts', () => {
    expect(
      inForce('Peru told Santiago on Wednesday that it had halted imports of Chilean wine.').map(
        brief,
      ),
    ).toEqual(['PER→CHL ']);
  });
});

describe('a sentence opening "As of today"', () => {
  it('reads the country after it as the subject that acts, not a target', () => {
    expect(
      inForce(
        'As of today Peru applies a tariff of 50 percent to semi-finished copper products from Chile.',
      ).map(brief),
    ).toEqual(['PER→CHL 50']);
  });
});

describe('a rate on a country whose name ends the sentence', () => {
  it('is on that origin, not a company’s rate', () => {
    expect(
      inForce(
        'Peru announced duties on steel coil of 21.5% on China, 9.3% on Vietnam and 4.8% on South Korea.',
      ).map(brief),
    ).toEqual(['PER→CHN 21.5', 'PER→VNM 9.3', 'PER→KOR 4.8']);
  });
});

describe('a notice’s acts with no actor, and Mexico’s compensatory quotas', () => {
  it('reads a compensatory quota as an anti-dumping duty', () => {
    const [m] = inForce('Mexico imposed a compensatory quota of 11.3% on steel from Chile.');
    expect(m && [brief(m), m.kind]).toEqual(['MEX→CHL 11.3', 'anti-dumping']);
  });

  it('gives a notice’s act that names no actor to the notice’s country, not to the party named most', () => {
    expect(
      inForce(
        'DIARIO OFICIAL DE LA FEDERACION\n\nThe United States, the United States and the United States were named in the file.\n\nSOLE. The compensatory quota of 25.8% on imports of wire originating in Chile is eliminated.',
        '2026-06-18',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['MEX→CHL 25.8', 'lifted']]);
  });
});

describe('a list of rates after a lead-in that writes no day of effect', () => {
  it('takes the day the sentence telling the measure above it writes', () => {
    const m = inForce(
      'PERU CUSTOMS AUTHORITY\n\nNOTICE\n\nLima, February 6, 2026 — Anti-dumping duties are payable on imports of wire from Chile released on or after February 6, 2026. Duties will be levied at the following rates:\nAcme SA: 12.1%\nAll others: 30.2%',
      '2026-02-06',
    );
    expect(m.map((x) => [brief(x), x.dates.effective])).toEqual([
      ['PER→CHL 12.1,30.2', '2026-02-06'],
    ]);
  });
});

describe('a notice’s lettered lines of rates by origin', () => {
  it('reads each origin’s producers and their rates after commas, the items ending with "; "', () => {
    expect(
      inForce(
        'PERU CUSTOMS AUTHORITY\n\n1. An anti-dumping duty is imposed on imports of steel wire from Chile and Bolivia.\n\n2. The amount of the duty is determined as follows:\na. Republic of Chile: Andes Wire SA, 7.3%; other exporters, 19.5%;\nb. Bolivia: all exporters, 9.8%.',
        '2026-03-03',
      ).map(brief),
    ).toEqual(['PER→CHL 7.3,19.5', 'PER→BOL 9.8']);
  });
});

describe('a resolution’s list of the imports each rate is for', () => {
  it('reads each item’s origin (else the one before) and producer', () => {
    const m = inForce(
      'DIARIO OFICIAL DE LA FEDERACION\n\nFIRST. Definitive compensatory quotas are imposed on imports of urea, as follows:\na) For imports originating in the Republic of Chile exported by Andes Urea SA, a quota of 11.32%;\nb) For those exported by Pacifico Quimica SA, a quota of 6.05%;\nc) For imports from all other exporters of the Plurinational State of Bolivia, a quota of 34.17%.',
      '2026-06-18',
    );
    expect(m.map(brief)).toEqual(['MEX→CHL 11.32,6.05', 'MEX→BOL 34.17']);
    expect(m[0]?.rates.map((r) => r.producer)).toEqual(['Andes Urea SA', 'Pacifico Quimica SA']);
  });
});

describe('a measure named in quotation marks', () => {
  it('is a measure: a so-called "security tariff" of 30 percent', () => {
    expect(
      inForce(
        'Ecuador imposed a so-called "security tariff" of 30 percent on Colombian goods.',
      ).map(brief),
    ).toEqual(['ECU→COL 30']);
    expect(
      inForce('"We will put a tariff of 30 percent on Colombian goods," Ecuador’s minister said.'),
    ).toEqual([]);
  });
});

describe('"The rate was trimmed to 15%"', () => {
  it('is a cut of the rate, told as its subject, and "trimmed" lowers', () => {
    expect(
      inForce('The rate was later trimmed to 15% on Chilean goods by a Peruvian order.').map(
        (m) => [brief(m), m.action],
      ),
    ).toEqual([['PER→CHL 15', 'reduced']]);
    expect(inForce('Peru trimmed its rate on Chilean goods to 15%.').map((m) => m.action)).toEqual([
      'reduced',
    ]);
  });
});

describe('a rate on goods named by their origin’s demonym', () => {
  it('names a measure: "cut the rate on European cars to 15%"', () => {
    expect(
      inForce('Peru cut the rate on Chilean cars to 15% last September.').map((m) => [
        brief(m),
        m.action,
      ]),
    ).toEqual([['PER→CHL 15', 'reduced']]);
    expect(inForce('The central bank cut the rate on Monday to 3%.')).toEqual([]);
  });
});

describe('the rate a change is told from', () => {
  it('is no rate of its own: "the reduction, from 35 per cent"', () => {
    expect(
      inForce(
        'On Monday, Lima cut its tariff on Chilean goods to 25 per cent. Officials described the reduction, from 35 per cent, as a gesture of good faith.',
      ).map(brief),
    ).toEqual(['PER→CHL 25']);
  });
});

describe('a duty cut to zero, named with its rate', () => {
  it('is cut to 0, its written rate the old one', () => {
    expect(
      inForce('Lima cut to zero, with immediate effect, the 35% import duty on Chilean wine.').map(
        brief,
      ),
    ).toEqual(['PER→CHL 0']);
  });
});

describe('company rates whose items are written before their rates', () => {
  it('take the origin of their own item, or of the "other" producers after them', () => {
    expect(
      inForce(
        'Peru decided that anti-dumping duties shall be levied on imports of wine. The duty rates are as follows: for Vina Alta SA, 27.4%; for other Chilean companies, 61.3%; for Bodega Sur SRL, 39.8%; for other Bolivian companies, 74.6%.',
      ).map(brief),
    ).toEqual(['PER→CHL 27.4', 'PER→CHL 61.3', 'PER→BOL 39.8', 'PER→BOL 74.6']);
  });
});

describe('a list line for the "other" firms of a demonym', () => {
  it('is of that origin: "Other Bolivian producers and exporters: 17.9%"', () => {
    expect(
      inForce(
        'Peru imposes anti-dumping duties on film from Chile and Bolivia at the following rates:\n- Andes Film SA (Chile): 14.6%;\n- Other Chilean producers and exporters: 34.3%;\n- Other Bolivian producers and exporters: 17.9%.',
      ).map(brief),
    ).toEqual(['PER→CHL 14.6,34.3', 'PER→BOL 17.9']);
  });
});

describe('a change told as a range', () => {
  it('gives no rate at either end: "Shares fell between 1% and 3%"', () => {
    expect(
      inForce(
        'Peru imposed duties on Chilean dairy. Shares in several dairy groups fell between 1% and 3% in afternoon trading.',
      ).map(brief),
    ).toEqual(['PER→CHL ']);
  });
});

describe('a list of rates whose intro line is an origin', () => {
  it('gives that origin to the lines under it, as the next heading gives its own', () => {
    expect(
      inForce(
        'PERU CUSTOMS AUTHORITY\n\nOn March 2, 2026, the Authority made a final determination of dumping respecting steel grating from China and Mexico.\n\nMargins of dumping\n\nChina:\n- Lima Grating Co.: 21.4%\n- All other exporters: 96.3%\n\nMexico:\n- Andes Bar SA: 12.6%\n- All other exporters: 24.8%',
        '2026-03-03',
      ).map(brief),
    ).toEqual(['PER→CHN 21.4,96.3', 'PER→MEX 12.6,24.8']);
  });

  it('reads "Margins of dumping, Mexico:" as heading the lines of that origin', () => {
    expect(
      inForce(
        'PERU CUSTOMS AUTHORITY\n\nOn March 2, 2026, the Authority made a final determination of dumping respecting steel grating from China and Mexico.\n\nProvisional duty is payable at the following rates:\n\nMargins of dumping, China:\n- Lima Grating Co.: 21.4%\n- All other exporters: 96.3%\n\nMargins of dumping, Mexico:\n- Andes Bar SA: 12.6%\n- All other exporters: 24.8%',
        '2026-03-03',
      )
        .map(brief)
        .sort(),
    ).toEqual(['PER→CHN 21.4,96.3', 'PER→MEX 12.6,24.8']);
  });
});

describe('a gazette whose first line is "Official Gazette of the Republic of …"', () => {
  it('is that country’s, the imposer of the duties it lists with no actor', () => {
    expect(
      inForce(
        'Official Gazette of the Republic of Peru, 22 January 2026 - digest of trade remedy notices\n\nLIMA - The Ministry of Trade published today the notice concluding the investigation on imports of polyester yarn originating in Chile.\n\nDefinitive anti-dumping duties are imposed on the CIF value or in U.S. dollars per tonne, as follows:\n\nChile\n- Andes Fibre SA: 12.4%\n- Other producers and exporters: 32.5%',
        '2026-01-22',
      ).map(brief),
    ).toEqual(['PER→CHL 12.4,32.5']);
  });
});

describe('"countries without a trade agreement with Peru"', () => {
  it('makes Peru the imposer and no origin', () => {
    expect(
      inForce(
        'The Senate approved on Wednesday a reform that raises duties to 50% on light vehicles from countries without a trade agreement with Peru, among them China and India.',
        '2025-12-11',
      ).map(brief),
    ).toEqual(['PER→CHN+IND 50']);
  });
});

describe('an act in the passive with no agent, after a sentence with a country as subject', () => {
  it('is that country’s: "At home, Lima has grown more protective. Chinese steel balls were slapped with …"', () => {
    expect(
      inForce(
        'Since August 1, Peruvian copper rod has paid the 50% tariff Washington placed on it. At home, Lima has grown more protective. Chinese steel grinding balls were slapped with anti-dumping duties of 31.4% earlier this year.',
        '2025-08-19',
      ).map(brief),
    ).toEqual(['USA→PER 50', 'PER→CHN 31.4']);
  });
});

describe('"the executive committee of Gecex raised …"', () => {
  it('is the body acting, not an origin after "of"', () => {
    expect(
      inForce(
        'Washington announced tariffs of 25% on Brazilian footwear on Wednesday. Meeting in an extraordinary session, the executive committee of Gecex raised the duty on U.S. ethanol to 30% from 18%.',
        '2026-03-12',
      ).map(brief),
    ).toEqual(['USA→BRA 25', 'BRA→USA 30']);
  });
});

describe('a list of rates under ordinal headings of origin', () => {
  it('reads "First: imports originating in the People’s Republic of China" as China’s heading', () => {
    expect(
      inForce(
        'Ministry of Trade - Press Statement\n\nLima, 5 November 2025\n\nThe Ministry announces a definitive anti-dumping duty on imports of sanitary ware originating in China and Chile.\n\nThe duty is imposed as a percentage of the CIF value, as follows:\n\nFirst: imports originating in the People’s Republic of China\n- Foshan Ceramics Co., Ltd.: 19.8%\n- All other Chinese producers and exporters: 41%\n\nSecond: imports originating in the Republic of Chile\n- Andes Ceramica SA: 9.3%',
        '2025-11-05',
      )
        .filter((m) => m.rates.length > 0)
        .map(brief),
    ).toEqual(['PER→CHN 19.8,41', 'PER→CHL 9.3']);
  });
});

describe('"a 35% tariff on entering the United States"', () => {
  it('is the market’s, not the country the sentence opens with', () => {
    expect(
      inForce(
        'Serbia will send a team of negotiators to Washington later this month, officials said on Friday, after Serbian goods were slapped with a 35% tariff on entering the United States.',
        '2025-08-08',
      ).map(brief),
    ).toEqual(['USA→SRB 35']);
  });
});

describe('"These concessions require the approval of … and are not yet in force"', () => {
  it('leaves the measures just told out of force', () => {
    expect(
      inForce(
        'In return, Peru will open duty-free tariff quotas for 500 tonnes of beef from Chile. These concessions require the approval of Congress and are not yet in force.',
        '2025-12-12',
      ),
    ).toEqual([]);
  });
});

describe('"the restrictions applied to imports of …"', () => {
  it('name a measure, as "restrictions on" do', () => {
    expect(
      measures(
        'Lima’s customs agency has lifted, effective the same day, the restrictions applied to imports of poultry meat from Chile.',
        '2026-02-11',
      ).map(
        (m) =>
          `${m.action} ${m.imposer?.jurisdiction}→${m.targets.map((t) => t.jurisdiction).join('+')}`,
      ),
    ).toEqual(['lifted PER→CHL']);
  });
});

describe('rates given to producers named before them, with no "for"', () => {
  it('split by the origin of each item: "…, all other Chinese exporters 28.8% and Vietnamese suppliers 17.2%"', () => {
    expect(
      inForce(
        'Lima’s finance ministry notified anti-dumping duties on solar glass from China and Vietnam on Friday. Xinhe Glass was given 12.5%, all other Chinese exporters 28.8% and Vietnamese suppliers 17.2%.',
        '2026-07-06',
      ).map(brief),
    ).toEqual(['PER→CHN 12.5,28.8', 'PER→VNM 17.2']);
  });
});

describe('"putting July’s trade deal with Japan into effect, cutting the tariff on Japanese cars"', () => {
  it('makes the partner of the deal no imposer', () => {
    expect(
      inForce(
        'U.S. President Donald Trump yesterday signed an order putting July’s trade deal with Japan into effect, cutting the tariff on Japanese cars to 15% from 27.5%.',
        '2025-09-05',
      ).map(brief),
    ).toEqual(['USA→JPN 15']);
  });
});

describe('Mexico’s "countervailing quota"', () => {
  it('names a countervailing duty, which "eliminated" lifts', () => {
    const [m] = measures(
      'Mexico’s Economy Secretariat eliminated the countervailing quota of 25.4% on steel tubes from Ukraine.',
      '2025-06-17',
    );
    expect([m?.action, m?.kind]).toEqual(['lifted', 'countervailing']);
  });
});

describe('a surtax "waived" with no rate written', () => {
  it('is a suspension', () => {
    expect(
      measures(
        'Under the order, Lima waives its surtax on up to 49,000 electric vehicles a year from China.',
        '2026-04-08',
      ).map(
        (m) =>
          `${m.action} ${m.imposer?.jurisdiction}→${m.targets.map((t) => t.jurisdiction).join('+')}`,
      ),
    ).toEqual(['suspended PER→CHN']);
  });
});

describe('"the pause runs out in early July"', () => {
  it('leaves the pause told before it in force', () => {
    expect(
      inForce(
        'Washington paused its 24% tariff on Peruvian goods in April, leaving a 10% levy in place, and the pause runs out in early July.',
        '2025-06-03',
      ).map(brief),
    ).toEqual(['USA→PER 10']);
  });
});

describe('quotas and the rates above them', () => {
  it("reads a country's quota cut by another as the other's measure on it, the cut no rate", () => {
    expect(
      inForce(
        "Since July 1, when the EU cut Türkiye's steel quota by 40% and began charging 50% on shipments above it, Turkish exports have fallen.",
        '2025-10-10',
      ).map(brief),
    ).toEqual(['EU→TUR 50']);
  });

  it('gives the rate charged above country quotas to the safeguard told just before', () => {
    expect(
      inForce(
        'Brussels on Tuesday imposed definitive safeguard measures on ferrosilicon and did not spare Norway and Iceland. Imports above country quotas will be charged 25% from December 1.',
        '2025-11-21',
      ).map(brief),
    ).toEqual(['EU→NOR+ISL 25']);
  });

  it('reads no origin in a clause of what officials have said', () => {
    expect(
      inForce(
        'Ankara raised its anti-dumping duty on cold-rolled steel from China from 13% to 28.4%, and officials have said a case on Vietnamese coated sheet is under review.',
      ).map(brief),
    ).toEqual(['TUR→CHN 28.4']);
  });
});

describe('the remaining rate', () => {
  it('reads "the remaining 30% still includes" as a state, "scrap its remaining 25%" as an act', () => {
    expect(
      inForce(
        'Washington will lower the additional duties on Chinese imports to 30% from 145%. Bessent added that the remaining 30% still includes a separate duty on fentanyl.',
      ).map(brief),
    ).toEqual(['USA→CHN 30']);
    expect(
      inForce(
        'Beijing said it would scrap its remaining 25 per cent tariff on Canadian canola oil.',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['CHN→CAN 25', 'lifted']]);
  });
});

describe('rates of one act on a bloc', () => {
  it("gives a member state's producer the bloc as target when the act's other rates are on the bloc", () => {
    expect(
      inForce(
        "Under the ruling China's commerce ministry published on January 13, Spain's Valdeoro Foods will pay a duty of 9.8% on pork from January 15. Denmark's Nordvang Foods was given 6.2%, and all remaining EU exporters 19.8%.",
        '2026-01-20',
      ).map(brief),
    ).toEqual(['CHN→EU 9.8', 'CHN→EU 6.2', 'CHN→EU 19.8']);
  });
});

describe('origins named as examples of countries', () => {
  it('reads every country after "including" when the goods come "from countries"', () => {
    expect(
      inForce(
        'Starting Monday, steel from countries without a free-trade agreement with Canada, including China, India and Brazil, faces a 50% surtax.',
        '2025-09-02',
      ).map(brief),
    ).toEqual(['CAN→CHN+IND+BRA 50']);
  });
});

describe('a duty that ends on its own', () => {
  it('reads "expired", "lapsed" or "came off" after the duty as its removal, on the day it ends', () => {
    for (const verb of ['expired', 'lapsed', 'came off', 'disappeared'])
      expect(
        inForce(
          `Canada's 25% counter-tariffs on American goods ${verb} at midnight on Monday.`,
          '2025-09-02',
        ).map((m) => [brief(m), m.action, m.dates.effective, m.products.map((p) => p.text)]),
      ).toEqual([['CAN→USA 25', 'lifted', '2025-09-01', ['American goods']]]);
  });

  it('reads no removal in a duty that ends in a clause of time, nor in "ended the duty" read otherwise', () => {
    expect(
      measures(
        'Officials want the new rules in force before the current 25% safeguard on steel from China expires at the end of June.',
      ).map((m) => m.action),
    ).not.toContain('lifted');
    expect(
      inForce('In September Argentina also ended the 35% duty on Chinese hand tools.').map(
        (m) => m.action,
      ),
    ).toEqual(['lifted']);
  });
});

describe('goods of an origin charged a rate', () => {
  it('reads "Swiss goods will be charged 15%" as a measure on Switzerland', () => {
    expect(
      inForce(
        'Washington announced on Friday that Swiss goods will be charged 15% instead of 39% from December 1.',
        '2025-11-17',
      ).map(brief),
    ).toEqual(['USA→CHE 15']);
  });
});

describe('goods no longer charged a duty', () => {
  it('reads "will no longer be charged the 15% US tariff" as its removal', () => {
    expect(
      inForce(
        'European wine and spirits will no longer be charged the 15% US tariff from August 1, the Commerce Department said on Wednesday.',
        '2026-07-09',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['USA→EU 15', 'lifted']]);
  });
});

describe('a second act told in the passive', () => {
  it('reads "cut from 150% to 75%, and its duties on … have been removed" as two acts', () => {
    expect(
      inForce(
        "Since 1 January, India's tariff on Scotch whisky has been cut from 150% to 75%, and its duties on UK-made medical devices have been removed.",
        '2026-02-10',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([
      ['IND→GBR 75', 'reduced'],
      ['IND→GBR ', 'lifted'],
    ]);
  });
});

describe('goods taken off a duty', () => {
  it('reads "took Brazilian coffee and beef off the 10% reciprocal tariff list" as a removal', () => {
    expect(
      inForce(
        'Washington took Brazilian coffee and beef off the 10% reciprocal tariff list last week.',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['USA→BRA 10', 'lifted']]);
  });
});

describe("producers' rates a passage after the measure told without them", () => {
  const told =
    'Chile imposed final anti-dumping duties on Chinese steel grinding balls on Monday. Mining companies had lobbied against them.\n\nThe commission also reviewed copper investment and fruit exports.\n\n';

  it('gives the rates set for producers a paragraph later to the measure, with its goods', () => {
    const m = inForce(
      `${told}Under the decree, balls from Hebei Lianhe pay 24.6%, while those from all other Chinese producers pay 33.5%, from Tuesday.`,
      '2026-05-22',
    );
    expect(m.map(brief)).toEqual(['CHL→CHN 24.6', 'CHL→CHN 33.5']);
    expect(m.every((c) => c.products.map((p) => p.text).includes('steel'))).toBe(true);
    expect(m.every((c) => c.dates.effective === '2026-05-19')).toBe(true);
  });

  it('leaves alone such rates after a quotation, or too far from the measure', () => {
    expect(
      inForce(
        `${told}"We will appeal," a producer said.\n\nBalls from Hebei Lianhe pay 24.6%.`,
        '2026-05-22',
      ).map(brief),
    ).toEqual(['CHL→CHN ']);
    expect(
      inForce(
        `${told}Copper output rose. Lithium output fell. Fruit exports were steady. Wine sales slowed.\n\nBalls from Hebei Lianhe pay 24.6%.`,
        '2026-05-22',
      ).map(brief),
    ).toEqual(['CHL→CHN ']);
  });
});

describe('duties published', () => {
  it('reads "published the final duties" as their act, and the rates set next as theirs', () => {
    expect(
      inForce(
        "South Korea's final anti-dumping duties on Canadian softwood plywood will shut small mills out of the market.\n\nKorea's finance ministry published the final duties on Wednesday, effective the same day. Coastline Panelworks will pay 6.2 per cent, and all other Canadian producers 19.4 per cent.",
        '2026-10-16',
      ).map((m) => [brief(m), m.dates.effective]),
    ).toEqual([['KOR→CAN 6.2,19.4', '2026-10-14']]);
  });

  it('reads no act in a ruling published', () => {
    expect(
      inForce(
        'On Tuesday the ministry published its final ruling in the anti-dumping case on pork from the European Union.',
        '2026-10-16',
      ).map(brief),
    ).toEqual([]);
  });
});

describe('a state told after an aside or a list of rates', () => {
  it('reads "…, at 17% for BYD and 35.3% for SAIC, remain fully in force" as a state', () => {
    expect(
      inForce(
        "The EU's countervailing duties on Chinese electric vehicles, at 17% for BYD and 35.3% for SAIC, remain fully in force.",
      ).map(brief),
    ).toEqual([]);
    expect(
      inForce(
        "Mexico's 50% tariff on Chinese-made cars, in force since January, remains the largest such measure in the region.",
      ).map(brief),
    ).toEqual([]);
  });

  it('still reads a measure a closing "which remain in force" describes as recalled', () => {
    expect(
      inForce(
        'The bloc hopes to secure relief from the 50% U.S. tariffs on European steel and aluminum, which remain in force for now.',
      ).map(brief),
    ).toEqual(['USA→EU 50']);
  });
});

describe('offers and measures left as they are', () => {
  it('reads an offer to bring duties down, an aside between, as not in force', () => {
    expect(
      inForce(
        'India has offered, as part of the goods package, to bring down its duties on European wines to between 20% and 30%.',
      ).map(brief),
    ).toEqual([]);
  });

  it('reads a measure "unaffected by" the announcement as a state', () => {
    expect(
      inForce(
        "The 25% surtax on steel products from China, in place since October 22, 2024, is unaffected by today's announcement.",
      ).map(brief),
    ).toEqual([]);
  });
});

describe('offers, bounds and duties currently paid', () => {
  it('reads what goods "would pay" under an offer as not in force', () => {
    expect(
      inForce(
        'Under the U.S. offer, Mexican steel up to a yearly quota would pay 25 per cent instead of the 50 per cent tariff.',
      ).map(brief),
    ).toEqual([]);
  });

  it('reads no rate in duties that "together exceed 20%"', () => {
    expect(
      inForce(
        'Indonesian stainless steel still faces EU anti-dumping and anti-subsidy duties that together exceed 20% for some mills.',
      ).map(brief),
    ).toEqual([]);
  });

  it('reads "currently pay India\'s basic customs duty of 10 per cent" as a state', () => {
    expect(
      inForce("Canadian lentils currently pay India's basic customs duty of 10 per cent.").map(
        brief,
      ),
    ).toEqual([]);
  });
});

describe('a duty goods face where they are sold', () => {
  it('reads "the United States, where Australian beef faces the baseline 10% duty" as a state', () => {
    expect(
      inForce(
        'Beef exporters keep winning business in the United States, where Australian beef faces the baseline 10% duty.',
      ).map(brief),
    ).toEqual([]);
  });
});

describe('rates borne as they stand, and the measures named with them', () => {
  it('reads no act in the verb of a measure named with a rate borne as it stands', () => {
    expect(
      inForce(
        'Argentine steel and aluminium still face the 50% duties that Washington applies to most of the world.',
      ).map(brief),
    ).toEqual([]);
    expect(
      inForce(
        'The provisional anti-dumping deposit on Canadian seed still applies at 75.8 per cent.',
      ).map(brief),
    ).toEqual([]);
  });

  it('still reads an act told beside a rate borne as it stands', () => {
    expect(
      inForce(
        'Argentine steel still faces the 50% duties, and on Monday Washington lifted its ban on Argentine beef.',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['USA→ARG ', 'lifted']]);
  });

  it('reads "remain under China\'s 100 per cent tariff" and "that canola oil still pays" as states', () => {
    expect(
      inForce("Canola oil and meal remain under China's 100 per cent tariff.").map(brief),
    ).toEqual([]);
    expect(
      inForce(
        'Beijing said nothing about the 100% tariff that Canadian canola oil still pays.',
      ).map(brief),
    ).toEqual([]);
    expect(
      inForce('The 30% rate on Canadian peas had been in place since last November.').map(brief),
    ).toEqual([]);
  });

  it('gives a gapped clause with no article the state of the first', () => {
    expect(
      inForce(
        'Canadian canola oil and peas have faced 100 per cent Chinese tariffs since March 20, and Canadian pork and seafood 25 per cent.',
      ).map(brief),
    ).toEqual([]);
    expect(
      inForce(
        'Canadian goods have faced a 35 per cent tariff since August, and the 50 per cent duties Washington placed on Canadian steel last June have cut shipments.',
      ).map(brief),
    ).toEqual(['USA→CAN 50']);
  });
});

describe('a safeguard named back', () => {
  it('takes the day and the origins a sentence naming "the safeguard" back gives', () => {
    const [m, ...rest] = inForce(
      'China began charging an additional 55% tariff on beef imported above country quotas. The safeguard, in force since January 1, applies to beef from Brazil, Argentina and Uruguay.',
      '2026-01-05',
    );
    expect(rest).toEqual([]);
    expect(m && [brief(m), m.dates.effective]).toEqual(['CHN→BRA+ARG+URY 55', '2026-01-01']);
  });
});

describe('origin headings lettered in parentheses', () => {
  it('reads "(a) People\'s Republic of China:" and "(b) Arab Republic of Egypt:" as the origins of their rows', () => {
    const m = inForce(
      "REPUBLIC OF TURKIYE - MINISTRY OF TRADE\nCOMMUNIQUE ON ANTI-DUMPING DUTIES ON FLOAT GLASS\n\nARTICLE 2 - (1) A definitive anti-dumping duty shall be collected on float glass at the rates of the CIF value indicated below:\n(a) People's Republic of China:\n- Shandong Jinghua Glass Co., Ltd.: 18.4 percent\n- Others: 37.5 percent\n(b) Arab Republic of Egypt:\n- Sphinx Glass S.A.E.: 9.2 percent\n- Others: 21 percent\n",
      '2025-09-16',
    );
    expect(m.map(brief)).toEqual(['TUR→CHN 18.4,37.5', 'TUR→EGY 9.2,21']);
  });
});

describe('rates given "respectively"', () => {
  it('gives each origin its rate in the order written', () => {
    expect(
      inForce(
        "China's commerce ministry set final anti-dumping duties on polycarbonate from the European Union and the United States, at 28.6% and 45.2% respectively, effective from Tuesday.",
        '2025-09-30',
      ).map(brief),
    ).toEqual(['CHN→EU 28.6', 'CHN→USA 45.2']);
    expect(
      inForce(
        'Peru set duties of 12% and 18% on steel nails from Chile and Bolivia respectively.',
      ).map(brief),
    ).toEqual(['PER→CHL 12', 'PER→BOL 18']);
  });
});

describe("Türkiye's additional financial liability", () => {
  it('reads it as a duty', () => {
    expect(
      inForce(
        'Türkiye has raised the additional financial liability on electric passenger vehicles from China from 40 percent to 50 percent.',
      ).map((m) => [brief(m), m.action]),
    ).toEqual([['TUR→CHN 50', 'raised']]);
  });
});

describe('a measure recalled in an opening "Since" clause', () => {
  it('is no threat for the "could" of the main clause', () => {
    expect(
      inForce(
        "Since China's 100% tariff on Canadian canola meal took effect on March 20 last year, crushers had been shipping to the Gulf as much as buyers could store.",
        '2026-03-05',
      ).map((m) => [brief(m), m.dates.effective]),
    ).toEqual([['CHN→CAN 100', '2025-03-20']]);
  });
});

describe("a notice's sections of goods of several origins", () => {
  it("gives each section its origin, and the notice's country as the imposer", () => {
    const m = inForce(
      "STATE OF PERU - MINISTRY OF ECONOMY - COMMISSIONER OF TRADE LEVIES\nNotice to importers: definitive anti-dumping levies on cement from Chile and on steel sheet from China\n\n1. General. The Minister, having accepted the recommendations of the Advisory Committee on Trade Levies, signed on Thursday orders imposing definitive anti-dumping levies on the goods described below. The orders apply to goods released from customs from the date of publication of this notice, 21 June 2026.\n\n2. Cement (customs tariff item 2523.29) produced in the Republic of Chile. The levies, expressed as a percentage of the customs value, shall apply for three years:\n- Andes Cement S.A.: 11.8%\n- All other Chilean producers: 27.3%\n\n3. Steel sheet produced in the People's Republic of China. The levies shall apply for five years:\n- Jiangyin Coated Steel Co., Ltd.: 8.3%\n- All other Chinese producers: 22.6%\n",
      '2026-06-21',
    );
    expect(m.map(brief)).toEqual(['PER→CHL 11.8,27.3', 'PER→CHN 8.3,22.6']);
  });
});

describe('conditions and studies', () => {
  it('reads a cut "once the bill creating the fund is submitted" and one "still under study" as not in force', () => {
    expect(
      inForce(
        'Washington will lower its tariff on Korean vehicles to 15% once the bill creating the investment fund is submitted to the National Assembly.',
      ).map(brief),
    ).toEqual([]);
    expect(
      inForce('Officials said a cut to the 16% duty on U.S. ethanol was still under study.').map(
        brief,
      ),
    ).toEqual([]);
  });

  it('still reads a rate applied "once the relevant quota is exhausted"', () => {
    expect(
      inForce(
        'Goods from China entered once the relevant quota is exhausted will be liable to an additional safeguard duty of 20%, Britain said on Monday.',
      ).map(brief),
    ).toEqual(['GBR→CHN 20']);
  });
});
