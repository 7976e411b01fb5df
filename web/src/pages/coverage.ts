/**
 * Trade coverage at /coverage?pair=CHN-CAN&measure=…&baseYear=&to= (a shareable URL): how much
 * of a pair's trade measures cover, by Global Trade Alert's method (GET /coverage), as a treemap
 * by HS chapter, a chart over the years and a table of measures; and a WITS-SMART what-if
 * (POST /simulate) that lifts a measure or cuts tariffs. Every chart has a table beside it
 * saying the same, and a caption naming the method, the base year and the data.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ApiProblem, getParams, message, send } from '../api.ts';
import { SERIES_COLOURS } from '../chart.ts';
import type { ChartOption } from '../chart.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';

interface Money {
  currency: string;
  value: number;
}

interface CoveredMeasure {
  id: string;
  title: string;
  importer: string;
  start: string;
  end: string | null;
  covered: Money[];
  tuples: number;
  inForce: { year: number; days: number; daysInYear: number }[];
  /** Suspensions and exemptions lifting the measure on part of its reach. */
  lifts?: { by: string; start: string; end: string | null }[];
}

interface Coverage {
  source: { kind: 'imported' | 'sample'; label: string };
  baseYear: number;
  years: number[];
  measures: CoveredMeasure[];
  byYear: { year: number; currency: string; value: number }[];
  pairs: {
    importer: string;
    exporter: string;
    currency: string;
    covered: number;
    total: number;
    shareBp: number;
  }[];
  chapters: { chapter: string; currency: string; value: number }[];
}

interface Effects {
  currency: string;
  imports: number;
  creation: number;
  diversion: number;
  price: number;
  total: number;
}

interface Simulation {
  source: { kind: string; label: string };
  importer: string;
  on: string;
  baseYear: number;
  params: { em: number; es: number; ex: number };
  lines: number;
  flows: number;
  changed: number;
  totals: (Effects & { revenueBefore: number; revenueAfter: number; welfare: number })[];
  byExporter: (Effects & { exporter: string })[];
  byLine: (Effects & { hs: string })[];
}

/** Short names of the HS chapters (HS 2022), for labels; the code alone where none is known. */
const CHAPTERS: Record<string, string> = Object.fromEntries(
  [
    'Live animals|Meat and offal|Fish and seafood|Dairy, eggs, honey|Other animal products',
    'Live plants|Vegetables|Fruit and nuts|Coffee, tea, spices|Cereals|Milling products',
    'Oil seeds|Gums and resins|Plaiting materials|Fats and oils|Meat and fish preparations',
    'Sugars|Cocoa|Cereal preparations|Fruit and vegetable preparations|Other food preparations',
    'Beverages|Residues and animal feed|Tobacco|Salt, stone, cement|Ores|Mineral fuels',
    'Inorganic chemicals|Organic chemicals|Pharmaceuticals|Fertilisers|Dyes and paints',
    'Essential oils, cosmetics|Soaps and waxes|Glues and enzymes|Explosives|Photographic goods',
    'Other chemicals|Plastics|Rubber|Hides and leather|Leather articles|Furskins|Wood|Cork',
    'Basketware|Wood pulp|Paper|Printed matter|Silk|Wool|Cotton|Other plant fibres',
    'Man-made filaments|Man-made staple fibres|Wadding and cordage|Carpets|Special fabrics',
    'Coated fabrics|Knitted fabrics|Knitted apparel|Woven apparel|Other textile articles',
    'Footwear|Headgear|Umbrellas|Feathers|Stone articles|Ceramics|Glass|Precious metals and stones',
    'Iron and steel|Steel articles|Copper|Nickel|Aluminium|(reserved)|Lead|Zinc|Tin',
    'Other base metals|Tools and cutlery|Other metal articles|Machinery|Electrical machinery',
    'Railway|Vehicles|Aircraft|Ships|Instruments|Clocks and watches|Musical instruments',
    'Arms|Furniture|Toys and sports|Other manufactures|Works of art',
  ]
    .join('|')
    .split('|')
    .map((name, i) => [String(i + 1).padStart(2, '0'), name]),
);

const chapterName = (c: string): string => CHAPTERS[c] ?? `HS ${c}`;

const SYMBOL: Record<string, string> = { CAD: 'C$', USD: 'US$', EUR: '€', GBP: '£' };
const symbol = (currency: string): string => SYMBOL[currency] ?? `${currency} `;

