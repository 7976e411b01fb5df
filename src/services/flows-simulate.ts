/**
 * Use case: what-if simulation of a tariff change on one importer's whole schedule, by the
 * WITS-SMART partial-equilibrium method (src/core/flows/smart.ts). Tariffs before and after
 * come from the duty engine on a date, so every layer and stacking rule of the dossier counts;
 * a scenario removes a measure, changes its rate, adds one, or cuts tariffs by a formula.
 *
 * A whole schedule is hundreds of thousands of line × partner flows, so the flows are read as
 * columns, and tariffs are looked up once per line and class of partner: partners that no
 * measure of the importer touching the line names (in its origins or exceptions) all pay the
 * same, so one lookup answers for all of them. Then the suppliers of a line paying the same
 * tariffs before and after are pooled into one: every SMART effect of a supplier (creation,
 * its pro-rata share of diversion, price, revenue, welfare) is proportional to its trade at
 * given tariffs, so the model runs on a few pools per line and each supplier takes its share.
 */
import { readFileSync } from 'node:fs';
import { DutyIndex } from '../core/duty/duty-index.ts';
import { DetenteError } from '../core/errors.ts';
import type { SmartEffect, SmartLine, SmartParams, SmartSupplier } from '../core/flows/smart.ts';
import { WITS_DEFAULTS, smartLine } from '../core/flows/smart.ts';
import { linearCut, swissFormula } from '../core/flows/tariff-cuts.ts';
import type { Measure } from '../core/model/measure.ts';
import { Duck } from '../flows/duckdb.ts';
import type { ImportColumns } from '../flows/schedule.ts';
import { importColumns, latestYear } from '../flows/schedule.ts';
import { openFlowsView } from '../flows/view.ts';
import type { Catalog } from './catalog.ts';

/** Where a formula scenario applies: product prefixes and origins (default: all). */
export interface Reach {
  readonly scope?: readonly string[];
  readonly origins?: readonly string[];
}

export type Scenario =
  | { readonly kind: 'remove'; readonly measure: string }
  | { readonly kind: 'change'; readonly measure: string; readonly bp: number }
  | ({ readonly kind: 'add'; readonly bp: number; readonly scope: readonly string[] } & Reach)
  | ({ readonly kind: 'linear'; readonly cutBp: number } & Reach)
  | ({ readonly kind: 'swiss'; readonly coefficientBp: number } & Reach);

export interface SimulateRequest {
  /** Required for add, linear and swiss; for remove and change, the measure's imposer. */
  readonly importer?: string;
  readonly scenario: Scenario;
  /** Date on which tariffs before and after are read; an added measure starts then. */
  readonly on: string;
  readonly baseYear?: number;
  readonly params?: Partial<SmartParams>;
  /** CSV `hs6,em`: import demand elasticities per HS6 (WITS: −1.0 where missing). */
  readonly elasticities?: string;
}

export interface Effects {
  readonly currency: string;
  readonly imports: number;
  readonly creation: number;
  readonly diversion: number;
  readonly price: number;
  readonly total: number;
}

export interface SimulationReport {
  readonly importer: string;
  readonly scenario: Scenario;
  readonly on: string;
  readonly baseYear: number;
  readonly params: SmartParams;
  readonly lines: number;
  readonly flows: number;
  /** Flows whose tariff the scenario changes. */
  readonly changed: number;
  readonly totals: readonly (Effects & {
    readonly revenueBefore: number;
    readonly revenueAfter: number;
    readonly welfare: number;
  })[];
  readonly byExporter: readonly (Effects & { readonly exporter: string })[];
  readonly byLine: readonly (Effects & { readonly hs: string })[];
  readonly seconds: number;
}

type Rates = (line: string, origin: string) => number;
/** The tariff after the scenario, given the tariff before. */
type After = (line: string, origin: string, before: number) => number;

function ratesFrom(index: DutyIndex, importer: string, on: string): Rates {
  return (line, origin) => {
    const a = index.lookup({ line, origin, destination: importer, date: on });
    if (a.kind === 'line') return a.total.bp;
    // several national lines under the code: their simple average, as SMART uses
    return a.lines.reduce((s, l) => s + l.total.bp, 0) / a.lines.length;
  };
}

