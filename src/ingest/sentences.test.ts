import { describe, expect, it } from 'vitest';
import { buildDoc, isHeadline } from './doc.ts';
import { findQuoted, splitSentences } from './sentences.ts';

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

  it('ends a sentence at a line break after an abbreviation or an initial', () => {
    expect(split('The call began at 9 a.m.\nOfficials said little.')).toEqual([
      'The call began at 9 a.m.',
      'Officials said little.',
    ]);
    expect(split('Duties rise on goods from the U.S.\nBeijing acted first.')).toHaveLength(2);
    expect(split('Talks ended at 6 p.m.\n\nThe ministers left.')).toHaveLength(2);
  });

  it('keeps a line holding only a time stamp in the paragraph of the entry it heads', () => {
    const text =
      'Live desk\n\n08:47 BST\nKyle spoke with Greer.\n\n7:15 a.m.\nLi met Ruiz.\n14:30\nNo news.';
    const paragraphs = splitSentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph]);
    const of = (sentence: string) => paragraphs.find(([t]) => t === sentence)?.[1];
    expect(of('08:47 BST')).toBe(of('Kyle spoke with Greer.'));
    expect(of('7:15 a.m.')).toBe(of('Li met Ruiz.'));
    expect(of('14:30')).toBe(of('No news.'));
    expect(of('Kyle spoke with Greer.')).not.toBe(of('Li met Ruiz.'));
    expect(of('Live desk')).not.toBe(of('08:47 BST'));
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

describe('round 10: a single capital before a pronoun', () => {
  it('ends a sentence at "X." when a pronoun opens the next one', () => {
    expect(split('The envoy wrote in a post on X. He said talks would go on.')).toEqual([
      'The envoy wrote in a post on X.',
      'He said talks would go on.',
    ]);
    expect(split('Ottawa chose Plan B. They agreed in May.')).toHaveLength(2);
    expect(split('Trade envoy Rosa M. Ibarra spoke.')).toHaveLength(1);
  });
});

describe('round 10: the lines that open a text', () => {
  const headlines = (text: string) => {
    const doc = buildDoc(text, '2026-01-01', []);
    return doc.sentences
      .filter((_, i) => isHeadline(doc, i))
      .map((s) => text.slice(s.start, s.end));
  };

  it('reads every line before the first sentence as a headline', () => {
    expect(
      headlines(
        'PRESS RELEASE\nMinistry of Foreign Trade\n\nPeru and Chile hold trade talks\n\nThe two sides met in Lima on Monday.',
      ),
    ).toEqual(['PRESS RELEASE', 'Ministry of Foreign Trade', 'Peru and Chile hold trade talks']);
  });

  it('takes no headline from a line that leads on to a list, nor from the last line', () => {
    expect(
      headlines('Decree No. 4\n\nThe duties are set as follows:\nI. Wine: 30%;\nII. Apples: 20%.'),
    ).toEqual(['Decree No. 4']);
    expect(headlines('Peru and Chile hold trade talks\n\nNo date was set')).toEqual([
      'Peru and Chile hold trade talks',
    ]);
  });
});

describe('round 11: company forms', () => {
  it('does not end a sentence at the legal form of a company', () => {
    expect(
      split(
        'The mills, Tanjung Paper Sdn. Bhd. and Delta Pty. Ltd., filed the petition. It was heard.',
      ),
    ).toHaveLength(2);
    expect(split('Kaveri Tiles Pvt. Ltd. (India): 12.1%\nAll others: 30%')).toHaveLength(2);
  });
});

describe('round 13: sentence ends', () => {
  it('ends a sentence at a full stop typed with no space after it, before a word', () => {
    expect(split('Acme pays 10%, and all others 20%.The duties apply from May 10.')).toEqual([
      'Acme pays 10%, and all others 20%.',
      'The duties apply from May 10.',
    ]);
    expect(split('See e.g.The list. U.S.Steel rose.')).toHaveLength(2);
    expect(split('Visit trade.gov.COM today.')).toHaveLength(1);
  });

  it('does not end a sentence at "Ste." or "Mt." in a place name', () => {
    expect(
      split('Mills in Sault Ste. Marie and Mt. Pearl lost orders. Ottawa acted.'),
    ).toHaveLength(2);
  });

  it('finds quotations in single curly marks, never closing at an apostrophe', () => {
    const text = 'She said ‘the exporters’ council and China’s ministry agree’, and left.';
    expect(findQuoted(text).map((q) => text.slice(q.start, q.end))).toEqual([
      '‘the exporters’ council and China’s ministry agree’',
    ]);
    expect(findQuoted('The growers’ union met. China’s envoy left.')).toEqual([]);
  });
});

describe('round 18: joined initials', () => {
  it('does not end a sentence at initials before a name, but does before an article or a pronoun', () => {
    expect(
      split('Goyal met H.H. Sheikh Omar in the O.R. Nkosi Building on Monday. Talks went on.'),
    ).toHaveLength(2);
    expect(split('The duty applies to goods from the U.A.E. The ministry said so.')).toHaveLength(
      2,
    );
    expect(split('Tariffs rose in the P.R.C. They fell elsewhere.')).toHaveLength(2);
  });
});

describe('round 23: a time stamp opening the line of its entry', () => {
  it('sets the time apart, in the paragraph of the words after it', () => {
    const text =
      'Live desk\n16:05 President Ana Okoro spoke. She left.\n17:10 - The ministry said so.';
    expect(split(text)).toEqual([
      'Live desk',
      '16:05',
      'President Ana Okoro spoke.',
      'She left.',
      '17:10',
      'The ministry said so.',
    ]);
    const paragraphs = splitSentences(text).map((s) => s.paragraph);
    expect(paragraphs[1]).toBe(paragraphs[2]);
  });

  it('leaves a time with its zone, and a time inside a sentence, as they are', () => {
    expect(split('12:55 BST\nAt lunchtime the envoy came.')).toEqual([
      '12:55 BST',
      'At lunchtime the envoy came.',
    ]);
    expect(split('The vote closed at 16:05 Tuesday.')).toEqual([
      'The vote closed at 16:05 Tuesday.',
    ]);
  });
});

describe('a month written short at the end of a name', () => {
  it('ends the sentence unless a day or a year follows: "Han Jun. The two …", "Jun. 5"', () => {
    const text =
      'Minister Ana Ruiz held a call with Han Jun. The two agreed. BEIJING, Jun. 5 - Talks began.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Minister Ana Ruiz held a call with Han Jun.',
      'The two agreed.',
      'BEIJING, Jun. 5 - Talks began.',
    ]);
  });
});
