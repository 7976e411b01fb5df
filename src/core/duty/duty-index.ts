/**
 * The duty index: answers "what duty does this line pay, from this origin into this
 * destination, on this date, and why" from memory. Measures are bucketed by importer and by
 * each HS prefix of their scope; the first lookup of a line gathers its candidates into a line
 * plan (at most five buckets: the 2-, 4-, 6-, 8- and 10-digit prefixes), and later lookups of
 * the line reuse it. Only the measures in force on the date are then resolved, with a fast
 * path when every one of them simply adds its rate.
 */
import { fastDayNumber } from '../dates.ts';
import { DetenteError } from '../errors.ts';
import { formatHs, normalizeHs } from '../hs.ts';
import type { HsCode } from '../hs.ts';
import type { BaseRate } from '../model/base-rate.ts';
import type { Measure } from '../model/measure.ts';
import type { Source } from '../model/source.ts';
import type {
  BaseLayer,
  ConditionalLayer,
  DutyAnswer,
  DutyLayer,
  DutyQuery,
  RemovedLayer,
} from './answer.ts';
import { compileBaseRates, compileMeasures } from './compile.ts';
import type { CompiledBaseRate, CompiledMeasure } from './compile.ts';
import { BaseColumns, LineTable, MeasureColumns } from './columns.ts';
import { covers, makePlan } from './line-plan.ts';
import type { LinePlan } from './line-plan.ts';
import { LineResult } from './line-result.ts';
import { originMatches, stateOn } from './state.ts';

const PREFIX_LENGTHS = [2, 4, 6, 8, 10] as const;
const NONE: readonly never[] = Object.freeze([]);

interface ImporterIndex {
  /** Measures by each minimal include prefix of their scope. */
  readonly measures: Map<HsCode, CompiledMeasure[]>;
  /** Measures whose scope holds a prefix longer than the key: they cover only part of it. */
  readonly partial: Map<HsCode, CompiledMeasure[]>;
  /** Base rates by line. */
  readonly bases: Map<HsCode, CompiledBaseRate[]>;
  /** Schedule lines under each shorter prefix. */
  readonly sublines: Map<HsCode, HsCode[]>;
  /** Line plans already made. */
  readonly plans: LineTable<LinePlan>;
  /** The importer's code. */
  readonly code: string;
}

export interface DutyIndexInput {
  readonly measures: readonly Measure[];
  readonly baseRates: readonly BaseRate[];
  readonly sources?: readonly Source[];
}

/**
 * How candidates are found: `index` (buckets by prefix, plans kept) or `scan` (every measure
 * examined on every lookup, nothing kept): the baseline benchmarks compare with.
 */
