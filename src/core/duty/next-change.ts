/** Describes the next scheduled change of a duty answer: what starts, what ends, the new total. */
import { formatBp } from '../rate.ts';
import type { IsoDate } from '../dates.ts';
import type { DutyLayer, NextChange } from './answer.ts';
import type { CompiledMeasure } from './compile.ts';
import type { Resolution } from './resolve.ts';

/** True when two resolutions give the same base, layers and total. */
function same(a: Resolution, b: Resolution): boolean {
  if (a.total !== b.total || a.base !== b.base || a.layers.length !== b.layers.length) return false;
  for (let i = 0; i < a.layers.length; i++) {
    const x = a.layers[i] as DutyLayer;
    const y = b.layers[i] as DutyLayer;
    if (x.measureId !== y.measureId || x.bp !== y.bp) return false;
  }
  return true;
}

/** Null when nothing changes between the two resolutions. */
export function describeNextChange(
  date: IsoDate,
  now: Resolution,
  then: Resolution,
  measures: readonly CompiledMeasure[],
): NextChange | null {
  if (same(now, then)) return null;
  const nowIds = new Set(now.layers.map((l) => l.measureId));
  const thenIds = new Set(then.layers.map((l) => l.measureId));
  const started = then.layers.filter((l) => !nowIds.has(l.measureId));
  const ended = now.layers.filter((l) => !thenIds.has(l.measureId));
  const replaces = new Map<string, readonly string[]>();
  for (const cm of measures) replaces.set(cm.id, cm.measure.relations?.replaces ?? []);

  const said = new Set<string>();
  const parts: string[] = [];
  const name = (l: DutyLayer) =>
    l.title.includes(formatBp(l.bp)) ? l.title : `${l.title} (${formatBp(l.bp)})`;
  for (const s of started) {
    const replaced = ended.filter((e) => replaces.get(s.measureId)?.includes(e.measureId));
    replaced.forEach((e) => said.add(e.measureId));
    parts.push(
      replaced.length > 0
        ? `${name(s)} replaces ${replaced.map(name).join(' and ')}`
        : `${name(s)} starts`,
    );
  }
  for (const e of ended) {
    if (said.has(e.measureId)) continue;
    const removal = then.removed.find(
      (r) => 'measureId' in r.layer && r.layer.measureId === e.measureId,
    );
    parts.push(removal ? `${name(e)} ${removal.reason} by ${removal.by}` : `${name(e)} ends`);
  }
  if (now.base?.bp !== then.base?.bp) {
    parts.push(`base rate ${formatBp(now.base?.bp ?? 0)} → ${formatBp(then.base?.bp ?? 0)}`);
  }
  return {
    date,
    total: { bp: then.total },
    started,
    ended,
    description: `${date}: ${parts.join('; ')} (total ${formatBp(now.total)} → ${formatBp(then.total)})`,
  };
}
