import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Duck } from './duckdb.ts';
import { importFlowFiles } from './import.ts';
import { synthesizeBaci } from './synth.ts';
import { openFlowsView } from './view.ts';

const dir = mkdtempSync(join(tmpdir(), 'flows-synth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic BACI files', () => {
  it('are deterministic for a seed and differ between seeds', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    const c = join(dir, 'c.csv');
    await synthesizeBaci({ rows: 20_000, seed: 7, out: a });
    await synthesizeBaci({ rows: 20_000, seed: 7, out: b });
    await synthesizeBaci({ rows: 20_000, seed: 8, out: c });
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).not.toBe(readFileSync(c, 'utf8'));
    expect(readFileSync(a, 'utf8').split('\n')[0]).toBe('t,i,j,k,v,q');
  });

  it('import cleanly, skewed: the largest tenth of flows carries most of the value', async () => {
    const file = join(dir, 'skew.csv');
    await synthesizeBaci({ rows: 50_000, seed: 1, out: file, years: [2022, 2024] });
    const r = await importFlowFiles(dir, [file], { stamp: '20250101T000000' });
    expect(r.bad).toBe(0);
    expect(r.rows).toBe(50_000);
    expect(r.years).toEqual([2022, 2023, 2024]);
    const duck = await Duck.open();
    try {
      await openFlowsView(duck, dir);
      const [top] = await duck.rows<{ share: number; self: number; empty: number }>(
        `SELECT (SELECT sum(value) FROM (SELECT value FROM flows ORDER BY value DESC LIMIT 5000))
                / sum(value) AS share,
                count(*) FILTER (WHERE importer = exporter) AS self,
                count(*) FILTER (WHERE quantity IS NULL) / count(*) AS empty
         FROM flows`,
      );
      expect(top?.share).toBeGreaterThan(0.5);
      expect(top?.self).toBe(0);
      expect(top?.empty).toBeGreaterThan(0.05);
      expect(top?.empty).toBeLessThan(0.15);
    } finally {
      duck.close();
    }
  });

  it('refuses a row count that is not a positive whole number', async () => {
    await expect(synthesizeBaci({ rows: 0, seed: 1, out: join(dir, 'x.csv') })).rejects.toThrow(
      /--rows must be a whole number/,
    );
  });
});
