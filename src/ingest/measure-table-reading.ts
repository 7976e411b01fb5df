/**
 * A table or list of rates met in the reading of a text: its candidates, with the parties, goods
 * and dates of the measure just told or named above it; a measure named without its rate a few
 * sentences before the table is the same record, and gives way to the table's rates.
 */
import { daysBetween } from '../core/dates.ts';
import type { MeasureCandidate } from './candidates.ts';
import type { Doc } from './doc.ts';
import { setDate, type Draft } from './measure-drafts.ts';
import type { Reading } from './measure-reading.ts';
import {
  anchorContext,
  contextBefore,
  tableAt,
  tableDrafts,
  type TableContext,
} from './measure-tables.ts';

/**
 * A table or list of rates that starts at sentence `index`: its candidates, with the parties,
 * goods and dates of the measure just told (which they replace when it had no rate), or of
 * the nearest sentence above that names one. False when no table starts there or it makes none.
 */
export function readTable(reading: Reading, index: number): boolean {
  const { doc, drafts, previous } = reading;
  const table = tableAt(doc, index);
  if (!table) return false;
  const anchor =
    previous !== null && index - previous.sentence <= 4 ? reading.lastGroup[0] : undefined;
  const before = () => contextBefore(doc, index, reading.ranked, table, reading.home);
  const anchored = anchor ? anchorContext(doc, anchor, index) : null;
  // "… duties are payable on goods released on or after February 6, 2026. Duties will be
  // levied at the following rates:": a lead-in that writes no day of effect takes the one the
  // sentence telling the measure above it writes.
  const context =
    anchored && anchored.effective === null
      ? { ...anchored, effective: sameParties(anchored, before()) }
      : (anchored ?? before());
  const made = context ? tableDrafts(doc, table, context) : [];
  if (!context || made.length === 0) return false;
  if (anchor && anchor.candidate.rates.length === 0) {
    drafts.splice(drafts.indexOf(anchor), 1);
    // "… has today imposed definitive duties … The duties are set at the following levels:":
    // the measure named before the table's own lead-in, on the day of the news, is the
    // table's too; one recalled from an earlier day ("On 20 March the Commission imposed a
    // provisional duty") is another act.
    dropNamedBefore(drafts, made, index, (d) => toldOnNewsDay(doc, d));
  } else if (!anchor) dropNamedBefore(drafts, made, index);
  drafts.push(...made);
  reading.lastGroup = made;
  reading.previous = {
    imposer: context.imposer,
    targets: made[0]?.candidate.targets ?? [],
    sentence: table.last,
    announced: null,
    subject: null,
  };
  reading.tableEnd = table.last;
  return true;
}

/** The day of effect of another reading of a table's measure, when it names the same imposer. */
function sameParties(
  anchored: TableContext,
  other: TableContext | null,
): TableContext['effective'] {
  return other && other.imposer?.jurisdiction === anchored.imposer?.jurisdiction
    ? other.effective
    : null;
}

/** How many sentences before its table a measure may be named without its rate. */
const NAMED_BEFORE_TABLE = 10;

/**
 * A measure first named without its rate and then given it in a table ("announced its final
 * determinations in the anti-dumping investigation of brake drums from Vietnam", then the
 * firms' rates a few lines on) is one record: the unrated draft of the same parties, imposed
 * in the sentences above, gives way to the table's rates and lends them the dates it had.
 */
function dropNamedBefore(
  drafts: Draft[],
  made: readonly Draft[],
  index: number,
  also: (d: Draft) => boolean = () => true,
): void {
  const [first] = made;
  if (!first) return;
  const same = (d: Draft) =>
    also(d) &&
    d.candidate.rates.length === 0 &&
    d.candidate.action === 'imposed' &&
    index - d.sentence <= NAMED_BEFORE_TABLE &&
    d.candidate.imposer?.jurisdiction === first.candidate.imposer?.jurisdiction &&
    made.some((m) => sameTargets(m.candidate, d.candidate));
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (!d || !same(d)) continue;
    drafts.splice(i, 1);
    const { announced, effective } = d.candidate.dates;
    for (const m of made) {
      if (announced) setDate(m, 'announced', { iso: announced, inferred: d.announcedInferred });
      if (effective) setDate(m, 'effective', { iso: effective, inferred: d.effectiveInferred });
    }
  }
}

/** How many days from the publication an act told "today" or "yesterday" may be dated. */
const NEWS_DAYS = 3;

/** Whether a draft is undated, or announced within a few days of the text's publication. */
const toldOnNewsDay = (doc: Doc, d: Draft) => {
  const { announced } = d.candidate.dates;
  return announced === null || Math.abs(daysBetween(announced, doc.published)) <= NEWS_DAYS;
};

/** Two candidates on the same origins, named and in the same number. */
const sameTargets = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.targets.length > 0 &&
  a.targets.length === b.targets.length &&
  a.targets.every((t) => b.targets.some((u) => u.jurisdiction === t.jurisdiction));
