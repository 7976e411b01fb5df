/**
 * Use cases of the ingest review queue. An analyst gives a text (an article, a readout) with its
 * URL and publication date; the extractor proposes candidate records, each pointing at the
 * words that support it, and the batch is saved for review. Accepting a candidate writes, in
 * one change of the store's history, a source for the article (reused when the dossier already
 * cites that URL) and the record itself; a measure, an engagement or a statement already
 * recorded gains the source instead of being recorded twice (see ingest-records.ts for the
 * rules).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { addDays, isIsoDate } from '../core/dates.ts';
import { DetenteError } from '../core/errors.ts';
import type { Problem } from '../core/errors.ts';
import { checkIntegrity } from '../core/integrity.ts';
import type { Actor } from '../core/model/actor.ts';
import { COLLECTIONS } from '../core/model/dossier.ts';
import type { CollectionName, Dossier } from '../core/model/dossier.ts';
import { CandidateSchema, ExtractionSchema } from '../ingest/candidates.ts';
import type { ActorDirectoryEntry, Candidate, Extraction, Flag } from '../ingest/candidates.ts';
import { extract } from '../ingest/extract.ts';
import { IngestRepository } from '../store/ingest.ts';
import type { IngestBatchRow, IngestBatchSummaryRow, IngestReviewRow } from '../store/ingest.ts';
import type { ChangeOp, Store } from '../store/store.ts';
import { dossiersFromRecords } from './assemble.ts';
import type { Catalog } from './catalog.ts';
import { CatalogSource } from './catalog-source.ts';
import { planAcceptance } from './ingest-records.ts';
import type { Article } from './ingest-records.ts';
import { describeCandidate } from './ingest-summary.ts';
import { normalUrl, spanText } from './ingest-text.ts';
import { parseRequest } from './requests.ts';

export type { Candidate, Extraction, Flag } from '../ingest/candidates.ts';
export { CandidateSchema, CANDIDATE_FLAGS } from '../ingest/candidates.ts';
export { decodeText } from '../ingest/decode.ts';
export { describeCandidate } from './ingest-summary.ts';

/** Title, publisher: one line of plain words. */
const Words = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine(
    (s) => ![...s].some((ch) => ch < ' ' || ch === '\u007f'),
    'one line of text, no control characters',
  );

/** What an analyst gives: the text and where it was published. Shared by the CLI and the API. */
export const IngestRequest = z.strictObject({
  text: z.string(),
  url: z
    .url({ protocol: /^https?$/, message: 'an http(s) address, e.g. https://example.org/news/1' })
    .max(2000),
  published: z.string().refine(isIsoDate, {
    message: 'not a calendar date (YYYY-MM-DD)',
    params: { errorId: 'invalid_date' },
  }),
  title: Words.optional(),
  publisher: Words.optional(),
});
export type IngestRequest = z.infer<typeof IngestRequest>;

export const REVIEW_ACTIONS = ['accept', 'reject'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface ReviewRequest {
  readonly action: ReviewAction;
  /** The candidate as the reviewer corrected it (same key and type), to accept instead. */
  readonly edited?: Candidate | undefined;
}

export type ReviewStatus = IngestReviewRow['status'];

export interface BatchSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly author: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string;
  /** `reviewed` once no candidate is pending. */
  readonly status: 'open' | 'reviewed';
  readonly counts: {
    readonly pending: number;
    readonly accepted: number;
    readonly rejected: number;
  };
}

/** A record an acceptance wrote, or the existing record it found (`unchanged`). */
export interface WrittenRecord {
  readonly id: string;
  readonly collection: CollectionName;
  readonly op: 'create' | 'update' | 'unchanged';
}

export interface CandidateView {
  readonly key: string;
  readonly type: Candidate['type'];
  /** One line saying what the candidate proposes. */
  readonly summary: string;
  readonly confidence: number;
  readonly flags: Flag[];
  /** The words of the text that support it (the candidate's span). */
  readonly quote: string;
  /** The candidate as reviewed: the edited one when it was edited. */
  readonly candidate: Candidate;
  readonly edited: boolean;
  readonly status: ReviewStatus;
  /** What accepting it wrote: the record first, then its source. */
  readonly records: WrittenRecord[];
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
}

export interface BatchView extends BatchSummary {
  /** The plain text every span points into. */
  readonly text: string;
  /** The language when it is not English (then there are no candidates). */
  readonly language: string | null;
  readonly warnings: string[];
  readonly candidates: CandidateView[];
}

