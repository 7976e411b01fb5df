/** Events: dated happenings that are not measures (arrests, reports, investigations, WTO steps). */
import { z } from 'zod';
import {
  Confidence,
  DatePrecision,
  Id,
  IsoDateSchema,
  Jurisdiction,
  Notes,
  SourceRefs,
} from './common.ts';

export const EVENT_KINDS = [
  'arrest',
  'detention',
  'release',
  'investigation-opened',
  'investigation-extended',
  'ruling',
  'report',
  'consultation',
  'wto-request',
  'wto-panel',
  'announcement',
  'agreement',
  'threat',
  'other',
] as const;

export const EventSchema = z.strictObject({
  id: Id,
  date: IsoDateSchema,
  datePrecision: DatePrecision.optional(),
  title: z.string().min(1),
  kind: z.enum(EVENT_KINDS),
  parties: z.array(Jurisdiction).min(1).describe('jurisdictions acting or concerned'),
  actors: z.array(Id).optional(),
  summary: z.string().min(1).optional(),
  relations: z
    .strictObject({ respondsTo: z.array(Id).optional(), concerns: z.array(Id).optional() })
    .optional(),
  sources: SourceRefs,
  confidence: Confidence,
  notes: Notes.optional(),
});

export type DossierEvent = z.infer<typeof EventSchema>;
