/** GET /api/v1/duty: the stacked duty on a line, from an origin into a destination, on a date. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { lookupDuty } from '../../services/duty.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { answerRead } from '../reads.ts';
import {
  AsKnownOn,
  Country,
  Day,
  DutyAnswerSchema,
  HsLine,
  READ_RESPONSES,
  json,
} from '../schemas.ts';

const Condition = z
  .union([z.string(), z.array(z.string())])
  .transform((raw, ctx) => {
    const entries = (Array.isArray(raw) ? raw : [raw]).map((p) => /^([a-z0-9-]+)=(.+)$/.exec(p));
    if (entries.some((m) => m === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'takes attribute=value, e.g. melted-and-poured-in=CHN',
      });
      return z.NEVER;
    }
    return Object.fromEntries(entries.map((m) => [m?.[1], m?.[2]?.toUpperCase()])) as Record<
      string,
      string
    >;
  })
  .optional()
  .meta({
    description: 'a property of the good an origin rule asks about; repeatable',
    example: 'melted-and-poured-in=CHN',
  });

export const DutyQuery = z.strictObject({
  line: HsLine,
  from: Country,
  to: Country.meta({ description: 'the importing country', example: 'CHN' }),
  on: Day.optional().meta({ description: 'the date (YYYY-MM-DD); default today' }),
  producer: z.string().min(1).max(200).optional().meta({ description: 'the exporting company' }),
  condition: Condition,
  asKnownOn: AsKnownOn,
});

export function dutyRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/api/v1/duty',
    tags: ['duty'],
    summary: 'The duty a product pays from one country into another on a date, layer by layer',
    request: { query: DutyQuery },
    responses: { 200: json(DutyAnswerSchema, 'the stacked duty'), ...READ_RESPONSES },
  });
  app.openapi(route, (c) => {
    const q = c.req.valid('query');
    return answerRead(c, deps, q.asKnownOn, async ({ snapshot, today }) =>
      lookupDuty((await snapshot()).catalog, {
        line: q.line,
        from: q.from,
        to: q.to,
        on: q.on ?? today,
        ...(q.producer ? { producer: q.producer } : {}),
        ...(q.condition ? { conditions: q.condition } : {}),
      }),
    );
  });
}
