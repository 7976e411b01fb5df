/**
 * Ingest at /ingest (editors): paste an article or a readout (or read a .txt/.html file) with
 * its address and publication date; the API extracts candidate records. /ingest?batch=ID shows
 * the text with each candidate's supporting words highlighted beside a card per candidate,
 * with Accept, Edit (its main fields, actor pickers for people the text names) and Reject.
 * An accepted candidate links to the record it made.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { decodeText } from '../../../src/ingest/decode.ts';
import { ApiProblem, auth, get, getAll, message, send } from '../api.ts';
import { input, summary } from '../form.ts';
import type { FormField } from '../form.ts';
import { KIND_LABEL } from '../format.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';
import type { StoredRecord } from '../types.ts';
import { candidateFacts, editedCandidate, editFieldList, editFields } from './ingest-edit.ts';
import { STYLE } from './ingest-style.ts';
import type { ActorOption, Candidate, EditChoices } from './ingest-edit.ts';

interface WrittenRecord {
  id: string;
  collection: string;
  op: 'create' | 'update' | 'unchanged';
}
interface CandidateView {
  key: string;
  type: Candidate['type'];
  summary: string;
  confidence: number;
  flags: string[];
  quote: string;
  candidate: Candidate;
  edited: boolean;
  status: 'pending' | 'accepted' | 'rejected';
  records: WrittenRecord[];
  reviewedBy: string | null;
  reviewedAt: string | null;
}
interface BatchSummary {
  id: string;
  createdAt: string;
  author: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string;
  status: 'open' | 'reviewed';
  counts: { pending: number; accepted: number; rejected: number };
}
interface Batch extends BatchSummary {
  text: string;
  language: string | null;
  warnings: string[];
  candidates: CandidateView[];
}
interface OpenApi {
  components?: { schemas?: Record<string, { properties?: Record<string, { enum?: unknown }> }> };
}

/** The API takes bodies up to 2 MB on this route; JSON quoting adds a little. */
const MAX_FILE_BYTES = 1_900_000;

const TYPE_LABEL: Record<Candidate['type'], string> = {
  measure: 'Measure',
  engagement: 'Engagement',
  quote: 'Quote',
  position: 'Position',
};

const FLAG_TEXT: Record<string, string> = {
  date_inferred: 'date taken from the publication date',
  actor_unresolved: 'a person or body matched no actor',
  speaker_by_pronoun: 'speaker found through a pronoun',
  hs_unresolved: 'products matched no HS line',
  rate_missing: 'no rate found',
  not_in_force: 'a threat or a proposal, not in force',
};

/** The name of the box holding the text with its highlights. */
const TEXT = 'The text, candidates highlighted';

const SUBMIT_FIELDS: readonly FormField[] = [
  { key: 'url', label: 'Address (URL)', api: ['url'], hint: 'where the text was published' },
  { key: 'published', label: 'Published (YYYY-MM-DD)', api: ['published'] },
  { key: 'title', label: 'Title (optional)', api: ['title'] },
  { key: 'publisher', label: 'Publisher (optional)', api: ['publisher'] },
];

/** The text cut at every span boundary; each piece knows the candidates covering it. */
function segments(text: string, candidates: readonly CandidateView[]) {
  const cuts = new Set([0, text.length]);
  for (const c of candidates) {
    cuts.add(Math.min(Math.max(0, c.candidate.span.start), text.length));
    cuts.add(Math.min(Math.max(0, c.candidate.span.end), text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1] as number;
    return {
      start,
      text: text.slice(start, end),
      covering: candidates.filter(
        (c) => c.candidate.span.start <= start && c.candidate.span.end >= end,
      ),
    };
  });
}

export class IngestPage extends Page {
  static override properties = {
    ...Page.properties,
    batches: { state: true },
    batch: { state: true },
    text: { state: true },
    fileError: { state: true },
    submitProblem: { state: true },
    reviewProblem: { state: true },
    editing: { state: true },
    selected: { state: true },
    notice: { state: true },
    busy: { state: true },
  };
  declare batches: BatchSummary[];
  declare batch: Batch | null;
  declare text: string;
  declare fileError: string;
  declare submitProblem: ApiProblem | null;
  declare reviewProblem: { key: string; problem: ApiProblem } | null;
  declare editing: string | null;
  declare selected: string | null;
  declare notice: TemplateResult | null;
  declare busy: boolean;
  private choices: EditChoices | null = null;
  private values: Record<string, string> = {};

