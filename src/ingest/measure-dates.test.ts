/**
 * When a measure was announced and when it takes effect, read through extract() on sentences
 * written for each rule: a day told by pointing back at one written before, a rate told as
 * moving on a day ahead, a start told before the rates, a gathering and an announcement just
 * told that date the announcements after them.
 */
import { describe, expect, it } from 'vitest';
import type { MeasureCandidate } from './candidates.ts';
import { extract } from './extract.ts';

const measures = (text: string, published: string): MeasureCandidate[] =>
  extract({ text, published }).candidates.filter(
    (c): c is MeasureCandidate => c.type === 'measure',
  );
/** rates → [announced, effective], the way a reviewer reads the dates of each candidate */
const dated = (text: string, published: string) =>
  measures(text, published).map((m) => [
    m.rates.map((r) => r.bp / 100).join(','),
    m.dates.announced,
    m.dates.effective,
  ]);

describe('a start told by pointing back at a day written before', () => {
  it('reads "from that day", "with effect from that day", "took effect that day"', () => {
    expect(
      dated(
        'The border agency made a preliminary determination of dumping on Monday in its case on Chilean copper tubing. Provisional duties apply to goods released from that day. Cobre Andino faces a provisional duty of 12.1%, and all other Chilean exporters 40.2%.',
        '2026-11-05',
      ),
    ).toEqual([['12.1,40.2', null, '2026-11-02']]);
    expect(
      dated(
        'Peru imposed a 20% duty on Chilean wine on Monday, with effect from that day.',
        '2026-11-05',
      ),
    ).toEqual([['20', '2026-11-02', '2026-11-02']]);
    expect(
      dated(
        'Colombia published a resolution on Tuesday imposing a 14% duty on Ecuadorian tiles, which took effect that day.',
        '2026-11-05',
      ),
    ).toEqual([['14', '2026-11-03', '2026-11-03']]);
  });

  it('reads "began collecting the duties the same day" as a start on the day just told', () => {
    expect(
      dated(
        'Last Friday the border agency issued a preliminary determination and began collecting provisional duties the same day, ranging from 12.7% to 88.4%, on steel racks from Chile.',
        '2026-09-10',
      ).map((d) => d[2]),
    ).toEqual(['2026-09-04', '2026-09-04']);
    expect(
      dated(
        'Peru’s customs agency ruled on Monday on Chilean pears and started charging the 14% duty that day.',
        '2026-09-10',
      ),
    ).toEqual([['14', '2026-09-07', '2026-09-07']]);
    expect(
      dated(
        'On Tuesday Chile published its ruling on Peruvian onions and began levying the 9% duty the same day.',
        '2026-09-10',
      ),
    ).toEqual([['9', '2026-09-08', '2026-09-08']]);
  });

  it('reads "from the date of publication" as the day told as published', () => {
    expect(
      dated(
        'The notice was published in the gazette on Tuesday. Colombia’s 18% duty on Ecuadorian glass applies from the date of publication.',
        '2026-11-05',
      ),
    ).toEqual([['18', '2026-11-03', '2026-11-03']]);
  });

  it('reads "effective immediately" as the day just told, not the day of the decision', () => {
    expect(
      dated(
        'Chile’s 12% tariff on Peruvian onions was gazetted on Wednesday with immediate effect, the ministry said on Thursday.',
        '2025-12-04',
      ),
    ).toEqual([['12', '2025-12-03', '2025-12-03']]);
    expect(
      dated(
        'Peru decided on Monday to raise its duty on Chilean pears to 9%, in a decree that was published on Tuesday, taking effect immediately.',
        '2025-12-04',
      ),
    ).toEqual([['9', '2025-12-01', '2025-12-02']]);
  });

  it('reads a weekday told as a start after the day of the act just told', () => {
    // 2026-07-08 is a Wednesday: "from Tuesday" is the day after Monday's notice
    expect(
      dated(
        'Peru accepted the board’s recommendation to impose a 17.4% duty on Chilean tableware. A notice was published on Monday, and the duties apply from Tuesday.',
        '2026-07-08',
      ),
    ).toEqual([['17.4', '2026-07-06', '2026-07-07']]);
  });
});

