/**
 * Use cases: webhooks. A hook is a URL told of every change of one watchlist by a signed POST.
 * This module registers, lists and removes hooks, builds the event of a change (with an id that
 * is the same every time, so receivers can drop duplicates: delivery is at least once), signs
 * bodies, and lets receivers check a signature. Sending and retrying live in delivery.ts.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { DetenteError } from '../core/errors.ts';
import type { Change, Watchlist } from '../core/watch/model.ts';
import type { DeliveryWithHook, HookRow } from '../store/delivery.ts';
import type { Store } from '../store/store.ts';

/** Whether hooks may target loopback, private and link-local addresses. */
export interface AddressPolicy {
  readonly allowPrivate: boolean;
}

/** The policy of the environment: private targets only with DETENTE_ALLOW_PRIVATE_HOOKS=1. */
export const addressPolicyFrom = (
  env: Readonly<Record<string, string | undefined>>,
): AddressPolicy => ({ allowPrivate: env.DETENTE_ALLOW_PRIVATE_HOOKS === '1' });

export interface HookInfo {
  readonly id: string;
  readonly watchlistId: string;
  readonly url: string;
  readonly createdAt: string;
}

/** A new hook: the `secret` exists in this value and in the store, and is shown only once. */
export interface CreatedHook extends HookInfo {
  readonly secret: string;
}

/** What every delivery POSTs, as JSON. */
export interface HookEvent {
  /** Stable for a watchlist and a change: the same fact always has the same event id. */
  readonly id: string;
  /** `change.<kind>`, e.g. `change.duty` */
  readonly type: string;
  readonly watchlist: { readonly id: string; readonly name: string };
  readonly change: Change;
}

