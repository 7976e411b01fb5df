import { describe, expect, it } from 'vitest';
import { isDetenteError } from '../core/errors.ts';
import { extract } from './extract.ts';
import { MAX_TEXT_CHARS, prepareText, unwrapLines } from './text.ts';
import { hardWrap } from './typeset.ts';

function invalidText(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isDetenteError(e) && e.id === 'invalid_text') return e.message;
    throw e;
  }
  throw new Error('expected invalid_text');
}

const ENGLISH =
  'China will impose a 100% tariff on Canadian canola oil from March 20, the commerce ministry said on Saturday in Beijing.';

describe('prepareText', () => {
  it('normalises Windows and old Mac line ends to \\n', () => {
    expect(prepareText('one\r\ntwo\rthree').text).toBe('one\ntwo\nthree');
  });

  it('strips HTML markup and decodes entities, keeping the words', () => {
    const p = prepareText(
      '<html><body><p>China imposed <b>tariffs</b> &amp; quotas.</p><p>Second.</p></body></html>',
    );
    expect(p.text).not.toMatch(/<|&amp;/);
    expect(p.text).toContain('China imposed tariffs & quotas.');
    expect(p.warnings.join()).toMatch(/HTML/);
  });

  it('leaves plain text with a stray "<" alone', () => {
    expect(prepareText('Rates < 5% are rare.').text).toBe('Rates < 5% are rare.');
  });

  it('refuses empty and white-space-only text', () => {
    expect(invalidText(() => prepareText(''))).toMatch(/empty/);
    expect(invalidText(() => prepareText(' \n\t '))).toMatch(/empty/);
    expect(invalidText(() => prepareText('<p> </p>'))).toMatch(/empty/);
  });

  it('refuses binary input, naming the problem', () => {
    expect(invalidText(() => prepareText('PK\u0003\u0004\u0000\u0000abc'))).toMatch(/NUL bytes/);
    const garbled = 'ab\ufffd\ufffd\ufffd'.repeat(50);
    expect(invalidText(() => prepareText(garbled))).toMatch(/replacement or control characters/);
  });

  it('refuses text over the size limit and says the limit', () => {
    const big = 'a'.repeat(MAX_TEXT_CHARS + 1);
    expect(invalidText(() => prepareText(big))).toMatch(/2,000,000/);
  });

  it('recognises another language only when the text is long enough to judge', () => {
    const french =
      "Le gouvernement chinois a annoncé samedi l'imposition de droits de douane de cent pour cent sur l'huile de canola canadienne, a déclaré le ministère du Commerce à Pékin dans un communiqué publié sur son site.";
    expect(prepareText(french).language).toBe('fra');
    expect(prepareText(ENGLISH).language).toBeNull();
    expect(prepareText('Bonjour à tous.').language).toBeNull();
  });
});

describe('extract on bad or foreign input', () => {
  it('throws invalid_text for empty text and invalid_date for a bad publication date', () => {
    expect(invalidText(() => extract({ text: '   ', published: '2025-03-08' }))).toMatch(/empty/);
    expect(() => extract({ text: ENGLISH, published: '2025-02-30' })).toThrow(/calendar date/);
  });

  it('returns no candidates, the language and a warning for a text in another language', () => {
    const spanish =
      'El gobierno de China anunció el sábado aranceles del cien por ciento sobre el aceite de canola de Canadá, según un comunicado del ministerio de comercio publicado en Pekín esta mañana.';
    const x = extract({ text: spanish, published: '2025-03-08' });
    expect(x.language).toBe('spa');
    expect(x.candidates).toEqual([]);
    expect(x.warnings.join()).toMatch(/not in English/);
  });

  it('keeps every offset consistent with the stripped text of an HTML input', () => {
    const html =
      '<article><h1>Tariffs</h1><p>China will impose a <b>100%</b> tariff on Canadian <i>canola oil</i> from March 20, the ministry said.</p></article>';
    const x = extract({ text: html, published: '2025-03-08' });
    const m = x.candidates.find((c) => c.type === 'measure');
    expect(m?.type).toBe('measure');
    if (m?.type !== 'measure') return;
    expect(x.text.slice(m.rates[0]?.span.start, m.rates[0]?.span.end)).toBe('100%');
    expect(m.products.map((p) => x.text.slice(p.span.start, p.span.end))).toEqual(['canola oil']);
    expect(m.imposer && x.text.slice(m.imposer.span.start, m.imposer.span.end)).toBe('China');
  });
});

