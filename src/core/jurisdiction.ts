/**
 * Jurisdictions: ISO 3166-1 alpha-3 countries, `EUN` for the EU customs union, and ISO 3166-2
 * regions (`CA-SK`) for sub-national exposure. Country codes come from i18n-iso-countries.
 */
import countries from 'i18n-iso-countries';

const CUSTOMS_UNIONS = new Set(['EUN']);

/** True for an alpha-3 country code the ISO list knows, or a customs union code. */
export function isCountry(code: string): boolean {
  return CUSTOMS_UNIONS.has(code) || (/^[A-Z]{3}$/.test(code) && countries.isValid(code));
}

/** True for a country, a customs union, or a sub-national region of a known country. */
export function isJurisdiction(code: string): boolean {
  if (isCountry(code)) return true;
  const m = /^([A-Z]{2})-[A-Z0-9]{1,3}$/.exec(code);
  return m !== null && countries.isValid(m[1] ?? '');
}