export interface DeliveryInfo {
  readonly id: string;
  readonly hookId: string;
  readonly watchlistId: string;
  readonly url: string;
  readonly eventId: string;
  readonly status: 'pending' | 'delivered' | 'dead';
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The shape of hook and delivery ids; anything else is unknown without asking the store. */
const OWN_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

const hookInfo = (r: HookRow): HookInfo => ({
  id: r.id,
  watchlistId: r.watchlist_id,
  url: r.url,
  createdAt: r.created_at,
});

export const deliveryInfo = (r: DeliveryWithHook): DeliveryInfo => ({
  id: r.id,
  hookId: r.hook_id,
  watchlistId: r.watchlist_id,
  url: r.url,
  eventId: r.event_id,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const badUrl = (message: string) =>
  new DetenteError('invalid_argument', message, [
    { id: 'invalid_argument', field: 'url', message },
  ]);

/**
 * Why an address may not be a hook's target under the policy, or null when it may. Only
 * ordinary public unicast addresses pass; an IPv4 address written as IPv6 is judged as IPv4.
 *
 * @example
 * refusedAddress('10.0.0.7', { allowPrivate: false }); // 'private'
 */
export function refusedAddress(address: string, policy: AddressPolicy): string | null {
  if (policy.allowPrivate) return null;
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : range;
}

/**
 * Checks a hook URL: http or https, no user or password in it, and (unless the policy allows
 * it) no loopback, private or link-local address literal and no `localhost`. Host names are
 * checked again on each delivery, on the addresses they resolve to.
 */
export function checkHookUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badUrl(`"${raw}" is not a URL (expected e.g. https://example.org/hooks/detente)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badUrl(`a hook URL must use http or https, not ${url.protocol.replace(/:$/, '')}`);
  if (url.username || url.password)
    throw badUrl('a hook URL may not carry a user name or password; the signature authenticates');
  if (raw.length > 2000) throw badUrl('a hook URL may be at most 2000 characters');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const refused = refusedAddress(host, policy);
    if (refused)
      throw badUrl(
        `${host} is a ${refused} address; hooks may only target public addresses (set DETENTE_ALLOW_PRIVATE_HOOKS=1 to allow it)`,
      );
  } else if (!policy.allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw badUrl(
      `${host} is the local machine; hooks may only target public addresses (set DETENTE_ALLOW_PRIVATE_HOOKS=1 to allow it)`,
    );
  }
  return url;
}

/**
 * Registers a hook on a watchlist. The secret signs every delivery; it is returned once.
 *
 * @example
 * const hook = await addHook(store, watchlist, 'https://example.org/in', now, { allowPrivate: false });
 * // hook.secret: 'whsec_…' — give it to the receiver, which checks Detente-Signature with it
 */
export async function addHook(
  store: Store,
  watchlist: Watchlist,
  url: string,
  at: string,
  policy: AddressPolicy,
): Promise<CreatedHook> {
  const checked = checkHookUrl(url, policy);
  const row: HookRow = {
    id: `hk-${randomBytes(6).toString('hex')}`,
    watchlist_id: watchlist.id,
    url: checked.toString(),
    secret: `whsec_${randomBytes(24).toString('base64url')}`,
    created_at: at,
    disabled: 0,
  };
  await store.delivery.insertHook(row);
  return { ...hookInfo(row), secret: row.secret };
}

/** Active hooks, of one watchlist or of all (never their secrets). */
export async function listHooks(store: Store, watchlistId?: string): Promise<HookInfo[]> {
  return (await store.delivery.activeHooks(watchlistId)).map(hookInfo);
}

/** Removes a hook: nothing more is sent to it; its pending deliveries end in the dead list. */
export async function removeHook(store: Store, id: string, at: string): Promise<HookInfo> {
  const hook = OWN_ID.test(id) ? await store.delivery.hook(id) : undefined;
  if (!hook || hook.disabled === 1 || !(await store.delivery.disableHook(id, at, 'hook removed')))
    throw new DetenteError('not_found', `no active hook ${id} (detente hooks list shows them)`);
  return hookInfo(hook);
}

/** The dead-letter list: deliveries that failed every attempt, oldest first. */
export async function deadDeliveries(store: Store): Promise<DeliveryInfo[]> {
  return (await store.delivery.deliveries({ status: 'dead' })).map(deliveryInfo);
}

/** Every delivery of a hook, oldest first. */
export async function hookDeliveries(store: Store, hookId: string): Promise<DeliveryInfo[]> {
  return (await store.delivery.deliveries({ hookId })).map(deliveryInfo);
}

/**
 * Puts a dead delivery back in the queue with a fresh set of attempts, due at once; the next
 * tick sends it, with the same event id.
 */
export async function replayDelivery(store: Store, id: string, at: string): Promise<DeliveryInfo> {
  const found = OWN_ID.test(id) ? await store.delivery.delivery(id) : undefined;
  if (!found)
    throw new DetenteError('not_found', `no delivery ${id} (detente hooks dead lists them)`);
  if (found.hook_disabled === 1)
    throw new DetenteError(
      'conflict',
      `delivery ${id} goes to hook ${found.hook_id}, which was removed`,
    );
  if (found.status !== 'dead' || !(await store.delivery.requeue(id, at)))
    throw new DetenteError(
      'conflict',
      `delivery ${id} is ${found.status}, not dead: only dead deliveries are replayed`,
    );
  const now = await store.delivery.delivery(id);
  return deliveryInfo(now ?? found);
}

const digest = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex');

/** The event a watchlist's change becomes; its id depends only on the watchlist and the change. */
export function eventFor(watchlist: Pick<Watchlist, 'id' | 'name'>, change: Change): HookEvent {
  return {
    id: `evt_${digest(watchlist.id, change.id).slice(0, 32)}`,
    type: `change.${change.kind}`,
    watchlist: { id: watchlist.id, name: watchlist.name },
    change,
  };
}

/** The id of the delivery of an event to a hook (the same on every tick). */
export const deliveryId = (hookId: string, eventId: string): string =>
  `dl-${digest(hookId, eventId).slice(0, 24)}`;

/**
 * The Detente-Signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 *
 * @example
 * sign('whsec_x', 1764400000, '{"id":"evt_1"}'); // 't=1764400000,v1=5d0c…'
 */
export function sign(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

export type SignatureCheck =
  { readonly valid: true } | { readonly valid: false; readonly reason: string };

/**
 * What a receiver runs on each delivery: the signature must be made with the hook's secret over
 * this exact body, and its timestamp within `toleranceSeconds` of `now` (an ISO timestamp), so
 * a captured request cannot be replayed later. Compares in constant time.
 *
 * @example
 * const check = verifySignature(secret, req.headers['detente-signature'], rawBody, new Date().toISOString());
 * if (!check.valid) return res.writeHead(400).end(check.reason);
 */
export function verifySignature(
  secret: string,
  header: string | undefined,
  body: string,
  now: string,
  toleranceSeconds = 300,
): SignatureCheck {
  if (!header) return { valid: false, reason: 'no Detente-Signature header' };
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const macs = parts.filter(([k, v]) => k === 'v1' && v !== undefined).map(([, v]) => v as string);
  if (!t || !/^\d{1,12}$/.test(t) || macs.length === 0)
    return { valid: false, reason: 'the signature header is not "t=<unix>,v1=<hex>"' };
  const nowSeconds = Math.floor(Date.parse(now) / 1000);
  if (!Number.isFinite(nowSeconds)) return { valid: false, reason: `now "${now}" is not a time` };
  if (Math.abs(nowSeconds - Number(t)) > toleranceSeconds)
    return {
      valid: false,
      reason: `the timestamp is more than ${toleranceSeconds} s away from now`,
    };
  const expected = Buffer.from(sign(secret, Number(t), body).split('v1=')[1] as string, 'hex');
  const ok = macs.some((m) => {
    const given = /^[0-9a-f]+$/i.test(m) ? Buffer.from(m, 'hex') : Buffer.alloc(0);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return ok ? { valid: true } : { valid: false, reason: 'the signature does not match the body' };
}
