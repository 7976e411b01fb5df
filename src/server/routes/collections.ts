/**
 * GET /api/v1/{collection} and /{collection}/{id} for the plain record collections: actors,
 * base rates, events, engagements, commitments, statements, sources, trade figures (and a
 * channel's record; the channels list is their health report, in channels.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { collectionRecords, findRecord } from '../../services/api-records.ts';
import type { CollectionName } from '../../services/api-records.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { paginate } from '../pagination.ts';
import { answerRead } from '../reads.ts';
import {
  AsKnownOn,
  IdParam,
  PageQuery,
  READ_RESPONSES,
  StoredRecordSchema,
  json,
  pageOf,
} from '../schemas.ts';

/** Collections listed here as plain records (measures and channels have their own lists). */
export const PLAIN_COLLECTIONS = [
  'actors',
  'base-rates',
  'events',
  'engagements',
  'commitments',
  'statements',
  'sources',
  'trade-figures',
] as const satisfies readonly CollectionName[];

const ListQuery = z.strictObject({ asKnownOn: AsKnownOn, ...PageQuery });
const ReadQuery = z.strictObject({ asKnownOn: AsKnownOn });

const RecordPage = pageOf(StoredRecordSchema, 'RecordPage');

function listRoute(app: OpenAPIHono<ApiEnv>, deps: AppDeps, name: CollectionName): void {
  const route = createRoute({
    method: 'get',
    path: `/api/v1/${name}`,
    tags: [name],
    summary: `The ${name}, by id, with their stored versions`,
    request: { query: ListQuery },
    responses: { 200: json(RecordPage, `a page of ${name}`), ...READ_RESPONSES },
  });
  app.openapi(route, (c) => {
    const { asKnownOn, cursor, limit } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot }) =>
      paginate(collectionRecords(await snapshot(), name), (r) => r.id, { cursor, limit }),
    );
  });
}

function getRoute(app: OpenAPIHono<ApiEnv>, deps: AppDeps, name: CollectionName): void {
  const route = createRoute({
    method: 'get',
    path: `/api/v1/${name}/{id}`,
    tags: [name],
    summary: `One record of ${name}, with its stored version`,
    request: { params: IdParam, query: ReadQuery },
    responses: { 200: json(StoredRecordSchema, 'the record'), ...READ_RESPONSES },
  });
  app.openapi(route, (c) => {
    const { id } = c.req.valid('param');
    const { asKnownOn } = c.req.valid('query');
    return answerRead(c, deps, asKnownOn, async ({ snapshot }) =>
      findRecord(await snapshot(), id, name),
    );
  });
}

export function collectionRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  for (const name of PLAIN_COLLECTIONS) {
    listRoute(app, deps, name);
    getRoute(app, deps, name);
  }
  getRoute(app, deps, 'channels');
}