describe('a rate told as moving on a day ahead', () => {
  it('dates "will drop to", "would fall to", "would rise to" on that day', () => {
    expect(
      dated(
        'Finance Minister Ana Ruiz announced on Monday that Peru’s 25% surtax on Chilean copper will drop to 10% on October 1.',
        '2026-09-24',
      ),
    ).toEqual([['10', '2026-09-21', '2026-10-01']]);
    expect(
      dated(
        'Peru’s finance ministry said on Friday that its surcharge on Bolivian sugar would fall to 15% on November 1, down from 25%.',
        '2026-09-24',
      ),
    ).toEqual([['15', '2026-09-18', '2026-11-01']]);
    expect(
      dated(
        'Bolivia said on Tuesday its levy on Peruvian quinoa would rise to 30% on December 1.',
        '2026-09-24',
      ),
    ).toEqual([['30', '2026-09-22', '2026-12-01']]);
  });
});

describe('a start told before the rates', () => {
  it('dates the rates told next by a sentence that only says the duties took effect', () => {
    const rated = (text: string) => dated(text, '2026-01-08').filter((d) => d[0] !== '');
    expect(
      rated(
        'New Colombian duties on Ecuadorian steel kicked in on Monday. Colombia levies 40% on Ecuadorian rebar.',
      ),
    ).toEqual([['40', null, '2026-01-05']]);
    expect(
      rated(
        'Higher Chilean tariffs on Peruvian goods came into force on January 2. Chile levies 30% on Peruvian cement.',
      ),
    ).toEqual([['30', null, '2026-01-02']]);
    expect(
      rated(
        'Chile’s new tariffs on Peruvian goods took effect on January 2. Chile now charges a 30% tariff on Peruvian cement.',
      ),
    ).toEqual([['30', null, '2026-01-02']]);
  });
});

describe('a gathering and an announcement just told', () => {
  it('dates an announcement made "at the session" by the day the session was told', () => {
    expect(
      dated(
        'Yesterday, the trade ministers of Peru and Chile co-chaired the fourth session of their joint commission in Lima. At the session, Peru announced that its 20% tariff on Chilean wine will be suspended from October 1, 2026.',
        '2026-09-15',
      ),
    ).toEqual([['20', '2026-09-14', '2026-10-01']]);
    expect(
      dated(
        'Ministers from Norway and Iceland held talks in Oslo on Friday. During the talks, Norway said it would cut its duty on Icelandic lamb to 5% from 12%, effective November 1.',
        '2026-09-15',
      ),
    ).toEqual([['5', '2026-09-11', '2026-11-01']]);
    expect(
      dated(
        'Leaders met for a summit in Seoul on September 10. At the summit, Korea declared that it would lower its tariff on Thai rice to 8%.',
        '2026-09-15',
      ),
    ).toEqual([['8', '2026-09-10', null]]);
  });

  it('does not date what was only explained at a gathering', () => {
    expect(
      dated(
        'Ministers from Norway and Iceland held talks in Oslo on Friday. During the talks, the Norwegian minister explained the increase of the duty on Icelandic lamb to 9%, which took effect on March 1.',
        '2026-09-15',
      )[0]?.[1],
    ).toBeNull();
  });

  it('dates an announcement right after one dated as announced by the same day', () => {
    expect(
      dated(
        'Yesterday, the trade ministers of Peru and Chile co-chaired the fourth session of their joint commission. At the session, Peru announced that its 20% tariff on Chilean wine will be suspended from October 1, 2026. For its part, Chile confirmed that it will remove its 15% duty on Peruvian asparagus from October 15, 2026.',
        '2026-09-15',
      ),
    ).toEqual([
      ['20', '2026-09-14', '2026-10-01'],
      ['15', '2026-09-14', '2026-10-15'],
    ]);
    expect(
      dated(
        'Leaders met for a summit in Seoul on September 10. At the summit, Korea declared that it would lower its tariff on Thai rice to 8%. Thailand in turn announced it would halve its 30% duty on Korean cars.',
        '2026-09-15',
      ).map((d) => d[1]),
    ).toEqual(['2026-09-10', '2026-09-10']);
  });

  it('dates the duties of a round of decisions told as notified a few sentences before', () => {
    expect(
      dated(
        'Peru’s finance ministry notified a fresh round of trade-remedy decisions on Chilean chemicals on Wednesday. The biggest is a new anti-dumping duty on Chilean aniline. The duty, which took effect on Wednesday, is 12.5%.',
        '2026-06-18',
      ),
    ).toEqual([['12.5', '2026-06-17', '2026-06-17']]);
  });
});

