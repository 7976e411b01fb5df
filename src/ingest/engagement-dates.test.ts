/**
 * The day of an engagement told by counting from a day written before it, read through
 * extract() on sentences written for the rule, with a sentence between that writes no day.
 */
import { describe, expect, it } from 'vitest';
import type { EngagementCandidate } from './candidates.ts';
import { extract } from './extract.ts';

/** Each engagement's kind, day and people, as a reviewer reads it. */
const engagements = (text: string, published: string) =>
  extract({ text, published })
    .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
    .map((e) => [e.kind, e.date, e.participants.map((p) => p.text).join(', ')]);

describe('a day counted back from the last day told', () => {
  // 2026-06-05 is a Friday
  it('reads "The day before", "The previous day" and "Two days earlier" past a quote', () => {
    expect(
      engagements(
        'Peru raised its duties on Chilean steel on Wednesday. "This is a serious step," said Ana Ruiz, who chairs the steel guild. The day before, Trade Minister Luis Vega held talks with Chilean Foreign Minister Alberto Soto in Lima.',
        '2026-06-05',
      ),
    ).toEqual([['meeting', '2026-06-02', 'Luis Vega, Alberto Soto']]);
    expect(
      engagements(
        'Seoul cut its rice tariff on Tuesday. Farmers protested in the capital. The previous day, Korean Trade Minister Kim Do-hyun held a video call with Thai Commerce Minister Suda Chan.',
        '2026-06-05',
      ),
    ).toEqual([['call', '2026-06-01', 'Kim Do-hyun, Suda Chan']]);
    expect(
      engagements(
        'Lima published its final ruling on Saturday. "We expected more," said grower Tomas Ek. Two days earlier, Peru’s Luis Vega met Chile’s Ana Rojas in Santiago.',
        '2026-06-05',
      ),
    ).toEqual([['meeting', '2026-05-28', 'Luis Vega, Ana Rojas']]);
  });
});

describe('a live blog entry headed by its time stamp', () => {
  it('dates an engagement told with no day on the day of the blog', () => {
    expect(
      engagements(
        'Trade talks: live\n\n09:15 BST\nAt lunchtime, Foreign Secretary Ana Ruiz received the Chilean ambassador, Luis Soto, at the Foreign Office.',
        '2026-05-14',
      ),
    ).toEqual([['meeting', '2026-05-14', 'Ana Ruiz, Luis Soto']]);
    expect(
      engagements(
        'Trade talks: live\n\n8:30 a.m.\nTrade Minister Ana Ruiz spoke by phone with Commerce Minister Luis Soto just after 8 a.m., her office says.',
        '2026-05-14',
      ),
    ).toEqual([['call', '2026-05-14', 'Ana Ruiz, Luis Soto']]);
    expect(
      engagements(
        'Trade talks: live\n\n2:05 p.m.\nTrade Minister Ana Ruiz spoke by video call with Commerce Minister Luis Soto last night, her office says.',
        '2026-05-14',
      ),
    ).toEqual([['call', '2026-05-13', 'Ana Ruiz, Luis Soto']]);
  });

  it('reads a time opening the entry’s line as its stamp', () => {
    for (const entry of [
      '09:40 Trade Minister Ana Ruiz spoke by phone with Commerce Minister Luis Soto, her office says.',
      '09:40 - Trade Minister Ana Ruiz spoke by phone with Commerce Minister Luis Soto, her office says.',
    ])
      expect(engagements(`Trade talks: live\n\n${entry}`, '2026-05-14')).toEqual([
        ['call', '2026-05-14', 'Ana Ruiz, Luis Soto'],
      ]);
  });

  it('lets the stamp give way to a day the entry writes', () => {
    // 2026-05-14 is a Thursday
    expect(
      engagements(
        'Trade talks: live\n\n10:45 - A recap: Trade Minister Ana Ruiz met Commerce Minister Luis Soto on Tuesday afternoon.',
        '2026-05-14',
      ),
    ).toEqual([['meeting', '2026-05-12', 'Ana Ruiz, Luis Soto']]);
  });
});

