/**
 * Building blocks shared by every record schema. The zod schemas are the single definition:
 * types are inferred from them and the dossier JSON Schema is generated from them.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates.ts';
import { isJurisdiction } from '../jurisdiction.ts';

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isIsoDate, { message: 'not a calendar date' })
  .meta({ format: 'date' });

export const Jurisdiction = z
  .string()
  .regex(/^([A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/, 'a jurisdiction code such as CAN or CA-SK')
  .refine(isJurisdiction, {
    message: 'not a jurisdiction: ISO 3166-1 alpha-3 (CAN), EUN, or ISO 3166-2 (CA-SK)',
  });

export const HsCodeSchema = z
  .string()
  .regex(
    /^(\d{2}|\d{4}|\d{6}|\d{8}|\d{10})$/,
    'an HS code as digits only: 2, 4, 6, 8 or 10 of them',
  );

export const Confidence = z
  .enum(['confirmed', 'derived', 'approximate', 'unverified'])
  .describe(
    'confirmed: read in a cited source; derived: arithmetic on cited figures; approximate: close to the source but not exact (e.g. HS lines); unverified: no stored source confirmed it',
  );

export const SourceRefs = z
  .array(Id)
  .min(1, 'every fact cites at least one source')
  .describe('ids of source records');

export const Notes = z
  .array(z.string().min(1))
  .describe('editorial notes, e.g. discrepancies with a report');

export const ProductScopeSchema = z.strictObject({
  include: z.array(HsCodeSchema).min(1),
  exclude: z.array(HsCodeSchema).optional(),
  label: z.string().min(1).optional(),
  approximate: z.boolean().optional(),
});

export const SpecificDutySchema = z.strictObject({
  amountMinor: z.int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  unit: z.string().min(1),
});

export const RateSchema = z.strictObject({
  bp: z.int().min(0).max(1_000_000).describe('ad valorem rate in basis points: 6.1% = 610'),
  specific: z.array(SpecificDutySchema).optional(),
});

export const DatePrecision = z
  .enum(['day', 'month', 'year'])
  .describe('how much of the date the sources give; the rest of the date is a placeholder');