describe('an announcement dated a day before the one just told', () => {
  it('reads "The day before" and "A day earlier" opening a sentence', () => {
    expect(
      dated(
        'Peru’s ministry issued its final ruling on Chilean copper on Saturday. The day before, Peru’s tariff commission said it would stop collecting its 25% tariff on Chilean lobsters from March 1.',
        '2026-03-02',
      ),
    ).toEqual([['25', '2026-02-27', '2026-03-01']]);
    expect(
      dated(
        'Peru published its final ruling on Chilean copper on Saturday, setting a 5.9% duty from March 1. Two days earlier, Peru’s tariff commission said it would suspend its 25% tariff on Chilean crabs.',
        '2026-03-02',
      ).at(-1),
    ).toEqual(['25', '2026-02-26', null]);
  });
});

describe('an announcement dated by its distance from an event told before', () => {
  it('reads "came", "opened" or "followed" "a day after" against the day of the event named', () => {
    expect(
      dated(
        'Peru and Chile opened their trade talks in Lima on Tuesday. The talks came two days after Peru said it would cut its 20% duty on Chilean wine to 10% from July 1.',
        '2026-06-18',
      ),
    ).toEqual([['10', '2026-06-14', '2026-07-01']]);
    expect(
      dated(
        'The third round ran from May 12 to 14 in Ottawa. The round opened a day after Ottawa announced that it will stop collecting its 25% surtax on U.S. steel from June 1.',
        '2026-05-15',
      ),
    ).toEqual([['25', '2026-05-11', '2026-06-01']]);
    expect(
      dated(
        'The two ministers met for their summit in Brasília on Friday. The summit followed the day after Brazil imposed a 12% duty on Argentine wine.',
        '2026-06-20',
      ),
    ).toEqual([['12', '2026-06-18', null]]);
  });

  it('reads "The decision came a day after" as a day before the act told before', () => {
    expect(
      dated(
        'China will charge a final duty of 5.9% on Canadian canola seed starting March 1, the ministry said on Saturday. The decision came a day after China’s tariff commission said it would not levy its 25% tariff on Canadian crabs from March 1 to December 31.',
        '2026-03-02',
      ).at(-1),
    ).toEqual(['25', '2026-02-27', '2026-03-01']);
    expect(
      dated(
        'Beijing said on Friday it would cut its 25% tariff on Canadian shrimp to 10% from December 1. The announcement came a day after Ottawa lowered its surtax on Chinese aluminium to 10% from 25%.',
        '2026-11-16',
      ).at(-1)?.[1],
    ).toBe('2026-11-12');
  });

  it('reads "The day before the ruling," and "Two days after the talks," opening a sentence', () => {
    expect(
      dated(
        'Beijing’s ministry issued its final ruling on Saturday, and the duty has applied since Sunday. The day before the ruling, China’s tariff commission said it would stop collecting its 25% tariff on Canadian lobsters from March 1.',
        '2026-03-02',
      ),
    ).toEqual([['25', '2026-02-27', '2026-03-01']]);
    expect(
      dated(
        'Chile and Peru held talks in Santiago on Monday. Two days after the talks, Chile said it would lower its 15% duty on Peruvian onions to 5% from July 1.',
        '2026-06-20',
      ),
    ).toEqual([['5', '2026-06-17', '2026-07-01']]);
  });
});