export interface ReviewResult {
  readonly batch: string;
  readonly candidate: CandidateView;
  /** The change of the store's history that holds the records, or null when nothing was written. */
  readonly changeId: number | null;
}

/** The actors of the catalog as the extractor wants them. */
export function actorDirectory(actors: readonly Actor[]): ActorDirectoryEntry[] {
  return actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    ...(a.jurisdiction ? { jurisdiction: a.jurisdiction } : {}),
    ...(a.roles
      ? {
          roles: a.roles.map((r) => ({
            title: r.title,
            ...(r.jurisdiction ? { jurisdiction: r.jurisdiction } : {}),
            ...(r.from ? { from: r.from } : {}),
            ...(r.to ? { to: r.to } : {}),
          })),
        }
      : {}),
  }));
}

const newBatchId = (now: string) =>
  `ing-${now.slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;

/**
 * Extracts candidates from a text and saves them as a batch to review. Bad text (empty, binary,
 * too long) fails with `invalid_text`; a text in another language gives a batch with its
 * language and no candidates.
 *
 * @example
 * const batch = await ingestText(store, { text, url: 'https://pm.gc.ca/…', published: '2025-06-05' },
 *   'alice', new Date().toISOString());
 * batch.candidates[0]?.summary; // 'call on 2025-06-05: mark-carney, li-qiang (1 outcome)'
 */
export async function ingestText(
  store: Store,
  raw: unknown,
  author: string,
  now: string,
  options: { readonly catalog?: Catalog } = {},
): Promise<BatchView> {
  const input = parseRequest(IngestRequest, raw);
  // A day's grace: it is already tomorrow somewhere when a reader submits a fresh article.
  const latest = addDays(now.slice(0, 10), 1);
  if (input.published > latest)
    throw new DetenteError(
      'invalid_date',
      `published: ${input.published} is after ${latest}; an article cannot be published in the future`,
      [
        {
          id: 'invalid_date',
          field: 'published',
          message: `published: ${input.published} is after ${latest}`,
        },
      ],
    );
  const catalog = options.catalog ?? (await new CatalogSource(store).current());
  const extraction = extract({
    text: input.text,
    published: input.published,
    url: input.url,
    ...(input.title ? { title: input.title } : {}),
    actors: actorDirectory(catalog.dossier.actors),
  });
  const keys = extraction.candidates.map((c) => c.key);
  if (new Set(keys).size !== keys.length)
    throw new Error('the extraction gave two candidates the same key');
  const earlier = await submittedBefore(store, input.url);
  const { text, ...rest } = {
    ...extraction,
    warnings: earlier
      ? [
          ...extraction.warnings,
          `this address was submitted before, as batch ${earlier.id} on ${earlier.createdAt.slice(0, 10)} (${earlier.counts.accepted} accepted, ${earlier.counts.pending} pending); a record accepted again from it gains no twin`,
        ]
      : extraction.warnings,
  };
  const batch: IngestBatchRow = {
    id: newBatchId(now),
    created_at: now,
    author,
    url: input.url,
    title: input.title ?? null,
    publisher: input.publisher ?? null,
    published: input.published,
    text,
    extraction: JSON.stringify(rest),
    status: keys.length === 0 ? 'reviewed' : 'open',
  };
  const reviews: IngestReviewRow[] = keys.map((key, ord) => ({
    batch: batch.id,
    key,
    ord,
    status: 'pending',
    edited: null,
    records: null,
    reviewed_by: null,
    reviewed_at: null,
  }));
  await store.ingest.create(batch, reviews);
  return batchView(batch, reviews, { text, ...rest });
}

/** The latest batch made from the same address, if any. */
async function submittedBefore(store: Store, url: string): Promise<BatchSummary | undefined> {
  const wanted = normalUrl(url);
  return (await listBatches(store)).find((b) => b.url !== null && normalUrl(b.url) === wanted);
}

const summaryOf = (r: IngestBatchSummaryRow): BatchSummary => ({
  id: r.id,
  createdAt: r.created_at,
  author: r.author,
  url: r.url,
  title: r.title,
  publisher: r.publisher,
  published: r.published,
  status: r.status,
  counts: { pending: r.pending, accepted: r.accepted, rejected: r.rejected },
});

/**
 * Every batch, newest first, with how many candidates wait for review. With `asKnownOn` (an ISO
 * timestamp): the queue as it stood then.
 */
export async function listBatches(store: Store, asKnownOn?: string): Promise<BatchSummary[]> {
  return (await store.ingest.list(asKnownOn)).map(summaryOf);
}

async function readBatch(store: Store, id: string) {
  const batch = await store.ingest.batch(id);
  if (!batch) throw new DetenteError('not_found', `no ingest batch "${id}"`);
  return { batch, reviews: await store.ingest.reviews(id) };
}

/**
 * One batch: its text and every candidate with its review state. With `asKnownOn`, the batch as
 * it stood then: a review made later is not shown (the candidate was still pending).
 */
export async function getBatch(store: Store, id: string, asKnownOn?: string): Promise<BatchView> {
  const { batch, reviews } = await readBatch(store, id);
  if (asKnownOn === undefined) return batchView(batch, reviews);
  if (batch.created_at > asKnownOn)
    throw new DetenteError('not_found', `no ingest batch "${id}" as known on ${asKnownOn}`);
  const then = reviews.map((r): IngestReviewRow =>
    r.reviewed_at !== null && r.reviewed_at > asKnownOn
      ? {
          ...r,
          status: 'pending',
          edited: null,
          records: null,
          reviewed_by: null,
          reviewed_at: null,
        }
      : r,
  );
  return batchView(batch, then);
}

function extractionOf(batch: IngestBatchRow): Extraction {
  return ExtractionSchema.parse({ ...(JSON.parse(batch.extraction) as object), text: batch.text });
}

function batchView(
  batch: IngestBatchRow,
  reviews: readonly IngestReviewRow[],
  extraction: Extraction = extractionOf(batch),
): BatchView {
  const review = new Map(reviews.map((r) => [r.key, r]));
  const count = (s: ReviewStatus) => reviews.filter((r) => r.status === s).length;
  return {
    ...summaryOf({
      ...batch,
      status: count('pending') > 0 ? 'open' : 'reviewed',
      pending: count('pending'),
      accepted: count('accepted'),
      rejected: count('rejected'),
    }),
    text: extraction.text,
    language: extraction.language,
    warnings: extraction.warnings,
    candidates: extraction.candidates.map((c) => candidateView(c, review.get(c.key), batch.text)),
  };
}

function candidateView(
  extracted: Candidate,
  review: IngestReviewRow | undefined,
  text: string,
): CandidateView {
  const candidate = review?.edited ? CandidateSchema.parse(JSON.parse(review.edited)) : extracted;
  return {
    key: candidate.key,
    type: candidate.type,
    summary: describeCandidate(candidate),
    confidence: candidate.confidence,
    flags: candidate.flags,
    quote: spanText(text, candidate.span),
    candidate,
    edited: Boolean(review?.edited),
    status: review?.status ?? 'pending',
    records: review?.records ? (JSON.parse(review.records) as WrittenRecord[]) : [],
    reviewedBy: review?.reviewed_by ?? null,
    reviewedAt: review?.reviewed_at ?? null,
  };
}

function parseEdited(raw: unknown, original: Candidate, text: string): Candidate {
  const parsed = CandidateSchema.safeParse(raw);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((i) => {
      const field = ['candidate', ...i.path.map(String)].join('.');
      return { id: 'invalid_argument', field, message: `${field}: ${i.message}` };
    });
    throw new DetenteError('invalid_argument', problems.map((p) => p.message).join('; '), problems);
  }
  const edited = parsed.data;
  const wrong = (field: string, message: string) => {
    throw new DetenteError('invalid_argument', `candidate.${field}: ${message}`, [
      { id: 'invalid_argument', field: `candidate.${field}`, message },
    ]);
  };
  if (edited.key !== original.key) wrong('key', `must stay "${original.key}"`);
  if (edited.type !== original.type) wrong('type', `must stay "${original.type}"`);
  if (edited.span.end > text.length)
    wrong('span', `ends after the text (${text.length} characters)`);
  return edited;
}

/** Validates the planned records and checks the dossier still holds together with them. */
function checkPlan(
  records: Awaited<ReturnType<Store['currentRecords']>>,
  dossier: string,
  writes: readonly { collection: CollectionName; id: string; data: unknown }[],
): void {
  const problems: Problem[] = [];
  for (const w of writes) {
    const parsed = COLLECTIONS[w.collection].safeParse(w.data);
    if (!parsed.success)
      for (const i of parsed.error.issues) {
        const field = i.path.join('.') || '(record)';
        problems.push({
          id: 'invalid_argument',
          record: w.id,
          field,
          message: `${w.id} ${field}: ${i.message}`,
        });
      }
  }
  if (problems.length > 0)
    throw new DetenteError(
      'invalid_argument',
      `the candidate would make an invalid record: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    );
  const ids = new Set(writes.map((w) => w.id));
  const after = records.filter((r) => r.dossier === dossier && !ids.has(r.id));
  for (const w of writes)
    after.push({ dossier, collection: w.collection, id: w.id, version: 0, data: w.data });
  const [assembled] = dossiersFromRecords(after);
  const broken = checkIntegrity(assembled as Dossier);
  if (broken.length > 0)
    throw new DetenteError(
      broken[0]?.id === 'conflicting_measures' ? 'conflicting_measures' : 'invalid_argument',
      `accepting would break the dossier: ${broken.map((p) => `${p.record} ${p.field}: ${p.message}`).join('; ')}`,
      broken,
    );
}

