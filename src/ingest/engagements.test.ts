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

  it('reads a pronoun as the one an earlier sentence opening with the same pronoun stands for', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz is in Lima this week. She is due to meet Foreign Minister Hu Wei on Friday. On Thursday she held talks with Vice-Premier Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads "the two ministers" as the two people the two sentences before name, one each', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz is in Lima. Commerce Minister Hu Wei is her host. The two ministers met on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Hu Wei', 'Ana Ruiz']]]);
  });

  it('lists an engagement told with its day as the time a deal was struck, after "since"', () => {
    expect(
      engagements(
        'Cargoes have left Callao since the deal struck when Ana Ruiz and Hu Wei met in Lima on March 2.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('splits off a clause whose subject is a title with the name set off after it', () => {
    expect(
      engagements(
        "On Monday, Foreign Minister Ana Ruiz held a working session with her Chilean counterpart, and the Minister responsible for Trade, Tom Hale, met with Chile's Secretary of Economy, Hu Wei, to review supply chains.",
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Chilean']],
      ['meeting', '2026-03-02', ['Tom Hale', 'Hu Wei']],
    ]);
  });

  it('splits "…, and a day after X met Y" into an engagement of its own', () => {
    expect(
      engagements(
        "The ruling came a month after President Ana Ruiz met President Hu Wei in Lima on February 2, and a day after Tom Hale, Peru's farm minister, met China's ambassador, Li Fang, in Lima on Thursday.",
      ),
    ).toEqual([
      ['meeting', '2026-02-02', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Tom Hale', 'Li Fang']],
    ]);
  });

  it('reads "she met him again" as the two of the engagement told before, on its own day', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz met Foreign Minister Hu Wei on Tuesday. On Thursday, she met him again.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']],
    ]);
  });

  it('puts the people who led the sides in place of their countries', () => {
    const both =
      'Negotiators from Peru and Chile wrapped up a third round of talks on Thursday. The Peruvian team was led by Rosa Vidal and the Chilean side by Tomás Lagos, a deputy minister.';
    expect(engagements(both)).toEqual([
      ['dialogue-round', '2026-03-05', ['Rosa Vidal', 'Tomás Lagos']],
    ]);
    const one =
      'Negotiators from Peru and Chile wrapped up a third round of talks on Thursday. The Peruvian team was led by Rosa Vidal.';
    expect(engagements(one)[0]?.[2]).toEqual(['Rosa Vidal', 'Chile']);
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

describe('engagements: kinds', () => {
  it('reads a summit its hosts co-chaired as a summit, and days of talks as a round', () => {
    expect(
      engagements(
        'President Ana Ruiz co-chaired the Peru-Chile Summit in Lima on Thursday with President Tom Hale.',
      )[0]?.[0],
    ).toBe('summit');
    expect(
      engagements(
        'Trade Minister Ana Ruiz and Vice Premier Li Fang held two days of talks in Oslo.',
      )[0]?.[0],
    ).toBe('dialogue-round');
    expect(
      engagements(
        'Commerce Secretary Ana Ruiz led Peru’s team in a new round of negotiations with a visiting Chilean delegation on Monday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Chilean']]]);
  });

  it('reads a telephone talk and a meeting named before "with" or "between"', () => {
    expect(
      engagements(
        'On March 4, Minister Ken Sato held a telephone talk with Minister Ana Ruiz.',
      )[0]?.[0],
    ).toBe('call');
    expect(
      engagements(
        'The deal followed a meeting in Lima on Tuesday between Trade Minister Ana Ruiz and Commerce Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']]]);
  });
});

describe('engagements: what is not one', () => {
  it('leaves out talks that could happen, invitations and the next session', () => {
    expect(
      engagements(
        'Traders said Peruvian and Chilean officials could hold trade talks later this month. President Ana Ruiz invited President Tom Hale to visit Lima for the next summit. Peru looks forward to the next session of the Peru-Chile Dialogue.',
      ),
    ).toEqual([]);
  });

  it('leaves out a meeting told only in an aside', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz, who met Commerce Secretary Tom Hale in Lima last month, is due to travel to Chile again in May.',
      ),
    ).toEqual([]);
  });

  it('takes no country for a side from the place visited or a name', () => {
    expect(
      engagements(
        'President Ana Ruiz is on a state visit to Chile for the Peru-Chile Summit. Ruiz travelled to Valparaiso, where she opened a Peru-Chile business forum.',
      ),
    ).toEqual([]);
  });

  it('leaves out an engagement told after "after" with no day, and a plan to hold one', () => {
    expect(
      engagements(
        'Peru cut its duty on Monday after a call between Trade Minister Ana Ruiz and Commerce Minister Li Fang. The ministers agreed to relaunch their dialogue, with a first meeting to be held in Lima.',
      ),
    ).toEqual([]);
  });
});

describe('engagements: dates and clauses', () => {
  it('dates an engagement told after "after" by the day written after it, or the day before the news', () => {
    expect(
      engagements(
        'Peru cut its duty on Monday, after a phone call on Saturday between Trade Minister Ana Ruiz and Commerce Minister Li Fang.',
      ),
    ).toEqual([['call', '2026-02-28', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz spoke in Lima on Wednesday, a day after holding talks with Commerce Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads the words around a quotation', () => {
    expect(
      engagements(
        '"We are closer than ever," Trade Minister Ana Ruiz said on Wednesday after she met Commerce Minister Li Fang on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads two engagements named one after the other, and a second clause of the same people', () => {
    expect(
      engagements(
        'The deal followed a meeting on Tuesday between Trade Minister Ana Ruiz and Commerce Minister Li Fang, and a video call on Wednesday in which Premier Jo Beal and President Tom Hale settled the details.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']],
      ['call', '2026-03-04', ['Jo Beal', 'Tom Hale']],
    ]);
    expect(
      engagements(
        'President Ana Ruiz and President Tom Hale spoke by phone on March 2 and met in Lima on March 4.',
      ),
    ).toEqual([
      ['call', '2026-03-02', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Tom Hale']],
    ]);
  });

  it('takes the date of the last sentence before that writes one, and the day for "later in the evening"', () => {
    expect(
      engagements(
        'On March 2, Minister Ana Ruiz met Minister Li Fang. The ministers adopted a road map. Minister Ruiz also met Minister Tom Hale. Minister Jo Beal called on Minister Ruiz at her hotel later in the evening.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-02', '2026-03-02', '2026-03-02']);
  });
});

describe('engagements: bodies and participles', () => {
  it('reads a commission that met as a session, and a participle of meeting', () => {
    expect(
      engagements('The Peru-Chile Joint Trade Commission met in Lima on Tuesday.')[0]?.[0],
    ).toBe('dialogue-round');
    expect(
      engagements(
        'Trade Minister Ana Ruiz toured the port on Tuesday, meeting Consul General Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('takes no country for a side from the name of a body', () => {
    expect(
      engagements(
        'The minister met the Peru-Chile Business Council and the Chilean Chamber of Mines.',
      ),
    ).toEqual([]);
  });
});

describe('engagements: round 3', () => {
  it('reads a video teleconference as a call, and a brief exchange as a meeting', () => {
    expect(
      engagements(
        'On March 4, Minister Ana Ruiz held a video teleconference meeting with Minister Tom Hale.',
      )[0]?.[0],
    ).toBe('call');
    expect(
      engagements(
        'Premier Hu Wei held a brief exchange with President Ana Ruiz, the summit host, on Wednesday.',
      )[0]?.[0],
    ).toBe('meeting');
  });

  it('reads a session of a named commission held by its co-chairs', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale and Commerce Minister Li Fang held the 9th Peru-Chile Joint Trade Commission in Lima on Monday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Tom Hale', 'Li Fang']]]);
  });

  it('takes a round of tariff cuts for no round of talks', () => {
    expect(
      engagements(
        'The Peru-Chile pact took effect on Monday, and with it the first round of tariff cuts. Trade Minister Tom Hale met Minister Li Fang in Lima on Monday to mark it.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tom Hale', 'Li Fang']]]);
  });

  it('lists no first meeting told without its day, nor one a week names', () => {
    expect(
      engagements('Minister Ana Ruiz and Minister Tom Hale first met in Lima in July.'),
    ).toEqual([]);
    expect(
      engagements(
        'The talks follow a phone call between President Ana Ruiz and President Tom Hale last week.',
      ),
    ).toEqual([]);
    expect(
      engagements('Minister Ana Ruiz met Minister Tom Hale in Lima last week.')[0]?.[1],
    ).toBeNull();
  });

  it('dates a dinner "on the eve of" the session the day before it', () => {
    expect(
      engagements(
        'Minister Ana Ruiz and Minister Li Fang co-chaired the joint commission on Thursday.\n\nOn the eve of the session, Ruiz had dinner with Premier Hu Wei.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-05', '2026-03-04']);
  });

  it('gives a second clause the subject and day of its first clause', () => {
    expect(
      engagements(
        'President Ana Ruiz was welcomed at the palace on Wednesday, and held talks with President Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'President Ana Ruiz and President Tom Hale met President Hu Wei on Thursday, before holding the annual summit with Premier Li Fang.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Tom Hale', 'Hu Wei']],
      ['summit', '2026-03-05', ['Ana Ruiz', 'Tom Hale', 'Li Fang']],
    ]);
  });

  it('leaves out the people of a purpose clause, and dates a "then" step the same day', () => {
    expect(
      engagements(
        'Minister Ana Ruiz met Minister Tom Hale on Wednesday, seeking to avert a tariff that President Hu Wei has threatened.\n\nRuiz then went on to a separate meeting with Minister Li Fang.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-04', ['Ruiz', 'Li Fang']],
    ]);
  });
});

describe('engagements: round 4', () => {
  it('gives a bare title to the holder the text named with no country', () => {
    expect(
      engagements(
        'Prime Minister Ana Ruiz met the Prime Minister of Peru, Tomás Lagos, in Lima on Monday. Prime Minister Lagos praised the deal.\n\nLater that day, the Prime Minister met President Hu Wei.',
      ).map((e) => e[2]),
    ).toEqual([
      ['Ana Ruiz', 'Tomás Lagos'],
      ['Ana Ruiz', 'Hu Wei'],
    ]);
  });

  it('takes a delegation for a country side next to a person introduced with "vice-minister"', () => {
    expect(
      engagements(
        'On Tuesday, Aiko Mori, vice-minister for trade policy, met a Peruvian delegation in Osaka for the annual steel dialogue.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Aiko Mori', 'Peruvian']]]);
  });

  it('takes the head of government of a country for that country', () => {
    expect(
      engagements('Prime Minister Ana Ruiz spoke with the Prime Minister of Peru on Tuesday.'),
    ).toEqual([['call', '2026-03-03', ['Ana Ruiz', 'Peru']]]);
  });

  it('reads a short talk of some minutes held with someone as a meeting', () => {
    expect(
      engagements(
        'On March 2, Minister Ana Ruiz held a standing talk of about ten minutes with Commissioner Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('lists no engagement only agreed, asked for, called off or still ahead', () => {
    for (const text of [
      'Minister Ana Ruiz and Minister Tom Hale also agreed to speak by phone before the end of the year.',
      'Minister Ana Ruiz has requested a call with Minister Tom Hale, her office said on Tuesday.',
      'A planned meeting between Minister Ana Ruiz and Minister Tom Hale was called off on Tuesday.',
      'Minister Ana Ruiz said on Tuesday she would raise beef when she meets Minister Tom Hale.',
      'Ahead of her meeting with Minister Tom Hale on Friday, Minister Ana Ruiz said beef came first.',
    ])
      expect(engagements(text)).toEqual([]);
  });

  it('puts the people the talks were led by in place of the countries', () => {
    expect(
      engagements(
        'Peruvian and Chilean officials held a video conference on Tuesday on dairy quotas. The talks were led by Director Ana Ruiz for Peru and Vice Minister Tom Hale for Chile.',
      ),
    ).toEqual([['call', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('takes no day from the sentence before for an engagement told in the past perfect', () => {
    expect(
      engagements(
        'Peru will cut its duty on wheat, Minister Ana Ruiz said on Tuesday. Ruiz said she had discussed the duty with Minister Tom Hale in a phone call.',
      ),
    ).toEqual([['call', null, ['Ruiz', 'Tom Hale']]]);
  });

  it('lists no engagement named only as one the reader knows, with no verb and no day', () => {
    expect(
      engagements(
        'Exporters cheered on Monday. The ministry called it a result of the talks between President Ana Ruiz and President Hu Wei that have eased tensions.',
      ),
    ).toEqual([]);
  });
});

describe('engagements: told in a relative clause', () => {
  it('reads a meeting told in a clause on its subject when the clause writes its day', () => {
    expect(
      engagements(
        'Farm Minister Jo Beal, who met Commerce Minister Li Fang in Lima on Tuesday, told reporters the outcome was fair.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Jo Beal', 'Li Fang']]]);
  });

  it('leaves out such a meeting given only a month, as background', () => {
    expect(
      engagements(
        'Farm Minister Jo Beal, who met Commerce Minister Li Fang in Lima last month, is due to travel to Peru in May.',
      ),
    ).toEqual([]);
  });

  it('reads the meeting of a trip the sentence tells, with no day', () => {
    expect(
      engagements(
        'The decision follows a trip to Lima by Farm Minister Jo Beal, who met his Peruvian counterpart Rosa Vidal.',
      ),
    ).toEqual([['meeting', null, ['Jo Beal', 'Rosa Vidal']]]);
  });
});

describe('engagements: kinds and subjects', () => {
  it('takes "the first meeting of the pair" for a meeting, not a session of a body', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale sat down with Commerce Minister Li Fang in Lima on Monday, the first meeting of the pair in a year.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tom Hale', 'Li Fang']]]);
  });

  it('takes the leader of the delegation met before for "The delegation then …"', () => {
    const found = engagements(
      'Finance Minister Tom Hale received a Peruvian delegation led by Vice Minister Rosa Vidal on Monday. The delegation then held the third session of the Peru-Chile Joint Commission with a Chilean team led by Tomás Lagos.',
    );
    expect(found[1]).toEqual(['dialogue-round', '2026-03-02', ['Rosa Vidal', 'Tomás Lagos']]);
  });
});

describe('engagements: round 6', () => {
  it('reads a visit to a place named in full', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale visited Peru on Wednesday with Peruvian officials, the ministry said.',
      ),
    ).toEqual([['visit', '2026-03-04', ['Tom Hale', 'Peruvian']]]);
  });

  it('leaves out an invitation to visit, a visit named as the setting and a remark counting it', () => {
    expect(
      engagements(
        'President Hu Wei extended an invitation to Prime Minister Ana Ruiz to visit Beijing at a convenient time.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'The decree applies the consensus reached during the Peruvian President’s visit to Chile in May.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Foreign Minister Ana Ruiz concluded a three-day visit to Peru on Thursday, the first by a Chilean foreign minister in a decade.',
      ),
    ).toEqual([]);
  });

  it('reads a summit whose leaders agreed to start a dialogue as the summit', () => {
    expect(
      engagements(
        'President Ana Ruiz and Prime Minister Tom Hale held a summit in Lima on Sunday, agreeing to launch a dialogue on critical minerals.',
      ),
    ).toEqual([['summit', '2026-03-01', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads people who met for a round of trade talks as a dialogue round', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale and Vice Minister Li Fang met in Lima on Mar. 2 for a round of trade talks.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Tom Hale', 'Li Fang']]]);
  });

  it('dates "earlier in the day" by the news, not by a date the measure takes effect', () => {
    expect(
      engagements(
        'On March 4, Finance Minister Tom Hale announced a surtax on steel, effective April 1. Earlier in the day, Hale met union director Rosa Vidal in Lima.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Hale', 'Rosa Vidal']]]);
  });

  it('does not take the day of the dateline for the engagement', () => {
    expect(
      engagements(
        'LIMA, Peru, Mar 6 (Wire) - Trade Minister Tom Hale met Commerce Minister Li Fang on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Tom Hale', 'Li Fang']]]);
  });

  it('dates a meeting "also" held by the engagement before, across paragraphs, not over a stay', () => {
    const text =
      'Today, President Ana Ruiz met Prime Minister Tom Hale in Lima.\n\nThe President also met Finance Minister Li Fang, and Trade Minister Zhou Min, who was joined by Ambassador Jo Beal.';
    expect(engagements(text)).toEqual([
      ['meeting', '2026-03-06', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-06', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-06', ['Ana Ruiz', 'Zhou Min', 'Jo Beal']],
    ]);
    const stay =
      'Today, President Ana Ruiz met Prime Minister Tom Hale in Lima.\n\nRuiz also met Finance Minister Li Fang during her three-day stay.';
    expect(engagements(stay)[1]).toEqual(['meeting', null, ['Ruiz', 'Li Fang']]);
  });

  it('dates a call told "hours after" the news by the day of the news', () => {
    expect(
      engagements(
        'Peru will lower its duty on rice, the ministry said on Thursday, hours after President Ana Ruiz spoke by phone with President Tom Hale.',
      ),
    ).toEqual([['call', '2026-03-05', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads "the leaders’ ministers" as the countries of the leaders met before', () => {
    const found = engagements(
      'Peruvian President Ana Ruiz and Chilean President Tom Hale held a summit in Lima on Thursday. The leaders’ trade ministers met separately on Wednesday.',
    );
    expect(found[1]?.slice(0, 2)).toEqual(['meeting', '2026-03-04']);
    expect(
      extract({
        text: 'Peruvian President Ana Ruiz and Chilean President Tom Hale held a summit in Lima on Thursday. The leaders’ trade ministers met separately on Wednesday.',
        published: '2026-03-06',
      })
        .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')[1]
        ?.participants.map((p) => p.jurisdiction),
    ).toEqual(['PER', 'CHL']);
  });

  it('reads a matter raised with someone during a meeting, and a signing together at a place', () => {
    expect(
      engagements(
        'Hale said he had raised the issue with Ambassador Li Fang during a meeting in Lima on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Hale', 'Li Fang']]]);
    expect(
      engagements(
        'Trade Minister Tom Hale and Commissioner Ana Ruiz signed the protocol at the Government Palace on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Tom Hale', 'Ana Ruiz']]]);
    expect(engagements('Trade Minister Tom Hale signed the order in Lima on Thursday.')).toEqual(
      [],
    );
    expect(engagements('Tom Hale and Ana Ruiz signed the original pact in Lima in 2019.')).toEqual(
      [],
    );
  });
});

describe('engagements: round 7 phrasings', () => {
  it('reads a meeting told by "after meeting", on the day it was said', () => {
    expect(
      engagements(
        'Peru will cut its duty on wheat, Trade Minister Ana Ruiz said on Thursday after meeting Chilean Minister Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads a call told in the past perfect with its own day, but not one placed in a month', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz said she had spoken with Chilean Minister Tom Hale by phone on Thursday.',
      ),
    ).toEqual([['call', '2026-03-05', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz had spoken with Chilean Minister Tom Hale by phone in January to prepare the visit.',
      ),
    ).toEqual([]);
  });

  it('reads a meeting told in a relative clause set in the trip', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei in Lima on Thursday. Ruiz, who also met Finance Minister Tom Hale during the trip, said the talks were useful.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', null, ['Ruiz', 'Tom Hale']],
    ]);
  });

  it('gives a meeting "on the sidelines," the day of the summit before it', () => {
    expect(
      engagements(
        'President Ana Ruiz hosted Premier Hu Wei for the annual summit on Thursday.\n\nOn the sidelines, Trade Minister Tom Hale met Commerce Minister Li Fang.',
      ),
    ).toEqual([
      ['summit', '2026-03-05', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Tom Hale', 'Li Fang']],
    ]);
  });

  it('reads no talks someone would seek', () => {
    expect(
      engagements('Trade Minister Ana Ruiz said Peru would seek talks with Chile on the duties.'),
    ).toEqual([]);
  });
});

