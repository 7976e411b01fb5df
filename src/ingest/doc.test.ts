import { describe, expect, it } from 'vitest';
import { buildDoc } from './doc.ts';

const dateline = (text: string) => buildDoc(text, '2026-01-20', []).dateline;

describe('the dateline of a text', () => {
  it('reads the city before a dash spaced or set close, a date and an agency between', () => {
    for (const [text, place, end] of [
      ['LIMA -- The Finance Ministry said.', 'LIMA', 8],
      ['LIMA - The Finance Ministry said.', 'LIMA', 7],
      ['LIMA—The Finance Ministry said.', 'LIMA', 5],
      ['LIMA\x97The Finance Ministry said.', 'LIMA', 5],
      ['OTTAWA, Jan 20—Mexico’s minister arrived.', 'OTTAWA', 15],
      ['BEIJING (Wire)–Canada’s minister arrived.', 'BEIJING', 15],
      ['NEW YORK — Shares fell.', 'NEW YORK', 11],
    ] as const) {
      expect(dateline(text)).toMatchObject({ place, end });
    }
  });

  it('reads none where a dash set close joins words, or no dash follows the capitals', () => {
    expect(dateline('EU—China talks resumed on Monday.')).toBeNull();
    expect(dateline('USMCA-compliant goods stay exempt.')).toBeNull();
    expect(dateline('CANOLA TARIFFS\n\nChina imposed duties.')).toBeNull();
  });
});
