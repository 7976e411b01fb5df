/**
 * Record page at /records/{id}: any record (measure, engagement, channel, actor…) with its
 * fields and sources; measures add relations, a history tab (versions and field diffs) and, for
 * a signed-in editor, an edit tab whose errors come from the API's problem+json, field by field.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ApiProblem, auth, get, getAll, message, send } from '../api.ts';
import { KIND_LABEL, label, pct, short } from '../format.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';
import { input, summary } from '../form.ts';
import type { FormField } from '../form.ts';
import { linkList, sourceList } from '../sources.ts';
import type { HistoryEntry, Measure, MeasureView, SourceLink, StoredRecord } from '../types.ts';

/** Fields whose values are ids of other records. */
const REFERENCES = new Set(['channel', 'engagement', 'participants', 'actors', 'speaker', 'about']);
const HIDDEN = new Set(['id', 'title', 'sources']);

const EDIT_FIELDS: readonly FormField[] = [
  { key: 'title', label: 'Title', api: ['record.title'] },
  { key: 'rate', label: 'Rate (%)', api: ['record.rate'], hint: 'ad valorem, e.g. 25 or 6.1' },
  { key: 'announced', label: 'Announced (YYYY-MM-DD)', api: ['record.dates.announced'] },
  { key: 'effective', label: 'In force from (YYYY-MM-DD)', api: ['record.dates.effective'] },
  { key: 'expires', label: 'Expires (YYYY-MM-DD)', api: ['record.dates.expires'] },
  { key: 'instrument', label: 'Legal instrument', api: ['record.instrument'] },
  { key: 'notes', label: 'Notes (one a line)', api: ['record.notes'], type: 'textarea' },
  { key: 'reason', label: 'Reason for the change', api: ['reason'] },
];

function editValue(m: Measure, key: string): string {
  switch (key) {
    case 'title':
      return m.title;
    case 'rate':
      return m.rate ? String(m.rate.bp / 100) : '';
    case 'announced':
    case 'effective':
    case 'expires':
      return typeof m.dates[key] === 'string' ? m.dates[key] : '';
    case 'instrument':
      return m.instrument ?? '';
    case 'notes':
      return (m.notes ?? []).join('\n');
    default:
      return '';
  }
}

function value(key: string, v: unknown): TemplateResult | string {
  const link = (id: unknown) =>
    typeof id === 'string' ? html`<a href=${recordHref(id)}>${id}</a>` : short(id);
  if (REFERENCES.has(key))
    return Array.isArray(v)
      ? html`${v.map((x, i) => html`${i > 0 ? ', ' : ''}${link(x)}`)}`
      : link(v);
  if (key === 'rate' && typeof v === 'object' && v !== null && 'bp' in v)
    return pct(Number((v as { bp: unknown }).bp));
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
    return v.every((x) => x.length <= 16)
      ? v.join(', ')
      : html`<ul>
          ${v.map((x) => html`<li>${x}</li>`)}
        </ul>`;
  if (typeof v === 'object' && v !== null && !Array.isArray(v))
    return html`<ul class="kv">
      ${Object.entries(v).map(([k, x]) => html`<li><span class="muted">${k}:</span> ${value(k, x)}</li>`)}
    </ul>`;
  if (Array.isArray(v))
    return html`<ul>
      ${v.map((x) => html`<li>${value(key, x)}</li>`)}
    </ul>`;
  return short(v);
}

export class RecordPage extends Page {
  static override properties = {
    ...Page.properties,
    recordId: { type: String },
    stored: { state: true },
    view: { state: true },
    sources: { state: true },
    history: { state: true },
    problem: { state: true },
    saved: { state: true },
  };
  declare recordId: string;
  declare stored: StoredRecord | null;
  declare view: MeasureView | null;
  declare sources: SourceLink[];
  declare history: HistoryEntry[];
  declare problem: ApiProblem | null;
  declare saved: string;

  constructor() {
    super();
    this.recordId = '';
    this.stored = null;
    this.view = null;
    this.sources = [];
    this.history = [];
    this.problem = null;
    this.saved = '';
  }

