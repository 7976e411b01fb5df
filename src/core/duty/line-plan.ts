/**
 * A line plan: everything that could matter for one importer's line, gathered once. The
 * candidate measures (any origin, any date) in input order, the base rates of the most specific
 * schedule line, the measures that cover only part of the line, the schedule lines under it,
 * and the days on which any of it starts or ends. Lookups on the same line reuse the plan.
 */
import type { HsCode } from '../hs.ts';
import type { CompiledBaseRate, CompiledMeasure } from './compile.ts';

export interface LinePlan {
  readonly line: HsCode;
  readonly candidates: readonly CompiledMeasure[];
  readonly bases: readonly CompiledBaseRate[];
  readonly partial: readonly CompiledMeasure[];
  /** Schedule lines under this code when it is not itself a schedule line, else null. */
  readonly sublines: readonly HsCode[] | null;
  /** Sorted days on which a candidate or a base rate starts or ends. */
  readonly changeDays: readonly number[];
  /** The candidates' and base rates' positions, for the typed-array fast path. */
  readonly candidateSeqs: Int32Array;
  readonly baseSeqs: Int32Array;
  /** True when a candidate has an origin rule (the fast path does not handle those). */
  readonly hasCondition: boolean;
}

const bySeq = (a: CompiledMeasure, b: CompiledMeasure) => a.seq - b.seq;

export function makePlan(
  line: HsCode,
  candidates: CompiledMeasure[],
  bases: readonly CompiledBaseRate[],
  partial: readonly CompiledMeasure[],
  sublines: readonly HsCode[] | null,
): LinePlan {
  candidates.sort(bySeq);
  const days = new Set<number>();
  for (const x of [...candidates, ...bases]) {
    if (Number.isFinite(x.start)) days.add(x.start);
    if (Number.isFinite(x.end)) days.add(x.end);
  }
  return {
    line,
    candidates,
    bases,
    partial,
    sublines,
    changeDays: [...days].sort((a, b) => a - b),
    candidateSeqs: Int32Array.from(candidates, (c) => c.seq),
    baseSeqs: Int32Array.from(bases, (b) => b.seq),
    hasCondition: candidates.some((c) => c.condition !== undefined),
  };
}

/** True when the measure's scope covers the line and its exclusions do not. */
export function covers(cm: CompiledMeasure, line: HsCode): boolean {
  if (!cm.prefixes.some((p) => line.startsWith(p))) return false;
  const exclude = cm.scope.exclude;
  return !exclude || !exclude.some((x) => line.startsWith(x));
}
