/**
 * Watchlists, their changes and their webhooks under /api/v1, and the Atom feed of a watchlist
 * at /feeds/<id>.atom (outside /api: feed readers send no token; a private feed takes its key).
 * Writes need an editor token; so do the hook listings, which name the receivers' URLs. Private
 * watchlists are seen only with a token.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { MEASURE_KINDS } from '../../core/model/measure.ts';
import { ChangeSchema, WatchlistSchema } from '../../core/watch/model.ts';
import { ATOM_CONTENT_TYPE, watchlistFeed } from '../../services/feeds.ts';
import {
  changesOf,
  refuseAsKnownOn,
  viewOf,
  visibleWatchlist,
  visibleWatchlists,
  watchSource,
} from '../../services/watch-access.ts';
import { createWatchlist, deleteWatchlist, updateWatchlist } from '../../services/watch.ts';
import {
  addHook,
  deadDeliveries,
  listHooks,
  removeHook,
  replayDelivery,
} from '../../services/webhooks.ts';
import type { AddressPolicy } from '../../services/webhooks.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { requireRole } from '../middleware/auth.ts';
import { AsKnownOn, ERROR_RESPONSES, READ_RESPONSES, WRITE_RESPONSES, json } from '../schemas.ts';

const d = (description: string, example?: string) =>
  example === undefined ? { description } : { description, example };

const WatchlistView = WatchlistSchema.extend({
  feedUrl: z.string().meta(d('the Atom feed, with its key for a private watchlist when signed in')),
}).meta({ id: 'Watchlist' });

const Strings = (what: string, example: string) =>
  z.array(z.string().max(200)).max(500).meta(d(what, example));

const WatchlistBody = z
  .strictObject({
    name: z.string().max(200).meta(d('a unique name', 'Rapeseed meal CAN→CHN')),
    scopes: Strings('HS prefixes followed', '["2306"]').optional(),
    pairs: z
      .array(
        z.union([
          z.string().max(20),
          z.strictObject({
            from: z.string().max(10),
            to: z.string().max(10),
            both: z.boolean().optional(),
          }),
        ]),
      )
      .max(100)
      .optional()
      .meta(d('directions of trade: "CAN:CHN" or { from, to, both }', '["CAN:CHN"]')),
    kinds: z.array(z.enum(MEASURE_KINDS)).max(20).optional().meta(d('measure kinds followed')),
    channels: Strings('channel ids followed', '[]').optional(),
    actors: Strings('actor ids followed', '[]').optional(),
    private: z.boolean().optional().meta(d('the feed needs its key')),
  })
  .meta({ id: 'WatchlistInput' });

// Names are free text but never hold control characters (PostgreSQL refuses NUL outright).
const WatchlistParam = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(200)
    .refine((s) => ![...s].some((ch) => ch < ' ' || ch === '\u007f'), 'no control characters')
    .meta(d('watchlist id or name', 'wl-3f9a0c12d4e5')),
});
const OwnId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits, -');
const HookParam = z.strictObject({ id: OwnId.meta(d('hook id', 'hk-3f9a0c12d4e5')) });
const DeliveryParam = z.strictObject({
  id: OwnId.meta(d('delivery id', 'dl-5d0c1e2f3a4b5c6d7e8f9a0b')),
});

const Hook = z
  .object({ id: z.string(), watchlistId: z.string(), url: z.string(), createdAt: z.string() })
  .meta({ id: 'Hook' });
const CreatedHook = Hook.extend({
  secret: z.string().meta(d('signs every delivery (Detente-Signature); shown only now')),
}).meta({ id: 'CreatedHook' });
const Delivery = z
  .object({
    id: z.string(),
    hookId: z.string(),
    watchlistId: z.string(),
    url: z.string(),
    eventId: z.string(),
    status: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.int(),
    nextAttemptAt: z.string(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Delivery' });

const Window = z.strictObject({
  since: z
    .string()
    .max(40)
    .optional()
    .meta(d('exclusive: a date or ISO time; default a year before until', '2025-01-01')),
  until: z.string().max(40).optional().meta(d('inclusive: a date or ISO time; default now')),
  asKnownOn: AsKnownOn,
});

const listOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item) }).meta({ id: name });

const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const viewer = (c: Context<ApiEnv>, asKnownOn?: string) => ({
  signedIn: c.get('principal') !== null,
  asKnownOn,
});
const Known = z.strictObject({ asKnownOn: AsKnownOn });
const auth = {
  security: [{ bearer: [] }],
  middleware: [requireRole('write')] as [MiddlewareHandler<ApiEnv>],
};

export interface WatchRouteOptions {
  /** Whether hooks may target private addresses (DETENTE_ALLOW_PRIVATE_HOOKS=1). */
  readonly policy: AddressPolicy;
}

