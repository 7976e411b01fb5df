/**
 * Watchlists at /watch: the list, a form to create one (editors), and for the one chosen
 * (?id=…) what changed for it (before → after, sources, the record), its Atom feed address,
 * its webhooks and its dead deliveries with replay. Private watchlists and hooks need sign-in;
 * the API decides what each reader may see.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ApiProblem, auth, get, message, remove, send } from '../api.ts';
import { input, list, summary } from '../form.ts';
import type { FormField } from '../form.ts';
import { Page } from '../page.ts';
import { href, navigate, recordHref } from '../router.ts';

interface Pair {
  from: string;
  to: string;
  both?: boolean;
}

interface Watchlist {
  id: string;
  name: string;
  scopes: string[];
  pairs: Pair[];
  kinds: string[];
  channels: string[];
  actors: string[];
  private: boolean;
  createdAt: string;
  feedUrl: string;
}

interface Change {
  id: string;
  kind: string;
  at: string;
  effective?: string;
  record: string;
  title: string;
  summary: string;
  before?: unknown;
  after?: unknown;
  fields?: string[];
  sources: { id: string; title: string; url?: string }[];
}

interface Hook {
  id: string;
  url: string;
  createdAt: string;
}

interface Delivery {
  id: string;
  watchlistId: string;
  eventId: string;
  url: string;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
}

const FIELDS: FormField[] = [
  { key: 'name', label: 'Name', api: ['name'] },
  {
    key: 'scopes',
    label: 'HS scopes',
    api: ['scopes'],
    hint: 'comma-separated prefixes, e.g. 2306, 1205.10',
  },
  { key: 'pairs', label: 'Pairs', api: ['pairs'], hint: 'FROM:TO, e.g. CAN:CHN' },
  {
    key: 'kinds',
    label: 'Measure kinds',
    api: ['kinds'],
    hint: 'optional, e.g. tariff, anti-dumping',
  },
  { key: 'channels', label: 'Channels (ids)', api: ['channels'], hint: 'optional' },
  { key: 'actors', label: 'Actors (ids)', api: ['actors'], hint: 'optional' },
];

const percent = (bp: number) => `${bp / 100}%`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A before or after value as a reader takes it in: a total duty, a dated state, a title. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (!isObject(value)) return String(value);
  const total = value.total;
  if (isObject(total) && typeof total.bp === 'number') return percent(total.bp);
  if (typeof value.inForce === 'boolean') {
    if (!value.inForce) return 'not in force';
    const from = typeof value.from === 'string' ? ` from ${value.from}` : '';
    const until = typeof value.until === 'string' ? ` until ${value.until}` : '';
    const rate = typeof value.bp === 'number' ? ` at ${percent(value.bp)}` : '';
    return `in force${from}${until}${rate}`;
  }
  if (typeof value.title === 'string') return value.title;
  return 'changed';
}

const day = (iso: string) => iso.slice(0, 10);

const KIND_LABEL: Record<string, string> = {
  'measure-new': 'new measure',
  'measure-amended': 'measure amended',
  scheduled: 'comes into force or ends',
  duty: 'duty moved',
  'channel-overdue': 'channel overdue',
  'commitment-status': 'commitment status',
  engagement: 'talks held',
  statement: 'statement',
};
const yearsBefore = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) - years}${date.slice(4, 10)}`;

export class WatchPage extends Page {
  static override properties = {
    ...Page.properties,
    watchlists: { state: true },
    changes: { state: true },
    hooks: { state: true },
    dead: { state: true },
    problem: { state: true },
    hookProblem: { state: true },
    values: { state: true },
    notice: { state: true },
  };
  declare watchlists: Watchlist[];
  declare changes: Change[];
  declare hooks: Hook[];
  declare dead: Delivery[];
  declare problem: ApiProblem | null;
  declare hookProblem: ApiProblem | null;
  declare values: Record<string, string>;
  declare notice: string;

  constructor() {
    super();
    this.watchlists = [];
    this.changes = [];
    this.hooks = [];
    this.dead = [];
    this.problem = null;
    this.hookProblem = null;
    this.values = {};
    this.notice = '';
  }

  private get selectedId(): string {
    return this.query.get('id') ?? '';
  }

  private get selected(): Watchlist | undefined {
    return this.watchlists.find((w) => w.id === this.selectedId);
  }

  private get today(): string {
    return new Date().toISOString().slice(0, 10);
  }

  private get since(): string {
    return this.query.get('since') ?? yearsBefore(this.today, 2);
  }

  private get until(): string {
    return this.query.get('until') ?? this.today;
  }

  protected async load(): Promise<void> {
    this.watchlists = (await get<{ items: Watchlist[] }>('/watchlists')).items;
    this.changes = [];
    this.hooks = [];
    this.dead = [];
    const w = this.selected;
    if (!w) return;
    const id = encodeURIComponent(w.id);
    const [changes, hooks, dead] = await Promise.all([
      get<{ items: Change[] }>(`/watchlists/${id}/changes`, {
        since: this.since,
        until: this.until,
      }),
      auth.token() ? get<{ items: Hook[] }>(`/watchlists/${id}/hooks`) : { items: [] },
      auth.token() ? get<{ items: Delivery[] }>('/hooks/dead') : { items: [] },
    ]);
    // Newest first: what a reader wants to see at the top.
    this.changes = [...changes.items].reverse();
    this.hooks = hooks.items;
    this.dead = dead.items.filter((d) => d.watchlistId === w.id);
  }

  private async reload(): Promise<void> {
    try {
      await this.load();
    } catch (e) {
      this.failure = message(e);
    }
  }

  private async create(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const v: Record<string, string> = {};
    for (const f of FIELDS) v[f.key] = String(form.get(f.key) ?? '').trim();
    this.values = { ...v, private: form.get('private') ? 'on' : '' };
    const body: Record<string, unknown> = { name: v.name, private: form.get('private') !== null };
    for (const key of ['scopes', 'pairs', 'kinds', 'channels', 'actors'] as const) {
      const items = list(v[key] ?? '');
      if (items.length > 0) body[key] = key === 'kinds' ? items.map((k) => k.toLowerCase()) : items;
    }
    this.problem = null;
    try {
      const made = await send<Watchlist>('POST', '/watchlists', body);
      this.values = {};
      this.notice = `Created “${made.name}”.`;
      navigate(href('/watch', { id: made.id }));
    } catch (err) {
      this.problem =
        err instanceof ApiProblem ? err : new ApiProblem(0, 'network', message(err), []);
    }
  }

  private window(e: SubmitEvent): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    navigate(
      href('/watch', {
        id: this.selectedId,
        since: String(form.get('since') ?? ''),
        until: String(form.get('until') ?? ''),
      }),
    );
  }

  private async addHook(e: SubmitEvent, w: Watchlist): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const url = String(new FormData(form).get('url') ?? '').trim();
    this.hookProblem = null;
    try {
      const made = await send<Hook & { secret: string }>(
        'POST',
        `/watchlists/${encodeURIComponent(w.id)}/hooks`,
        { url },
      );
      this.notice = `Hook ${made.id} registered. Its signing secret, shown only now: ${made.secret}`;
      form.reset();
      await this.reload();
    } catch (err) {
      this.hookProblem =
        err instanceof ApiProblem ? err : new ApiProblem(0, 'network', message(err), []);
    }
  }

  private async act(what: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await what();
      this.notice = done;
      await this.reload();
    } catch (err) {
      this.notice = '';
      this.failure = message(err);
    }
  }

  private renderList(): TemplateResult {
    if (this.watchlists.length === 0)
      return html`<p class="muted">
        No watchlists yet${auth.token() ? '' : ' that you can see'}.
      </p>`;
    return html`<ul class="plain" aria-label="Watchlists">
      ${this.watchlists.map(
        (w) =>
          html`<li>
            <a
              href=${href('/watch', { id: w.id })}
              aria-current=${w.id === this.selectedId ? 'page' : 'false'}
              >${w.name}</a
            >
            ${w.private ? html`<span class="muted">(private)</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private renderCreate(): TemplateResult {
    if (!auth.token())
      return html`<p>
        Creating a watchlist needs an editor's token.
        <a href=${href('/signin', { next: '/watch' })}>Sign in</a>
      </p>`;
    return html`<form @submit=${this.create} novalidate aria-label="New watchlist">
      <div class="grid">
        ${FIELDS.map((f) => input(f, this.values[f.key] ?? '', this.problem, 'watch'))}
        <div class="field">
          <label
            ><input type="checkbox" name="private" .checked=${this.values.private === 'on'} />
            Private: its feed needs a key</label
          >
        </div>
      </div>
      ${summary(this.problem, FIELDS)}
      <p><button type="submit">Create the watchlist</button></p>
    </form>`;
  }

  private renderCriteria(w: Watchlist): TemplateResult {
    const rows: [string, string][] = [
      ['HS scopes', w.scopes.join(', ')],
      ['Pairs', w.pairs.map((p) => `${p.from}→${p.to}${p.both ? ' (both ways)' : ''}`).join(', ')],
      ['Kinds', w.kinds.join(', ')],
      ['Channels', w.channels.join(', ')],
      ['Actors', w.actors.join(', ')],
    ];
    return html`<dl class="facts">
      ${rows
        .filter(([, v]) => v !== '')
        .map(
          ([k, v]) =>
            html`<dt>${k}</dt>
              <dd>${v}</dd>`,
        )}
      <dt>Feed (Atom)</dt>
      <dd style="overflow-wrap: anywhere">
        <a href=${w.feedUrl} target="_self" class="feed-link">${location.origin}${w.feedUrl}</a>
        ${
          w.private && !w.feedUrl.includes('key=')
            ? html`<span class="muted">(sign in to see its key)</span>`
            : nothing
        }
      </dd>
    </dl>`;
  }

  private renderChanges(): TemplateResult {
    return html`<form class="inline" @submit=${this.window} aria-label="Window of changes">
        <div class="field">
          <label for="watch-since">Since</label>
          <input id="watch-since" name="since" type="date" .value=${this.since} />
        </div>
        <div class="field">
          <label for="watch-until">Until</label>
          <input id="watch-until" name="until" type="date" .value=${this.until} />
        </div>
        <button type="submit">Show</button>
      </form>
      ${
        this.changes.length === 0
          ? html`<p class="muted">Nothing changed in this window.</p>`
          : html`<p class="muted">${this.changes.length} change(s), newest first</p>
              <ol class="plain" aria-label="Changes">
                ${this.changes.map((c) => this.renderChange(c))}
              </ol>`
      }`;
  }

  private renderChange(c: Change): TemplateResult {
    // A new record has no before: say so rather than print a dash and the record's title.
    const move = c.before === undefined ? 'new record' : `${shown(c.before)} → ${shown(c.after)}`;
    return html`<li style="border-bottom: 1px solid var(--line); padding: 0.5rem 0">
      <article aria-labelledby="chg-${c.id}">
        <p class="muted" style="margin: 0">
          <time datetime=${c.at}>${day(c.at)}</time> · ${KIND_LABEL[c.kind] ?? c.kind}
        </p>
        <h3 id="chg-${c.id}" style="margin: 0.2rem 0; font-size: 1rem">
          <a href=${recordHref(c.record)}>${c.title}</a>
        </h3>
        <p style="margin: 0.2rem 0"><strong>${move}</strong></p>
        <p style="margin: 0.2rem 0">${c.summary}</p>
        ${
          c.fields?.length
            ? html`<p class="muted" style="margin: 0.2rem 0">
                Fields changed: ${c.fields.join(', ')}
              </p>`
            : nothing
        }
        ${
          c.sources.length > 0
            ? html`<details>
                <summary>Sources (${c.sources.length})</summary>
                <ul>
                  ${c.sources.map(
                    (s) =>
                      html`<li>
                        ${
                          s.url
                            ? html`<a href=${s.url} rel="noopener noreferrer">${s.title}</a>`
                            : s.title
                        }
                      </li>`,
                  )}
                </ul>
              </details>`
            : nothing
        }
      </article>
    </li>`;
  }

  private renderHooks(w: Watchlist): TemplateResult {
    if (!auth.token())
      return html`<p class="muted">
        Webhooks and dead deliveries are shown to editors.
        <a href=${href('/signin', { next: href('/watch', { id: w.id }) })}>Sign in</a>
      </p>`;
    const field: FormField = {
      key: 'url',
      label: 'Receiver URL',
      api: ['url'],
      hint: 'http or https; every change is POSTed there, signed',
    };
    return html`${
        this.hooks.length === 0
          ? html`<p class="muted">No webhooks.</p>`
          : html`<ul class="plain" aria-label="Webhooks" style="overflow-wrap: anywhere">
              ${this.hooks.map(
                (h) =>
                  html`<li>
                    <code>${h.url}</code>
                    <span class="muted">${h.id}, since ${day(h.createdAt)}</span>
                    <button
                      type="button"
                      class="secondary small"
                      aria-label="Remove the webhook ${h.url}"
                      @click=${() =>
                        this.act(
                          () => remove(`/hooks/${encodeURIComponent(h.id)}`),
                          `Removed ${h.id}.`,
                        )}
                    >
                      Remove
                    </button>
                  </li>`,
              )}
            </ul>`
      }
      <form @submit=${(e: SubmitEvent) => this.addHook(e, w)} novalidate aria-label="New webhook">
        ${input(field, '', this.hookProblem, 'hook')} ${summary(this.hookProblem, [field])}
        <p><button type="submit">Add the webhook</button></p>
      </form>
      <h3>Dead deliveries</h3>
      ${
        this.dead.length === 0
          ? html`<p class="muted">None: every delivery went through or is still being tried.</p>`
          : html`<ul class="plain" aria-label="Dead deliveries" style="overflow-wrap: anywhere">
              ${this.dead.map(
                (d) =>
                  html`<li>
                    <code>${d.eventId}</code> to <code>${d.url}</code>: ${d.attempts} attempt(s),
                    ${d.lastError ?? 'failed'}
                    <button
                      type="button"
                      class="secondary small"
                      aria-label="Replay the delivery of ${d.eventId}"
                      @click=${() =>
                        this.act(
                          () => send('POST', `/deliveries/${encodeURIComponent(d.id)}/replay`, {}),
                          `Delivery ${d.id} queued again.`,
                        )}
                    >
                      Replay
                    </button>
                  </li>`,
              )}
            </ul>`
      }`;
  }

  override render(): TemplateResult {
    const w = this.selected;
    return html`
      <h1 tabindex="-1">${w ? `Watchlist: ${w.name}` : 'Watchlists'}</h1>
      <p class="muted">
        Follow HS scopes, pairs, measure kinds, channels and actors; read what changed here, in an
        Atom feed, or by webhook.
      </p>
      ${this.notice ? html`<p class="ok" role="status" style="overflow-wrap: anywhere">${this.notice}</p>` : nothing}
      ${this.status()}
      <div class="grid" style="align-items: start">
        <section class="panel" aria-labelledby="watch-list-h">
          <h2 id="watch-list-h">Your watchlists</h2>
          ${this.renderList()}
        </section>
        <section class="panel" aria-labelledby="watch-new-h">
          ${
            // With a watchlist open, the form waits behind its heading.
            w
              ? html`<details>
                  <summary><h2 id="watch-new-h" style="display: inline">New watchlist</h2></summary>
                  ${this.renderCreate()}
                </details>`
              : html`<h2 id="watch-new-h">New watchlist</h2>
                  ${this.renderCreate()}`
          }
        </section>
      </div>
      ${
        w
          ? html`<div style="display: grid; gap: 1rem; margin-top: 1rem">
              <section class="panel" aria-labelledby="watch-sel-h">
                <h2 id="watch-sel-h">${w.name}${w.private ? ' (private)' : ''}</h2>
                ${this.renderCriteria(w)}
              </section>
              <section class="panel" aria-labelledby="watch-changes-h">
                <h2 id="watch-changes-h">What changed</h2>
                ${this.renderChanges()}
              </section>
              <section class="panel" aria-labelledby="watch-hooks-h">
                <h2 id="watch-hooks-h">Webhooks</h2>
                ${this.renderHooks(w)}
              </section>
            </div>`
          : this.selectedId && !this.loading && !this.failure
            ? html`<p class="error" role="alert">
                No watchlist ${this.selectedId} that you can see.
              </p>`
            : nothing
      }
    `;
  }
}
customElements.define('d-watch', WatchPage);