/**
 * Accepts or rejects one pending candidate. Accepting writes the records in one change of the
 * store's history, attributed to `author`, and marks the candidate accepted in the same
 * transaction; a candidate that cannot become a valid record is refused with
 * `invalid_argument` naming its missing fields, and nothing is written.
 *
 * @example
 * await reviewCandidate(store, 'ing-20261129-1a2b3c4d', 'engagement-0', { action: 'accept' },
 *   'alice', new Date().toISOString());
 */
export async function reviewCandidate(
  store: Store,
  batchId: string,
  key: string,
  request: ReviewRequest,
  author: string,
  now: string,
): Promise<ReviewResult> {
  const { batch, reviews } = await readBatch(store, batchId);
  const review = reviews.find((r) => r.key === key);
  const original = extractionOf(batch).candidates.find((c) => c.key === key);
  if (!review || !original)
    throw new DetenteError('not_found', `batch ${batchId} has no candidate "${key}"`);
  const alreadyDone = () =>
    new DetenteError(
      'conflict',
      `candidate ${key} of batch ${batchId} is already ${review.status}${review.reviewed_by ? ` (by ${review.reviewed_by} at ${review.reviewed_at})` : ''}`,
    );
  if (review.status !== 'pending') throw alreadyDone();
  const candidate =
    request.edited === undefined ? original : parseEdited(request.edited, original, batch.text);
  const edited = request.edited === undefined ? null : JSON.stringify(candidate);
  const update = (status: 'accepted' | 'rejected', records: WrittenRecord[] | null) => ({
    status,
    edited,
    records: records ? JSON.stringify(records) : null,
    reviewedBy: author,
    reviewedAt: now,
  });
  const raced = () =>
    new DetenteError('conflict', `candidate ${key} of batch ${batchId} was reviewed meanwhile`);

  let changeId: number | null = null;
  if (request.action === 'reject') {
    if (!(await store.ingest.review(batchId, key, update('rejected', null)))) throw raced();
  } else {
    const article: Article = {
      batchId,
      url: batch.url ?? '',
      title: batch.title,
      publisher: batch.publisher,
      published: batch.published,
      text: batch.text,
      accessed: batch.created_at.slice(0, 10),
    };
    const records = await store.currentRecords();
    const plan = planAcceptance(candidate, article, records);
    checkPlan(records, plan.dossier, plan.writes);
    const op = (id: string) => plan.writes.find((w) => w.id === id)?.op ?? 'unchanged';
    const written: WrittenRecord[] = [
      { ...plan.record, op: op(plan.record.id) },
      { id: plan.source.id, collection: 'sources', op: op(plan.source.id) },
      ...plan.also.map((r): WrittenRecord => ({ ...r, op: op(r.id) })),
    ];
    const accepted = update('accepted', written);
    if (plan.writes.length === 0) {
      if (!(await store.ingest.review(batchId, key, accepted))) throw raced();
    } else {
      const ops: ChangeOp[] = plan.writes.map((w) =>
        w.op === 'create'
          ? {
              op: 'create',
              dossier: plan.dossier,
              collection: w.collection,
              id: w.id,
              data: w.data,
            }
          : {
              op: 'update',
              dossier: plan.dossier,
              collection: w.collection,
              id: w.id,
              data: w.data,
              expectedVersion: w.expectedVersion ?? 0,
            },
      );
      const applied = await store.apply(
        {
          at: now,
          author,
          reason: `accepted from ingest batch ${batchId} (candidate ${key})`,
          origin: batch.url ?? undefined,
          ops,
        },
        async (trx) => {
          if (!(await new IngestRepository(trx).review(batchId, key, accepted))) throw raced();
        },
      );
      changeId = applied.changeId;
    }
  }
  const after = await getBatch(store, batchId);
  const view = after.candidates.find((c) => c.key === key);
  if (!view) throw new Error(`candidate ${key} vanished from batch ${batchId}`);
  return { batch: batchId, candidate: view, changeId };
}
