/**
 * Retaliation graph at /graph: measures and the events linked to them as nodes, "responds to"
 * as arrows, coloured by imposer (or acting party); clicking a node opens its record.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { getAll } from '../api.ts';
import { colourOf } from '../chart.ts';
import type { ChartOption } from '../chart.ts';
import { Page } from '../page.ts';
import { navigate, recordHref } from '../router.ts';
import type { MeasureView, StoredRecord } from '../types.ts';

interface Node {
  id: string;
  title: string;
  actor: string;
  kind: 'measure' | 'event';
}

export class GraphPage extends Page {
  static override properties = {
    ...Page.properties,
    nodes: { state: true },
    edges: { state: true },
  };
  declare nodes: Node[];
  declare edges: [string, string][];

  constructor() {
    super();
    this.nodes = [];
    this.edges = [];
  }

  protected async load(): Promise<void> {
    const [measures, events] = await Promise.all([
      getAll<MeasureView>('/measures'),
      getAll<StoredRecord>('/events'),
    ]);
    const eventActor = new Map(
      events.map((e) => {
        const parties = e.record.parties;
        return [e.id, Array.isArray(parties) ? String(parties[0] ?? '') : ''];
      }),
    );
    const nodes = new Map<string, Node>();
    for (const m of measures)
      nodes.set(m.measure.id, {
        id: m.measure.id,
        title: m.measure.title,
        actor: m.measure.imposer,
        kind: 'measure',
      });
    const edges = new Map<string, [string, string]>();
    const link = (from: string, to: string) => edges.set(`${from}>${to}`, [from, to]);
    for (const m of measures) {
      for (const l of [...m.respondsTo, ...m.respondedBy])
        if (!nodes.has(l.id))
          nodes.set(l.id, {
            id: l.id,
            title: l.title,
            actor: eventActor.get(l.id) ?? '',
            kind: 'event',
          });
      for (const l of m.respondsTo) link(m.measure.id, l.id);
      for (const l of m.respondedBy) link(l.id, m.measure.id);
    }
    this.nodes = [...nodes.values()];
    this.edges = [...edges.values()];
  }

  private option(): ChartOption {
    const actors = [...new Set(this.nodes.map((n) => n.actor || 'other'))].sort();
    return {
      aria: { enabled: true },
      tooltip: {
        formatter: (p: unknown) => {
          const d = (p as { data: { title?: string } }).data;
          const div = document.createElement('div');
          div.textContent = d.title ?? '';
          return div.innerHTML;
        },
      },
      legend: { data: actors, bottom: 0 },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          force: { repulsion: 260, edgeLength: [60, 140] },
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 8,
          categories: actors.map((a) => ({ name: a, itemStyle: { color: colourOf(a) } })),
          label: { show: false },
          emphasis: { focus: 'adjacency', label: { show: true } },
          lineStyle: { color: '#8a939e', width: 1.5, curveness: 0.1 },
          data: this.nodes.map((n) => ({
            id: n.id,
            name: n.id,
            title: n.title,
            category: actors.indexOf(n.actor || 'other'),
            symbol: n.kind === 'measure' ? 'circle' : 'diamond',
            symbolSize: n.kind === 'measure' ? 22 : 14,
          })),
          links: this.edges.map(([source, target]) => ({ source, target })),
        },
      ],
    };
  }

  override render(): TemplateResult {
    return html`
      <h1 tabindex="-1">Retaliation graph</h1>
      <p class="muted">
        Circles are measures, diamonds events; an arrow runs from a response to what it answers.
        Colours show the imposer. Drag or scroll to move and zoom; click a node to open it.
      </p>
      ${this.status()}
      ${
        this.nodes.length > 0
          ? html`<d-chart
                style="height:520px"
                .option=${this.option()}
                role="img"
                aria-label="Graph of ${this.nodes.length} measures and events and ${this.edges.length} responses; the same links are listed below"
                @chart-click=${(e: CustomEvent<string>) => navigate(recordHref(e.detail))}
              ></d-chart>
              <h2>The same links as a list</h2>
              <ul>
                ${this.edges.map(([from, to]) => {
                  const f = this.nodes.find((n) => n.id === from);
                  const t = this.nodes.find((n) => n.id === to);
                  return html`<li>
                    <a href=${recordHref(from)}>${f?.title ?? from}</a> responds to
                    <a href=${recordHref(to)}>${t?.title ?? to}</a>
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    `;
  }
}
customElements.define('d-graph', GraphPage);
