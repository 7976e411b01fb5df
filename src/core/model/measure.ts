/**
 * A measure: one legal act's effect on duties. It declares how it stacks with the rest; the
 * duty engine follows the declaration and never branches on the measure's kind.
 */
import { z } from 'zod';
import {
  Confidence,
  Id,
  IsoDateSchema,
  Jurisdiction,
  Notes,
  ProductScopeSchema,
  RateSchema,
  SourceRefs,
} from './common.ts';

export const MEASURE_KINDS = [
  'tariff',
  'surtax',
  'anti-dumping',
  'countervailing',
  'safeguard',
  'quota',
  'ban',
  'suspension',
  'exemption',
  'remission',
] as const;

export const StackingSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({ rule: z.literal('add') }).describe('adds its rate on top of the others'),
    z
      .strictObject({ rule: z.literal('max'), group: Id })
      .describe('among measures of one group in force together, only the highest rate counts'),
    z
      .strictObject({ rule: z.literal('replace'), measures: z.array(Id).optional() })
      .describe(
        'its rate takes the place of the named measures, or of every other layer and the base when none is named (a quota rate)',
      ),
    z
      .strictObject({ rule: z.literal('suspend'), measures: z.array(Id).min(1) })
      .describe('the named measures are not levied on its scope for its period'),
    z
      .strictObject({ rule: z.literal('exempt'), measures: z.array(Id).min(1) })
      .describe('its scope is exempted from the named measures (remission, exclusion)'),
  ])
  .describe('how the measure combines with the base rate and the other measures');

export const TargetsSchema = z.strictObject({
  origins: z
    .union([z.literal('*'), z.array(Jurisdiction).min(1)])
    .describe('countries of origin the measure applies to; * for any origin'),
  except: z.array(Jurisdiction).optional(),
  condition: z
    .strictObject({
      attribute: Id.describe('a property of the good, e.g. melted-and-poured-in'),
      value: z.string().min(1),
      label: z.string().min(1),
    })
    .optional()
    .describe('an origin rule beyond the country of origin'),
});

export const ProducerRateSchema = z.strictObject({
  producer: z.string().min(1).describe('a company, or "all other cooperating" / "all others"'),
  rate: RateSchema,
});

export const QuotaSchema = z.strictObject({
  quantity: z.int().positive(),
  unit: z.string().min(1),
  period: z.enum(['year', 'half-year', 'quarter', 'month']),
});

export const MeasureSchema = z.strictObject({
  id: Id,
  title: z.string().min(1),
  kind: z.enum(MEASURE_KINDS),
  imposer: Jurisdiction,
  targets: TargetsSchema,
  scope: ProductScopeSchema,
  rate: RateSchema.optional().describe('absent for suspensions and exemptions'),
  producerRates: z.array(ProducerRateSchema).optional(),
  stacking: StackingSchema,
  quota: QuotaSchema.optional().describe(
    'the measure applies only within this quota: the answer gives in-quota and out-of-quota outcomes',
  ),
  programme: z
    .string()
    .min(1)
    .optional()
    .describe('the legal programme it belongs to; measures of one programme must not overlap'),
  doesNotStackWith: z
    .array(z.strictObject({ programme: z.string().min(1), priority: z.enum(['this', 'other']) }))
    .optional(),
  dates: z.strictObject({
    announced: IsoDateSchema.optional(),
    effective: IsoDateSchema,
    expires: IsoDateSchema.optional().describe('last day in force'),
    revoked: IsoDateSchema.optional().describe('first day no longer in force'),
  }),
  instrument: z.string().min(1).optional().describe('the legal instrument'),
  rationale: z.string().min(1).optional().describe('the rationale the imposer stated'),
  relations: z
    .strictObject({
      respondsTo: z.array(Id).optional(),
      amends: z.array(Id).optional(),
      replaces: z.array(Id).optional().describe('the named measures end when this one starts'),
    })
    .optional(),
  sources: SourceRefs,
  confidence: Confidence,
  notes: Notes.optional(),
});

export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureKind = Measure['kind'];
export type Stacking = z.infer<typeof StackingSchema>;
export type Targets = z.infer<typeof TargetsSchema>;
