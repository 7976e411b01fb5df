/**
 * The ingest review queue over HTTP: POST /api/v1/ingest (a text → a batch of candidates),
 * GET /api/v1/ingest (batches), GET /api/v1/ingest/{batch}, and POST
 * /api/v1/ingest/{batch}/candidates/{key} (accept or reject one). Every route needs a token
 * that may write: the queue holds texts editors pasted, not published records. Its answers
 * are never cached (a review changes them without moving the store's revision).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  CANDIDATE_FLAGS,
  CandidateSchema,
  getBatch,
  ingestText,
  IngestRequest,
  listBatches,
  REVIEW_ACTIONS,
  reviewCandidate,
} from '../../services/ingest.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { requireRole } from '../middleware/auth.ts';
import { paginate } from '../pagination.ts';
import { ApiError } from '../problem.ts';
import { AsKnownOn, PageQuery, WRITE_RESPONSES, json, pageOf } from '../schemas.ts';

/** The path of the submission route, whose body may be larger than the API's default. */
export const INGEST_PATH = '/api/v1/ingest';

const Candidate = CandidateSchema.meta({
  id: 'IngestCandidate',
  description:
    'a candidate record: its key, the span of text that supports it ([start, end) offsets into the batch text), a confidence in [0, 1], flags saying what was guessed, and the fields of a measure, engagement, quote or position',
});

const Counts = z.object({ pending: z.int(), accepted: z.int(), rejected: z.int() });

const summaryFields = {
  id: z.string().meta({ example: 'ing-20261129-1a2b3c4d' }),
  createdAt: z.string(),
  author: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: z.string(),
  status: z.enum(['open', 'reviewed']),
  counts: Counts,
};

const BatchSummarySchema = z.object(summaryFields).meta({ id: 'IngestBatchSummary' });

const WrittenRecordSchema = z.object({
  id: z.string(),
  collection: z.string(),
  op: z.enum(['create', 'update', 'unchanged']),
});

const CandidateViewSchema = z
  .object({
    key: z.string(),
    type: z.enum(['measure', 'engagement', 'quote', 'position']),
    summary: z.string(),
    confidence: z.number(),
    flags: z.array(z.enum(CANDIDATE_FLAGS)),
    quote: z.string().meta({ description: 'the words of the text the span covers' }),
    candidate: Candidate,
    edited: z.boolean(),
    status: z.enum(['pending', 'accepted', 'rejected']),
    records: z.array(WrittenRecordSchema).meta({
      description: 'what accepting wrote: the record first, then the article’s source',
    }),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'IngestCandidateView' });

const BatchSchema = z
  .object({
    ...summaryFields,
    text: z.string().meta({ description: 'the plain text every span points into' }),
    language: z.string().nullable().meta({ description: 'set when the text is not English' }),
    warnings: z.array(z.string()),
    candidates: z.array(CandidateViewSchema),
  })
  .meta({ id: 'IngestBatch' });

const ReviewResultSchema = z
  .object({
    batch: z.string(),
    candidate: CandidateViewSchema,
    changeId: z.int().nullable().meta({ description: 'the change holding the records, if any' }),
  })
  .meta({ id: 'IngestReviewResult' });

const BatchParam = z.strictObject({
  batch: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'a batch id, e.g. ing-20261129-1a2b3c4d')
    .meta({ description: 'batch id', example: 'ing-20261129-1a2b3c4d' }),
});
const CandidateParam = BatchParam.extend({
  key: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'a candidate key, e.g. engagement-0')
    .meta({ description: 'candidate key', example: 'engagement-0' }),
});

const ReviewBody = z.strictObject({
  action: z.enum(REVIEW_ACTIONS),
  candidate: Candidate.optional().meta({
    description:
      'the candidate as corrected (same key and type): accepted instead of the extracted one',
  }),
});

const INGEST_RESPONSES = {
  ...WRITE_RESPONSES,
  422: {
    description:
      'the text is empty, binary or too long (invalid_text), or the record would break the dossier',
    content: WRITE_RESPONSES[422].content,
  },
} as const;

const NO_STORE = { 'cache-control': 'no-store' };

function who(c: Context<ApiEnv>): string {
  const principal = c.get('principal');
  if (!principal) throw new ApiError('unauthorized', 'a bearer token is needed');
  return principal.name;
}