export type Planner = 'index' | 'scan';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class DutyIndex {
  private readonly importers = new Map<string, ImporterIndex>();
  private measures: readonly CompiledMeasure[] = NONE;
  private columns = new MeasureColumns(NONE);
  private baseColumns = new BaseColumns(NONE);
  /** Positions of the measures in force, reused by every lookup (one thread). */
  private scratch: Int32Array = new Int32Array(64);

  private constructor(private readonly planner: Planner) {}

  /**
   * Builds the index from measures, base rates and the sources they cite.
   *
   * @example
   * const index = DutyIndex.build({ measures, baseRates, sources });
   * index.lookup({ line: '120510', origin: 'CAN', destination: 'CHN', date: '2025-09-01' });
   */
  static build(input: DutyIndexInput, options: { planner?: Planner } = {}): DutyIndex {
    const sources = new Map((input.sources ?? []).map((s) => [s.id, s]));
    const lookup = (id: string) => sources.get(id);
    const index = new DutyIndex(options.planner ?? 'index');
    const compiled = compileMeasures(input.measures, lookup);
    const bases = compileBaseRates(input.baseRates, lookup);
    index.measures = compiled;
    index.columns = new MeasureColumns(compiled);
    index.baseColumns = new BaseColumns(bases);
    for (const cm of compiled) {
      const imp = index.importer(cm.imposer);
      for (const p of cm.prefixes) {
        push(imp.measures, p, cm);
        for (const len of PREFIX_LENGTHS)
          if (len < p.length) push(imp.partial, p.slice(0, len), cm);
      }
    }
    for (const cb of bases) {
      push(index.importer(cb.record.importer).bases, cb.record.line, cb);
    }
    for (const imp of index.importers.values()) {
      for (const line of [...imp.bases.keys()].sort()) {
        for (const len of PREFIX_LENGTHS)
          if (len < line.length) push(imp.sublines, line.slice(0, len), line);
      }
    }
    if (index.planner === 'index') {
      // Plans for every schedule line and every code above one are made up front, so lookups
      // of known lines read one map entry; other codes get theirs on first lookup.
      for (const imp of index.importers.values()) {
        for (const line of imp.bases.keys()) index.plan(imp, line);
        for (const line of imp.sublines.keys()) index.plan(imp, line);
      }
    }
    return index;
  }

  private importer(code: string): ImporterIndex {
    let imp = this.importers.get(code);
    if (!imp) {
      imp = {
        measures: new Map(),
        partial: new Map(),
        bases: new Map(),
        sublines: new Map(),
        plans: new LineTable<LinePlan>(),
        code,
      };
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
    const day = fastDayNumber(q.date);
    if (Number.isNaN(day))
      throw new DetenteError('invalid_date', `date "${q.date}" is not a calendar date`);
    const imp = this.importers.get(q.destination);
    if (!imp) {
      const empty = makePlan(line, [], NONE, NONE, null);
      return this.evaluate(empty, q, day, [
        `no base rate or measure recorded for importer ${q.destination}`,
      ]);
    }
    const plan = this.plan(imp, line);
    if (!plan.sublines) return this.evaluate(plan, q, day, NONE);
    const results = plan.sublines.map((l) => this.evaluate(this.plan(imp, l), q, day, NONE));
    const first = results[0] as LineResult;
    if (results.every((r) => sameAnswer(r, first))) {
      const sub = plan.sublines;
      const note =
        sub.length === 1
          ? `answered for ${formatHs(first.line)}, the only line under ${formatHs(line)} in the ${q.destination} schedule`
          : `every ${q.destination} line under ${formatHs(line)} pays the same: ${sub.map(formatHs).join(', ')}`;
      return first.withWarnings([note, ...first.warnings]);
    }
    return { kind: 'by-line', query: q, lines: results };
  }

  private plan(imp: ImporterIndex, line: HsCode): LinePlan {
    if (this.planner === 'scan') return this.scanPlan(imp, line);
    let plan = imp.plans.get(line);
    if (!plan) {
      const candidates: CompiledMeasure[] = [];
      for (const len of PREFIX_LENGTHS) {
        if (len > line.length) break;
        for (const cm of imp.measures.get(len === line.length ? line : line.slice(0, len)) ??
          NONE) {
          if (covers(cm, line)) candidates.push(cm);
        }
      }
      plan = makePlan(
        line,
        candidates,
        this.baseCandidates(imp, line),
        imp.partial.get(line) ?? NONE,
        this.sublinesOf(imp, line),
      );
      imp.plans.set(line, plan);
    }
    return plan;
  }

  /** The baseline: every measure examined on every lookup, nothing kept between lookups. */
  private scanPlan(imp: ImporterIndex, line: HsCode): LinePlan {
    const candidates: CompiledMeasure[] = [];
    const partial: CompiledMeasure[] = [];
    for (const cm of this.measures) {
      if (cm.imposer !== imp.code) continue;
      if (covers(cm, line)) candidates.push(cm);
      else if (cm.prefixes.some((p) => p.length > line.length && p.startsWith(line)))
        partial.push(cm);
    }
    return makePlan(
      line,
      candidates,
      this.baseCandidates(imp, line),
      partial,
      this.sublinesOf(imp, line),
    );
  }

  private sublinesOf(imp: ImporterIndex, line: HsCode): readonly HsCode[] | null {
    if (imp.bases.has(line)) return null;
    const sub = imp.sublines.get(line);
    return sub && sub.length > 0 ? sub : null;
  }

  /** Base rates of the longest schedule line that is a prefix of the line. */
  private baseCandidates(imp: ImporterIndex, line: HsCode): readonly CompiledBaseRate[] {
    for (let len = line.length; len >= 2; len -= 2) {
      const found = imp.bases.get(len === line.length ? line : line.slice(0, len));
      if (found) return found;
    }
    return NONE;
  }

  /**
   * The answer through the typed columns, when every measure in force simply adds its rate and
   * none has an origin rule; null otherwise (the general resolver takes over).
   */
  private fastLine(
    plan: LinePlan,
    q: DutyQuery,
    day: number,
    notes: readonly string[],
  ): LineResult | null {
    if (plan.hasCondition) return null;
    const { start, end, simple } = this.columns;
    const cands = plan.candidateSeqs;
    let found = 0;
    let o = -2;
    for (let i = 0; i < cands.length; i++) {
      const m = cands[i] as number;
      if ((start[m] as number) > day || day >= (end[m] as number)) continue;
      if (o === -2) o = this.columns.country(q.origin);
      if (!this.columns.targets(m, o)) continue;
      if (simple[m] !== 1) return null;
      if (found === this.scratch.length) this.scratch = growInt32(this.scratch);
      this.scratch[found++] = m;
    }
    let base: BaseLayer | null = null;
    const bs = plan.baseSeqs;
    const { start: bStart, end: bEnd, bases } = this.baseColumns;
    for (let i = 0; i < bs.length; i++) {
      const b = bs[i] as number;
      if ((bStart[b] as number) <= day && day < (bEnd[b] as number)) {
        base = (bases[b] as CompiledBaseRate).layer;
      }
    }
    let total = base ? base.bp : 0;
    let layers: readonly DutyLayer[] = NONE;
    if (found > 0) {
      const list: DutyLayer[] = [];
      for (let i = 0; i < found; i++) {
        const layer = (this.measures[this.scratch[i] as number] as CompiledMeasure).layer;
        list.push(layer);
        total += layer.bp;
      }
      layers = list;
    }
    const warnings = warningsFor(plan, q, day, base, layers, NONE, notes);
    return new LineResult(
      q,
      plan.line,
      base,
      layers,
      NONE,
      NONE,
      { bp: total },
      undefined,
      warnings,
      plan,
      day,
    );
  }

  private evaluate(
    plan: LinePlan,
    q: DutyQuery,
    day: number,
    notes: readonly string[],
  ): LineResult {
    const fast = this.planner === 'index' ? this.fastLine(plan, q, day, notes) : null;
    if (fast) return fast;
    const state = stateOn(plan, q, day);
    const { resolution } = state;
    let conditional: ConditionalLayer[] | readonly never[] = NONE;
    if (state.conditional) {
      conditional = state.conditional.map((cm) => ({
        layer: cm.layer,
        condition: cm.condition as NonNullable<CompiledMeasure['condition']>,
      }));
    }
    return new LineResult(
      q,
      plan.line,
      resolution.base,
      resolution.layers,
      resolution.removed,
      conditional,
      { bp: resolution.total },
      state.outcomes,
      warningsFor(plan, q, day, resolution.base, resolution.layers, resolution.removed, notes),
      plan,
      day,
    );
  }
}

/** The notes an answer carries: partial coverage, a missing base rate, approximate scopes. */
function warningsFor(
  plan: LinePlan,
  q: DutyQuery,
  day: number,
  base: BaseLayer | null,
  layers: readonly DutyLayer[],
  removed: readonly RemovedLayer[],
  notes: readonly string[],
): readonly string[] {
  let warnings: string[] | null = notes.length > 0 ? [...notes] : null;
  for (const cm of plan.partial) {
    if (cm.start <= day && day < cm.end && originMatches(cm, q.origin)) {
      (warnings ??= []).push(partialWarning(cm, plan.line));
    }
  }
  if (base === null && !baseReplaced(removed)) {
    (warnings ??= []).push(
      `no base rate recorded for ${q.destination} line ${formatHs(plan.line)}; the total counts only the measures`,
    );
  }
  for (const l of layers) {
    if (l.approximateScope) {
      (warnings ??= []).push(
        `the scope of ${l.measureId} is approximate: its exact tariff lines are not verified`,
      );
    }
  }
  return warnings ?? NONE;
}

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function partialWarning(cm: CompiledMeasure, line: HsCode): string {
  const parts = cm.prefixes
    .filter((p) => p.startsWith(line))
    .map(formatHs)
    .join(', ');
  return `${cm.id} covers only some lines under ${formatHs(line)} (${parts}); ask for a longer code`;
}

function baseReplaced(removed: readonly RemovedLayer[]): boolean {
  for (const x of removed) if (!('measureId' in x.layer)) return true;
  return false;
}

function sameAnswer(a: LineResult, b: LineResult): boolean {
  if (a.total.bp !== b.total.bp || a.layers.length !== b.layers.length) return false;
  if ((a.base?.bp ?? -1) !== (b.base?.bp ?? -1)) return false;
  return a.layers.every(
    (l, i) => l.measureId === b.layers[i]?.measureId && l.bp === b.layers[i]?.bp,
  );
}
