/**
 * Use case: what-if simulation of a tariff change on one importer's whole schedule, by the
 * WITS-SMART partial-equilibrium method (src/core/flows/smart.ts). Tariffs before and after
 * come from the duty engine on a date, so every layer and stacking rule of the dossier counts;
 * a scenario removes a measure, changes its rate, adds one, or cuts tariffs by a formula.
 */
import { readFileSync } from 'node:fs';
import { DutyIndex } from '../core/duty/duty-index.ts';
import { DetenteError } from '../core/errors.ts';
import type { SmartParams } from '../core/flows/smart.ts';
import { WITS_DEFAULTS, smartLine } from '../core/flows/smart.ts';
import { linearCut, swissFormula } from '../core/flows/tariff-cuts.ts';
import type { Measure } from '../core/model/measure.ts';
import { Duck } from '../flows/duckdb.ts';
import type { ImportLine } from '../flows/schedule.ts';
import { importsOf, latestYear } from '../flows/schedule.ts';
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

function ratesFrom(index: DutyIndex, importer: string, on: string): Rates {
  return (line, origin) => {
    const a = index.lookup({ line, origin, destination: importer, date: on });
    if (a.kind === 'line') return a.total.bp;
    // several national lines under the code: their simple average, as SMART uses
    return a.lines.reduce((s, l) => s + l.total.bp, 0) / a.lines.length;
  };
}

function rebuild(catalog: Catalog, measures: readonly Measure[]): DutyIndex {
  return DutyIndex.build({
    measures,
    baseRates: catalog.dossier['base-rates'],
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
function after(catalog: Catalog, s: Scenario, importer: string, on: string, before: Rates): Rates {
  const measures = catalog.dossier.measures;
  switch (s.kind) {
    case 'remove': {
      findMeasure(catalog, s.measure);
      // revoked on the day it took effect: never in force, and suspensions naming it still resolve
      const without = measures.map((m) =>
        m.id === s.measure ? { ...m, dates: { ...m.dates, revoked: m.dates.effective } } : m,
      );
      return ratesFrom(rebuild(catalog, without), importer, on);
    }
    case 'change': {
      const target = findMeasure(catalog, s.measure);
      if (!target.rate)
        throw new DetenteError('invalid_argument', `${s.measure} has no rate to change`);
      const changed = measures.map((m) => (m.id === s.measure ? { ...m, rate: { bp: s.bp } } : m));
      return ratesFrom(rebuild(catalog, changed), importer, on);
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
      return ratesFrom(rebuild(catalog, [...measures, added]), importer, on);
    }
    case 'linear':
      return (l, o) => (reaches(s, l, o) ? linearCut(before(l, o), s.cutBp) : before(l, o));
    case 'swiss':
      return (l, o) =>
        reaches(s, l, o) ? swissFormula(before(l, o), s.coefficientBp) : before(l, o);
  }
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

const zero = (currency: string): Effects => ({
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
  let rows: ImportLine[];
  let baseYear: number;
  try {
    await openFlowsView(duck, dataDir);
    const latest = req.baseYear ?? (await latestYear(duck, importer));
    if (latest === null) throw new DetenteError('not_found', `no imports of ${importer} held`);
    baseYear = latest;
    rows = await importsOf(duck, importer, baseYear);
  } finally {
    duck.close();
  }
  if (rows.length === 0)
    throw new DetenteError('not_found', `no imports of ${importer} held for ${baseYear}`);
  const before = ratesFrom(catalog.duty, importer, req.on);
  const afterRate = after(catalog, s, importer, req.on, before);
  const totals = new Map<
    string,
    Effects & { revenueBefore: number; revenueAfter: number; welfare: number }
  >();
  const byExporter = new Map<string, Effects & { exporter: string }>();
  const byLine: (Effects & { hs: string })[] = [];
  let changed = 0;
  let lines = 0;
  for (let i = 0; i < rows.length;) {
    const first = rows[i] as ImportLine;
    let j = i;
    while (j < rows.length && rows[j]?.hs === first.hs && rows[j]?.currency === first.currency) j++;
    const group = rows.slice(i, j);
    i = j;
    lines++;
    const suppliers = group.map((r) => {
      const t0 = before(r.hs, r.exporter);
      const t1 = afterRate(r.hs, r.exporter);
      if (t1 !== t0) changed++;
      return { exporter: r.exporter, imports: r.value, t0, t1 };
    });
    const em = ems.get(first.hs.slice(0, 6)) ?? params.em;
    const line = smartLine(suppliers, { ...params, em });
    const t = totals.get(first.currency) ?? {
      ...zero(first.currency),
      revenueBefore: 0,
      revenueAfter: 0,
      welfare: 0,
    };
    totals.set(first.currency, {
      ...t,
      imports: t.imports + group.reduce((a, r) => a + r.value, 0),
      creation: t.creation + line.creation,
      diversion: t.diversion + line.diversion,
      price: t.price + line.price,
      total: t.total + line.total,
      revenueBefore: t.revenueBefore + line.revenueBefore,
      revenueAfter: t.revenueAfter + line.revenueAfter,
      welfare: t.welfare + line.welfare,
    });
    for (const e of line.suppliers) {
      const key = `${e.exporter} ${first.currency}`;
      const x = byExporter.get(key) ?? { ...zero(first.currency), exporter: e.exporter };
      byExporter.set(key, {
        ...x,
        imports: x.imports + e.imports,
        creation: x.creation + e.creation,
        diversion: x.diversion + e.diversion,
        price: x.price + e.price,
        total: x.total + e.total,
      });
    }
    if (line.total !== 0 || line.suppliers.some((e) => e.diversion !== 0))
      byLine.push({
        hs: first.hs,
        currency: first.currency,
        imports: group.reduce((a, r) => a + r.value, 0),
        creation: line.creation,
        diversion: line.diversion,
        price: line.price,
        total: line.total,
      });
  }
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
    lines,
    flows: rows.length,
    changed,
    totals: [...totals.values()].map((t) => ({
      ...round(t),
      revenueBefore: Math.round(t.revenueBefore),
      revenueAfter: Math.round(t.revenueAfter),
      welfare: Math.round(t.welfare),
    })),
    byExporter: [...byExporter.values()]
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
