import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DetenteError } from '../core/errors.ts';
import { Duck } from './duckdb.ts';
import { importFlowFiles } from './import.ts';
import { currentGeneration } from './layout.ts';
import { openFlowsView } from './view.ts';

const data = (f: string) => join(import.meta.dirname, 'testdata', f);
let dir: string;
let stamp = 0;
const next = () => `2025010${stamp++}T000000`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flows-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function held(sql: string) {
  const duck = await Duck.open();
  try {
    await openFlowsView(duck, dir);
    return await duck.rows(sql);
  } finally {
    duck.close();
  }
}

describe('flow import', () => {
  it('reads the numeric codes Comtrade and BACI use where ISO has another (842 is the USA)', async () => {
    const file = join(dir, 'baci-comtrade-codes.csv');
    writeFileSync(
      file,
      't,i,j,k,v,q\n2023,842,156,120510,1,\n2023,699,124,100630,2,\n2023,490,124,100630,3,\n',
    );
    const r = await importFlowFiles(join(dir, 'store'), [file], { stamp: next() });
    expect(r.rows).toBe(2);
    expect(r.files[0]?.bad).toBe(1);
    const duck = await Duck.open();
    try {
      await openFlowsView(duck, join(dir, 'store'));
      expect(await duck.rows('SELECT exporter, importer FROM flows ORDER BY value')).toEqual([
        { exporter: 'USA', importer: 'CHN' },
        { exporter: 'IND', importer: 'CAN' },
      ]);
    } finally {
      duck.close();
    }
  });

  it('reads BACI: numeric codes to alpha-3, thousand USD to whole USD, five-digit codes padded', async () => {
    const r = await importFlowFiles(dir, [data('baci.csv')], { stamp: next() });
    expect(r.files[0]?.format).toBe('baci');
    expect(r.rows).toBe(5);
    expect(r.years).toEqual([2022, 2023]);
    const rows = await held(
      'SELECT year, importer, exporter, hs, value, currency, quantity FROM flows ORDER BY year, hs, exporter',
    );
    expect(rows).toEqual([
      {
        year: 2022,
        importer: 'CHN',
        exporter: 'CAN',
        hs: '030612',
        value: 20125,
        currency: 'USD',
        quantity: null,
      },
      {
        year: 2022,
        importer: 'CHN',
        exporter: 'CAN',
        hs: '120510',
        value: 1000500,
        currency: 'USD',
        quantity: 2500,
      },
      {
        year: 2023,
        importer: 'CHN',
        exporter: 'CAN',
        hs: '012051',
        value: 5000,
        currency: 'USD',
        quantity: 1,
      },
      {
        year: 2023,
        importer: 'CHN',
        exporter: 'AUS',
        hs: '120510',
        value: 7500,
        currency: 'USD',
        quantity: null,
      },
      {
        year: 2023,
        importer: 'CHN',
        exporter: 'CAN',
        hs: '230641',
        value: 3000,
        currency: 'USD',
        quantity: 10.5,
      },
    ]);
  });

  it('counts every bad row and reports the first ones with their file line and reason', async () => {
    const r = await importFlowFiles(dir, [data('baci.csv')], { stamp: next() });
    expect(r.bad).toBe(4);
    expect(r.firstBad.map((b) => [b.line, b.reason])).toEqual([
      [5, 'exporter "999" is not an ISO 3166-1 numeric country code'],
      [7, 'value "-4" is not a number of at least 0'],
      [8, 'value "abc" is not a number of at least 0'],
      [9, 'missing columns (the header has 6)'],
    ]);
    // line 6 has a five-digit code, which BACI writes for chapters 01-09: it is read as 012051
  });

  it('keeps rows failing validation out of the data held, and counts blank lines as nothing', async () => {
    const file = join(dir, 'mixed.csv');
    // a blank line, a bad exporter, a year out of range, then good rows
    writeFileSync(
      file,
      't,i,j,k,v,q\n2023,124,156,120510,1,\n\n2023,999,156,120510,2,\n1800,124,156,120510,3,\n2024,842,156,230641,4,\n',
    );
    const r = await importFlowFiles(dir, [file], { stamp: next() });
    expect([r.rows, r.bad]).toEqual([2, 2]);
    expect(r.firstBad.map((b) => b.line)).toEqual([4, 5]);
    expect(r.years).toEqual([2023, 2024]);
    const generation = currentGeneration(dir) ?? '';
    expect(readdirSync(generation).sort()).toEqual(['year=2023', 'year=2024']);
    expect(await held('SELECT year, value FROM flows ORDER BY year')).toEqual([
      { year: 2023, value: 1000 },
      { year: 2024, value: 4000 },
    ]);
  });

  it('reads the Comtrade API fields, keeping only import flows and naming the others', async () => {
    const r = await importFlowFiles(dir, [data('comtrade-api.csv')], { stamp: next() });
    expect(r.files[0]?.format).toBe('comtrade-api');
    expect(r.rows).toBe(2);
    expect(r.firstBad.map((b) => [b.line, b.reason])).toEqual([
      [3, 'flow "X" is not an import (M): only the importer\'s reports are read'],
      [4, 'exporter "W00" is not an ISO 3166-1 alpha-3 country code'],
      [5, 'product code "TOTAL" is not an HS6 code (6 digits)'],
    ]);
    const rows = await held('SELECT exporter, hs, value FROM flows ORDER BY hs');
    expect(rows).toEqual([
      { exporter: 'AUS', hs: '030612', value: 1235 },
      { exporter: 'CAN', hs: '120510', value: 3500000000 },
    ]);
  });

  it('reads the legacy Comtrade bulk header, with quoted descriptions holding commas', async () => {
    const r = await importFlowFiles(dir, [data('comtrade-legacy.csv')], { stamp: next() });
    expect(r.files[0]?.format).toBe('comtrade-legacy');
    expect(r.rows).toBe(2);
    expect(r.bad).toBe(1);
    expect(r.firstBad[0]?.line).toBe(3);
    const rows = await held('SELECT importer, exporter, hs, value FROM flows ORDER BY hs');
    expect(rows).toEqual([
      { importer: 'CHN', exporter: 'AUS', hs: '030612', value: 1501 },
      { importer: 'CHN', exporter: 'CAN', hs: '120510', value: 2700000000 },
    ]);
  });

  it('reads a plain file: provinces, aggregates, currency and source, after comment lines', async () => {
    const r = await importFlowFiles(dir, [data('plain.csv')], { stamp: next() });
    expect(r.rows).toBe(3);
    expect(r.firstBad.map((b) => [b.line, b.reason])).toEqual([
      [6, 'product code "12345" is not an HS code of 2, 4 or 6 digits'],
      [7, 'value "5.5" is not a whole number of at least 0'],
      [8, 'exporter "XX-1" is not an ISO 3166-1 alpha-3 country code'],
    ]);
    const rows = await held(
      'SELECT exporter, exporter_region, hs, value, currency, source FROM flows ORDER BY hs',
    );
    expect(rows).toEqual([
      {
        exporter: 'CAN',
        exporter_region: null,
        hs: '0203',
        value: 389000000,
        currency: 'USD',
        source: 'plain.csv',
      },
      {
        exporter: 'CAN',
        exporter_region: null,
        hs: '03',
        value: 1300000000,
        currency: 'CAD',
        source: 'plain.csv',
      },
      {
        exporter: 'CAN',
        exporter_region: 'CA-SK',
        hs: '120510',
        value: 2200000000,
        currency: 'CAD',
        source: 'a note',
      },
    ]);
  });

  it('replaces the years a new import holds and keeps the others', async () => {
    await importFlowFiles(dir, [data('baci.csv')], { stamp: next() });
    const r = await importFlowFiles(dir, [data('comtrade-legacy.csv'), data('plain.csv')], {
      stamp: next(),
    });
    expect(r.years).toEqual([2019, 2024]);
    expect(r.held).toEqual([2019, 2022, 2023, 2024]);
    const rows = await held('SELECT year, count(*) AS n FROM flows GROUP BY year ORDER BY year');
    expect(rows).toEqual([
      { year: 2019, n: 2 },
      { year: 2022, n: 2 },
      { year: 2023, n: 3 },
      { year: 2024, n: 3 },
    ]);
  });

  it('leaves the data held intact when an import fails', async () => {
    await importFlowFiles(dir, [data('baci.csv')], { stamp: next() });
    const before = currentGeneration(dir);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 't,i,j,k,v,q\n2024,999,156,120510,1,\n');
    await expect(importFlowFiles(dir, [data('plain.csv'), bad], { stamp: next() })).rejects.toThrow(
      /no valid rows|nothing imported/,
    );
    await expect(
      importFlowFiles(dir, [data('plain.csv')], { stamp: next(), strict: true }),
    ).rejects.toThrow(/3 bad row\(s\) and --strict/);
    await expect(
      importFlowFiles(dir, [join(dir, 'missing.csv')], { stamp: next() }),
    ).rejects.toThrow(DetenteError);
    expect(currentGeneration(dir)).toBe(before);
    expect(existsSync(join(dir, 'flows', 'CURRENT'))).toBe(true);
    expect(readFileSync(join(dir, 'flows', 'CURRENT'), 'utf8')).toContain('g-');
    const rows = await held('SELECT count(*) AS n FROM flows');
    expect(rows).toEqual([{ n: 5 }]);
  });

  it('refuses a file whose header matches no format, naming the formats it knows', async () => {
    const odd = join(dir, 'odd.csv');
    writeFileSync(odd, 'a,b,c\n1,2,3\n');
    await expect(importFlowFiles(dir, [odd], { stamp: next() })).rejects.toThrow(
      /unknown flow file header "a,b,c"; expected the columns of baci \(t, i, j, k, v\)/,
    );
  });
});