export function ingestRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  const submit = createRoute({
    method: 'post',
    path: INGEST_PATH,
    tags: ['ingest'],
    summary: 'Extract candidate records from a text and save them as a batch to review',
    description:
      'The text may be plain text or HTML (markup is stripped); the body may hold up to 2 MB. A text in another language gives a batch with its language and no candidates.',
    security: [{ bearer: [] }],
    middleware: [requireRole('write')] as const,
    request: {
      body: { required: true, content: { 'application/json': { schema: IngestRequest } } },
    },
    responses: { 201: json(BatchSchema, 'the batch and its candidates'), ...INGEST_RESPONSES },
  });
  app.openapi(submit, async (c) => {
    const body = c.req.valid('json');
    const snapshot = await deps.snapshots.current();
    const batch = await ingestText(deps.store, body, who(c), deps.now(), {
      catalog: snapshot.catalog,
    });
    return c.json(batch, 201, NO_STORE);
  });

  const list = createRoute({
    method: 'get',
    path: INGEST_PATH,
    tags: ['ingest'],
    summary:
      'The batches of the review queue, newest first (asKnownOn: the queue as it stood then)',
    security: [{ bearer: [] }],
    middleware: [requireRole('write')] as const,
    request: { query: z.strictObject({ asKnownOn: AsKnownOn, ...PageQuery }) },
    responses: {
      200: json(pageOf(BatchSummarySchema, 'IngestBatchPage'), 'newest first'),
      ...INGEST_RESPONSES,
    },
  });
  app.openapi(list, async (c) => {
    const { asKnownOn, cursor, limit } = c.req.valid('query');
    const batches = await listBatches(deps.store, asKnownOn);
    // Newest first: the key sorts later batches first (cursor pages are ordered by key).
    const key = (b: (typeof batches)[number]) =>
      `${String(9e15 - Date.parse(b.createdAt)).padStart(16, '0')}|${b.id}`;
    return c.json(paginate(batches, key, { cursor, limit }), 200, NO_STORE);
  });

  const get = createRoute({
    method: 'get',
    path: `${INGEST_PATH}/{batch}`,
    tags: ['ingest'],
    summary:
      'One batch: its text and every candidate with its review state (asKnownOn: reviews made later are not shown)',
    security: [{ bearer: [] }],
    middleware: [requireRole('write')] as const,
    request: { params: BatchParam, query: z.strictObject({ asKnownOn: AsKnownOn }) },
    responses: { 200: json(BatchSchema, 'the batch'), ...INGEST_RESPONSES },
  });
  app.openapi(get, async (c) => {
    const { batch } = c.req.valid('param');
    const { asKnownOn } = c.req.valid('query');
    return c.json(await getBatch(deps.store, batch, asKnownOn), 200, NO_STORE);
  });

  const review = createRoute({
    method: 'post',
    path: `${INGEST_PATH}/{batch}/candidates/{key}`,
    tags: ['ingest'],
    summary: 'Accept or reject one candidate; accepting writes its record and the article’s source',
    description:
      'Accepting writes, in one change of the history signed with the token’s name, a source for the article (reused when the dossier already cites its URL) and the record. A measure already recorded (same imposer, overlapping origins and HS scope, same rate and effective date) gains the source instead. A candidate missing fields is refused (400) naming them; an unresolved participant must be given an actor id in `candidate`.',
    security: [{ bearer: [] }],
    middleware: [requireRole('write')] as const,
    request: {
      params: CandidateParam,
      body: { required: true, content: { 'application/json': { schema: ReviewBody } } },
    },
    responses: { 200: json(ReviewResultSchema, 'the candidate as reviewed'), ...INGEST_RESPONSES },
  });
  app.openapi(review, async (c) => {
    const { batch, key } = c.req.valid('param');
    const body = c.req.valid('json');
    const result = await reviewCandidate(
      deps.store,
      batch,
      key,
      { action: body.action, ...(body.candidate ? { edited: body.candidate } : {}) },
      who(c),
      deps.now(),
    );
    if (result.changeId !== null) deps.snapshots.invalidate();
    return c.json(result, 200, NO_STORE);
  });
}
