/**
 * Resolves the measures in force on one line into layers, following each measure's declared
 * stacking rule. Nothing here looks at a measure's kind: precedence is data.
 */
import type { BaseLayer, DutyLayer, RemovalReason, RemovedLayer } from './answer.ts';
import type { CompiledBaseRate, CompiledMeasure } from './compile.ts';

export interface Resolution {
  readonly base: BaseLayer | null;
  readonly layers: readonly DutyLayer[];
  readonly removed: readonly RemovedLayer[];
  readonly total: number;
}

const ALL_OTHERS = /^all others?$/i;

/** The layer of a measure with a rate per producer, for the producer named (or none). */
export function producerLayer(cm: CompiledMeasure, producer: string | undefined): DutyLayer {
  const table = cm.measure.producerRates;
  if (!table || table.length === 0) return cm.layer;
  const fallback = table.find((r) => ALL_OTHERS.test(r.producer));
  const fallbackBp = fallback?.rate.bp ?? cm.measure.rate?.bp ?? 0;
  if (producer !== undefined) {
    const own = table.find((r) => r.producer.toLowerCase() === producer.toLowerCase());
    return own
      ? { ...cm.layer, bp: own.rate.bp, producer: own.producer }
      : { ...cm.layer, bp: fallbackBp, producer: fallback?.producer ?? 'all others' };
  }
  return {
    ...cm.layer,
    bp: fallbackBp,
    byProducer: table.map((r) => ({ producer: r.producer, bp: r.rate.bp })),
  };
}

/**
 * Only layers that add duty can be suspended or exempted; lifting a replacement (a quota rate,
 * a concession) would raise the duty, which is the measure ending, not a suspension.
 */
export const addsDuty = (cm: {
  readonly measure: { readonly stacking: { readonly rule: string } };
}) => cm.measure.stacking.rule === 'add' || cm.measure.stacking.rule === 'max';

const REMOVING_RULES: Partial<Record<string, RemovalReason>> = {
  suspend: 'suspended',
  exempt: 'exempted',
};

/**
 * Applies the declared rules in a fixed order: suspensions and exemptions remove the layers
 * they name; programmes that do not stack keep the one with priority; a `replace` takes the
 * place of what it names (or of everything); then in a `max` group only the highest rate of
 * what is left counts. A group member replaced leaves the group to the others, as a member
 * suspended does, so lifting the replaced one never raises the duty.
 */
export function resolve(
  base: CompiledBaseRate | null,
  inForce: readonly CompiledMeasure[],
  producer: string | undefined,
): Resolution {
  const removed = new Map<string, { reason: RemovalReason; by: string }>();
  const live = (cm: CompiledMeasure) => !removed.has(cm.id);
  const remove = (id: string, reason: RemovalReason, by: string) => {
    if (!removed.has(id)) removed.set(id, { reason, by });
  };
  const byId = new Map<string, CompiledMeasure>();
  for (const cm of inForce) byId.set(cm.id, cm);

  for (const cm of inForce) {
    const s = cm.measure.stacking;
    const reason = REMOVING_RULES[s.rule];
    if (reason && (s.rule === 'suspend' || s.rule === 'exempt')) {
      for (const target of s.measures) {
        const t = byId.get(target);
        if (t && addsDuty(t)) remove(target, reason, cm.id);
      }
    }
  }

  for (const cm of inForce) {
    for (const rule of cm.measure.doesNotStackWith ?? []) {
      if (!live(cm)) break;
      for (const other of inForce) {
        if (other === cm || !live(other) || other.measure.programme !== rule.programme) continue;
        if (rule.priority === 'this') remove(other.id, 'excluded', cm.id);
        else remove(cm.id, 'excluded', other.id);
      }
    }
  }

  let baseReplacedBy: string | null = null;
  for (const cm of inForce) {
    const s = cm.measure.stacking;
    if (s.rule !== 'replace' || !live(cm)) continue;
    if (s.measures && s.measures.length > 0) {
      for (const target of s.measures) if (byId.has(target)) remove(target, 'replaced', cm.id);
    } else {
      for (const other of inForce) if (other !== cm) remove(other.id, 'replaced', cm.id);
      baseReplacedBy ??= cm.id;
    }
  }

  const groupBest = new Map<string, CompiledMeasure>();
  for (const cm of inForce) {
    const s = cm.measure.stacking;
    if (s.rule !== 'max' || !live(cm)) continue;
    const best = groupBest.get(s.group);
    if (!best) groupBest.set(s.group, cm);
    else if (cm.layer.bp > best.layer.bp) {
      remove(best.id, 'lower-in-group', cm.id);
      groupBest.set(s.group, cm);
    } else remove(cm.id, 'lower-in-group', best.id);
  }

  const layers: DutyLayer[] = [];
  const removedLayers: RemovedLayer[] = [];
  let total = 0;
  for (const cm of inForce) {
    const why = removed.get(cm.id);
    if (REMOVING_RULES[cm.measure.stacking.rule]) continue;
    const layer = producerLayer(cm, producer);
    if (why) removedLayers.push({ layer, reason: why.reason, by: why.by });
    else {
      layers.push(layer);
      total += layer.bp;
    }
  }
  let baseLayer: BaseLayer | null = base?.layer ?? null;
  if (baseLayer && baseReplacedBy) {
    removedLayers.push({ layer: baseLayer, reason: 'replaced', by: baseReplacedBy });
    baseLayer = null;
  }
  if (baseLayer) total += baseLayer.bp;
  return { base: baseLayer, layers, removed: removedLayers, total };
}
