/**
 * Rates written as a table ("Exporter | Rate of duty") or as a list of "origin – producer:
 * rate" lines after a line ending in a colon: one candidate per origin, its parties, goods
 * and dates taken from the measure named above it.
 */
import type { Flag, Mention, ProductMention } from './candidates.ts';
import { clampConfidence, placeMention, span, within, type Doc } from './doc.ts';
import { MEASURE_WORD, kindOf, type MeasureKind } from './measure-acts.ts';
import { inSpeech } from './measure-clauses.ts';
import { datesOf } from './measure-dates.ts';
import { setDate, type Draft } from './measure-drafts.ts';
import { readRoles, syntheticMention } from './measure-roles.ts';
import { isRateListLine, readRateList, readRateTable, type TableRate } from './rates.ts';

interface Table {
  readonly rows: readonly TableRate[];
  readonly start: number;
  readonly end: number;
  /** the index of its last line among the sentences */
  readonly last: number;
}

/** A line that announces a list: "The IDD is calculated as an ad valorem rate, as follows:". */
const LIST_INTRO = /:\s*$/;

/**
 * A list of rates, one "label: rate" line each, starting at sentence `index` right after a
 * line that ends with a colon (see readRateList).
 */
function listAt(doc: Doc, index: number): Table | null {
  const intro = doc.sentences[index - 1];
  if (!intro || !LIST_INTRO.test(doc.text.slice(intro.start, intro.end))) return null;
  const lines: { start: number; end: number }[] = [];
  for (let j = index; j < doc.sentences.length; j++) {
    const line = doc.sentences[j];
    if (!line || !isRateListLine(doc.text, line)) break;
    lines.push(line);
  }
  const rows = readRateList(doc.text, lines);
  const end = lines.at(-1)?.end;
  if (!rows || end === undefined) return null;
  return { rows, start: doc.sentences[index]?.start ?? 0, end, last: index + lines.length - 1 };
}

/** A table of duty rates whose header line is sentence `index` (see readRateTable). */
export function tableAt(doc: Doc, index: number): Table | null {
  const list = listAt(doc, index);
  if (list) return list;
  const lines: { start: number; end: number }[] = [];
  for (let j = index; j < doc.sentences.length; j++) {
    const line = doc.sentences[j];
    if (!line || !doc.text.slice(line.start, line.end).includes('|')) break;
    lines.push(line);
  }
  const rows = lines.length >= 2 ? readRateTable(doc.text, lines) : null;
  const end = lines.at(-1)?.end;
  if (!rows || end === undefined) return null;
  return { rows, start: doc.sentences[index]?.start ?? 0, end, last: index + lines.length - 1 };
}

/** What the text says about the measure a table of rates belongs to. */
interface TableContext {
  readonly imposer: Mention | null;
  readonly targets: readonly Mention[];
  readonly products: readonly ProductMention[];
  readonly kind: MeasureKind | null;
  readonly announced: { iso: string; inferred: boolean } | null;
  readonly effective: { iso: string; inferred: boolean } | null;
}

/**
 * The measure just found, whose rates the table gives ("… at the rate in the Table below").
 * When it names no goods ("on the subject goods"), the goods are those the sentences above
 * name last.
 */
export function anchorContext(doc: Doc, anchor: Draft, index: number): TableContext {
  const c = anchor.candidate;
  return {
    imposer: c.imposer,
    targets: c.targets,
    products: c.products.length > 0 ? c.products : goodsBefore(doc, index),
    kind: c.kind,
    announced:
      c.dates.announced === null
        ? null
        : { iso: c.dates.announced, inferred: anchor.announcedInferred },
    effective:
      c.dates.effective === null
        ? null
        : { iso: c.dates.effective, inferred: anchor.effectiveInferred },
  };
}

