/**
 * The duty index: answers "what duty does this line pay, from this origin into this
 * destination, on this date, and why" from memory, in about a microsecond. Measures are
 * bucketed by importer and by each HS prefix of their scope, so a lookup reads at most five
 * buckets (the line's 2-, 4-, 6-, 8- and 10-digit prefixes) instead of every measure.
 */
import { dayNumber, fromDayNumber } from '../dates.ts';
import { DetenteError } from '../errors.ts';
import { formatHs, normalizeHs } from '../hs.ts';
import type { HsCode } from '../hs.ts';
import type { BaseRate } from '../model/base-rate.ts';
import type { Measure } from '../model/measure.ts';
import type { Source } from '../model/source.ts';
import type { ConditionalLayer, DutyAnswer, DutyQuery, LineDuty, Outcome } from './answer.ts';
import { compileBaseRates, compileMeasures } from './compile.ts';
import type { CompiledBaseRate, CompiledMeasure } from './compile.ts';
import { describeNextChange } from './next-change.ts';
import { resolve } from './resolve.ts';

const PREFIX_LENGTHS = [2, 4, 6, 8, 10] as const;

interface ImporterIndex {
  /** Measures by each minimal include prefix of their scope. */
  readonly measures: Map<HsCode, CompiledMeasure[]>;
  /** Measures whose scope holds a prefix longer than the key: they cover only part of it. */
  readonly partial: Map<HsCode, CompiledMeasure[]>;
  /** Base rates by line. */
  readonly bases: Map<HsCode, CompiledBaseRate[]>;
  /** Schedule lines under each shorter prefix. */
  readonly sublines: Map<HsCode, HsCode[]>;
}

