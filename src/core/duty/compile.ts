/**
 * Compiles measures and base rates into the form the index works on: day numbers instead of
 * dates, origin sets, ready-made layers. End days follow the records' own declarations:
 * `expires`, `revoked`, and the start of any measure that `replaces` this one.
 */
import { dayNumber, fromDayNumber } from '../dates.ts';
import type { HsCode, ProductScope } from '../hs.ts';
import type { BaseRate } from '../model/base-rate.ts';
import type { Measure } from '../model/measure.ts';
import type { Source } from '../model/source.ts';
import type { BaseLayer, DutyLayer, SourceLink } from './answer.ts';

export interface CompiledMeasure {
  readonly measure: Measure;
  /** Position in the input: candidates are always considered in this order. */
  readonly seq: number;
  readonly id: string;
  readonly imposer: string;
  /** Null when every origin is targeted. */
  readonly origins: ReadonlySet<string> | null;
  readonly except: ReadonlySet<string>;
  /** Include prefixes with those already covered by a shorter one of the same scope removed. */
  readonly prefixes: readonly HsCode[];
  readonly scope: ProductScope;
  /** First day in force. */
  readonly start: number;
  /** First day no longer in force (Infinity when open-ended). */
  readonly end: number;
  readonly layer: DutyLayer;
  /** True when the measure only adds its rate: no producer table, quota or exclusion. */
  readonly simple: boolean;
  /** The origin rule, when the measure has one. */
  readonly condition: Measure['targets']['condition'];
  /** The warning to give when the measure's scope is approximate, else null. */
  readonly approximateWarning: string | null;
}

export interface CompiledBaseRate {
  readonly record: BaseRate;
  /** Position in the input. */
  readonly seq: number;
  readonly start: number;
  readonly end: number;
  readonly layer: BaseLayer;
}

export type SourceLookup = (id: string) => Source | undefined;

const link =
  (lookup: SourceLookup) =>
  (id: string): SourceLink => {
    const s = lookup(id);
    if (!s) return { id, title: id };
    return s.url ? { id, title: s.title, url: s.url } : { id, title: s.title };
  };

/** Keeps only the prefixes not already covered by a shorter prefix of the same list. */
export function minimalPrefixes(prefixes: readonly HsCode[]): HsCode[] {
  const sorted = [...new Set(prefixes)].sort((a, b) => a.length - b.length);
  const kept: HsCode[] = [];
  for (const p of sorted) if (!kept.some((k) => p.startsWith(k))) kept.push(p);
  return kept;
}

/** The first day a measure is no longer in force, from its own dates and its replacements. */
export function endDay(measure: Measure, replacedFrom: number | undefined): number {
  let end = Number.POSITIVE_INFINITY;
  if (measure.dates.expires) end = dayNumber(measure.dates.expires) + 1;
  if (measure.dates.revoked) end = Math.min(end, dayNumber(measure.dates.revoked));
  if (replacedFrom !== undefined) end = Math.min(end, replacedFrom);
  return end;
}

export function compileMeasures(
  measures: readonly Measure[],
  lookup: SourceLookup,
): CompiledMeasure[] {
  const replacedFrom = new Map<string, number>();
  for (const m of measures) {
    for (const r of m.relations?.replaces ?? []) {
      const day = dayNumber(m.dates.effective);
      replacedFrom.set(r, Math.min(replacedFrom.get(r) ?? day, day));
    }
  }
  const toLink = link(lookup);
  return measures.map((m, seq) => {
    const { targets } = m;
    const end = endDay(m, replacedFrom.get(m.id));
    const layer: DutyLayer = Object.freeze({
      measureId: m.id,
      title: m.title,
      kind: m.kind,
      rule: m.stacking.rule,
      bp: m.rate?.bp ?? 0,
      ...(m.instrument ? { instrument: m.instrument } : {}),
      effective: m.dates.effective,
      ...(m.dates.expires ? { expires: m.dates.expires } : {}),
      ...(Number.isFinite(end) ? { until: fromDayNumber(end - 1) } : {}),
      confidence: m.confidence,
      approximateScope: m.scope.approximate === true,
      sources: m.sources.map(toLink),
    });
    return {
      measure: m,
      seq,
      id: m.id,
      imposer: m.imposer,
      origins: targets.origins === '*' ? null : new Set(targets.origins),
      except: new Set(targets.except ?? []),
      prefixes: minimalPrefixes(m.scope.include),
      scope: m.scope,
      start: dayNumber(m.dates.effective),
      end,
      layer,
      simple:
        m.stacking.rule === 'add' &&
        !m.producerRates?.length &&
        !m.quota &&
        !m.doesNotStackWith?.length,
      condition: targets.condition,
      approximateWarning: m.scope.approximate
        ? `the scope of ${m.id} is approximate: its exact tariff lines are not verified`
        : null,
    };
  });
}

export function compileBaseRates(
  rates: readonly BaseRate[],
  lookup: SourceLookup,
): CompiledBaseRate[] {
  const toLink = link(lookup);
  return rates.map((r, seq) => ({
    record: r,
    seq,
    start: r.from ? dayNumber(r.from) : Number.NEGATIVE_INFINITY,
    end: r.to ? dayNumber(r.to) + 1 : Number.POSITIVE_INFINITY,
    layer: Object.freeze({
      baseRateId: r.id,
      line: r.line,
      description: r.description,
      bp: r.rate.bp,
      confidence: r.confidence,
      sources: r.sources.map(toLink),
      notes: r.notes ?? [],
    }),
  }));
}