describe('a date set apart by commas after a phrase opening with "between"', () => {
  it('reads "Between those meetings, on Tuesday," as the day of the act, not a period', () => {
    expect(
      dated(
        'Between those meetings, on Tuesday, China’s tariff commission said it would cut its tariff on Canadian pork to 10% from 25%, starting June 1.',
        '2026-05-29',
      ),
    ).toEqual([['10', '2026-05-26', '2026-06-01']]);
    expect(
      dated(
        'Between the two rounds of talks, on 3 June, Ottawa imposed a 20% surtax on Chinese steel wire.',
        '2026-06-10',
      )[0]?.[1],
    ).toBe('2026-06-03');
    expect(
      dated(
        'Peru’s duties apply to imports released between January 14, 2026 and May 26, 2026, at 12%, on Chilean pears.',
        '2026-06-10',
      )[0]?.[1],
    ).toBeNull();
  });
});

describe('round 23: the day of an act told apart from the day it was announced', () => {
  it('reads a future cut set "on the 20th" as the day it takes effect', () => {
    expect(
      dated(
        'Peru will lower its duty on Chilean onions to 5% on the 20th, the finance ministry said on Monday.',
        '2026-06-10',
      ),
    ).toEqual([['5', '2026-06-08', '2026-06-20']]);
  });
  it('reads "stopped collecting … on Sunday" as the start, not the announcement', () => {
    expect(
      dated(
        'Peru stopped collecting its 15% duty on Chilean onions on Sunday, May 3.',
        '2026-05-06',
      ),
    ).toEqual([['15', null, '2026-05-03']]);
  });
  it('reads "extended the suspension of its duty on Tuesday" as the day of the extension', () => {
    expect(
      dated(
        'Peru on Tuesday extended the suspension of its 15% duty on Chilean onions through the end of 2027.',
        '2026-05-08',
      ),
    ).toEqual([['15', '2026-05-05', null]]);
    // a suspension named as the act is still the start of it
    expect(
      dated(
        'The suspension of the 15% duty on Chilean onions on Tuesday pleased growers.',
        '2026-05-08',
      )[0]?.[1],
    ).toBeNull();
  });
  it('takes the day the next sentence says the measures were announced over a later report', () => {
    expect(
      dated(
        'The governor today welcomed Peru’s final ruling on Chilean onions, which sets duties of 6% and 9%. The duties were announced by the Peruvian ministry on Friday and took effect Saturday.',
        '2026-05-11',
      ),
    ).toEqual([
      ['6', '2026-05-08', '2026-05-09'],
      ['9', '2026-05-08', '2026-05-09'],
    ]);
    // a sentence that only reports a saying keeps the day read before
    expect(
      dated(
        'The governor today welcomed Peru’s final ruling on Chilean onions, which sets duties of 6% and 9%. The ministry said on Friday that the duties took effect Saturday.',
        '2026-05-11',
      )[0]?.[1],
    ).toBe('2026-05-11');
  });
});

