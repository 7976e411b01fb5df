/**
 * Base class of the pages: light DOM (one global stylesheet), a `search` property holding the
 * URL's query string, and a load() run whenever it changes, with loading and error state.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { message } from './api.ts';

export abstract class Page extends LitElement {
  static override properties = {
    search: { type: String },
    loading: { state: true },
    failure: { state: true },
  };
  declare search: string;
  declare loading: boolean;
  declare failure: string | null;

  constructor() {
    super();
    this.search = '';
    this.loading = false;
    this.failure = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get query(): URLSearchParams {
    return new URLSearchParams(this.search);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) void this.run();
  }

  private async run(): Promise<void> {
    this.loading = true;
    this.failure = null;
    try {
      await this.load();
    } catch (e) {
      this.failure = message(e);
    } finally {
      this.loading = false;
    }
  }

  /** Fetches what the page shows for the current query. */
  protected abstract load(): Promise<void>;

  protected status(): TemplateResult | typeof nothing {
    if (this.failure) return html`<p class="error" role="alert">${this.failure}</p>`;
    if (this.loading) return html`<p class="muted" aria-live="polite">Loading…</p>`;
    return nothing;
  }
}
