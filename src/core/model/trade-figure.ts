/** Published trade figures: aggregates as reported, with their currency, never recomputed. */
import { z } from 'zod';
import { Id, Jurisdiction, Notes, ProductScopeSchema, SourceRefs, Confidence } from './common.ts';

export const TradeFigureSchema = z.strictObject({
  id: Id,
  period: z
    .string()
    .regex(
      /^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/,
      'a year (2024), a month (2025-10) or a range (2025-01/2025-10)',
    ),
  exporter: Jurisdiction,
  importer: Jurisdiction.optional().describe('absent for exports to all markets'),
  product: z.string().min(1),
  scope: ProductScopeSchema.optional(),
  value: z
    .strictObject({ amount: z.int().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
    .optional(),
  quantity: z
    .strictObject({ amount: z.number().nonnegative(), unit: z.string().min(1) })
    .optional(),
  share: z
    .strictObject({ bp: z.int().min(0).max(10_000), of: z.string().min(1) })
    .optional()
    .describe('a share, in basis points, of a named whole'),
  basis: z.enum(['published-aggregate', 'derived']),
  sources: SourceRefs,
  confidence: Confidence,
  notes: Notes.optional(),
});

export type TradeFigure = z.infer<typeof TradeFigureSchema>;