describe('engagements: a release in the first person', () => {
  const quoteSpeakers = (text: string) =>
    extract({ text, published: '2026-03-06' })
      .candidates.filter((c) => c.type === 'quote')
      .map((q) => (q.type === 'quote' ? q.speaker.text : ''));

  it('reads "I" as the minister who signs the release', () => {
    const signed =
      'Today, I met Peru’s Minister of Trade, Rosa Vidal, in Lima. I also spoke by phone with Vice Minister Tomás Lagos on Tuesday.\n\n"Our growers need open markets," I told my counterpart.\n\nThe Honourable Ana Ruiz, Minister of Export Promotion';
    expect(engagements(signed)).toEqual([
      ['meeting', '2026-03-06', ['Ana Ruiz', 'Rosa Vidal']],
      ['call', '2026-03-03', ['Ana Ruiz', 'Tomás Lagos']],
    ]);
    expect(quoteSpeakers(signed)).toEqual(['Ana Ruiz']);
  });

  it('reads a signature block of its own lines, honorifics left out of the name', () => {
    expect(
      engagements(
        'Today I met Peru’s Minister of Trade, Rosa Vidal, in Lima.\n\nSenator the Hon Ana Ruiz\nMinister for Export Promotion\nCanberra',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Rosa Vidal']]]);
    expect(
      engagements(
        'Minister Tom Hale met Rosa Vidal in Lima on Tuesday. I was there.\n\nReporting by Ana Ruiz; editing by Li Wen',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Tom Hale', 'Rosa Vidal']]]);
  });

  it('does not read the numeral of "Phase I" as the signer', () => {
    expect(
      engagements(
        'Tom Hale met Rosa Vidal in Lima on Tuesday to review Phase I of the pact.\n\nThe Hon Ana Ruiz, Minister for Export Promotion',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Tom Hale', 'Rosa Vidal']]]);
  });

  it('reads "I" as the minister a heading names', () => {
    expect(
      engagements(
        'Statement by Minister Ana Ruiz on her call with Peru\n\nThis morning, I spoke with Peru’s Minister of Trade, Rosa Vidal.',
      ),
    ).toEqual([['call', '2026-03-06', ['Ana Ruiz', 'Rosa Vidal']]]);
  });

  it('leaves "I" alone in quotation marks and in unsigned text', () => {
    expect(
      engagements(
        'Minister Ana Ruiz met Rosa Vidal on Tuesday. "I met her twice before," Ruiz said.\n\nTom Hale, Lima',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Rosa Vidal']]]);
    expect(
      engagements('When I met Rosa Vidal on Tuesday, she was upbeat. Others were less so.'),
    ).toEqual([]);
  });
});

describe('round 8: meetings in turn, days told elsewhere, sides', () => {
  it('reads "…, then met B on Thursday" and "later in the day held talks with C" as meetings of their own', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz held talks with Premier Hu Wei on Wednesday, then met Vice Premier Ding Bo on Thursday. Later that day she sat down with Commerce Minister Li Fang.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Ding Bo']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']],
    ]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei on Wednesday morning, and later in the day held talks with Commerce Minister Li Fang.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-04', '2026-03-04']);
  });

  it('splits people met on days of their own with one verb', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei on Wednesday and Commerce Minister Li Fang and Vice Minister Zhou Min on Thursday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang', 'Zhou Min']],
    ]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei and Commerce Minister Li Fang on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei', 'Li Fang']]]);
  });

  it('reads a trip on to another meeting as a second engagement', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz spoke by phone with Premier Hu Wei on Monday, then flew to Tokyo to meet Prime Minister Ken Sato on Tuesday.',
      ),
    ).toEqual([
      ['call', '2026-03-02', ['Ana Ruiz', 'Hu Wei']],
      ['visit', '2026-03-03', ['Ana Ruiz', 'Ken Sato']],
    ]);
  });

  it('lists no meeting the text says did not take place or is still to come', () => {
    expect(
      engagements(
        'No bilateral meeting between President Ana Ruiz and Premier Hu Wei was announced.',
      ),
    ).toEqual([]);
    expect(
      engagements('President Ana Ruiz and Premier Hu Wei did not meet during the forum on Monday.'),
    ).toEqual([]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz is due in Lima next month for a further round of talks with Tom Hale.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Officials say a follow-up meeting with Trade Minister Tom Hale could come in May.',
      ),
    ).toEqual([]);
  });

  it('reads a meal meeting the two parties sat down for', () => {
    expect(
      engagements(
        'On Thursday, President Ana Ruiz and Premier Hu Wei sat down for a bilateral breakfast meeting before Hu flew home.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('reads a signing at a place when a year is written in another phrase', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz and Commissioner Tom Hale signed the text of the Peru-EU Partnership Agreement at a hotel in Lima on Tuesday, closing talks that began in 2019.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('dates an engagement told in a "when" clause by that clause', () => {
    expect(
      engagements(
        'Lima on Thursday cut its tariff, enacting a deal struck when President Ana Ruiz met President Tom Hale in Quito on February 12.',
      ),
    ).toEqual([['meeting', '2026-02-12', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('takes no side from the kind an engagement is counted among', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz wrapped up the first visit to Peru by a Chilean foreign minister in four years on Thursday.',
      ),
    ).toEqual([]);
  });

  it('reads the people met on a trip of days one by one, and a later sentence giving a day', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz today concluded a three-day visit to Peru, where she met with Premier Hu Wei, Foreign Minister Tom Hale and Trade Minister Li Fang.\n\nIn her meeting with Premier Hu on March 3, Minister Ruiz raised wheat. She also met with Chilean business representatives in Lima.',
      ),
    ).toEqual([
      ['visit', '2026-03-03', ['Ana Ruiz', 'Hu Wei']],
      ['visit', null, ['Ana Ruiz', 'Tom Hale']],
      ['visit', null, ['Ana Ruiz', 'Li Fang']],
    ]);
  });

  it('gives the day told later to the session of the body told before', () => {
    expect(
      engagements(
        'Trade Secretary Ana Ruiz concluded a visit to Lima, where she co-chaired the 9th Joint Trade Committee (JTC) with Trade Minister Tom Hale.\n\nThe JTC met on Tuesday 3 March and agreed a work plan.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads "the two EU leaders" as the people of that side told before', () => {
    expect(
      engagements(
        'European Commission President Ana Ruiz and European Council President Tom Hale held their annual summit with Chinese Premier Hu Wei in Beijing on Thursday.\n\nBefore the summit, the two EU leaders were received by President Xi Ming at the Great Hall.',
      ),
    ).toEqual([
      ['summit', '2026-03-05', ['Ana Ruiz', 'Tom Hale', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Tom Hale', 'Xi Ming']],
    ]);
  });

  it('puts the leaders who hosted a summit of countries in their place', () => {
    expect(
      engagements(
        'The leaders of Peru, Chile and Bolivia held their first summit in Lima on Tuesday. President Ana Ruiz hosted President Tom Hale and President Luis Mora.',
      ),
    ).toEqual([['summit', '2026-03-03', ['Ana Ruiz', 'Tom Hale', 'Luis Mora']]]);
  });

  it('lists no meeting said to be expected, and reads the one before a plan after a semicolon', () => {
    expect(
      engagements(
        'A meeting between Trade Minister Ana Ruiz and Premier Hu Wei is expected next week.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz held talks with Premier Hu Wei on Tuesday; the talks are expected to resume in May.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('reads a call named before "between", and no call in speaking to reporters', () => {
    expect(
      engagements(
        'The call between Trade Minister Ana Ruiz and Premier Hu Wei, first reported by a newswire, lasted an hour on Tuesday.',
      ),
    ).toEqual([['call', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz spoke with Peruvian reporters after meeting Premier Hu Wei on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('keeps the subject of a pronoun from one day to the next', () => {
    expect(
      engagements(
        'On Tuesday, Trade Minister Ana Ruiz met Premier Hu Wei. The following day, she held talks with Commerce Minister Li Fang. A day later, she met Vice Minister Zhou Min.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Zhou Min']],
    ]);
  });

  it('reads back-to-back meetings and people met during a visit one by one', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz held back-to-back meetings with Premier Hu Wei and Commerce Minister Li Fang on Tuesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']],
    ]);
    expect(
      engagements(
        'During her visit, Trade Minister Ana Ruiz met Premier Hu Wei, Commerce Minister Li Fang and Vice Minister Zhou Min.',
      ),
    ).toEqual([
      ['meeting', null, ['Ana Ruiz', 'Hu Wei']],
      ['meeting', null, ['Ana Ruiz', 'Li Fang']],
      ['meeting', null, ['Ana Ruiz', 'Zhou Min']],
    ]);
  });

  it('takes the day of "The meeting took place on …" for the meeting told before', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei in Beijing.\n\nThe meeting took place on Tuesday, officials said.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('reads a summit that brought its leaders together', () => {
    expect(
      engagements(
        'The summit brought together Prime Minister Ana Ruiz, Premier Hu Wei and President Tom Hale in Tokyo on Saturday.',
      ),
    ).toEqual([['summit', '2026-02-28', ['Ana Ruiz', 'Hu Wei', 'Tom Hale']]]);
  });

  it('takes no meeting from a relative clause in the past perfect placed in a month', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz, who had met Premier Hu Wei in January, spoke with him again by phone on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('takes the day a later sentence names for the engagement told before', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei in Beijing, officials said. Ruiz told reporters after Tuesday’s meeting that progress was made.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz held talks with Premier Hu Wei in Beijing. Prices rose. Ruiz said on Thursday that the talks on Tuesday had been frank.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('reads the meeting before a clause that says another did not or will not happen', () => {
    expect(
      engagements(
        'President Ana Ruiz met Premier Hu Wei on Tuesday but did not hold talks with Trade Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
    expect(
      engagements(
        'President Ana Ruiz met Premier Hu Wei on Tuesday but will not meet Trade Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
    expect(
      engagements(
        'President Ana Ruiz and Premier Hu Wei met on Tuesday but made no progress in talks on tariffs.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('reads a meeting its people held together with no "with"', () => {
    expect(
      engagements(
        'President Ana Ruiz, President Tom Hale and President Luis Mora held a three-way meeting in Lima on Saturday.',
      ),
    ).toEqual([['meeting', '2026-02-28', ['Ana Ruiz', 'Tom Hale', 'Luis Mora']]]);
  });

  it('dates a meeting on a trip by its own day, never by the day the trip ended', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz concluded a visit to Lima on Thursday, where she met Premier Tom Hale on Tuesday.',
      ),
    ).toEqual([['visit', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz concluded a visit to Lima on Thursday, where she met Premier Tom Hale.',
      ),
    ).toEqual([['visit', null, ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('splits by days only across places, not across another clause', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei at the Great Hall of the People on Tuesday and Commerce Minister Li Fang in Shanghai on Wednesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']],
    ]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei on Tuesday and Commerce Minister Li Fang signed the deal on Wednesday.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-03']);
  });
});

describe('engagements: outcomes', () => {
  it('ends an outcome where a clause with a subject of its own begins', () => {
    const [meeting] = extract({
      text: 'Trade Minister Ana Ruiz met Rosa Vidal in Lima on Tuesday. They agreed to resume the copper talks in May, and we raised the 25% duty on wine at every step.',
      published: '2026-03-06',
    }).candidates.filter((c): c is EngagementCandidate => c.type === 'engagement');
    expect(meeting?.outcomes.map((o) => o.text)).toEqual([
      'agreed to resume the copper talks in May',
    ]);
  });

  it('leaves out of an outcome who told it', () => {
    const outcomes = (told: string) =>
      extract({
        text: `Trade Minister Ana Ruiz met Rosa Vidal in Lima on Tuesday. They agreed to resume the copper talks in May, ${told}.`,
        published: '2026-03-06',
      })
        .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
        .flatMap((e) => e.outcomes.map((o) => o.text));
    for (const told of [
      'officials said',
      'the ministry said on Wednesday',
      'according to a statement from her office',
      'officials stated',
      'the two ministers confirmed',
      'her office told reporters',
    ])
      expect(outcomes(told), told).toEqual(['agreed to resume the copper talks in May']);
  });

  it('keeps as an outcome the next round a call agreed to hold, which is no engagement of its own', () => {
    const found = extract({
      text: "Peru's Trade Minister Ana Ruiz spoke by phone on Tuesday with Chile's Trade Minister Rosa Vidal. The two ministers reviewed the talks between Peru and Chile and agreed to hold the next negotiating round in Lima before March.",
      published: '2026-03-06',
    }).candidates.filter((c): c is EngagementCandidate => c.type === 'engagement');
    expect(found.map((e) => [e.kind, e.outcomes.map((o) => o.text)])).toEqual([
      ['call', ['agreed to hold the next negotiating round in Lima before March']],
    ]);
  });
});

describe('round 9: dates from the right place, and only the people who took part', () => {
  it('takes no day from a dateline that opens a paragraph in mixed case', () => {
    expect(
      engagements(
        'Lima, 6 March 2026 — Trade Minister Ana Ruiz and Commerce Minister Li Fang co-chaired the Joint Trade Commission in Lima on 5 March 2026.',
      ),
    ).toEqual([['dialogue-round', '2026-03-05', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('takes no day a measure starts from for the engagement', () => {
    expect(
      engagements(
        'Peru said on Wednesday it would drop its duties on copper with effect from April 1, as Trade Minister Ana Ruiz held talks with Commerce Minister Li Fang in Lima.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('dates an engagement "hours after" by the day written for the news', () => {
    expect(
      engagements(
        'The board published its ruling on Wednesday afternoon, hours after Trade Minister Ana Ruiz met Commerce Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('dates "that afternoon" by the engagement before, or by the day written before it', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Premier Hu Wei on Tuesday.\n\nThat afternoon, Ruiz held talks with Commerce Minister Li Fang.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-03', '2026-03-03']);
    expect(
      engagements(
        'Trade Minister Ana Ruiz, who landed on Monday, met Commerce Minister Li Fang that evening.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('takes the parties named after "between", not those who welcomed the engagement', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale and Premier Hu Wei welcomed the talks held yesterday in Lima between Trade Minister Ana Ruiz and Commerce Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        'Prime Minister Tom Hale praised Trade Minister Ana Ruiz’s meeting with Commerce Minister Li Fang on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('opens an engagement of others that "the two ministers" welcomed', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Minister Li Fang on Thursday. The two ministers welcomed the third round of the Peru-China Trade Dialogue held in Lima on March 2 between Director General Rosa Vidal and Director General Zhou Min.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']],
      ['dialogue-round', '2026-03-02', ['Rosa Vidal', 'Zhou Min']],
    ]);
  });

  it('takes "the presidents of" a body for its side, and the people a summit brought together', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale hosted the presidents of the European Commission and the European Council in London on Thursday for the annual summit.\n\nThe summit at Lancaster House, which ran for four hours, brought together Hale, Commission President Ana Ruiz and Council President Rui Costa.',
      ),
    ).toEqual([['summit', '2026-03-05', ['Hale', 'Ana Ruiz', 'Rui Costa']]]);
  });

  it('reads the engagement of the main clause when an "after" phrase before it tells none', () => {
    expect(
      engagements(
        'On Wednesday, a week after the tariffs took effect, Trade Minister Ana Ruiz met Commerce Minister Li Fang in Beijing.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('leaves out the people of what came after, what was sent, remarked or done by others', () => {
    const met = ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']];
    for (const tail of [
      ', two weeks after Prime Minister Tom Hale spoke with Premier Hu Wei by phone.',
      ', a meeting Prime Minister Tom Hale described as productive.',
      ' and conveyed a message from Prime Minister Tom Hale.',
      ' to prepare for a summit between Prime Minister Tom Hale and Premier Hu Wei.',
      ', implementing what Prime Minister Tom Hale and Premier Hu Wei agreed in May.',
    ])
      expect(
        engagements(`Trade Minister Ana Ruiz met Commerce Minister Li Fang on Tuesday${tail}`),
      ).toEqual([met]);
    expect(
      engagements(
        'Acting on the consensus of Prime Minister Tom Hale and Premier Hu Wei, Trade Minister Ana Ruiz met Commerce Minister Li Fang on Tuesday.',
      ),
    ).toEqual([met]);
  });

  it('takes the day something was said from a statement or "speaking on"', () => {
    expect(
      engagements(
        'In a statement issued on Thursday, the ministry said Trade Minister Ana Ruiz had met Commerce Minister Li Fang on Wednesday.',
      )[0]?.[1],
    ).toBe('2026-03-04');
    expect(
      engagements(
        'Trade Minister Ana Ruiz, speaking on Thursday, said she had met Commerce Minister Li Fang on Monday.',
      )[0]?.[1],
    ).toBe('2026-03-02');
  });

  it('takes no day from a sentence before that tells what is still to come', () => {
    expect(
      engagements(
        'The duties take effect on March 20. Trade Minister Ana Ruiz met Commerce Minister Li Fang to discuss them.',
      )[0]?.[1],
    ).toBeNull();
  });

  it('lists no engagement placed only in a past month or year, as background', () => {
    expect(
      engagements(
        'Peru cut its duties on Tuesday. Trade Minister Ana Ruiz met Commerce Minister Li Fang in Lima earlier this month.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz recalled her meeting with Commerce Minister Li Fang in 2024.',
      ),
    ).toEqual([]);
  });

  it('reads "and a day later she met" as a second engagement on its own day', () => {
    expect(
      engagements(
        'On Tuesday Trade Minister Ana Ruiz held talks with Commerce Minister Li Fang, and a day later she met Premier Hu Wei.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Hu Wei']],
    ]);
  });

  it('lists no engagement set for next week, however long the names before "is planned"', () => {
    expect(
      engagements(
        'A meeting between Trade Minister Ana Ruiz and Commerce Minister Li Fang is planned for next week.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz and Commerce Minister Li Fang hold talks in Lima next week.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz will be in Lima from Monday for talks with Commerce Minister Li Fang.',
      ),
    ).toEqual([]);
  });

  it('keeps the people "also present" in the one meeting', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale met President Hu Wei on Monday, with Trade Minister Ana Ruiz and Commerce Minister Li Fang also present.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tom Hale', 'Hu Wei', 'Ana Ruiz', 'Li Fang']]]);
  });

  it('leaves out who said that others met, but not one who says "he met"', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale said Trade Minister Ana Ruiz met Commerce Minister Li Fang on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        'Prime Minister Tom Hale said Trade Minister Ana Ruiz met Chinese officials on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Chinese']]]);
    expect(engagements('Prime Minister Tom Hale said he met President Hu Wei on Monday.')).toEqual([
      ['meeting', '2026-03-02', ['Tom Hale', 'Hu Wei']],
    ]);
  });

  it('dates an engagement after "after" that names no party by the news of its two people', () => {
    expect(
      engagements(
        'President Rosa Vidal and President Min-ho Park signed a trade pact on Thursday after a summit at the presidential office.',
      ),
    ).toEqual([['summit', '2026-03-05', ['Rosa Vidal', 'Min-ho Park']]]);
    expect(
      engagements(
        'President Rosa Vidal and President Min-ho Park agreed on Thursday to cut tariffs after talks between their trade ministers.',
      ),
    ).toEqual([]);
  });

  it('adds the people a round "which began on Monday" was led by to the round that ended later, dated by its first day', () => {
    expect(
      engagements(
        'Negotiators from Peru and Chile wrapped up a fifth round of talks in Lima on Friday.\n\nThe round, which began on Monday, was led by Director General Rosa Vidal and Vice Minister Tomás Lagos.',
        '2026-03-07',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Rosa Vidal', 'Tomás Lagos']]]);
  });

  it('dates "hours later" and "the same evening" by the engagement before, "the next morning" a day on', () => {
    const dates = (opening: string) =>
      engagements(
        `Trade Minister Ana Ruiz met Premier Hu Wei on Tuesday.\n\n${opening} Ruiz held talks with Commerce Minister Li Fang.`,
      ).map((e) => e[1]);
    expect(dates('Hours later,')).toEqual(['2026-03-03', '2026-03-03']);
    expect(dates('The same evening,')).toEqual(['2026-03-03', '2026-03-03']);
    expect(dates('The next morning,')).toEqual(['2026-03-03', '2026-03-04']);
  });

  it('reads "held separate talks" with no "with" as a meeting of its subjects', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale met President Hu Wei on Monday. Trade Minister Ana Ruiz and Commerce Minister Li Fang held separate talks on tariffs.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Tom Hale', 'Hu Wei']],
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']],
    ]);
  });

  it('gives a meeting "on the second day" of a trip no day of the trip’s start', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz travelled to Lima on Sunday for a three-day visit. She met Commerce Minister Li Fang on the second day of the trip.',
      ),
    ).toEqual([['meeting', null, ['Ana Ruiz', 'Li Fang']]]);
  });
});

describe('round 10: sides named later, occasions, and talks only spoken of', () => {
  it('reads "held a working session with" officials of a country’s body as a meeting with it', () => {
    expect(
      engagements(
        'Farm Minister Jo Beal met Vice Minister Li Fang on Tuesday. The minister also held a working session with officials from the General Administration of Customs of Peru on seed rules.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Jo Beal', 'Li Fang']],
      ['meeting', '2026-03-03', ['Jo Beal', 'Peru']],
    ]);
  });

  it('lists no engagement only supposed ("any meeting between … would")', () => {
    expect(
      engagements(
        'Traders said any meeting between Trade Minister Ana Ruiz and Commerce Minister Li Fang would lift prices.',
      ),
    ).toEqual([]);
  });

  it('lists no meeting said to be possible or being arranged', () => {
    expect(
      engagements(
        'Officials said a meeting between Trade Minister Ana Ruiz and Commerce Minister Li Fang was possible.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'A call between Trade Minister Ana Ruiz and Commerce Minister Li Fang is being arranged.',
      ),
    ).toEqual([]);
  });

  it('reads "is meeting Li … today" as a meeting on the day of the text, not "is meeting her targets"', () => {
    expect(
      engagements('Trade Minister Ana Ruiz is meeting Commerce Minister Li Fang in Beijing today.'),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz is meeting her targets, Commerce Minister Li Fang said today.',
      ),
    ).toEqual([]);
  });

  it('reads a guest welcomed "for the fifth … Economic Dialogue" as a session of the dialogue', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz welcomed Japanese Minister Ken Sato to Ottawa on Thursday for the fifth Canada-Japan Economic Dialogue.',
      ),
    ).toEqual([['dialogue-round', '2026-03-05', ['Ana Ruiz', 'Ken Sato']]]);
  });

  it('lists no talks of countries alone told with no verb and no day', () => {
    expect(
      engagements('Traders are watching talks between Peru and Chile over the coffee duties.'),
    ).toEqual([]);
    expect(
      engagements('Officials from Peru and Chile met in Lima on Monday to discuss coffee duties.'),
    ).toEqual([['meeting', '2026-03-02', ['Peru', 'Chile']]]);
  });

  it('puts the person named later in place of the country side of the same engagement', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz held a call with the President of Chile on Tuesday. Ruiz held a telephone conversation with the President of Chile, Tomás Lagos, for 40 minutes.',
      ),
    ).toEqual([['call', '2026-03-03', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('reads "the meeting held yesterday … by A with B" as their meeting on that day', () => {
    expect(
      engagements(
        'This morning, President Rosa Vidal held a call with President Tom Hale. The call followed the meeting held yesterday in Lima by the Minister of Economy, Ana Ruiz, with the Secretary of Commerce, Li Fang.',
        '2026-03-07',
      ),
    ).toEqual([
      ['call', '2026-03-07', ['Rosa Vidal', 'Tom Hale']],
      ['meeting', '2026-03-06', ['Ana Ruiz', 'Li Fang']],
    ]);
  });

  it('lists no meeting recalled "at the end of October", nor one told as when a deal was made', () => {
    expect(
      engagements(
        'The change was published on Wednesday. It implements the deal reached when President Rosa Vidal met President Tom Hale at the end of October.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'The change was published on Wednesday. It implements the understanding reached when President Rosa Vidal met President Tom Hale in Lima.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'The change was published on Wednesday. It implements the deal struck when President Rosa Vidal met President Tom Hale on March 2.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Rosa Vidal', 'Tom Hale']]]);
  });

  it('dates an engagement "the previous day" a day before the day the news was said', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz said on Friday the two countries were close to a deal, after a meeting with Commerce Minister Li Fang in Beijing the previous day.',
        '2026-03-07',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz said on Friday she met Commerce Minister Li Fang the previous day.',
        '2026-03-07',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads talks that "officials said" were held as a meeting, not a round of delegations', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz and Commerce Minister Li Fang held talks for two hours on Thursday, officials said.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('takes "on Saturday last week" as the day it names', () => {
    expect(
      engagements(
        'Commerce Minister Li Fang held a video call with Trade Minister Ana Ruiz on Saturday last week.',
      ),
    ).toEqual([['call', '2026-02-28', ['Li Fang', 'Ana Ruiz']]]);
  });

  it('puts the leader of a country’s team in place of its delegation, and not as its other side', () => {
    expect(
      engagements(
        'A team of the Office of the Trade Representative of Chile led by Assistant Trade Representative for South America, Mr. Tomás Lagos, visited Lima for talks. The round of negotiations between the Peruvian delegation, led by Vice Minister Rosa Vidal, and the Chilean delegation was held on 3 March 2026.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']]]);
  });

  it('reads "During the visit, A also called on B" as a meeting of its own', () => {
    expect(
      engagements(
        'Negotiators from Peru and Chile held a round of talks in Lima on Tuesday, led by Vice Minister Rosa Vidal and Deputy Minister Tomás Lagos.\n\nDuring the visit, Mr. Lagos also called on Trade Minister Ana Ruiz, who stressed the value of an early deal.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']],
      ['meeting', null, ['Lagos', 'Ana Ruiz']],
    ]);
  });

  it('dates a paragraph that tells again the act of the lede by the lede’s day', () => {
    expect(
      engagements(
        'LIMA — Peru and Chile on Tuesday signed a trade agreement, ending years of talks.\n\nTrade Minister Ana Ruiz and Commerce Minister Tomás Lagos signed the text at a ceremony in Cusco after a bilateral meeting that ran late.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tomás Lagos']]]);
  });
});

describe('round 11: calls with a word between, meetings of a trip, days past a paragraph', () => {
  it('reads "sat down on Tuesday with" and "conferred briefly with" as meetings', () => {
    expect(
      engagements(
        'Chancellor Otto Kranz sat down on Tuesday with Prime Minister Anna Berg in Rome.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Otto Kranz', 'Anna Berg']]]);
    expect(
      engagements(
        'Chancellor Otto Kranz conferred briefly with Prime Minister Anna Berg in Rome on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Otto Kranz', 'Anna Berg']]]);
  });

  it('reads "spoke Tuesday with" as a call, but not "spoke briefly to reporters"', () => {
    expect(
      engagements('Chancellor Otto Kranz spoke Tuesday with Prime Minister Anna Berg about steel.'),
    ).toEqual([['call', '2026-03-03', ['Otto Kranz', 'Anna Berg']]]);
    expect(
      engagements(
        'Chancellor Otto Kranz spoke briefly to reporters after meeting Prime Minister Anna Berg.',
      ).map(([kind]) => kind),
    ).not.toContain('call');
  });

  it('reads a call had, taken or held by phone, and "talked with", as a call', () => {
    for (const text of [
      'Chancellor Otto Kranz had a call on Tuesday with Prime Minister Anna Berg.',
      'Chancellor Otto Kranz took a call from Prime Minister Anna Berg on Tuesday.',
      'Chancellor Otto Kranz exchanged views by telephone with Prime Minister Anna Berg on Tuesday.',
      'Chancellor Otto Kranz talked on Tuesday with Prime Minister Anna Berg.',
    ])
      expect(engagements(text)).toEqual([['call', '2026-03-03', ['Otto Kranz', 'Anna Berg']]]);
  });

  it('dates a meeting told in a ", during which" clause of a trip by the day it writes', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt concluded a four-day visit to Japan today, during which she met Economy Minister Ken Sato on Tuesday.',
      ),
    ).toEqual([['visit', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
  });

  it('reads a trip told in the present ("wraps up a visit") as bounding its meetings', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt wraps up a four-day visit to Japan today, during which she met Economy Minister Ken Sato on Tuesday.',
      ),
    ).toEqual([['visit', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
  });

  it('gives "also met" past a paragraph no day once the story told another day', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt met Economy Minister Ken Sato in Tokyo on Tuesday.\n\nThe ministry announced on Monday that the quota would be raised.\n\nHolt also met Foreign Minister Aiko Mori at the ministry.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']],
      ['meeting', null, ['Holt', 'Aiko Mori']],
    ]);
    expect(
      engagements(
        'Trade Minister Lena Holt met Economy Minister Ken Sato in Tokyo on Tuesday.\n\nThe two discussed the quota on rice.\n\nHolt also met Foreign Minister Aiko Mori at the ministry.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']],
      ['meeting', '2026-03-03', ['Holt', 'Aiko Mori']],
    ]);
  });
});

describe('round 12: sides, settings and remarks', () => {
  it('takes no country as a side for its companies or the people of a company', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt also met separately with executives of Peruvian copper miner Andina on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      engagements('Trade Minister Lena Holt met bosses from Chilean carmakers on Tuesday.'),
    ).toEqual([]);
  });

  it('reads no person in a name set after a company’s trade', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt met with executives of grain exporter Parker Holdings on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('reads nothing in the titles listed under a heading of links', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt spoke today with Economy Minister Ken Sato.\n\nRelated links\n- Minister Holt meets with President of Peru Rosa Vidal\n- Minister Holt attends the Pacific Summit',
      ),
    ).toEqual([['call', '2026-03-06', ['Lena Holt', 'Ken Sato']]]);
  });

  it('reads talks or a call named as the setting of what one person said to another', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt pressed her counterpart Ken Sato on Tuesday to open the rice market, in the first talks in Tokyo since 2019.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
    expect(
      engagements(
        'In talks in Lima on Tuesday, Trade Minister Lena Holt told Economy Minister Ken Sato that the quota must go.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
    expect(
      engagements(
        'In a call on Tuesday, Trade Minister Lena Holt told Economy Minister Ken Sato that the quota must go.',
      ),
    ).toEqual([['call', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
  });

  it('does not take "raised" for speaking without a "with"', () => {
    expect(
      engagements(
        'Peru raised its tariffs on Chilean wine on Tuesday during the talks, Trade Minister Lena Holt said.',
      ),
    ).toEqual([]);
  });

  it('takes no party from someone’s word on what was done', () => {
    expect(
      engagements(
        'Peru and the European Union wrapped up their first summit in Lima on Tuesday with a deal on fish, steps President Rosa Vidal hailed as proof of a new partnership.',
      ),
    ).toEqual([['summit', '2026-03-03', ['Peru', 'European Union']]]);
    expect(
      engagements(
        'Peru and the European Union signed a veterinary pact at their first summit in Lima on Tuesday, a deal that President Rosa Vidal said would end the paperwork.',
      ),
    ).toEqual([['summit', '2026-03-03', ['Peru', 'European Union']]]);
  });

  it('keeps a subject who judged something as the subject of what follows', () => {
    expect(
      engagements(
        'Regarding trade, the two Ministers welcomed the holding of the third round of the Peru-Chile Economic Dialogue on Tuesday, between Director-General Rosa Vidal and Vice Minister Tomás Lagos.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']]]);
  });
});

describe('round 12: what took place, and when', () => {
  it('reports an engagement a measure followed, but not one an engagement followed', () => {
    expect(
      engagements(
        'The decision followed a round of talks between trade delegations last week led by Vice Minister Rosa Vidal and Deputy Minister Tomás Lagos.',
      ),
    ).toEqual([['dialogue-round', null, ['Rosa Vidal', 'Tomás Lagos']]]);
    expect(
      engagements(
        'The visit follows a phone call between President Rosa Vidal and President Tomás Lagos.',
      ),
    ).toEqual([]);
  });

  it('takes a country whose title runs up to a person for that person’s, not a side', () => {
    expect(
      engagements(
        'Negotiators met in Lima on Tuesday, led by Peru’s deputy minister of foreign trade, Rosa Vidal.',
      ),
    ).toEqual([]);
  });

  it('leaves the people of a ", with whom …" clause out of the meeting', () => {
    expect(
      engagements(
        'On Tuesday, Trade Minister Lena Holt met Vice Premier Hu Wei. She also met Commerce Minister Li Fang, with whom she reviewed the working group set up after President Tom Hale’s call with Premier Zhou Min in January.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Lena Holt', 'Hu Wei']],
      ['meeting', '2026-03-03', ['Lena Holt', 'Li Fang']],
    ]);
  });

  it('dates a call named afresh after "after" by the day it was spoken of', () => {
    expect(
      engagements(
        'President Rosa Vidal said on Thursday she had won a reprieve from the tariffs after a 40-minute phone call with President Tom Hale.',
      ),
    ).toEqual([['call', '2026-03-05', ['Rosa Vidal', 'Tom Hale']]]);
  });

  it('reports with no day an engagement a recent month opens the sentence with', () => {
    expect(
      engagements(
        'Earlier this month, President Rosa Vidal and President Tom Hale held a telephone conversation in which both welcomed the talks.',
      ),
    ).toEqual([['call', null, ['Rosa Vidal', 'Tom Hale']]]);
    expect(
      engagements(
        'President Rosa Vidal, who had spoken by phone with President Tom Hale earlier this month, said on Thursday the talks were going well.',
      ),
    ).toEqual([]);
  });

  it('gives no day of saying to an engagement told in the past perfect', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt said on Thursday she had met Economy Minister Ken Sato in Geneva.',
      ),
    ).toEqual([['meeting', null, ['Lena Holt', 'Ken Sato']]]);
  });

  it('lists no talks only spoken of on the day someone spoke', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt told reporters in Lima on Thursday that the talks with Chile were at a delicate stage.',
      ),
    ).toEqual([]);
  });

  it('leaves out a visit the parties would prepare for', () => {
    expect(
      engagements(
        'Earlier in the day, Foreign Minister Ken Sato held a meeting with Foreign Minister Hu Wei on Tuesday, and the two ministers confirmed that they would prepare for President Tom Hale’s visit to Lima next year.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ken Sato', 'Hu Wei']]]);
  });

  it('reads a summit meeting held where its people came for another gathering as a meeting', () => {
    expect(
      engagements(
        'On March 3, President Rosa Vidal, who was in Lima to attend the APEC Leaders’ Meeting, held a Peru-Chile Summit Meeting with President Tomás Lagos.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']]]);
  });
});