describe('an engagement told in a "where" clause after a journey', () => {
  // 2026-10-16 is a Friday
  it('takes the day the "where" clause writes, not the day of the journey', () => {
    expect(
      engagements(
        'Mr LeBlanc returned on Thursday from Washington, where he met U.S. Commerce Secretary Howard Lutnick on Wednesday.',
        '2026-10-16',
      ).map((e) => e[1]),
    ).toEqual(['2026-10-14']);
    expect(
      engagements(
        'Ana Ruiz flew home on Friday from Lima, where she had met Peruvian Trade Minister Luis Soto on Thursday.',
        '2026-10-16',
      ).map((e) => e[1]),
    ).toEqual(['2026-10-15']);
    expect(
      engagements(
        'Peru’s trade minister Ana Ruiz arrived in Santiago on Sunday, where she held talks with Chilean Foreign Minister Luis Soto on Monday.',
        '2026-10-16',
      ).map((e) => e[1]),
    ).toEqual(['2026-10-12']);
  });

  it('keeps the day of the engagement when the "where" clause tells only an arrival', () => {
    expect(
      engagements(
        'Trade Minister Ana Ruiz met Chilean Foreign Minister Luis Soto on Monday in Santiago, where she had arrived on Sunday.',
        '2026-10-16',
      ).map((e) => e[1]),
    ).toEqual(['2026-10-12']);
  });
});

describe('talks told after the news they led to', () => {
  // 2026-11-12 is a Thursday
  it('dates talks held by people named after ", after" on the day of the news', () => {
    expect(
      engagements(
        'Peru and Chile agreed on Wednesday on a timetable for their pact, after Trade Minister Ana Ruiz and Chilean Foreign Minister Luis Soto held talks in Lima.',
        '2026-11-12',
      ),
    ).toEqual([['meeting', '2026-11-11', 'Ana Ruiz, Luis Soto']]);
  });

  it('gives no day to talks the clause places in an earlier month', () => {
    expect(
      engagements(
        'Peru and Chile agreed on Wednesday on a timetable for their pact, after Trade Minister Ana Ruiz and Chilean Foreign Minister Luis Soto held talks in Lima in October.',
        '2026-11-12',
      ),
    ).toEqual([]);
  });
});

describe('a meeting skipped or only scheduled', () => {
  it('is not one that took place', () => {
    expect(
      engagements(
        'Ana Ruiz left Lima that night and skipped Tuesday’s sessions, including a scheduled meeting with President Luis Vega.',
        '2026-06-05',
      ),
    ).toEqual([]);
    expect(
      engagements('President Ana Ruiz missed her meeting with President Luis Vega.', '2026-06-05'),
    ).toEqual([]);
  });

  it('is one when what was missed is something else', () => {
    expect(
      engagements(
        'President Ana Ruiz missed the gala but held a meeting with President Luis Vega on Tuesday.',
        '2026-06-05',
      ),
    ).toEqual([['meeting', '2026-06-02', 'Ana Ruiz, Luis Vega']]);
  });
});

describe('one call told in two readouts, each headed by its day', () => {
  // 2026-04-15 is a Wednesday
  const text = [
    'The Ruiz-Vega call, as told in each capital',
    'President Ana Ruiz and President Luis Vega spoke by phone on Tuesday. Both sides issued readouts. Here are the main passages.',
    "LIMA'S VERSION (President's Office, April 14, 2026)",
    'President Ana Ruiz today spoke with President Luis Vega of Chile. The leaders reviewed progress on copper. They agreed to stay in close contact. The President noted the duty on grapes. Officials will meet next month.',
    "SANTIAGO'S VERSION (Foreign Ministry, April 14)",
    'On the evening of 14 April, President Luis Vega held a telephone conversation with President Ruiz at the request of the latter. Vega said the two countries should be partners.',
  ].join('\n\n');

  it('reads "today" under a heading as the heading’s day, and the call once', () => {
    expect(engagements(text, '2026-04-15')).toEqual([
      ['call', '2026-04-14', 'Ana Ruiz, Luis Vega'],
    ]);
  });
});
