/**
 * Scoring the extractor against a labelled set. Pure: the caller reads the folder
 * (eval-folder.ts) and passes the expected records with the extractions.
 *
 * Matching rule. Within one text, every predicted record is compared with every expected
 * record of the same type and given an agreement score; pairs are then taken greedily, best
 * score first, each record used at most once, and only above a minimum agreement:
 * - measures: imposer 1, target(s) 1, rate 1, announced date 0.5, effective date 0.5,
 *   products 0.5; a pair needs 1.5 (more than one field in common). A predicted candidate
 *   with several rates (company-specific rates) counts as one record per rate, and records
 *   alike in imposer, targets, rate and dates count once (companies sharing a rate share an
 *   entry). A suspension or a removal is scored with the rate that applies after it: 0 when
 *   the candidate names one rate or none (the rate lifted), each rate as written when it names
 *   several (a part that stays); a ban lifted has no rate after it (null), as it had none. Candidates flagged `not_in_force` (threats, proposals) are
 *   not scored: the labelled sets list only measures in force or changed (see
 *   eval/ingest/README.md).
 * - engagements: participants 1 (all expected matched), kind 1, date 1; a pair needs some
 *   participant in common. Kinds are compared after mapping visit → meeting and
 *   dialogue-round → dialogue.
 * - quotes: paired when the quoted words start alike (the expected first words, compared
 *   without case or punctuation).
 * A record is correct when its key fields agree: measures imposer, target and rate;
 * engagements participants, kind and date. The quotes row counts quotes found (paired by their
 * words); whether each has the right speaker is the `quotes.speaker` row. Each field is also scored on
 * its own: precision = agreeing pairs / predicted records with a value for the field, recall =
 * agreeing pairs / expected records with a value for it.
 *
 * Names match when, compared without case or accents, they share a word that is not a title
 * (so "Carney" matches "Mark Carney" and "Li" matches "Li Qiang"), or when the expected name
 * is an ISO3 code (or "EU") and the predicted mention stands for that jurisdiction.
 */
import { z } from 'zod';
import type { Extraction, Mention } from './candidates.ts';

/** A name of the labels that stands for a jurisdiction: an ISO 3166-1 alpha-3 code or "EU". */
export const ISO3_OR_EU = /^(?:[A-Z]{3}|EU)$/;

const Iso = z.string().regex(ISO3_OR_EU, 'an ISO 3166-1 alpha-3 code or "EU"');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

const ExpectedMeasureSchema = z.strictObject({
  imposer: Iso,
  target: z.union([Iso, z.array(Iso).min(1)]),
  products: z.array(z.string()).default([]),
  rate_percent: z.number().nullable(),
  date_announced: IsoDate.nullable(),
  date_effective: IsoDate.nullable(),
});
const ExpectedEngagementSchema = z.strictObject({
  participants: z.array(z.string().min(1)).min(1),
  date: IsoDate.nullable(),
  kind: z.enum(['call', 'meeting', 'summit', 'dialogue']),
});
const ExpectedQuoteSchema = z.strictObject({
  speaker: z.string().min(1),
  text_start: z.string().min(1),
});

/** Drops the annotators' notes: keys starting with "_", at any depth. */
function dropNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNotes);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !k.startsWith('_'))
        .map(([k, v]) => [k, dropNotes(v)]),
    );
  }
  return value;
}

export const ExpectedSchema = z.preprocess(
  dropNotes,
  z.strictObject({
    measures: z.array(ExpectedMeasureSchema).default([]),
    engagements: z.array(ExpectedEngagementSchema).default([]),
    quotes: z.array(ExpectedQuoteSchema).default([]),
  }),
);
export type Expected = z.infer<typeof ExpectedSchema>;

export const IndexSchema = z.array(
  z.object({
    id: z.string().min(1),
    pub_date: IsoDate.nullable(),
    url: z.string().nullable().optional(),
  }),
);