const READOUT = `Minister Ana Ruiz speaks with China's Minister of Commerce

OTTAWA, March 6 - Minister of International Trade Ana Ruiz spoke by phone today with China's Minister of Commerce, Li Wen, about the tariffs both countries keep on each other's goods, including China's 100% tariff on Canadian canola oil and peas.

The ministers agreed to regularize channels of communication and to meet in person before the end of April. "We will keep talking until our farmers are treated fairly," Minister Ruiz said after the call.

China imposed the tariffs on March 20, 2025, after what it called an anti-discrimination investigation.`;

describe('hard-wrapped text', () => {
  it('reads the line breaks inside wrapped paragraphs as spaces, in place', () => {
    for (const width of [60, 72, 80]) {
      const wrapped = hardWrap(READOUT, width);
      expect(wrapped.split('\n').length).toBeGreaterThan(READOUT.split('\n').length + 3);
      const { text, count } = unwrapLines(wrapped);
      expect(text).toBe(READOUT);
      expect(count).toBe(wrapped.split('\n').length - READOUT.split('\n').length);
    }
  });

  it('extracts from a wrapped text what it extracts from the text, with a warning', () => {
    const wrapped = hardWrap(READOUT, 70);
    const a = extract({ text: READOUT, published: '2025-03-06' });
    const b = extract({ text: wrapped, published: '2025-03-06' });
    expect(b.text).toBe(READOUT);
    expect(b.warnings[0]).toMatch(
      /^the text was hard-wrapped: \d+ line breaks inside paragraphs were read as spaces$/,
    );
    expect(a.candidates.map((c) => c.type)).toEqual(
      expect.arrayContaining(['engagement', 'measure', 'quote']),
    );
    expect(b.candidates).toEqual(a.candidates);
  });

  it('keeps the breaks of lists, labels and tables in a wrapped text', () => {
    const paragraph = hardWrap(
      'Ottawa and Beijing have kept their tariffs on each other for more than a year now, and the ministers who met on Monday said they would keep talking about them until the farmers and fishers of both countries are treated fairly by the other side.',
      72,
    );
    const blocks = [
      [
        'The final anti-dumping duty rates, as shares of the export prices, are:',
        '- Jiangsu Hengyuan Aluminium Co., Ltd. and its related companies: 14.6%',
        '- Shandong Nanshan Aluminium Co., Ltd. and all the other exporters: 88.9%',
      ],
      [
        'The ministry listed the goods that it will look at again later in 2026;',
        '1. Passenger cars and light trucks, including the electric ones: 50%;',
        'II. Lithium-ion batteries for electric vehicles and for storage: 20%.',
      ],
      [
        'MINISTER RUIZ: We have said it before and we will say it again to them.',
        'MR. LI: China has always acted within the rules of the trading system.',
      ],
      [
        'Exporter — Dumping margin — Effective rate of interim dumping duty now',
        'Silver Phoenix Precise Copper Co., Ltd. — 12.1% — 12.1% of the price',
      ],
      [
        'Goods named in the notice, which the ministry published on Monday, are:',
        '• Canola oil and oil cakes and meal and the peas from all the provinces',
        '• Pork and aquatic products from Canada, and the other goods it named',
      ],
    ];
    for (const block of blocks) {
      // each break of the block is one where the next word would not have fit the width
      block.slice(1).forEach((next, i) => {
        const n = block[i]?.length ?? 0;
        expect(n + 1 + (next.split(' ')[0]?.length ?? 0)).toBeGreaterThan(72);
      });
      const { text } = unwrapLines(`${paragraph}\n${block.join('\n')}`);
      expect(text).toBe(`${paragraph.replaceAll('\n', ' ')}\n${block.join('\n')}`);
    }
  });

  it('joins a number that the wrapping put first, and leaves a text of long lines alone', () => {
    const wrapped = [
      'The commission extended the tariffs on lobsters and crabs, from March 1 until December',
      "31. The commission pointed to partial adjustments in the other side's rules and said",
      'it would review them under subsections 269TG(1) and (2) of the Customs Act of 1901 and',
      '(3) of the regulations made under it, before the end of the year, the ministry said.',
    ].join('\n');
    expect(unwrapLines(wrapped).text).toBe(wrapped.replaceAll('\n', ' '));
    const unwrapped = `Headline\n\n${READOUT.replaceAll('\n\n', '\n')}`;
    expect(unwrapLines(unwrapped)).toEqual({ text: unwrapped, count: 0 });
  });
});