export function watchRoutes(
  app: OpenAPIHono<ApiEnv>,
  deps: AppDeps,
  options: WatchRouteOptions,
): void {
  const store = deps.store;
  const tags = ['watchlists'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/watchlists',
      tags,
      summary: 'Watchlists (private ones only with a token)',
      description:
        'asKnownOn: the watchlists that existed then, with their criteria as they are now (watchlists keep no history).',
      request: { query: Known },
      responses: {
        200: json(listOf(WatchlistView, 'Watchlists'), 'the watchlists'),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => {
      const { asKnownOn } = c.req.valid('query');
      return c.json({ items: await visibleWatchlists(store, viewer(c, asKnownOn)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/watchlists',
      tags,
      summary: 'Create a watchlist (role editor or admin)',
      ...auth,
      request: { body: body(WatchlistBody) },
      responses: { 201: json(WatchlistView, 'created'), ...WRITE_RESPONSES },
    }),
    async (c) => {
      const made = await createWatchlist(store, c.req.valid('json'), deps.now());
      return c.json(await viewOf(store, made, viewer(c)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/watchlists/{id}',
      tags,
      summary: 'A watchlist, by id or name',
      request: { params: WatchlistParam, query: Known },
      responses: { 200: json(WatchlistView, 'the watchlist'), ...READ_RESPONSES },
    }),
    async (c) => {
      const who = viewer(c, c.req.valid('query').asKnownOn);
      const w = await visibleWatchlist(store, c.req.valid('param').id, who);
      return c.json(await viewOf(store, w, who), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/watchlists/{id}',
      tags,
      summary: 'Change a watchlist: only the fields given (role editor or admin)',
      ...auth,
      request: { params: WatchlistParam, body: body(WatchlistBody.partial()) },
      responses: { 200: json(WatchlistView, 'updated'), ...WRITE_RESPONSES },
    }),
    async (c) => {
      const w = await updateWatchlist(
        store,
        c.req.valid('param').id,
        c.req.valid('json'),
        deps.now(),
      );
      return c.json(await viewOf(store, w, viewer(c)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/watchlists/{id}',
      tags,
      summary: 'Delete a watchlist and its hooks (role editor or admin)',
      ...auth,
      request: { params: WatchlistParam },
      responses: { 200: json(WatchlistSchema, 'deleted'), ...WRITE_RESPONSES },
    }),
    async (c) => c.json(await deleteWatchlist(store, c.req.valid('param').id, deps.now()), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/watchlists/{id}/changes',
      tags,
      summary: 'What changed for a watchlist in (since, until], oldest first',
      description: 'asKnownOn: the window ends then at the latest.',
      request: { params: WatchlistParam, query: Window },
      responses: {
        200: json(
          z
            .object({
              watchlist: z.string(),
              since: z.string(),
              until: z.string(),
              items: z.array(ChangeSchema),
            })
            .meta({ id: 'WatchlistChanges' }),
          'the changes',
        ),
        ...READ_RESPONSES,
      },
    }),
    async (c) => {
      const { asKnownOn, ...window } = c.req.valid('query');
      const w = await visibleWatchlist(store, c.req.valid('param').id, viewer(c, asKnownOn));
      const r = await changesOf(store, w, window, deps.now(), {
        snapshots: deps.snapshots,
        ...(asKnownOn === undefined ? {} : { asKnownOn }),
      });
      return c.json({ watchlist: w.id, since: r.since, until: r.until, items: r.changes }, 200);
    },
  );

  const hookTags = ['hooks'];
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/watchlists/{id}/hooks',
      tags: hookTags,
      summary: 'The webhooks of a watchlist, without their secrets (role editor or admin)',
      description: 'Hooks keep no history: asKnownOn is refused.',
      ...auth,
      request: { params: WatchlistParam, query: Known },
      responses: { 200: json(listOf(Hook, 'Hooks'), 'the hooks'), ...WRITE_RESPONSES },
    }),
    async (c) => {
      refuseAsKnownOn(c.req.valid('query').asKnownOn, 'hooks');
      const w = await visibleWatchlist(store, c.req.valid('param').id, viewer(c));
      return c.json({ items: await listHooks(store, w.id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/watchlists/{id}/hooks',
      tags: hookTags,
      summary: 'Register a webhook: every change is POSTed to it, signed (role editor or admin)',
      ...auth,
      request: {
        params: WatchlistParam,
        body: body(
          z.strictObject({
            url: z.string().max(2000).meta(d('http or https', 'https://example.org/detente')),
          }),
        ),
      },
      responses: {
        201: json(CreatedHook, 'registered; the secret is shown only now'),
        ...WRITE_RESPONSES,
      },
    }),
    async (c) => {
      const w = await visibleWatchlist(store, c.req.valid('param').id, viewer(c));
      const hook = await addHook(store, w, c.req.valid('json').url, deps.now(), options.policy);
      return c.json(hook, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/hooks/{id}',
      tags: hookTags,
      summary:
        'Remove a webhook; its pending deliveries go to the dead list (role editor or admin)',
      ...auth,
      request: { params: HookParam },
      responses: { 200: json(Hook, 'removed'), ...WRITE_RESPONSES },
    }),
    async (c) => c.json(await removeHook(store, c.req.valid('param').id, deps.now()), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/hooks/dead',
      tags: hookTags,
      summary: 'The dead-letter list: deliveries that failed every attempt (role editor or admin)',
      description: 'Deliveries keep no history: asKnownOn is refused.',
      ...auth,
      request: { query: Known },
      responses: {
        200: json(listOf(Delivery, 'Deliveries'), 'dead deliveries'),
        ...WRITE_RESPONSES,
      },
    }),
    async (c) => {
      refuseAsKnownOn(c.req.valid('query').asKnownOn, 'deliveries');
      return c.json({ items: await deadDeliveries(store) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/deliveries/{id}/replay',
      tags: hookTags,
      summary: 'Send a dead delivery again, with fresh attempts (role editor or admin)',
      ...auth,
      request: { params: DeliveryParam },
      responses: { 200: json(Delivery, 'queued again'), ...WRITE_RESPONSES },
    }),
    async (c) => c.json(await replayDelivery(store, c.req.valid('param').id, deps.now()), 200),
  );
}

/**
 * GET /feeds/<id>.atom[?key=…]: no token needed. Unknown watchlists, and private ones without
 * their key, answer the same 404, so the URL does not reveal which private watchlists exist.
 * Each feed carries an ETag of its body; a reader polling with If-None-Match gets 304 Not
 * Modified until a change arrives.
 */
export function feedRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  app.use('/feeds/*', etag());
  app.get('/feeds/:file', async (c) => {
    const m = /^(.+)\.atom$/.exec(c.req.param('file'));
    if (!m?.[1]) return c.notFound();
    const url = new URL(c.req.url);
    const xml = await watchlistFeed(deps.store, m[1], c.req.query('key'), deps.now(), {
      baseUrl: url.origin,
      source: watchSource(deps.snapshots),
    });
    return c.body(xml, 200, {
      'content-type': ATOM_CONTENT_TYPE,
      'cache-control': 'private, max-age=60',
    });
  });
}
