/**
 * HS codes and product scopes. A code is kept as digits only; punctuation and spaces as
 * written in schedules ("1205.10", "1205 10", "1205.10.90") are removed. 2, 4 and 6 digits are
 * the international Harmonized System; 8 and 10 digits are national lines of an importer.
 */
import { DetenteError } from './errors.ts';

/** Digits only, one of the lengths schedules use. */
export type HsCode = string;

const VALID_LENGTHS = new Set([2, 4, 6, 8, 10]);

/**
 * Normalises an HS code as written in a schedule to digits only, or throws `invalid_hs_code`.
 *
 * @example
 * normalizeHs('1205.10');   // '120510'
 * normalizeHs('0203 22 00 90'); // '0203220090'
 */
export function normalizeHs(input: string): HsCode {
  if (isDigitsOnly(input)) return input;
  const trimmed = input.trim();
  if (trimmed === '') throw new DetenteError('invalid_hs_code', 'HS code is empty');
  if (!/^[0-9][0-9 .-]*$/.test(trimmed)) {
    throw new DetenteError(
      'invalid_hs_code',
      `HS code "${input}" may hold only digits, dots, spaces and hyphens`,
    );
  }
  const digits = trimmed.replace(/[ .-]/g, '');
  if (!VALID_LENGTHS.has(digits.length)) {
    throw new DetenteError(
      'invalid_hs_code',
      `HS code "${input}" has ${digits.length} digits; expected 2, 4, 6, 8 or 10`,
    );
  }
  return digits;
}

/** True for a code already normalised: digits only, of a valid length (the fast path). */
function isDigitsOnly(input: string): boolean {
  const n = input.length;
  if (n !== 2 && n !== 4 && n !== 6 && n !== 8 && n !== 10) return false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Writes a code the way schedules print it: 1205.10, 1205.10.90, 0203.22.00.90. */
export function formatHs(code: HsCode): string {
  if (code.length <= 4) return code;
  const parts = [code.slice(0, 4)];
  for (let i = 4; i < code.length; i += 2) parts.push(code.slice(i, i + 2));
  return parts.join('.');
}

/** What a measure covers: lines that start with an included prefix and with no excluded one. */
export interface ProductScope {
  readonly include: readonly HsCode[];
  readonly exclude?: readonly HsCode[] | undefined;
  /** Plain words for the scope, as the legal text names it ("aquatic products"). */
  readonly label?: string | undefined;
  /** True when the exact lines are not verified and the prefixes approximate the legal text. */
  readonly approximate?: boolean | undefined;
}

/**
 * True when the scope covers the line.
 *
 * @example
 * scopeMatches({ include: ['2306'] , exclude: ['230690'] }, '2306410000'); // true
 */
export function scopeMatches(scope: ProductScope, line: HsCode): boolean {
  if (!scope.include.some((p) => line.startsWith(p))) return false;
  return !(scope.exclude ?? []).some((p) => line.startsWith(p));
}

/** True when some line could fall under both codes (one is a prefix of the other). */
export const codesOverlap = (a: HsCode, b: HsCode): boolean => a.startsWith(b) || b.startsWith(a);

/** True when some line is covered by both scopes. Exclusions are honoured where they are whole. */
export function scopesOverlap(a: ProductScope, b: ProductScope): boolean {
  for (const pa of a.include) {
    for (const pb of b.include) {
      if (!codesOverlap(pa, pb)) continue;
      const narrower = pa.length >= pb.length ? pa : pb;
      const excluded = [...(a.exclude ?? []), ...(b.exclude ?? [])].some((x) =>
        narrower.startsWith(x),
      );
      if (!excluded) return true;
    }
  }
  return false;
}
