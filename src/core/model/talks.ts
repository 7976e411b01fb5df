/** Channels of talks, the engagements held in them, and the commitments made there. */
import { z } from 'zod';
import { Confidence, Id, IsoDateSchema, Jurisdiction, Notes, SourceRefs } from './common.ts';

export const ChannelSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  parties: z.array(Jurisdiction).min(2),
  level: z.enum(['leaders', 'ministers', 'officials']),
  cadenceDays: z.int().positive().describe('expected days between engagements'),
  description: z.string().min(1).optional(),
  sources: SourceRefs,
  notes: Notes.optional(),
});

export const EngagementSchema = z.strictObject({
  id: Id,
  date: IsoDateSchema,
  title: z.string().min(1),
  kind: z.enum(['call', 'meeting', 'visit', 'summit', 'dialogue-round']),
  channel: Id.optional(),
  participants: z.array(Id).min(1).describe('actor ids'),
  place: z.string().min(1).optional(),
  topics: z.array(z.string().min(1)).optional(),
  outcomes: z.array(z.string().min(1)).optional(),
  sources: SourceRefs,
  confidence: Confidence,
  notes: Notes.optional(),
});

export const COMMITMENT_STATUSES = ['open', 'in-progress', 'met', 'missed', 'withdrawn'] as const;

export const CommitmentSchema = z.strictObject({
  id: Id,
  engagement: Id,
  parties: z.array(Jurisdiction).min(1),
  text: z.string().min(1),
  due: IsoDateSchema.optional(),
  status: z
    .array(
      z.strictObject({
        date: IsoDateSchema,
        status: z.enum(COMMITMENT_STATUSES),
        note: z.string().min(1).optional(),
        sources: SourceRefs,
      }),
    )
    .min(1)
    .describe('the status history, oldest first'),
  sources: SourceRefs,
  notes: Notes.optional(),
});

export type Channel = z.infer<typeof ChannelSchema>;
export type Engagement = z.infer<typeof EngagementSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
