/** The synthetic world of the benchmarks: deterministic, the sizes asked for, valid records. */
import { describe, expect, it } from 'vitest';
import { BaseRateSchema } from '../src/core/model/base-rate.ts';
import { MeasureSchema } from '../src/core/model/measure.ts';
import { syntheticQueries, syntheticWorld } from './synthetic-world.ts';

const small = { seed: 7, countries: 40, hs6: 300, importersWithNationalLines: 4, measures: 1500 };

describe('syntheticWorld', () => {
  it('is the same world for the same seed and another for another seed', () => {
    const a = syntheticWorld(small);
    expect(syntheticWorld(small)).toEqual(a);
    expect(syntheticWorld({ ...small, seed: 8 }).measures).not.toEqual(a.measures);
    const q = syntheticQueries(a, { seed: 1, count: 500 });
    expect(syntheticQueries(a, { seed: 1, count: 500 })).toEqual(q);
  });

  it('has the default sizes and valid, uniquely named records', () => {
    const world = syntheticWorld({ seed: 42 });
    expect(world.countries).toHaveLength(200);
    expect(world.countries).toContain('CHN');
    expect(new Set(world.hs6).size).toBe(5000);
    expect(world.hs6.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(world.hs6.map((c) => c.slice(0, 2))).size).toBeGreaterThan(90);
    expect(world.nationalLines.size).toBe(10);
    for (const lines of world.nationalLines.values()) {
      expect(lines.every((l) => l.length === 8 || l.length === 10)).toBe(true);
      expect(lines.some((l) => l.length === 10)).toBe(true);
    }
    expect(world.measures).toHaveLength(20_000);
    expect(new Set(world.measures.map((m) => m.id)).size).toBe(20_000);
    expect(new Set(world.baseRates.map((b) => b.id)).size).toBe(world.baseRates.length);

    for (let i = 0; i < world.measures.length; i += 40) MeasureSchema.parse(world.measures[i]);
    for (let i = 0; i < world.baseRates.length; i += 400) BaseRateSchema.parse(world.baseRates[i]);
    const rules = new Set(world.measures.map((m) => m.stacking.rule));
    expect([...rules].sort()).toEqual(['add', 'exempt', 'max', 'replace', 'suspend']);
  });

  it('names only earlier measures of the same importer in suspensions and replacements', () => {
    const world = syntheticWorld(small);
    const seen = new Map<string, string>();
    for (const m of world.measures) {
      const s = m.stacking;
      const named = [
        ...(s.rule === 'suspend' || s.rule === 'exempt' || s.rule === 'replace'
          ? (s.measures ?? [])
          : []),
        ...(m.relations?.replaces ?? []),
      ];
      for (const id of named) expect(seen.get(id)).toBe(m.imposer);
      seen.set(m.id, m.imposer);
      MeasureSchema.parse(m);
    }
  });
});