export interface DutyIndexInput {
  readonly measures: readonly Measure[];
  readonly baseRates: readonly BaseRate[];
  readonly sources?: readonly Source[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class DutyIndex {
  private readonly importers = new Map<string, ImporterIndex>();

  private constructor() {}

  /**
   * Builds the index from measures, base rates and the sources they cite.
   *
   * @example
   * const index = DutyIndex.build({ measures, baseRates, sources });
   * index.lookup({ line: '120510', origin: 'CAN', destination: 'CHN', date: '2025-09-01' });
   */
  static build(input: DutyIndexInput): DutyIndex {
    const sources = new Map((input.sources ?? []).map((s) => [s.id, s]));
    const lookup = (id: string) => sources.get(id);
    const index = new DutyIndex();
    for (const cm of compileMeasures(input.measures, lookup)) {
      const imp = index.importer(cm.imposer);
      for (const p of cm.prefixes) {
        push(imp.measures, p, cm);
        for (const len of PREFIX_LENGTHS)
          if (len < p.length) push(imp.partial, p.slice(0, len), cm);
      }
    }
    for (const cb of compileBaseRates(input.baseRates, lookup)) {
      const imp = index.importer(cb.record.importer);
      push(imp.bases, cb.record.line, cb);
    }
    for (const imp of index.importers.values()) {
      for (const line of [...imp.bases.keys()].sort()) {
        for (const len of PREFIX_LENGTHS) {
          if (len < line.length) push(imp.sublines, line.slice(0, len), line);
        }
      }
    }
    return index;
  }

  private importer(code: string): ImporterIndex {
    let imp = this.importers.get(code);
    if (!imp) {
      imp = { measures: new Map(), partial: new Map(), bases: new Map(), sublines: new Map() };
      this.importers.set(code, imp);
    }
    return imp;
  }

  /**
   * The stacked duty for a query. When the query names a code less specific than the
   * importer's schedule lines and their answers differ, the answer lists each line.
   */
  lookup(query: DutyQuery): DutyAnswer {
    const line = normalizeHs(query.line);
    const q = line === query.line ? query : { ...query, line };
    const day = dayNumber(q.date);
    if (Number.isNaN(day)) throw new DetenteError('invalid_date', `date "${q.date}" is not valid`);
    const imp = this.importers.get(q.destination);
    if (!imp) return { kind: 'line', query: q, ...this.lineDuty(undefined, q, line, day) };
    const sub = imp.bases.has(line) ? undefined : imp.sublines.get(line);
    if (!sub || sub.length === 0) {
      return { kind: 'line', query: q, ...this.lineDuty(imp, q, line, day) };
    }
    const results = sub.map((l) => this.lineDuty(imp, q, l, day));
    const first = results[0] as LineDuty;
    if (results.every((r) => sameAnswer(r, first))) {
      const note =
        sub.length === 1
          ? `answered for ${formatHs(first.line)}, the only line under ${formatHs(line)} in the ${q.destination} schedule`
          : `every ${q.destination} line under ${formatHs(line)} pays the same: ${sub.map(formatHs).join(', ')}`;
      return { kind: 'line', query: q, ...first, warnings: [note, ...first.warnings] };
    }
    return { kind: 'by-line', query: q, lines: results };
  }

  private lineDuty(
    imp: ImporterIndex | undefined,
    q: DutyQuery,
    line: HsCode,
    day: number,
  ): LineDuty {
    const warnings: string[] = [];
    if (!imp) {
      warnings.push(`no base rate or measure recorded for importer ${q.destination}`);
      return emptyLine(line, warnings);
    }
    const matching: CompiledMeasure[] = [];
    const conditional: CompiledMeasure[] = [];
    for (const len of PREFIX_LENGTHS) {
      if (len > line.length) break;
      const bucket = imp.measures.get(line.length === len ? line : line.slice(0, len));
      if (!bucket) continue;
      for (const cm of bucket) {
        if (!appliesTo(cm, q.origin, line)) continue;
        const cond = cm.measure.targets.condition;
        const stated = cond ? q.conditions?.[cond.attribute] : undefined;
        if (cond && stated === undefined) conditional.push(cm);
        else if (!cond || stated === cond.value) matching.push(cm);
      }
    }
    const bases = this.baseCandidates(imp, line);
    const state = this.stateOn(bases, matching, day, q.producer);

    for (const cm of imp.partial.get(line) ?? []) {
      if (cm.start <= day && day < cm.end && appliesTo(cm, q.origin, line)) {
        warnings.push(
          `${cm.id} covers only some lines under ${formatHs(line)} (${cm.prefixes
            .filter((p) => p.startsWith(line))
            .map(formatHs)
            .join(', ')}); ask for a longer code`,
        );
      }
    }
    if (!state.resolution.base && !state.baseRemoved) {
      warnings.push(
        `no base rate recorded for ${q.destination} line ${formatHs(line)}; the total counts only the measures`,
      );
    }
    for (const l of state.resolution.layers) {
      if (l.approximateScope)
        warnings.push(
          `the scope of ${l.measureId} is approximate: its exact tariff lines are not verified`,
        );
    }
    const conditionalLayers: ConditionalLayer[] = [];
    for (const cm of conditional) {
      const cond = cm.measure.targets.condition;
      if (cond && cm.start <= day && day < cm.end)
        conditionalLayers.push({ layer: cm.layer, condition: cond });
    }
    return {
      line,
      base: state.resolution.base,
      layers: state.resolution.layers,
      removed: state.resolution.removed,
      conditional: conditionalLayers,
      total: { bp: state.resolution.total },
      ...(state.outcomes ? { outcomes: state.outcomes } : {}),
      next: this.nextChange(bases, matching, day, q.producer, state.resolution),
      warnings,
    };
  }

  /** Base rates for the longest schedule line that is a prefix of the line. */
  private baseCandidates(imp: ImporterIndex, line: HsCode): CompiledBaseRate[] {
    for (let len = line.length; len >= 2; len -= 2) {
      const found = imp.bases.get(len === line.length ? line : line.slice(0, len));
      if (found) return found;
    }
    return [];
  }

  private stateOn(
    bases: readonly CompiledBaseRate[],
    matching: readonly CompiledMeasure[],
    day: number,
    producer: string | undefined,
  ) {
    let base: CompiledBaseRate | null = null;
    for (const b of bases) if (b.start <= day && day < b.end) base = b;
    const inForce = matching.filter((cm) => cm.start <= day && day < cm.end);
    const quotas = inForce.filter((cm) => cm.measure.quota !== undefined);
    const resolution = resolve(
      base,
      quotas.length ? inForce.filter((cm) => !cm.measure.quota) : inForce,
      producer,
    );
    let outcomes: Outcome[] | undefined;
    if (quotas.length > 0) {
      const inQuota = resolve(base, inForce, producer);
      const q = quotas.map(
        (cm) =>
          `${cm.measure.quota?.quantity} ${cm.measure.quota?.unit} a ${cm.measure.quota?.period}`,
      );
      outcomes = [
        {
          label: `within quota (${q.join('; ')})`,
          total: { bp: inQuota.total },
          layers: inQuota.layers,
        },
        { label: 'outside quota', total: { bp: resolution.total }, layers: resolution.layers },
      ];
    }
    return { resolution, outcomes, baseRemoved: base !== null && resolution.base === null };
  }

  private nextChange(
    bases: readonly CompiledBaseRate[],
    matching: readonly CompiledMeasure[],
    day: number,
    producer: string | undefined,
    now: ReturnType<typeof resolve>,
  ) {
    const days: number[] = [];
    for (const x of [...matching, ...bases]) {
      if (x.start > day) days.push(x.start);
      if (x.end > day && Number.isFinite(x.end)) days.push(x.end);
    }
    if (days.length === 0) return null;
    for (const d of [...new Set(days)].sort((a, b) => a - b)) {
      const then = this.stateOn(bases, matching, d, producer).resolution;
      const change = describeNextChange(fromDayNumber(d), now, then, matching);
      if (change) return change;
    }
    return null;
  }
}

function appliesTo(cm: CompiledMeasure, origin: string, line: HsCode): boolean {
  if (cm.origins !== null && !cm.origins.has(origin)) return false;
  if (cm.except.size > 0 && cm.except.has(origin)) return false;
  const exclude = cm.scope.exclude;
  return !exclude || !exclude.some((x) => line.startsWith(x));
}

function sameAnswer(a: LineDuty, b: LineDuty): boolean {
  if (a.total.bp !== b.total.bp || a.layers.length !== b.layers.length) return false;
  if ((a.base?.bp ?? -1) !== (b.base?.bp ?? -1)) return false;
  return a.layers.every(
    (l, i) => l.measureId === b.layers[i]?.measureId && l.bp === b.layers[i]?.bp,
  );
}

function emptyLine(line: HsCode, warnings: string[]): LineDuty {
  return {
    line,
    base: null,
    layers: [],
    removed: [],
    conditional: [],
    total: { bp: 0 },
    next: null,
    warnings,
  };
}
