import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence at an honorific before a name', () => {
    expect(
      split('Sidhu called on the President of India, Smt. Asha Rao, in New Delhi. They spoke.'),
    ).toEqual([
      'Sidhu called on the President of India, Smt. Asha Rao, in New Delhi.',
      'They spoke.',
    ]);
    expect(split('She met H.E. Mr. Omar Haddad on Monday. Talks went well.')).toHaveLength(2);
    expect(split('The Hon. Lena Park spoke first. Others followed.')).toHaveLength(2);
  });

  it('ends a sentence at a full stop before a capital, and a paragraph at a line break', () => {
    expect(split('Tariffs rose. Exports fell.\nA new paragraph.')).toEqual([
      'Tariffs rose.',
      'Exports fell.',
      'A new paragraph.',
    ]);
  });

  it('keeps an initial inside a name, and ends a sentence at a lettered label', () => {
    expect(split('Trade envoy Rosa M. Ibarra spoke. Talks went on.')).toEqual([
      'Trade envoy Rosa M. Ibarra spoke.',
      'Talks went on.',
    ]);
    expect(split('The duty covers the goods on List B. Ottawa answered on Friday.')).toEqual([
      'The duty covers the goods on List B.',
      'Ottawa answered on Friday.',
    ]);
    expect(split('Seoul raised the levy on Grade A. Exporters protested.')).toHaveLength(2);
    expect(split('said exporter K. Rao of Guntur. He was not alone.')).toHaveLength(2);
  });
});
