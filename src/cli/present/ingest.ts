/** Plain-text presentation of the ingest review queue: batches, candidates, review results. */
import type {
  BatchSummary,
  BatchView,
  CandidateView,
  ReviewResult,
  WrittenRecord,
} from '../../services/ingest.ts';
import { table } from '../text.ts';

/** Longest quoted span printed under a candidate, in characters. */
const QUOTE_CHARS = 280;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
const counts = (b: BatchSummary) =>
  `${b.counts.pending} pending · ${b.counts.accepted} accepted · ${b.counts.rejected} rejected`;

const written = (r: WrittenRecord) =>
  `${r.op === 'create' ? 'created' : r.op === 'update' ? 'updated' : 'already recorded'} ${r.collection.replace(/s$/, '')} ${r.id}`;

function candidateBlock(c: CandidateView, withStatus: boolean): string {
  const head = [
    c.key,
    c.type,
    percent(c.confidence),
    ...(withStatus ? [c.status + (c.edited ? ' (edited)' : '')] : []),
  ];
  const lines = [`  ${head.join('  ')}`, `      ${c.summary}`];
  if (c.flags.length > 0) lines.push(`      flags: ${c.flags.join(', ')}`);
  lines.push(`      “${clip(oneLine(c.quote), QUOTE_CHARS)}”`);
  if (c.records.length > 0) lines.push(`      ${c.records.map(written).join('; ')}`);
  if (c.reviewedBy) lines.push(`      reviewed by ${c.reviewedBy} at ${c.reviewedAt ?? '?'}`);
  return lines.join('\n');
}

/** A batch with its candidates: after `detente ingest <file>` and for `detente ingest show`. */
export function presentBatch(b: BatchView, withStatus: boolean): string {
  const source = [b.title, b.publisher, b.url].filter(Boolean).join(' · ');
  const lines = [
    `batch ${b.id}  (${b.status}: ${counts(b)})`,
    `  ${source}`,
    `  published ${b.published}, submitted by ${b.author} at ${b.createdAt}`,
  ];
  for (const w of b.warnings) lines.push(`  note: ${w}`);
  lines.push('');
  if (b.candidates.length === 0) {
    lines.push(
      b.language
        ? `No candidates: the text is not in English (${b.language}).`
        : 'No candidates: the text names no measure, engagement or statement the extractor recognises.',
    );
    return lines.join('\n');
  }
  lines.push(`${b.candidates.length} candidates:`);
  lines.push(b.candidates.map((c) => candidateBlock(c, withStatus)).join('\n\n'));
  if (b.counts.pending > 0)
    lines.push(
      '',
      `Review with: detente ingest accept ${b.id} <key…>   or   detente ingest reject ${b.id} <key…>`,
    );
  return lines.join('\n');
}

export function presentBatches(batches: readonly BatchSummary[]): string {
  if (batches.length === 0)
    return 'No ingest batches yet: detente ingest <file> --url URL --published DATE';
  const rows = batches.map((b) => [
    b.id,
    b.createdAt.slice(0, 16).replace('T', ' '),
    b.status,
    counts(b),
    b.title ?? b.url ?? '',
  ]);
  return `${table(rows)}\n\n${batches.length} batch${batches.length === 1 ? '' : 'es'}`;
}

export function presentReview(r: ReviewResult): string {
  const c = r.candidate;
  const what =
    c.status === 'rejected' ? 'rejected' : `accepted: ${c.records.map(written).join('; ')}`;
  return `${c.key} ${what}${r.changeId !== null ? ` (change ${r.changeId})` : ''}`;
}
