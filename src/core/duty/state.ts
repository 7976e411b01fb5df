/**
 * What applies to a line on a day: the base in force and the resolution of the measures in
 * force, with a fast path when every measure simply adds its rate; and the next change.
 */
import { fromDayNumber } from '../dates.ts';
import type { DutyLayer, DutyQuery, NextChange, Outcome } from './answer.ts';
import type { CompiledBaseRate, CompiledMeasure } from './compile.ts';
import type { LinePlan } from './line-plan.ts';
import { describeNextChange } from './next-change.ts';
import { resolve } from './resolve.ts';
import type { Resolution } from './resolve.ts';

const NONE: readonly never[] = Object.freeze([]);

export interface State {
  readonly resolution: Resolution;
  readonly outcomes: Outcome[] | undefined;
  readonly conditional: CompiledMeasure[] | null;
}

export function originMatches(cm: CompiledMeasure, origin: string): boolean {
  if (cm.origins !== null && !cm.origins.has(origin)) return false;
  return cm.except.size === 0 || !cm.except.has(origin);
}

/** What applies on a day: the base in force and the resolution of the measures in force. */
export function stateOn(plan: LinePlan, q: DutyQuery, day: number): State {
  let inForce: CompiledMeasure[] | null = null;
  let conditional: CompiledMeasure[] | null = null;
  let simple = true;
  for (const cm of plan.candidates) {
    if (cm.start > day || day >= cm.end || !originMatches(cm, q.origin)) continue;
    const cond = cm.condition;
    if (cond) {
      const stated = q.conditions?.[cond.attribute];
      if (stated === undefined) {
        (conditional ??= []).push(cm);
        continue;
      }
      if (stated !== cond.value) continue;
    }
    (inForce ??= []).push(cm);
    if (!cm.simple) simple = false;
  }
  let base: CompiledBaseRate | null = null;
  for (const b of plan.bases) if (b.start <= day && day < b.end) base = b;
  const baseBp = base ? base.layer.bp : 0;
  if (inForce === null) {
    return {
      resolution: { base: base?.layer ?? null, layers: NONE, removed: NONE, total: baseBp },
      outcomes: undefined,
      conditional,
    };
  }
  if (simple) {
    const layers: DutyLayer[] = [];
    let total = baseBp;
    for (const cm of inForce) {
      layers.push(cm.layer);
      total += cm.layer.bp;
    }
    return {
      resolution: { base: base?.layer ?? null, layers, removed: NONE, total },
      outcomes: undefined,
      conditional,
    };
  }
  const quotas = inForce.filter((cm) => cm.measure.quota !== undefined);
  const resolution = resolve(
    base,
    quotas.length > 0 ? inForce.filter((cm) => !cm.measure.quota) : inForce,
    q.producer,
  );
  if (quotas.length === 0) return { resolution, outcomes: undefined, conditional };
  const inQuota = resolve(base, inForce, q.producer);
  const what = quotas.map(
    ({ measure: { quota } }) => `${quota?.quantity} ${quota?.unit} a ${quota?.period}`,
  );
  const outcomes = [
    {
      label: `within quota (${what.join('; ')})`,
      total: { bp: inQuota.total },
      layers: inQuota.layers,
    },
    { label: 'outside quota', total: { bp: resolution.total }, layers: resolution.layers },
  ];
  return { resolution, outcomes, conditional };
}

/** The first later day on which the answer changes, described. */
export function nextChange(
  plan: LinePlan,
  q: DutyQuery,
  day: number,
  now: Resolution,
): NextChange | null {
  for (const d of plan.changeDays) {
    if (d <= day) continue;
    const then = stateOn(plan, q, d).resolution;
    const change = describeNextChange(fromDayNumber(d), now, then, plan.candidates);
    if (change) return change;
  }
  return null;
}
