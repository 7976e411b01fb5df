/**
 * Search at /search?q=: every record of every list endpoint, fetched once and matched on the
 * client (all words must appear in the record's text); results open the record page.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { getAll } from '../api.ts';
import { KIND_LABEL, label } from '../format.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';
import type { StoredRecord } from '../types.ts';

const COLLECTIONS = [
  'events',
  'engagements',
  'commitments',
  'statements',
  'actors',
  'sources',
  'base-rates',
  'trade-figures',
] as const;

interface Entry {
  id: string;
  collection: string;
  title: string;
  text: string;
}

let index: Promise<Entry[]> | null = null;

async function buildIndex(): Promise<Entry[]> {
  const lists = await Promise.all([
    getAll<{ measure: { id: string; title: string } }>('/measures').then((ms) =>
      ms.map((m) => ({ id: m.measure.id, collection: 'measures', record: m.measure })),
    ),
    ...COLLECTIONS.map((c) => getAll<StoredRecord>(`/${c}`)),
  ]);
  return lists.flat().map((r) => ({
    id: r.id,
    collection: r.collection,
    title: label(r.record as Record<string, unknown>),
    text: JSON.stringify(r.record).toLowerCase(),
  }));
}

export class SearchPage extends Page {
  static override properties = { ...Page.properties, entries: { state: true } };
  declare entries: Entry[];

  constructor() {
    super();
    this.entries = [];
  }

  protected async load(): Promise<void> {
    index ??= buildIndex().catch((e: unknown) => {
      index = null;
      throw e;
    });
    this.entries = await index;
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim();
    navigate(href('/search', { q }), true);
  }

  override render(): TemplateResult {
    const q = (this.query.get('q') ?? '').trim();
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    const hits =
      words.length === 0
        ? []
        : this.entries.filter((e) => words.every((w) => e.text.includes(w) || e.id.includes(w)));
    return html`
      <h1 tabindex="-1">Search all records</h1>
      <form class="inline" role="search" @submit=${this.submit}>
        <div class="field" style="flex:1 1 16rem">
          <label for="search-q">Words to find</label>
          <input
            id="search-q"
            name="q"
            type="search"
            .value=${q}
            placeholder="canola, DS627, Carney…"
          />
        </div>
        <button type="submit">Search</button>
      </form>
      ${this.status()}
      ${
        words.length > 0
          ? html`<p aria-live="polite">${hits.length} of ${this.entries.length} records match.</p>
              <ul class="plain">
                ${hits.slice(0, 200).map(
                  (h) =>
                    html`<li>
                      <span class="muted">${KIND_LABEL[h.collection] ?? h.collection}</span> ·
                      <a href=${recordHref(h.id)}>${h.title}</a>
                    </li>`,
                )}
              </ul>`
          : this.entries.length > 0
            ? html`<p class="muted">${this.entries.length} records to search.</p>`
            : nothing
      }
    `;
  }
}
customElements.define('d-search', SearchPage);