/**
 * A duty index over a changed set of measures, for one importer: only its own measures (and any
 * that replace one of them) and base rates can change its tariffs, and indexing only those keeps
 * a scenario on a large world from rebuilding every importer's index.
 */
function rebuild(catalog: Catalog, measures: readonly Measure[], importer: string): DutyIndex {
  const own = new Set(measures.filter((m) => m.imposer === importer).map((m) => m.id));
  return DutyIndex.build({
    measures: measures.filter(
      (m) => own.has(m.id) || (m.relations?.replaces ?? []).some((id) => own.has(id)),
    ),
    baseRates: catalog.dossier['base-rates'].filter((b) => b.importer === importer),
    sources: catalog.dossier.sources,
  });
}

function findMeasure(catalog: Catalog, id: string): Measure {
  const m = catalog.dossier.measures.find((x) => x.id === id);
  if (!m) throw new DetenteError('not_found', `no measure ${id}`);
  return m;
}

const reaches = (r: Reach, line: string, origin: string) =>
  (!r.scope || r.scope.some((p) => line.startsWith(p))) &&
  (!r.origins || r.origins.includes(origin));

/** The tariff after the scenario, for each (line, origin). */
function after(catalog: Catalog, s: Scenario, importer: string, on: string): After {
  const measures = catalog.dossier.measures;
  switch (s.kind) {
    case 'remove': {
      findMeasure(catalog, s.measure);
      // revoked on the day it took effect: never in force, and suspensions naming it still resolve
      const without = measures.map((m) =>
        m.id === s.measure ? { ...m, dates: { ...m.dates, revoked: m.dates.effective } } : m,
      );
      return unchanged(ratesFrom(rebuild(catalog, without, importer), importer, on));
    }
    case 'change': {
      const target = findMeasure(catalog, s.measure);
      if (!target.rate)
        throw new DetenteError('invalid_argument', `${s.measure} has no rate to change`);
      const changed = measures.map((m) => (m.id === s.measure ? { ...m, rate: { bp: s.bp } } : m));
      return unchanged(ratesFrom(rebuild(catalog, changed, importer), importer, on));
    }
    case 'add': {
      const added: Measure = {
        id: 'scenario-added-measure',
        title: 'scenario: added measure',
        kind: 'tariff',
        imposer: importer,
        targets: { origins: s.origins ? [...s.origins] : '*' },
        scope: { include: [...s.scope] },
        rate: { bp: s.bp },
        stacking: { rule: 'add' },
        dates: { effective: on },
        sources: ['scenario'],
        confidence: 'derived',
      };
      return unchanged(ratesFrom(rebuild(catalog, [...measures, added], importer), importer, on));
    }
    case 'linear':
      return (l, o, t0) => (reaches(s, l, o) ? linearCut(t0, s.cutBp) : t0);
    case 'swiss':
      return (l, o, t0) => (reaches(s, l, o) ? swissFormula(t0, s.coefficientBp) : t0);
  }
}

const unchanged =
  (rates: Rates): After =>
  (l, o) =>
    rates(l, o);

/**
 * For each HS6 line, the partners that need a lookup of their own: those named (in origins or
 * exceptions) by a measure of the importer whose scope touches the line, or by the scenario.
 * Every other partner pays what any other one does. Null for a line shorter than HS6, whose
 * national sublines are not gathered here: every partner is then looked up.
 */
function namedPartners(
  measures: readonly Measure[],
  importer: string,
  s: Scenario,
): (line: string) => ReadonlySet<string> | null {
  const everywhere = s.kind === 'remove' || s.kind === 'change' ? [] : (s.origins ?? []);
  const byPrefix = new Map<string, Set<string>>();
  for (const m of measures) {
    if (m.imposer !== importer) continue;
    const names = [
      ...(m.targets.origins === '*' ? [] : m.targets.origins),
      ...(m.targets.except ?? []),
    ];
    if (names.length === 0) continue;
    // a prefix longer than HS6 touches only its own HS6 line
    for (const p of m.scope.include) {
      const key = p.length > 6 ? p.slice(0, 6) : p;
      const set = byPrefix.get(key) ?? new Set<string>();
      for (const n of names) set.add(n);
      byPrefix.set(key, set);
    }
  }
  const cache = new Map<string, ReadonlySet<string>>();
  return (line) => {
    if (line.length !== 6) return null;
    let named = cache.get(line);
    if (!named) {
      const set = new Set<string>(everywhere);
      for (const key of [line.slice(0, 2), line.slice(0, 4), line])
        for (const n of byPrefix.get(key) ?? []) set.add(n);
      named = set;
      cache.set(line, named);
    }
    return named;
  };
}

