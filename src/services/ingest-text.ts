/**
 * Small text helpers of the ingest queue: ids from words, the words of a span, country names,
 * addresses compared.
 */
import countries from 'i18n-iso-countries';

/**
 * Lower-case letters, digits and hyphens, accents dropped, at most `max` characters, cut at a
 * hyphen when it can be.
 *
 * @example
 * slug('Canola oil & oil-cake (Canada)', 20); // 'canola-oil-oil-cake'
 */
export function slug(words: string, max = 40): string {
  const s = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s || 'x';
  const cut = s.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '') || 'x';
}

/** The characters of a half-open span [start, end), clamped to the text. */
export const spanText = (text: string, span: { start: number; end: number }): string =>
  text.slice(Math.max(0, span.start), Math.min(text.length, span.end));

const names = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * A jurisdiction's English name for titles, or its code when none is known.
 *
 * @example
 * jurisdictionName('CHN'); // 'China'
 */
export function jurisdictionName(code: string): string {
  if (code === 'EUN') return 'the EU';
  const alpha2 = /^[A-Z]{3}$/.test(code) ? countries.alpha3ToAlpha2(code) : undefined;
  if (!alpha2) return code;
  try {
    return names.of(alpha2) ?? code;
  } catch {
    return code;
  }
}

/**
 * An address as compared with others: the fragment and a final slash dropped, the host in
 * lower case (as `URL` writes it).
 *
 * @example
 * normalUrl('https://Example.org/news/1/#top'); // 'https://example.org/news/1'
 */
export function normalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href.replace(/\/$/, '');
}
