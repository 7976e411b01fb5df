/**
 * The HTTP API as a Hono app, built from its dependencies so tests drive it in-process with
 * `app.request(...)`. The request path: security headers → time limit → body size cap → rate
 * limit by address → authentication → rate limit by token → route (validate → service →
 * present). Every error ends in problem.ts.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import { Snapshots } from '../services/snapshots.ts';
import type { Store } from '../services/open-store.ts';
import { TokenVerifier } from '../services/tokens.ts';
import { BodyCache } from './body-cache.ts';
import type { ApiEnv, AppDeps } from './env.ts';
import { authenticate } from './middleware/auth.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import type { WindowLimit } from './middleware/rate-limit.ts';
import { ApiError, problemResponse } from './problem.ts';
import { collectionRoutes } from './routes/collections.ts';
import { dutyRoutes } from './routes/duty.ts';
import { flowRoutes } from './routes/flows.ts';
import { INGEST_PATH, ingestRoutes } from './routes/ingest.ts';
import { measureRoutes } from './routes/measures.ts';
import { metaRoutes, PUBLIC_PATHS } from './routes/meta.ts';
import { recordRoutes } from './routes/records.ts';
import { talksRoutes } from './routes/talks.ts';
import { timelineRoutes } from './routes/timeline.ts';
import { writeRoutes } from './routes/writes.ts';
import { feedRoutes, watchRoutes } from './routes/watch.ts';
import { staticRoutes } from './static.ts';
import { validationHook } from './validation.ts';

export interface Limits {
  /** Largest request body accepted, in bytes (413 beyond). */
  readonly bodyBytes: number;
  /** Largest body of POST /api/v1/ingest, which carries a whole article (413 beyond). */
  readonly ingestBodyBytes: number;
  /** Longest a request may take (503 beyond). */
  readonly timeoutMs: number;
  readonly perAddress: WindowLimit;
  readonly perToken: WindowLimit;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 256 * 1024,
  ingestBodyBytes: 2 * 1024 * 1024,
  timeoutMs: 10_000,
  perAddress: { limit: 1200, windowMs: 60_000 },
  perToken: { limit: 600, windowMs: 60_000 },
};

export interface AppOptions {
  readonly store: Store;
  /** The clock, read at the edge (default: the system clock). */
  readonly now?: () => string;
  readonly snapshots?: Snapshots;
  /** Require a token for reads too (default false: reads are open). */
  readonly readsNeedToken?: boolean;
  readonly limits?: Partial<Limits>;
  /** Origins allowed to call the API from a browser; CORS is off when empty (the default). */
  readonly corsOrigins?: readonly string[];
  /** The client address of a request (default: the socket's; X-Forwarded-For with trustProxy). */
  readonly addressOf?: (c: Context) => string | null;
  readonly trustProxy?: boolean;
  /** Folder of the built web UI, served at / when it exists (default: the package's web/dist). */
  readonly webRoot?: string;
  readonly log?: (message: string) => void;
  /** Webhooks may target loopback and private addresses (default false; tests and labs only). */
  readonly allowPrivateHooks?: boolean;
  /** Data directory whose imported trade flows coverage and simulation read; default none: the
   * built-in sample of published aggregates. */
  readonly dataDir?: string;
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

function socketAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/**
 * @example
 * const app = createApp({ store });
 * const res = await app.request('/api/v1/duty?line=1205.10&from=CAN&to=CHN&on=2025-09-01');
 */
export function createApp(options: AppOptions): OpenAPIHono<ApiEnv> {
  const now = options.now ?? (() => new Date().toISOString());
  const clock = () => Date.parse(now());
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const deps: AppDeps = {
    store: options.store,
    snapshots: options.snapshots ?? new Snapshots(options.store),
    tokens: new TokenVerifier(options.store),
    bodies: new BodyCache(),
    now,
    readsNeedToken: options.readsNeedToken ?? false,
    log: options.log ?? ((m) => console.error(m)),
  };
  const forwarded = (c: Context) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || null;
  const addressOf = (c: Context) =>
    options.addressOf?.(c) ??
    (options.trustProxy ? forwarded(c) : null) ??
    socketAddress(c) ??
    'unknown';

  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  app.onError((err, c) => problemResponse(c, err, deps.log));
  app.notFound((c) =>
    problemResponse(
      c,
      new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`),
      deps.log,
    ),
  );
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
      },
    }),
  );
  if (options.corsOrigins?.length) {
    app.use(
      '/api/*',
      cors({
        origin: [...options.corsOrigins],
        allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
        exposeHeaders: ['ETag', 'RateLimit-Limit', 'RateLimit-Remaining', 'Retry-After'],
      }),
    );
  }
  app.use(
    '/api/*',
    timeout(
      limits.timeoutMs,
      () => new ApiError('timeout', `no answer within ${limits.timeoutMs} ms`),
    ),
  );
  const capBody = bodyLimit({
    maxSize: limits.bodyBytes,
    onError: (c) =>
      problemResponse(
        c,
        new ApiError('payload_too_large', `the body is larger than ${limits.bodyBytes} bytes`),
        deps.log,
      ),
  });
  const capIngestBody = bodyLimit({
    maxSize: limits.ingestBodyBytes,
    onError: (c) =>
      problemResponse(
        c,
        new ApiError(
          'payload_too_large',
          `the body is larger than ${limits.ingestBodyBytes} bytes: an article is a few kilobytes`,
        ),
        deps.log,
      ),
  });
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.method === 'POST' && c.req.path === INGEST_PATH
        ? capIngestBody(c, next)
        : capBody(c, next),
  );
  app.use('/api/*', async (c, next) => {
    c.set('address', addressOf(c));
    await next();
  });
  app.use(
    '/api/*',
    rateLimit(limits.perAddress, (c) => c.get('address'), 'from this address', clock),
  );
  const auth = authenticate(deps);
  app.use('/api/*', (c, next) => (PUBLIC_PATHS.has(c.req.path) ? next() : auth(c, next)));
  app.use(
    '/api/*',
    rateLimit(
      limits.perToken,
      (c) => c.get('principal')?.tokenId ?? null,
      'with this token',
      clock,
    ),
  );

  metaRoutes(app);
  dutyRoutes(app, deps);
  timelineRoutes(app, deps);
  measureRoutes(app, deps);
  talksRoutes(app, deps);
  collectionRoutes(app, deps);
  recordRoutes(app, deps);
  writeRoutes(app, deps);
  flowRoutes(app, deps, { dataDir: options.dataDir });
  ingestRoutes(app, deps);
  watchRoutes(app, deps, { policy: { allowPrivate: options.allowPrivateHooks === true } });
  // Feeds live outside /api (readers send no token): the per-address limit still applies.
  app.use('/feeds/*', async (c, next) => {
    c.set('address', addressOf(c));
    await next();
  });
  app.use(
    '/feeds/*',
    rateLimit(limits.perAddress, (c) => c.get('address'), 'from this address', clock),
  );
  feedRoutes(app, deps);
  staticRoutes(app, options.webRoot ?? DEFAULT_WEB_ROOT, existsSync);
  return app;
}