  private get tab(): 'details' | 'history' | 'edit' {
    const t = this.query.get('tab');
    return t === 'history' || t === 'edit' ? t : 'details';
  }

  protected async load(): Promise<void> {
    this.problem = null;
    if (this.stored && this.stored.id !== this.recordId) this.saved = '';
    const id = encodeURIComponent(this.recordId);
    const [stored, history] = await Promise.all([
      get<StoredRecord>(`/records/${id}`),
      getAll<HistoryEntry>(`/records/${id}/history`),
    ]);
    this.history = history.sort((a, b) => b.version - a.version);
    if (stored.collection === 'measures') {
      this.view = await get<MeasureView>(`/measures/${id}`);
      this.sources = this.view.sourceLinks;
    } else {
      this.view = null;
      const ids = Array.isArray(stored.record.sources) ? stored.record.sources.map(String) : [];
      this.sources = await Promise.all(
        ids.map((s) =>
          get<StoredRecord>(`/sources/${encodeURIComponent(s)}`).then(
            (r): SourceLink => {
              const url = r.record.url;
              return typeof url === 'string'
                ? { id: s, title: label(r.record), url }
                : { id: s, title: label(r.record) };
            },
            (): SourceLink => ({ id: s, title: s }),
          ),
        ),
      );
    }
    this.stored = stored;
  }

  override updated(): void {
    if (this.stored && document.title !== `${label(this.stored.record)} · Détente`)
      document.title = `${label(this.stored.record)} · Détente`;
  }

  private tabHref(tab: string): string {
    return href(`/records/${encodeURIComponent(this.recordId)}`, {
      tab: tab === 'details' ? undefined : tab,
    });
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const view = this.view;
    if (!view) return;
    const form = new FormData(e.target as HTMLFormElement);
    const read = (k: string) => String(form.get(k) ?? '').trim();
    const record: Measure = structuredClone(view.measure);
    record.title = read('title');
    const rate = read('rate');
    if (rate === '') delete record.rate;
    else {
      const n = Number(rate);
      // A value that is not a number goes as typed, so the API's validation names the field.
      record.rate = { bp: Number.isFinite(n) ? Math.round(n * 100) : (rate as unknown as number) };
    }
    const dates: Measure['dates'] = {};
    for (const [k, v] of Object.entries(record.dates))
      if (k !== 'announced' && k !== 'effective' && k !== 'expires') dates[k] = v;
    for (const k of ['announced', 'effective', 'expires'] as const) if (read(k)) dates[k] = read(k);
    record.dates = dates;
    const instrument = read('instrument');
    if (instrument === '') delete record.instrument;
    else record.instrument = instrument;
    record.notes = read('notes')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    this.problem = null;
    this.saved = '';
    try {
      const result = await send<{ version: number }>(
        'PUT',
        `/measures/${encodeURIComponent(view.measure.id)}`,
        {
          record,
          expectedVersion: view.version,
          reason: read('reason') || 'edited in the dashboard',
        },
      );
      this.saved = `Saved: version ${result.version}.`;
      navigate(this.tabHref('history'));
    } catch (err) {
      if (err instanceof ApiProblem) this.problem = err;
      else this.problem = new ApiProblem(0, 'network', message(err), []);
    }
  }

