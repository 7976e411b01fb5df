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

/** An HS code as written by a person (1205.10, 1205 10), normalised to digits. */
export const hsLine = z.string().transform((s, ctx) => {
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

/** A year of trade data: a number, or its four digits (query strings). */
const year = z.coerce
  .number({ error: 'a year such as 2024' })
  .int('a year such as 2024')
  .min(1900, 'a year from 1900 to 2200')
  .max(2200, 'a year from 1900 to 2200');

const measureId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, 'a measure id: lower-case letters, digits and hyphens');

/** An HS prefix a scenario reaches: 2 to 10 digits, dots and spaces allowed (12.05 → 1205). */
const hsPrefix = z
  .string()
  .transform((s) => s.replace(/[ .]/g, ''))
  .refine((s) => /^\d{2,10}$/.test(s), {
    message: 'an HS prefix of 2 to 10 digits, e.g. 1205 or 2306.41',
    params: { errorId: 'invalid_hs_code' },
  });

/** Coverage (GTA's method): the measures by id, or those an imposer levies on a target. */
export const CoverageInput = z.strictObject({
  measures: z.array(measureId).max(200).optional(),
  imposer: country.optional(),
  target: country.optional(),
  baseYear: year.optional(),
  from: year.optional(),
  to: year.optional(),
});

/** A rate in basis points, 0 to 100,000 (1,000%). */
const rateBp = z.int().min(0).max(100_000);
const reach = {
  scope: z.array(hsPrefix).min(1).max(1000).optional(),
  origins: z.array(country).min(1).max(300).optional(),
};

/** A what-if scenario, as the CLI's flags describe it; rates in basis points. */
export const ScenarioInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('remove'), measure: measureId }),
  z.strictObject({ kind: z.literal('change'), measure: measureId, bp: rateBp }),
  z.strictObject({
    kind: z.literal('add'),
    bp: rateBp,
    scope: z.array(hsPrefix).min(1).max(1000),
    origins: reach.origins,
  }),
  z.strictObject({ kind: z.literal('linear'), cutBp: z.int().min(0).max(10_000), ...reach }),
  z.strictObject({
    kind: z.literal('swiss'),
    coefficientBp: z.int().min(1).max(100_000),
    ...reach,
  }),
]);

/** A WITS-SMART simulation: the scenario, the date tariffs are read on, elasticity overrides. */
export const SimulationInput = z.strictObject({
  scenario: ScenarioInput,
  importer: country.optional(),
  on: date.optional(),
  baseYear: year.optional(),
  params: z
    .strictObject({
      em: z.number().max(0, 'Em, the import demand elasticity, is ≤ 0').optional(),
      es: z.number().min(0, 'Es, the substitution elasticity, is ≥ 0').optional(),
      ex: z.number().positive('Ex, the export supply elasticity, is > 0').optional(),
    })
    .optional(),
  /** Import demand elasticities by HS6, overriding Em line by line. */
  elasticities: z
    .record(
      z.string().regex(/^\d{6}$/, 'a six-digit HS code'),
      z.number().max(0, 'an import demand elasticity is ≤ 0'),
    )
    .optional(),
});

export type CoverageInput = z.infer<typeof CoverageInput>;
export type ScenarioInput = z.infer<typeof ScenarioInput>;
export type SimulationInput = z.infer<typeof SimulationInput>;

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
