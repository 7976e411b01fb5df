/**
 * The flow file formats and how each one's columns become a flow: CEPII BACI (`t,i,j,k,v,q`:
 * ISO numeric codes, value in thousand USD, quantity in metric tons), UN Comtrade (the legacy
 * bulk header and the current API fields; only import flows, as the importer reports them) and
 * a plain CSV (ISO alpha-3, optional sub-national exporter such as CA-SK, currency and source).
 * Each format is a set of SQL expressions over the raw text columns; validation is shared.
 */
import { DetenteError } from '../core/errors.ts';
import { ALPHA2, ALPHA3, NUMERIC } from './countries.ts';

export type FormatName = 'baci' | 'comtrade-api' | 'comtrade-legacy' | 'plain';

/** A format-specific reason to refuse a row: a boolean SQL test and its message. */
export interface Check {
  readonly bad: string;
  readonly message: string;
}

export interface FlowFormat {
  readonly name: FormatName;
  readonly year: string;
  readonly exporterKey: string;
  readonly exporterRaw: string;
  readonly importerKey: string;
  readonly importerRaw: string;
  /**
   * For formats with ISO numeric codes: the codes as INTEGER, or NULL when not a number. A row
   * matches the `country_numeric` table exactly when its `…Key` matches `country_codes`.
   */
  readonly numericCodes?: { readonly exporter: string; readonly importer: string };
  /** The product code as text, normalised (BACI's five-digit codes regain their zero). */
  readonly hs: string;
  /** Allowed product-code lengths. */
  readonly hsLengths: readonly number[];
  /** The value in whole currency units, BIGINT, or NULL when unreadable. */
  readonly value: string;
  readonly valueRaw: string;
  readonly quantity: string;
  readonly quantityRaw: string;
  readonly currency: string;
  readonly source: string;
  readonly region: string;
  readonly checks: readonly Check[];
}

const q = (column: string) => `"${column.replaceAll('"', '""')}"`;
const t = (column: string) => `trim(${q(column)})`;
const int = (column: string) => `TRY_CAST(${t(column)} AS INTEGER)`;
const num = (key: string, column: string) => `'${key}' || CAST(${int(column)} AS VARCHAR)`;
const a3 = (column: string) => `'${ALPHA3}' || upper(${t(column)})`;
const dbl = (column: string) => `TRY_CAST(nullif(${t(column)}, '') AS DOUBLE)`;
const usd = (column: string) => `CAST(round(${dbl(column)}) AS BIGINT)`;

const has = (header: readonly string[], names: readonly string[]) =>
  names.every((n) => header.includes(n));

/** What each format needs in its header, for detection and for the error message. */
export const FORMAT_HEADERS: Record<FormatName, readonly string[]> = {
  baci: ['t', 'i', 'j', 'k', 'v'],
  'comtrade-api': ['refYear', 'reporterISO', 'partnerISO', 'flowCode', 'cmdCode', 'primaryValue'],
  'comtrade-legacy': [
    'Year',
    'Trade Flow',
    'Reporter ISO',
    'Partner ISO',
    'Commodity Code',
    'Trade Value (US$)',
  ],
  plain: ['year', 'exporter', 'importer', 'hs6', 'value'],
};

/** The columns of one Comtrade layout: the importer reports, so its partner is the exporter. */
interface ComtradeColumns {
  readonly name: 'comtrade-api' | 'comtrade-legacy';
  readonly year: string;
  readonly reporter: string;
  readonly partner: string;
  readonly code: string;
  readonly value: string;
  readonly quantity: string;
  readonly flow: string;
  /** the flow code of an import */
  readonly imports: string;
  /** SQL for the message of a row that is not an import */
  readonly flowMessage: string;
}

function comtrade(header: readonly string[], src: string, c: ComtradeColumns): FlowFormat {
  return {
    name: c.name,
    year: t(c.year),
    exporterKey: a3(c.partner),
    exporterRaw: t(c.partner),
    importerKey: a3(c.reporter),
    importerRaw: t(c.reporter),
    hs: t(c.code),
    hsLengths: [6],
    value: usd(c.value),
    valueRaw: t(c.value),
    quantity: header.includes(c.quantity) ? dbl(c.quantity) : 'NULL',
    quantityRaw: header.includes(c.quantity) ? t(c.quantity) : 'NULL',
    currency: "'USD'",
    source: src,
    region: 'NULL',
    checks: [
      {
        bad: `coalesce(${t(c.flow)} <> '${c.imports}', true)`,
        message: c.flowMessage,
      },
    ],
  };
}

