/** The base (MFN) schedule: an importer's rate on a line over time. */
import { z } from 'zod';
import {
  Confidence,
  HsCodeSchema,
  Id,
  IsoDateSchema,
  Jurisdiction,
  Notes,
  RateSchema,
  SourceRefs,
} from './common.ts';

export const BaseRateSchema = z.strictObject({
  id: Id,
  importer: Jurisdiction,
  line: HsCodeSchema.describe('the importer’s national line, or an HS4/HS6 code covering several'),
  description: z.string().min(1),
  rate: RateSchema,
  from: IsoDateSchema.optional().describe('absent when the schedule copy is undated'),
  to: IsoDateSchema.optional().describe('last day in force'),
  edition: z
    .string()
    .regex(/^HS\d{4}$/)
    .optional(),
  sources: SourceRefs,
  confidence: Confidence,
  notes: Notes.optional(),
});

export type BaseRate = z.infer<typeof BaseRateSchema>;
