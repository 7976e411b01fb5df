/**
 * The measure rules that read text the extractor was not tuned on: each case is a sentence
 * written for the rule, and where it matters a near miss the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction, MeasureCandidate } from './candidates.ts';
import { extract } from './extract.ts';
import { goodsIn } from './lexicon.ts';

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

  it('gives a measure its goods as written, flagged as unresolved', () => {
    const [m] = measures('Chile imposed a 14% tariff on Peruvian goods on Monday.');
    expect(m?.products.map((p) => p.text)).toEqual(['Peruvian goods']);
    expect(m?.products[0]?.hs).toEqual([]);
    expect(m?.flags).toContain('hs_unresolved');
  });
});

describe('who imposes when three countries are named', () => {
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
    expect(m?.dates).toEqual({ announced: '2025-05-04', effective: '2025-05-06' });
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