describe('round 23: announcements told now, in a list, and starts told by reference', () => {
  it('dates a measure told after a saying in the present on the day of the text', () => {
    expect(
      dated(
        'Peru’s trade ministry says Lima will lift its 15% duty on Chilean onions from June 1.',
        '2026-05-20',
      ),
    ).toEqual([['15', '2026-05-20', '2026-06-01']]);
    expect(
      dated(
        'Peru’s trade ministry has just announced that Lima will cut its duty on Chilean onions to 5% from June 1.',
        '2026-05-20',
      )[0]?.[1],
    ).toBe('2026-05-20');
    // a saying after the measure, or one that says no act, dates nothing
    expect(
      dated(
        'The 15% duty Peru put on Chilean onions, which took effect on June 1, 2025, "hurt the small growers most," she says.',
        '2026-05-20',
      )[0]?.[1],
    ).toBeNull();
    expect(
      dated(
        'Chile says it will not answer the 15% Peruvian duty on Chilean onions for now.',
        '2026-05-20',
      )[0]?.[1] ?? null,
    ).toBeNull();
  });

  it('reads "with effect from its publication in the Gazette on Saturday" as the start', () => {
    expect(
      dated(
        'Peru’s ministry on Friday set a 12% duty on Chilean onions, with effect from its publication in the official gazette on Saturday.',
        '2026-05-20',
      ),
    ).toEqual([['12', '2026-05-15', '2026-05-16']]);
  });

  it('dates every item of a list by its lead-in telling the announcement', () => {
    expect(
      dated(
        [
          'After the talks, the two ministers announced today that:',
          '- Peru will suspend its 15% duty on Chilean onions from June 1;',
          '- Chile will suspend its 10% duty on Peruvian garlic from June 1;',
          '- Peru will lower its duty on Chilean pears to 5% from July 1.',
        ].join('\n'),
        '2026-05-20',
      ).map((m) => m[1]),
    ).toEqual(['2026-05-20', '2026-05-20', '2026-05-20']);
  });

  it('starts a measure told "over the same period" on the day of the one before it', () => {
    expect(
      dated(
        [
          'Peru will not collect its 15% duty on Chilean onions from June 1, 2026, until December 31, 2026.',
          'Peru will not collect its 10% duty on Chilean garlic over the same period.',
        ].join(' '),
        '2026-05-20',
      ).map((m) => m[2]),
    ).toEqual(['2026-06-01', '2026-06-01']);
  });
});

describe('round 23: a week told in the sentence before', () => {
  it('takes no day of announcing from "last week" in the sentence before', () => {
    expect(
      dated(
        'The governor praised the new pact announced in Lima last week. She welcomed Peru’s decision to stop collecting its 15% duty on Chilean onions from March 1.',
        '2026-01-20',
      ),
    ).toEqual([['15', null, '2026-03-01']]);
    // a day written there still dates it
    expect(
      dated(
        'The governor praised the new pact announced in Lima on Tuesday. She welcomed Peru’s decision to stop collecting its 15% duty on Chilean onions from March 1.',
        '2026-01-20',
      )[0]?.[1],
    ).toBe('2026-01-20');
  });
});

describe('round 23: a start told by the trade that resumes', () => {
  it('dates a measure lifted by the next sentence telling trade resumes from a day', () => {
    expect(
      dated(
        'Peru on Monday lifted its 15% duty on Chilean onions. Shipments can resume from 1 June.',
        '2026-05-20',
      ),
    ).toEqual([['15', '2026-05-18', '2026-06-01']]);
    expect(
      dated(
        'Peru on Monday removed its 15% duty on Chilean onions. From 1 June, the onions will enter Peru without the additional duty.',
        '2026-05-20',
      )[0]?.[2],
    ).toBe('2026-06-01');
  });

  it('leaves a measure raised, or a next sentence with a rate of its own', () => {
    expect(
      dated(
        'Peru said on Monday it had raised its duty on Chilean onions to 15%. Talks can resume from 1 June.',
        '2026-05-20',
      )[0]?.[2],
    ).toBeNull();
    expect(
      dated(
        'Peru on Monday lifted its 15% duty on Chilean onions. Garlic shipments resume from 1 June at 5%.',
        '2026-05-20',
      )[0]?.[2] ?? null,
    ).toBeNull();
  });

  it('dates a measure by the next sentence saying the act takes effect on a day', () => {
    expect(
      dated(
        'Peru on Wednesday prolonged the suspension of its 15% duty on Chilean onions for all of 2027. The extension takes effect January 1, leaving no gap.',
        '2026-09-25',
      ),
    ).toEqual([['15', '2026-09-23', '2027-01-01']]);
  });
});

