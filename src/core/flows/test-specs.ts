/** A coverage spec for tests: China's measure on Canadian chapter 03 from 2025-03-20, open-ended. */
import type { CoverageSpec } from './coverage-rule.ts';

export const spec = (over: Partial<CoverageSpec>): CoverageSpec => ({
  id: 'm',
  importer: 'CHN',
  origins: ['CAN'],
  except: [],
  include: ['03'],
  exclude: [],
  start: '2025-03-20',
  end: null,
  lifts: [],
  ...over,
});
