import { describe, expect, it } from 'vitest';
import { isDetenteError } from '../core/errors.ts';
import { extract } from './extract.ts';
import { MAX_TEXT_CHARS, prepareText } from './text.ts';

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
