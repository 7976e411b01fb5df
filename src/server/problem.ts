/**
 * The one place where errors become HTTP: every failure is an RFC 9457 problem+json document
 * carrying the stable error id, and the status comes from the id. Unexpected errors are logged
 * and answered with a bare 500: no stack trace or message reaches a client.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { isDetenteError } from '../core/errors.ts';
import type { ErrorId } from '../core/errors.ts';

/** Error ids of the HTTP edge, beyond those of the domain. */
export type HttpErrorId =
  | ErrorId
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'timeout'
  | 'internal';

const STATUS: Record<HttpErrorId, ContentfulStatusCode> = {
  not_found: 404,
  invalid_hs_code: 400,
  invalid_date: 400,
  invalid_country: 400,
  invalid_argument: 400,
  usage: 400,
  invalid_dossier: 422,
  conflicting_measures: 422,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  timeout: 503,
  incompatible_store: 503,
  invalid_config: 503,
  invalid_text: 422,
  internal: 500,
};

const TITLE: Record<HttpErrorId, string> = {
  not_found: 'Not found',
  invalid_hs_code: 'Invalid HS code',
  invalid_date: 'Invalid date',
  invalid_country: 'Invalid country',
  invalid_argument: 'Invalid argument',
  usage: 'Invalid request',
  invalid_dossier: 'Invalid dossier',
  conflicting_measures: 'Conflicting measures',
  conflict: 'Conflict',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  timeout: 'Request timed out',
  incompatible_store: 'Store unavailable',
  invalid_config: 'Server misconfigured',
  invalid_text: 'Invalid text',
  internal: 'Internal error',
};

/** Status of the errors Hono raises itself (malformed JSON, a missing content type…). */
const BY_STATUS: Partial<Record<number, HttpErrorId>> = {
  400: 'invalid_argument',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'timeout',
  504: 'timeout',
};

export const TYPE_BASE = 'https://detente.dev/errors/';

export interface FieldError {
  readonly field: string;
  readonly message: string;
  readonly record?: string;
}

/** An error raised by the HTTP edge itself (auth, limits), with its id and headers. */
export class ApiError extends HTTPException {
  constructor(
    readonly id: HttpErrorId,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(STATUS[id], { message: detail });
  }
}

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: `${TYPE_BASE}invalid_hs_code` }),
    id: z.string().meta({ description: 'the stable error id', example: 'invalid_hs_code' }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(
      z.object({ field: z.string(), message: z.string(), record: z.string().optional() }),
    ),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document' });

export type Problem = z.infer<typeof ProblemSchema>;

function describe(error: unknown): { id: HttpErrorId; detail: string; errors: FieldError[] } {
  if (error instanceof ApiError) return { id: error.id, detail: error.detail, errors: [] };
  if (isDetenteError(error)) {
    return {
      id: error.id,
      detail: error.message,
      errors: error.problems.map((p) => ({
        field: p.field ?? '',
        message: p.message,
        ...(p.record ? { record: p.record } : {}),
      })),
    };
  }
  if (error instanceof HTTPException) {
    const id = BY_STATUS[error.status];
    if (id) return { id, detail: error.message || TITLE[id], errors: [] };
  }
  return { id: 'internal', detail: 'an unexpected error occurred; it has been logged', errors: [] };
}

/** The problem document for an error, and the status to answer with. */
export function toProblem(error: unknown, instance?: string): Problem {
  const { id, detail, errors } = describe(error);
  return {
    type: `${TYPE_BASE}${id}`,
    id,
    title: TITLE[id],
    status: STATUS[id],
    detail,
    ...(instance ? { instance } : {}),
    errors,
  };
}

/** Answers a request with the problem for an error; unexpected errors are logged. */
export function problemResponse(c: Context, error: unknown, log: (s: string) => void): Response {
  const problem = toProblem(error, c.req.path);
  if (problem.id === 'internal') {
    log(`${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const headers: Record<string, string> = {
    'content-type': 'application/problem+json',
    ...(error instanceof ApiError ? error.headers : {}),
  };
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, headers);
}
