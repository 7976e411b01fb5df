/**
 * A small client-side router over real URLs: links inside the app are plain <a href>, clicks on
 * them are turned into history.pushState, and the app re-renders on 'detente-route'.
 */

export interface Route {
  readonly path: string;
  readonly query: URLSearchParams;
}

export const current = (): Route => ({
  path: window.location.pathname,
  query: new URLSearchParams(window.location.search),
});

/** Keeps the page's as-known-on moment on a link inside the app that does not set its own. */
function carryAsKnownOn(href: string): string {
  const at = new URLSearchParams(window.location.search).get('asKnownOn');
  if (!at) return href;
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin || url.searchParams.has('asKnownOn')) return href;
  url.searchParams.set('asKnownOn', at);
  return url.pathname + url.search + url.hash;
}

/**
 * Goes to an app URL. The as-known-on moment of the current page goes along unless `carry` is
 * false (the control that changes or clears it).
 */
export function navigate(href: string, replace = false, carry = true): void {
  if (carry) href = carryAsKnownOn(href);
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event('detente-route'));
}

/** Builds an app URL from a path and query, leaving out empty values. */
export function href(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const recordHref = (id: string): string => `/records/${encodeURIComponent(id)}`;

/** Intercepts clicks on same-origin links so navigation stays in the page. */
export function installLinkHandler(): void {
  window.addEventListener('popstate', () => window.dispatchEvent(new Event('detente-route')));
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const a = (e.target as Element | null)?.closest('a');
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
    window.scrollTo(0, 0);
  });
}
