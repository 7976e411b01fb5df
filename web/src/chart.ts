/**
 * <d-chart>: an ECharts instance in a sized box. Only the charts and components the pages use
 * are registered. Clicking a data item with an `id` dispatches 'chart-click' with that id.
 */
import { BarChart, GraphChart, LineChart, ScatterChart, TreemapChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  GraphChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

// the coverage page: covered trade by HS chapter, and over time
echarts.use([LineChart, TreemapChart]);

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

export class DChart extends HTMLElement {
  private chart: echarts.ECharts | null = null;
  private resize: ResizeObserver | null = null;
  private pending: ChartOption | null = null;

  set option(option: ChartOption) {
    this.pending = option;
    if (this.chart) this.chart.setOption(option, true);
  }

  connectedCallback(): void {
    this.classList.add('chart');
    this.style.display = 'block';
    this.chart = echarts.init(this);
    this.chart.on('click', (params) => {
      const data = params.data as { id?: unknown } | undefined;
      if (data && typeof data.id === 'string')
        this.dispatchEvent(new CustomEvent('chart-click', { detail: data.id, bubbles: true }));
    });
    if (this.pending) this.chart.setOption(this.pending, true);
    this.resize = new ResizeObserver(() => this.chart?.resize());
    this.resize.observe(this);
  }

  disconnectedCallback(): void {
    this.resize?.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }
}

if (!customElements.get('d-chart')) customElements.define('d-chart', DChart);

/** Colours of stacked layers: the base in grey, then distinct, print-safe hues. */
export const SERIES_COLOURS = [
  '#7d8793',
  '#0b5cad',
  '#c8102e',
  '#2a7f3f',
  '#8a5a00',
  '#6a3d9a',
  '#00707a',
];

/** Colour per country or imposer, stable across pages. */
const PALETTE = ['#c8102e', '#0b5cad', '#2a7f3f', '#8a5a00', '#6a3d9a', '#00707a', '#7f7f7f'];
const assigned = new Map<string, string>([
  ['CAN', '#c8102e'],
  ['CHN', '#0b5cad'],
  ['USA', '#6a3d9a'],
]);
export function colourOf(actor: string): string {
  const known = assigned.get(actor);
  if (known) return known;
  const c = PALETTE[(assigned.size + 2) % PALETTE.length] ?? '#7f7f7f';
  assigned.set(actor, c);
  return c;
}
