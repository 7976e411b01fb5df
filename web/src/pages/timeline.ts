/**
 * Timeline at /timeline: every dated record of the pair, filtered by kind, acting country,
 * person or body involved, direction and date range, under a zoomable ECharts strip. Each item
 * opens its record.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { asKnownOn, getAll } from '../api.ts';
import { colourOf } from '../chart.ts';
import type { ChartOption } from '../chart.ts';
import { label } from '../format.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';
import { sourceList } from '../sources.ts';
import type { StoredRecord, TimelineEntry } from '../types.ts';

const KINDS = ['measure', 'event', 'engagement', 'statement'] as const;

export class TimelinePage extends Page {
  static override properties = { ...Page.properties, items: { state: true } };
  declare items: TimelineEntry[];
  /** Actor (person or body) id → name, and record id → the actors it involves. */
  private actorNames = new Map<string, string>();
  private involved = new Map<string, string[]>();
  /** The pair and as-known-on moment the loaded records answer for (filters apply locally). */
  private loadedFor = '';

  constructor() {
    super();
    this.items = [];
  }

  private get pair(): string {
    return (this.query.get('pair') ?? 'CAN-CHN').toUpperCase();
  }

  protected async load(): Promise<void> {
    const loading = `${this.pair}|${asKnownOn() ?? ''}`;
    if (this.loadedFor === loading) return;
    const [items, actors, events, engagements, statements] = await Promise.all([
      getAll<TimelineEntry>('/timeline', { pair: this.pair }),
      getAll<StoredRecord>('/actors'),
      getAll<StoredRecord>('/events'),
      getAll<StoredRecord>('/engagements'),
      getAll<StoredRecord>('/statements'),
    ]);
    const ids = (v: unknown): string[] =>
      Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
    this.actorNames = new Map(actors.map((a) => [a.id, label(a.record)]));
    this.involved = new Map([
      ...events.map((r): [string, string[]] => [r.id, ids(r.record.actors)]),
      ...engagements.map((r): [string, string[]] => [r.id, ids(r.record.participants)]),
      ...statements.map((r): [string, string[]] => [r.id, ids(r.record.speaker)]),
    ]);
    this.items = items;
    this.loadedFor = loading;
  }

  private get filtered(): TimelineEntry[] {
    const q = this.query;
    const kind = q.get('kind') ?? '';
    const actor = q.get('actor') ?? '';
    const who = q.get('who') ?? '';
    const [dFrom, dTo] = (q.get('dir') ?? '').split('>');
    const from = q.get('from') ?? '';
    const to = q.get('to') ?? '';
    return this.items.filter(
      (e) =>
        (!kind || e.kind === kind) &&
        (!actor || e.parties[0] === actor) &&
        (!who || (this.involved.get(e.id) ?? []).includes(who)) &&
        (!dFrom || (e.parties[0] === dFrom && e.parties.includes(dTo ?? ''))) &&
        (!from || e.date >= from) &&
        (!to || e.date <= to),
    );
  }

  private change(e: Event): void {
    const form = (e.target as HTMLElement).closest('form');
    if (!form) return;
    e.preventDefault();
    const data = new FormData(form);
    const q: Record<string, string> = { pair: this.pair };
    for (const k of ['kind', 'actor', 'who', 'dir', 'from', 'to']) q[k] = String(data.get(k) ?? '');
    navigate(href('/timeline', q), true);
  }

  private chart(items: readonly TimelineEntry[]): ChartOption {
    return {
      aria: { enabled: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const d = (p as { data: { date: string; title: string } }).data;
          const div = document.createElement('div');
          div.textContent = `${d.date}: ${d.title}`;
          return div.innerHTML;
        },
      },
      grid: { left: 8, right: 16, top: 10, bottom: 60, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: [...KINDS] },
      dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 8 }],
      series: [
        {
          type: 'scatter',
          symbolSize: 12,
          data: items.map((e) => ({
            value: [e.date, e.kind],
            id: e.id,
            date: e.date,
            title: e.title,
            itemStyle: { color: colourOf(e.parties[0] ?? '') },
          })),
        },
      ],
    };
  }

  override render(): TemplateResult {
    const q = this.query;
    const items = this.filtered;
    const actors = [...new Set(this.items.map((e) => e.parties[0] ?? ''))].filter(Boolean).sort();
    const present = new Set(this.items.flatMap((e) => this.involved.get(e.id) ?? []));
    const people = [...this.actorNames]
      .filter(([id]) => present.has(id))
      .sort((x, y) => x[1].localeCompare(y[1]));
    const [a, b] = this.pair.split('-');
    const select = (name: string, text: string, options: [string, string][]) =>
      html`<div class="field">
        <label for="tl-${name}">${text}</label>
        <select id="tl-${name}" name=${name} @change=${this.change}>
          <option value="">all</option>
          ${options.map(
            ([v, t]) => html`<option value=${v} ?selected=${q.get(name) === v}>${t}</option>`,
          )}
        </select>
      </div>`;
    return html`
      <h1 tabindex="-1">Timeline: ${this.pair}</h1>
      <form class="inline" @submit=${this.change} aria-label="Filter the timeline">
        ${select(
          'kind',
          'Kind',
          KINDS.map((k) => [k, k]),
        )}
        ${select(
          'actor',
          'Acting country',
          actors.map((x) => [x, x]),
        )}
        ${select(
          'who',
          'Person or body',
          people.map(([id, name]) => [id, name]),
        )}
        ${select('dir', 'Direction', [
          [`${a}>${b}`, `${a} → ${b}`],
          [`${b}>${a}`, `${b} → ${a}`],
        ])}
        <div class="field">
          <label for="tl-from">From date</label>
          <input
            id="tl-from"
            name="from"
            type="date"
            .value=${q.get('from') ?? ''}
            @change=${this.change}
          />
        </div>
        <div class="field">
          <label for="tl-to">To date</label>
          <input
            id="tl-to"
            name="to"
            type="date"
            .value=${q.get('to') ?? ''}
            @change=${this.change}
          />
        </div>
        <button type="submit">Apply</button>
      </form>
      ${this.status()}
      <p aria-live="polite" data-testid="timeline-count">
        ${items.length} of ${this.items.length} dated records
      </p>
      ${
        this.items.length > 0
          ? html`<d-chart
                .option=${this.chart(items)}
                role="img"
                aria-label="Zoomable chart of the ${items.length} records shown below, by date and kind"
                @chart-click=${(e: CustomEvent<string>) => navigate(recordHref(e.detail))}
              ></d-chart>
              <p class="muted">
                Dots are coloured by acting party:
                ${actors.map(
                  (x) =>
                    html`<span class="nowrap"
                      ><span class="swatch" style="background:${colourOf(x)}"></span>${x}</span
                    > `,
                )}
                · drag the slider or scroll over the chart to zoom; click a dot to open it.
              </p>`
          : nothing
      }
      <ol class="plain" aria-label="Dated records">
        ${items.map(
          (e) =>
            html`<li>
              <span class="muted">${e.date}</span> · <strong>${e.kind}</strong>
              ${e.step ? html`<span class="muted">(${e.step})</span>` : nothing} ·
              <span class="muted">${e.parties.join(', ')}</span><br />
              <a href=${recordHref(e.id)}>${e.title}</a>
              ${
                e.sourceLinks.length > 0
                  ? html`<details>
                      <summary>
                        ${e.sourceLinks.length} source${e.sourceLinks.length > 1 ? 's' : ''}
                      </summary>
                      ${sourceList(e.sourceLinks)}
                    </details>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    `;
  }
}
customElements.define('d-timeline', TimelinePage);