describe('round 12: kinds', () => {
  it('reads a person’s talks with someone as a meeting, but not a country’s', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt said progress was made in her talks with Economy Minister Ken Sato in Tokyo on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
    expect(
      engagements('Peru said on Tuesday that its talks with Chile had made progress.'),
    ).toEqual([]);
  });

  it('reads "held bilateral meetings with A and B" as one meeting each', () => {
    expect(
      engagements(
        'President Rosa Vidal held bilateral meetings with President Tom Hale and Premier Hu Wei on Tuesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Rosa Vidal', 'Tom Hale']],
      ['meeting', '2026-03-03', ['Rosa Vidal', 'Hu Wei']],
    ]);
  });

  it('reads negotiations held, and a round of tariff negotiations, as a dialogue round', () => {
    for (const text of [
      'Vice Minister Hu Wei and Deputy Minister Tom Hale resumed negotiations in Geneva on Tuesday.',
      'The negotiations between Vice Minister Hu Wei and Deputy Minister Tom Hale ended in Geneva on Tuesday.',
      'Vice Minister Hu Wei and Deputy Minister Tom Hale held their second round of tariff negotiations in Geneva on Tuesday.',
    ])
      expect(engagements(text)).toEqual([['dialogue-round', '2026-03-03', ['Hu Wei', 'Tom Hale']]]);
    expect(
      engagements(
        'President Rosa Vidal and President Tom Hale signed the agreement in Lima on Tuesday, closing negotiations that began in 2016.',
      ).map(([kind]) => kind),
    ).toEqual(['meeting']);
  });

  it('reads a courtesy call and a bilateral as meetings', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt paid a courtesy call on Prime Minister Ken Sato on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
    expect(
      engagements('President Rosa Vidal held a bilateral with President Tom Hale on Tuesday.'),
    ).toEqual([['meeting', '2026-03-03', ['Rosa Vidal', 'Tom Hale']]]);
  });

  it('reads people who met virtually, or two who spoke on a day, as a call', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt and Economy Minister Ken Sato met virtually on Tuesday.',
      ),
    ).toEqual([['call', '2026-03-03', ['Lena Holt', 'Ken Sato']]]);
    expect(
      engagements(
        'President Rosa Vidal and President Tom Hale spoke on Tuesday, the presidency said.',
      ),
    ).toEqual([['call', '2026-03-03', ['Rosa Vidal', 'Tom Hale']]]);
    expect(
      engagements('President Rosa Vidal and President Tom Hale spoke on Tuesday at a rally.'),
    ).toEqual([]);
  });
});

describe('round 12: the same people again, and what did not happen', () => {
  it('reads "the two met again" and "they spoke again by phone" as engagements of their own', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt met Economy Minister Ken Sato on Tuesday. The two met again on Wednesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']],
      ['meeting', '2026-03-04', ['Lena Holt', 'Ken Sato']],
    ]);
    expect(
      engagements(
        'Trade Minister Lena Holt met Economy Minister Ken Sato on Tuesday. They spoke again by phone on Thursday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']],
      ['call', '2026-03-05', ['Lena Holt', 'Ken Sato']],
    ]);
  });

  it('lists no engagement sought, wished for, unscheduled or urged on someone', () => {
    for (const text of [
      'Trade Minister Lena Holt failed to secure a meeting with Economy Minister Ken Sato on Tuesday.',
      'Trade Minister Lena Holt said on Tuesday she would welcome a call with Economy Minister Ken Sato.',
      'A meeting between Trade Minister Lena Holt and Economy Minister Ken Sato has not been scheduled.',
      'Trade Minister Lena Holt urged Economy Minister Ken Sato on Tuesday to resume talks.',
    ])
      expect(engagements(text)).toEqual([]);
  });
});

describe('round 12: lists and titles', () => {
  it('takes the person a list’s opening line names as the subject of each item', () => {
    expect(
      engagements(
        'During the visit, Minister Lena Holt:\n- met with Economy Minister Ken Sato;\n- held talks with Vice Premier Hu Wei;\n- toured a rice mill.',
      ),
    ).toEqual([
      ['meeting', null, ['Lena Holt', 'Ken Sato']],
      ['meeting', null, ['Lena Holt', 'Hu Wei']],
    ]);
  });

  it('takes a country closing a person’s title for theirs, not a side', () => {
    expect(
      engagements(
        'On Tuesday, the delegation met with Vice Minister Hu Wei, Minister of Commerce of China.',
      ),
    ).toEqual([]);
  });

  it('takes no party from ", which … described as"', () => {
    expect(
      engagements(
        'Peru and the European Union held their first summit in Lima on Tuesday, which President Rosa Vidal described as a turning point.',
      ),
    ).toEqual([['summit', '2026-03-03', ['Peru', 'European Union']]]);
  });
});

describe('round 13: spans of days, sides and who else took part', () => {
  it('dates an engagement held over a span of days by its first day', () => {
    for (const text of [
      'Trade Minister Lena Holt met Economy Minister Ken Sato in Lima on 2-3 March.',
      'Trade Minister Lena Holt held talks with Economy Minister Ken Sato in Lima from Monday to Wednesday.',
      'Trade Minister Lena Holt and Economy Minister Ken Sato co-chaired the joint commission on 2 and 3 March.',
      'Trade Minister Lena Holt met Economy Minister Ken Sato on 2-3 March and signed the pact on 5 March.',
    ])
      expect(engagements(text)[0]?.[1]).toBe('2026-03-02');
    expect(
      engagements(
        'During her visit from 2 to 5 March, Trade Minister Lena Holt met Economy Minister Ken Sato on 4 March.',
      )[0]?.[1],
    ).toBe('2026-03-04');
  });

  it('tells a summit again by the span of days that covers the day told first', () => {
    expect(
      engagements(
        'The leaders of Peru, Chile and Japan wrapped up their first summit on Sunday. President Rosa Vidal hosted President Tomás Lagos and Prime Minister Ken Sato in Lima on Saturday and Sunday, in a summit that had been months in the making.',
      ),
    ).toEqual([['summit', '2026-02-28', ['Rosa Vidal', 'Tomás Lagos', 'Ken Sato']]]);
  });

  it('puts the person who represented or led one side in place of its country', () => {
    expect(
      engagements(
        'The first Peru-Chile summit took place in Lima on Tuesday. Peru was represented by President Rosa Vidal.',
      ),
    ).toEqual([['summit', '2026-03-03', ['Rosa Vidal', 'Chile']]]);
    expect(
      engagements(
        'Trade Minister Lena Holt met a Chinese delegation in Lima on Tuesday. The Chinese delegation was led by Vice Minister Hu Wei.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Lena Holt', 'Hu Wei']]]);
  });

  it('adds the people a later sentence says were included, brought together, joined or led its sessions', () => {
    const session =
      'Trade Minister Lena Holt and Economy Minister Ken Sato held the second session of the joint commission on Tuesday.';
    expect(
      engagements(
        `${session} The Japanese delegation also included Vice Minister Jun Ito.`,
      )[0]?.[2],
    ).toEqual(['Lena Holt', 'Ken Sato', 'Jun Ito']);
    expect(
      engagements(
        `${session} The session, which also brought together Vice Minister Jun Ito and Deputy Minister Ana Soto, covered farm trade.`,
      )[0]?.[2],
    ).toEqual(['Lena Holt', 'Ken Sato', 'Jun Ito', 'Ana Soto']);
    expect(
      engagements(
        `${session} Vice Minister Jun Ito and Deputy Minister Ana Soto led the working sessions.`,
      )[0]?.[2],
    ).toEqual(['Lena Holt', 'Ken Sato', 'Jun Ito', 'Ana Soto']);
    expect(
      engagements(
        'Trade Minister Lena Holt met Economy Minister Ken Sato on Tuesday. Foreign Minister Jun Ito joined part of the meeting.',
      )[0]?.[2],
    ).toEqual(['Lena Holt', 'Ken Sato', 'Jun Ito']);
  });

  it('takes the chairs named after "co-chaired by" as the parties, not who welcomed it', () => {
    expect(
      engagements(
        'Prime Minister Rosa Vidal welcomed the revival of the joint commission, whose session was held in Lima on Tuesday and co-chaired by Trade Minister Lena Holt and Commerce Minister Hu Wei.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Lena Holt', 'Hu Wei']]]);
  });

  it('adds the country side met by two people named as subjects', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt and Farm Minister Jo Beal held a roundtable with a Chinese delegation in Beijing on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Lena Holt', 'Jo Beal', 'Chinese']]]);
  });

  it('takes no party from the label of a transcript’s speaker', () => {
    expect(
      engagements(
        'Q: Did officials meet this week?\nHu Wei: I can confirm that Commerce Minister Li Fang held talks with Trade Minister Lena Holt on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Li Fang', 'Lena Holt']]]);
  });
});

describe('round 13: settings, occasions and clauses of their own', () => {
  it('reads a meeting on the margins of a dialogue as a meeting, and a second subject’s clause apart', () => {
    expect(
      engagements(
        'On the margins of the Dialogue, Farm Minister Jo Beal met Agriculture Minister Han Li, and Trade Minister Lena Holt held a bilateral meeting with Commerce Minister Hu Wei.',
      ),
    ).toEqual([
      ['meeting', null, ['Jo Beal', 'Han Li']],
      ['meeting', null, ['Lena Holt', 'Hu Wei']],
    ]);
  });

  it('dates "earlier that day" by the day the sentence before tells', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt met Economy Minister Ken Sato on Monday. On Tuesday evening Holt prepared the summit with Vice Minister Jun Ito. Earlier that day, Holt spoke by phone with Commissioner Ana Soto.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Lena Holt', 'Ken Sato']],
      ['call', '2026-03-03', ['Holt', 'Ana Soto']],
    ]);
  });

  it('dates what came before or after a named occasion by that occasion, and keeps its own kind', () => {
    expect(
      engagements(
        'Foreign Minister Jun Ito held talks with Trade Minister Lena Holt on Tuesday. Prior to the talks, Vice Premier Hu Wei met with Lena Holt.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Jun Ito', 'Lena Holt']],
      ['meeting', '2026-03-03', ['Hu Wei', 'Lena Holt']],
    ]);
    expect(
      engagements(
        'President Rosa Vidal held the first Peru-Japan summit with Prime Minister Ken Sato on Tuesday.\n\nBefore the summit, on Monday, Vidal held a meeting with Foreign Minister Jun Ito. Following the summit, Vidal held a working lunch with Trade Minister Lena Holt.',
      ),
    ).toEqual([
      ['summit', '2026-03-03', ['Rosa Vidal', 'Ken Sato']],
      ['meeting', '2026-03-02', ['Vidal', 'Jun Ito']],
      ['meeting', '2026-03-03', ['Vidal', 'Lena Holt']],
    ]);
  });

  it('dates an engagement the news "came two days after"', () => {
    expect(
      engagements(
        'China cut its duty on Peruvian grapes on Monday. The move came two days after Trade Minister Lena Holt spoke by phone with Commerce Minister Hu Wei.',
      ),
    ).toEqual([['call', '2026-02-28', ['Lena Holt', 'Hu Wei']]]);
  });

  it('reads each item pairing people under a line that tells meetings as one of them', () => {
    expect(
      engagements(
        'On the margins of the forum, the following bilateral meetings were held on 3 March:\n- Minister Lena Holt with Japan’s Minister of Economy, Ken Sato;\n- Minister Lena Holt with Commerce Minister Hu Wei.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Lena Holt', 'Ken Sato']],
      ['meeting', '2026-03-03', ['Lena Holt', 'Hu Wei']],
    ]);
  });

  it('reads "A and B, who met over dinner" as their engagement, on the day the sentence writes', () => {
    expect(
      engagements(
        'The accord was drafted on Sunday evening by Trade Minister Lena Holt and Commissioner Ana Soto, who met over dinner.',
      ),
    ).toEqual([['meeting', '2026-03-01', ['Lena Holt', 'Ana Soto']]]);
  });

  it('reads separate talks with the sides of two countries as one each', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt met Commissioner Ana Soto in Brussels on Tuesday, before holding separate talks with the Belgian and Dutch ambassadors.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Lena Holt', 'Ana Soto']],
      ['meeting', '2026-03-03', ['Lena Holt', 'Belgian']],
      ['meeting', '2026-03-03', ['Lena Holt', 'Dutch']],
    ]);
  });

  it('dates what the traveller did in the paragraph after a trip by the trip’s day', () => {
    expect(
      engagements(
        'Trade Minister Lena Holt travelled to Brussels on Wednesday to press for a larger quota.\n\nHolt met Commissioner Ana Soto for a working lunch.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Holt', 'Ana Soto']]]);
    expect(
      engagements(
        'Trade Minister Lena Holt travelled to Brussels on Wednesday to press for a larger quota.\n\nCommissioner Ana Soto met Economy Minister Ken Sato.',
      ),
    ).toEqual([['meeting', null, ['Ana Soto', 'Ken Sato']]]);
  });
});

describe('round 13: gatherings of three or more', () => {
  it('opens a gathering told without parties with the people the next sentence says chaired or attended it', () => {
    expect(
      engagements(
        'The Ninth Trilateral Summit was held in Lima on 3 March 2026. It was chaired by President Rosa Vidal and attended by President Tomás Lagos and Prime Minister Ken Sato.',
      ),
    ).toEqual([['summit', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos', 'Ken Sato']]]);
    expect(
      engagements(
        'The Ninth Trilateral Summit was held in Lima on 3 March 2026. Traders watched the peso.',
      ),
    ).toEqual([]);
  });

  it('names the people of countries met when the next sentence names one of each', () => {
    expect(
      engagements(
        'The leaders of Canada, Mexico and the United States met in Washington on Tuesday. Canadian Prime Minister Mark Carney, Mexican President Claudia Sheinbaum and U.S. President Donald Trump discussed the trade pact.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Mark Carney', 'Claudia Sheinbaum', 'Donald Trump']]]);
  });

  it('reads an ordinal meeting of ministers, held and attended, as a session of a standing body', () => {
    expect(
      engagements(
        'On 3 March 2026, the 14th meeting of the Andean Trade Ministers was held in Lima, attended by Minister Rosa Vidal, Minister Tomás Lagos and Minister Ana Soto.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos', 'Ana Soto']]]);
  });
});

describe('round 13: talks led by each side, and who attended', () => {
  it('reads talks said to be led by people of each side as a round, with them as parties', () => {
    expect(
      engagements(
        'The talks in Lima on 2-3 March were led by Vice Premier Hu Wei for China and by Trade Minister Lena Holt for Peru.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Hu Wei', 'Lena Holt']]]);
  });

  it('adds the person a later relative clause says attended the meeting of the day it names', () => {
    expect(
      engagements(
        'Ambassador Hu Wei met Farm Minister Jo Beal on Wednesday. Prices rose. Exports fell. "We need results," said Ana Soto, chair of the growers, who attended Wednesday\'s meeting.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Hu Wei', 'Jo Beal', 'Ana Soto']]]);
    expect(
      engagements(
        'Ambassador Hu Wei met Farm Minister Jo Beal on Wednesday. "We need results," said Ana Soto, who attended Tuesday\'s meeting.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Hu Wei', 'Jo Beal']]]);
  });
});

describe('round 14: relative clauses, retellings and the day of the story', () => {
  it('reads an engagement told in a relative clause in a recent week, with no day', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz, who met Commerce Minister Li Fang in Lima last week, said on Thursday she would raise the duty with him again.',
      ),
    ).toEqual([['meeting', null, ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz, who met Commerce Minister Li Fang in Lima last month, said on Thursday she would raise the duty with him again.',
      ),
    ).toEqual([]);
  });

  it('reads talks over the weekend told in a relative clause, with no day', () => {
    expect(
      engagements(
        'Treasury Secretary Tom Hale, who held two days of talks with Vice Premier Hu Wei in Geneva over the weekend, said the talks were useful.',
      ),
    ).toEqual([['dialogue-round', null, ['Tom Hale', 'Hu Wei']]]);
  });

  it('reads the people met on days spent somewhere as met one after another', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz spent two days in Lima last week, meeting Commerce Minister Li Fang and Farm Minister Jo Beal.',
      ),
    ).toEqual([
      ['meeting', null, ['Ana Ruiz', 'Li Fang']],
      ['meeting', null, ['Ana Ruiz', 'Jo Beal']],
    ]);
  });

  it('dates a round held "from April 6 to 8" by its first day', () => {
    expect(
      engagements(
        'The spokesman said that from March 2 to 4, a Chilean delegation led by Vice Minister Tomás Lagos held the second round of trade consultations in Lima with a Peruvian delegation led by Rosa Vidal.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Tomás Lagos', 'Rosa Vidal']]]);
  });

  it('reads what two people discussed by phone as a call', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz and Commerce Minister Li Fang discussed the wheat duty by phone on Monday.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads a country side met in a relative clause', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz, who spoke with her Chilean counterpart by phone on Monday, said trade would grow.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Chilean']]]);
  });

  it('keeps a person named after a trade, and leaves out a company', () => {
    expect(
      engagements('Trade Minister Ana Ruiz met exporter Tomás Lagos in Lima on Monday.'),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz met executives of carmaker Great Wall in Lima on Monday.',
      ),
    ).toEqual([]);
  });

  it('dates an engagement the news came hours after on the day of the news', () => {
    expect(
      engagements(
        'Peru said on Wednesday it would lower its duty on wheat. The decision came hours after Trade Minister Ana Ruiz met Commerce Minister Li Fang in Lima.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('hands a side to the person after "the EU\'s by"', () => {
    expect(
      engagements(
        "The fourth round of Peru-EU trade negotiations closed in Lima on Friday. The Peruvian delegation was led by Rosa Vidal; the EU's by Ana Soto.",
      ),
    ).toEqual([['dialogue-round', '2026-03-06', ['Rosa Vidal', 'Ana Soto']]]);
  });

  it('reads "In his meeting with X" as the meeting told before, not a new one', () => {
    expect(
      engagements(
        'On Monday, President Hu Wei met separately with President Rosa Vidal and Prime Minister Ken Sato.\n\nIn his meeting with Rosa Vidal, Hu Wei said trade should grow.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Hu Wei', 'Rosa Vidal']],
      ['meeting', '2026-03-02', ['Hu Wei', 'Ken Sato']],
    ]);
  });

  it('dates "In the afternoon, …" by the engagement told before', () => {
    expect(
      engagements(
        'President Hu Wei met President Rosa Vidal on Monday.\n\nIn the afternoon, Hu Wei held talks with Prime Minister Ken Sato.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Hu Wei', 'Rosa Vidal']],
      ['meeting', '2026-03-02', ['Hu Wei', 'Ken Sato']],
    ]);
  });

  it('opens a summit one person attended with the chair the next sentence names', () => {
    expect(
      engagements(
        'President Hu Wei attended the Andean Summit in Lima this morning. The summit was chaired by President Rosa Vidal.',
      ),
    ).toEqual([['summit', '2026-03-06', ['Hu Wei', 'Rosa Vidal']]]);
  });

  it("reads a Leaders' Meeting attended as a summit, and a meeting on its sidelines as a meeting", () => {
    expect(
      engagements(
        "On Monday, President Hu Wei attended the Pacific Leaders' Meeting together with President Rosa Vidal.",
      ),
    ).toEqual([['summit', '2026-03-02', ['Hu Wei', 'Rosa Vidal']]]);
    expect(
      engagements(
        "On Monday, President Hu Wei met President Rosa Vidal on the sidelines of the Pacific Leaders' Meeting.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['Hu Wei', 'Rosa Vidal']]]);
  });

  it('reads a working breakfast with someone as a meeting', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz closed her visit on Friday with a working breakfast with Commissioner Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('dates "also met" by the engagement the sentence before told, whatever other days it writes', () => {
    expect(
      engagements(
        'The government said on Friday that Peru had agreed to cut the duty, following a meeting in Lima on Thursday between Trade Minister Ana Ruiz and Vice Premier Hu Wei. Ruiz also met Li Fang, the commerce minister.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ruiz', 'Li Fang']],
    ]);
  });

  it('gives a sentence with no date the day given to the engagement just before it', () => {
    expect(
      engagements(
        'President Hu Wei met President Rosa Vidal in Lima on 3 March.\n\nOn the same day, Premier Li Fang met Ken Sato. Earlier, Minister Tom Hale held talks with Ana Soto.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Hu Wei', 'Rosa Vidal']],
      ['meeting', '2026-03-03', ['Li Fang', 'Ken Sato']],
      ['meeting', '2026-03-03', ['Tom Hale', 'Ana Soto']],
    ]);
  });

  it('leaves out whoever informed the House of an engagement', () => {
    expect(
      engagements(
        'Minister of State Tom Hale informed the House that Trade Minister Ana Ruiz held a video conference with Commerce Minister Li Fang on 4 March.',
      ),
    ).toEqual([['call', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads "The co-chairs" as the session told before', () => {
    expect(
      engagements(
        'The fifth meeting of the Peru-Chile Joint Commission was held in Lima on 3 March 2026. It was co-chaired by Minister Rosa Vidal and Minister Tomás Lagos. The co-chairs welcomed the Peru-Chile trade agreement.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']]]);
  });

  it("takes no side from a country inside a business body's name", () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met a delegation of the Confederation of Chilean Industry in Lima on Monday.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz met a delegation of the Ministry of Commerce of Chile in Lima on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Chile']]]);
  });

  it('leaves out an engagement a diary expects, and one recalled from last October', () => {
    expect(
      engagements(
        "- Wednesday: Peru's new trade minister expected to hold a first call with Commerce Secretary Tom Hale.",
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Hu Wei said that last October, President Rosa Vidal and Prime Minister Ken Sato held a meeting in Lima.',
      ),
    ).toEqual([]);
  });
});

describe('engagements: a meeting told in a relative clause, then someone told of it', () => {
  it('lists the meeting when the main clause tells it to someone', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz held a call with Commissioner Tom Hale on Thursday. Ruiz, who met Premier Hu Wei in Beijing last week, briefed the Commissioner on the talks.',
      ),
    ).toEqual([
      ['call', '2026-03-05', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', null, ['Ruiz', 'Hu Wei']],
    ]);
    expect(
      engagements(
        'Farm Minister Jo Beal, who met Commerce Minister Li Fang in Lima last week, told Trade Minister Rosa Vidal that the talks went well.',
      ),
    ).toEqual([['meeting', null, ['Jo Beal', 'Li Fang']]]);
  });

  it('still reads the sentence as before when another person is its subject too', () => {
    expect(
      engagements(
        'Farm Minister Jo Beal, who met Commerce Minister Li Fang in Lima last week, and Trade Minister Rosa Vidal said the talks went well.',
      ),
    ).toEqual([]);
  });
});