/**
 * The format of a file from its header, or `invalid_argument` naming what was found.
 *
 * @example
 * detectFormat(['t', 'i', 'j', 'k', 'v', 'q'], 'BACI_HS17_Y2022.csv').name; // 'baci'
 */
export function detectFormat(header: readonly string[], file: string): FlowFormat {
  const src = `'${file.replaceAll("'", "''")}'`;
  if (has(header, FORMAT_HEADERS.baci)) {
    return {
      name: 'baci',
      year: t('t'),
      exporterKey: num(NUMERIC, 'i'),
      exporterRaw: t('i'),
      importerKey: num(NUMERIC, 'j'),
      importerRaw: t('j'),
      numericCodes: { exporter: int('i'), importer: int('j') },
      hs: `CASE WHEN length(${t('k')}) = 5 THEN '0' || ${t('k')} ELSE ${t('k')} END`,
      hsLengths: [6],
      value: `CAST(round(TRY_CAST(${t('v')} AS DECIMAL(18, 3)) * 1000) AS BIGINT)`,
      valueRaw: t('v'),
      quantity: header.includes('q') ? dbl('q') : 'NULL',
      quantityRaw: header.includes('q') ? t('q') : 'NULL',
      currency: "'USD'",
      source: src,
      region: 'NULL',
      checks: [],
    };
  }
  if (has(header, FORMAT_HEADERS['comtrade-api']))
    return comtrade(header, src, {
      name: 'comtrade-api',
      year: 'refYear',
      reporter: 'reporterISO',
      partner: 'partnerISO',
      code: 'cmdCode',
      value: 'primaryValue',
      quantity: 'qty',
      flow: 'flowCode',
      imports: 'M',
      flowMessage: `'flow "' || coalesce(${t('flowCode')}, '') || '" is not an import (M): only the importer''s reports are read'`,
    });
  if (has(header, FORMAT_HEADERS['comtrade-legacy']))
    return comtrade(header, src, {
      name: 'comtrade-legacy',
      year: 'Year',
      reporter: 'Reporter ISO',
      partner: 'Partner ISO',
      code: 'Commodity Code',
      value: 'Trade Value (US$)',
      quantity: 'Qty',
      flow: 'Trade Flow',
      imports: 'Import',
      flowMessage: `'trade flow "' || coalesce(${t('Trade Flow')}, '') || '" is not Import: only the importer''s reports are read'`,
    });
  if (has(header, FORMAT_HEADERS.plain)) {
    const exporter = t('exporter');
    const region = `regexp_full_match(${exporter}, '[A-Z]{2}-[A-Z0-9]{1,3}')`;
    return {
      name: 'plain',
      year: t('year'),
      exporterKey: `CASE WHEN ${region} THEN '${ALPHA2}' || left(${exporter}, 2) ELSE ${a3('exporter')} END`,
      exporterRaw: exporter,
      importerKey: a3('importer'),
      importerRaw: t('importer'),
      hs: t('hs6'),
      hsLengths: [2, 4, 6],
      value: `CASE WHEN regexp_full_match(${t('value')}, '[0-9]+') THEN TRY_CAST(${t('value')} AS BIGINT) END`,
      valueRaw: t('value'),
      quantity: header.includes('quantity') ? dbl('quantity') : 'NULL',
      quantityRaw: header.includes('quantity') ? t('quantity') : 'NULL',
      currency: header.includes('currency')
        ? `coalesce(nullif(upper(${t('currency')}), ''), 'USD')`
        : "'USD'",
      source: header.includes('source') ? `coalesce(nullif(${t('source')}, ''), ${src})` : src,
      region: `CASE WHEN ${region} THEN ${exporter} END`,
      checks: header.includes('currency')
        ? [
            {
              bad: `NOT regexp_full_match(coalesce(upper(${t('currency')}), 'USD'), '[A-Z]{3}')`,
              message: `'currency "' || ${t('currency')} || '" is not an ISO 4217 code'`,
            },
          ]
        : [],
    };
  }
  const expected = Object.entries(FORMAT_HEADERS)
    .map(([name, cols]) => `${name} (${cols.join(', ')})`)
    .join('; ');
  throw new DetenteError(
    'invalid_argument',
    `${file}: unknown flow file header "${header.join(',')}"; expected the columns of ${expected}`,
  );
}
