/**
 * The schemas of the API's inputs and outputs. Inputs reuse the validating pieces of
 * src/services/requests.ts (HS codes, countries, dates, pairs), so the API checks exactly what
 * the CLI checks; the OpenAPI document is generated from these same schemas.
 */
import { z } from '@hono/zod-openapi';
import {
  DutyRequest,
  MeasuresRequest,
  TimelineRequest,
  parseAsKnownOn,
} from '../services/requests.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../services/api-records.ts';
import { Id } from '../core/model/common.ts';
import { ProblemSchema } from './problem.ts';

const d = (description: string, example?: string) =>
  example === undefined ? { description } : { description, example };

export const HsLine = DutyRequest.shape.line.meta(
  d('HS code or national line: 1205.10, 1205 10 or 120510', '1205.10'),
);
export const Country = DutyRequest.shape.from.meta(d('ISO 3166-1 alpha-3 code, or EUN', 'CAN'));
export const Day = DutyRequest.shape.on.meta(d('a date, YYYY-MM-DD', '2025-09-01'));
export const OptionalCountry = MeasuresRequest.shape.imposer.meta(d('ISO alpha-3 code', 'CHN'));
export const OptionalDay = TimelineRequest.shape.from.meta(d('a date, YYYY-MM-DD', '2025-06-01'));
export const Pair = TimelineRequest.shape.pair.meta(d('two countries, A-B', 'CAN-CHN'));

export const AsKnownOn = z
  .string()
  .transform((v, ctx) => {
    try {
      return parseAsKnownOn(v);
    } catch (e) {
      ctx.addIssue({
        code: 'custom',
        message: (e as Error).message.replace('--as-known-on', 'asKnownOn'),
        params: { errorId: 'invalid_date' },
      });
      return z.NEVER;
    }
  })
  .optional()
  .meta(
    d(
      'answer from what the store held then: YYYY-MM-DD (end of day) or YYYY-MM-DDTHH:MM, UTC',
      '2025-06-01',
    ),
  );

export const PageQuery = {
  cursor: z
    .string()
    .max(1000)
    .optional()
    .meta(d('the nextCursor of the previous page; omit for the first page')),
  limit: z.coerce.number().int().min(1).max(500).default(100).meta(d('items per page, 1–500')),
};

export const IdParam = z.strictObject({
  id: z.string().max(200).pipe(Id).meta(d('record id', 'can-2024-ev-surtax')),
});

/** Free text stored as is (a reason): no control characters but line breaks and tabs. */
export const PlainText = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine(
    (s) => ![...s].some((ch) => (ch < ' ' && !'\n\r\t'.includes(ch)) || ch === '\u007f'),
    'no control characters',
  );

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .meta(d('pass as cursor for the next page; null at the end')),
    })
    .meta({ id: name });

const Bp = z.int().meta(d('a rate in basis points: 6.1% = 610', '8480'));
const SourceLink = z.object({ id: z.string(), title: z.string(), url: z.string().optional() });

const Layer = z.looseObject({
  measureId: z.string(),
  title: z.string(),
  kind: z.string(),
  rule: z.string(),
  bp: Bp,
  instrument: z.string().optional(),
  effective: z.string(),
  sources: z.array(SourceLink),
});

const LineDuty = z.looseObject({
  line: z.string(),
  base: z.looseObject({ baseRateId: z.string(), line: z.string(), bp: Bp }).nullable(),
  layers: z.array(Layer),
  removed: z.array(z.looseObject({ reason: z.string(), by: z.string() })),
  total: z.object({ bp: Bp }),
  next: z.looseObject({ date: z.string(), total: z.object({ bp: Bp }) }).nullable(),
  warnings: z.array(z.string()),
});

export const DutyAnswerSchema = z
  .looseObject({
    kind: z
      .enum(['line', 'by-line'])
      .meta(d('one answer, or one per national line when they differ')),
    query: z.looseObject({
      line: z.string(),
      origin: z.string(),
      destination: z.string(),
      date: z.string(),
    }),
  })
  .and(z.union([LineDuty, z.looseObject({ lines: z.array(LineDuty) })]))
  .meta({
    id: 'DutyAnswer',
    description: 'the stacked duty: base, layers, removed layers, total, next change',
  });

