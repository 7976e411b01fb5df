/**
 * Duty lookup at /duty?line=&from=&to=&on= (a shareable URL): the layers as a table and a
 * stacked bar, the sources, the next scheduled change; problem+json errors beside their field.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ApiProblem, get } from '../api.ts';
import { SERIES_COLOURS } from '../chart.ts';
import type { ChartOption } from '../chart.ts';
import { pct, today } from '../format.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';
import { sourceList, uniqueSources } from '../sources.ts';
import type { DutyAnswer, LineDuty } from '../types.ts';

const FIELDS = [
  { name: 'line', label: 'HS line', hint: 'e.g. 1205.10' },
  { name: 'from', label: 'Origin', hint: 'ISO alpha-3, e.g. CAN' },
  { name: 'to', label: 'Destination', hint: 'e.g. CHN' },
  { name: 'on', label: 'Date', hint: 'YYYY-MM-DD' },
] as const;

function barOption(d: LineDuty): ChartOption {
  const parts = [
    ...(d.base
      ? [{ name: `Base rate (${d.base.line})`, bp: d.base.bp, id: d.base.baseRateId }]
      : []),
    ...d.layers.map((l) => ({ name: l.title, bp: l.bp, id: l.measureId })),
  ];
  return {
    aria: { enabled: true },
    color: SERIES_COLOURS,
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => `${Number(v)}%` },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: [d.line] },
    series: parts.map((p) => ({
      type: 'bar',
      name: p.name,
      stack: 'duty',
      barMaxWidth: 60,
      label: { show: p.bp > 0, formatter: () => pct(p.bp) },
      data: [{ value: p.bp / 100, id: p.id }],
    })),
  };
}

export class DutyPage extends Page {
  static override properties = {
    ...Page.properties,
    answer: { state: true },
    problem: { state: true },
  };
  declare answer: DutyAnswer | null;
  declare problem: ApiProblem | null;

  constructor() {
    super();
    this.answer = null;
    this.problem = null;
  }

  private value(name: string): string {
    const q = this.query;
    const defaults: Record<string, string> = { from: 'CAN', to: 'CHN', on: today() };
    return q.get(name) ?? defaults[name] ?? '';
  }

  protected async load(): Promise<void> {
    this.answer = null;
    this.problem = null;
    const q = this.query;
    if (!q.get('line')) return;
    try {
      this.answer = await get<DutyAnswer>('/duty', {
        line: this.value('line'),
        from: this.value('from'),
        to: this.value('to'),
        on: this.value('on'),
      });
    } catch (e) {
      if (e instanceof ApiProblem && e.status < 500) this.problem = e;
      else throw e;
    }
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const q: Record<string, string> = {};
    for (const f of FIELDS) q[f.name] = String(form.get(f.name) ?? '').trim();
    navigate(href('/duty', q));
  }

  private lineDuty(d: LineDuty, heading: string): TemplateResult {
    const sources = uniqueSources([
      ...(d.base?.sources ?? []),
      ...d.layers.flatMap((l) => l.sources),
    ]);
    return html`<section class="panel" aria-label=${heading}>
      <h2>${heading}</h2>
      <p>Total duty: <span class="big" data-testid="duty-total">${pct(d.total.bp)}</span></p>
      ${d.warnings.map((w) => html`<p class="note">Note: ${w}</p>`)}
      <div class="table-wrap">
        <table>
          <caption class="muted" style="text-align:left">
            Layers of the duty on ${d.line}
          </caption>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Kind</th>
              <th scope="col">Rule</th>
              <th scope="col" class="num">Rate</th>
              <th scope="col">From</th>
              <th scope="col">Until</th>
            </tr>
          </thead>
          <tbody>
            ${
              d.base
                ? html`<tr>
                    <td>
                      <a href=${recordHref(d.base.baseRateId)}>Base rate</a>
                      ${d.base.description ? html`<br /><span class="muted">${d.base.description}</span>` : nothing}
                    </td>
                    <td>base</td>
                    <td>—</td>
                    <td class="num">${pct(d.base.bp)}</td>
                    <td>—</td>
                    <td>—</td>
                  </tr>`
                : html`<tr>
                    <td colspan="6" class="muted">No base rate recorded for this line.</td>
                  </tr>`
            }
            ${d.layers.map(
              (l) =>
                html`<tr>
                  <td><a href=${recordHref(l.measureId)}>${l.title}</a></td>
                  <td>${l.kind}</td>
                  <td>${l.rule}</td>
                  <td class="num">${pct(l.bp)}</td>
                  <td>${l.effective}</td>
                  <td>${l.until ?? '—'}</td>
                </tr>`,
            )}
            <tr class="total">
              <td colspan="3">Total</td>
              <td class="num">${pct(d.total.bp)}</td>
              <td colspan="2"></td>
            </tr>
          </tbody>
        </table>
      </div>
      <d-chart
        style="height:200px"
        .option=${barOption(d)}
        role="img"
        aria-label="Stacked bar of the duty layers on ${d.line}, total ${pct(d.total.bp)}"
        @chart-click=${(e: CustomEvent<string>) => navigate(recordHref(e.detail))}
      ></d-chart>
      ${
        d.removed.length > 0
          ? html`<h3>Removed layers</h3>
              <ul>
                ${d.removed.map(
                  (r) =>
                    html`<li>
                      ${r.layer.title ?? r.layer.description ?? r.layer.measureId ?? ''}:
                      ${r.reason} (by ${r.by})
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <h3>Next scheduled change</h3>
      ${
        d.next
          ? html`<p>
                On <strong>${d.next.date}</strong> the duty becomes
                <strong>${pct(d.next.total.bp)}</strong>.
              </p>
              <ul>
                ${(d.next.started ?? []).map(
                  (l) =>
                    html`<li>
                      starts: <a href=${recordHref(l.measureId)}>${l.title}</a> (${pct(l.bp)})
                    </li>`,
                )}
                ${(d.next.ended ?? []).map(
                  (l) =>
                    html`<li>
                      ends: <a href=${recordHref(l.measureId)}>${l.title}</a> (${pct(l.bp)})
                    </li>`,
                )}
              </ul>`
          : html`<p class="muted">No change is scheduled.</p>`
      }
      <h3>Sources</h3>
      ${sourceList(sources)}
    </section>`;
  }

  override render(): TemplateResult {
    const a = this.answer;
    const p = this.problem;
    return html`
      <h1 tabindex="-1">Duty lookup</h1>
      <form class="inline" @submit=${this.submit} novalidate aria-label="Duty lookup">
        ${FIELDS.map((f) => {
          const err = p?.forField(f.name);
          return html`<div class="field">
            <label for="duty-${f.name}">${f.label}</label>
            <input
              id="duty-${f.name}"
              name=${f.name}
              .value=${this.value(f.name)}
              placeholder=${f.hint}
              aria-invalid=${err ? 'true' : 'false'}
              aria-describedby="duty-${f.name}-err"
              size="12"
            />
            <span id="duty-${f.name}-err" class="field-error">${err ?? ''}</span>
          </div>`;
        })}
        <button type="submit">Look up</button>
      </form>
      ${this.status()}
      ${
        p
          ? html`<p class="error" role="alert">
              ${
                p.errors.some((e) => FIELDS.some((f) => f.name === e.field))
                  ? 'Please correct the fields marked above.'
                  : p.message
              }
            </p>`
          : nothing
      }
      ${
        a
          ? html`<p class="muted">
                ${a.query.line} from ${a.query.origin} to ${a.query.destination} on ${a.query.date}
              </p>
              ${
                'lines' in a
                  ? html`<p>The national lines under ${a.query.line} pay different duties:</p>
                      ${a.lines.map((l) => this.lineDuty(l, `Line ${l.line}`))}`
                  : this.lineDuty(a, `Line ${a.line}`)
              }`
          : nothing
      }
    `;
  }
}
customElements.define('d-duty', DutyPage);