/** The lexicon's goods in the nearest of the six sentences before sentence `index` naming any. */
export function goodsBefore(doc: Doc, index: number): ProductMention[] {
  for (let j = index - 1; j >= Math.max(0, index - 6); j--) {
    const s = doc.sentences[j];
    if (!s) continue;
    const found = within(doc.products, s.start, s.end).filter((p) => !inSpeech(doc, p.start));
    if (found.length > 0)
      return found.map((p) => ({ text: p.text, span: span(p.start, p.end), hs: [...p.hs] }));
  }
  return [];
}

/**
 * The measure a table belongs to when no candidate came before it: the nearest sentence above
 * (up to six) that names a measure and its origin ("review of the anti-dumping measures on
 * sinks exported to Australia from China"), dated by what lies between it and the table.
 */
export function contextBefore(
  doc: Doc,
  index: number,
  ranked: readonly string[],
): TableContext | null {
  const { text } = doc;
  const table = doc.sentences[index];
  if (!table) return null;
  for (let j = index - 1; j >= Math.max(0, index - 6); j--) {
    const s = doc.sentences[j];
    if (!s) continue;
    const word = MEASURE_WORD.exec(text.slice(s.start, s.end));
    if (!word) continue;
    const at = s.start + word.index;
    const roles = readRoles(doc, within(doc.places, s.start, s.end), at, s.start, at);
    if (roles.targets.length === 0) continue;
    const other = ranked.find((c) => !roles.targets.some((t) => t.code === c));
    const imposer = roles.imposer
      ? placeMention(roles.imposer)
      : other !== undefined
        ? syntheticMention(other, s.start)
        : null;
    const { announced, effective } = datesOf(doc, within(doc.dates, s.start, table.start), s.start);
    return {
      imposer,
      targets: roles.targets.map(placeMention),
      products: within(doc.products, s.start, s.end).map((p) => ({
        text: p.text,
        span: span(p.start, p.end),
        hs: [...p.hs],
      })),
      kind: kindOf(text.slice(s.start, table.end)),
      announced,
      effective,
    };
  }
  return null;
}

/**
 * The candidates of a table of rates: one per origin, with its rates and their producers.
 * A row whose origin column names no country ("Any country other than the subject
 * countries") is left out; a table without such a column takes the origins of its context.
 */
export function tableDrafts(doc: Doc, table: Table, context: TableContext): Draft[] {
  const byOrigin = new Map<string, { targets: readonly Mention[]; rates: TableRate[] }>();
  for (const r of table.rows) {
    let targets = context.targets;
    if (r.origin) {
      const place = within(doc.places, r.origin.start, r.origin.start + r.origin.text.length)[0];
      if (!place) continue;
      targets = [placeMention(place)];
    }
    const key = targets.map((t) => t.jurisdiction).join();
    const group = byOrigin.get(key) ?? { targets, rates: [] };
    group.rates.push(r);
    byOrigin.set(key, group);
  }
  return [...byOrigin.values()].map(({ targets, rates }) => {
    const flags: Flag[] = context.products.length === 0 ? ['hs_unresolved'] : [];
    const draft: Draft = {
      candidate: {
        type: 'measure',
        key: `measure-${rates[0]?.start ?? table.start}`,
        span: span(table.start, table.end),
        confidence: clampConfidence(
          0.25 +
            (context.imposer ? 0.2 : 0) +
            (targets.length > 0 ? 0.2 : 0) +
            0.15 +
            (context.products.length > 0 ? 0.1 : 0) +
            (context.kind !== null ? 0.1 : 0),
        ),
        flags,
        imposer: context.imposer,
        targets: [...targets],
        products: [...context.products],
        rates: rates.map((r) => ({
          bp: r.bp,
          ...(r.producer === undefined ? {} : { producer: r.producer }),
          span: span(r.start, r.end),
        })),
        kind: context.kind,
        action: 'imposed',
        dates: { announced: null, effective: null },
      },
      announcedInferred: false,
      effectiveInferred: false,
      sentence: table.last,
    };
    if (context.announced) setDate(draft, 'announced', context.announced);
    if (context.effective) setDate(draft, 'effective', context.effective);
    return draft;
  });
}
