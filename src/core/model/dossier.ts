/** A dossier: the manifest and every record collection, keyed by the collection's file name. */
import { z } from 'zod';
import { ActorSchema } from './actor.ts';
import { BaseRateSchema } from './base-rate.ts';
import { Id, Jurisdiction } from './common.ts';
import { EventSchema } from './event.ts';
import { MeasureSchema } from './measure.ts';
import { SourceSchema } from './source.ts';
import { StatementSchema } from './statement.ts';
import { ChannelSchema, CommitmentSchema, EngagementSchema } from './talks.ts';
import { TradeFigureSchema } from './trade-figure.ts';

export const ManifestSchema = z.strictObject({
  id: Id,
  title: z.string().min(1),
  parties: z.array(Jurisdiction).min(2),
  description: z.string().min(1).optional(),
});

/** Each collection: its schema, stored as `<name>.yaml` or as files in `<name>/`. */
export const COLLECTIONS = {
  sources: SourceSchema,
  actors: ActorSchema,
  measures: MeasureSchema,
  'base-rates': BaseRateSchema,
  events: EventSchema,
  channels: ChannelSchema,
  engagements: EngagementSchema,
  commitments: CommitmentSchema,
  statements: StatementSchema,
  'trade-figures': TradeFigureSchema,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export type Manifest = z.infer<typeof ManifestSchema>;

export interface Dossier {
  readonly manifest: Manifest;
  readonly sources: readonly z.infer<typeof SourceSchema>[];
  readonly actors: readonly z.infer<typeof ActorSchema>[];
  readonly measures: readonly z.infer<typeof MeasureSchema>[];
  readonly 'base-rates': readonly z.infer<typeof BaseRateSchema>[];
  readonly events: readonly z.infer<typeof EventSchema>[];
  readonly channels: readonly z.infer<typeof ChannelSchema>[];
  readonly engagements: readonly z.infer<typeof EngagementSchema>[];
  readonly commitments: readonly z.infer<typeof CommitmentSchema>[];
  readonly statements: readonly z.infer<typeof StatementSchema>[];
  readonly 'trade-figures': readonly z.infer<typeof TradeFigureSchema>[];
}
