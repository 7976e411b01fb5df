/** Speakers' turns: the person each label shape names, and lines that name nobody. */
import { describe, expect, it } from 'vitest';
import { buildDoc } from './doc.ts';
import { speakerTurns } from './turns.ts';

const speakers = (text: string) =>
  speakerTurns(buildDoc(text, '2025-06-18', [])).map((t) => [
    text.slice(t.label.start, t.label.end),
    t.person?.name ?? null,
  ]);

describe('speakerTurns', () => {
  it('reads the person each shape of label names, and nobody for "Q" or "Reporter"', () => {
    expect(
      speakers(
        'Reporter: Will the quota change?\nSpokesperson Lin Hao: We have seen the reports.\nLuis Vega, spokesperson: No.\nQ: Thank you.',
      ),
    ).toEqual([
      ['Reporter', null],
      ['Spokesperson Lin Hao', 'Lin Hao'],
      ['Luis Vega, spokesperson', 'Luis Vega'],
      ['Q', null],
    ]);
  });

  it('reads the name in the brackets of a Hansard label, and a surname in capitals', () => {
    expect(
      speakers(
        'The Secretary of State for Farming (Ana Ruiz): With permission, I will report.\n\nMedia availability with Trade Minister Tom Hale\n\nTRADE MINISTER HALE: Good morning.',
      ).map((s) => s[1]),
    ).toEqual(['Ana Ruiz', 'Tom Hale']);
  });

  it('names nobody for a line that opens with words of its own before its colon', () => {
    expect(
      speakers(
        'At a press conference on Tuesday, ministry spokesperson He Yongqian said: "The ruling stands."',
      ),
    ).toEqual([['At a press conference on Tuesday, ministry spokesperson He Yongqian said', null]]);
  });
});
