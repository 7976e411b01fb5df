/** Statements: a quote or a stated position by an actor. */
import { z } from 'zod';
import { Confidence, DatePrecision, Id, IsoDateSchema, Notes, SourceRefs } from './common.ts';

export const StatementSchema = z.strictObject({
  id: Id,
  speaker: Id.describe('actor id'),
  date: IsoDateSchema,
  datePrecision: DatePrecision.optional(),
  kind: z
    .enum(['quote', 'position'])
    .describe('quote: words as said; position: a stance in our words'),
  text: z.string().min(1),
  stance: z.enum(['supportive', 'critical', 'conciliatory', 'demand', 'warning', 'neutral']),
  topic: z.string().min(1),
  about: z.array(Id).optional().describe('records the statement concerns'),
  sources: SourceRefs,
  confidence: Confidence,
  notes: Notes.optional(),
});

export type Statement = z.infer<typeof StatementSchema>;