describe('round 16: reading across sentences', () => {
  it('dates "in the afternoon" by the engagement before, not by a day in an aside', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz met Premier Hu Wei on Thursday.\n\nRuiz, who arrived on Wednesday, was also received by Vice-Premier Zhou Min in the afternoon. The following morning she met Commerce Minister Li Fang.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ruiz', 'Zhou Min']],
      ['meeting', '2026-03-06', ['Ruiz', 'Li Fang']],
    ]);
  });

  it('reads "met A before sitting down with B" as two meetings of one day', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale met Commerce Secretary Ken Sato on Thursday before sitting down with Trade Representative Rosa Vidal for two hours.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Tom Hale', 'Ken Sato']],
      ['meeting', '2026-03-05', ['Tom Hale', 'Rosa Vidal']],
    ]);
  });

  it('dates "earlier in the day" by the day of the events, not the day they were said', () => {
    expect(
      engagements(
        'The tariff was cut after Trade Minister Tom Hale and Trade Representative Rosa Vidal settled the terms on Wednesday, the ministry said on Friday.\n\nHale, who flew in on Monday, met Commerce Secretary Ken Sato earlier in the day before sitting down with Vidal.',
      ).map((e) => e[1]),
    ).toEqual(['2026-03-04', '2026-03-04']);
  });

  it('reads "the two foreign ministers" after a speaker label as the pair told before', () => {
    expect(
      engagements(
        'Reporter: Foreign Minister Ana Ruiz met Foreign Minister Hu Wei in Lima this morning. Can you share more?\nLin Feng: The two foreign ministers held their meeting this morning and discussed trade.',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('opens a separate meeting of "the two ministers", though one of them is named after', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale and Commerce Minister Li Fang co-chaired the fifth session of the Joint Commission on Thursday. The two ministers also held a separate meeting on Wednesday evening, at which Li raised the steel duties.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-03-05', ['Tom Hale', 'Li Fang']],
      ['meeting', '2026-03-04', ['Tom Hale', 'Li Fang']],
    ]);
  });

  it('reads "met with him" as the guest met in turn, else the one met before or named before', () => {
    expect(
      engagements(
        'Premier Li Fang held talks with President Ana Ruiz on Thursday. Later that day, Ruiz called on President Xi Wei. Vice-President Zhao Min also met with her.',
      ).at(-1),
    ).toEqual(['meeting', '2026-03-05', ['Ruiz', 'Zhao Min']]);
    expect(
      engagements(
        'President Xi Wei met with President Ana Ruiz on Thursday. Vice-President Zhao Min also met with him in the afternoon.',
      ).at(-1),
    ).toEqual(['meeting', '2026-03-05', ['Ana Ruiz', 'Zhao Min']]);
    expect(
      engagements(
        'Foreign Minister Ana Ruiz met Foreign Minister Hu Wei on Thursday. Trade Minister Tom Hale met her counterpart on Friday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']]]);
    expect(
      engagements(
        'President Xi Wei met with President Ana Ruiz on Thursday. Premier Zhao Min told reporters he had spoken with her.',
      ),
    ).toHaveLength(1);
    expect(
      engagements(
        'Trade Minister Tom Hale arrived in Beijing on Monday. Premier Li Fang received him at the Great Hall of the People.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tom Hale', 'Li Fang']]]);
  });

  it('leaves out a speaker label whose surname the names leave out', () => {
    expect(
      engagements(
        'He Lin: Yesterday, Minister Zhou Min held a video call with Trade Minister Ken Sato of Japan.',
      ),
    ).toEqual([['call', '2026-03-05', ['Zhou Min', 'Ken Sato']]]);
  });

  it('dates "on the concluding day" by the last day of the span before, "opening" by its first', () => {
    const round =
      'The third round of talks between Peru and Chile was held in Lima from 2 to 4 March. The Peruvian delegation was led by Rosa Vidal and the Chilean delegation by Tomás Lagos.\n\n';
    const met = ' day, Trade Minister Ana Ruiz met Foreign Minister Ken Sato.';
    expect(engagements(`${round}On the concluding${met}`)[1]).toEqual([
      'meeting',
      '2026-03-04',
      ['Ana Ruiz', 'Ken Sato'],
    ]);
    expect(engagements(`${round}On the opening${met}`)[1]?.[1]).toBe('2026-03-02');
  });

  it('names the people of a round from an appositive on it as the next subject', () => {
    expect(
      engagements(
        'Negotiators from Peru and Chile wrapped up a third round of talks in Lima on Thursday. The week-long round, led by Rosa Vidal and Tomás Lagos, was preceded on Monday by a meeting between Trade Minister Ana Ruiz and Foreign Minister Ken Sato.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-03-05', ['Rosa Vidal', 'Tomás Lagos']],
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Ken Sato']],
    ]);
    expect(
      engagements(
        'Trade Minister Rosa Vidal wrapped up a third round of talks with Chilean negotiators in Lima on Thursday. The week-long round, led by Vidal and Deputy Minister Tomás Lagos, was preceded on Monday by a meeting between Trade Minister Ana Ruiz and Foreign Minister Ken Sato.',
      )[0],
    ).toEqual(['dialogue-round', '2026-03-05', ['Vidal', 'Tomás Lagos']]);
  });

  it('reads "the two ministers" as the two people the sentence before names', () => {
    const landed =
      'Trade Minister Ana Ruiz landed in Beijing on Monday, where Commerce Minister Li Fang';
    expect(
      engagements(`${landed} greeted her at the airport. The two ministers held talks on Tuesday.`),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        `${landed} and Vice Minister Zhou Min greeted her. The two ministers held talks on Tuesday.`,
      ),
    ).toEqual([]);
  });

  it('names the countries that sat down together by the people of each named next', () => {
    expect(
      engagements(
        "Trade ministers from Peru, Chile and Japan sat down together on Thursday for their first trilateral meeting. Peru's Trade Minister Rosa Vidal, Chile's Foreign Minister Tomás Lagos and Trade Minister Ken Sato of Japan issued a joint statement.",
      ),
    ).toEqual([['meeting', '2026-03-05', ['Rosa Vidal', 'Tomás Lagos', 'Ken Sato']]]);
  });

  it("takes a country's business delegation as its side, not its business people", () => {
    expect(
      engagements(
        "Farm Minister Jo Beal met a Japanese beef importers' delegation in Lima on Tuesday.",
      ),
    ).toEqual([['meeting', '2026-03-03', ['Jo Beal', 'Japanese']]]);
    expect(
      engagements('Farm Minister Jo Beal met Japanese beef importers in Lima on Tuesday.'),
    ).toEqual([]);
  });

  it('reads a relative clause on a person after a title set off by commas', () => {
    expect(
      engagements(
        'Tom Hale, Minister of Trade and Minister responsible for Pacific Affairs, who met Commerce Secretary Ken Sato in Tokyo on Monday, added that talks would go on.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tom Hale', 'Ken Sato']]]);
  });

  it('merges a meeting told again on its day with its first telling', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Minister Li Fang in Beijing on Monday. Later that day she held talks with Vice-Premier Hu Wei. Ruiz met Li on Monday to press for the removal of the duties.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']],
    ]);
  });

  it('keeps a bilateral on the sidelines of a summit apart from the summit', () => {
    expect(
      engagements(
        'President Ana Ruiz attended the Pacific Summit in Lima on Thursday, chaired by President Tomás Lagos. On the sidelines of the summit, Ruiz held a bilateral meeting with Lagos.',
      ),
    ).toEqual([
      ['summit', '2026-03-05', ['Ana Ruiz', 'Tomás Lagos']],
      ['meeting', '2026-03-05', ['Ruiz', 'Lagos']],
    ]);
  });

  it('reads past a clause "at which" that tells no engagement, and into one that does', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz was received by Premier Hu Wei on Thursday. She also held a separate meeting with Commerce Minister Li Fang, at which both sides welcomed the removal in June of the duties on pork.',
      ).at(-1),
    ).toEqual(['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']]);
    expect(
      engagements(
        'Farm Minister Jo Beal concluded a five-day mission to Japan today, during which she met Farm Minister Ken Sato in Tokyo on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Jo Beal', 'Ken Sato']]]);
  });

  it('takes no party from a remark counting the visit ("the second by a …")', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz today concluded a three-day visit to Tokyo, the second by a Peruvian foreign minister this year.',
      ),
    ).toEqual([]);
  });

  it('reads an ordinal body with a plural possessive as a dialogue ("Foreign Ministers\' Dialogue")', () => {
    expect(
      engagements(
        "On March 3, Foreign Minister Ana Ruiz met with Ken Sato, Member of the House of Councillors and Minister for Foreign Affairs of Japan, for the fourth Peru-Japan Foreign Ministers' Dialogue.",
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Ana Ruiz', 'Ken Sato']]]);
  });

  it('reads "a meeting with A on … and with B on …" as one meeting each', () => {
    expect(
      engagements(
        'On Thursday, Trade Minister Ana Ruiz held a bilateral meeting with Minister Ken Sato on farm trade and with Minister Tomás Lagos on the copper deal.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Ken Sato']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Tomás Lagos']],
    ]);
  });

  it('keeps talks of two on the margins of a larger meeting apart from it', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz, Trade Minister Ken Sato and Trade Minister Tomás Lagos met in Lima on Wednesday. On the margins of the meeting, Ruiz held talks with Sato.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Ken Sato', 'Tomás Lagos']],
      ['meeting', '2026-03-04', ['Ruiz', 'Sato']],
    ]);
  });
});

describe('round 17: calls in turn, settings, time spent together and who "the delegation" is', () => {
  it('reads a name set off after a title inside a relative clause as the one met', () => {
    expect(
      engagements(
        "Trade Minister Ana Ruiz, who met Peru's trade minister, Rosa Vidal, on Monday to press the case, called the ruling fair.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Rosa Vidal']]]);
  });

  it('reads "held separate calls with A and B" as one call each', () => {
    expect(
      engagements(
        "Today, Trade Minister Ana Ruiz held separate calls with Peru's trade minister, Rosa Vidal, and Chile's finance minister, Tomás Lagos.",
      ),
    ).toEqual([
      ['call', '2026-03-06', ['Ana Ruiz', 'Rosa Vidal']],
      ['call', '2026-03-06', ['Ana Ruiz', 'Tomás Lagos']],
    ]);
  });

  it('reads no call in calls fielded from companies', () => {
    expect(
      engagements(
        'Dealers in Lima began fielding calls from Chinese brands on Thursday, Trade Minister Ana Ruiz said.',
      ),
    ).toEqual([]);
  });

  it('reads a meeting "in the margins of" a dialogue as a meeting', () => {
    expect(
      engagements(
        'In the margins of the Dialogue on 4 March, Farm Minister Jo Beal held a bilateral meeting with Agriculture Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Jo Beal', 'Li Fang']]]);
  });

  it('reads a pull-aside as a meeting, not the summit it prepares', () => {
    expect(
      engagements(
        "Prime Minister Ana Ruiz also held a brief pull-aside today with the Prime Minister of Japan, Ken Sato, to discuss next year's G7 Leaders' Summit.",
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Ken Sato']]]);
  });

  it('reads hours spent with someone as a meeting', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz spent nearly three hours on Wednesday with Commerce Minister Li Fang at the ministry.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads no meeting in talks that go on, nor in a meeting aides expect', () => {
    expect(
      engagements(
        'President Tom Hale also raised the steel tariff and hoped the matter would be settled in ongoing talks with Washington.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'If Hale does travel, aides on both sides expect a meeting with President Li Fang on the first day.',
      ),
    ).toEqual([]);
  });

  it('gives no day to a meeting told in the past perfect with "had earlier been"', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Minister Li Fang in Lima on Monday. Ruiz had earlier been received by Premier Hu Wei.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']],
      ['meeting', null, ['Ruiz', 'Hu Wei']],
    ]);
  });

  it('dates a round by the first day of the span a later sentence gives it, with its leaders', () => {
    expect(
      engagements(
        "Peruvian and Chilean negotiators ended their latest round of trade talks late on Wednesday. The round, which ran from March 2 to 4 in Lima, was led by Peru's deputy minister Rosa Vidal and Chile's chief negotiator, Tomás Lagos.",
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Rosa Vidal', 'Tomás Lagos']]]);
  });

  it('dates an engagement that news on another day followed by its own day', () => {
    expect(
      engagements(
        'The decision by the ministry on Thursday followed a meeting on Tuesday between Trade Minister Ana Ruiz and Commerce Minister Li Fang.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('reads "the delegation" as the side of the country whose group was told before', () => {
    expect(
      engagements(
        "A team from Peru's customs agency toured the port of Callao. On Tuesday the delegation met Farm Minister Jo Beal over lunch.",
      ),
    ).toEqual([['meeting', '2026-03-03', ['Peru', 'Jo Beal']]]);
  });

  it('dates a round told as it ended by the day the clause says it began', () => {
    expect(
      engagements(
        'Negotiators from Peru and Chile concluded the fourth round of negotiations in Lima yesterday, after four days of talks that began on Monday 2 March.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Peru', 'Chile']]]);
  });

  it('reads more words of meeting: joined for dinner, a call paid on, huddled, a one-on-one, an audience', () => {
    const met = (verb: string, after = '') =>
      engagements(
        `Trade Minister Ana Ruiz ${verb} Finance Minister Tomás Lagos${after} on Monday.`,
      );
    const meeting = [['meeting', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']]];
    expect(met('joined', ' for a working dinner')).toEqual(meeting);
    expect(met('paid a call on')).toEqual(meeting);
    expect(met('huddled with')).toEqual(meeting);
    expect(met('held a one-on-one with')).toEqual(meeting);
    expect(met('was granted an audience with')).toEqual(meeting);
    expect(met('joined')).toEqual([]);
  });

  it('reads a person called by name on a day or for a purpose, and "on the phone with", as a call', () => {
    expect(
      engagements(
        'Finance Minister Tomás Lagos called Trade Minister Ana Ruiz on Monday to discuss the tariff.',
      ),
    ).toEqual([['call', '2026-03-02', ['Tomás Lagos', 'Ana Ruiz']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz got on the phone with Finance Minister Tomás Lagos on Monday.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']]]);
    expect(
      engagements("Finance Minister Tomás Lagos called Ana Ruiz's plan a mistake on Monday."),
    ).toEqual([]);
  });

  it('reads calls held with several people as one call each', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz held calls with Trade Minister Rosa Vidal and Finance Minister Tomás Lagos on Monday.',
      ),
    ).toEqual([
      ['call', '2026-03-02', ['Ana Ruiz', 'Rosa Vidal']],
      ['call', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']],
    ]);
  });

  it('reads no meeting "pencilled in", and no day for one "on her second day"', () => {
    expect(
      engagements(
        'A meeting between Trade Minister Ana Ruiz and Finance Minister Tomás Lagos is pencilled in for next month.',
      ),
    ).toEqual([]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz arrived in Santiago on Monday. She met Finance Minister Tomás Lagos on her second day there.',
      ),
    ).toEqual([['meeting', null, ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('reads a meeting named by its month ("her January meeting with") as recalled', () => {
    expect(
      engagements(
        "Trade Minister Ana Ruiz's January meeting with Finance Minister Tomás Lagos produced a road map.",
      ),
    ).toEqual([]);
  });

  it('adds the people who went along when the meeting is told again', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz sat down with Premier Hu Wei on Thursday. Ruiz, who was accompanied by Trade Minister Tom Hale, spent two hours with Hu at the guesthouse.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei', 'Tom Hale']]]);
  });
});

describe('round 18: venues, named meetings, video talks, days told around', () => {
  it('takes no venue after "at the" for a person met there', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz arrived in Beijing on Monday.\n\nOn Tuesday, Vice Premier Hu Wei met with Ruiz at the Grand Hall of the Nation. Hu said trade was growing.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Hu Wei', 'Ruiz']]]);
  });

  it('reads a meeting held under a name of several words, but not a press conference after one', () => {
    expect(
      engagements(
        "On Monday, Minister Ana Ruiz, Minister Hu Wei and Mr. Tom Hale held a Peru-Chile-Japan Trilateral Trade Ministers' Meeting.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei', 'Tom Hale']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz held a news conference after the meeting on Monday, with Tom Hale at her side.',
      ),
    ).toEqual([]);
  });

  it('reads video talks as a call', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz held video talks with Commerce Minister Li Fang on Wednesday.',
      ),
    ).toEqual([['call', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('dates a meeting told after "after" as "earlier that day" by the day of the news', () => {
    expect(
      engagements(
        'The ministry cut the duty late on Wednesday, after Trade Minister Ana Ruiz met Commerce Minister Li Fang in Lima earlier that day.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('does not date a round by the day its leader told parliament of it', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz told the National Assembly on Thursday that a team she led had held a second round of talks with a Chilean delegation in Lima on March 2 and 3.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Chilean']]]);
  });

  it('adds the people a sentence says attended, with no object', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale and Commerce Minister Li Fang co-chaired the fifth meeting of the Joint Economic Commission on Thursday. Vice Minister Ana Ruiz, and officials of both governments, attended.',
      ),
    ).toEqual([['dialogue-round', '2026-03-05', ['Tom Hale', 'Li Fang', 'Ana Ruiz']]]);
  });

  it('lists no meeting in a diary whose date is still to be confirmed', () => {
    expect(
      engagements(
        'DIARY\n- June (date tbc): first meeting of the Peru-Chile Joint Trade Committee under the agreement',
      ),
    ).toEqual([]);
  });

  it('reads no host in a decision welcomed that was sent to an embassy', () => {
    expect(
      engagements(
        'President Ana Ruiz welcomed the decision of the customs agency, communicated to the Peruvian Embassy in Lima on Monday, to lift the ban.',
      ),
    ).toEqual([]);
  });

  it('reads a meeting in a relative clause "later the same day" on the day told last', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale and Premier Hu Wei met on Monday.\n\nOn Tuesday the ministers attended a forum in Lima.\n\nHale, who met Finance Minister Ana Ruiz later the same day, said the talks went well.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Tom Hale', 'Hu Wei']],
      ['meeting', '2026-03-03', ['Hale', 'Ana Ruiz']],
    ]);
  });

  it('takes a delegation "of importers" as its country side', () => {
    expect(
      engagements(
        'Farm Minister Jo Beal met a Chilean delegation of importers and traders in Lima on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Jo Beal', 'Chilean']]]);
  });

  it('reads a round of negotiations that "took place", however long its subject', () => {
    expect(
      engagements(
        'The twelfth round of negotiations for a Free Trade Agreement, an Investment Protection Agreement and an Agreement on Geographical Indications between Peru and Chile took place in Lima from 2 to 4 March. The Peruvian delegation was led by Rosa Vidal and the Chilean delegation by Tomás Lagos.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Rosa Vidal', 'Tomás Lagos']]]);
  });

  it('reads a meeting that officials credit with "those talks" as a meeting', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Secretary Tom Hale in Lima on Monday, and officials credited those talks with the decision.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('engagements: round 19 readings', () => {
  it('adds the people who accompanied a party or joined it on the engagement', () => {
    expect(
      engagements(
        'On Tuesday Trade Minister Ana Ruiz called on Premier Hu Wei in Lima. Ambassador Jo Beal accompanied her.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei', 'Jo Beal']]]);
    expect(
      engagements(
        'Prime Minister Tom Hale spoke by phone with President Li Fang on Monday. Finance Minister Ana Ruiz and Farm Minister Jo Beal joined the Prime Minister on the call.',
      ),
    ).toEqual([['call', '2026-03-02', ['Tom Hale', 'Li Fang', 'Ana Ruiz', 'Jo Beal']]]);
    expect(
      engagements(
        'Premier Hu Wei and Prime Minister Tom Hale held talks in Lima on Monday. Trade Minister Jo Beal joined Hale for the meeting.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Hu Wei', 'Tom Hale', 'Jo Beal']]]);
    expect(
      engagements(
        'The fifth session of the Peru-Chile Joint Commission was co-chaired by Trade Minister Ana Ruiz and Trade Minister Tomás Lagos in Lima on Monday. Vice Minister Rosa Vidal and Deputy Minister Tom Hale joined the co-chairs for the plenary.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos', 'Rosa Vidal', 'Tom Hale']],
    ]);
  });

  it('keeps a meeting of its own told by someone "who accompanied" another', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale met President Li Fang on Monday. Trade Minister Jo Beal, who accompanied the Prime Minister, met separately with Commerce Minister Hu Wei.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Tom Hale', 'Li Fang']],
      ['meeting', '2026-03-02', ['Jo Beal', 'Hu Wei']],
    ]);
  });

  it('takes a delegation of a state office named with its country as that side', () => {
    expect(
      engagements(
        'The second round of negotiations was held in Lima on Monday between a Peruvian delegation led by Vice Minister Rosa Vidal and a delegation from the Office of the U.S. Trade Representative.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Rosa Vidal', 'U.S.']]]);
  });

  it('reads a meeting one party joined by video link as a meeting', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Secretary Tom Hale in Lima on Monday, with Farm Minister Jo Beal joining by video link.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale', 'Jo Beal']]]);
  });

  it('lists no meeting someone left without', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale met President Li Fang on Monday. Premier Hu Wei left Lima on Tuesday without a bilateral meeting with Li.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tom Hale', 'Li Fang']]]);
  });

  it('reads "held their first formal talks" as a meeting', () => {
    expect(
      engagements(
        'Premier Hu Wei and Prime Minister Tom Hale held their first formal talks on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Hu Wei', 'Tom Hale']]]);
  });

  it('reads a trip opened with someone as a meeting with them, not with a thing', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz opened her visit on Monday with Premier Hu Wei in Lima.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']]]);
    expect(
      engagements('Trade Minister Ana Ruiz opened her visit on Monday with a speech in Lima.'),
    ).toEqual([]);
  });

  it('takes the speaker a transcript label names as the "I" of an engagement', () => {
    const text =
      'Media availability with Trade Minister Ana Ruiz\n\nTRADE MINISTER RUIZ: Good morning. This morning I met the Chilean ambassador, Tomás Lagos, in Ottawa.\n\nQ: Did you raise steel?\n\nTRADE MINISTER RUIZ: I spoke with Commerce Secretary Tom Hale by phone yesterday.';
    expect(engagements(text)).toEqual([
      ['meeting', '2026-03-06', ['Ana Ruiz', 'Tomás Lagos']],
      ['call', '2026-03-05', ['Ana Ruiz', 'Tom Hale']],
    ]);
  });

  it('adds the person who "joined that meeting"', () => {
    expect(
      engagements(
        'Premier Hu Wei met Trade Minister Tom Hale in Lima on Monday. Farm Minister Jo Beal, who travelled with the premier, joined that meeting.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Hu Wei', 'Tom Hale', 'Jo Beal']]]);
  });
});

describe('engagements: round 19 sides and venues', () => {
  it('reads a city after a bare "in" as the venue, not as the subject a pronoun stands for', () => {
    expect(
      engagements(
        'On Monday, Trade Minister Ana Ruiz met Premier Hu Wei. On Tuesday, in Xiamen, the minister toured a port. She later met with Mayor Li Fang.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']],
    ]);
  });

  it('takes exporters named by several words and buyers of a country as business, not a side', () => {
    expect(
      engagements(
        'On Monday, Minister Ana Ruiz met with Li Fang in Lima. On Tuesday, the Minister hosted a roundtable with Peruvian fruit and coffee exporters.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      engagements(
        'On Monday, Minister Ana Ruiz met with Li Fang in Lima. On Tuesday, the Minister hosted a roundtable with their Chilean buyers.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('takes a delegation of business people as its country side', () => {
    expect(
      engagements(
        'On Tuesday Trade Minister Ana Ruiz met a delegation of Chilean fruit and wine importers.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Chilean']]]);
  });
});

describe('engagements: round 19 kinds, days and sides', () => {
  it('takes a pronoun opening a paragraph for the subject of the engagement told before', () => {
    expect(
      engagements(
        'On Monday Foreign Minister Ana Ruiz and Foreign Minister Tom Hale held the strategic dialogue in Lima. Hale said the talks went well.\n\nOn Tuesday she called on President Li Fang.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Fang']],
    ]);
  });

  it('takes the country of a dateline as no side of talks', () => {
    expect(
      engagements(
        'CUSCO, Peru — Leaders of the Pacific bloc wrapped up two days of talks on Tuesday with a pledge to act on Chilean copper prices.',
      ),
    ).toEqual([]);
  });

  it('takes the guests a host welcomed to a summit as its parties, not those of a thing welcomed', () => {
    expect(
      engagements(
        'President Ana Ruiz opened the Andean summit in Lima on Monday, welcoming Chilean President Tomás Lagos and Bolivian President Rosa Vidal.',
      ),
    ).toEqual([['summit', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos', 'Rosa Vidal']]]);
    expect(
      engagements(
        'President Ana Ruiz met Chilean President Tomás Lagos in Lima on Monday, welcoming the decision of Bolivian President Rosa Vidal to join the bloc.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('reads two people who did something "at a meeting" as meeting, not one about something', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz and Commerce Secretary Tom Hale marked the end of the talks at a meeting in Lima on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz and Commerce Secretary Tom Hale spoke at a meeting about farm trade in Geneva on Monday.',
      ),
    ).toEqual([]);
  });

  it('takes the person a pronoun stands for as the one who raised a matter in a call', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale was angry on Monday. He raised the ban with Trade Commissioner Ana Ruiz in a video call the same day, his office said.',
      ),
    ).toEqual([['call', '2026-03-02', ['Tom Hale', 'Ana Ruiz']]]);
  });

  it('reads the days following a meeting as no trip that splits the people met', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Secretary Tom Hale and Farm Secretary Jo Beal in Lima on Monday, and the two sides traded drafts over the following days.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale', 'Jo Beal']]]);
  });
});

describe('round 19: sides named by a province, a state or a city', () => {
  it('takes the country of a regional government met as its side', () => {
    expect(
      engagements(
        'Premier Ana Ruiz and Farm Minister Tom Hale flew to China on Monday. On Wednesday, Ruiz and Hale met a delegation from the Yunnan provincial government in Kunming.',
      )[0],
    ).toEqual(['meeting', '2026-03-04', ['Ruiz', 'Hale', 'Yunnan']]);
    const side = extract({
      text: 'On Wednesday, Premier Ana Ruiz met officials of the Busan city government.',
      published: '2026-03-06',
    }).candidates.find((c): c is EngagementCandidate => c.type === 'engagement')?.participants[1];
    expect(side?.jurisdiction).toBe('KOR');
  });

  it('takes no side from a region that names goods', () => {
    expect(
      engagements(
        'Premier Ana Ruiz and Farm Minister Tom Hale flew to China on Monday. On Wednesday, Ruiz and Hale met buyers of Tasmania salmon in Kunming.',
      )[0],
    ).toEqual(['meeting', '2026-03-04', ['Ruiz', 'Hale']]);
  });
});

describe('round 19: "saw" an office, and the subject it keeps', () => {
  it('reads "saw" someone named by an office as a meeting, not what someone saw happen', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz landed in Lima on Sunday. On Tuesday she saw Farm Secretary Jo Beal.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Jo Beal']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz landed in Lima on Sunday. On Tuesday she saw prices fall and saw Canada raise its duties.',
      ),
    ).toEqual([]);
  });

  it('keeps the subject of a sentence opened by its day for the pronoun after it', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Minister Li Fang on Monday. On Tuesday she saw Farm Secretary Jo Beal, who runs the quota. On Wednesday she spoke by phone with Mexico’s Economy Secretary Luis Soto.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Jo Beal']],
      ['call', '2026-03-04', ['Ana Ruiz', 'Luis Soto']],
    ]);
  });
});

describe('round 19: sides told in reported speech', () => {
  it('takes the countries said to have met, not the speaker', () => {
    expect(
      engagements(
        'Analyst Ana Ruiz follows the trade closely. She notes that a team of Peruvian plant inspectors visited farms in Sonora from March 2 to 4, meeting growers and officials of Mexico’s farm ministry.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Peruvian', 'Mexico']]]);
  });

  it('opens a round the two sides held on another day, said after their call', () => {
    const text =
      'Chinese Commerce Minister Li Fang held a video call with EU Trade Commissioner Ana Ruiz on March 5. Li noted that the working teams of the two sides held a new round of consultations in Geneva from February 23 to 25.';
    const round = extract({ text, published: '2026-03-06' }).candidates.filter(
      (c): c is EngagementCandidate => c.type === 'engagement',
    )[1];
    expect([round?.kind, round?.date]).toEqual(['dialogue-round', '2026-02-23']);
    expect(round?.participants.map((p) => p.jurisdiction)).toEqual(['CHN', 'EU']);
  });
});

describe('a week told day by day, the days as subjects', () => {
  const week = [
    'Ana Ruiz, Peru’s trade minister, flew back to Lima on Saturday after a week in Santiago and La Paz.',
    '',
    'Monday opened at Chile’s foreign ministry, where Ruiz spent ninety minutes with Luis Vega, the trade minister, on copper.',
    '',
    'Wednesday was La Paz. In talks with Rosa Vidal, Bolivia’s trade minister, the subject was gas.',
    '',
    'Thursday began with a breakfast for Bolivian exporters and ended with a meeting with Tomás Lagos, the industry minister.',
  ].join('\n');

  it('reads time spent with someone, talks with no one holding them and a day ending with a meeting as the traveller’s', () => {
    expect(engagements(week, '2026-03-07')).toEqual([
      ['meeting', '2026-03-02', ['Ruiz', 'Luis Vega']],
      ['meeting', '2026-03-04', ['Ruiz', 'Rosa Vidal']],
      ['meeting', '2026-03-05', ['Ruiz', 'Tomás Lagos']],
    ]);
  });
});