describe('round 23: an instrument’s own clause on when it enters into force', () => {
  it('dates the acts of an instrument by "This Regulation shall enter into force on …"', () => {
    const text = (close: string) =>
      [
        'IMPLEMENTING REGULATION 2026/77',
        'of 3 May 2026',
        'Article 1',
        '1. A definitive anti-dumping duty of 12% is imposed on imports of onions originating in Peru.',
        '2. Customs offices shall collect the duty on the value declared at the frontier.',
        '3. Where the goods have been damaged before entry, the price actually paid shall apply.',
        'Article 2',
        close,
      ].join('\n');
    expect(
      dated(text('This Regulation shall enter into force on 9 May 2026.'), '2026-05-03')[0]?.[2],
    ).toBe('2026-05-09');
    // the clause after another sentence of its line
    expect(
      dated(
        text(
          'It shall be published in the Official Journal. This Regulation shall enter into force on 9 May 2026.',
        ),
        '2026-05-03',
      )[0]?.[2],
    ).toBe('2026-05-09');
    // a day the clause does not tell the instrument enters into force on dates nothing
    expect(
      dated(text('This Regulation shall be reviewed by 9 May 2027.'), '2026-05-03')[0]?.[2],
    ).toBeNull();
  });
});

describe('a notice headed by its body and country, with a day named as the effective date', () => {
  it('reads "Ministry of Finance, Peru - Customs Bureau" as the notice’s country for a table far below', () => {
    const text = [
      'Ministry of Finance, Peru - Customs Bureau',
      '',
      'Notice on Definitive Anti-Dumping Duties on Wine Originating in the Republic of Chile',
      '',
      '1. Outline',
      '',
      'On Tuesday, 18 November 2025, the Cabinet decided to impose definitive anti-dumping duties on wine originating in the Republic of Chile. The duties apply to goods imported from 28 November 2025.',
      '',
      'The investigation was initiated on 27 December 2024. Provisional duties of 40% for all suppliers were imposed from 30 June 2025.',
      '',
      '2. Product concerned',
      '',
      'Wine of fresh grapes, in containers of 2 litres or less. Sparkling wine is not covered.',
      '',
      '3. Definitive duty rates',
      '',
      'Supplier | Rate of duty',
      'Viña Sol S.A. | 12.3%',
      'Other suppliers | 40%',
    ].join('\n');
    expect(
      measures(text, '2025-11-20')
        .filter((m) => m.rates.length === 2)
        .map((m) => [m.imposer?.jurisdiction, m.targets.map((t) => t.jurisdiction)]),
    ).toEqual([['PER', ['CHL']]]);
  });

  it('reads the day after "from the effective date of the Decision, being" as the day of effect', () => {
    expect(
      dated(
        'On 13 October 2025, Peru decided to impose anti-dumping duties on wine from Chile, from the effective date of the Decision, being 28 October 2025, at a rate of 14%.',
        '2025-10-15',
      ),
    ).toEqual([['14', '2025-10-13', '2025-10-28']]);
  });
});

describe('a change recalled weeks on, by a country, with its day written', () => {
  it('is dated by when it took effect, not announced', () => {
    expect(
      dated(
        'The visit comes as both countries deal with tariffs. Lima raised its tariff on Chilean goods to 35% on August 1.',
        '2025-09-19',
      ),
    ).toEqual([['35', null, '2025-08-01']]);
  });

  it('is still announced when a body decides it, or when it is news of the week', () => {
    expect(
      dated(
        'Peru’s trade ministry raised its tariff on Chilean goods to 35% on August 1.',
        '2025-09-19',
      ),
    ).toEqual([['35', '2025-08-01', null]]);
    expect(
      dated('Lima raised its tariff on Chilean goods to 35% on September 15.', '2025-09-19'),
    ).toEqual([['35', '2025-09-15', null]]);
  });
});
