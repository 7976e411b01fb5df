/**
 * <detente-app>: the header (navigation, sign-in state) and the page for the current URL.
 * Re-renders on every route change and moves focus to the new page's heading.
 */
import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { asKnownOn, auth } from './api.ts';
import { current, navigate } from './router.ts';
import './pages/watch.ts';
import './pages/coverage.ts';
import './pages/ingest.ts';

const NAV: [string, string][] = [
  ['/', 'Overview'],
  ['/duty', 'Duty lookup'],
  ['/timeline', 'Timeline'],
  ['/graph', 'Retaliation graph'],
  ['/coverage', 'Trade coverage'],
  ['/search', 'Search'],
  ['/watch', 'Watchlists'],
  ['/ingest', 'Ingest'],
];

export class DetenteApp extends LitElement {
  static override properties = {
    path: { state: true },
    search: { state: true },
    signedIn: { state: true },
  };
  declare path: string;
  declare search: string;
  declare signedIn: boolean;
  private firstRoute = true;

  constructor() {
    super();
    this.path = current().path;
    this.search = window.location.search;
    this.signedIn = auth.token() !== null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('detente-route', this.onRoute);
    window.addEventListener('detente-auth', this.onAuth);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('detente-route', this.onRoute);
    window.removeEventListener('detente-auth', this.onAuth);
    super.disconnectedCallback();
  }

  private onRoute = (): void => {
    const samePage = this.path === window.location.pathname;
    this.path = window.location.pathname;
    this.search = window.location.search;
    if (!samePage) this.firstRoute = false;
    void this.updateComplete.then(() => {
      if (!samePage && !this.firstRoute) this.querySelector<HTMLElement>('main h1')?.focus();
    });
  };

  private onAuth = (): void => {
    this.signedIn = auth.token() !== null;
  };

  private page(): TemplateResult {
    const p = this.path;
    const s = this.search;
    if (p === '/' || p === '/index.html') return html`<d-overview .search=${s}></d-overview>`;
    if (p === '/duty') return html`<d-duty .search=${s}></d-duty>`;
    if (p === '/timeline') return html`<d-timeline .search=${s}></d-timeline>`;
    if (p === '/graph') return html`<d-graph .search=${s}></d-graph>`;
    if (p === '/search') return html`<d-search .search=${s}></d-search>`;
    if (p === '/ingest') return html`<d-ingest .search=${s}></d-ingest>`;
    if (p === '/watch') return html`<d-watch .search=${s}></d-watch>`;
    if (p === '/coverage') return html`<d-coverage .search=${s}></d-coverage>`;
    if (p === '/measures/new') return html`<d-new-measure .search=${s}></d-new-measure>`;
    if (p === '/signin') return html`<d-signin .search=${s}></d-signin>`;
    const m = /^\/records\/([^/]+)$/.exec(p);
    if (m?.[1])
      return html`<d-record .recordId=${decodeURIComponent(m[1])} .search=${s}></d-record>`;
    return html`<h1 tabindex="-1">Page not found</h1>
      <p>Nothing lives at <code>${p}</code>. <a href="/">Back to the overview</a>.</p>`;
  }

  /** Sets or clears the moment every page answers as of, keeping the page and its query. */
  private setAsKnownOn(value: string): void {
    const url = new URL(window.location.href);
    if (value) url.searchParams.set('asKnownOn', value);
    else url.searchParams.delete('asKnownOn');
    navigate(url.pathname + url.search + url.hash, true, false);
  }

  private knownOnControl(): TemplateResult {
    const at = asKnownOn() ?? '';
    return html`<form class="known-on" @submit=${(e: Event) => e.preventDefault()}>
      <label for="as-known-on">As known on</label>
      <input
        id="as-known-on"
        type="date"
        .value=${at.slice(0, 10)}
        @change=${(e: Event) => this.setAsKnownOn((e.target as HTMLInputElement).value)}
      />
      ${
        at
          ? html`<button
              type="button"
              class="secondary small"
              @click=${() => this.setAsKnownOn('')}
            >
              Today
            </button>`
          : ''
      }
    </form>`;
  }

  private knownOnBanner(): TemplateResult | string {
    const at = asKnownOn();
    if (!at) return '';
    return html`<p class="as-known-on" role="status">
      Showing the record as the store held it on <strong>${at}</strong> (UTC): facts recorded later
      are left out.
      <a
        href=${window.location.pathname}
        @click=${(e: Event) => {
          e.preventDefault();
          this.setAsKnownOn('');
        }}
        >Show the record as it stands</a
      >.
    </p>`;
  }

  override render(): TemplateResult {
    const active = (href: string) =>
      href === '/' ? this.path === '/' : this.path.startsWith(href);
    return html`
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="/">Détente</a>
        <nav aria-label="Main">
          <ul>
            ${NAV.map(
              ([href, text]) =>
                html`<li>
                  <a href=${href} aria-current=${active(href) ? 'page' : 'false'}>${text}</a>
                </li>`,
            )}
          </ul>
        </nav>
        ${this.knownOnControl()}
        <span class="who">
          ${
            this.signedIn
              ? html`<a href="/measures/new">New measure</a> · Editor (token ${auth.name()})
                  <button type="button" class="secondary small" @click=${() => auth.signOut()}>
                    Sign out
                  </button>`
              : html`<a href="/signin">Sign in to edit</a>`
          }
        </span>
      </header>
      <main id="main">${this.knownOnBanner()}${this.page()}</main>
    `;
  }
}
customElements.define('detente-app', DetenteApp);