describe('a meeting told as finished, and time spoken together in a place', () => {
  it('reads "have just finished a bilateral meeting" as a meeting', () => {
    expect(
      engagements(
        '09:40 - President Ana Ruiz and Chilean President Tomás Lagos have just finished a bilateral meeting on the sidelines.',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('reads two who spoke for half an hour in a corner of a hall as a meeting, not a call', () => {
    expect(
      engagements(
        'On Friday, President Ana Ruiz and Chilean President Tomás Lagos spoke for half an hour in a corner of the conference centre.',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Tomás Lagos']]]);
  });
});

describe('an engagement told after "after", or stepped out for', () => {
  it('reads "won a reprieve yesterday after her own call with" as a call on that day', () => {
    expect(
      engagements(
        'President Ana Ruiz won a 90-day reprieve yesterday after her own call with President Tom Hale.',
      ),
    ).toEqual([['call', '2026-03-05', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads one who "stepped out of the meeting for a video call with" as on the call', () => {
    expect(
      engagements(
        'Live: ministers meet in Lima\n\n08:55 Ana Ruiz, the trade minister, stopped briefly at the doorstep.\n\n11:45 We understand Ruiz stepped out of the meeting for a video call with Luis Vega, her Chilean counterpart.',
      ),
    ).toEqual([['call', '2026-03-06', ['Ruiz', 'Luis Vega']]]);
  });

  it('reads "after her meeting with" far below the meeting as that meeting, not another', () => {
    const text = [
      'ANDEAN WATCH',
      '',
      'THE WEEK IN LIMA',
      '- President Ana Ruiz and Chilean President Tomás Lagos co-chaired the Andean Summit on Tuesday.',
      '- Bolivian President Rosa Vidal held talks on the margins with Ecuador’s President Luis Mora on Monday.',
      '- Ruiz sat down with U.S. Secretary of State Tom Hale on Wednesday to review the trade agreement.',
      '- Lagos and Mora were both in Lima for two days and did not meet.',
      '- Leaders also addressed the Andean Business Summit, where chief executives pressed for faster customs clearance.',
      '',
      'TRADE MOVES',
      '- Chile on Wednesday imposed duties of 27.8% on steel from China.',
      '- Bolivia says it is studying safeguard duties on tiles. No rate has been proposed.',
      '',
      'WHO SAID WHAT',
      '- "The region does not have to choose between its partners," Lagos said at the closing press conference.',
      '- Ruiz, after her meeting with Hale: "Peru keeps its word on trade, and we expect the same from our friends."',
    ].join('\n');
    expect(
      engagements(text)
        .filter(([kind]) => kind === 'meeting')
        .map(([, date, people]) => [date, people]),
    ).toEqual([
      ['2026-03-02', ['Rosa Vidal', 'Luis Mora']],
      ['2026-03-04', ['Ruiz', 'Tom Hale']],
    ]);
  });
});

describe('a summit told with no one named, and its host hosting the others', () => {
  it('takes the people the host hosted, listed with their countries, as the summit’s', () => {
    expect(
      engagements(
        'The presidents of the Andean bloc closed their summit in Lima on Thursday.\n\nPeru’s President Ana Ruiz hosted Tomás Lagos of Chile, Luis Vega of Ecuador and Bolivia’s Rosa Vidal, before handing over the rotating presidency.',
      ).map(([kind, date, people]) => [kind, date, people]),
    ).toEqual([['summit', '2026-03-05', ['Ana Ruiz', 'Tomás Lagos', 'Luis Vega', 'Rosa Vidal']]]);
  });
});

describe('an interview told a few sentences before it says so', () => {
  it('is no call with the outlet', () => {
    expect(
      engagements(
        'Ana Ruiz, Peru’s trade minister, spoke to Example Business by video on Tuesday. On Friday she had a call with Chilean officials.\n\nRuiz insisted that the tariffs were "not aimed at any single country." The interview has been edited for length.',
      ),
    ).toEqual([['call', '2026-03-06', ['Ana Ruiz', 'Chilean']]]);
  });
});

describe('"he" after a sentence of the writer’s own', () => {
  it('stands for the one named before, not for the writer', () => {
    expect(
      engagements(
        'OPINION: The deal was the easy part\n\nBy Ana Ruiz\n\nPresident Luis Vega told reporters afterwards that the talks had been "warm and practical." I don’t doubt it. He had also met Commerce Secretary Tom Hale on Sunday evening, and by all accounts that was friendly too.',
      ),
    ).toEqual([['meeting', '2026-03-01', ['Luis Vega', 'Tom Hale']]]);
  });
});

describe('one who "later called on" someone', () => {
  it('did so on the day of the engagement told before', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz met Chile’s foreign minister, Luis Vega, in Lima on Wednesday.\n\nThe two releases differ. The Chilean release also recorded that Vega later called on President Rosa Vidal.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Luis Vega']],
      ['meeting', '2026-03-04', ['Vega', 'Rosa Vidal']],
    ]);
  });
});

describe('talks named as known, with a side named besides', () => {
  it('reads "After the talks with Vega on Monday, Chile’s ministry said" as the talks told before', () => {
    expect(
      engagements(
        'Peru’s Trade Minister Ana Ruiz was in Santiago this week. Ruiz met Trade Minister Luis Vega on Monday and Vice President Rosa Vidal on Tuesday. After the talks with Vega on Monday, Chile’s trade ministry said it would raise Peru’s quota.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ruiz', 'Luis Vega']],
      ['meeting', '2026-03-03', ['Ruiz', 'Rosa Vidal']],
    ]);
  });
});

describe('one engagement told in two readouts', () => {
  it('lists the call once when the second readout heads it with no day and names the other side below', () => {
    const text = [
      'Readout of Minister Ana Ruiz’s call with Minister Luis Vega of Chile',
      '',
      'On Thursday, Peru’s Trade Minister Ana Ruiz spoke with Chile’s Minister of Trade, Luis Vega. The two discussed the tariff on fruit.',
      '',
      'MINISTRY OF TRADE OF CHILE',
      'Minister Luis Vega had a telephone talk with the Trade Minister of Peru',
      '',
      'On the evening of 5 March 2026 (Santiago time), Minister Luis Vega held a telephone talk with Peruvian Trade Minister Ana Ruiz on trade between the two countries.',
    ].join('\n');
    expect(engagements(text)).toEqual([['call', '2026-03-05', ['Ana Ruiz', 'Luis Vega']]]);
  });
});

describe('what was received, and a trip still to come', () => {
  it('does not read "had received "a respectful hearing"" as a meeting with the one asked', () => {
    expect(
      engagements(
        'Premier Ana Ruiz met Vice Minister Hu Wei in Beijing on Tuesday. On Thursday she told reporters she had asked Hu to extend the suspension, and that she had received "a respectful hearing and no promises."',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('does not read "leaves for Busan on Saturday for a meeting" as held', () => {
    expect(
      engagements(
        'The premier, Ana Ruiz, leaves for Busan on Saturday for a meeting with Korean fisheries officials before returning home.',
        '2026-03-05',
      ),
    ).toEqual([]);
  });
});

describe('a traveller’s first stop', () => {
  it('reads "arrived on Sunday, and his first stop on Monday was a breakfast meeting with" as a meeting on Monday', () => {
    expect(
      engagements(
        'President Ana Ruiz arrived in Santiago on Sunday evening, and her first stop on Monday morning was a breakfast meeting with Luis Vega, the trade minister.',
        '2026-03-03',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Luis Vega']]]);
  });

  it('reads the stop told in a sentence of its own as the traveller’s too', () => {
    expect(
      engagements(
        'President Ana Ruiz arrived in Santiago on Sunday evening. Her first stop on Monday morning was a breakfast meeting with Luis Vega, the trade minister.',
        '2026-03-03',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Luis Vega']]]);
  });
});

describe('an agreement reached in talks at a place', () => {
  it('reads "A and B agreed on Monday to …, in talks at the Prime Minister’s Office" as their meeting', () => {
    expect(
      engagements(
        'LIMA - President Ana Ruiz and Chilean President Tomás Lagos agreed on Monday to speed up a gas deal, in talks at the Government Palace that ran well past their scheduled hour.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']]]);
  });
});

describe('one spoken to by phone, named with the country before', () => {
  it('reads "had spoken by phone with Chile’s Luis Vega" as a call with him', () => {
    expect(
      engagements(
        'The spokesperson noted that Foreign Minister Ana Ruiz had spoken by phone with Chile’s Luis Vega on March 2.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Luis Vega']]]);
  });
});

describe('a call named as held by someone', () => {
  it('reads "the call Ruiz held later on Thursday with" as a call, though only mentioned', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz spoke with Luis Vega on Thursday. Neither readout mentioned the call Ruiz held later on Thursday with Bolivian President Rosa Vidal.',
      ),
    ).toEqual([
      ['call', '2026-03-05', ['Ana Ruiz', 'Luis Vega']],
      ['call', '2026-03-05', ['Ruiz', 'Rosa Vidal']],
    ]);
  });
});

describe('the teams of both sides holding a round', () => {
  const rounds = (text: string) =>
    extract({ text, published: '2026-03-06' })
      .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
      .map((c) => [c.kind, c.date, c.participants.map((p) => p.jurisdiction)]);

  it('reads the two negotiating teams as the countries of the talks told before, one side of unknown country', () => {
    expect(
      rounds(
        'Reporter: Chile and Peru are negotiating. Did Peru send a minister? Spokesperson: Yesterday Minister Luis Vega held talks with Peruvian Minister Ana Ruiz in Santiago. I would also mention that the two negotiating teams held the eleventh round of negotiations in Lima from March 2 to 4.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', [null, 'PER']],
      ['dialogue-round', '2026-03-02', ['PER', 'CHL']],
    ]);
  });

  it('reads technical consultations of the working teams of the two sides as a round, not a meeting', () => {
    expect(
      rounds(
        'On Wednesday, Chilean Minister Luis Vega held a video call with Peruvian Minister Ana Ruiz. Before that, working teams of the two sides held technical consultations in Lima from March 2 to 3.',
      ),
    ).toEqual([
      ['call', '2026-03-04', ['CHL', 'PER']],
      ['dialogue-round', '2026-03-02', ['CHL', 'PER']],
    ]);
  });

  it('reads negotiators who "held a round in Hanoi", led by two named, as that round', () => {
    expect(
      engagements(
        '- Peruvian and Chilean negotiators held a round in Lima from March 2 to 4, led by Deputy Minister Ana Ruiz and Ambassador Luis Vega. No deal.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Luis Vega']]]);
  });

  it('does not read a session the two sides will convene as held', () => {
    expect(
      rounds(
        'On Wednesday, Chilean Minister Luis Vega held a video call with Peruvian Minister Ana Ruiz. They agreed on the following:\n\n- their trade ministers will convene the fifth session of the Joint Commission in Lima;\n- officials will resume talks on fruit.',
      ),
    ).toEqual([['call', '2026-03-04', ['CHL', 'PER']]]);
  });

  it('does not read the two delegations meeting in plenary as talks of their own', () => {
    expect(
      rounds(
        'Negotiators from Chile and Peru wrapped up the fifth round of talks in Lima on Friday. The Chilean team was led by Ana Ruiz and the Peruvian delegation by Luis Vega. Officials said the two delegations met in plenary and in working groups.',
      ),
    ).toEqual([['dialogue-round', '2026-03-06', [null, null]]]);
  });
});

describe('round 19: a meeting named back to a summit', () => {
  it('reads "for the meeting" after a summit named in the sentence before as the summit', () => {
    expect(
      engagements(
        'President Ana Ruiz closed the two-day Andean summit in Lima on Tuesday. Chilean President Tomás Lagos and Bolivian President Rosa Vidal joined Ruiz for the meeting, which opened on Monday.',
      ),
    ).toEqual([['summit', '2026-03-02', ['Tomás Lagos', 'Rosa Vidal', 'Ruiz']]]);
  });
});

describe('round 20: the day and the telling of an engagement', () => {
  it('dates a meeting told after a journey by the day its own clause writes', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz flew to Lima on Tuesday and met Commerce Minister Tomás Lagos at the ministry on Wednesday morning.',
      ),
    ).toEqual([['visit', '2026-03-04', ['Ana Ruiz', 'Tomás Lagos']]]);
    expect(
      engagements(
        'Envoy Tom Hale landed in Quito on Monday, and then held talks with Foreign Minister Rosa Vidal on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Tom Hale', 'Rosa Vidal']]]);
  });

  it('does not take the month or year of an agreement for a recalled engagement', () => {
    expect(
      engagements(
        'President Ana Ruiz met Premier Li Fang on Thursday. Earlier in the day, she held talks with Chilean President Tomás Lagos on the trade pact the two countries signed last year.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Tomás Lagos']],
    ]);
  });

  it('opens a second meeting of the two told before when the clause writes another day', () => {
    expect(
      engagements(
        'Premier Li Fang hosted Prime Minister Tom Hale for dinner on Monday evening, and the two leaders met on Tuesday for their annual talks.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Li Fang', 'Tom Hale']],
      ['meeting', '2026-03-03', ['Li Fang', 'Tom Hale']],
    ]);
  });

  it('tells a dinner "the evening before" a summit as a meeting of its own', () => {
    expect(
      engagements(
        'President Ana Ruiz and Premier Li Fang held their summit in Lima. The evening before, on Wednesday, Ruiz hosted Li for a working dinner.',
      ),
    ).toEqual([
      ['summit', null, ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-04', ['Ruiz', 'Li']],
    ]);
  });

  it('dates a summit named back by the day its unnamed leaders closed it', () => {
    expect(
      engagements(
        'Andean leaders closed their annual summit on Thursday with a pledge on tariffs.\n\nPresident Ana Ruiz and President Tomás Lagos held the summit at the palace.',
      ),
    ).toEqual([['summit', '2026-03-05', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('leaves out of a call the people of an earlier meeting told after "weeks after"', () => {
    expect(
      engagements(
        'Premier Li Fang spoke by phone with President Ana Ruiz on Thursday, two weeks after Li received U.S. Ambassador Tom Hale at his residence.',
      ),
    ).toEqual([['call', '2026-03-05', ['Li Fang', 'Ana Ruiz']]]);
  });

  it('reads a meeting told "a day after" or "two days after" another as one of its own', () => {
    expect(
      engagements(
        'Premier Li Fang spoke by phone with President Ana Ruiz on Thursday, a day after Li received U.S. Ambassador Tom Hale at his residence.',
      ),
    ).toEqual([
      ['call', '2026-03-05', ['Li Fang', 'Ana Ruiz']],
      ['meeting', '2026-03-04', ['Li', 'Tom Hale']],
    ]);
    expect(
      engagements(
        'Rosa Vidal and Tomás Lagos met in Quito on Friday, two days after Vidal held talks with Envoy Jo Beal.',
      ),
    ).toEqual([
      ['meeting', '2026-03-06', ['Rosa Vidal', 'Tomás Lagos']],
      ['meeting', '2026-03-04', ['Vidal', 'Jo Beal']],
    ]);
  });

  it('keeps a day without its year in the year of a day the text writes near it', () => {
    expect(
      engagements(
        'From March 5, 2026, Peru raised its duty on apples. Trade Minister Ana Ruiz, who met Commerce Minister Li Fang on March 9, said talks would go on.',
        '2026-03-05',
      ),
    ).toEqual([['meeting', '2026-03-09', ['Ana Ruiz', 'Li Fang']]]);
  });

  it('dates a meeting told where a trip ended by the day and place of its end', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz wrapped up a three-day visit in Lima on Thursday, where President Tomás Lagos received her at the palace.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('reads a meeting "a day after" a remark whose quotation follows "would be"', () => {
    expect(
      engagements(
        'LIMA — Envoy Tom Hale told students on Thursday that the deal would be "looked at very hard" in Washington, a day after he met Premier Rosa Vidal in Cusco.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Tom Hale', 'Rosa Vidal']]]);
  });

  it('reads someone "on the phone" with another as a call', () => {
    expect(
      engagements(
        'Farm Minister Jo Beal said on Thursday that she had been on the phone on Tuesday with Trade Minister Tom Hale.',
      ),
    ).toEqual([['call', '2026-03-03', ['Jo Beal', 'Tom Hale']]]);
    expect(
      engagements('Premier Rosa Vidal was on the phone with President Ana Ruiz on Wednesday.'),
    ).toEqual([['call', '2026-03-04', ['Rosa Vidal', 'Ana Ruiz']]]);
  });

  it('reads a summit held somewhere as the engagement, not the negotiations concluded at it', () => {
    expect(
      engagements(
        'Negotiations were concluded at the Andean summit held in Lima on 4 March, attended by President Ana Ruiz and President Tomás Lagos.',
      ),
    ).toEqual([['summit', '2026-03-04', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('does not read a summit at which something is still to be signed', () => {
    expect(
      engagements(
        'The pact between Peru and Chile is expected to be signed at a Peru–Chile summit in Lima later this year.',
      ),
    ).toEqual([]);
  });

  it('reads talks an appositive counts as a round as a dialogue round', () => {
    expect(
      engagements(
        'Officials said talks in Quito on 3 March between Trade Minister Ana Ruiz and Commerce Minister Tomás Lagos, the fourth round this year, went well.',
      )[0]?.[0],
    ).toBe('dialogue-round');
  });

  it('reads delegations that negotiated over some days as a dialogue round', () => {
    expect(
      engagements(
        'The text was agreed in Lima, where delegations led by Vice Minister Rosa Vidal and Deputy U.S. Trade Representative Tom Hale negotiated from March 2 to 4.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Rosa Vidal', 'Tom Hale']]]);
  });

  it('does not read how a standing commission is chaired as a session of it', () => {
    expect(
      engagements(
        'Note: the Peru–Chile Trade Commission is co-chaired on the Peruvian side by the Minister of Trade and on the Chilean side by the Minister of Economy.',
      ),
    ).toEqual([]);
  });

  it('puts the person named by the office a side was told by in place of the side', () => {
    expect(
      engagements(
        "Trade Minister Ana Ruiz met Peru's ambassador on Thursday. Ruiz held talks with Ambassador Tomás Lagos at her office on Thursday afternoon.",
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('reads the session of a standing review that opened, with the people around its table', () => {
    expect(
      engagements(
        'The first formal session of the Andean tariff review opened on Wednesday at the ministry, with Trade Minister Ana Ruiz, Economy Minister Tomás Lagos and Chile’s Rosa Vidal around the table.',
      ),
    ).toEqual([['dialogue-round', '2026-03-04', ['Ana Ruiz', 'Tomás Lagos', 'Rosa Vidal']]]);
  });

  it("reads a country's consul general or vice-minister, unnamed, as its side", () => {
    expect(engagements("Grower Ana Ruiz met Peru's consul general in Toronto on Tuesday.")).toEqual(
      [['meeting', '2026-03-03', ['Ana Ruiz', 'Peru']]],
    );
    expect(
      engagements("Exporter Tom Hale met Chile's vice-minister of agriculture on Wednesday."),
    ).toEqual([['meeting', '2026-03-04', ['Tom Hale', 'Chile']]]);
  });
});

/** Engagements as [kind, date, parties], a party by its country when it has one, else its words. */
const sides = (text: string, published = '2026-03-06') =>
  extract({ text, published })
    .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
    .map((e) => [e.kind, e.date, e.participants.map((p) => p.jurisdiction ?? p.text)]);

describe('round 21: how engagements are told', () => {
  it('reads consultations not framed as a round as a meeting, and a round of them as a dialogue', () => {
    expect(
      sides(
        'Peruvian officials held consultations with a Chilean delegation in Lima on Wednesday.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['PER', 'CHL']]]);
    expect(sides('Chile hosted a Peruvian delegation for consultations on Wednesday.')).toEqual([
      ['meeting', '2026-03-04', ['CHL', 'PER']],
    ]);
    expect(
      sides('Officials from Peru and Chile held technical consultations in Geneva on Wednesday.'),
    ).toEqual([['meeting', '2026-03-04', ['PER', 'CHL']]]);
    expect(
      sides('Peru and Chile held a second round of consultations in Lima on Wednesday.'),
    ).toEqual([['dialogue-round', '2026-03-04', ['PER', 'CHL']]]);
    expect(
      sides(
        'A Chilean delegation led by Vice Minister Tomás Lagos held consultations with Peruvian officials on Wednesday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-04', ['Tomás Lagos', 'PER']]]);
  });

  it('reads the people of a body named without its country as the side of where they met', () => {
    expect(
      sides(
        'Officials of the Ministry of Commerce received a Peruvian delegation in Beijing on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['PER', 'CHN']]]);
    expect(sides('Customs officials met a delegation from Chile in Lima on Tuesday.')).toEqual([
      ['meeting', '2026-03-03', ['CHL', 'PER']],
    ]);
    expect(
      sides(
        'OTTAWA — Canada will review its duties. Agency officials held a meeting with representatives of the Government of Thailand on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['THA', 'CAN']]]);
    expect(
      sides(
        'Trade Minister Ana Ruiz met officials of the General Administration of Customs in Shanghai on Wednesday.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'CHN']]]);
    // No place and no dateline, or the place of the other side: no side is known.
    expect(
      sides('Trade Minister Ana Ruiz met officials of the Department of Agriculture on Monday.'),
    ).toEqual([]);
    expect(
      sides('Chilean Trade Minister Ana Ruiz met agency officials in Santiago on Monday.'),
    ).toEqual([]);
  });

  it('reads a body of a country named by its possessive or demonym as its side', () => {
    expect(
      sides(
        "The visit followed a video call on Monday between Fisheries Minister Jo Beal and China's customs administration.",
      ),
    ).toEqual([['call', '2026-03-02', ['Jo Beal', 'CHN']]]);
    expect(
      sides(
        'On Monday Fisheries Minister Jo Beal met the Chilean customs administration in Santiago.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Jo Beal', 'CHL']]]);
    expect(
      sides("Fisheries Minister Jo Beal received Peru's food safety agency on Monday."),
    ).toEqual([['meeting', '2026-03-02', ['Jo Beal', 'PER']]]);
  });

  it('adds the people a sentence after the engagement lists as attending, subject last', () => {
    const held =
      'Trade Minister Ana Ruiz and Commerce Minister Li Fang co-chaired the Peru-China Joint Commission on Wednesday. ';
    for (const [after, people] of [
      [
        'Attending on the Chinese side were Vice Minister Zhou Min and Finance Minister Wu Lan.',
        ['Zhou Min', 'Wu Lan'],
      ],
      [
        'Taking part for Peru were Farm Minister Tom Hale and Economy Minister Jo Beal.',
        ['Tom Hale', 'Jo Beal'],
      ],
      [
        'Joining them were Farm Minister Tom Hale and Vice Minister Zhou Min.',
        ['Tom Hale', 'Zhou Min'],
      ],
    ] as const)
      expect(sides(held + after)).toEqual([
        ['dialogue-round', '2026-03-04', ['Ana Ruiz', 'Li Fang', ...people]],
      ]);
    // Those attending something else on another day took no part.
    expect(
      sides(
        'Trade Minister Ana Ruiz met Commerce Minister Li Fang on Wednesday. Attending the opening of the trade fair on Thursday were Farm Minister Tom Hale and Vice Minister Zhou Min.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Fang']]]);
  });

  it("reads a province's or a city's unnamed head as its country's side", () => {
    expect(
      sides(
        'Farm Minister Jo Beal co-chaired, with a vice-governor of Guangdong, the annual session of the farm working group in Guangzhou on Wednesday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-04', ['Jo Beal', 'CHN']]]);
    expect(
      sides('On Tuesday Premier Ana Ruiz paid a courtesy call on the governor of Hainan.'),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'CHN']]]);
    expect(sides('Premier Ana Ruiz had lunch with the mayor of Osaka on Monday.')).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'JPN']],
    ]);
    // A head named after the title is the party.
    expect(sides('Trade Minister Tom Hale met the mayor of Osaka, Ken Ito, on Thursday.')).toEqual([
      ['meeting', '2026-03-05', ['Tom Hale', 'Ken Ito']],
    ]);
  });

  it('reads the items of a list told by their noun as engagements of the one its lead names', () => {
    const items =
      '\n\n- Monday, May 4, Lima: talks with Trade Minister Tomás Lagos on copper;\n- Wednesday, May 6, Lima: a working lunch with Farm Minister Rosa Vidal.';
    const expected = [
      ['meeting', '2025-05-04', ['Ana Ruiz', 'Tomás Lagos']],
      ['meeting', '2025-05-06', ['Ana Ruiz', 'Rosa Vidal']],
    ];
    expect(
      sides(`Premier Ana Ruiz returned from Peru on Saturday.\n\nHer programme:${items}`),
    ).toEqual(expected);
    expect(
      sides(
        `Premier Ana Ruiz returned from Peru on Saturday.\n\nThe premier's office listed her meetings:${items}`,
      ),
    ).toEqual(expected);
    expect(sides(`During the trip, Premier Ana Ruiz held:${items}`)).toEqual(expected);
  });

  it('reads "the two" or "they" after a phrase set before them, and keeps apart whom each pair met', () => {
    expect(
      sides(
        'The Peru-Chile summit took place in Lima on Wednesday. Peru was represented by President Ana Ruiz and Premier Tomás Lagos. In the morning, the two leaders were received by King Felipe Sosa. In the afternoon, they co-chaired the summit with Chilean Premier Jo Beal.',
      ),
    ).toEqual([
      ['summit', '2026-03-04', ['Ana Ruiz', 'Tomás Lagos', 'CHL']],
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Tomás Lagos', 'Felipe Sosa']],
    ]);
    expect(
      sides(
        'Trade Minister Ana Ruiz and Farm Minister Tom Hale reached Quito on Sunday. On Monday, the two ministers held talks with President Rosa Vidal.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale', 'Rosa Vidal']]]);
  });

  it('reads people who journeyed together, with no one they met, as no engagement', () => {
    for (const text of [
      'Trade Minister Ana Ruiz and Farm Minister Tom Hale arrived in Lima on Monday.',
      'Trade Minister Ana Ruiz visited Tokyo on Monday with Farm Minister Tom Hale.',
      'Farm Minister Tom Hale and Premier Jo Beal flew to Santiago on Monday.',
    ])
      expect(sides(text)).toEqual([]);
    expect(
      sides('Trade Minister Ana Ruiz travelled to Lima on Monday for talks with Premier Jo Beal.'),
    ).toEqual([['visit', '2026-03-02', ['Ana Ruiz', 'Jo Beal']]]);
  });

  it('leaves out a person named only as the owner of something else', () => {
    const before = 'President Tom Hale threatened a tariff on Saturday. ';
    expect(
      sides(
        `${before}Jo Beal met Commerce Secretary Ana Ruiz in Lima on Thursday, before Hale's threat, and described the talks as "frank".`,
      ),
    ).toEqual([['meeting', '2026-03-05', ['Jo Beal', 'Ana Ruiz']]]);
    expect(sides(`${before}Jo Beal met Ana Ruiz on Thursday in Hale's absence.`)).toEqual([
      ['meeting', '2026-03-05', ['Jo Beal', 'Ana Ruiz']],
    ]);
    expect(
      sides('On Monday Trade Minister Ana Ruiz met Premier Jo Beal’s chief of staff in Lima.'),
    ).toEqual([]);
  });

  it("does not read a body's talks, or a visit named as the time of other news, as an engagement", () => {
    expect(
      sides(
        'Premier Jo Beal on Wednesday urged the federal government to make pork the next priority in its talks with Beijing.',
      ),
    ).toEqual([]);
    expect(
      sides('Premier Jo Beal on Wednesday asked Ottawa to raise beef in its talks with Lima.'),
    ).toEqual([]);
    expect(
      sides(
        'India notified new duties on Chinese chemicals on Wednesday, on the final day of an official visit to New Delhi by Chinese Commerce Minister Wang Wentao.',
      ),
    ).toEqual([]);
    expect(
      sides(
        'Peru cut its duties on Monday, during a visit to Lima by Chilean Trade Minister Ana Ruiz.',
      ),
    ).toEqual([]);
    expect(
      sides('During a visit to Lima on Monday, Trade Minister Ana Ruiz met Premier Jo Beal.'),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Jo Beal']]]);
  });

  it('reads a call paid on someone where it was paid, or by a diplomat, as a visit, not an appeal', () => {
    expect(
      sides(
        'Ambassador Ken Sato met Vice Minister Li Fang on Monday. He said Sato had also called on Commerce Vice Minister Wu Lan in Beijing on Tuesday to press the case of exporters.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ken Sato', 'Li Fang']],
      ['meeting', '2026-03-03', ['Sato', 'Wu Lan']],
    ]);
    expect(
      sides(
        "On Tuesday Peru's ambassador called on Trade Minister Ana Ruiz to press for a fair ruling.",
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'PER']]]);
    expect(
      sides(
        'On Tuesday the Chilean envoy called on Premier Jo Beal to deliver a letter from his president.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Jo Beal', 'CHL']]]);
    for (const appeal of [
      'On Tuesday the ambassador called on Beijing to release the detained exporters.',
      'On Tuesday farm groups called on Trade Minister Ana Ruiz to drop the duties.',
    ])
      expect(sides(appeal)).toEqual([]);
  });

  it('reads a second clause with a day and a subject of its own as an engagement of its own', () => {
    expect(
      sides(
        'Peruvian officials held technical consultations with a Chilean delegation in Lima on 4 March, and on 5 March Trade Minister Ana Ruiz received a Bolivian delegation led by a deputy minister.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['PER', 'CHL']],
      ['meeting', '2026-03-05', ['Ana Ruiz', 'BOL']],
    ]);
    expect(
      sides(
        "Premier Jo Beal spoke by phone with Trade Minister Ana Ruiz on Monday, and on Tuesday Peru's ambassador called on Beal to press for a fair ruling.",
      ),
    ).toEqual([
      ['call', '2026-03-02', ['Jo Beal', 'Ana Ruiz']],
      ['meeting', '2026-03-03', ['Beal', 'PER']],
    ]);
    expect(
      sides(
        'Trade Minister Ana Ruiz met Premier Jo Beal in Lima on Monday, and in Cusco Farm Minister Tom Hale held talks with Governor Rosa Vidal.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Jo Beal']],
      ['meeting', '2026-03-02', ['Tom Hale', 'Rosa Vidal']],
    ]);
  });

  it('reads an engagement told "a week after" another, with a body’s officials as its subject', () => {
    expect(
      sides(
        'LIMA — Peru raised its duties. Trade Minister Ana Ruiz held talks with Ambassador Li Fang in Lima on Monday, a week after customs officials hosted a Chilean delegation for consultations from February 18 to 19.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-02-18', ['CHL', 'PER']],
    ]);
    // Weeks before and with no day of its own: recalled in passing.
    expect(
      sides(
        'Trade Minister Ana Ruiz held talks with Ambassador Li Fang in Lima on Monday, a week after Premier Jo Beal met Trade Minister Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']]]);
    expect(
      sides(
        "In Beijing on Wednesday, Peru's ambassador to China, Ana Ruiz, met officials of the Ministry of Commerce.",
      ),
    ).toEqual([['meeting', '2026-03-04', ['PER', 'CHN']]]);
  });

  it('reads a second clause told with its day and place and a passive verb as its own engagement', () => {
    expect(
      sides(
        'Premier Jo Beal arrived in Lima on Monday. On Tuesday the premier met Trade Minister Ana Ruiz, and on Wednesday, in Cusco, she was received by Governor Tomás Lagos.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Jo Beal', 'Ana Ruiz']],
      ['meeting', '2026-03-04', ['Jo Beal', 'Tomás Lagos']],
    ]);
    expect(
      sides(
        'SHANGHAI — Premier Jo Beal is in China. On Tuesday the premier met officials of the General Administration of Customs, and on Wednesday she was hosted by Mayor Li Fang.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Jo Beal', 'CHN']],
      ['meeting', '2026-03-04', ['Jo Beal', 'Li Fang']],
    ]);
  });

  it('leaves out of an engagement someone a "while" clause tells doing something else', () => {
    expect(
      sides(
        'In Lima on Wednesday Premier Jo Beal called on Mayor Ana Ruiz, while Farm Minister Tom Hale chaired a round table with buyers from a dozen feed companies.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Jo Beal', 'Ana Ruiz']]]);
    expect(
      sides(
        'In Lima on Wednesday Premier Jo Beal called on Mayor Ana Ruiz, while Farm Minister Tom Hale toured the port.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Jo Beal', 'Ana Ruiz']]]);
    expect(
      sides(
        'In Lima on Wednesday Premier Jo Beal called on Mayor Ana Ruiz, while Farm Minister Tom Hale met Vice Minister Rosa Vidal.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Jo Beal', 'Ana Ruiz']],
      ['meeting', '2026-03-04', ['Tom Hale', 'Rosa Vidal']],
    ]);
  });

  it('reads consultations between two sides that a decision followed, not a process of them', () => {
    expect(
      sides(
        "The decision followed consultations between officials of the Ministry of Trade and a delegation from Chile's Ministry of Economy in Lima on February 23.",
      ),
    ).toEqual([['meeting', '2026-02-23', ['CHL', 'PER']]]);
    expect(
      sides(
        'The ruling came after consultations between Peruvian officials and a Bolivian delegation in La Paz on February 23.',
      ),
    ).toEqual([['meeting', '2026-02-23', ['PER', 'BOL']]]);
    expect(
      sides(
        'In view of the progress achieved in consultations between Peru and Chile, the commission decided at its meeting on 5 March to lower the tariffs.',
      ),
    ).toEqual([]);
  });

  it('reads a side meeting other sides on days of their own as one meeting each', () => {
    expect(
      sides(
        'Peruvian officials met the South Korean delegation in Geneva on Tuesday, and the Chinese delegation the next day.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['PER', 'KOR']],
      ['meeting', '2026-03-04', ['PER', 'CHN']],
    ]);
    expect(
      sides(
        'A Chilean delegation met Peruvian officials on Monday and Bolivian officials on Wednesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['CHL', 'PER']],
      ['meeting', '2026-03-04', ['CHL', 'BOL']],
    ]);
  });

  it('reads a session of a standing body held by video as a dialogue, and a summit attended as a summit', () => {
    expect(
      sides(
        'On Monday, Trade Minister Ana Ruiz and Trade Representative Tom Hale co-chaired a meeting of the Peru-U.S. FTA Joint Committee by videoconference.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      sides(
        'Trade Minister Ana Ruiz and Trade Representative Tom Hale held a session of the Andean Trade Commission by video link on Monday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      sides(
        'Trade Minister Ana Ruiz held a video call with Trade Representative Tom Hale on Monday.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      sides(
        'Peru and Chile announced on Tuesday that they had concluded negotiations on a trade pact at a summit in Lima attended by President Ana Ruiz and President Jo Beal.',
      ),
    ).toEqual([['summit', '2026-03-03', ['Ana Ruiz', 'Jo Beal']]]);
  });

  it('reads someone who called "her" or "him" on a day as a call with the one the pronoun stands for', () => {
    expect(
      sides(
        'Premier Jo Beal said Trade Minister Tom Hale called her on Tuesday to walk her through the change.',
      ),
    ).toEqual([['call', '2026-03-03', ['Jo Beal', 'Tom Hale']]]);
    expect(
      sides(
        'Tom Hale landed in Lima on Monday. Premier Jo Beal called him on Tuesday to discuss the tariff.',
      ),
    ).toEqual([['call', '2026-03-03', ['Tom Hale', 'Jo Beal']]]);
    expect(
      sides('Premier Jo Beal said the decision called her credibility into question.'),
    ).toEqual([]);
  });

  it('reads a delegation briefed by a body’s people the next day as a meeting of its own', () => {
    expect(
      sides(
        'LIMA — Peru set duties. Trade Minister Ana Ruiz spoke by phone with Chinese Commerce Minister Li Fang on 2 March, and the next day customs commissioners briefed a delegation from the Chinese embassy on the findings.',
      ),
    ).toEqual([
      ['call', '2026-03-02', ['Ana Ruiz', 'CHN']],
      ['meeting', '2026-03-03', ['CHN', 'PER']],
    ]);
    expect(sides('On Monday Trade Minister Ana Ruiz briefed a Chilean trade delegation.')).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'CHL']],
    ]);
    expect(sides('On Monday Trade Minister Ana Ruiz briefed reporters on the talks.')).toEqual([]);
  });

  it('reads "officials of the two countries" as the two countries the text is about', () => {
    expect(
      sides(
        'Peru raised its duties on Chilean wine. Chile called the Peruvian decision unfair, and Peru said Chile had ignored the rules. Trade officials of the two countries held their first round of consultations in Lima from March 2 to 4.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['PER', 'CHL']]]);
    expect(
      sides(
        'Peru cut its tariff on Chilean apples. Chile welcomed the Peruvian move. Negotiating teams from both countries held the sixth round of talks on a trade pact from March 2 to 4.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['PER', 'CHL']]]);
    // No two countries lead: no sides.
    expect(
      sides(
        'Peru, Chile and Bolivia set new duties. Trade officials of the two countries held their first round of consultations in Lima from March 2 to 4.',
      ),
    ).toEqual([]);
  });

  it('reads no engagement among the people met by a "he" who stands for no one named', () => {
    expect(
      sides(
        'The Trade Minister was in Lima from 2 to 4 March. He met Commerce Minister Tom Hale on 2 March and Farm Minister Jo Beal on 3 March.',
      ),
    ).toEqual([]);
  });

  it("puts the person who holds the office a demonym's side was told by in place of the side", () => {
    expect(
      sides(
        'Q: Vice Minister Li Fang met the Peruvian ambassador this week. What was discussed?\n\nA: On Monday, Vice Minister Li Fang met Ambassador Tomás Lagos at the ambassador’s request.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Li Fang', 'Tomás Lagos']]]);
  });

  it('reads a guest welcomed in the passive, a meal had together, and talk by phone with someone', () => {
    expect(
      sides(
        "On Monday, Peru's foreign minister Tomás Lagos was welcomed by his Chilean counterpart Jo Beal in Santiago.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['PER', 'CHL']]]);
    expect(
      sides(
        'Trade Minister Ana Ruiz was warmly welcomed in Santiago on Monday by President Rosa Vidal.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Rosa Vidal']]]);
    expect(
      sides(
        'On Monday the Chilean president welcomed Trade Minister Ana Ruiz to the La Moneda palace.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'CHL']]]);
    expect(
      sides(
        'Trade Minister Ana Ruiz announced the cut, which was welcomed by Farm Minister Tom Hale on Monday.',
      ),
    ).toEqual([]);
    expect(
      sides(
        'Trade Minister Ana Ruiz and Foreign Minister Tomás Lagos had breakfast together on Monday in Lima.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']]]);
    expect(
      sides(
        'Foreign Minister Tomás Lagos and Trade Minister Ana Ruiz held a working lunch on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tomás Lagos', 'Ana Ruiz']]]);
    expect(
      sides(
        'Trade Minister Ana Ruiz conferred with Foreign Minister Tomás Lagos by phone on Monday.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('reads "the visiting minister", a capital’s official and the two dining as the parties told', () => {
    expect(
      sides(
        'Trade Minister Ana Ruiz arrived in Beijing on Sunday. The visiting minister met Commerce Minister Li Fang on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']]]);
    expect(sides("Trade Minister Ana Ruiz met Beijing's top trade official on Monday.")).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'CHN']],
    ]);
    expect(
      sides(
        'Commerce Minister Li Fang met Trade Minister Ana Ruiz in Beijing on Monday. The two also had dinner on Tuesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Li Fang', 'Ana Ruiz']],
      ['meeting', '2026-03-03', ['Li Fang', 'Ana Ruiz']],
    ]);
  });

  it('reads a trip told with the meetings it included on their days as one meeting each', () => {
    expect(
      sides(
        "Trade Minister Ana Ruiz's three-day trip to Chile included meetings with President Rosa Vidal on Monday and Foreign Minister Tomás Lagos on Tuesday.",
      ),
    ).toEqual([
      ['visit', '2026-03-02', ['Ana Ruiz', 'Rosa Vidal']],
      ['visit', '2026-03-03', ['Ana Ruiz', 'Tomás Lagos']],
    ]);
    expect(
      sides(
        'Trade Minister Ana Ruiz travelled to Santiago for talks with President Rosa Vidal on Monday and Foreign Minister Tomás Lagos on Tuesday.',
      ),
    ).toEqual([
      ['visit', '2026-03-02', ['Ana Ruiz', 'Rosa Vidal']],
      ['visit', '2026-03-03', ['Ana Ruiz', 'Tomás Lagos']],
    ]);
  });

  it('reads talks held "since" a time, or people dining alone, as no engagement told', () => {
    expect(sides('Peru and Chile have held consultations on the issue since 2019.')).toEqual([]);
    expect(
      sides(
        'Trade Minister Ana Ruiz and Foreign Minister Tomás Lagos have met regularly since 2024.',
      ),
    ).toEqual([]);
    expect(sides('Trade Minister Ana Ruiz had lunch on Monday at a restaurant in Lima.')).toEqual(
      [],
    );
  });

  it('reads who attended, who the talks brought together and who represented each side', () => {
    expect(
      sides(
        'Minister Li Fang met Peruvian Trade Minister Ana Ruiz in Beijing on March 4. Vice Minister Zhou Min attended the meeting.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Li Fang', 'PER', 'Zhou Min']]]);
    expect(
      sides(
        "The talks, held in Lima on Monday, brought together Trade Minister Ana Ruiz and Chile's Tomás Lagos.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'CHL']]]);
    expect(
      sides(
        'Representatives of the two governments met in Geneva on Tuesday. Peru was represented by Ambassador Ana Ruiz and Chile by Ambassador Tomás Lagos.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tomás Lagos']]]);
  });

  it('gives the person who leads a group the country of that group, not of the other side', () => {
    expect(
      sides(
        "Chile's trade minister on Monday met a Peruvian delegation led by Vice Minister Ana Ruiz.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'CHL']]]);
  });

  it('reads mills and crushers of a country as its business, no side', () => {
    expect(
      sides(
        'On Tuesday Farm Minister Jo Beal hosted a round table with Chinese feed mills and crushing companies in Beijing.',
      ),
    ).toEqual([]);
    expect(
      sides(
        'On Tuesday Farm Minister Jo Beal met Peruvian fishmeal processors and packers in Lima.',
      ),
    ).toEqual([]);
  });
});