/** 1_300_000_000 CAD → "C$1.30 bn"; for labels, where a whole figure would not fit. */
function compact(value: number, currency: string): string {
  const a = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const [n, unit] =
    a >= 1e9 ? [a / 1e9, ' bn'] : a >= 1e6 ? [a / 1e6, ' m'] : a >= 1e3 ? [a / 1e3, ' k'] : [a, ''];
  return `${sign}${symbol(currency)}${unit ? Number(n.toPrecision(3)) : Math.round(n)}${unit}`;
}

/** The whole figure with thousands separators, for tables. */
const whole = (value: number, currency: string): string =>
  `${value < 0 ? '−' : ''}${symbol(currency)}${Math.round(Math.abs(value)).toLocaleString('en')}`;

/** A share to one decimal; a small but non-zero one reads "<0.1%", never "0.0%". */
function percent(part: number, of: number): string {
  if (of <= 0) return '—';
  const p = (part * 100) / of;
  return p > 0 && p < 0.05 ? '<0.1%' : `${p.toFixed(1)}%`;
}

/** The currency holding most covered trade: the charts show one currency, the tables all. */
function mainCurrency(r: Coverage): string {
  const by = new Map<string, number>();
  for (const c of r.chapters) by.set(c.currency, (by.get(c.currency) ?? 0) + c.value);
  for (const p of r.pairs) if (!by.has(p.currency)) by.set(p.currency, 0);
  return [...by.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
}

/** The selected pairs' whole base-year trade in a currency: the denominator of every share. */
const pairTotal = (r: Coverage, currency: string): number =>
  r.pairs.filter((p) => p.currency === currency).reduce((a, p) => a + p.total, 0);

function treemapOption(r: Coverage, currency: string): ChartOption {
  const chapters = r.chapters.filter((c) => c.currency === currency && c.value > 0);
  const covered = chapters.reduce((a, c) => a + c.value, 0);
  const total = pairTotal(r, currency);
  return {
    color: SERIES_COLOURS.slice(1),
    tooltip: {
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number };
        const code = name.replace(/^Ch\. /, '');
        return `Chapter ${code} (${chapterName(code)})<br/>${whole(value, currency)}<br/>${percent(value, covered)} of covered trade, ${percent(value, total)} of the pair’s ${r.baseYear} trade`;
      },
    },
    series: [
      {
        type: 'treemap',
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        width: '100%',
        height: '100%',
        top: 0,
        left: 0,
        label: {
          show: true,
          position: 'insideTopLeft',
          lineHeight: 16,
          fontSize: 12,
          overflow: 'truncate',
          formatter: (p: unknown) => {
            const { name, value } = p as { name: string; value: number };
            const code = name.replace(/^Ch\. /, '');
            return `${name} ${chapterName(code)}\n${compact(value, currency)}`;
          },
        },
        itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 },
        data: chapters.map((c, i) => ({
          name: `Ch. ${c.chapter}`,
          value: c.value,
          itemStyle: { color: SERIES_COLOURS[(i % (SERIES_COLOURS.length - 1)) + 1] },
        })),
      },
    ],
  };
}

function overTimeOption(r: Coverage, currency: string): ChartOption {
  const total = pairTotal(r, currency);
  const values = r.years.map(
    (y) => r.byYear.find((b) => b.year === y && b.currency === currency)?.value ?? 0,
  );
  return {
    color: [SERIES_COLOURS[1] ?? '#0b5cad', SERIES_COLOURS[2] ?? '#c8102e'],
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: r.years.map(String) },
    yAxis: [
      {
        type: 'value',
        name: symbol(currency).trim(),
        axisLabel: { formatter: (v: number) => compact(v, currency) },
      },
      {
        type: 'value',
        name: '%',
        min: 0,
        max: 100,
        splitLine: { show: false },
        axisLabel: { formatter: '{value}%' },
      },
    ],
    series: [
      {
        type: 'bar',
        name: `Covered trade (${currency})`,
        barMaxWidth: 48,
        data: values,
        tooltip: { valueFormatter: (v: unknown) => whole(Number(v), currency) },
      },
      {
        type: 'line',
        name: `Share of the pair’s ${r.baseYear} trade`,
        yAxisIndex: 1,
        data: values.map((v) => (total > 0 ? Math.round((v * 1000) / total) / 10 : 0)),
        tooltip: { valueFormatter: (v: unknown) => `${Number(v)}%` },
      },
    ],
  };
}

