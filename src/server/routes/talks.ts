/** GET /api/v1/channels (their health and commitments) and /api/v1/overview (a pair at a glance). */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { channelsReport } from '../../services/channels.ts';
import { pairOverview } from '../../services/overview.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { answerRead } from '../reads.ts';
import {
  AsKnownOn,
  ChannelsViewSchema,
  OptionalDay,
  OverviewSchema,
  Pair,
  READ_RESPONSES,
  json,
} from '../schemas.ts';

export const TalksQuery = z.strictObject({
  pair: Pair,
  on: OptionalDay.meta({ description: 'as of this date; default today' }),
  asKnownOn: AsKnownOn,
});

export function talksRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  const channels = createRoute({
    method: 'get',
    path: '/api/v1/channels',
    tags: ['channels'],
    summary: 'Channels of talks: cadence, last engagement, on time or overdue; their commitments',
    request: { query: TalksQuery },
    responses: {
      200: json(ChannelsViewSchema, 'the channels and their health'),
      ...READ_RESPONSES,
    },
  });
  app.openapi(channels, (c) => {
    const { asKnownOn, pair, on } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot, today }) =>
      channelsReport((await snapshot()).catalog, { ...(pair ? { pair } : {}), on: on ?? today }),
    );
  });

  const overview = createRoute({
    method: 'get',
    path: '/api/v1/overview',
    tags: ['overview'],
    summary: 'A pair at a glance: measures in force each way, channels, commitments, recent news',
    request: { query: TalksQuery },
    responses: { 200: json(OverviewSchema, 'the overview'), ...READ_RESPONSES },
  });
  app.openapi(overview, (c) => {
    const { asKnownOn, pair, on } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot, today }) => {
      const { catalog } = await snapshot();
      return pairOverview(catalog, { pair, on: on ?? today });
    });
  });
}