  constructor() {
    super();
    this.batches = [];
    this.batch = null;
    this.text = '';
    this.fileError = '';
    this.submitProblem = null;
    this.reviewProblem = null;
    this.editing = null;
    this.selected = null;
    this.notice = null;
    this.busy = false;
  }

  protected async load(): Promise<void> {
    if (!auth.token()) return;
    if (!this.choices) {
      const [actors, doc] = await Promise.all([
        getAll<StoredRecord>('/actors'),
        get<OpenApi>('/openapi.json'),
      ]);
      const kinds = doc.components?.schemas?.Measure?.properties?.kind?.enum;
      this.choices = {
        actors: actors
          .map((a): ActorOption => {
            const j = a.record.jurisdiction;
            const name = String(a.record.name ?? a.id);
            return typeof j === 'string' ? { id: a.id, name, jurisdiction: j } : { id: a.id, name };
          })
          .sort((a, b) => a.name.localeCompare(b.name)),
        measureKinds: Array.isArray(kinds) ? kinds.map(String) : [],
      };
    }
    const id = this.query.get('batch');
    this.notice = null;
    this.editing = null;
    this.reviewProblem = null;
    if (id) {
      this.batch = await get<Batch>(`/ingest/${encodeURIComponent(id)}`);
    } else {
      this.batch = null;
      this.batches = (await get<{ items: BatchSummary[] }>('/ingest', { limit: 50 })).items;
    }
  }

  private actorName = (id: string): string =>
    this.choices?.actors.find((a) => a.id === id)?.name ?? id;