function readElasticities(file: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!file) return out;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DetenteError('not_found', `${file}: no such elasticities file`);
  }
  text.split(/\r?\n/).forEach((line, i) => {
    if (i === 0 || line.trim() === '' || line.startsWith('#')) return;
    const [hs, em] = line.split(',').map((x) => x.trim());
    const value = Number(em);
    if (!/^\d{6}$/.test(hs ?? '') || !Number.isFinite(value) || value > 0)
      throw new DetenteError(
        'invalid_argument',
        `${file}:${i + 1}: expected hs6,em with a six-digit code and an elasticity ≤ 0 (got "${line}")`,
      );
    out.set(hs as string, value);
  });
  return out;
}

/** Effects being summed up. */
type Sums = { -readonly [K in keyof Effects]: Effects[K] };
type Totals = Sums & { revenueBefore: number; revenueAfter: number; welfare: number };

const totalsOf = (currency: string): Totals => ({
  ...zero(currency),
  revenueBefore: 0,
  revenueAfter: 0,
  welfare: 0,
});

/** Adds a line's effects to the totals (imports are counted by the caller). */
function addLine(t: Totals, line: SmartLine): void {
  t.creation += line.creation;
  t.diversion += line.diversion;
  t.price += line.price;
  t.total += line.total;
  t.revenueBefore += line.revenueBefore;
  t.revenueAfter += line.revenueAfter;
  t.welfare += line.welfare;
}

const zero = (currency: string): Sums => ({
  currency,
  imports: 0,
  creation: 0,
  diversion: 0,
  price: 0,
  total: 0,
});

/**
 * Simulates a scenario on one importer's imports of a base year, line by line and partner by
 * partner (WITS-SMART).
 *
 * @example
 * await simulate(catalog, 'data', { scenario: { kind: 'remove', measure: 'chn-2025-annex1-100' }, on: '2025-06-01' });
 * // → { importer: 'CHN', totals: [{ currency: 'CAD', creation: …, diversion: 0, … }], … }
 */
