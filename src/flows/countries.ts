/**
 * Country codes for flow files, from i18n-iso-countries: ISO 3166-1 numeric (BACI) and alpha-3
 * (Comtrade, plain files) to alpha-3, and the alpha-2 prefix of a sub-national ISO 3166-2 code
 * (CA-SK) to its country. Loaded into DuckDB as one lookup table keyed by kind and code.
 */
import countries from 'i18n-iso-countries';
import type { Duck } from './duckdb.ts';

/** Key prefixes of the lookup table. */
export const NUMERIC = 'N:';
export const ALPHA3 = 'A3:';
export const ALPHA2 = 'A2:';

/**
 * Numeric codes that UN Comtrade, and BACI after it, use where ISO 3166-1 has another number
 * (their country lists give these with the ISO alpha-3 code). "Other Asia, nes" (490) has no
 * ISO code and stays a reported bad row.
 */
export const COMTRADE_NUMERIC: Readonly<Record<number, string>> = {
  251: 'FRA', // France incl. Monaco (ISO 250)
  579: 'NOR', // Norway incl. Svalbard and Jan Mayen (ISO 578)
  699: 'IND', // India (ISO 356)
  757: 'CHE', // Switzerland incl. Liechtenstein (ISO 756)
  842: 'USA', // USA incl. Puerto Rico and the US Virgin Islands (ISO 840)
};

/** Every (key, alpha-3) pair the lookup table holds. */
export function countryKeys(): [string, string][] {
  const out: [string, string][] = Object.entries(COMTRADE_NUMERIC).map(([num, a3]) => [
    `${NUMERIC}${num}`,
    a3,
  ]);
  for (const [num, a2] of Object.entries(countries.getNumericCodes())) {
    const alpha3 = countries.numericToAlpha3(num);
    if (!alpha3) continue;
    out.push([`${NUMERIC}${Number(num)}`, alpha3], [`${ALPHA3}${alpha3}`, alpha3]);
    out.push([`${ALPHA2}${a2}`, alpha3]);
  }
  return out;
}

/**
 * Creates the temporary tables `country_codes(key, alpha3)` and `country_numeric(code, alpha3)`
 * on the connection: the second holds the numeric keys of the first as integers, which DuckDB
 * joins faster than text keys built row by row (BACI files use it).
 */
export async function loadCountryCodes(duck: Duck): Promise<void> {
  await duck.run(
    'CREATE OR REPLACE TEMP TABLE country_codes (key VARCHAR PRIMARY KEY, alpha3 VARCHAR)',
  );
  const appender = await duck.connection.createAppender('country_codes');
  for (const [key, a3] of countryKeys()) {
    appender.appendVarchar(key);
    appender.appendVarchar(a3);
    appender.endRow();
  }
  appender.closeSync();
  await duck.run(
    'CREATE OR REPLACE TEMP TABLE country_numeric (code INTEGER PRIMARY KEY, alpha3 VARCHAR)',
  );
  const numeric = await duck.connection.createAppender('country_numeric');
  for (const [key, a3] of countryKeys()) {
    if (!key.startsWith(NUMERIC)) continue;
    numeric.appendInteger(Number(key.slice(NUMERIC.length)));
    numeric.appendVarchar(a3);
    numeric.endRow();
  }
  numeric.closeSync();
}