export const TimelineEntrySchema = z
  .looseObject({
    date: z.string(),
    kind: z.enum(['measure', 'event', 'engagement', 'statement']),
    step: z.enum(['announced', 'in-force', 'ended']).optional(),
    id: z.string(),
    title: z.string(),
    detail: z.string().optional(),
    parties: z.array(z.string()),
    sourceLinks: z.array(SourceLink),
  })
  .meta({ id: 'TimelineEntry' });

const Link = z.object({ id: z.string(), title: z.string() });

const pascal = (name: string) =>
  name.replace(/s$/, '').replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());

/** The record schemas of the dossier model, named for the OpenAPI document. */
export const RECORD_SCHEMAS = Object.fromEntries(
  COLLECTION_NAMES.map((n) => [n, COLLECTIONS[n].meta({ id: pascal(n) })]),
) as unknown as typeof COLLECTIONS;

export const MeasureViewSchema = z
  .object({
    measure: RECORD_SCHEMAS.measures,
    version: z.int().meta(d('the stored version: name it as expectedVersion to update')),
    dossier: z.string(),
    ends: z.object({ date: z.string(), why: z.string() }).nullable(),
    respondsTo: z.array(Link),
    respondedBy: z.array(Link),
    sourceLinks: z.array(SourceLink),
  })
  .meta({ id: 'MeasureView' });

export const StoredRecordSchema = z
  .object({
    id: z.string(),
    collection: z.string(),
    dossier: z.string(),
    version: z.int(),
    record: z.looseObject({ id: z.string() }),
  })
  .meta({ id: 'StoredRecord' });

const ChainNode: z.ZodType = z
  .lazy(() =>
    z.object({
      id: z.string(),
      kind: z.enum(['measure', 'event']),
      title: z.string(),
      date: z.string(),
      actor: z.string(),
      next: z.array(ChainNode),
    }),
  )
  .meta({ id: 'ChainNode' });

export const ChainSchema = z
  .object({
    root: z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      date: z.string(),
      actor: z.string(),
    }),
    answers: z.array(ChainNode),
    answeredBy: z.array(ChainNode),
  })
  .meta({ id: 'Chain' });

export const ChannelsViewSchema = z
  .looseObject({
    on: z.string(),
    channels: z.array(
      z.looseObject({
        channel: z.looseObject({ id: z.string() }),
        status: z.enum(['on-time', 'overdue', 'never-met']),
        daysSince: z.int().nullable(),
        nextDue: z.string().nullable(),
        commitments: z.array(z.looseObject({ commitment: z.looseObject({ id: z.string() }) })),
      }),
    ),
    otherCommitments: z.array(z.looseObject({})),
  })
  .meta({ id: 'ChannelsView' });

export const OverviewSchema = z
  .looseObject({
    pair: z.array(z.string()),
    on: z.string(),
    directions: z.array(
      z.object({ imposer: z.string(), target: z.string(), inForce: z.array(z.looseObject({})) }),
    ),
    channels: ChannelsViewSchema,
    latestEngagements: z.array(TimelineEntrySchema),
    recent: z.array(TimelineEntrySchema),
  })
  .meta({ id: 'Overview' });

export const HistoryEntrySchema = z
  .object({
    dossier: z.string(),
    collection: z.string(),
    version: z.int(),
    op: z.enum(['create', 'update', 'delete']),
    at: z.string(),
    author: z.string(),
    reason: z.string(),
    origin: z.string().nullable(),
    changes: z.array(z.looseObject({})),
  })
  .meta({ id: 'HistoryEntry' });

export const EditResultSchema = z
  .object({
    op: z.enum(['create', 'update', 'delete']),
    collection: z.string(),
    dossier: z.string(),
    id: z.string(),
    version: z.int(),
    changeId: z.int(),
  })
  .meta({ id: 'EditResult' });

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** Error responses every route may give, for the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: problem('invalid input: the errors name each field'),
  401: problem('missing, malformed, unknown or revoked token'),
  429: problem('rate limit exceeded; see Retry-After'),
} as const;

export const READ_RESPONSES = {
  ...ERROR_RESPONSES,
  304: { description: 'not modified since the ETag given in If-None-Match' },
  404: problem('no such record'),
} as const;

export const WRITE_RESPONSES = {
  ...ERROR_RESPONSES,
  403: problem('the token’s role may not do this'),
  404: problem('no such record'),
  409: problem('the record changed since the version read (reload), or already exists'),
  413: problem('body too large'),
  415: problem('the body must be application/json'),
  422: problem('the change would break the dossier’s integrity'),
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
