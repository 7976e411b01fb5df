/** GET /api/v1/records/{id} (any record) and /api/v1/records/{id}/history (its versions). */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { findRecord, historyAsKnownOn } from '../../services/api-records.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { paginate } from '../pagination.ts';
import { answerRead } from '../reads.ts';
import {
  AsKnownOn,
  HistoryEntrySchema,
  IdParam,
  PageQuery,
  READ_RESPONSES,
  StoredRecordSchema,
  json,
  pageOf,
} from '../schemas.ts';

const ReadQuery = z.strictObject({ asKnownOn: AsKnownOn });
const HistoryQuery = z.strictObject({ asKnownOn: AsKnownOn, ...PageQuery });

export function recordRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  const get = createRoute({
    method: 'get',
    path: '/api/v1/records/{id}',
    tags: ['records'],
    summary: 'Any record by id, with its collection and stored version',
    request: { params: IdParam, query: ReadQuery },
    responses: { 200: json(StoredRecordSchema, 'the record'), ...READ_RESPONSES },
  });
  app.openapi(get, (c) => {
    const { id } = c.req.valid('param');
    const { asKnownOn } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot }) => findRecord(await snapshot(), id));
  });

  const history = createRoute({
    method: 'get',
    path: '/api/v1/records/{id}/history',
    tags: ['records'],
    summary: 'Every version of a record: who changed which fields, when and why',
    request: { params: IdParam, query: HistoryQuery },
    responses: {
      200: json(pageOf(HistoryEntrySchema, 'HistoryPage'), 'oldest first'),
      ...READ_RESPONSES,
    },
  });
  app.openapi(history, (c) => {
    const { id } = c.req.valid('param');
    const { asKnownOn, cursor, limit } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async () =>
      paginate(
        await historyAsKnownOn(deps.store, id, asKnownOn),
        (v) => `${v.dossier}\u0000${String(v.version).padStart(12, '0')}`,
        { cursor, limit },
      ),
    );
  });
}