describe('engagements: round 22 ways of telling', () => {
  it('reads an engagement told "the day after" as what led to the news, on the day before', () => {
    const lead = 'Prime Minister Ana Ruiz cut the duties on Friday. ';
    expect(
      engagements(
        `${lead}The decision came the day after Ruiz spoke by telephone with President Tom Hale.`,
      ),
    ).toEqual([['call', '2026-03-05', ['Ruiz', 'Tom Hale']]]);
    expect(
      engagements(`${lead}It came the day after Ruiz met President Tom Hale in Lima.`)[0]?.slice(
        0,
        2,
      ),
    ).toEqual(['meeting', '2026-03-05']);
    expect(
      engagements(
        `${lead}The talks opened the day after President Ana Ruiz and President Tom Hale spoke by telephone for half an hour.`,
      )[0]?.[2],
    ).toEqual(['Ana Ruiz', 'Tom Hale']);
  });

  it('takes the person a pronoun stands for when it is joined to a named subject', () => {
    const lead = 'Trade Minister Tom Hale arrived in Lima on Sunday. ';
    expect(
      engagements(
        `${lead}On Monday he and Commerce Minister Hu Wei co-chaired the session of the Peru-China Joint Commission.`,
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Tom Hale', 'Hu Wei']]]);
    expect(
      engagements(
        `${lead}Later that day, he and President Ana Ruiz held talks at the palace.`,
      )[0]?.[2],
    ).toEqual(['Tom Hale', 'Ana Ruiz']);
    expect(
      engagements(`${lead}On Monday, he and his counterpart Ana Ruiz met at the palace.`)[0]?.[2],
    ).toEqual(['Tom Hale', 'Ana Ruiz']);
    expect(
      engagements(
        `${lead}Hale told reporters on Monday that he and Farm Minister Jo Beal had met Premier Hu Wei.`,
      )[0]?.[2],
    ).toEqual(['Hale', 'Jo Beal', 'Hu Wei']);
  });

  it('reads a meeting told by a participle joined to another', () => {
    expect(
      engagements(
        'Premier Hu Wei ended a visit to Peru in Lima on Tuesday, touring a copper mine and meeting Mining Minister Ana Ruiz.',
      )[0]?.[2],
    ).toEqual(['Hu Wei', 'Ana Ruiz']);
    expect(
      engagements(
        'On Tuesday Trade Minister Tom Hale spent the morning visiting the port and meeting with his Peruvian counterpart Ana Ruiz.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Tom Hale', 'Ana Ruiz']]]);
    expect(
      engagements(
        'Prime Minister Ana Ruiz spent Thursday in Ottawa, touring a plant and meeting Premier Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements('Trade Minister Tom Hale said cutting costs and meeting targets was hard.'),
    ).toEqual([]);
  });

  it('reads two leaders holding their leaders’ meeting as a meeting, unless called a summit', () => {
    expect(
      engagements(
        "In Lima on Monday, Premier Hu Wei and President Ana Ruiz held their Annual Leaders' Meeting at the palace.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['Hu Wei', 'Ana Ruiz']]]);
    expect(
      engagements(
        "On Monday Prime Minister Ana Ruiz and Premier Hu Wei had their second leaders' meeting in as many months.",
      )[0]?.[0],
    ).toEqual('meeting');
    expect(
      engagements(
        "Prime Minister Ana Ruiz and Premier Hu Wei held their annual leaders' meeting in Lima on Monday, the fifth such summit.",
      )[0]?.[0],
    ).toEqual('summit');
  });

  it('reads a second engagement with a subject of its own after ", and"', () => {
    expect(
      engagements(
        'Foreign Minister Ana Ruiz met Wang Fang in Lima on July 11, 2025, and officials led by Vice Minister Tom Hale and Vice Minister Li Fang held the 28th session of the Joint Commission in Ottawa on August 26, 2025.',
      ),
    ).toEqual([
      ['meeting', '2025-07-11', ['Ana Ruiz', 'Wang Fang']],
      ['dialogue-round', '2025-08-26', ['Tom Hale', 'Li Fang']],
    ]);
    expect(
      engagements(
        'Prime Minister Tom Hale met Premier Hu Wei in Lima on Monday, and Trade Minister Ana Ruiz and Farm Minister Jo Beal held talks with Li Fang on Tuesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Tom Hale', 'Hu Wei']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Jo Beal', 'Li Fang']],
    ]);
    expect(
      engagements(
        'Foreign Minister Ana Ruiz met Wang Fang in June. Prime Minister Tom Hale saw Premier Hu Wei in New York on September 23, 2025, and Ruiz was in Beijing for talks with Wang on October 17, 2025.',
      ).slice(-2),
    ).toEqual([
      ['meeting', '2025-09-23', ['Tom Hale', 'Hu Wei']],
      ['meeting', '2025-10-17', ['Ruiz', 'Wang']],
    ]);
  });

  it('reads the people that officials or negotiators were led by', () => {
    expect(
      engagements(
        'On Tuesday, negotiators led by Maria Costa and Yusuf Demir held a third round of talks in Geneva.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Maria Costa', 'Yusuf Demir']]]);
    expect(
      engagements(
        'Officials led by Rob Stewart and Li Chenggang held the 28th session of the Joint Commission in Ottawa on Monday.',
      )[0]?.[2],
    ).toEqual(['Rob Stewart', 'Li Chenggang']);
  });

  it('reads calls and meetings told in the present of a chronology, not plans or questions', () => {
    expect(
      engagements(
        '- 5 June 2025: Prime Minister Ana Ruiz and Premier Hu Wei speak by telephone and agree to keep talking.\n- 31 July 2025: President Ana Ruiz and President Tom Hale speak by video.\n- 6 August 2025: Ruiz and Economic Affairs Minister Jo Beal travel to Washington and meet Secretary of State Li Fang.',
      ),
    ).toEqual([
      ['call', '2025-06-05', ['Ana Ruiz', 'Hu Wei']],
      ['call', '2025-07-31', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2025-08-06', ['Ruiz', 'Jo Beal', 'Li Fang']],
    ]);
    for (const text of [
      'Prime Minister Ana Ruiz will speak by telephone with President Tom Hale next week.',
      'Prime Minister Ana Ruiz hopes to meet President Tom Hale in Lima.',
      'Will Premier Hu Wei meet Prime Minister Ana Ruiz in Lima next month?',
      'Trade Minister Ana Ruiz said Lima hopes Beijing will show goodwill and meet Peru halfway.',
    ])
      expect(engagements(text)).toEqual([]);
  });

  it('reads an engagement told in a list item of a briefing', () => {
    const html =
      '<p>Meetings</p><ul><li>Nick Hale-Brown and Rosa Vidal co-chaired the third meeting of the Peru–Chile Partnership Council in Lima on Tuesday.</li><li>Ada Okoro met Li Fang in Lima on Monday.</li></ul>';
    expect(engagements(html)).toEqual([
      ['dialogue-round', '2026-03-03', ['Nick Hale-Brown', 'Rosa Vidal']],
      ['meeting', '2026-03-02', ['Ada Okoro', 'Li Fang']],
    ]);
  });

  it('reads a round held, named by its place in a series, as a dialogue round', () => {
    expect(
      engagements(
        "Trade Minister Ana Ruiz and Trade Representative Tom Hale held the working group's first round in Washington on Monday.",
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'Negotiators from Peru and Chile concluded their fifth round in Lima on Friday.',
      )[0]?.[0],
    ).toEqual('dialogue-round');
    expect(
      engagements(
        'Peruvian and Chilean delegations opened a new round in Geneva on Tuesday.',
      )[0]?.[0],
    ).toEqual('dialogue-round');
    expect(engagements('The central bank held its first round of rate cuts on Tuesday.')).toEqual(
      [],
    );
  });

  it('reads a delegation told before, met as "the visitors", "the delegation" or "the group"', () => {
    expect(
      engagements(
        "A delegation from China's customs administration spent three days in Peru this week. Premier Ana Ruiz hosted the visitors in Lima on Tuesday, and Farm Minister Tom Hale met the delegation again in Cusco the next day. Before flying south, the group had met Trade Minister Jo Beal in Quito on Monday.",
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'China']],
      ['meeting', '2026-03-04', ['Tom Hale', 'China']],
      ['meeting', '2026-03-02', ['China', 'Jo Beal']],
    ]);
    expect(
      engagements(
        'The Grain Growers group met on Monday. Trade Minister Jo Beal hosted the group in Lima on Tuesday.',
      ),
    ).toEqual([]);
  });
});

