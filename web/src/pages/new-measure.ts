/**
 * New measure at /measures/new (editors): a form for the common case, a measure that adds its
 * rate on top of the others, sent as POST /measures. The choices of kind and confidence come
 * from the API's OpenAPI document; every refusal is shown beside the field the API names.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ApiProblem, auth, get, message, send } from '../api.ts';
import { input, list, summary } from '../form.ts';
import type { FormField } from '../form.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';

interface OpenApi {
  components?: { schemas?: Record<string, { properties?: Record<string, { enum?: unknown }> }> };
}

function enumOf(doc: OpenApi, property: string): string[] {
  const values = doc.components?.schemas?.Measure?.properties?.[property]?.enum;
  if (!Array.isArray(values)) throw new Error(`the API's OpenAPI document lists no ${property}`);
  return values.map(String);
}

export class NewMeasurePage extends Page {
  static override properties = {
    ...Page.properties,
    kinds: { state: true },
    confidences: { state: true },
    problem: { state: true },
    values: { state: true },
  };
  declare kinds: string[];
  declare confidences: string[];
  declare problem: ApiProblem | null;
  declare values: Record<string, string>;

  constructor() {
    super();
    this.kinds = [];
    this.confidences = [];
    this.problem = null;
    this.values = { imposer: 'CAN', origins: 'CHN', confidence: 'confirmed' };
  }

  protected async load(): Promise<void> {
    const doc = await get<OpenApi>('/openapi.json');
    this.kinds = enumOf(doc, 'kind');
    this.confidences = enumOf(doc, 'confidence');
  }

  private get fields(): FormField[] {
    return [
      {
        key: 'id',
        label: 'Id',
        api: ['record.id'],
        hint: 'lower case and hyphens, e.g. can-2026-x',
      },
      { key: 'title', label: 'Title', api: ['record.title'] },
      { key: 'kind', label: 'Kind', api: ['record.kind'], type: 'select', options: this.kinds },
      { key: 'imposer', label: 'Imposer', api: ['record.imposer'], hint: 'ISO alpha-3' },
      {
        key: 'origins',
        label: 'Origins targeted',
        api: ['record.targets'],
        hint: 'comma-separated, or * for any',
      },
      {
        key: 'include',
        label: 'HS lines covered',
        api: ['record.scope.include', 'record.scope'],
        hint: 'comma-separated, e.g. 1205.10, 1514 (dots and spaces are dropped)',
      },
      { key: 'label', label: 'Products (plain words)', api: ['record.scope.label'] },
      { key: 'rate', label: 'Rate (%)', api: ['record.rate'], hint: 'added on top of the others' },
      { key: 'announced', label: 'Announced (YYYY-MM-DD)', api: ['record.dates.announced'] },
      { key: 'effective', label: 'In force from (YYYY-MM-DD)', api: ['record.dates'] },
      { key: 'instrument', label: 'Legal instrument', api: ['record.instrument'] },
      {
        key: 'sources',
        label: 'Source ids',
        api: ['record.sources'],
        hint: 'comma-separated ids of source records',
      },
      {
        key: 'respondsTo',
        label: 'Responds to (ids)',
        api: ['record.relations'],
        hint: 'optional, comma-separated',
      },
      {
        key: 'confidence',
        label: 'Confidence',
        api: ['record.confidence'],
        type: 'select',
        options: this.confidences,
      },
      { key: 'notes', label: 'Notes (one a line)', api: ['record.notes'], type: 'textarea' },
      { key: 'reason', label: 'Reason', api: ['reason'] },
    ];
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const v: Record<string, string> = {};
    for (const f of this.fields) v[f.key] = String(form.get(f.key) ?? '').trim();
    this.values = v;
    const rate = Number(v.rate);
    const origins = v.origins === '*' ? '*' : list(v.origins ?? '').map((o) => o.toUpperCase());
    const record: Record<string, unknown> = {
      id: v.id,
      title: v.title,
      kind: v.kind,
      imposer: (v.imposer ?? '').toUpperCase(),
      targets: { origins },
      scope: {
        include: list(v.include ?? '').map((c) => c.replace(/[.\s]/g, '')),
        ...(v.label ? { label: v.label } : {}),
      },
      stacking: { rule: 'add' },
      dates: { ...(v.announced ? { announced: v.announced } : {}), effective: v.effective },
      sources: list(v.sources ?? ''),
      confidence: v.confidence,
    };
    // A rate that is not a number goes as typed, so the API's validation names the field.
    if (v.rate) record.rate = { bp: Number.isFinite(rate) ? Math.round(rate * 100) : v.rate };
    if (v.instrument) record.instrument = v.instrument;
    if (v.respondsTo) record.relations = { respondsTo: list(v.respondsTo) };
    const notes = (v.notes ?? '')
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    if (notes.length > 0) record.notes = notes;
    this.problem = null;
    try {
      const made = await send<{ id: string }>('POST', '/measures', {
        record,
        reason: v.reason || 'created in the dashboard',
      });
      navigate(href(recordHref(made.id), { tab: 'history' }));
    } catch (err) {
      this.problem =
        err instanceof ApiProblem ? err : new ApiProblem(0, 'network', message(err), []);
    }
  }

  override render(): TemplateResult {
    if (!auth.token())
      return html`<h1 tabindex="-1">New measure</h1>
        <p>
          Creating a measure needs an editor's token.
          <a href=${href('/signin', { next: '/measures/new' })}>Sign in</a>
        </p>`;
    return html`
      <h1 tabindex="-1">New measure</h1>
      <p class="muted">
        For a measure that adds its rate on top of the others. Other stacking rules, quotas and
        producer rates go through the API (<a href="/api/v1/reference">reference</a>).
      </p>
      ${this.status()}
      ${
        this.kinds.length > 0
          ? html`<form @submit=${this.submit} novalidate aria-label="New measure">
              <div class="grid">
                ${this.fields.map((f) => input(f, this.values[f.key] ?? '', this.problem, 'new'))}
              </div>
              ${summary(this.problem, this.fields)}
              <p><button type="submit">Create the measure</button></p>
            </form>`
          : nothing
      }
    `;
  }
}
customElements.define('d-new-measure', NewMeasurePage);
