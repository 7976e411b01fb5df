/** GET /api/v1/timeline: the dated story of a pair, page by page. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { TimelineRequest } from '../../services/requests.ts';
import { timeline } from '../../services/timeline.ts';
import type { TimelineView } from '../../services/timeline.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { paginate } from '../pagination.ts';
import { answerRead } from '../reads.ts';
import {
  AsKnownOn,
  OptionalDay,
  PageQuery,
  Pair,
  READ_RESPONSES,
  TimelineEntrySchema,
  json,
  pageOf,
} from '../schemas.ts';

const Kinds = z
  .string()
  .transform((s) => s.split(',').map((k) => k.trim()))
  .pipe(TimelineRequest.shape.kinds.unwrap())
  .optional()
  .meta({
    description: 'comma-separated: measure,event,engagement,statement',
    example: 'measure,engagement',
  });

export const TimelineQuery = z.strictObject({
  pair: Pair,
  from: OptionalDay,
  to: OptionalDay,
  kind: Kinds,
  asKnownOn: AsKnownOn,
  ...PageQuery,
});

const STEP = { announced: 0, 'in-force': 1, ended: 2 } as const;
/** Unique within a timeline, and in its order: date, step of a measure's life, id. */
const keyOf = (e: TimelineView) => `${e.date}\u0000${STEP[e.step ?? 'in-force']}\u0000${e.id}`;

export function timelineRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/api/v1/timeline',
    tags: ['timeline'],
    summary:
      'Every dated record: measures (announced, in force, ended), events, engagements, statements',
    request: { query: TimelineQuery },
    responses: {
      200: json(pageOf(TimelineEntrySchema, 'TimelinePage'), 'oldest first'),
      ...READ_RESPONSES,
    },
  });
  app.openapi(route, (c) => {
    const { asKnownOn, cursor, limit, kind, ...filter } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot }) => {
      const entries = timeline((await snapshot()).catalog, {
        ...(filter.pair ? { pair: filter.pair } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(kind ? { kinds: kind } : {}),
      });
      return paginate(entries, keyOf, { cursor, limit });
    });
  });
}
