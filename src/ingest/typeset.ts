/**
 * Typesetting a labelled text as published text is set, to score the extractor on the forms
 * its labelled sets, typed with straight marks in paragraphs of one line, do not show:
 * `npm run eval:ingest -- <dir> --typeset curly,wrap-72`. Every form changes only how the text
 * is written, never what it says, so the labels hold.
 */
import { DetenteError } from '../core/errors.ts';

/** Curly quotes and apostrophes for straight ones, a spaced long dash for " - ", "…" for "...". */
export function curlyMarks(text: string): string {
  return text
    .replace(/(^|[\s([{—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2')
    .replace(/(^|[\s([{“—-])'/g, '$1‘')
    .replace(/'/g, '’')
    .replace(/ --? /g, ' — ')
    .replace(/\.\.\./g, '…');
}

/** A long dash set close, as American papers set it, for " - ", " -- " and " — ". */
export const closeDashes = (text: string): string => text.replace(/ (?:--?|—) /g, '—');

/** Each line broken before the word that would pass `width` characters, as mail is written. */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The text as a news page pasted whole gives it: a byline above it, the day it was published
 * under its first paragraph (most often its headline), an advertisement's label between two
 * paragraphs halfway, and links to other stories below it.
 */
export function webPage(text: string, published: string): string {
  const [year, month, day] = published.split('-').map(Number);
  const paragraphs = text.trim().split(/\n[ \t]*\n/);
  const [first = '', ...rest] = paragraphs;
  const half = Math.ceil(rest.length / 2);
  return [
    'By Staff Writer',
    first,
    `Published ${MONTHS[(month ?? 1) - 1]} ${day}, ${year} at 9:14 a.m. ET`,
    ...rest.slice(0, half),
    ...(rest.length > 1 ? ['Advertisement'] : []),
    ...rest.slice(half),
    'Related: Five things to know about trade this week',
    'Share this article',
  ].join('\n\n');
}

/** Each form `--typeset` takes, by its name. */
const FORMS = {
  curly: curlyMarks,
  'close-dashes': closeDashes,
  'wrap-60': (t: string) => hardWrap(t, 60),
  'wrap-72': (t: string) => hardWrap(t, 72),
  'wrap-80': (t: string) => hardWrap(t, 80),
  'web-page': webPage,
} satisfies Record<string, (text: string, published: string) => string>;
export type Typeset = keyof typeof FORMS;
/** The forms `--typeset` takes. */
export const TYPESETS = Object.keys(FORMS) as Typeset[];

/**
 * The forms named in a comma-separated list ("curly,wrap-72").
 *
 * @throws DetenteError `invalid_argument` naming a form it does not know.
 */
export function parseTypesets(list: string): Typeset[] {
  return list.split(',').map((name) => {
    const form = TYPESETS.find((t) => t === name.trim());
    if (form === undefined) {
      throw new DetenteError(
        'invalid_argument',
        `unknown typeset "${name}": use one or more of ${TYPESETS.join(', ')}, parted by commas`,
      );
    }
    return form;
  });
}

/** The text, published on `published`, set in each form in turn; a text in HTML is left as it is. */
export function typeset(text: string, forms: readonly Typeset[], published: string): string {
  if (text.trimStart().startsWith('<')) return text;
  return forms.reduce((t, form) => FORMS[form](t, published), text);
}
