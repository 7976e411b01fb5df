import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_DOSSIER } from './builtin.ts';
import type { Catalog } from './catalog.ts';
import { openDossier } from './catalog.ts';
import { FLOWS_SAMPLE, coverage, importFlows } from './flows.ts';

let catalog: Catalog;
let dir: string;
beforeAll(async () => {
  catalog = openDossier(BUILTIN_DOSSIER);
  dir = mkdtempSync(join(tmpdir(), 'flows-service-'));
  await importFlows(dir, [FLOWS_SAMPLE], { stamp: '20250101T000000' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built-in sample of flows', () => {
  it('copies each row from a published trade figure of the dossier, with its currency and source', () => {
    const rows = readFileSync(FLOWS_SAMPLE, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.length).toBe(7);
    for (const [year, exporter, importer, , value, , currency, source] of rows) {
      const id = source?.split(':')[0] ?? '';
      const figure = catalog.dossier['trade-figures'].find((f) => f.id === id);
      expect(figure, id).toBeDefined();
      expect(figure?.basis).toBe('published-aggregate');
      expect(figure?.value).toEqual({ amount: Number(value), currency });
      expect(figure?.exporter).toBe(exporter);
      expect(figure?.importer).toBe(importer);
      expect(figure?.period.slice(0, 4)).toBe(year);
      const cited = /\[([a-z0-9-]+)\]$/.exec(source ?? '')?.[1];
      expect(figure?.sources).toContain(cited);
    }
  });
});

describe("coverage of China's March 2025 tariffs on the sample", () => {
  it('weighs 2024 trade by the 287 days of 2025 they ran, and in 2026 by the days they were levied', async () => {
    const r = await coverage(catalog, dir, {
      measures: ['chn-2025-annex1-100', 'chn-2025-annex2-25'],
      today: '2026-06-01',
    });
    expect(r.baseYear).toBe(2024);
    expect(r.years).toEqual([2025, 2026]);
    expect(r.measures.map((m) => [m.id, m.covered])).toEqual([
      ['chn-2025-annex1-100', [{ currency: 'CAD', value: 921_000_000 + 1_500_000 + 306_000_000 }]],
      ['chn-2025-annex2-25', [{ currency: 'CAD', value: 1_300_000_000 + 389_000_000 }]],
    ]);
    expect(r.byYear).toEqual([
      { year: 2025, currency: 'CAD', value: Math.round((2_917_500_000 * 287) / 365) },
      // canola meal (2306.41) and peas (0713.10) suspended from 2026-03-01: 59 of 365 days;
      // rapeseed oil, pork and the seafood aggregate (lobsters and crabs are only part of it)
      // stay levied all year
      {
        year: 2026,
        currency: 'CAD',
        value: Math.round(
          1_500_000 + 1_300_000_000 + 389_000_000 + ((921_000_000 + 306_000_000) * 59) / 365,
        ),
      },
    ]);
    expect(r.measures.find((m) => m.id === 'chn-2025-annex1-100')?.lifts).toEqual([
      { by: 'chn-2026-suspension-annex-goods', start: '2026-03-01', end: '2027-01-01' },
    ]);
    // canola seed (C$4.0 bn) was not on the March list: 2,917.5 of 6,917.5 million
    expect(r.pairs).toEqual([
      {
        importer: 'CHN',
        exporter: 'CAN',
        currency: 'CAD',
        covered: 2_917_500_000,
        total: 6_917_500_000,
        shareBp: 4218,
      },
    ]);
  });

  it('names a measure it does not know, and refuses a suspension', async () => {
    await expect(
      coverage(catalog, dir, { measures: ['nope'], today: '2026-01-01' }),
    ).rejects.toThrow('no measure nope');
    await expect(
      coverage(catalog, dir, {
        measures: ['chn-2026-suspension-annex-goods'],
        today: '2026-01-01',
      }),
    ).rejects.toThrow(/levies no duty of its own/);
  });
});
