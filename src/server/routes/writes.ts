/**
 * Writes: POST /api/v1/{collection}, PUT and DELETE /api/v1/{collection}/{id}. Each needs a
 * token whose role allows it (editors write, admins also delete), names the version it read
 * (a stale one gets 409), and is attributed to the token's name in the history.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { applyApiEdit } from '../../services/api-edits.ts';
import type { ApiEdit } from '../../services/api-edits.ts';
import { COLLECTION_NAMES } from '../../services/api-records.ts';
import type { CollectionName } from '../../services/api-records.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { requireRole } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import {
  EditResultSchema,
  IdParam,
  PlainText,
  RECORD_SCHEMAS,
  WRITE_RESPONSES,
  json,
} from '../schemas.ts';

const Reason = PlainText.optional().meta({
  description: 'why: kept in the history with the token’s name',
  example: 'date corrected',
});

const Version = z
  .int()
  .min(1)
  .meta({ description: 'the version you read (GET gives it)', example: 1 });

const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

async function apply(c: Context<ApiEnv>, deps: AppDeps, edit: ApiEdit, reason: string) {
  const principal = c.get('principal');
  if (!principal) throw new ApiError('unauthorized', 'a bearer token is needed to write');
  const result = await applyApiEdit(deps.store, await deps.snapshots.current(), edit, {
    at: deps.now(),
    author: principal.name,
    reason,
  });
  deps.snapshots.invalidate();
  return result;
}

function writeRoutesFor(app: OpenAPIHono<ApiEnv>, deps: AppDeps, name: CollectionName): void {
  const schema = RECORD_SCHEMAS[name];
  const create = createRoute({
    method: 'post',
    path: `/api/v1/${name}`,
    tags: [name],
    summary: `Create a record in ${name} (role editor or admin)`,
    security: [{ bearer: [] }],
    middleware: [requireRole('write')] as const,
    request: {
      body: body(
        z.strictObject({
          record: schema,
          dossier: z.string().min(1).max(200).optional().meta({
            description: 'the dossier to add it to; needed only when the store holds several',
          }),
          reason: Reason,
        }),
      ),
    },
    responses: { 201: json(EditResultSchema, 'created: version 1'), ...WRITE_RESPONSES },
  });
  app.openapi(create, async (c) => {
    const b = c.req.valid('json');
    const edit = { op: 'create', collection: name, dossier: b.dossier, data: b.record } as const;
    return c.json(await apply(c, deps, edit, b.reason ?? `created through the API`), 201);
  });

  const update = createRoute({
    method: 'put',
    path: `/api/v1/${name}/{id}`,
    tags: [name],
    summary: `Replace a record of ${name}, naming the version read (role editor or admin)`,
    security: [{ bearer: [] }],
    middleware: [requireRole('write')] as const,
    request: {
      params: IdParam,
      body: body(z.strictObject({ record: schema, expectedVersion: Version, reason: Reason })),
    },
    responses: { 200: json(EditResultSchema, 'updated: the new version'), ...WRITE_RESPONSES },
  });
  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const edit = {
      op: 'update',
      collection: name,
      id,
      data: b.record,
      expectedVersion: b.expectedVersion,
    } as const;
    return c.json(await apply(c, deps, edit, b.reason ?? `updated through the API`), 200);
  });

  const remove = createRoute({
    method: 'delete',
    path: `/api/v1/${name}/{id}`,
    tags: [name],
    summary: `Delete a record of ${name}; its history stays (role admin)`,
    security: [{ bearer: [] }],
    middleware: [requireRole('delete')] as const,
    request: {
      params: IdParam,
      query: z.strictObject({ expectedVersion: z.coerce.number().pipe(Version), reason: Reason }),
    },
    responses: {
      200: json(EditResultSchema, 'deleted: the deletion’s version'),
      ...WRITE_RESPONSES,
    },
  });
  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const edit = {
      op: 'delete',
      collection: name,
      id,
      expectedVersion: q.expectedVersion,
    } as const;
    return c.json(await apply(c, deps, edit, q.reason ?? `deleted through the API`), 200);
  });
}

export function writeRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  for (const name of COLLECTION_NAMES) writeRoutesFor(app, deps, name);
}
