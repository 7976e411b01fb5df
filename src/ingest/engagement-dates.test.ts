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