  private async readFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    this.fileError = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      this.fileError = `${file.name} has ${(file.size / 1e6).toFixed(1)} MB; the limit is about 1.9 MB of text.`;
      return;
    }
    this.text = decodeText(new Uint8Array(await file.arrayBuffer()));
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const v: Record<string, string> = {};
    for (const f of SUBMIT_FIELDS) v[f.key] = String(form.get(f.key) ?? '').trim();
    this.values = v;
    const body: Record<string, string> = {
      text: this.text,
      url: v.url ?? '',
      published: v.published ?? '',
    };
    if (v.title) body.title = v.title;
    if (v.publisher) body.publisher = v.publisher;
    this.submitProblem = null;
    this.busy = true;
    try {
      const made = await send<Batch>('POST', '/ingest', body);
      this.text = '';
      this.values = {};
      navigate(href('/ingest', { batch: made.id }));
    } catch (err) {
      this.submitProblem =
        err instanceof ApiProblem ? err : new ApiProblem(0, 'network', message(err), []);
    } finally {
      this.busy = false;
    }
  }

  private async review(
    c: CandidateView,
    action: 'accept' | 'reject',
    edited?: Candidate,
  ): Promise<void> {
    const batch = this.batch;
    if (!batch) return;
    this.reviewProblem = null;
    this.notice = null;
    this.busy = true;
    try {
      const result = await send<{ candidate: CandidateView }>(
        'POST',
        `/ingest/${encodeURIComponent(batch.id)}/candidates/${encodeURIComponent(c.key)}`,
        edited ? { action, candidate: edited } : { action },
      );
      this.editing = null;
      this.selected = null;
      this.batch = await get<Batch>(`/ingest/${encodeURIComponent(batch.id)}`);
      const made = result.candidate.records[0];
      this.notice =
        action === 'reject'
          ? html`Rejected ${c.key}.`
          : html`Accepted ${c.key}:
            ${made ? html`<a href=${recordHref(made.id)}>${this.recordLabel(made)}</a>` : 'nothing to write'}.`;
      await this.updateComplete;
      this.querySelector<HTMLElement>(`#card-${CSS.escape(c.key)}-h`)?.focus();
    } catch (err) {
      this.reviewProblem = {
        key: c.key,
        problem: err instanceof ApiProblem ? err : new ApiProblem(0, 'network', message(err), []),
      };
    } finally {
      this.busy = false;
    }
  }

  private recordLabel(r: WrittenRecord): string {
    const kind = (KIND_LABEL[r.collection] ?? r.collection).toLowerCase();
    const verb = r.op === 'create' ? 'created' : r.op === 'update' ? 'updated' : 'already recorded';
    return `${kind} ${r.id} (${verb})`;
  }

  private select(key: string): void {
    this.selected = key;
    void this.updateComplete.then(() => {
      const mark = this.querySelector<HTMLElement>(`#span-${CSS.escape(key)}`);
      mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark?.focus({ preventScroll: true });
    });
  }

  private submitForm(): TemplateResult {
    const p = this.submitProblem;
    const textErr =
      p?.forField('text') ??
      (p && ['invalid_text', 'payload_too_large'].includes(p.id) ? p.message : '');
    return html`<form class="ing-form" @submit=${this.submit} novalidate aria-label="New text">
      <div class="field wide">
        <label for="ing-text">Text (plain text or HTML)</label>
        <textarea
          id="ing-text"
          name="text"
          rows="12"
          aria-describedby="ing-text-err"
          aria-invalid=${textErr ? 'true' : 'false'}
          .value=${this.text}
          @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span id="ing-text-err" class="field-error">${textErr ?? ''}</span>
      </div>
      <div class="field">
        <label for="ing-file">Or read a .txt or .html file</label>
        <input
          id="ing-file"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          aria-describedby="ing-file-err"
          @change=${this.readFile}
        />
        <span id="ing-file-err" class="field-error">${this.fileError}</span>
      </div>
      <div class="grid">
        ${SUBMIT_FIELDS.map((f) => input(f, this.values[f.key] ?? '', p, 'ing'))}
      </div>
      ${p && !textErr ? summary(p, [...SUBMIT_FIELDS, { key: 'text', label: '', api: ['text'] }]) : nothing}
      <p><button type="submit" ?disabled=${this.busy}>Extract candidates</button></p>
    </form>`;
  }

  private batchList(): TemplateResult {
    if (this.batches.length === 0) return html`<p class="muted">No batches yet.</p>`;
    return html`<ul class="plain" aria-label="Batches">
      ${this.batches.map(
        (b) =>
          html`<li>
            <a href=${href('/ingest', { batch: b.id })}>${b.title ?? b.url ?? b.id}</a>
            <span class="status ${b.status === 'open' ? 'pending' : 'accepted'}">${b.status}</span
            ><br />
            <span class="muted"
              >${b.published} · ${b.counts.pending} pending, ${b.counts.accepted} accepted,
              ${b.counts.rejected} rejected · by ${b.author}</span
            >
          </li>`,
      )}
    </ul>`;
  }

  private highlighted(b: Batch): TemplateResult {
    const seen = new Set<string>();
    const parts = segments(b.text, b.candidates).map((s) => {
      if (s.covering.length === 0) return s.text;
      const first =
        s.covering.find((c) => c.key === this.selected) ?? (s.covering[0] as CandidateView);
      const starts = s.covering.filter(
        (c) => c.candidate.span.start === s.start && !seen.has(c.key),
      );
      for (const c of starts) seen.add(c.key);
      const anchor = starts[0];
      const cls = `${first.status}${s.covering.some((c) => c.key === this.selected) ? ' selected' : ''}`;
      return html`<mark
        class=${cls}
        id=${anchor ? `span-${anchor.key}` : nothing}
        tabindex=${anchor ? '-1' : nothing}
        title=${s.covering.map((c) => c.key).join(', ')}
        >${s.text}</mark
      >`;
    });
    // No white space around the parts: the box keeps the text's own line breaks (pre-wrap).
    return html`<div class="ing-text" role="region" aria-label=${TEXT} tabindex="0">${parts}</div>`;
  }

  private card(c: CandidateView): TemplateResult {
    const choices = this.choices ?? { actors: [], measureKinds: [] };
    const problem = this.reviewProblem?.key === c.key ? this.reviewProblem.problem : null;
    const editing = this.editing === c.key;
    const fields = editFieldList(c.candidate, choices);
    const hId = `card-${c.key}-h`;
    return html`<li
      class="ing-card ${this.selected === c.key ? 'selected' : ''}"
      data-testid="candidate-${c.key}"
      aria-labelledby=${hId}
    >
      <h3 id=${hId} tabindex="-1">
        ${TYPE_LABEL[c.type]} <span class="muted">${c.key}</span>
        <span class="status ${c.status}">${c.status}${c.edited ? ' (edited)' : ''}</span>
      </h3>
      <p>${c.summary}</p>
      <p class="muted">
        Confidence ${Math.round(c.confidence * 100)}%
        ${c.flags.map((f) => html`<span class="ing-flag">${FLAG_TEXT[f] ?? f}</span>`)}
      </p>
      <blockquote class="ing-quote">${c.quote}</blockquote>
      ${candidateFacts(c.candidate, this.actorName)}
      ${
        c.status === 'pending' && !editing
          ? html`<div class="ing-actions">
              <button type="button" @click=${() => this.review(c, 'accept')} ?disabled=${this.busy}>
                Accept
              </button>
              <button type="button" class="secondary" @click=${() => (this.editing = c.key)}>
                Edit
              </button>
              <button
                type="button"
                class="secondary"
                @click=${() => this.review(c, 'reject')}
                ?disabled=${this.busy}
              >
                Reject
              </button>
              <button type="button" class="secondary" @click=${() => this.select(c.key)}>
                Show in the text
              </button>
            </div>`
          : nothing
      }
      ${
        editing
          ? html`<form
              novalidate
              aria-label="Edit ${c.key}"
              @submit=${(e: SubmitEvent) => {
                e.preventDefault();
                void this.review(
                  c,
                  'accept',
                  editedCandidate(c.candidate, new FormData(e.target as HTMLFormElement)),
                );
              }}
            >
              ${editFields(c.candidate, choices, problem, `edit-${c.key}`)}
              <div class="ing-actions">
                <button type="submit" ?disabled=${this.busy}>Accept with these changes</button>
                <button type="button" class="secondary" @click=${() => (this.editing = null)}>
                  Cancel
                </button>
              </div>
            </form>`
          : nothing
      }
      ${problem ? summary(problem, editing ? fields : []) : nothing}
      ${
        c.records.length > 0
          ? html`<p>
              ${c.records.map(
                (r, i) =>
                  html`${i > 0 ? html`<br />` : nothing}<a href=${recordHref(r.id)}
                      >${this.recordLabel(r)}</a
                    >`,
              )}
            </p>`
          : nothing
      }
      ${c.reviewedBy ? html`<p class="muted">Reviewed by ${c.reviewedBy} at ${c.reviewedAt?.slice(0, 16).replace('T', ' ')} UTC</p>` : nothing}
    </li>`;
  }

  private batchView(b: Batch): TemplateResult {
    return html`
      <p><a href="/ingest">← All batches, or a new text</a></p>
      <h2>${b.title ?? 'Untitled text'}</h2>
      <p class="muted ing-meta">
        ${b.url ? html`<a href=${b.url} target="_blank" rel="noopener noreferrer">${b.url}</a> · ` : nothing}
        ${b.publisher ? html`${b.publisher} · ` : nothing}published ${b.published} · batch
        <code>${b.id}</code> · ${b.counts.pending} pending, ${b.counts.accepted} accepted,
        ${b.counts.rejected} rejected
      </p>
      ${b.warnings.map((w) => html`<p class="note">${w}</p>`)}
      ${this.notice ? html`<p class="ok" role="status">${this.notice}</p>` : html`<p role="status"></p>`}
      <div class="ing-layout">
        <section class="panel" aria-labelledby="ing-text-h">
          <h2 id="ing-text-h">Text</h2>
          ${this.highlighted(b)}
        </section>
        <section aria-labelledby="ing-cands-h">
          <h2 id="ing-cands-h">Candidates (${b.candidates.length})</h2>
          ${
            b.candidates.length === 0
              ? html`<p class="muted">
                  ${b.language ? `The text is not in English (${b.language}): nothing was extracted.` : 'The extractor found no measure, engagement or statement in this text.'}
                </p>`
              : html`<ol class="ing-cards">
                  ${b.candidates.map((c) => this.card(c))}
                </ol>`
          }
        </section>
      </div>
    `;
  }

  override render(): TemplateResult {
    if (!auth.token())
      return html`<h1 tabindex="-1">Ingest a text</h1>
        <p>
          Turning an article into records needs an editor's token.
          <a href=${href('/signin', { next: '/ingest' })}>Sign in</a>
        </p>`;
    return html`
      ${STYLE}
      <h1 tabindex="-1">Ingest a text</h1>
      ${this.status()}
      ${
        this.batch
          ? this.batchView(this.batch)
          : html`<p class="muted">
                Paste an article or a government readout. Détente proposes candidate records, each
                with the words that support it; accepting one records it, sourced to the article.
              </p>
              ${this.submitForm()}
              <h2>Recent batches</h2>
              ${this.batchList()}`
      }
    `;
  }
}
customElements.define('d-ingest', IngestPage);