describe('round 23: how engagements are told', () => {
  it('reads a call told in a relative clause after a title set off in lower case', () => {
    expect(
      engagements(
        'Tom Hale, the minister responsible for farm trade, who spoke by phone with Trade Secretary Ana Ruiz on Tuesday, said the decision was welcome.',
      ),
    ).toEqual([['call', '2026-03-03', ['Tom Hale', 'Ana Ruiz']]]);
    // With no day written, the clause is background.
    expect(
      engagements(
        'Tom Hale, the minister responsible for farm trade, who spoke by phone with Trade Secretary Ana Ruiz last year, said the decision was welcome.',
      ),
    ).toEqual([]);
  });

  it('dates an entry of a live page by the day heading its entries', () => {
    const page = (entry: string) =>
      engagements(`Trade talks: live\nMonday, March 2\n09:10 - Markets opened lower.\n${entry}`);
    expect(page('11:45 - Trade Minister Ana Ruiz spoke by phone with Premier Hu Wei.')).toEqual([
      ['call', '2026-03-02', ['Ana Ruiz', 'Hu Wei']],
    ]);
    expect(page('11:45\nTrade Minister Ana Ruiz sat down with Premier Hu Wei.')).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']],
    ]);
    // A paragraph that opens with no time of day is no entry of the page.
    expect(page('Trade Minister Ana Ruiz spoke by phone with Premier Hu Wei.')).toEqual([
      ['call', null, ['Ana Ruiz', 'Hu Wei']],
    ]);
  });

  it('reads summit talks on the sidelines of a gathering as a meeting', () => {
    expect(
      engagements(
        'President Ana Ruiz held summit talks with Premier Hu Wei in Lima on Tuesday, on the sidelines of the Pacific Forum.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
    expect(
      engagements('President Ana Ruiz held summit talks with Premier Hu Wei in Lima on Tuesday.'),
    ).toEqual([['summit', '2026-03-03', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('reads a session of a standing body co-chaired by video conference as a dialogue', () => {
    expect(
      engagements(
        'On Monday, Trade Minister Ana Ruiz and Trade Secretary Tom Hale co-chaired by video conference the fourth meeting of the Andes Trade Joint Committee.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'On Monday, Trade Minister Ana Ruiz and Trade Secretary Tom Hale spoke by video conference about the joint committee.',
      )[0]?.[0],
    ).toEqual('call');
  });

  it('reads dinner or discussions held with someone named without a title', () => {
    expect(
      engagements('Trade Minister Ana Ruiz came to Lima on Tuesday and had dinner with Tom Hale.'),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
    expect(
      engagements(
        'Trade Minister Ana Ruiz held discussions with Tom Hale in Lima on 3 March 2026.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
    // Discussions only named are no engagement held.
    expect(
      engagements('Trade Minister Ana Ruiz said discussions on steel would take time.'),
    ).toEqual([]);
  });

  it('leaves out the items listed under a heading of what is still to come', () => {
    const diary = (heading: string) =>
      engagements(
        `Trade Minister Ana Ruiz met Premier Hu Wei on Monday.\n${heading}\n- Tuesday: Trade Minister Ana Ruiz hosts Trade Secretary Tom Hale.\n- Wednesday: the committee votes on steel.`,
      );
    expect(diary('Week ahead')).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']]]);
    expect(diary('Also this week')).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']],
    ]);
    // a blank line under the heading, and items set in by spaces
    expect(diary('Week ahead\n')).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']]]);
    const indented = engagements(
      'Trade Minister Ana Ruiz met Premier Hu Wei on Monday.\nWeek ahead\n   - Tuesday: Trade Minister Ana Ruiz hosts Trade Secretary Tom Hale.',
    );
    expect(indented).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('reads "the previous evening" closing a clause as the day before the engagement told', () => {
    expect(
      engagements(
        'The deal was closed in Lima on Thursday, when Trade Minister Ana Ruiz sat down with Trade Secretary Tom Hale. Farm Minister Jo Beal had prepared it in a call with Premier Hu Wei the previous evening.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Tom Hale']],
      ['call', '2026-03-04', ['Jo Beal', 'Hu Wei']],
    ]);
  });

  it('dates an engagement a day before the news, not before a day the measure takes effect', () => {
    const text = (lead: string) =>
      engagements(
        `LIMA, March 6 (Wire) - ${lead}\nThe announcement came a day after Trade Minister Ana Ruiz and Commerce Minister Hu Wei co-chaired the fifth session of the Peru-China Joint Commission in Lima. Farm Minister Jo Beal had a working dinner with Premier Li Fang the day before the commission met.`,
      );
    expect(
      text(
        'China will cut its tariff on Peruvian grapes to 5% on the 20th, the ministry said on Wednesday.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-03-03', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-02', ['Jo Beal', 'Li Fang']],
    ]);
  });

  it('dates a clause opening on "the same afternoon" by the day told, whatever week it names', () => {
    const text = (second: string) =>
      engagements(
        `Trade Minister Ana Ruiz hosted a delegation from Peru on Monday, led by Vice Minister Tom Hale.\n${second}`,
      );
    expect(
      text(
        'The same afternoon, Premier Jo Beal held a video call with Ambassador Hu Wei to discuss the plan announced last week.',
      )[1],
    ).toEqual(['call', '2026-03-02', ['Jo Beal', 'Hu Wei']]);
    expect(
      text(
        'Premier Jo Beal held a video call with Ambassador Hu Wei to discuss the plan announced last week.',
      )[1],
    ).toEqual(['call', null, ['Jo Beal', 'Hu Wei']]);
  });

  it('leaves out who welcomed the outcome of an engagement a relative clause tells', () => {
    expect(
      engagements(
        'Today, Trade Minister Ana Ruiz spoke with Li Fang. Minister Ruiz welcomed the outcome of the Peru-Chile Economic and Financial Strategic Dialogue, which Minister of Finance Tom Hale and Vice Premier Hu Wei co-chaired in Lima on Monday.',
      )[1],
    ).toEqual(['dialogue-round', '2026-03-02', ['Tom Hale', 'Hu Wei']]);
    // Who co-chaired it with the other takes part.
    expect(
      engagements(
        'Trade Minister Ana Ruiz co-chaired the Peru-Chile Strategic Dialogue with Vice Premier Hu Wei in Lima on Monday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('takes no side from the place someone joined a virtual meeting from', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz held a virtual meeting from Lima with representatives of the Steel Growers Council on Monday.',
      ),
    ).toEqual([]);
    // A delegation from a country is a side.
    expect(
      engagements(
        'Trade Minister Ana Ruiz held a virtual meeting on Monday with representatives from Chile.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Chile']]]);
  });

  it('reads a second clause with a subject of its own who sat down with someone', () => {
    expect(
      engagements(
        'President Ana Ruiz and President Tom Hale spoke by phone on Monday, and Vice President Jo Beal sat down with Trade Secretary Hu Wei in Lima on Tuesday.',
      ),
    ).toEqual([
      ['call', '2026-03-02', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-03', ['Jo Beal', 'Hu Wei']],
    ]);
  });

  it('takes no side from a place named after "with … in"', () => {
    expect(
      engagements(
        'On Monday, Trade Minister Ana Ruiz sat down with executives of shipping firms with investments in Chile.',
      ),
    ).toEqual([]);
    expect(
      engagements('On Monday, Trade Minister Ana Ruiz sat down with Chilean officials.'),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Chilean']]]);
  });

  it("reads the President's meeting that today's actions follow, under a label in capitals", () => {
    const text = (label: string) =>
      engagements(
        `President Ana Ruiz signed the order today.\n${label}Today's actions follow the President's meeting with Prime Minister Tom Hale in Lima on March 2.`,
        '2026-03-05',
      );
    expect(text('BUILDING ON DIPLOMACY: ')).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']],
    ]);
    // In the sentence's own words, "building on" tells what came before.
    expect(
      engagements(
        "Building on the President's meeting with Prime Minister Tom Hale in Lima on March 2, Ana Ruiz signed the order.",
        '2026-03-05',
      ),
    ).toEqual([]);
  });

  it('reads someone "now with" another at a place, as a live page writes a meeting under way', () => {
    expect(
      engagements(
        'Talks: live\nMonday, March 2\n09:00\nTrade Minister Ana Ruiz landed.\n16:00\nRuiz is now with Trade Secretary Tom Hale at the Commerce Department.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ruiz', 'Tom Hale']]]);
    expect(
      engagements('Trade Minister Ana Ruiz said the problem is now with Trade Secretary Tom Hale.'),
    ).toEqual([]);
  });

  it("reads a chargé d'affaires of a country's embassy as its side, not the one thanked after", () => {
    expect(
      engagements(
        "President Ana Ruiz received the chargé d'affaires of the Chilean Embassy in Lima on Monday and thanked President Tom Hale for the decision.",
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Chilean']]]);
    // the one thanked named after an abbreviation with its dots
    expect(
      engagements(
        'President Ana Ruiz received Ambassador Li Wei in Lima on Monday and thanked U.S. President Tom Hale for the decision.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Wei']]]);
    // Someone met and thanked is a party.
    expect(
      engagements(
        'President Ana Ruiz received President Tom Hale in Lima on Monday and thanked him for the decision.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads the talks the two held on a day of their own, set off after another engagement', () => {
    expect(
      engagements(
        'On Thursday, President Ana Ruiz joined Premier Hu Wei for a working lunch, following the formal talks the two leaders held on Wednesday.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']],
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Hu Wei']],
    ]);
    // Talks only planned are not read.
    expect(
      engagements(
        'On Thursday, President Ana Ruiz joined Premier Hu Wei for a working lunch, before the talks the two leaders will hold next week.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']]]);
  });
});

describe('an engagement told by its noun after a pronoun subject', () => {
  // 2026-05-15 is a Friday
  const told = (text: string) =>
    extract({ text, published: '2026-05-15' })
      .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
      .map((e) => [e.kind, e.date, e.participants.map((p) => p.text).join(', ')]);

  it('reads "she was in Washington for talks with …" and "ended the week with a call with …"', () => {
    expect(
      told(
        'On Monday, Lena Park spoke by phone with Carlos Vega. Two days later she was in Washington for talks with Commerce Secretary Tom Hale. She ended the week with a video call with EU Trade Commissioner Anna Berg on Friday.',
      ),
    ).toEqual([
      ['call', '2026-05-11', 'Lena Park, Carlos Vega'],
      ['meeting', '2026-05-13', 'Lena Park, Tom Hale'],
      ['call', '2026-05-15', 'Lena Park, Anna Berg'],
    ]);
  });
});

describe('the "I" of a release headed by who issues it', () => {
  it('stands for the name on a line of its own under the heading', () => {
    const found = extract({
      text: 'MEDIA RELEASE\nThe Hon Ana Ruiz MP\nMinister for Trade\n\nToday I met Commerce Minister Li Fang in Lima. Yesterday I held talks with Vice Premier Hu Wei.',
      published: '2026-06-10',
    })
      .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
      .map((e) => [e.date, e.participants.map((p) => p.text).join(', ')]);
    expect(found).toEqual([
      ['2026-06-10', 'Ana Ruiz, Li Fang'],
      ['2026-06-09', 'Ana Ruiz, Hu Wei'],
    ]);
  });
});

describe('two people named as one subject, told back as "they" or "the premiers"', () => {
  // 2026-04-24 is a Friday
  const told = (text: string) =>
    extract({ text, published: '2026-04-24' })
      .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
      .map((e) => [e.date, e.participants.map((p) => p.text).join(', ')]);

  it('reads "On Monday they met …" two sentences after the pair was named', () => {
    expect(
      told(
        'Premier Ana Ruiz and Premier Tom Hale wrapped up a trade mission to Peru on Friday. The two leaders landed in Lima on Sunday. On Monday they met Vice Minister Luis Vega.',
      ),
    ).toEqual([['2026-04-20', 'Ana Ruiz, Tom Hale, Luis Vega']]);
  });

  it('reads "the premiers" past the people met since', () => {
    expect(
      told(
        'Premier Ana Ruiz and Premier Tom Hale wrapped up a trade mission to Peru on Friday. On Tuesday Ruiz met Vice Minister Luis Vega. In Cusco on Wednesday the premiers met Mayor Rosa Quispe.',
      ).at(-1),
    ).toEqual(['2026-04-22', 'Ana Ruiz, Tom Hale, Rosa Quispe']);
  });

  it('takes the day told before for a meeting whose aside looks ahead', () => {
    expect(
      told(
        'On Monday, Trade Minister Ana Ruiz met Commerce Minister Li Fang in Lima. Ruiz also held talks with Tom Hale, whose company will open a plant there next year.',
      ).map(([date]) => date),
    ).toEqual(['2026-04-20', '2026-04-20']);
  });
});

describe('a meeting told in a "where" clause after a summit attended', () => {
  it('is a meeting of its own, not the summit', () => {
    expect(
      engagements(
        'President Ana Ruiz attended the regional summit in Quito, where she met President Luis Vega on Sunday.',
        '2025-09-03',
      ),
    ).toEqual([['meeting', '2025-08-31', ['Ana Ruiz', 'Luis Vega']]]);
  });

  it('leaves a visit with its "where" clause one engagement', () => {
    const found = extract({
      text: 'President Ana Ruiz paid a state visit to Ecuador, where she met President Luis Vega on Sunday.',
      published: '2025-09-03',
    }).candidates.filter((c): c is EngagementCandidate => c.type === 'engagement');
    expect(found).toHaveLength(1);
  });
});

describe('a second engagement of the same two, with a day of its own', () => {
  it('is read apart from the first, which keeps the day told before', () => {
    const found = extract({
      text: 'Peru cut its duties on Chilean copper last Thursday. The same day, Trade Minister Ana Ruiz met Commerce Secretary Tom Hale in Lima, and on Monday the two spoke again by phone.',
      published: '2025-09-10',
    })
      .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
      .map((e) => [e.kind, e.date]);
    expect(found).toEqual([
      ['meeting', '2025-09-04'],
      ['call', '2025-09-08'],
    ]);
  });
});

describe('a diary kept by day', () => {
  // 2025-10-03 is a Friday
  it('gives each entry told by its noun to the person whose diary it is', () => {
    expect(
      engagements(
        'Ana Ruiz, Peru’s trade envoy to Chile, spent this week on the road. Her diary:\n\nMONDAY. Talks in Santiago with Luis Vega, Chile’s trade minister, on copper.\n\nTHURSDAY. A phone call with Agriculture Minister Rosa Quispe about grapes.',
        '2025-10-03',
      ),
    ).toEqual([
      ['meeting', '2025-09-29', ['Ana Ruiz', 'Luis Vega']],
      ['call', '2025-10-02', ['Ana Ruiz', 'Rosa Quispe']],
    ]);
  });
});

describe('a record with initials set without a point', () => {
  // 2026-05-20 is a Wednesday
  it('reads the speaker of "Mr P Tau:" as the "I" of the turn, and the round after as apart', () => {
    expect(
      engagements(
        'The Minister of Trade (Mr L Ruiz): Thank you, Chair. I met Minister Luis Vega in Lima on 28 April, and on 29 and 30 April our officials held the third round of technical negotiations with Chile.\n\nMr L Ruiz: Last Thursday I also spoke to Minister Rosa Quispe by telephone.',
        '2026-05-20',
      ),
    ).toEqual([
      ['meeting', '2026-04-28', ['L Ruiz', 'Luis Vega']],
      ['dialogue-round', '2026-04-29', ['L Ruiz', 'Chile']],
      ['call', '2026-05-14', ['L Ruiz', 'Rosa Quispe']],
    ]);
  });
});

describe('a meeting told as it goes on', () => {
  it('reads "is now meeting" in a live entry, on the day of the text', () => {
    expect(
      engagements(
        'Trade talks: live\n\n11:30 Trade Minister Ana Ruiz is now meeting the Chilean ambassador, Luis Soto, at the ministry.',
        '2026-02-11',
      ),
    ).toEqual([['meeting', '2026-02-11', ['Ana Ruiz', 'Luis Soto']]]);
  });
});

describe('two of a summit’s people meeting', () => {
  it('is a meeting of its own when told without the summit', () => {
    const found = extract({
      text: 'The summit opened on Sunday under the chairmanship of President Ana Ruiz, with President Luis Vega attending. Vega and Ruiz met for about an hour at the convention centre.',
      published: '2025-10-27',
    })
      .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
      .map((e) => [e.kind, e.date]);
    expect(found).toEqual([
      ['summit', '2025-10-26'],
      ['meeting', '2025-10-26'],
    ]);
  });
});

describe('a second engagement after a semicolon', () => {
  it('is read apart, with its own day and the subject before', () => {
    expect(
      engagements(
        "On Monday, Peru's President Ana Ruiz received Chilean Foreign Minister Luis Vega at the palace; on Tuesday she met President Rosa Quispe in Quito.",
        '2026-05-20',
      ),
    ).toEqual([
      ['meeting', '2026-05-18', ['Ana Ruiz', 'Luis Vega']],
      ['meeting', '2026-05-19', ['Ana Ruiz', 'Rosa Quispe']],
    ]);
  });
});

describe('a plan told after an engagement done', () => {
  it('is the plan of something else, and leaves the engagement read', () => {
    expect(
      engagements(
        'On Wednesday, Trade Minister Ana Ruiz spoke with Premier Luis Vega about the mission he will lead to Chile in the spring.',
        '2026-11-28',
      ),
    ).toEqual([['call', '2026-11-25', ['Ana Ruiz', 'Luis Vega']]]);
  });

  it('still leaves out an engagement that is itself to come', () => {
    expect(
      engagements('Trade Minister Ana Ruiz will meet Premier Luis Vega in Lima next week.'),
    ).toEqual([]);
  });
});

describe('an engagement told again on another day', () => {
  it('is a second record: "on Wednesday and again this morning"', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz said she spoke with Commerce Secretary Tom Hale on Wednesday and again this morning.',
        '2025-08-22',
      ).map(([kind, date]) => [kind, date]),
    ).toEqual([
      ['call', '2025-08-20'],
      ['call', '2025-08-22'],
    ]);
  });

  it('is a second record: "The two last spoke on Thursday"', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz spoke by phone with Commerce Secretary Tom Hale on Friday morning. The two last spoke on Tuesday.',
        '2025-08-22',
      ).map(([kind, date]) => [kind, date]),
    ).toEqual([
      ['call', '2025-08-22'],
      ['call', '2025-08-19'],
    ]);
  });
});

describe('a standing body holding its numbered session', () => {
  it('is a dialogue round: "held its fourth meeting"', () => {
    expect(
      engagements(
        'The Peru-Chile task force on fisheries held its fourth meeting in Lima on Tuesday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Peru', 'Chile']]]);
    // People hold a meeting, not "its" meeting.
    expect(
      engagements('The task force will discuss its fourth report in Lima on Tuesday.'),
    ).toEqual([]);
  });

  it('takes the people the next sentence says chaired it or led its sides', () => {
    expect(
      engagements(
        'The Peru-Chile task force on fisheries held its fourth meeting in Lima on Tuesday. It was chaired by Rosa Vidal, a deputy at the Ministry of Production, and Tomás Lagos, a director general at Chile’s foreign ministry.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']]]);
    expect(
      engagements(
        'The 25th meeting of the Peru-Chile Consultation Mechanism opened in Lima on Tuesday. Vice Minister Rosa Vidal leads Lima’s side; Undersecretary Tomás Lagos leads Santiago’s.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']]]);
  });
});

describe('a person met in a place set off at the start of the sentence', () => {
  it('is not of that place, so its officials are the other side', () => {
    expect(
      engagements(
        'Ana Ruiz, Peru’s chief negotiator, spent the week abroad. In Washington, Ruiz met officials of the Commerce Department on Tuesday.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ruiz', 'Commerce Department']]]);
  });
});

describe('a meeting in the margins of the session told before', () => {
  it('takes the session’s day, whatever other day was told between', () => {
    expect(
      engagements(
        'The fifth Peru-Chile Trade Dialogue took place in Lima on 3 March 2026. It was co-chaired by Minister Rosa Vidal and Minister Tomás Lagos.\n\nPeru recalled its decision of 20 February to lift the duty on Chilean wine.\n\nIn the margins of the Dialogue, Vidal and Vice Minister Luis Soto held a separate meeting.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-03-03', ['Rosa Vidal', 'Tomás Lagos']],
      ['meeting', '2026-03-03', ['Vidal', 'Luis Soto']],
    ]);
  });
});

describe('"the premiers" in a programme of days', () => {
  it('are the two joined as a subject before, past the label of the day and whoever they met', () => {
    expect(
      engagements(
        'Premier Ana Ruiz and Premier Luis Vega spent a week in China.\n\nMonday, March 2: Ruiz and Vega met Commerce Minister Li Fang.\n\nTuesday, March 3: The premiers were received by Vice Premier Hu Wei.\n\nThursday, March 5: In Shanghai, the premiers met Mayor Gong Min.',
        '2026-03-06',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ruiz', 'Vega', 'Li Fang']],
      ['meeting', '2026-03-03', ['Ruiz', 'Vega', 'Hu Wei']],
      ['meeting', '2026-03-05', ['Ruiz', 'Vega', 'Gong Min']],
    ]);
  });
});

describe('a spokesperson who "informed that" an engagement took place', () => {
  it('is no party to it', () => {
    expect(
      engagements(
        'Ministry spokesperson He Wei held a press conference on Thursday. The spokesperson also informed that on 3 March, Vice Minister Li Fang held a video call with Peru’s Deputy Minister Ana Ruiz.',
      ),
    ).toEqual([['call', '2026-03-03', ['Li Fang', 'Ana Ruiz']]]);
  });
});

describe('a round as the subject of its opening or close', () => {
  it('is a dialogue round: "The round opened on Tuesday, with A and B leading their delegations"', () => {
    expect(
      engagements(
        'The round opened on Tuesday in Lima, with Minister Ana Ruiz and Minister Luis Vega leading their delegations.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Ana Ruiz', 'Luis Vega']]]);
    expect(
      engagements(
        'The third round of talks between Minister Ana Ruiz and Minister Luis Vega ended in Lima on Tuesday.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Ana Ruiz', 'Luis Vega']]]);
  });

  it('is no engagement when the round is one of tariffs', () => {
    expect(
      engagements('The third round of tariffs on Minister Ana Ruiz’s goods began on Tuesday.'),
    ).toEqual([]);
  });
});

describe('someone who attended a meeting between two others', () => {
  it('is a party with them', () => {
    expect(
      engagements(
        'On Tuesday, Minister Ana Ruiz attended the meeting held in Lima between President Luis Vega and President Tom Hale.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Luis Vega', 'Tom Hale']]]);
  });
});

describe('where someone is and for what, set off by commas', () => {
  it('gives neither the kind nor the future of the gathering to the meeting told', () => {
    for (const aside of ['in town for tomorrow’s summit', 'in Lima for the summit'])
      expect(
        engagements(
          `Premier Ana Ruiz, ${aside}, met Prime Minister Luis Vega this afternoon.`,
          '2026-03-06',
        ),
      ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Luis Vega']]]);
  });
});

describe('talks an aside counts as a round of a series', () => {
  it('are a dialogue round', () => {
    expect(
      engagements(
        'On Tuesday, negotiator Ana Ruiz held a full day of talks with Chile’s chief negotiator Luis Vega, the first in-person round since the tariff was imposed.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Ana Ruiz', 'Luis Vega']]]);
    expect(
      engagements(
        'On Tuesday, Minister Ana Ruiz held talks with Minister Luis Vega, the first since the tariff was imposed.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Luis Vega']]]);
  });
});

describe('a meeting on the margins of a commission told before', () => {
  it('takes the commission’s day, not that of the engagement told just before', () => {
    expect(
      engagements(
        'Minister Ana Ruiz and Minister Luis Vega co-chaired the Peru-Chile Joint Commission in Lima on 4 March.\n\nOn 3 March Minister Vega called on Minister Tom Hale at the Treasury. On the margins of the Commission, Vice Minister Rosa Vidal held talks with Vice Minister Li Fang.',
      ).map(([kind, date]) => [kind, date]),
    ).toEqual([
      ['dialogue-round', '2026-03-04'],
      ['meeting', '2026-03-03'],
      ['meeting', '2026-03-04'],
    ]);
  });
});

describe('a sentence opening on the meeting told before, by the one met', () => {
  it('tells no other meeting on the day it writes for what was said', () => {
    expect(
      engagements(
        'Minister Ana Ruiz held a meeting with Ambassador Tom Hale on Monday at his office. In the meeting with Ambassador Hale, Minister Ruiz said that Peru has removed its duty on wheat as of 1 February 2026.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('a meeting set "Following the committee"', () => {
  it('takes the day of the committee told before', () => {
    expect(
      engagements(
        'Minister Ana Ruiz co-chaired the Peru-Chile Joint Committee with Minister Luis Vega in Lima on March 2. The two sides reviewed the agreement.\n\nFollowing the committee, Minister Ruiz met Secretary Tom Hale and discussed shipbuilding.',
      ).map(([kind, date]) => [kind, date]),
    ).toEqual([
      ['dialogue-round', '2026-03-02'],
      ['meeting', '2026-03-02'],
    ]);
  });
});

describe('a visit someone "will pay"', () => {
  it('is still to come, even at someone’s invitation', () => {
    expect(
      engagements(
        'At the invitation of Foreign Minister Luis Vega, Foreign Minister Ana Ruiz will pay an official visit to Chile from March 11 to 13.',
        '2026-03-09',
      ),
    ).toEqual([]);
  });
});

describe('a standing body of two countries named with its subject', () => {
  it('meets as a dialogue round, each country a side: "The Peru-Chile Joint Committee on Trade met"', () => {
    expect(
      engagements(
        'The Peru-Chile Joint Committee on Trade met in Lima on Tuesday, with Chilean Vice Minister Luis Vega leading Santiago’s side.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Luis Vega', 'Peru']]]);
  });
});

describe('"I" in the answers of an interview', () => {
  it('is the one interviewed, named first, not the byline’s writer', () => {
    expect(
      engagements(
        'By Rosa Vidal\n\nAna Ruiz, Peru’s trade minister, spoke to us in her office on Friday.\n\nQ: Who have you seen?\n\nA: I met Ambassador Tom Hale in Washington on Tuesday and we agreed to keep working.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('round 25: bodies, diaries and transcripts', () => {
  it('reads a body holding "its session" as a dialogue round with the people who chaired it', () => {
    expect(
      engagements(
        'The Council of Ministers of the Andean Community held its session in Lima on Thursday, chaired by Peru’s trade minister, Ana Ruiz, with Secretary-General Luis Vega reporting on tariffs.',
      ),
    ).toEqual([['dialogue-round', '2026-03-05', ['Ana Ruiz', 'Luis Vega']]]);
  });

  it('reads a diary entry under "Tuesday, Washington." opened by a few words and a colon', () => {
    expect(
      engagements(
        'Peru’s Minister of Trade, Ana Ruiz, spent the week on the road.\n\nMonday, Lima. She packed.\n\nTuesday, Washington.\nA quieter day: a call in the morning with Luis Vega, the secretary-general, about the rules of origin.',
      ),
    ).toEqual([['call', '2026-03-03', ['Luis Vega', 'Ana Ruiz']]]);
  });

  it('reads "I" of a turn labelled with the first of two family names', () => {
    expect(
      engagements(
        'Trade Minister Andrés Valdivieso Rojas held a press conference on Friday.\n\nMINISTER VALDIVIESO: Yesterday I held a call with Secretary Tom Hale to confirm the scope.',
      ),
    ).toEqual([['call', '2026-03-05', ['Andrés Valdivieso Rojas', 'Tom Hale']]]);
  });
});

describe('an interview written as questions and answers with no labels', () => {
  const text =
    'Peru’s Trade Minister Ana Ruiz flew home on Thursday. She spoke to Rosa Vidal. The interview has been edited for length.\n\nYou met Commerce Minister Li Fang on Monday and Vice Premier Hu Wei on Tuesday. What came of it?\n\nThe main thing is beef. I spoke by phone with Ambassador Tom Hale on March 2, and officials will meet in April.';

  it('reads "You" of a question and "I" of an answer as the one interviewed, and the interview as no call', () => {
    expect(engagements(text)).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Li Fang']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Hu Wei']],
      ['call', '2026-03-02', ['Ana Ruiz', 'Tom Hale']],
    ]);
  });

  it('reads no one for "I" in a text that says nothing of an interview', () => {
    expect(
      engagements(text.replace('The interview has been edited for length.', 'It was sunny.')),
    ).not.toContainEqual(['call', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]);
  });
});

describe('a call paid on a country’s official in a city, before what it was for', () => {
  it('is a meeting with that country’s side', () => {
    expect(
      engagements(
        'On Friday, Governor Ana Ruiz called on China’s consul general in Lima to ask that fish be kept out of politics.',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'China']]]);
  });
});