/** Counts behind one precision/recall/F1 row. */
export interface Tally {
  correct: number;
  predicted: number;
  expected: number;
}

export interface Score extends Tally {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const ROWS = [
  'measures',
  'measures.imposer',
  'measures.target',
  'measures.rate',
  'measures.date_announced',
  'measures.date_effective',
  'measures.products',
  'engagements',
  'engagements.participants',
  'engagements.kind',
  'engagements.date',
  'quotes',
  'quotes.speaker',
] as const;
export type Row = (typeof ROWS)[number];

/** What went wrong on one text, for tuning. */
export interface Miss {
  readonly id: string;
  readonly row: Row;
  readonly kind: 'missed' | 'spurious' | 'wrong';
  readonly detail: string;
}

export interface Report {
  readonly texts: number;
  readonly scores: Readonly<Record<Row, Score>>;
  readonly misses: readonly Miss[];
}

export interface ScoredText {
  readonly id: string;
  readonly expected: Expected;
  readonly extraction: Extraction;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ');
const TITLES = new Set(
  'prime minister premier president vice foreign trade commerce finance secretary mr mrs ms dr the of chinese canadian spokesperson ambassador'.split(
    ' ',
  ),
);
const wordsOf = (s: string) =>
  fold(s)
    .split(/\s+/)
    .filter((w) => w.length > 0 && !TITLES.has(w));

/** True when a predicted mention names the expected person, body or jurisdiction. */
export function nameMatches(expected: string, predicted: Mention): boolean {
  if (ISO3_OR_EU.test(expected)) return predicted.jurisdiction === expected;
  const e = new Set(wordsOf(expected));
  return wordsOf(predicted.text).some((w) => e.has(w));
}

interface MeasureRecord {
  imposer: string | null;
  targets: string[];
  rate: number | null;
  announced: string | null;
  effective: string | null;
  products: string[];
}

function predictedMeasures(x: Extraction): MeasureRecord[] {
  const out: MeasureRecord[] = [];
  for (const c of x.candidates) {
    if (c.type !== 'measure' || c.flags.includes('not_in_force')) continue;
    const base = {
      imposer: c.imposer?.jurisdiction ?? null,
      targets: [
        ...new Set(c.targets.map((t) => t.jurisdiction).filter((t): t is string => t !== null)),
      ],
      announced: c.dates.announced,
      effective: c.dates.effective,
      products: c.products.map((p) => p.text),
    };
    const lifting = (c.action === 'lifted' || c.action === 'suspended') && c.rates.length <= 1;
    const rates =
      lifting && !(c.kind === 'ban' && c.rates.length === 0)
        ? [0]
        : c.rates.length === 0
          ? [null]
          : c.rates.map((r) => r.bp / 100);
    for (const rate of rates) {
      const record = { ...base, rate };
      const twin = out.find((o) => sameMeasure(o, record));
      if (twin) twin.products = [...new Set([...twin.products, ...record.products])];
      else out.push(record);
    }
  }
  return out;
}

/**
 * Records alike in imposer, targets, rate and dates, on goods in common (or with none named):
 * one entry in the labelled sets (companies that share a rate share an entry). Two acts alike
 * but on other goods ("lifted the duties on barley", "scrapped the tariffs on wine") stay two.
 */
const sameMeasure = (a: MeasureRecord, b: MeasureRecord): boolean =>
  a.imposer === b.imposer &&
  sameSet(a.targets, b.targets) &&
  a.rate === b.rate &&
  a.announced === b.announced &&
  a.effective === b.effective &&
  (a.products.length === 0 || b.products.length === 0 || productsOverlap(a.products, b.products));

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const productsOverlap = (expected: readonly string[], predicted: readonly string[]) =>
  expected.some((e) =>
    predicted.some((p) => fold(p).includes(fold(e)) || fold(e).includes(fold(p))),
  );

/** Greedy pairing, best agreement first; returns [predictedIndex, expectedIndex] pairs. */
function pair(scores: number[][], minimum: number): [number, number][] {
  const all: [number, number, number][] = [];
  scores.forEach((row, p) => row.forEach((s, e) => all.push([s, p, e])));
  all.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedE = new Set<number>();
  const out: [number, number][] = [];
  for (const [s, p, e] of all) {
    if (s < minimum || usedP.has(p) || usedE.has(e)) continue;
    usedP.add(p);
    usedE.add(e);
    out.push([p, e]);
  }
  return out;
}

const blank = (): Tally => ({ correct: 0, predicted: 0, expected: 0 });

function field<T>(
  t: Tally,
  pairs: readonly [number, number][],
  predicted: readonly T[],
  expected: readonly T[],
  has: (r: T) => boolean,
  agree: (p: T, e: T) => boolean,
) {
  t.predicted += predicted.filter(has).length;
  t.expected += expected.filter(has).length;
  for (const [p, e] of pairs) {
    const a = predicted[p];
    const b = expected[e];
    if (a !== undefined && b !== undefined && has(a) && has(b) && agree(a, b)) t.correct++;
  }
}

function finish(t: Tally): Score {
  const precision = t.predicted === 0 ? (t.expected === 0 ? 1 : 0) : t.correct / t.predicted;
  const recall = t.expected === 0 ? (t.predicted === 0 ? 1 : 0) : t.correct / t.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...t, precision, recall, f1 };
}

const ENGAGEMENT_KIND: Readonly<Record<string, string>> = {
  call: 'call',
  meeting: 'meeting',
  visit: 'meeting',
  summit: 'summit',
  'dialogue-round': 'dialogue',
};

function participantsAgree(expected: readonly string[], predicted: readonly Mention[]): boolean {
  const used = new Set<number>();
  for (const e of expected) {
    const i = predicted.findIndex((p, k) => !used.has(k) && nameMatches(e, p));
    if (i === -1) return false;
    used.add(i);
  }
  return used.size === predicted.length;
}

const quoteKey = (s: string, words = 8) =>
  fold(s).split(/\s+/).filter(Boolean).slice(0, words).join(' ');

/**
 * Scores extractions against the expected records of each text.
 *
 * @example
 * const report = score([{ id: '01', expected, extraction: extract({ text, published }) }]);
 * report.scores.measures.f1;
 */
export function score(items: readonly ScoredText[]): Report {
  const t = Object.fromEntries(ROWS.map((r) => [r, blank()])) as Record<Row, Tally>;
  const misses: Miss[] = [];
  for (const { id, expected, extraction } of items) {
    // Measures
    const pm = predictedMeasures(extraction);
    const em: MeasureRecord[] = expected.measures.map((m) => ({
      imposer: m.imposer,
      targets: typeof m.target === 'string' ? [m.target] : m.target,
      rate: m.rate_percent,
      announced: m.date_announced,
      effective: m.date_effective,
      products: m.products,
    }));
    const mScores = pm.map((p) =>
      em.map(
        (e) =>
          (p.imposer === e.imposer ? 1 : 0) +
          (p.targets.some((x) => e.targets.includes(x)) ? 1 : 0) +
          (p.rate === e.rate ? 1 : 0) +
          (p.announced !== null && p.announced === e.announced ? 0.5 : 0) +
          (p.effective !== null && p.effective === e.effective ? 0.5 : 0) +
          (productsOverlap(e.products, p.products) ? 0.5 : 0),
      ),
    );
    const mPairs = pair(mScores, 1.5);
    const always = () => true;
    const measureCorrect = (p: MeasureRecord, e: MeasureRecord) =>
      p.imposer === e.imposer && sameSet(p.targets, e.targets) && p.rate === e.rate;
    field(t.measures, mPairs, pm, em, always, measureCorrect);
    field(
      t['measures.imposer'],
      mPairs,
      pm,
      em,
      (r) => r.imposer !== null,
      (p, e) => p.imposer === e.imposer,
    );
    field(
      t['measures.target'],
      mPairs,
      pm,
      em,
      (r) => r.targets.length > 0,
      (p, e) => sameSet(p.targets, e.targets),
    );
    field(
      t['measures.rate'],
      mPairs,
      pm,
      em,
      (r) => r.rate !== null,
      (p, e) => p.rate === e.rate,
    );
    field(
      t['measures.date_announced'],
      mPairs,
      pm,
      em,
      (r) => r.announced !== null,
      (p, e) => p.announced === e.announced,
    );
    field(
      t['measures.date_effective'],
      mPairs,
      pm,
      em,
      (r) => r.effective !== null,
      (p, e) => p.effective === e.effective,
    );
    field(
      t['measures.products'],
      mPairs,
      pm,
      em,
      (r) => r.products.length > 0,
      (p, e) => productsOverlap(e.products, p.products),
    );
    const show = (r: MeasureRecord) =>
      `${r.imposer ?? '?'}→${r.targets.join('+') || '?'} ${r.rate ?? '-'}% [${r.products.join(', ')}] ann ${r.announced ?? '-'} eff ${r.effective ?? '-'}`;
    pm.forEach((p, i) => {
      const pairIt = mPairs.find(([a]) => a === i);
      const e = pairIt ? em[pairIt[1]] : undefined;
      if (!e) misses.push({ id, row: 'measures', kind: 'spurious', detail: show(p) });
      else if (!measureCorrect(p, e) || p.announced !== e.announced || p.effective !== e.effective)
        misses.push({
          id,
          row: 'measures',
          kind: 'wrong',
          detail: `${show(p)}  expected ${show(e)}`,
        });
    });
    em.forEach((e, i) => {
      if (!mPairs.some(([, b]) => b === i))
        misses.push({ id, row: 'measures', kind: 'missed', detail: show(e) });
    });

    // Engagements
    const pe = extraction.candidates.filter((c) => c.type === 'engagement');
    const ee = expected.engagements;
    const eScores = pe.map((p) =>
      ee.map((e) =>
        e.participants.some((n) => p.participants.some((m) => nameMatches(n, m)))
          ? 1 +
            (participantsAgree(e.participants, p.participants) ? 1 : 0) +
            (ENGAGEMENT_KIND[p.kind] === e.kind ? 1 : 0) +
            (p.date === e.date ? 1 : 0)
          : 0,
      ),
    );
    const ePairs = pair(eScores, 1);
    type P = (typeof pe)[number];
    type E = (typeof ee)[number];
    const fieldE = (
      row: Row,
      agree: (p: P, e: E) => boolean,
      hasP: (p: P) => boolean,
      hasE: (e: E) => boolean,
    ) => {
      const tally = t[row];
      tally.predicted += pe.filter(hasP).length;
      tally.expected += ee.filter(hasE).length;
      for (const [a, b] of ePairs) {
        const p = pe[a];
        const e = ee[b];
        if (p && e && hasP(p) && hasE(e) && agree(p, e)) tally.correct++;
      }
    };
    const engagementCorrect = (p: P, e: E) =>
      participantsAgree(e.participants, p.participants) &&
      ENGAGEMENT_KIND[p.kind] === e.kind &&
      p.date === e.date;
    fieldE('engagements', engagementCorrect, always, always);
    fieldE(
      'engagements.participants',
      (p, e) => participantsAgree(e.participants, p.participants),
      always,
      always,
    );
    fieldE('engagements.kind', (p, e) => ENGAGEMENT_KIND[p.kind] === e.kind, always, always);
    fieldE(
      'engagements.date',
      (p, e) => p.date === e.date,
      (p) => p.date !== null,
      (e) => e.date !== null,
    );
    const showP = (p: P) =>
      `${p.kind} ${p.date ?? '-'} [${p.participants.map((m) => m.text).join(', ')}]`;
    const showE = (e: E) => `${e.kind} ${e.date ?? '-'} [${e.participants.join(', ')}]`;
    pe.forEach((p, i) => {
      const pr = ePairs.find(([a]) => a === i);
      const e = pr ? ee[pr[1]] : undefined;
      if (!e) misses.push({ id, row: 'engagements', kind: 'spurious', detail: showP(p) });
      else if (!engagementCorrect(p, e))
        misses.push({
          id,
          row: 'engagements',
          kind: 'wrong',
          detail: `${showP(p)}  expected ${showE(e)}`,
        });
    });
    ee.forEach((e, i) => {
      if (!ePairs.some(([, b]) => b === i))
        misses.push({ id, row: 'engagements', kind: 'missed', detail: showE(e) });
    });

    // Quotes
    const pq = extraction.candidates.filter((c) => c.type === 'quote');
    const eq = expected.quotes;
    const qScores = pq.map((p) =>
      eq.map((e) => {
        const a = quoteKey(p.text);
        const b = quoteKey(e.text_start);
        const n = Math.min(a.length, b.length);
        return n > 0 && a.slice(0, n) === b.slice(0, n)
          ? 1 + (nameMatches(e.speaker, p.speaker) ? 1 : 0)
          : 0;
      }),
    );
    const qPairs = pair(qScores, 1);
    t.quotes.predicted += pq.length;
    t.quotes.expected += eq.length;
    t.quotes.correct += qPairs.length;
    t['quotes.speaker'].predicted += pq.length;
    t['quotes.speaker'].expected += eq.length;
    for (const [a, b] of qPairs) {
      const p = pq[a];
      const e = eq[b];
      if (p && e && nameMatches(e.speaker, p.speaker)) t['quotes.speaker'].correct++;
      else if (p && e)
        misses.push({
          id,
          row: 'quotes.speaker',
          kind: 'wrong',
          detail: `"${quoteKey(p.text, 6)}…" by ${p.speaker.text}, expected ${e.speaker}`,
        });
    }
    pq.forEach((p, i) => {
      if (!qPairs.some(([a]) => a === i))
        misses.push({
          id,
          row: 'quotes',
          kind: 'spurious',
          detail: `"${quoteKey(p.text, 6)}…" by ${p.speaker.text}`,
        });
    });
    eq.forEach((e, i) => {
      if (!qPairs.some(([, b]) => b === i))
        misses.push({
          id,
          row: 'quotes',
          kind: 'missed',
          detail: `"${e.text_start}" by ${e.speaker}`,
        });
    });
  }
  const scores = Object.fromEntries(ROWS.map((r) => [r, finish(t[r])])) as Record<Row, Score>;
  return { texts: items.length, scores, misses };
}

const pct = (x: number) => x.toFixed(3);

/** The three headline figures on one line: "measures 0.827 · engagements 0.838 · quote speakers 0.950". */
export const briefScores = (report: Report): string =>
  `measures ${pct(report.scores.measures.f1)} · engagements ${pct(report.scores.engagements.f1)} · quote speakers ${pct(report.scores['quotes.speaker'].f1)}`;

/** The report as a readable table, one row per record type and field. */
export function formatReport(report: Report): string {
  const lines = [
    `${report.texts} texts`,
    `${'row'.padEnd(26)}${'correct'.padStart(8)}${'pred'.padStart(7)}${'exp'.padStart(7)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`,
  ];
  for (const row of ROWS) {
    const s = report.scores[row];
    const name = row.includes('.') ? `  ${row.split('.')[1] ?? row}` : row;
    lines.push(
      `${name.padEnd(26)}${String(s.correct).padStart(8)}${String(s.predicted).padStart(7)}${String(s.expected).padStart(7)}${pct(s.precision).padStart(8)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(8)}`,
    );
  }
  return lines.join('\n');
}
