/** A source: where a fact comes from. */
import { z } from 'zod';
import { Id, IsoDateSchema } from './common.ts';

export const SourceSchema = z
  .strictObject({
    id: Id,
    url: z.url({ protocol: /^https?$/ }).optional(),
    title: z.string().min(1),
    publisher: z.string().min(1),
    published: IsoDateSchema.optional(),
    accessed: IsoDateSchema.optional(),
    excerpt: z.string().min(1).optional().describe('the passage that supports the facts citing it'),
    notes: z.array(z.string().min(1)).optional(),
  })
  .describe('A public document that facts cite');

export type Source = z.infer<typeof SourceSchema>;