describe('a province’s or a state’s official named by its possessive', () => {
  it('is its country’s side: "Guangdong’s governor", "Saskatchewan’s trade minister"', () => {
    expect(
      engagements('Premier Ana Ruiz met Guangdong’s governor in Guangzhou on Thursday.'),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Guangdong']]]);
    expect(
      engagements(
        'Ambassador Tom Hale called on Saskatchewan’s trade minister in Regina on Monday.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Tom Hale', 'Saskatchewan']]]);
  });
});

describe('"came together with", in a statement’s translation', () => {
  it('is a meeting', () => {
    expect(
      engagements(
        'On 3 March, Minister Ana Ruiz came together with Commerce Secretary Tom Hale, where cooperation in energy was evaluated.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('"the call held on 7 August between A and B"', () => {
  it('is a call of the two, on the day written, also after "followed"', () => {
    expect(
      engagements(
        'The conversation followed the call held on 2 March between President Ana Ruiz and Prime Minister Luis Vega.',
      ),
    ).toEqual([['call', '2026-03-02', ['Ana Ruiz', 'Luis Vega']]]);
  });
});

describe('a record kept by day under lines that are a day alone', () => {
  it('dates each engagement told with no day by the day heading it', () => {
    expect(
      engagements(
        'Summit diary: who met whom\n\nSunday, March 1\n\nPresident Ana Ruiz and Prime Minister Luis Vega held a bilateral meeting at the convention centre.\n\nMonday, March 2\n\nPremier Hu Wei held talks with Prime Minister Luis Vega at the palace.',
      ),
    ).toEqual([
      ['meeting', '2026-03-01', ['Ana Ruiz', 'Luis Vega']],
      ['meeting', '2026-03-02', ['Hu Wei', 'Luis Vega']],
    ]);
  });

  it('reads the heading lines in capitals, short months and the place of the day', () => {
    expect(
      engagements(
        'Envoy’s week\n\nEnvoy Ana Ruiz spent the week on the road.\n\nMONDAY, MARCH 2 - LIMA\nRuiz opened the week at the ministry, where she met Vice Minister Hu Wei.\n\nTUESDAY, MAR. 3 - CUSCO\nRuiz held a call with Trade Minister Tom Hale in Ottawa.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ruiz', 'Hu Wei']],
      ['call', '2026-03-03', ['Ruiz', 'Tom Hale']],
    ]);
  });

  it('reads heading lines that are a weekday alone, in the week before the text', () => {
    expect(
      engagements(
        'Envoy’s week\n\nEnvoy Ana Ruiz spent the week on the road.\n\nMONDAY\n\nRuiz met Vice Minister Hu Wei over breakfast.\n\nTUESDAY\n\nRuiz held a call with Trade Minister Tom Hale in Ottawa.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ruiz', 'Hu Wei']],
      ['call', '2026-03-03', ['Ruiz', 'Tom Hale']],
    ]);
  });

  it('reads no record kept by day in one line that is a day alone, as a release is dated', () => {
    expect(
      engagements(
        'MEDIA RELEASE\n\nMarch 2, 2026\n\nEarlier this week Minister Ana Ruiz held talks with Premier Hu Wei in Lima.',
      ).map(([kind, date]) => [kind, date]),
    ).toEqual([['meeting', null]]);
  });
});

describe('an engagement told with no day, of the people the lede names', () => {
  it('takes the day the lede tells', () => {
    expect(
      engagements(
        'LIMA, March 6 - President Ana Ruiz and Premier Hu Wei agreed on Thursday to build a partnership.\n\nThe two leaders met for nearly two hours at the palace.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Ana Ruiz', 'Hu Wei']]]);
  });

  it('takes none for people the lede does not name', () => {
    expect(
      engagements(
        'LIMA, March 6 - President Ana Ruiz agreed on Thursday to build a partnership.\n\nMinister Luis Vega met Premier Hu Wei for two hours at the palace.',
      ),
    ).toEqual([['meeting', null, ['Luis Vega', 'Hu Wei']]]);
  });
});

describe('"a meeting … at which A pressed B", named after a call', () => {
  it('is a meeting of its own, and the call keeps its two people', () => {
    expect(
      engagements(
        'The outcome followed a phone call on Monday between Minister Ana Ruiz and Commissioner Tom Hale, and a meeting in Lima on 30 January at which Prime Minister Luis Vega pressed Rosa Vidal for an exemption.',
      ),
    ).toEqual([
      ['call', '2026-03-02', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-01-30', ['Luis Vega', 'Rosa Vidal']],
    ]);
  });
});

describe('what others did meanwhile, set off by ", as"', () => {
  it('gives its kind to no engagement: "met Li on Wednesday, as U.S. and Peruvian negotiators concluded a round"', () => {
    expect(
      engagements(
        'Ambassador Tom Hale met Minister Ana Ruiz in Lima on Wednesday, as U.S. and Peruvian negotiators concluded a further round of talks.',
      ),
    ).toEqual([['meeting', '2026-03-04', ['Tom Hale', 'Ana Ruiz']]]);
  });
});

describe('a clause after "but" judging the engagement told', () => {
  it('gives it no kind of its own', () => {
    expect(
      engagements(
        'Director Ana Ruiz met her Chilean counterpart Luis Vega in Santiago on Tuesday to calm tensions, but officials on both sides described the talks as tense.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Luis Vega']]]);
  });
});

describe('a call with someone new after a meeting', () => {
  it('is an engagement of its own: "Later that day they held a call with …"', () => {
    expect(
      engagements(
        'Alliance president Rosa Vidal met Farm Minister Tom Hale in Lima on Monday. Later that day they held a call with Regional Minister Jo Beal.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Rosa Vidal', 'Tom Hale']],
      ['call', '2026-03-02', ['Rosa Vidal', 'Tom Hale', 'Jo Beal']],
    ]);
  });
});

describe('"The next day the two ministers …"', () => {
  it('stands for the pair of the engagement before, on a day of its own', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale met Commerce Minister Li Fang in Lima on Monday. The next day the two ministers co-chaired the 9th session of the Joint Economic Commission.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Tom Hale', 'Li Fang']],
      ['dialogue-round', '2026-03-03', ['Tom Hale', 'Li Fang']],
    ]);
  });
});

describe('"we" in a witness’s turn of a transcript', () => {
  it('is the one speaking, and a relative clause on a role tells no engagement', () => {
    const text = [
      'The Chair (Mr. Ron Vale): I call this meeting to order. Ms. Ruiz, you have five minutes.',
      'Ms. Ana Ruiz (President, Lima Metals Council): Thank you, Mr. Chair.',
      'Mr. Tom Hale (Lima North): Ms. Ruiz, have you seen the ministers?',
      'Ms. Ana Ruiz: Yes. We met Industry Minister Rosa Vidal in Lima on March 2, and two days later we held a call with Minister Luis Vega, who leads the talks with Washington.',
    ].join('\n\n');
    expect(engagements(text)).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Rosa Vidal']],
      ['call', '2026-03-04', ['Ana Ruiz', 'Luis Vega']],
    ]);
  });
});

describe('an interview with a named reporter', () => {
  it('is no engagement', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Minister Rosa Vidal on Monday. Ruiz spoke with Harbour Ledger reporter Callum Brine; the interview has been edited for length.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Rosa Vidal']]]);
  });
});

describe('"started a one-on-one meeting"', () => {
  it('tells a meeting, as "held" does', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale and Commerce Minister Li Fang started a one-on-one meeting on Thursday.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Tom Hale', 'Li Fang']]]);
  });
});

describe('", while A, with a title set off by commas, held …"', () => {
  it('tells a second engagement with a subject of its own', () => {
    expect(
      engagements(
        'On Thursday Foreign Minister Ana Ruiz met Foreign Secretary Luis Vega, while Tom Hale, the minister responsible for Peru-U.S. trade, held a working session with Economy Secretary Jo Beal.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Luis Vega']],
      ['meeting', '2026-03-05', ['Tom Hale', 'Jo Beal']],
    ]);
  });
});

describe('a programme whose opening line names no one', () => {
  it('is of the person named last a few sentences before', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz today concluded a four-day mission to Peru.\n\nSince June, copper exports have fallen. The federal surtax remains in place.\n\nThe mission’s program was as follows:\n\n- Monday, March 2, Lima: meeting with Peru’s Ambassador to Canada, Tom Hale, followed by a lunch with buyers.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('"met for forty minutes before Monday’s lunch"', () => {
  it('dates the meeting by the day of the programme', () => {
    expect(
      engagements(
        'Premier Ana Ruiz and President Tom Hale met for forty minutes before Monday’s lunch.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('"consultations between the two sides were held", one side named', () => {
  it('are talks of the two countries the text is about', () => {
    expect(
      engagements(
        'Peru’s ministry imposed duties on Chilean pork. At the request of the Chilean side, consultations between the two sides were held in Lima on 22 February 2026.',
      ),
    ).toEqual([
      ['dialogue-round', '2026-02-22', ['between the two sides', 'between the two sides']],
    ]);
  });

  it('are a round when told as consultations between two sides, held on their days', () => {
    expect(
      engagements(
        'The acceptance follows technical consultations between Peru’s trade ministry and a delegation of the Ministry of Commerce of Chile, held in Lima on 27 and 28 January 2026.',
      ).map(([kind, date]) => [kind, date]),
    ).toEqual([['dialogue-round', '2026-01-27']]);
  });

  it('are those of a request for them a few sentences before, a round of talks', () => {
    expect(
      engagements(
        'On 13 January 2026, Peru requested consultations with Chile. Peru claims that the duties are inconsistent with Article 2. Consultations were held in Geneva on 14 and 15 February 2026 but did not resolve the dispute.',
      ),
    ).toEqual([['dialogue-round', '2026-02-14', ['Peru', 'Chile']]]);
  });

  it('are a call when held by video', () => {
    expect(
      engagements(
        'On 3 March 2026, Vice Minister Ana Ruiz and Director-General Tom Hale held video consultations on the case.',
      ),
    ).toEqual([['call', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('an interview whose text says "We spoke to …"', () => {
  it('takes the one spoken to as the "I" of the answers, not the first person named', () => {
    const text = [
      'Lima lifted its curbs on beef last week, weeks after President Tom Hale complained about them. We spoke to Ana Ruiz, head of the Beef Exporters Council. The interview has been edited for length.',
      'Q: Did you put that to the government?',
      'Ruiz: We did. I met Farm Minister Rosa Vidal in Lima on Friday with two of our directors.',
    ].join('\n\n');
    expect(engagements(text)).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Rosa Vidal']]]);
  });
});

describe('"The Minister for Trade, Senator Ana Ruiz"', () => {
  it('is introduced as the minister the release calls "the Minister"', () => {
    expect(
      engagements(
        'The Minister for Trade, Senator Ana Ruiz, yesterday co-chaired the 9th Peru-Chile Economic Commission in Lima with Chile’s Minister of Commerce, Tom Hale.\n\nThis morning, Senator Ruiz met Vice Premier Li Fang.\n\nAhead of the visit, on Monday, the Minister held a call with Bolivia’s trade minister, Luis Vega.',
      ).at(-1),
    ).toEqual(['call', '2026-03-02', ['Ana Ruiz', 'Luis Vega']]);
  });
});

describe('"he spent more than two hours with …"', () => {
  it('is a meeting of the one "he" stands for', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz arrived on Sunday. On Monday she spent more than two hours with Commerce Secretary Tom Hale going over the package.',
      ),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('"The two men are meeting on the sidelines …" on a live page', () => {
  it('is a meeting under way, of the two the entry before names', () => {
    expect(
      engagements(
        'LIVE | Leaders in Lima\n\n14:30 President Ana Ruiz has welcomed Tom Hale at the National Museum. The two men are meeting on the sidelines of the summit, their second meeting since August.',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('more ways of telling a call or a meeting', () => {
  it('reads "a call last Thursday between A and B"', () => {
    expect(
      engagements(
        'The package followed a call last Thursday between President Ana Ruiz and President Tom Hale, in which the two leaders agreed to clear the old files.',
      ),
    ).toEqual([['call', '2026-03-05', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads "A and B have stepped away for a bilateral meeting"', () => {
    expect(
      engagements(
        'LIVE | Ministers in Lima\n\n12:05 Trade Minister Ana Ruiz and Commerce Minister Tom Hale have stepped away for a bilateral meeting of about 40 minutes, officials said.',
      ),
    ).toEqual([['meeting', '2026-03-06', ['Ana Ruiz', 'Tom Hale']]]);
  });

  it('reads a person set off with "the undersecretary for …"', () => {
    expect(
      engagements(
        'Rosa Vidal, the undersecretary for international economic relations, held a video call with officials of the U.S. Commerce Department on Thursday.',
      ),
    ).toEqual([['call', '2026-03-05', ['Rosa Vidal', 'U.S.']]]);
  });
});

describe('"Tuesday - The two ministers co-chaired …" a few sentences after their meeting', () => {
  it('stands for the pair of that meeting when no one else is named since', () => {
    expect(
      engagements(
        'Trade Minister Tom Hale spent the week in Lima.\n\nMonday, March 2 - Lima. Hale’s first meeting was with Commerce Minister Ana Ruiz. The deal would remove tariffs on wool. Ruiz told reporters the two countries were on track.\n\nTuesday - The two ministers co-chaired the ninth Joint Trade Committee. Hale later sat down with Farm Minister Luis Vega.',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Hale', 'Ana Ruiz']],
      ['dialogue-round', '2026-03-03', ['Hale', 'Ana Ruiz']],
      ['meeting', '2026-03-03', ['Hale', 'Luis Vega']],
    ]);
  });
});

describe('"spent the day in New Delhi with …"', () => {
  it('is a meeting', () => {
    expect(
      engagements(
        'Tom Hale, the assistant trade representative, spent the day in Lima on Thursday with Ana Ruiz, Peru’s chief negotiator.',
      ),
    ).toEqual([['meeting', '2026-03-05', ['Tom Hale', 'Ana Ruiz']]]);
  });
});

describe('a clause that goes on with the two just told, then tells another meeting', () => {
  it('reads "and Ruiz later held talks with Hale" as a meeting of its own', () => {
    expect(
      engagements(
        'Lindia set final duties on steel on Thursday. The ruling came two days after Ana Ruiz met Li Wen in Geneva. On Tuesday, the two women spent four hours on the steel case, and Ruiz later held talks with Tom Hale, who chairs the trade committee.',
        '2026-03-05',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']],
      ['meeting', '2026-03-03', ['Ruiz', 'Tom Hale']],
    ]);
  });
});

describe('a council named by its sides, then by who co-chaired it', () => {
  it('takes the co-chairs an appositive names, each with an apposition of their own', () => {
    expect(
      engagements(
        'The EU will cut its tariff on British steel to 25%, the two sides agreed on Tuesday at a meeting of the Partnership Council. The council, co-chaired by Ana Ruiz, the British trade minister, and Tom Hale, the European commissioner, met at Lancaster House for most of the day.',
        '2026-03-05',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['Ana Ruiz', 'Tom Hale']]]);
  });
});

describe('people met in two parts of a day', () => {
  it('reads "met A in the morning and B in the afternoon" as two meetings', () => {
    expect(
      engagements(
        'Ana Ruiz, the minister for trade, was in Washington on Tuesday, when she met Commerce Secretary Tom Hale in the morning and U.S. Trade Representative Li Wen in the afternoon.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']],
    ]);
  });
});

describe('a second engagement in a clause of its own', () => {
  it('reads "a meeting between the two" after a call between them', () => {
    expect(
      engagements(
        'Officials credited a thaw that began with a phone call between Ruiz and Hale on February 6 and a meeting between the two in Lima on February 26.',
      ),
    ).toEqual([
      ['call', '2026-02-06', ['Ruiz', 'Hale']],
      ['meeting', '2026-02-26', ['Ruiz', 'Hale']],
    ]);
  });

  it('reads a round of talks told in an "after" clause', () => {
    expect(
      engagements(
        'Minister Ana Ruiz spoke with Tom Hale by phone on Friday, the ministry said, after Deputy Minister Li Wen led a delegation to Washington for a round of talks with U.S. officials from February 9 to 11.',
      ),
    ).toEqual([
      ['call', '2026-03-06', ['Ana Ruiz', 'Tom Hale']],
      ['dialogue-round', '2026-02-09', ['Li Wen', 'U.S.']],
    ]);
  });
});

describe('"the delegation" as the one received again', () => {
  it('stands for the person who led it, after an opening phrase of several words', () => {
    expect(
      engagements(
        'On 4 March 2026, in Lima, Minister Ana Ruiz received the delegation of the Office of the United States Trade Representative led by Assistant U.S. Trade Representative Tom Hale. On the same day, the delegation was also received by Deputy Prime Minister Li Wen.',
      ),
    ).toEqual([
      ['meeting', '2026-03-04', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-04', ['Tom Hale', 'Li Wen']],
    ]);
  });
});

describe('a second engagement told with "discussed it with"', () => {
  it('reads ", and A, the minister for trade, discussed it with B on a call on Friday" as a call', () => {
    expect(
      engagements(
        'Prime Minister Tom Hale raised it when he met President Li Wen in Lima on March 2, and Ana Ruiz, the minister for Canada-U.S. trade, discussed it with Commerce Secretary Jo Beal on a call on Friday.',
        '2026-03-07',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Tom Hale', 'Li Wen']],
      ['call', '2026-03-06', ['Ana Ruiz', 'Jo Beal']],
    ]);
  });
});

describe('"the delegation" after another engagement of it', () => {
  it('stands for the one who led it, named in an engagement before the last', () => {
    const found = engagements(
      'On 4 March 2026, in Lima, Minister Ana Ruiz received the delegation of the Office of the United States Trade Representative led by Assistant U.S. Trade Representative Tom Hale. The delegation is in Peru from 2 to 6 March for the negotiating round on the Agreement on Reciprocal Trade, co-chaired by Deputy Minister Li Wen and Mr. Hale. On 4 March, the delegation was also received by Deputy Prime Minister Jo Beal.',
    );
    expect(found.at(-1)).toEqual(['meeting', '2026-03-04', ['Tom Hale', 'Jo Beal']]);
  });
});

describe('a committee co-chaired on the next day, and an interview', () => {
  it('reads ", and on Friday she co-chaired the Trade Committee with B" as a session of its own', () => {
    expect(
      engagements(
        'Ana Ruiz met Commissioner Li Wen on Thursday, and on Friday she co-chaired the Trade Committee with Pieter Vanhaecke.',
      ),
    ).toEqual([
      ['meeting', '2026-03-05', ['Ana Ruiz', 'Li Wen']],
      ['dialogue-round', '2026-03-06', ['Ana Ruiz', 'Pieter Vanhaecke']],
    ]);
  });

  it('reads no call in speaking to a publication whose conversation "has been edited"', () => {
    expect(
      engagements(
        'Ana Ruiz, the trade representative, has spent much of the year in Brussels. She spoke to Harbour Review in Lima on Monday. The conversation has been edited for length.',
      ),
    ).toEqual([]);
  });
});

describe('a record of the European Parliament', () => {
  const record =
    'President. - I give the floor to Commissioner Ana Ruiz.\n\nAna Ruiz, Member of the Commission. - Madam President, on 25 September the United States cut its tariff on European cars to 15%, and our exporters have already received refunds. I spoke with Ambassador Tom Hale on Monday.\n\nLi Wen, on behalf of the Renew Group. - Madam President, Beijing acts.\n\nRuiz, Member of the Commission. - Honourable Member, we are in contact with Minister Jo Beal, and I met him in Brussels on 8 January.';
  it('reads "I" as the one whose turn a "Name, office. -" label opens, and no meeting in refunds received', () => {
    expect(engagements(record, '2026-01-20')).toEqual([
      ['call', '2026-01-19', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-01-08', ['Ruiz', 'Jo Beal']],
    ]);
  });
});

describe('a bilateral held, and people who got together', () => {
  it('reads "held a 40-minute bilateral" and "got together" as meetings of the people before', () => {
    expect(
      engagements('Ana Ruiz and Li Wen held a 40-minute bilateral on Monday morning.'),
    ).toEqual([['meeting', '2026-03-02', ['Ana Ruiz', 'Li Wen']]]);
    expect(
      engagements('Ana Ruiz, Li Wen and Tom Hale got together on Tuesday for coffee.'),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen', 'Tom Hale']]]);
  });

  it('reads no meeting in a bilateral trade deal', () => {
    expect(
      engagements('Ana Ruiz and Li Wen held a bilateral trade dialogue forum last year.'),
    ).toEqual([]);
  });
});

describe('time spent in a meeting', () => {
  it('reads "spent most of their two-hour meeting on Tuesday on …" as the meeting', () => {
    expect(
      engagements(
        'Ana Ruiz and Li Wen spent most of their two-hour meeting on Tuesday on non-tariff barriers.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']]]);
  });
});

describe('people met in turn on their days', () => {
  it('reads "met A on Sunday and B the next day" with B named in full only there', () => {
    expect(
      engagements('Prime Minister Tom Hale met Ana Ruiz on Sunday and Li Wen the next day.'),
    ).toEqual([
      ['meeting', '2026-03-01', ['Tom Hale', 'Ana Ruiz']],
      ['meeting', '2026-03-02', ['Tom Hale', 'Li Wen']],
    ]);
  });
});

describe('an adverb between the subject and its verb', () => {
  it('reads "Ana Ruiz also met Li Wen on Tuesday"', () => {
    expect(engagements('Ana Ruiz also met Li Wen on Tuesday.')).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']],
    ]);
  });
});

describe('a later part of the same day', () => {
  it('reads "met A on Monday, B on Tuesday morning and C that afternoon" as three meetings', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Commerce Secretary Tom Hale on Monday, Treasury Secretary Li Wen on Tuesday morning and President Jo Beal that afternoon.',
        '2026-03-06',
      ),
    ).toEqual([
      ['meeting', '2026-03-02', ['Ana Ruiz', 'Tom Hale']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Jo Beal']],
    ]);
    expect(
      engagements(
        'Ana Ruiz met Treasury Secretary Li Wen on Tuesday morning and President Jo Beal that afternoon.',
      ),
    ).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']],
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Jo Beal']],
    ]);
  });
});

describe('sitting in a room with someone', () => {
  it('reads "sat in the Oval Office with B" as a meeting', () => {
    expect(
      engagements('On Wednesday, President Ana Ruiz sat in the Oval Office with Li Wen.'),
    ).toEqual([['meeting', '2026-03-04', ['Ana Ruiz', 'Li Wen']]]);
  });
});

describe('the one a matter was raised with', () => {
  it('reads the person after "discussed the case with" or "raised the issue with" as the one met', () => {
    expect(
      engagements('Ana Ruiz raised the steel issue with Li Wen when they met in Lima on Tuesday.'),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']]]);
    expect(
      engagements('Ana Ruiz discussed the dumping case with Li Wen when the two met on Tuesday.'),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']]]);
  });

  it('reads no meeting in a matter discussed with no one', () => {
    expect(engagements('Ana Ruiz discussed the case with reporters on Tuesday.')).toEqual([]);
  });
});

describe('an engagement told after a fronted time', () => {
  it('reads "On Tuesday, a telephone conversation was held between A and B" as their call', () => {
    expect(
      engagements(
        'On Tuesday, a telephone conversation was held between Minister Ana Ruiz and the Minister of Commerce of Peru, Li Wen, during which it was agreed that the commission shall meet.',
      ),
    ).toEqual([['call', '2026-03-03', ['Ana Ruiz', 'Li Wen']]]);
  });

  it('still leaves out a remark after the engagement', () => {
    expect(
      engagements(
        'Ana Ruiz met Li Wen on Tuesday, a meeting President Jo Beal described as productive.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']]]);
  });
});

describe('a time or a trip set off between the subject and its verb', () => {
  it('reads the subject of "A, on Tuesday, held a meeting with B" and "A on Tuesday held …"', () => {
    expect(engagements('Ana Ruiz, on Tuesday, held a meeting with Li Wen.')).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']],
    ]);
    expect(engagements('Ana Ruiz on Tuesday held a meeting with Li Wen.')).toEqual([
      ['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']],
    ]);
  });

  it('reads "on her first trip since taking office" as no engagement recalled', () => {
    expect(
      engagements(
        'On Tuesday, Ana Ruiz, on her first overseas trip since taking office, held a bilateral meeting with Li Wen.',
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']]]);
  });
});

describe('a title set off after the name in a relative clause', () => {
  it('reads "A, who met B, the UAE\'s trade minister, in Abu Dhabi on Tuesday, said" as their meeting', () => {
    expect(
      engagements(
        "Ana Ruiz, who met Li Wen, the UAE's minister of state for foreign trade, in Abu Dhabi on Tuesday, said Peru wanted the region as a market.",
      ),
    ).toEqual([['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']]]);
  });

  it('does not take a time set off after the engagement for a title', () => {
    expect(
      engagements(
        'Ana Ruiz, who held talks with Li Wen in Lima on March 3, a day after meeting Premier Jo Beal, came home on Friday.',
      )[0],
    ).toEqual(['meeting', '2026-03-03', ['Ana Ruiz', 'Li Wen']]);
  });
});

describe('the delegations of a round led by their heads', () => {
  it('gives the round the people "The delegations were led by" names', () => {
    expect(
      engagements(
        "The fourth round of negotiations between Peru and Chile was held in Lima from March 2 to 4. The delegations were led by Ana Ruiz, Peru's chief negotiator, and Li Wen, a director at Chile's trade ministry.",
      ),
    ).toEqual([['dialogue-round', '2026-03-02', ['Ana Ruiz', 'Li Wen']]]);
  });
});

describe('a session of a subcommittee held under its co-chairs', () => {
  it('reads "held under the co-chairmanship of L. Kudratov and … Gao Jianwei" as a round of the two', () => {
    expect(
      engagements(
        'On 3 March, the 9th meeting of the Subcommittee on Trade and Economic Cooperation of the Peru-Chile Intergovernmental Cooperation Committee was held under the co-chairmanship of A. Ruiz and the Vice Minister of Commerce of the Republic of Chile Li Wen.',
      ),
    ).toEqual([['dialogue-round', '2026-03-03', ['A. Ruiz', 'Li Wen']]]);
  });
});