type Grouping = 'chapter' | 'partner';

/** Simulation effects grouped by HS chapter (of the largest lines) or by partner. */
function effectsBy(s: Simulation, by: Grouping, currency: string): (Effects & { name: string })[] {
  if (by === 'partner')
    return s.byExporter
      .filter((e) => e.currency === currency)
      .map((e) => ({ ...e, name: e.exporter }));
  const groups = new Map<string, Effects & { name: string }>();
  for (const l of s.byLine.filter((e) => e.currency === currency)) {
    const ch = l.hs.slice(0, 2);
    const g = groups.get(ch) ?? {
      name: `Ch. ${ch} ${chapterName(ch)}`,
      currency,
      imports: 0,
      creation: 0,
      diversion: 0,
      price: 0,
      total: 0,
    };
    groups.set(ch, {
      ...g,
      imports: g.imports + l.imports,
      creation: g.creation + l.creation,
      diversion: g.diversion + l.diversion,
      price: g.price + l.price,
      total: g.total + l.total,
    });
  }
  return [...groups.values()].sort((a, b) => Math.abs(b.total) - Math.abs(a.total));
}

function effectsOption(
  rows: readonly (Effects & { name: string })[],
  currency: string,
): ChartOption {
  const series = [
    ['creation', 'Trade creation'],
    ['diversion', 'Trade diversion'],
    ['price', 'Price effect'],
  ] as const;
  return {
    color: SERIES_COLOURS.slice(1),
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => whole(Number(v), currency),
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      splitNumber: 3,
      axisLabel: { hideOverlap: true, formatter: (v: number) => compact(v, currency) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      // long chapter names are cut on a phone; the table below has them whole
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: series
      .filter(([key]) => rows.some((r) => r[key] !== 0) || key === 'creation')
      .map(([key, name]) => ({
        type: 'bar',
        name,
        stack: 'effects',
        barMaxWidth: 36,
        data: rows.map((r) => r[key]),
      })),
  };
}

/** Styles of this page only (the light DOM shares one stylesheet; these are prefixed). */
/** A group of radio buttons with its legend; `set` gets the value chosen. */
function radios<T extends string>(
  name: string,
  legend: string,
  options: readonly (readonly [T, string])[],
  current: T,
  set: (value: T) => void,
): TemplateResult {
  return html`<fieldset class="scenario">
    <legend>${legend}</legend>
    ${options.map(
      ([value, text]) =>
        html`<label class="check"
          ><input
            type="radio"
            name=${name}
            value=${value}
            .checked=${current === value}
            @change=${() => set(value)}
          />
          ${text}</label
        >`,
    )}
  </fieldset>`;
}

const PAGE_STYLE = `
  d-coverage fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 0.4rem 0.8rem;
    margin: 0; min-width: 0; flex-basis: 100%; }
  d-coverage fieldset.scenario { flex-basis: auto; }
  d-coverage fieldset.scenario label.check { display: inline-flex; margin-right: 1.2rem; }
  d-coverage legend { font-weight: 600; padding: 0 0.3rem; }
  d-coverage label.check { display: flex; gap: 0.5rem; align-items: baseline; font-weight: normal;
    padding: 0.35rem 0; min-height: 2rem; }
  d-coverage label.check input { width: auto; margin: 0; }
  d-coverage .small-print { display: block; font-size: 0.8rem; }
  d-coverage figure { margin: 0 0 0.8rem; }
  d-coverage figcaption { font-size: 0.85rem; margin-top: 0.3rem; }
  d-coverage section.panel { min-width: 0; margin-bottom: 1rem; }
  d-coverage form.inline { align-items: flex-end; flex-wrap: wrap; }
`;

export class CoveragePage extends Page {
  static override properties = {
    ...Page.properties,
    report: { state: true },
    candidates: { state: true },
    simulation: { state: true },
    simFailure: { state: true },
    simulating: { state: true },
    scenario: { state: true },
    grouping: { state: true },
  };
  declare report: Coverage | null;
  declare candidates: CoveredMeasure[];
  declare simulation: Simulation | null;
  declare simFailure: string | null;
  declare simulating: boolean;
  declare scenario: 'remove' | 'linear';
  declare grouping: Grouping;

  constructor() {
    super();
    this.report = null;
    this.candidates = [];
    this.simulation = null;
    this.simFailure = null;
    this.simulating = false;
    this.scenario = 'remove';
    this.grouping = 'chapter';
  }

  private get pair(): [string, string] {
    const [a, b] = (this.query.get('pair') ?? 'CHN-CAN').toUpperCase().split('-');
    return [a ?? 'CHN', b ?? 'CAN'];
  }

  private get chosen(): string[] {
    return this.query.getAll('measure');
  }

  protected async load(): Promise<void> {
    this.simulation = null;
    this.simFailure = null;
    const q = this.query;
    const years = new URLSearchParams();
    for (const key of ['baseYear', 'to'] as const) {
      const v = q.get(key);
      if (v) years.set(key, v);
    }
    // every measure of the pair, to choose from; then the chosen ones, when some are
    const all = new URLSearchParams(years);
    all.set('pair', this.pair.join('-'));
    this.report = null;
    const candidates = await getParams<Coverage>('/coverage', all);
    this.candidates = candidates.measures;
    if (this.chosen.length === 0) {
      this.report = candidates;
      return;
    }
    const some = new URLSearchParams(years);
    for (const id of this.chosen) some.append('measure', id);
    this.report = await getParams<Coverage>('/coverage', some);
  }

  private choose(e: SubmitEvent): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const text = (k: string) =>
      String(form.get(k) ?? '')
        .trim()
        .toUpperCase();
    const [imposer, target] = [text('imposer'), text('target')];
    const samePair = `${imposer}-${target}` === this.pair.join('-');
    const params = new URLSearchParams({ pair: `${imposer}-${target}` });
    // measures belong to a pair: a new pair starts from all of its measures
    if (samePair) for (const id of form.getAll('measure')) params.append('measure', String(id));
    for (const key of ['baseYear', 'to']) {
      const v = String(form.get(key) ?? '').trim();
      if (v) params.set(key, v);
    }
    navigate(`/coverage?${params.toString()}`);
  }

  private async simulate(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const r = this.report;
    if (!r) return;
    const form = new FormData(e.target as HTMLFormElement);
    const on = String(form.get('on') ?? '');
    const importer = r.measures[0]?.importer;
    const cut = Number(String(form.get('cut') ?? '').replace('%', ''));
    const scenario =
      this.scenario === 'remove'
        ? { kind: 'remove', measure: String(form.get('lift') ?? '') }
        : { kind: 'linear', cutBp: Math.round(cut * 100) };
    this.simulating = true;
    this.simFailure = null;
    try {
      this.simulation = await send<Simulation>('POST', '/simulate', {
        scenario,
        on,
        baseYear: r.baseYear,
        ...(this.scenario === 'linear' && importer ? { importer } : {}),
      });
    } catch (err) {
      this.simulation = null;
      this.simFailure =
        err instanceof ApiProblem && err.errors.length > 0
          ? err.errors.map((x) => x.message).join('; ')
          : message(err);
    } finally {
      this.simulating = false;
    }
  }

  private caption(r: Coverage, currency: string, what: string): TemplateResult {
    return html`<figcaption class="muted">
      ${what} Method: Global Trade Alert’s — each product flow counts for the share of the year a
      measure was in force, the largest share where measures overlap. Base year ${r.baseYear}. Data:
      ${r.source.label}${r.source.kind === 'imported' ? `, ${currency}` : ''}.
    </figcaption>`;
  }

  private controls(): TemplateResult {
    const [imposer, target] = this.pair;
    const chosen = new Set(this.chosen);
    const q = this.query;
    return html`<form class="inline" @submit=${this.choose} aria-label="Choose the measures">
      <div class="field">
        <label for="cov-imposer">Imposer</label>
        <input
          id="cov-imposer"
          name="imposer"
          .value=${imposer}
          required
          pattern="[A-Za-z]{3}"
          size="5"
        />
      </div>
      <div class="field">
        <label for="cov-target">Target</label>
        <input
          id="cov-target"
          name="target"
          .value=${target}
          required
          pattern="[A-Za-z]{3}"
          size="5"
        />
      </div>
      <div class="field">
        <label for="cov-base">Base year</label>
        <input
          id="cov-base"
          name="baseYear"
          inputmode="numeric"
          pattern="[0-9]{4}"
          size="6"
          placeholder="auto"
          .value=${q.get('baseYear') ?? ''}
          aria-describedby="cov-base-hint"
        />
        <span id="cov-base-hint" class="muted small-print"
          >default: the year before the first measure</span
        >
      </div>
      <div class="field">
        <label for="cov-to">Last year</label>
        <input
          id="cov-to"
          name="to"
          inputmode="numeric"
          pattern="[0-9]{4}"
          size="6"
          placeholder="this year"
          .value=${q.get('to') ?? ''}
        />
      </div>
      ${
        this.candidates.length > 0
          ? html`<fieldset class="measures">
              <legend>Measures (none ticked: all of ${imposer} on ${target})</legend>
              ${this.candidates.map(
                (m) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      name="measure"
                      value=${m.id}
                      .checked=${chosen.has(m.id)}
                    />
                    ${m.title} <span class="muted nowrap">(${m.start})</span></label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      <button type="submit">Show coverage</button>
    </form>`;
  }

  private chaptersView(r: Coverage, currency: string): TemplateResult {
    const chapters = r.chapters.filter((c) => c.currency === currency);
    const covered = chapters.reduce((a, c) => a + c.value, 0);
    const total = pairTotal(r, currency);
    return html`<section class="panel" aria-labelledby="h-chapters">
      <h2 id="h-chapters">Covered trade by HS chapter</h2>
      ${
        chapters.length === 0
          ? html`<p class="muted">No trade of ${r.baseYear} held under these measures.</p>`
          : html`<figure>
                <d-chart
                  data-testid="coverage-treemap"
                  style="height:300px"
                  .option=${treemapOption(r, currency)}
                  role="img"
                  aria-label="Treemap of ${r.baseYear} trade covered, by HS chapter: ${chapters
                    .map((c) => `chapter ${c.chapter} ${compact(c.value, currency)}`)
                    .join(', ')}"
                ></d-chart>
                ${this.caption(r, currency, `Area: ${r.baseYear} trade under at least one measure.`)}
              </figure>
              <div class="table-wrap">
                <table data-testid="chapter-table">
                  <caption class="muted" style="text-align:left">
                    The treemap as a table
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">HS chapter</th>
                      <th scope="col" class="num">Covered (${r.baseYear})</th>
                      <th scope="col" class="num">Share of covered</th>
                      <th scope="col" class="num">Share of the pair’s trade</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${chapters.map(
                      (c) =>
                        html`<tr>
                          <td>
                            <span class="nowrap">${c.chapter}</span> ${chapterName(c.chapter)}
                          </td>
                          <td class="num">${whole(c.value, c.currency)}</td>
                          <td class="num">${percent(c.value, covered)}</td>
                          <td class="num">${percent(c.value, total)}</td>
                        </tr>`,
                    )}
                    <tr class="total">
                      <td>All covered</td>
                      <td class="num">${whole(covered, currency)}</td>
                      <td class="num">100%</td>
                      <td class="num">${percent(covered, total)}</td>
                    </tr>
                  </tbody>
                </table>
              </div>`
      }
    </section>`;
  }

  private yearsView(r: Coverage, currency: string): TemplateResult {
    const total = pairTotal(r, currency);
    const rows = r.years.map((y) => ({
      year: y,
      value: r.byYear.find((b) => b.year === y && b.currency === currency)?.value ?? 0,
    }));
    return html`<section class="panel" aria-labelledby="h-years">
      <h2 id="h-years">Coverage over time</h2>
      <figure>
        <d-chart
          data-testid="coverage-years"
          style="height:280px"
          .option=${overTimeOption(r, currency)}
          role="img"
          aria-label="Covered trade per year: ${rows
            .map((x) => `${x.year} ${compact(x.value, currency)}, ${percent(x.value, total)}`)
            .join('; ')}"
        ></d-chart>
        ${this.caption(
          r,
          currency,
          `Bars: ${r.baseYear} trade × the share of each year the measures were in force; line: that as a share of the pair’s ${r.baseYear} trade (${whole(total, currency)}).`,
        )}
      </figure>
      <div class="table-wrap">
        <table data-testid="years-table">
          <caption class="muted" style="text-align:left">
            The chart as a table
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" class="num">Covered trade</th>
              <th scope="col" class="num">Share of the pair’s ${r.baseYear} trade</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (x) =>
                html`<tr>
                  <td>${x.year}</td>
                  <td class="num">${whole(x.value, currency)}</td>
                  <td class="num">${percent(x.value, total)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private measuresView(r: Coverage, currency: string): TemplateResult {
    const total = pairTotal(r, currency);
    return html`<section class="panel" aria-labelledby="h-measures">
      <h2 id="h-measures">Measures and the trade each covers</h2>
      <div class="table-wrap">
        <table data-testid="measures-table">
          <caption class="muted" style="text-align:left">
            ${r.baseYear} trade each measure covers alone; shares of the pair’s ${r.baseYear} trade
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">In force</th>
              <th scope="col" class="num">Covered</th>
              <th scope="col" class="num">Share</th>
              <th scope="col" class="num">Product flows</th>
            </tr>
          </thead>
          <tbody>
            ${r.measures.map((m) => {
              const value = m.covered.find((c) => c.currency === currency)?.value ?? 0;
              const others = m.covered.filter((c) => c.currency !== currency);
              return html`<tr>
                <td><a href=${recordHref(m.id)}>${m.title}</a></td>
                <td>
                  <span class="nowrap">${m.start} → ${m.end ?? 'on'}</span>
                  ${(m.lifts ?? []).map(
                    (l) =>
                      html`<br /><span class="muted"
                          >partly lifted
                          <span class="nowrap">${l.start} → ${l.end ?? 'on'}</span> by
                          <a href=${recordHref(l.by)}>${l.by}</a></span
                        >`,
                  )}
                </td>
                <td class="num">
                  ${whole(value, currency)}
                  ${others.map((o) => html`<br />${whole(o.value, o.currency)}`)}
                </td>
                <td class="num">${percent(value, total)}</td>
                <td class="num">${m.tuples}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${
        r.pairs.length > 0
          ? html`<p>
              Under at least one of them:
              ${r.pairs.map(
                (p, i) =>
                  html`${i > 0 ? '; ' : ''}${p.exporter} → ${p.importer}
                    <strong>${whole(p.covered, p.currency)}</strong> of
                    ${whole(p.total, p.currency)} (${(p.shareBp / 100).toFixed(1)}%)`,
              )}.
            </p>`
          : nothing
      }
    </section>`;
  }

  private simulationView(r: Coverage): TemplateResult {
    const first = [...r.measures].sort((a, b) => a.start.localeCompare(b.start))[0];
    return html`<section class="panel" aria-labelledby="h-sim">
      <h2 id="h-sim">What if? A simulation</h2>
      <form
        class="inline"
        @submit=${(e: SubmitEvent) => void this.simulate(e)}
        aria-label="Simulation"
      >
        ${radios(
          'kind',
          'Scenario',
          [
            ['remove', 'Lift a measure'],
            ['linear', `Cut all of ${first?.importer ?? 'the importer'}’s tariffs by a share`],
          ],
          this.scenario,
          (v) => (this.scenario = v),
        )}
        ${
          this.scenario === 'remove'
            ? html`<div class="field">
                <label for="sim-lift">Measure to lift</label>
                <select id="sim-lift" name="lift">
                  ${r.measures.map((m) => html`<option value=${m.id}>${m.title}</option>`)}
                </select>
              </div>`
            : html`<div class="field">
                <label for="sim-cut">Cut (% of each rate)</label>
                <input
                  id="sim-cut"
                  name="cut"
                  inputmode="decimal"
                  value="50"
                  size="5"
                  required
                  pattern="[0-9]+([.][0-9]+)?%?"
                />
              </div>`
        }
        <div class="field">
          <label for="sim-on">Tariffs read on</label>
          <input id="sim-on" name="on" type="date" required .value=${first?.start ?? ''} />
        </div>
        <button type="submit" ?disabled=${this.simulating}>Simulate</button>
      </form>
      <div aria-live="polite">
        ${this.simulating ? html`<p class="muted">Simulating…</p>` : nothing}
        ${this.simFailure ? html`<p class="error" role="alert">${this.simFailure}</p>` : nothing}
        ${this.simulation ? this.simulationResult(this.simulation) : nothing}
      </div>
    </section>`;
  }

  private simulationResult(s: Simulation): TemplateResult {
    const currency = s.totals[0]?.currency ?? 'USD';
    const rows: [string, (t: Simulation['totals'][number]) => number][] = [
      [`Imports, ${s.baseYear}`, (t) => t.imports],
      ['Trade creation', (t) => t.creation],
      ['Trade diversion', (t) => t.diversion],
      ['Price effect', (t) => t.price],
      ['Total change in imports', (t) => t.total],
      ['Tariff revenue before', (t) => t.revenueBefore],
      ['Tariff revenue after', (t) => t.revenueAfter],
      ['Welfare (½·|Δt|·ΔM)', (t) => t.welfare],
    ];
    const grouped = effectsBy(s, this.grouping, currency);
    const ex = s.params.ex >= 99 ? '99 (infinite)' : String(s.params.ex);
    return html`<div class="table-wrap">
        <table data-testid="simulation-table">
          <caption class="muted" style="text-align:left">
            Effects on ${s.importer}’s ${s.baseYear} imports, tariffs on ${s.on}: ${s.changed} of
            ${s.flows} flows see their tariff change
          </caption>
          <thead>
            <tr>
              <th scope="col">Effect</th>
              ${s.totals.map((t) => html`<th scope="col" class="num">${t.currency}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([name, f]) =>
                html`<tr data-effect=${name}>
                  <td>${name}</td>
                  ${s.totals.map((t) => html`<td class="num">${whole(f(t), t.currency)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${radios(
        'grouping',
        'Break the effects down',
        [
          ['chapter', 'by HS chapter'],
          ['partner', 'by partner'],
        ],
        this.grouping,
        (v) => (this.grouping = v),
      )}
      ${
        grouped.length === 0
          ? html`<p class="muted">No line’s imports change.</p>`
          : html`<figure>
                <d-chart
                  data-testid="simulation-chart"
                  style="display:block;height:${Math.max(180, 48 * grouped.length + 80)}px"
                  .option=${effectsOption(grouped, currency)}
                  role="img"
                  aria-label="Bar chart of the change in imports ${this.grouping === 'chapter' ? 'by HS chapter' : 'by partner'}: ${grouped
                    .map((g) => `${g.name} ${compact(g.total, currency)}`)
                    .join(', ')}"
                ></d-chart>
                <figcaption class="muted">
                  Method: WITS-SMART partial equilibrium (Laird &amp; Yeats 1986); Em
                  ${s.params.em}, Es ${s.params.es}, Ex ${ex}. Base year ${s.baseYear}.
                  ${this.grouping === 'chapter' ? 'The ten product lines with the largest effects, by chapter.' : 'The ten partners with the largest effects.'}
                  Data: ${s.source.label}.
                </figcaption>
              </figure>
              <div class="table-wrap">
                <table data-testid="simulation-breakdown">
                  <caption class="muted" style="text-align:left">
                    The chart as a table (${currency})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${this.grouping === 'chapter' ? 'HS chapter' : 'Partner'}</th>
                      <th scope="col" class="num">Imports</th>
                      <th scope="col" class="num">Creation</th>
                      <th scope="col" class="num">Diversion</th>
                      <th scope="col" class="num">Price</th>
                      <th scope="col" class="num">Total</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${grouped.map(
                      (g) =>
                        html`<tr>
                          <td>${g.name}</td>
                          <td class="num">${whole(g.imports, currency)}</td>
                          <td class="num">${whole(g.creation, currency)}</td>
                          <td class="num">${whole(g.diversion, currency)}</td>
                          <td class="num">${whole(g.price, currency)}</td>
                          <td class="num">${whole(g.total, currency)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }`;
  }

  override render(): TemplateResult {
    const [imposer, target] = this.pair;
    const r = this.report;
    const currency = r ? mainCurrency(r) : 'USD';
    return html`
      <h1 tabindex="-1">Trade coverage: ${imposer}’s measures on ${target}</h1>
      ${this.controls()} ${this.status()}
      ${
        r
          ? html`<p class="note" data-testid="coverage-source">
                ${r.source.kind === 'sample' ? 'No trade flows imported, so the figures come from the ' : 'Figures from '}
                ${r.source.label}. Base year ${r.baseYear}.
                <a href=${href('/coverage', { pair: `${imposer}-${target}` })}
                  >All of the pair’s measures</a
                >
              </p>
              ${this.chaptersView(r, currency)} ${this.yearsView(r, currency)}
              ${this.measuresView(r, currency)} ${this.simulationView(r)}`
          : nothing
      }
    `;
  }
}
if (!document.getElementById('d-coverage-style')) {
  const style = document.createElement('style');
  style.id = 'd-coverage-style';
  style.textContent = PAGE_STYLE;
  document.head.append(style);
}
customElements.define('d-coverage', CoveragePage);