  private details(s: StoredRecord): TemplateResult {
    const v = this.view;
    const fields = Object.entries(s.record).filter(([k]) => !HIDDEN.has(k));
    return html`
      <dl class="facts">
        <dt>Id</dt>
        <dd><code>${s.id}</code></dd>
        <dt>Kind of record</dt>
        <dd>${KIND_LABEL[s.collection] ?? s.collection}</dd>
        <dt>Stored version</dt>
        <dd>${s.version}</dd>
        ${
          v?.ends
            ? html`<dt>Ends</dt>
                <dd>${v.ends.date} (${v.ends.why})</dd>`
            : nothing
        }
        ${fields.map(
          ([k, x]) =>
            html`<dt>${k}</dt>
              <dd>${value(k, x)}</dd>`,
        )}
      </dl>
      ${
        v
          ? html`<div class="grid">
              <section class="panel" aria-labelledby="h-responds">
                <h2 id="h-responds">Responds to</h2>
                ${linkList(v.respondsTo)}
              </section>
              <section class="panel" aria-labelledby="h-answered">
                <h2 id="h-answered">Answered by</h2>
                ${linkList(v.respondedBy)}
              </section>
            </div>`
          : nothing
      }
      <h2>Sources</h2>
      ${sourceList(this.sources)}
      ${
        typeof s.record.url === 'string'
          ? html`<p>
              <a href=${s.record.url} target="_blank" rel="noopener noreferrer">Open the source</a>
            </p>`
          : nothing
      }
    `;
  }

  private historyTab(): TemplateResult {
    return html`
      ${this.saved ? html`<p class="ok" role="status">${this.saved}</p>` : nothing}
      <ol class="plain" aria-label="Versions">
        ${this.history.map(
          (h) =>
            html`<li data-testid="version-${h.version}">
              <strong>Version ${h.version}</strong> · ${h.op} ·
              ${h.at.slice(0, 16).replace('T', ' ')} UTC · by <strong>${h.author}</strong><br />
              <span class="muted">${h.reason}</span>
              ${
                h.op === 'update'
                  ? html`<div class="table-wrap">
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">Field</th>
                            <th scope="col">Before</th>
                            <th scope="col">After</th>
                          </tr>
                        </thead>
                        <tbody>
                          ${h.changes.map(
                            (c) =>
                              html`<tr>
                                <td><code>${c.path}</code></td>
                                <td>${short(c.before)}</td>
                                <td>${short(c.after)}</td>
                              </tr>`,
                          )}
                        </tbody>
                      </table>
                    </div>`
                  : html`<p class="muted">${h.changes.length} change(s): the whole record.</p>`
              }
            </li>`,
        )}
      </ol>
    `;
  }

  private editTab(m: Measure): TemplateResult {
    if (!auth.token())
      return html`<p>
        Editing needs an editor's token.
        <a href=${href('/signin', { next: this.tabHref('edit') })}>Sign in</a>
      </p>`;
    return html`
      <form @submit=${this.save} novalidate aria-label="Edit the measure">
        <div class="grid">
          ${EDIT_FIELDS.map((f) => input(f, editValue(m, f.key), this.problem, 'edit'))}
        </div>
        ${summary(this.problem, EDIT_FIELDS)}
        <p>
          <button type="submit">Save (as version ${(this.view?.version ?? 0) + 1})</button>
        </p>
      </form>
    `;
  }

  override render(): TemplateResult {
    const s = this.stored;
    if (!s || s.id !== this.recordId)
      return html`<h1 tabindex="-1">Record ${this.recordId}</h1>
        ${this.status()}`;
    const tabs: [string, string][] = [
      ['details', 'Details'],
      ['history', `History (${this.history.length})`],
    ];
    if (this.view) tabs.push(['edit', 'Edit']);
    const tab = this.tab === 'edit' && !this.view ? 'details' : this.tab;
    return html`
      <p class="muted">${KIND_LABEL[s.collection] ?? s.collection}</p>
      <h1 tabindex="-1">${label(s.record)}</h1>
      ${this.status()}
      <div role="tablist" aria-label="Views of the record">
        ${tabs.map(
          ([t, text]) =>
            html`<a
              role="tab"
              class="tab"
              href=${this.tabHref(t)}
              aria-selected=${t === tab ? 'true' : 'false'}
              aria-controls="tabpanel"
              style="padding:.4rem .8rem;text-decoration:none"
              >${text}</a
            >`,
        )}
      </div>
      <div id="tabpanel" role="tabpanel">
        ${
          tab === 'details'
            ? this.details(s)
            : tab === 'history'
              ? this.historyTab()
              : this.view
                ? this.editTab(this.view.measure)
                : nothing
        }
      </div>
    `;
  }
}
customElements.define('d-record', RecordPage);
