/** Plain-text presentation of `detente hooks` and `detente tick`. */
import type { AttemptResult } from '../../services/delivery.ts';
import type { TickResult } from '../../services/tick.ts';
import type { CreatedHook, DeliveryInfo, HookInfo } from '../../services/webhooks.ts';
import { table } from '../text.ts';

export function presentCreatedHook(h: CreatedHook): string {
  return [
    `registered hook ${h.id} on watchlist ${h.watchlistId}: ${h.url}`,
    '',
    `  secret: ${h.secret}`,
    '',
    'This is the only time the secret is shown. Every delivery is a POST of a JSON event with',
    'Detente-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>" under this secret>.',
  ].join('\n');
}

export function presentHooks(hooks: readonly HookInfo[]): string {
  if (hooks.length === 0) return 'no hooks';
  return table([
    ['id', 'watchlist', 'created', 'url'],
    ...hooks.map((h) => [h.id, h.watchlistId, h.createdAt, h.url]),
  ]);
}

export function presentDead(items: readonly DeliveryInfo[]): string {
  if (items.length === 0) return 'no dead deliveries';
  return [
    table([
      ['delivery', 'hook', 'event', 'attempts', 'last error'],
      ...items.map((d) => [d.id, d.hookId, d.eventId, String(d.attempts), d.lastError ?? '']),
    ]),
    '',
    'detente hooks replay <delivery> sends one again.',
  ].join('\n');
}

export function presentReplay(d: DeliveryInfo): string {
  return `delivery ${d.id} (event ${d.eventId}) queued again for ${d.url}; the next tick sends it`;
}

function attemptLine(a: AttemptResult): string {
  const what = a.status === undefined ? (a.error ?? '') : `HTTP ${a.status}`;
  const detail =
    a.outcome === 'delivered'
      ? `delivered (${what})`
      : a.outcome === 'retry'
        ? `failed (${a.error ?? what}); retry at ${a.nextAttemptAt ?? '?'}`
        : `dead after ${a.attempt} attempts (${a.error ?? what})`;
  return `  ${a.deliveryId}  ${a.eventId}  attempt ${a.attempt}: ${detail}`;
}

export function presentTick(r: TickResult): string {
  const window = r.window
    ? `window ${r.window.since} → ${r.window.until}`
    : 'nothing new to look at (the cursor is at or after now)';
  const out = [
    `${window}: ${r.enqueued} delivery(ies) enqueued${r.advanced || !r.window ? '' : ' (another tick took this window)'}`,
  ];
  const sent = r.attempts.filter((a) => a.outcome === 'delivered').length;
  out.push(`${r.attempts.length} attempted: ${sent} delivered, ${r.attempts.length - sent} failed`);
  out.push(...r.attempts.map(attemptLine));
  return out.join('\n');
}
