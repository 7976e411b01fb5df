/**
 * Watchlists and the changes they report. A watchlist follows any mix of HS scopes, pairs,
 * measure kinds, channels and actors, and names at least one. A record concerns it when every
 * criterion it names that applies to that sort of record matches (scopes, pairs and kinds apply
 * to measures; channels and actors to talks; actors to statements); criteria left empty do not
 * constrain, and a record none of whose criteria are named is not followed (see `match.ts`).
 * A change is one thing that happened to a followed record, with its before and after.
 */
import { z } from 'zod';
import { HsCodeSchema, Id, IsoDateSchema, Jurisdiction } from '../model/common.ts';
import { MEASURE_KINDS } from '../model/measure.ts';

export const PairSchema = z
  .strictObject({
    from: Jurisdiction.describe('the exporting side (the target of a measure)'),
    to: Jurisdiction.describe('the importing side (the imposer of a measure)'),
    both: z.boolean().optional().describe('follow both directions'),
  })
  .describe('a direction of trade, e.g. CAN→CHN');

export const WatchlistSchema = z.strictObject({
  id: Id,
  name: z.string().min(1).max(120),
  /** HS prefixes as digits, 2 to 10 of them (2306, 030612) */
  scopes: z.array(HsCodeSchema),
  pairs: z.array(PairSchema),
  kinds: z.array(z.enum(MEASURE_KINDS)),
  channels: z.array(Id),
  actors: z.array(Id),
  /** a private watchlist's feed needs its secret in the URL */
  private: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const CHANGE_KINDS = [
  /** a measure was created, or amended, and its scope overlaps the watchlist */
  'measure-new',
  'measure-amended',
  /** a dated change came into force: a measure starts or ends, a suspension starts or ends */
  'scheduled',
  /** the total duty on a watched line moved (old total → new total, with the layers that moved) */
  'duty',
  /** a channel went past its expected cadence without an engagement */
  'channel-overdue',
  /** a commitment's status changed */
  'commitment-status',
  /** talks were held: an engagement on a watched channel, or with a watched actor, was recorded */
  'engagement',
  /** a watched actor made a new statement */
  'statement',
] as const;

export const ChangeSchema = z.strictObject({
  /** stable across runs: the same fact always gets the same id (for de-duplication) */
  id: z.string(),
  kind: z.enum(CHANGE_KINDS),
  /** when it happened: the recording time of a store change, or the day a scheduled change took effect */
  at: z.string(),
  /** the day the change takes effect, for dated changes */
  effective: IsoDateSchema.optional(),
  dossier: z.string(),
  record: z.string(),
  collection: z.string(),
  title: z.string(),
  /** one sentence a person reads in a feed */
  summary: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** for 'measure-amended': the dotted paths of the fields that changed (`rate.bp`) */
  fields: z.array(z.string()).optional(),
  sources: z.array(
    z.strictObject({ id: z.string(), title: z.string(), url: z.string().optional() }),
  ),
  /** the record's path in the API (/api/v1/records/<id>) */
  link: z.string(),
});

export type Pair = z.infer<typeof PairSchema>;
export type Watchlist = z.infer<typeof WatchlistSchema>;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Change = z.infer<typeof ChangeSchema>;