export async function simulate(
  catalog: Catalog,
  dataDir: string,
  req: SimulateRequest,
): Promise<SimulationReport> {
  const started = Date.now();
  const s = req.scenario;
  const importer =
    s.kind === 'remove' || s.kind === 'change'
      ? findMeasure(catalog, s.measure).imposer
      : req.importer;
  if (!importer)
    throw new DetenteError('usage', 'name the importer (--importer) for this scenario');
  const params: SmartParams = { ...WITS_DEFAULTS, ...req.params };
  if (!(params.em <= 0 && params.es >= 0 && params.ex > 0))
    throw new DetenteError('invalid_argument', 'elasticities: Em ≤ 0, Es ≥ 0 and Ex > 0');
  const ems = readElasticities(req.elasticities);
  const duck = await Duck.open();
  let flows: ImportColumns;
  let baseYear: number;
  try {
    await openFlowsView(duck, dataDir);
    const latest = req.baseYear ?? (await latestYear(duck, importer));
    if (latest === null) throw new DetenteError('not_found', `no imports of ${importer} held`);
    baseYear = latest;
    flows = await importColumns(duck, importer, baseYear);
  } finally {
    duck.close();
  }
  const n = flows.line.length;
  if (n === 0)
    throw new DetenteError('not_found', `no imports of ${importer} held for ${baseYear}`);
  const before = ratesFrom(catalog.duty, importer, req.on);
  const afterRate = after(catalog, s, importer, req.on);
  const named = namedPartners(catalog.dossier.measures, importer, s);
  const exporters = flows.exporters;
  const totals = new Map<string, Totals>();
  /** Per currency, per exporter: imports, creation, diversion, price, total. */
  const byExporter = new Map<string, Float64Array>();
  const byLine: (Effects & { hs: string })[] = [];
  // per exporter: the line it was last seen on, and its pool there
  const seenOn = new Int32Array(exporters.length).fill(-1);
  const poolOf = new Int32Array(exporters.length);
  const pool = new Int32Array(n);
  let changed = 0;
  for (let i = 0; i < n;) {
    const at = flows.line[i] as number;
    const hs = flows.hs[at] as string;
    const currency = flows.currency[at] as string;
    let j = i;
    while (j < n && flows.line[j] === at) j++;
    // tariffs before and after, looked up once per class of partner; suppliers paying the same
    // before and after are pooled
    const partners = named(hs);
    const t0s: number[] = [];
    const t1s: number[] = [];
    const trade: number[] = [];
    let others = -1;
    for (let k = i; k < j; k++) {
      const e = flows.exporter[k] as number;
      const code = exporters[e] as string;
      const own = partners === null || partners.has(code);
      let p = own ? (seenOn[e] === at ? (poolOf[e] as number) : -1) : others;
      if (p === -1) {
        const t0 = before(hs, code);
        const t1 = afterRate(hs, code, t0);
        p = t0s.findIndex((t, x) => t === t0 && t1s[x] === t1);
        if (p === -1) {
          p = t0s.push(t0) - 1;
          t1s.push(t1);
          trade.push(0);
        }
        if (own) {
          seenOn[e] = at;
          poolOf[e] = p;
        } else others = p;
      }
      pool[k] = p;
      if (t1s[p] !== t0s[p]) changed++;
      trade[p] = (trade[p] as number) + (flows.value[k] as number);
    }
    const pools = trade.map((m, x): SmartSupplier => ({
      exporter: String(x),
      imports: m,
      t0: t0s[x] as number,
      t1: t1s[x] as number,
    }));
    const line = smartLine(pools, { ...params, em: ems.get(hs.slice(0, 6)) ?? params.em });
    const imports = trade.reduce((a, m) => a + m, 0);
    const total = totals.get(currency) ?? totalsOf(currency);
    totals.set(currency, total);
    total.imports += imports;
    addLine(total, line);
    let sums = byExporter.get(currency);
    if (!sums) byExporter.set(currency, (sums = new Float64Array(exporters.length * 5)));
    for (let k = i; k < j; k++) {
      const m = flows.value[k] as number;
      const e = line.suppliers[pool[k] as number] as SmartEffect;
      const share = m / e.imports;
      const o = (flows.exporter[k] as number) * 5;
      sums[o] = (sums[o] as number) + m;
      sums[o + 1] = (sums[o + 1] as number) + e.creation * share;
      sums[o + 2] = (sums[o + 2] as number) + e.diversion * share;
      sums[o + 3] = (sums[o + 3] as number) + e.price * share;
      sums[o + 4] = (sums[o + 4] as number) + e.total * share;
    }
    i = j;
    if (line.total !== 0 || line.suppliers.some((e) => e.diversion !== 0))
      byLine.push({
        hs,
        currency,
        imports,
        creation: line.creation,
        diversion: line.diversion,
        price: line.price,
        total: line.total,
      });
  }
  const exporterEffects = [...byExporter].flatMap(([currency, sums]) =>
    exporters.map((exporter, e) => ({
      exporter,
      currency,
      imports: sums[e * 5] as number,
      creation: sums[e * 5 + 1] as number,
      diversion: sums[e * 5 + 2] as number,
      price: sums[e * 5 + 3] as number,
      total: sums[e * 5 + 4] as number,
    })),
  );
  const round = <T extends Effects>(e: T): T => ({
    ...e,
    imports: Math.round(e.imports),
    creation: Math.round(e.creation),
    diversion: Math.round(e.diversion),
    price: Math.round(e.price),
    total: Math.round(e.total),
  });
  const size = (e: Effects) => Math.abs(e.total) + Math.abs(e.diversion);
  return {
    importer,
    scenario: s,
    on: req.on,
    baseYear,
    params,
    lines: flows.hs.length,
    flows: n,
    changed,
    totals: [...totals.values()].map((t) => ({
      ...round(t),
      revenueBefore: Math.round(t.revenueBefore),
      revenueAfter: Math.round(t.revenueAfter),
      welfare: Math.round(t.welfare),
    })),
    byExporter: exporterEffects
      .filter((e) => e.total !== 0 || e.diversion !== 0)
      .sort((a, b) => size(b) - size(a))
      .slice(0, 10)
      .map(round),
    byLine: byLine
      .sort((a, b) => size(b) - size(a))
      .slice(0, 10)
      .map(round),
    seconds: (Date.now() - started) / 1000,
  };
}
