/**
 * The only way the UI reaches data: fetch under /api/v1. Errors come back as RFC 9457
 * problem+json documents and are thrown as ApiProblem, whose `errors` name the bad fields.
 * The editor's token is kept in sessionStorage for the tab's lifetime.
 */

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly id: string;
  readonly errors: readonly FieldError[];
  constructor(status: number, id: string, detail: string, errors: readonly FieldError[]) {
    super(detail);
    this.status = status;
    this.id = id;
    this.errors = errors;
  }
  /** The message for one field (`on`, `record.rate.bp`…), if the API named it. */
  forField(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

const TOKEN_KEY = 'detente.token';
const NAME_KEY = 'detente.tokenName';

export const auth = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  name: (): string | null => sessionStorage.getItem(NAME_KEY),
  signIn(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
    // Tokens read dtk_<id>_<secret>: the id is shown, never the secret.
    sessionStorage.setItem(NAME_KEY, token.split('_')[1] ?? 'token');
    window.dispatchEvent(new Event('detente-auth'));
  },
  signOut(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(NAME_KEY);
    window.dispatchEvent(new Event('detente-auth'));
  },
};

async function problemOf(res: Response): Promise<ApiProblem> {
  const body: unknown = await res.json().catch(() => null);
  const doc = (body ?? {}) as { id?: unknown; detail?: unknown; title?: unknown; errors?: unknown };
  const errors = Array.isArray(doc.errors)
    ? doc.errors.filter(
        (e): e is FieldError =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as FieldError).field === 'string' &&
          typeof (e as FieldError).message === 'string',
      )
    : [];
  const detail =
    typeof doc.detail === 'string'
      ? doc.detail
      : typeof doc.title === 'string'
        ? doc.title
        : `HTTP ${res.status}`;
  return new ApiProblem(res.status, typeof doc.id === 'string' ? doc.id : 'http', detail, errors);
}

type Query = Record<string, string | number | undefined>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

function headers(json: boolean): Headers {
  const h = new Headers({ accept: 'application/json' });
  if (json) h.set('content-type', 'application/json');
  const token = auth.token();
  if (token) h.set('authorization', `Bearer ${token}`);
  return h;
}

/**
 * The moment the whole dashboard answers as of (`?asKnownOn=` in the page's URL), or null for
 * the record as it stands. Every read carries it, except those of webhooks, which keep no
 * history (the API refuses the parameter there).
 */
export const asKnownOn = (): string | null =>
  new URLSearchParams(window.location.search).get('asKnownOn');

const keepsHistory = (path: string): boolean => !path.includes('/hooks');

function asOf(path: string, query: Query): Query {
  const at = asKnownOn();
  return at && keepsHistory(path) && query.asKnownOn === undefined
    ? { ...query, asKnownOn: at }
    : query;
}

export async function get<T>(path: string, query: Query = {}): Promise<T> {
  const res = await fetch(url(path, asOf(path, query)), { headers: headers(false) });
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as T;
}

export async function send<T>(method: 'PUT' | 'POST', path: string, body: unknown): Promise<T> {
  const res = await fetch(url(path), {
    method,
    headers: headers(true),
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as T;
}

/** GET with a query whose keys may repeat (measure=a&measure=b). */
export async function getParams<T>(path: string, params: URLSearchParams): Promise<T> {
  const at = asKnownOn();
  if (at && keepsHistory(path) && !params.has('asKnownOn')) {
    params = new URLSearchParams(params);
    params.set('asKnownOn', at);
  }
  const qs = params.toString();
  const res = await fetch(`/api/v1${path}${qs ? `?${qs}` : ''}`, { headers: headers(false) });
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as T;
}

/** DELETE: answers the JSON the API returns (the removed item). */
export async function remove<T>(path: string): Promise<T> {
  const res = await fetch(url(path), { method: 'DELETE', headers: headers(false) });
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as T;
}

interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

/** Every item of a paged list, following nextCursor. */
export async function getAll<T>(path: string, query: Query = {}): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await get<Page<T>>(path, { ...query, limit: 500, cursor });
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

export const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
