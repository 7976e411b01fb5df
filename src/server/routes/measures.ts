/** GET /api/v1/measures (filters, pages), /measures/{id}, /measures/{id}/chain. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getMeasure, listVersionedMeasures } from '../../services/api-records.ts';
import type { VersionedMeasure } from '../../services/api-records.ts';
import { retaliationChain } from '../../services/measures.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { paginate } from '../pagination.ts';
import { answerRead } from '../reads.ts';
import {
  AsKnownOn,
  ChainSchema,
  IdParam,
  MeasureViewSchema,
  OptionalCountry,
  OptionalDay,
  PageQuery,
  READ_RESPONSES,
  json,
  pageOf,
} from '../schemas.ts';

export const MeasuresQuery = z.strictObject({
  imposer: OptionalCountry.meta({ description: 'the country imposing', example: 'CHN' }),
  target: OptionalCountry.meta({ description: 'the country of origin targeted', example: 'CAN' }),
  inForce: OptionalDay.meta({ description: 'only measures in force on this date' }),
  asKnownOn: AsKnownOn,
  ...PageQuery,
});

const ReadQuery = z.strictObject({ asKnownOn: AsKnownOn });

/** Measures in the order of their effective date, then id. */
const keyOf = (m: VersionedMeasure) => `${m.measure.dates.effective}\u0000${m.measure.id}`;

export function measureRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  const list = createRoute({
    method: 'get',
    path: '/api/v1/measures',
    tags: ['measures'],
    summary: 'Measures by imposer, target and date in force, with their retaliation links',
    request: { query: MeasuresQuery },
    responses: {
      200: json(pageOf(MeasureViewSchema, 'MeasurePage'), 'by effective date'),
      ...READ_RESPONSES,
    },
  });
  app.openapi(list, (c) => {
    const { asKnownOn, cursor, limit, ...filter } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot }) =>
      paginate(
        listVersionedMeasures(await snapshot(), {
          ...(filter.imposer ? { imposer: filter.imposer } : {}),
          ...(filter.target ? { target: filter.target } : {}),
          ...(filter.inForce ? { inForce: filter.inForce } : {}),
        }),
        keyOf,
        { cursor, limit },
      ),
    );
  });

  const get = createRoute({
    method: 'get',
    path: '/api/v1/measures/{id}',
    tags: ['measures'],
    summary: 'One measure with its links, sources and stored version',
    request: { params: IdParam, query: ReadQuery },
    responses: { 200: json(MeasureViewSchema, 'the measure'), ...READ_RESPONSES },
  });
  app.openapi(get, (c) => {
    const { id } = c.req.valid('param');
    const { asKnownOn } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot }) => getMeasure(await snapshot(), id));
  });

  const chain = createRoute({
    method: 'get',
    path: '/api/v1/measures/{id}/chain',
    tags: ['measures'],
    summary: 'The retaliation chain of a measure (or event): what it answers and what answered it',
    request: { params: IdParam, query: ReadQuery },
    responses: { 200: json(ChainSchema, 'the chain, walked both ways'), ...READ_RESPONSES },
  });
  app.openapi(chain, (c) => {
    const { id } = c.req.valid('param');
    const { asKnownOn } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot }) =>
      retaliationChain((await snapshot()).catalog, id),
    );
  });
}
