/**
 * The inputs of the use cases, validated at the edge: the CLI and the HTTP API parse raw input
 * with these schemas and hand the services typed requests. A failed parse becomes one
 * DetenteError whose id says what kind of value was wrong.
 */
import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { DetenteError } from '../core/errors.ts';
import type { ErrorId } from '../core/errors.ts';
import { normalizeHs } from '../core/hs.ts';
import { isCountry } from '../core/jurisdiction.ts';
import { TIMELINE_KINDS } from '../core/timeline.ts';

const country = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine(isCountry, {
    message: 'not an ISO 3166-1 alpha-3 country code (e.g. CAN, CHN) or EUN',
    params: { errorId: 'invalid_country' },
  });

const date = z.string().refine(isIsoDate, {
  message: 'not a calendar date (YYYY-MM-DD)',
  params: { errorId: 'invalid_date' },
});

const hsLine = z.string().transform((s, ctx) => {
  try {
    return normalizeHs(s);
  } catch (e) {
    ctx.addIssue({
      code: 'custom',
      message: (e as Error).message,
      params: { errorId: 'invalid_hs_code' },
    });
    return z.NEVER;
  }
});

const pair = z
  .string()
  .transform((s) => s.trim().toUpperCase().split('-'))
  .refine((p): p is [string, string] => p.length === 2 && p.every(isCountry), {
    message: 'a pair is two country codes joined by a hyphen, e.g. CAN-CHN',
    params: { errorId: 'invalid_country' },
  });

export const DutyRequest = z.strictObject({
  line: hsLine,
  from: country,
  to: country,
  on: date,
  producer: z.string().min(1).optional(),
  conditions: z.record(z.string(), z.string()).optional(),
});

export const TimelineRequest = z.strictObject({
  pair: pair.optional(),
  from: date.optional(),
  to: date.optional(),
  kinds: z.array(z.enum(TIMELINE_KINDS)).optional(),
});

export const MeasuresRequest = z.strictObject({
  imposer: country.optional(),
  target: country.optional(),
  inForce: date.optional(),
});

export const ChannelsRequest = z.strictObject({ pair: pair.optional(), on: date });

export type DutyRequest = z.infer<typeof DutyRequest>;
export type TimelineRequest = z.infer<typeof TimelineRequest>;
export type MeasuresRequest = z.infer<typeof MeasuresRequest>;
export type ChannelsRequest = z.infer<typeof ChannelsRequest>;

/**
 * Parses raw input into a typed request, or throws a DetenteError naming each bad field.
 *
 * @example
 * parseRequest(DutyRequest, { line: '1205.10', from: 'CAN', to: 'CHN', on: '2025-09-01' });
 */
export function parseRequest<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const field = i.path.join('.');
    const declared = (i as { params?: { errorId?: ErrorId } }).params?.errorId;
    const id: ErrorId = declared ?? 'invalid_argument';
    const value = (raw as Record<string, unknown> | null)?.[String(i.path[0])];
    const got = typeof value === 'string' && !i.message.includes(value) ? ` (got "${value}")` : '';
    return { id, field, message: `${field || 'input'}: ${i.message}${got}` };
  });
  const first = problems[0] as (typeof problems)[number];
  throw new DetenteError(first.id, problems.map((p) => p.message).join('; '), problems);
}

/**
 * `--as-known-on`: a date (the end of that day, UTC) or a minute (the end of that minute).
 *
 * @example
 * parseAsKnownOn('2025-06-01');       // '2025-06-01T23:59:59.999Z'
 * parseAsKnownOn('2025-06-01T14:30'); // '2025-06-01T14:30:59.999Z'
 */
export function parseAsKnownOn(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?Z?$/.exec(value.trim());
  const [, day, hh, mm] = m ?? [];
  const valid =
    day !== undefined &&
    isIsoDate(day) &&
    (hh === undefined || (Number(hh) < 24 && Number(mm) < 60));
  if (!valid) {
    throw new DetenteError(
      'invalid_date',
      `--as-known-on "${value}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)`,
    );
  }
  return hh === undefined ? `${day}T23:59:59.999Z` : `${day}T${hh}:${mm}:59.999Z`;
}
