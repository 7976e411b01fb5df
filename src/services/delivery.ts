/**
 * Sending deliveries: each due delivery is POSTed once per attempt with its signature; a 2xx
 * answer delivers it, anything else (another status, a refused address, a network error, no
 * answer within the timeout) schedules a retry with exponential backoff, and after the last
 * attempt the delivery goes to the dead-letter list. Delivery is at least once: a receiver may
 * see an event twice and drops it by its id.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import type { DeliveryRow, HookRow } from '../store/delivery.ts';
import type { Store } from '../store/store.ts';
import { refusedAddress, sign } from './webhooks.ts';
import type { AddressPolicy } from './webhooks.ts';

/** One POST to a hook. */
export interface OutgoingRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly timeoutMs: number;
}

/** Sends a request and resolves with the HTTP status; rejects on a network error or timeout. */
export type Deliver = (request: OutgoingRequest) => Promise<number>;

export interface DeliveryOptions {
  /** How to POST (default: node:http under the address policy). */
  readonly deliver: Deliver;
  /** Attempts before a delivery is dead (default 8). */
  readonly maxAttempts?: number;
  /** Time limit of one attempt (default 10 s). */
  readonly timeoutMs?: number;
  /** Most deliveries attempted in one pass (default 200). */
  readonly limit?: number;
  /** Jitter source in [0, 1): delays are spread ±10% around the schedule (default: none). */
  readonly random?: () => number;
}

export const DEFAULT_MAX_ATTEMPTS = 8;
export const DEFAULT_TIMEOUT_MS = 10_000;
const FIRST_RETRY_MS = 30_000;
const PARALLEL = 4;

/**
 * The wait before the next attempt after `failures` failed ones: 30 s, 2 min, 8 min, 32 min…
 * (times four each time), spread by ±10% when a jitter source is given.
 */
export function backoffMs(failures: number, random?: () => number): number {
  const base = FIRST_RETRY_MS * 4 ** Math.max(0, failures - 1);
  return random ? Math.round(base * (0.9 + 0.2 * random())) : base;
}

export interface AttemptResult {
  readonly deliveryId: string;
  readonly hookId: string;
  readonly eventId: string;
  readonly attempt: number;
  readonly outcome: 'delivered' | 'retry' | 'dead';
  readonly status?: number;
  readonly error?: string;
  readonly nextAttemptAt?: string;
}

const addMs = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Attempts every delivery due at `now` (a few at a time) and records each outcome.
 *
 * @example
 * const results = await attemptDue(store, now, { deliver: httpDeliver({ allowPrivate: false }) });
 */
export async function attemptDue(
  store: Store,
  now: string,
  options: DeliveryOptions,
): Promise<AttemptResult[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const due = await store.delivery.due(now, options.limit ?? 200);
  const results: AttemptResult[] = [];
  const queue = [...due];
  // One read of each hook per pass, however many of its deliveries are due.
  const hooks = new Map<string, Promise<HookRow | undefined>>();
  const hookOf = (id: string) => {
    if (!hooks.has(id)) hooks.set(id, store.delivery.hook(id));
    return hooks.get(id) as Promise<HookRow | undefined>;
  };
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      // The lease outlasts the attempt, so another server does not send it meanwhile.
      if (!(await store.delivery.claim(row, addMs(now, timeoutMs * 2 + 1000)))) continue;
      results.push(
        await attemptOne(store, row, await hookOf(row.hook_id), now, options, timeoutMs),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, due.length) }, worker));
  return results.sort((a, b) => a.deliveryId.localeCompare(b.deliveryId));
}

async function attemptOne(
  store: Store,
  row: DeliveryRow,
  hook: HookRow | undefined,
  now: string,
  options: DeliveryOptions,
  timeoutMs: number,
): Promise<AttemptResult> {
  const attempt = row.attempts + 1;
  const base = { deliveryId: row.id, hookId: row.hook_id, eventId: row.event_id, attempt };
  let status: number | undefined;
  let error: string;
  if (!hook || hook.disabled === 1) {
    error = 'hook removed';
  } else {
    const t = Math.floor(Date.parse(now) / 1000);
    try {
      status = await options.deliver({
        url: hook.url,
        body: row.payload,
        timeoutMs,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Detente-Webhooks/1',
          'detente-event-id': row.event_id,
          'detente-delivery-id': row.id,
          'detente-timestamp': String(t),
          'detente-signature': sign(hook.secret, t, row.payload),
        },
      });
      error = `answered HTTP ${status}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }
  if (status !== undefined && status >= 200 && status < 300) {
    await store.delivery.settle(row.id, {
      status: 'delivered',
      attempts: attempt,
      nextAttemptAt: now,
      lastError: null,
      at: now,
    });
    return { ...base, outcome: 'delivered', status };
  }
  const dead =
    attempt >= (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) || !hook || hook.disabled === 1;
  const nextAttemptAt = dead ? now : addMs(now, backoffMs(attempt, options.random));
  await store.delivery.settle(row.id, {
    status: dead ? 'dead' : 'pending',
    attempts: attempt,
    nextAttemptAt,
    lastError: error.slice(0, 500),
    at: now,
  });
  return {
    ...base,
    outcome: dead ? 'dead' : 'retry',
    error,
    ...(status === undefined ? {} : { status }),
    ...(dead ? {} : { nextAttemptAt }),
  };
}

/**
 * A host name lookup that refuses addresses the policy forbids. It runs as the connection's own
 * lookup, so the address checked is the address connected to (a name cannot resolve to a
 * public address for the check and a private one for the request).
 */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const refused = addresses
        .map((a) => [a.address, refusedAddress(a.address, policy)] as const)
        .find(([, why]) => why !== null);
      if (refused) {
        const e = new Error(
          `${hostname} resolves to ${refused[0]}, a ${refused[1]} address: hooks may only target public addresses`,
        ) as NodeJS.ErrnoException;
        e.code = 'EHOOKADDRESS';
        return callback(e, '', 0);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * POSTs with node:http(s): one request, no redirects followed (a 3xx is a failure), the body of
 * the answer discarded, and the whole attempt bounded by the timeout.
 *
 * @example
 * const status = await httpDeliver({ allowPrivate: false })({ url, headers, body, timeoutMs: 10_000 });
 */
export function httpDeliver(policy: AddressPolicy): Deliver {
  return (req) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(req.url);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const refused = isIP(host) ? refusedAddress(host, policy) : null;
      if (refused) {
        reject(
          new Error(`${host} is a ${refused} address: hooks may only target public addresses`),
        );
        return;
      }
      const options: RequestOptions = {
        method: 'POST',
        headers: { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) },
        lookup: guardedLookup(policy),
        timeout: req.timeoutMs,
      };
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const timer = setTimeout(
        () => r.destroy(new Error(`no answer within ${req.timeoutMs / 1000} s`)),
        req.timeoutMs,
      );
      const r = send(url, options, (res: IncomingMessage) => {
        clearTimeout(timer);
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      r.on('timeout', () => r.destroy(new Error(`no answer within ${req.timeoutMs / 1000} s`)));
      r.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      r.end(req.body);
    });
}
