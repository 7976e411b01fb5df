/**
 * Builders of valid records for tests: a complete record from the few fields a test cares
 * about. Used by tests only.
 */
import type { BaseRate } from './model/base-rate.ts';
import type { Measure } from './model/measure.ts';

export function measure(fields: Partial<Measure> & Pick<Measure, 'id'>): Measure {
  return {
    title: `measure ${fields.id}`,
    kind: 'surtax',
    imposer: 'CHN',
    targets: { origins: ['CAN'] },
    scope: { include: ['2306'] },
    rate: { bp: 10_000 },
    stacking: { rule: 'add' },
    dates: { effective: '2025-03-20' },
    sources: ['src-test'],
    confidence: 'confirmed',
    ...fields,
  };
}

export function baseRate(fields: Partial<BaseRate> & Pick<BaseRate, 'id' | 'line'>): BaseRate {
  return {
    importer: 'CHN',
    description: `line ${fields.line}`,
    rate: { bp: 500 },
    sources: ['src-test'],
    confidence: 'confirmed',
    ...fields,
  };
}
