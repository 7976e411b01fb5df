/**
 * How far two annotators agree: the labels of one read as if they were the extractor's
 * output, so that `score` (eval.ts) measures them against the other's with the same matching
 * rule. Where two careful people labelling the same texts by the same rules disagree, the
 * extractor cannot be scored right by both: their agreement is the ceiling a score can reach.
 */
import type {
  EngagementCandidate,
  Extraction,
  MeasureCandidate,
  Mention,
  QuoteCandidate,
} from './candidates.ts';
import { ISO3_OR_EU, type Expected } from './eval.ts';

const NOWHERE = { start: 0, end: 0 };

/** A name of the labels as a mention: an ISO3 code (or "EU") stands for its jurisdiction. */
function mentionOf(name: string): Mention {
  const code = ISO3_OR_EU.test(name) ? name : null;
  return { text: name, span: NOWHERE, actor: null, jurisdiction: code };
}

const KIND = {
  call: 'call',
  meeting: 'meeting',
  summit: 'summit',
  dialogue: 'dialogue-round',
} as const;

/** The records of `labels` as the candidates of an extraction of a text published on `published`. */
export function labelsAsExtraction(labels: Expected, published: string): Extraction {
  const base = { span: NOWHERE, confidence: 1, flags: [] };
  const measures = labels.measures.map((m, i): MeasureCandidate => ({
    ...base,
    type: 'measure',
    key: `measure-${i}`,
    imposer: mentionOf(m.imposer),
    targets: (typeof m.target === 'string' ? [m.target] : m.target).map(mentionOf),
    products: m.products.map((text) => ({ text, span: NOWHERE, hs: [] })),
    rates: m.rate_percent === null ? [] : [{ bp: Math.round(m.rate_percent * 100), span: NOWHERE }],
    kind: null,
    action: 'imposed',
    dates: { announced: m.date_announced, effective: m.date_effective, expires: null },
  }));
  const engagements = labels.engagements.map((e, i): EngagementCandidate => ({
    ...base,
    type: 'engagement',
    key: `engagement-${i}`,
    kind: KIND[e.kind],
    participants: e.participants.map(mentionOf),
    date: e.date,
    place: null,
    outcomes: [],
    commitments: [],
  }));
  const quotes = labels.quotes.map((q, i): QuoteCandidate => ({
    ...base,
    type: 'quote',
    key: `quote-${i}`,
    speaker: mentionOf(q.speaker),
    text: q.text_start,
    textSpan: NOWHERE,
    date: null,
  }));
  return {
    text: '',
    published,
    url: null,
    title: null,
    language: null,
    candidates: [...measures, ...engagements, ...quotes],
    warnings: [],
  };
}
