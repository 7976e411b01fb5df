import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmartSupplier } from '../core/flows/smart.ts';
import { WITS_DEFAULTS, smartLine } from '../core/flows/smart.ts';
import { linearCut } from '../core/flows/tariff-cuts.ts';
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

describe('simulating a whole schedule', () => {
  const partners = ['CAN', 'AUS', 'USA', 'FRA', 'BRA'];
  const products = ['230641', '151411', '071310', '030611', '020322', '120510', '870380'];

  it('gives what a supplier-by-supplier run of SMART on duty-engine tariffs gives', async () => {
    const store = mkdtempSync(join(tmpdir(), 'flows-simulate-schedule-'));
    try {
      const file = join(store, 'chn.csv');
      const rows = products.flatMap((hs, i) =>
        partners.map((exporter, j) => ({
          hs,
          exporter,
          value: 1_000_000 * (1 + ((i * 7 + j * 3) % 11)),
        })),
      );
      writeFileSync(
        file,
        `year,exporter,importer,hs6,value,currency\n${rows
          .map((r) => `2024,${r.exporter},CHN,${r.hs},${r.value},CAD`)
          .join('\n')}\n`,
      );
      await importFlows(store, [file], { stamp: '20250101T000000' });
      const r = await simulate(catalog, store, {
        importer: 'CHN',
        scenario: { kind: 'linear', cutBp: 5000 },
        on: '2025-06-01',
      });
      // the reference: every flow's tariff from the duty engine, SMART line by line
      const rate = (line: string, origin: string) => {
        const a = catalog.duty.lookup({ line, origin, destination: 'CHN', date: '2025-06-01' });
        return a.kind === 'line'
          ? a.total.bp
          : a.lines.reduce((x, l) => x + l.total.bp, 0) / a.lines.length;
      };
      let creation = 0;
      let revenueBefore = 0;
      const byExporter = new Map<string, number>();
      for (const hs of products) {
        const suppliers = rows
          .filter((x) => x.hs === hs)
          .map((x) => {
            const t0 = rate(hs, x.exporter);
            return { exporter: x.exporter, imports: x.value, t0, t1: linearCut(t0, 5000) };
          });
        const line = smartLine(suppliers, WITS_DEFAULTS);
        creation += line.creation;
        revenueBefore += line.revenueBefore;
        for (const e of line.suppliers)
          byExporter.set(e.exporter, (byExporter.get(e.exporter) ?? 0) + e.total);
      }
      expect(r.flows).toBe(rows.length);
      expect(r.lines).toBe(products.length);
      expect(r.totals[0]?.creation).toBe(Math.round(creation));
      expect(r.totals[0]?.revenueBefore).toBe(Math.round(revenueBefore));
      // Canada pays China's extra duties on some lines, so its tariffs differ from the others'
      expect(r.byExporter.find((e) => e.exporter === 'CAN')?.total).toBe(
        Math.round(byExporter.get('CAN') ?? 0),
      );
      for (const e of r.byExporter)
        expect(e.total, e.exporter).toBe(Math.round(byExporter.get(e.exporter) ?? 0));
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });

  it('may pool suppliers paying the same tariffs: each effect is proportional to trade', () => {
    const tariff = fc.constantFrom(0, 500, 1000, 2500, 10_500);
    const supplier = fc.record({
      imports: fc.integer({ min: 1, max: 1_000_000_000 }),
      t0: tariff,
      t1: tariff,
    });
    fc.assert(
      fc.property(fc.array(supplier, { minLength: 1, maxLength: 12 }), (raw) => {
        const suppliers: SmartSupplier[] = raw.map((x, i) => ({ exporter: `S${i}`, ...x }));
        const whole = smartLine(suppliers, WITS_DEFAULTS);
        const keys = [...new Set(suppliers.map((x) => `${x.t0}:${x.t1}`))];
        const pools = keys.map((k, i) => {
          const members = suppliers.filter((x) => `${x.t0}:${x.t1}` === k);
          const [t0, t1] = k.split(':').map(Number) as [number, number];
          const imports = members.reduce((a, x) => a + x.imports, 0);
          return { exporter: `P${i}`, imports, t0, t1 };
        });
        const pooled = smartLine(pools, WITS_DEFAULTS);
        const close = (a: number, b: number) =>
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a)));
        for (const f of [
          'creation',
          'diversion',
          'price',
          'total',
          'revenueBefore',
          'revenueAfter',
          'welfare',
        ] as const)
          close(pooled[f], whole[f]);
        for (const [i, x] of suppliers.entries()) {
          const pool = pooled.suppliers[keys.indexOf(`${x.t0}:${x.t1}`)];
          const own = whole.suppliers[i];
          const share = x.imports / (pool?.imports ?? 1);
          close((pool?.creation ?? 0) * share, own?.creation ?? 0);
          close((pool?.diversion ?? 0) * share, own?.diversion ?? 0);
          close((pool?.total ?? 0) * share, own?.total ?? 0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
