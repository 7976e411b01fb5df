import { describe, expect, it } from 'vitest';
import type { EngagementCandidate } from './candidates.ts';
import { extract } from './extract.ts';

/** Engagements as [kind, date, participants], the participants by their words or country. */
const engagements = (text: string, published = '2026-03-06') =>
  extract({ text, published })
    .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
    .map((e) => [e.kind, e.date, e.participants.map((p) => p.text || p.jurisdiction)]);

describe('engagements: who took part', () => {
  it('adds the people a later sentence says went along or sat in', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz met Premier Hu Wei on Thursday. Ruiz, who was accompanied by Trade Minister Tom Hale, spent two hours at the guesthouse.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei', 'Tom Hale']]]);
    expect(
      engagements(
        'Trade Minister Tom Hale and Commerce Minister Li Fang co-chaired the joint commission on Thursday. Farm Minister Jo Beal sat in, while the Chinese delegation included Vice Minister Zhou Min.',
      )[0]?.[2],
    ).toEqual(['Tom Hale', 'Li Fang', 'Jo Beal', 'Zhou Min']);
  });

  it('puts the people who led both sides in place of the countries, not one side alone', () => {
    const both =
      'Negotiators from Peru and Chile wrapped up a third round of talks on Thursday. The Peruvian team was led by Rosa Vidal and the Chilean side by Tomás Lagos, a deputy minister.';
    expect(engagements(both)).toEqual([
      ['dialogue-round', '2026-03-05', ['Rosa Vidal', 'Tomás Lagos']],
    ]);
    const one =
      'Negotiators from Peru and Chile wrapped up a third round of talks on Thursday. The Peruvian team was led by Rosa Vidal.';
    expect(engagements(one)[0]?.[2]).toEqual(['Peru', 'Chile']);
  });

  it('takes the person a pronoun subject stands for', () => {
    expect(
      engagements(
        'Japan’s envoy Ken Sato landed in Ottawa on Thursday. He met Trade Minister Tom Hale on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ken Sato', 'Tom Hale']]]);
  });

  it('leaves out people named in an aside', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale, who flew in with Premier Jo Beal, met Commerce Minister Li Fang on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Tom Hale', 'Li Fang']]]);
  });

  it('reads several people met together as one meeting, and met in turn as one each', () => {
    expect(
      engagements('Ana Ruiz met Tom Hale and Trade Minister Jo Beal in Lima on Thursday.'),
    ).toHaveLength(1);
    expect(
      engagements(
        'On Thursday Foreign Minister Ana Ruiz held separate talks with Trade Minister Tom Hale and Trade Minister Jo Beal.',
      ).map((e) => e[2]),
    ).toEqual([
      ['Ana Ruiz', 'Tom Hale'],
      ['Ana Ruiz', 'Jo Beal'],
    ]);
  });

  it('reads two clauses with days of their own as two engagements', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei on Wednesday, and on Thursday she held talks with Foreign Minister Tom Hale.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Tom Hale']],
    ]);
  });
});

describe('engagements: what took place', () => {
  it('reads a meal together and a courtesy call as meetings, not an appeal', () => {
    expect(
      engagements('Ana Ruiz dined on Thursday evening with Finance Minister Tom Hale.'),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'On Thursday the envoy Ken Sato called on Premier Jo Beal before flying to Lima.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ken Sato', 'Jo Beal']]]);
    expect(
      engagements('On Thursday Ken Sato called on Premier Jo Beal to "drop the duties".'),
    ).toEqual([]);
  });

  it('leaves out an engagement told as background', () => {
    for (const text of [
      'Ana Ruiz said that since the two ministers met in Lima in January, ties have improved.',
      'Building on their phone call of March 2, Ana Ruiz and Tom Hale discussed canola.',
      'Premier Jo Beal last met President Tom Hale in October.',
      'The visit follows a phone call between Premier Jo Beal and President Tom Hale in November.',
      'Trade Minister Tom Hale, who has travelled to Peru twice since last year, will join him.',
      'The deal is the first step since President Tom Hale and Premier Jo Beal met in Lima.',
    ])
      expect(engagements(text)).toEqual([]);
  });

  it('leaves out engagements still to come, visits of one person and talks only spoken of', () => {
    for (const text of [
      'Ken Sato is expected to return to Lima next week, and the two sides said talks with Tom Hale would continue.',
      'Premier Jo Beal, on his third trip to Europe this year, praised the deal.',
      'Peruvian officials warned that beef could be next if talks with Chilean negotiators fail.',
      "Ana Ruiz called the deal a template for Peru's talks with the European Union.",
    ])
      expect(engagements(text)).toEqual([]);
  });

  it('keeps an engagement the news follows when its day is told', () => {
    expect(
      engagements(
        'The decision came days after a summit in Lima between Park Min-jun and Hu Wei on Monday.',
      ),
    ).toEqual([['summit', '2026-03-02', ['Park Min-jun', 'Hu Wei']]]);
  });
});

describe('engagements: dates', () => {
  it('takes the day of the engagement, not the day it was told or a day in an aside', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale said on Thursday he had a call with Vice Premier Li Fang on Tuesday, and that the two sides would meet again next month.',
      ),
    ).toEqual([['call', '2026-03-03', ['Tom Hale', 'Li Fang']]]);
    expect(
      engagements(
        'Foreign Minister Ana Ruiz, who arrived in Tokyo on Sunday, met Foreign Minister Ken Sato on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Ken Sato']]]);
  });

  it('takes the day before the engagement told last for "The day before"', () => {
    expect(
      engagements(
        'On March 4, Foreign Minister Ana Ruiz held a video call with Tom Hale.\n\nThe day before, Vice Minister Li Fang held consultations in Lima with a delegation led by Jo Beal.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-04', '2026-03-03']);
  });

  it('takes the day before the news for "come a day after"', () => {
    expect(
      engagements(
        'Peru will raise duties on steel, the ministry said on Thursday.\n\nThe moves come a day after Trade Minister Ana Ruiz held a video call with Tom Hale.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-04']);
  });

  it('gives "earlier in the day" the day of the last engagement with one', () => {
    expect(
      engagements(
        'Premier Jo Beal and President Tom Hale met in Lima yesterday. Tariffs end from July 1.\n\nEarlier in the day, Foreign Minister Ana Ruiz met Foreign Minister Ken Sato.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-05', '2026-03-05']);
  });
});
