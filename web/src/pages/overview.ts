/**
 * Pair overview at /: measures in force today in each direction, channel health, open
 * commitments, latest engagements and what changed recently (GET /overview, /timeline).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { get, getAll } from '../api.ts';
import { pct } from '../format.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';
import type { CommitmentState, Overview, TimelineEntry } from '../types.ts';

const entryList = (items: readonly TimelineEntry[]): TemplateResult =>
  html`<ul class="plain">
    ${items.map(
      (e) =>
        html`<li>
          <span class="muted">${e.date}</span> ·
          <a href=${recordHref(e.id)}>${e.title}</a>
        </li>`,
    )}
  </ul>`;

export class OverviewPage extends Page {
  static override properties = {
    ...Page.properties,
    data: { state: true },
    latest: { state: true },
  };
  declare data: Overview | null;
  declare latest: TimelineEntry[];

  constructor() {
    super();
    this.data = null;
    this.latest = [];
  }

  private get pair(): [string, string] {
    const [a, b] = (this.query.get('pair') ?? 'CAN-CHN').toUpperCase().split('-');
    return [a ?? 'CAN', b ?? 'CHN'];
  }

  protected async load(): Promise<void> {
    const pair = this.pair.join('-');
    const [data, timeline] = await Promise.all([
      get<Overview>('/overview', { pair }),
      getAll<TimelineEntry>('/timeline', { pair }),
    ]);
    this.data = data;
    // The timeline also holds scheduled steps: only what has happened by today counts here.
    this.latest = timeline
      .filter((e) => e.date <= data.on)
      .slice(-6)
      .reverse();
  }

  private choose(e: SubmitEvent): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const a = String(form.get('a') ?? '')
      .trim()
      .toUpperCase();
    const b = String(form.get('b') ?? '')
      .trim()
      .toUpperCase();
    navigate(href('/', { pair: `${a}-${b}` }));
  }

  private direction(d: Overview['directions'][number]): TemplateResult {
    return html`<section class="panel" aria-labelledby="dir-${d.imposer}">
      <h2 id="dir-${d.imposer}">In force today: ${d.imposer} on ${d.target}</h2>
      ${
        d.inForce.length === 0
          ? html`<p class="muted">No measure in force.</p>`
          : html`<div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col" class="num">Rate</th>
                    <th scope="col">Since</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.inForce.map(
                    (v) =>
                      html`<tr>
                        <td><a href=${recordHref(v.measure.id)}>${v.measure.title}</a></td>
                        <td class="num">${v.measure.rate ? pct(v.measure.rate.bp) : '—'}</td>
                        <td class="date">${v.measure.dates.effective ?? '—'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  override render(): TemplateResult {
    const [a, b] = this.pair;
    const d = this.data;
    // The ones still to keep first, then those met or dropped, each group in the channels' order.
    const all = d
      ? [...d.channels.channels.flatMap((c) => c.commitments), ...d.channels.otherCommitments]
      : [];
    const pending = (c: CommitmentState) => c.status === 'open' || c.status === 'in-progress';
    const commitments = [...all.filter(pending), ...all.filter((c) => !pending(c))];
    return html`
      <h1 tabindex="-1">${a}–${b}: the pair at a glance</h1>
      <form class="inline" @submit=${this.choose} aria-label="Choose a pair">
        <div class="field">
          <label for="pair-a">Country A</label>
          <input id="pair-a" name="a" .value=${a} required pattern="[A-Za-z]{3}" size="5" />
        </div>
        <div class="field">
          <label for="pair-b">Country B</label>
          <input id="pair-b" name="b" .value=${b} required pattern="[A-Za-z]{3}" size="5" />
        </div>
        <button type="submit">Show pair</button>
      </form>
      ${this.status()}
      ${
        d
          ? html`<p class="muted">As of ${d.on}.</p>
              <div class="grid">${d.directions.map((x) => this.direction(x))}</div>
              <div class="grid">
                <section class="panel" aria-labelledby="h-channels">
                  <h2 id="h-channels">Channels of talks</h2>
                  <div class="table-wrap">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Channel</th>
                          <th scope="col">Health</th>
                          <th scope="col">Last met</th>
                          <th scope="col">Next due</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${d.channels.channels.map(
                          (c) =>
                            html`<tr>
                              <td>
                                <a href=${recordHref(c.channel.id)}
                                  >${c.channel.name ?? c.channel.id}</a
                                >
                              </td>
                              <td>
                                <span class="status ${c.status}"
                                  >${
                                    c.status === 'on-time'
                                      ? 'on time'
                                      : c.status === 'overdue'
                                        ? 'overdue'
                                        : 'never met'
                                  }</span
                                >
                              </td>
                              <td>${c.daysSince === null ? '—' : `${c.daysSince} days ago`}</td>
                              <td class="date">${c.nextDue ?? '—'}</td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>
                </section>
                <section class="panel" aria-labelledby="h-commitments">
                  <h2 id="h-commitments">Commitments</h2>
                  ${
                    commitments.length === 0
                      ? html`<p class="muted">None recorded.</p>`
                      : html`<ul class="plain">
                          ${commitments.map(
                            ({ commitment: c, status, since, pastDue }) =>
                              html`<li>
                                <a href=${recordHref(c.id)}>${c.text ?? c.id}</a>
                                <span class="muted"
                                  >—
                                  ${status}${since ? ` since ${since}` : ''}${
                                    c.due ? `, due ${c.due}` : ''
                                  }</span
                                >
                                ${pastDue ? html`<span class="status overdue">past due</span>` : nothing}
                              </li>`,
                          )}
                        </ul>`
                  }
                </section>
              </div>
              <div class="grid">
                <section class="panel" aria-labelledby="h-engagements">
                  <h2 id="h-engagements">Latest engagements</h2>
                  ${
                    d.latestEngagements.length === 0
                      ? html`<p class="muted">None recorded.</p>`
                      : entryList(d.latestEngagements)
                  }
                </section>
                <section class="panel" aria-labelledby="h-recent">
                  <h2 id="h-recent">What changed recently</h2>
                  ${
                    d.recent.length > 0
                      ? entryList(d.recent)
                      : html`<p class="muted">
                            Nothing dated in the last 90 days. The latest records:
                          </p>
                          ${entryList(this.latest)}`
                  }
                  <p><a href=${href('/timeline', { pair: `${a}-${b}` })}>The whole timeline</a></p>
                </section>
              </div>`
          : nothing
      }
    `;
  }
}
customElements.define('d-overview', OverviewPage);
