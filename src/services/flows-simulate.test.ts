import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_DOSSIER } from './builtin.ts';
import type { Catalog } from './catalog.ts';
import { openDossier } from './catalog.ts';
import { FLOWS_SAMPLE, importFlows } from './flows.ts';
import { simulate } from './flows-simulate.ts';

let catalog: Catalog;
let dir: string;
beforeAll(async () => {
  catalog = openDossier(BUILTIN_DOSSIER);
  dir = mkdtempSync(join(tmpdir(), 'flows-simulate-'));
  const other = join(dir, 'other.csv');
  // Australia also sells China oil-cake; it pays only the 5% MFN rate
  writeFileSync(
    other,
    'year,exporter,importer,hs6,value,currency\n2024,AUS,CHN,230641,300000000,CAD\n',
  );
  await importFlows(dir, [FLOWS_SAMPLE, other], { stamp: '20250101T000000' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('simulating China lifting its 100% tariff (Annex 1)', () => {
  it('creates trade line by line from the stacked duties of the dossier', async () => {
    const r = await simulate(catalog, dir, {
      scenario: { kind: 'remove', measure: 'chn-2025-annex1-100' },
      on: '2025-06-01',
    });
    expect(r.importer).toBe('CHN');
    expect(r.baseYear).toBe(2024);
    const meal = r.byLine.find((l) => l.hs === '230641');
    // Canadian meal: 105% → 5%: 921 m · −1 · −1.00 / 2.05
    expect(meal?.creation).toBe(Math.round(921_000_000 / 2.05));
    // diversion from Australia to Canada, capped by Australia's 300 m, summing to zero
    const can = r.byExporter.find((e) => e.exporter === 'CAN');
    const aus = r.byExporter.find((e) => e.exporter === 'AUS');
    expect(can?.diversion).toBeGreaterThan(0);
    expect(aus?.diversion).toBe(-(can?.diversion ?? 0));
    expect(-(aus?.diversion ?? 0)).toBeLessThanOrEqual(300_000_000);
    expect(r.totals[0]?.diversion).toBe(0);
  });

  it('changes nothing when the new rate is the old one', async () => {
    const r = await simulate(catalog, dir, {
      scenario: { kind: 'change', measure: 'chn-2025-annex1-100', bp: 10_000 },
      on: '2025-06-01',
    });
    expect(r.changed).toBe(0);
    expect(r.totals[0]?.total).toBe(0);
    expect(r.totals[0]?.revenueAfter).toBe(r.totals[0]?.revenueBefore);
  });

  it('refuses a scenario without an importer, and a measure it does not know', async () => {
    await expect(
      simulate(catalog, dir, { scenario: { kind: 'linear', cutBp: 5000 }, on: '2025-06-01' }),
    ).rejects.toThrow(/name the importer/);
    await expect(
      simulate(catalog, dir, { scenario: { kind: 'remove', measure: 'nope' }, on: '2025-06-01' }),
    ).rejects.toThrow('no measure nope');
  });
});
