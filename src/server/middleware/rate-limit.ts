/**
 * Rate limits: a fixed window per key (a client address, or a token). Over the limit, the
 * request gets 429 with Retry-After; every answer carries RateLimit-Limit and -Remaining.
 * Counters live in memory: each server process limits its own share.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../env.ts';
import { ApiError } from '../problem.ts';

export interface WindowLimit {
  /** Requests allowed per window; 0 turns the limit off. */
  readonly limit: number;
  readonly windowMs: number;
}

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly rule: WindowLimit,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one request for a key: how many remain, and when the window ends. */
  hit(key: string): { allowed: boolean; remaining: number; resetMs: number } {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.rule.windowMs) {
      if (!w && this.windows.size >= this.maxKeys) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return {
      allowed: w.count <= this.rule.limit,
      remaining: Math.max(0, this.rule.limit - w.count),
      resetMs: w.start + this.rule.windowMs - now,
    };
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows)
      if (now - w.start >= this.rule.windowMs) this.windows.delete(k);
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}

/** Limits requests by the key `keyOf` gives; requests without a key are not counted. */
export function rateLimit(
  rule: WindowLimit,
  keyOf: (c: Context<ApiEnv>) => string | null,
  what: string,
  now?: () => number,
): MiddlewareHandler<ApiEnv> {
  const limiter = new FixedWindowLimiter(rule, now);
  return async (c, next) => {
    const key = rule.limit > 0 ? keyOf(c) : null;
    if (key === null) return next();
    const { allowed, remaining, resetMs } = limiter.hit(key);
    const reset = String(Math.ceil(resetMs / 1000));
    if (!allowed) {
      throw new ApiError(
        'rate_limited',
        `more than ${rule.limit} requests in ${rule.windowMs / 1000} s ${what}; retry in ${reset} s`,
        { 'retry-after': reset, 'ratelimit-limit': String(rule.limit), 'ratelimit-remaining': '0' },
      );
    }
    await next();
    c.header('ratelimit-limit', String(rule.limit));
    c.header('ratelimit-remaining', String(remaining));
  };
}
