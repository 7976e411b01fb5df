/**
 * Candidate records: what the extractor proposes from a text, before a person reviews it. Each
 * candidate points at the characters of the text that support it (`span`, offsets into the
 * plain text the extraction returns, after any markup was stripped), carries a confidence in
 * [0, 1] and flags that say what was guessed.
 */
import { z } from 'zod';
import { MEASURE_KINDS } from '../core/model/measure.ts';

/** Half-open character range [start, end) into `Extraction.text`. */
export const SpanSchema = z
  .strictObject({ start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'a span ends at or after its start' });

export const CANDIDATE_FLAGS = [
  /** the year or the day was taken from the publication date, not read in the text */
  'date_inferred',
  /** a person or body was named but matched no actor */
  'actor_unresolved',
  /** a speaker was found through a pronoun ("he said") */
  'speaker_by_pronoun',
  /** the products matched no entry of the product lexicon */
  'hs_unresolved',
  /** no rate was found for a measure */
  'rate_missing',
  /** a threat or a proposal: not a measure in force */
  'not_in_force',
] as const;
export const FlagSchema = z.enum(CANDIDATE_FLAGS);

/** A name as written and what it resolved to. */
export const MentionSchema = z.strictObject({
  text: z.string(),
  span: SpanSchema,
  /** an actor id of the store, when resolved */
  actor: z.string().nullable(),
  /** the jurisdiction the mention stands for (CAN, CHN, EU …), when known */
  jurisdiction: z.string().nullable(),
});

export const MEASURE_ACTIONS = [
  'imposed',
  'raised',
  'reduced',
  'suspended',
  'lifted',
  'threatened',
] as const;

export const ProductMentionSchema = z.strictObject({
  text: z.string(),
  span: SpanSchema,
  /** suggested HS scopes (digits only), from the product lexicon */
  hs: z.array(z.string()),
});

const base = {
  /** stable within one extraction: the kind and the position, e.g. "measure-412" */
  key: z.string(),
  span: SpanSchema,
  confidence: z.number().min(0).max(1),
  flags: z.array(FlagSchema),
};

export const MeasureCandidateSchema = z.strictObject({
  ...base,
  type: z.literal('measure'),
  imposer: MentionSchema.nullable(),
  targets: z.array(MentionSchema),
  products: z.array(ProductMentionSchema),
  /** rates in basis points, in the order written (a company-specific rate lists its producer) */
  rates: z.array(
    z.strictObject({ bp: z.int(), producer: z.string().optional(), span: SpanSchema }),
  ),
  kind: z.enum(MEASURE_KINDS).nullable(),
  action: z.enum(MEASURE_ACTIONS),
  dates: z.strictObject({
    announced: z.string().nullable(),
    effective: z.string().nullable(),
    /** the last day the text says the measure is in force ("until the end of 2027") */
    expires: z.string().nullable().default(null),
  }),
});

export const ENGAGEMENT_KINDS = ['call', 'meeting', 'visit', 'summit', 'dialogue-round'] as const;

export const EngagementCandidateSchema = z.strictObject({
  ...base,
  type: z.literal('engagement'),
  kind: z.enum(ENGAGEMENT_KINDS),
  participants: z.array(MentionSchema),
  date: z.string().nullable(),
  place: z.string().nullable(),
  outcomes: z.array(z.strictObject({ text: z.string(), span: SpanSchema })),
  commitments: z.array(z.strictObject({ text: z.string(), span: SpanSchema })),
});

export const QuoteCandidateSchema = z.strictObject({
  ...base,
  type: z.literal('quote'),
  speaker: MentionSchema,
  text: z.string(),
  /** the quoted words only, without the quotation marks */
  textSpan: SpanSchema,
  date: z.string().nullable(),
});

export const STANCES = [
  'supportive',
  'critical',
  'conciliatory',
  'demand',
  'warning',
  'neutral',
] as const;

export const PositionCandidateSchema = z.strictObject({
  ...base,
  type: z.literal('position'),
  actor: MentionSchema,
  stance: z.enum(STANCES),
  topic: z.string(),
  date: z.string().nullable(),
});

export const CandidateSchema = z.discriminatedUnion('type', [
  MeasureCandidateSchema,
  EngagementCandidateSchema,
  QuoteCandidateSchema,
  PositionCandidateSchema,
]);

export const ExtractionSchema = z.strictObject({
  /** the plain text every span points into (markup stripped, line ends normalised) */
  text: z.string(),
  published: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** the text's language when it is not English (then no candidates are extracted) */
  language: z.string().nullable(),
  candidates: z.array(CandidateSchema),
  warnings: z.array(z.string()),
});

export type Span = z.infer<typeof SpanSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type ProductMention = z.infer<typeof ProductMentionSchema>;
export type MeasureCandidate = z.infer<typeof MeasureCandidateSchema>;
export type EngagementCandidate = z.infer<typeof EngagementCandidateSchema>;
export type QuoteCandidate = z.infer<typeof QuoteCandidateSchema>;
export type PositionCandidate = z.infer<typeof PositionCandidateSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;

/** What the extractor knows about actors: the store's actors and their roles. */
export interface ActorDirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: 'person' | 'organisation' | 'government';
  readonly jurisdiction?: string;
  readonly roles?: readonly {
    readonly title: string;
    readonly jurisdiction?: string;
    readonly from?: string;
    readonly to?: string;
  }[];
}

export interface ExtractInput {
  readonly text: string;
  /** YYYY-MM-DD: dates without a year or a day are resolved against it */
  readonly published: string;
  readonly url?: string;
  readonly title?: string;
  readonly actors?: readonly ActorDirectoryEntry[];
}
