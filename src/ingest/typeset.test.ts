import { describe, expect, it } from 'vitest';
import { isDetenteError } from '../core/errors.ts';
import { closeDashes, curlyMarks, hardWrap, parseTypesets, typeset, webPage } from './typeset.ts';

describe('typesetting a labelled text', () => {
  it('sets curly quotes and apostrophes, spaced long dashes and the ellipsis', () => {
    expect(
      curlyMarks(`"It's the farmers' year," she said - and 'we' agreed -- then... ("yes")`),
    ).toBe(`“It’s the farmers’ year,” she said — and ‘we’ agreed — then… (“yes”)`);
  });

  it('sets a long dash close for a spaced hyphen, double hyphen or long dash', () => {
    expect(closeDashes('BEIJING - Talks -- and more — ended. Canada-China ties')).toBe(
      'BEIJING—Talks—and more—ended. Canada-China ties',
    );
  });

  it('breaks each line before the word that would pass the width, words and lines kept', () => {
    const text = 'one two three four five six seven eight nine ten\n\nshort line';
    const wrapped = hardWrap(text, 14);
    expect(wrapped).toBe('one two three\nfour five six\nseven eight\nnine ten\n\nshort line');
    expect(wrapped.replaceAll('\n', ' ')).toBe(text.replaceAll('\n', ' '));
  });

  it('applies the forms in turn, and leaves HTML alone', () => {
    expect(typeset(`It's a "test" of it - all`, ['curly', 'close-dashes'], '2026-01-01')).toBe(
      'It’s a “test” of it—all',
    );
    expect(typeset('<p>It\'s "HTML"</p>', ['curly'], '2026-01-01')).toBe('<p>It\'s "HTML"</p>');
  });

  it('sets a text as a news page pasted whole gives it', () => {
    expect(webPage('Headline\n\nOne.\n\nTwo.\n\nThree.', '2026-07-16').split('\n\n')).toEqual([
      'By Staff Writer',
      'Headline',
      'Published July 16, 2026 at 9:14 a.m. ET',
      'One.',
      'Two.',
      'Advertisement',
      'Three.',
      'Related: Five things to know about trade this week',
      'Share this article',
    ]);
  });

  it('reads a list of forms and refuses one it does not know, naming it', () => {
    expect(parseTypesets('curly,wrap-72')).toEqual(['curly', 'wrap-72']);
    try {
      parseTypesets('curly,bold');
      expect.unreachable();
    } catch (e) {
      expect(isDetenteError(e) && e.id).toBe('invalid_argument');
      expect(String(e)).toContain('"bold"');
    }
  });
});
