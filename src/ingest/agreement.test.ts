import { describe, expect, it } from 'vitest';
import { labelsAsExtraction } from './agreement.ts';
import { ExpectedSchema, score } from './eval.ts';

const labels = ExpectedSchema.parse({
  measures: [
    {
      imposer: 'CHN',
      target: 'CAN',
      products: ['canola oil'],
      rate_percent: 100,
      date_announced: '2025-03-08',
      date_effective: '2025-03-20',
    },
    {
      imposer: 'CHN',
      target: ['CAN'],
      products: ['peas'],
      rate_percent: 0,
      date_announced: null,
      date_effective: null,
    },
  ],
  engagements: [
    { participants: ['Mark Carney', 'CHN'], date: '2025-06-05', kind: 'dialogue' },
    { participants: ['Anita Anand', 'Wang Yi'], date: null, kind: 'meeting' },
  ],
  quotes: [{ speaker: 'Anita Anand', text_start: 'We were frank with each other' }],
});

const agreement = (other: unknown) =>
  score([
    {
      id: '01',
      expected: labels,
      extraction: labelsAsExtraction(ExpectedSchema.parse(other), '2025-06-06'),
    },
  ]).scores;

describe('agreement of two annotators', () => {
  it('agrees in full with the same labels, codes, lifted rates and kinds included', () => {
    const s = agreement(labels);
    for (const row of ['measures', 'engagements', 'quotes.speaker'] as const)
      expect([row, s[row].f1]).toEqual([row, 1]);
    expect(s['measures.date_effective'].correct).toBe(1);
  });

  it('counts a different rate, participant or speaker against the second labels', () => {
    const s = agreement({
      ...labels,
      measures: [{ ...labels.measures[0], rate_percent: 25 }, labels.measures[1]],
      engagements: [
        { participants: ['Mark Carney', 'Li Qiang'], date: '2025-06-05', kind: 'dialogue' },
        labels.engagements[1],
      ],
      quotes: [{ speaker: 'Mark Carney', text_start: 'We were frank' }],
    });
    expect([s.measures.correct, s.engagements.correct, s['quotes.speaker'].correct]).toEqual([
      1, 1, 0,
    ]);
    expect(s.quotes.correct).toBe(1);
  });
});
