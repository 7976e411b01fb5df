/**
 * `duty` changes: on a day a measure starts or ends, the total duty on a watched line and
 * direction may move. The duty engine answers for the day before and the day itself; when the
 * totals or the layers differ, the change gives old total → new total and the layers that
 * moved. Which lines and directions are watched depends on the watchlist (its scopes within the
 * measure's scope, and its pairs), but the fact for one line, direction and day is the same for
 * every watchlist, so it is computed once and keeps one id.
 */
import { addDays } from '../dates.ts';
import type { DutyAnswer, LineDuty } from '../duty/answer.ts';
import { codesOverlap, formatHs } from '../hs.ts';
import { formatBp } from '../rate.ts';
import { changeId } from './change-id.ts';
import { targetsOrigin } from '../measures.ts';
import { concerns, watchedDirections, watchedLines } from './match.ts';
import type { Criteria } from './match.ts';
import type { MeasureMove } from './calendar.ts';
import { citedSources, recordLink, startOfDay } from './world.ts';
import type { DerivedChange, WatchWorld } from './world.ts';

/** A layer that moved: its rate the day before and on the day (null when not levied). */
export interface MovedLayer {
  readonly id: string;
  readonly title: string;
  readonly before: number | null;
  readonly after: number | null;
  /** Why a layer stopped being levied, when the engine says (suspended by …). */
  readonly why?: string;
}

export interface DutySide {
  readonly line: string;
  readonly total: { readonly bp: number };
  readonly layers: readonly { readonly id: string; readonly title: string; readonly bp: number }[];
}

const byLine = (a: DutyAnswer, asked: string): Map<string, LineDuty> =>
  a.kind === 'line' ? new Map([[asked, a]]) : new Map(a.lines.map((l) => [l.line, l]));

function levied(d: LineDuty): Map<string, { title: string; bp: number }> {
  const out = new Map<string, { title: string; bp: number }>();
  if (d.base) out.set(d.base.baseRateId, { title: 'base rate (MFN)', bp: d.base.bp });
  for (const l of d.layers) out.set(l.measureId, { title: l.title, bp: l.bp });
  return out;
}

function moved(before: LineDuty, after: LineDuty): MovedLayer[] {
  const b = levied(before);
  const a = levied(after);
  const out: MovedLayer[] = [];
  for (const id of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(id);
    const y = a.get(id);
    if (x?.bp === y?.bp) continue;
    const removal = after.removed.find((r) => 'measureId' in r.layer && r.layer.measureId === id);
    out.push({
      id,
      title: (y ?? x)?.title ?? id,
      before: x?.bp ?? null,
      after: y?.bp ?? null,
      ...(removal ? { why: `${removal.reason} by ${removal.by}` } : {}),
    });
  }
  return out.sort((p, q) => p.id.localeCompare(q.id));
}

const side = (line: string, d: LineDuty): DutySide => ({
  line,
  total: { bp: d.total.bp },
  layers: [
    ...(d.base ? [{ id: d.base.baseRateId, title: 'base rate (MFN)', bp: d.base.bp }] : []),
    ...d.layers.map((l) => ({ id: l.measureId, title: l.title, bp: l.bp })),
  ],
});

function movedText(m: MovedLayer): string {
  if (m.before === null) return `${m.title} starts at ${formatBp(m.after ?? 0)}`;
  if (m.after === null) return `${m.title} (${formatBp(m.before)}) ${m.why ?? 'ends'}`;
  return `${m.title} ${formatBp(m.before)} → ${formatBp(m.after)}`;
}

/**
 * Duty changes, computed once per line, direction and day whichever watchlist asks.
 *
 * @example
 * const duty = new DutyChanges(world, moves);
 * duty.forWatchlist(meal); // 2306 CAN → CHN: 5% → 105% on 2025-03-20, …
 */
export class DutyChanges {
  private readonly cache = new Map<string, DerivedChange[]>();
  private readonly days = new Map<string, MeasureMove[]>();

  constructor(
    private readonly world: WatchWorld,
    moves: readonly MeasureMove[],
  ) {
    for (const m of moves) {
      const list = this.days.get(m.day) ?? [];
      list.push(m);
      this.days.set(m.day, list);
    }
  }

  /** The days in the window on which some measure starts or ends. */
  get changeDays(): string[] {
    return [...this.days.keys()];
  }

  /** The measures that start or end on a day. */
  movesOn(day: string): readonly MeasureMove[] {
    return this.days.get(day) ?? [];
  }

  /**
   * The duty changes a watchlist follows on the days in the window, restricted to the
   * measures given when `only` is set (those the index found for the watchlist).
   */
  forWatchlist(w: Criteria, only?: ReadonlySet<string>): DerivedChange[] {
    const seen = new Set<string>();
    const out: DerivedChange[] = [];
    for (const [day, moves] of this.days) {
      for (const { measure: m } of moves) {
        if (only ? !only.has(`${day}|${m.id}`) : !concerns(w, { sort: 'measure', measure: m }))
          continue;
        for (const line of watchedLines(w.scopes, m.scope)) {
          for (const [from, to] of watchedDirections(w.pairs, m)) {
            for (const d of this.fact(line, from, to, day)) {
              if (seen.has(d.change.id)) continue;
              seen.add(d.change.id);
              out.push(d);
            }
          }
        }
      }
    }
    return out;
  }

  /** The duty changes on one asked code, direction and day (several lines for a short code). */
  fact(line: string, from: string, to: string, day: string): DerivedChange[] {
    const key = `${line}|${from}|${to}|${day}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.compute(line, from, to, day);
      this.cache.set(key, found);
    }
    return found;
  }

  private compute(asked: string, from: string, to: string, day: string): DerivedChange[] {
    const q = { line: asked, origin: from, destination: to };
    const before = byLine(this.world.duty({ ...q, date: addDays(day, -1) }), asked);
    const after = byLine(this.world.duty({ ...q, date: day }), asked);
    // What moved the duty: the measures starting that day first (a definitive duty is the
    // news, not the provisional one it replaces), then those ending.
    const causes = [...this.movesOn(day)]
      .sort((a, b) => (a.move === b.move ? 0 : a.move === 'start' ? -1 : 1))
      .map((mv) => mv.measure)
      .filter(
        (m) =>
          m.imposer === to &&
          targetsOrigin(m.targets, from) &&
          m.scope.include.some((p) => codesOverlap(p, asked)),
      );
    const out: DerivedChange[] = [];
    for (const line of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const b = before.get(line) ?? before.get(asked);
      const a = after.get(line) ?? after.get(asked);
      if (!a || !b) continue;
      const layers = moved(b, a);
      if (a.total.bp === b.total.bp && layers.length === 0) continue;
      const record = causes[0]?.id ?? layers[0]?.id ?? asked;
      const where = `${formatHs(line)} from ${from} into ${to}`;
      out.push({
        subjects: causes.map((measure) => ({ sort: 'measure', measure })),
        change: {
          id: changeId('duty', line, from, to, day),
          kind: 'duty',
          at: startOfDay(day),
          effective: day,
          dossier: this.world.dossierOf(record),
          record,
          collection: 'measures',
          title: `Duty on ${where}`,
          summary: `The duty on ${where} moves from ${formatBp(b.total.bp)} to ${formatBp(a.total.bp)} on ${day}${layers.length ? `: ${layers.map(movedText).join('; ')}` : ''}.`,
          before: side(line, b),
          after: { ...side(line, a), moved: layers },
          sources: citedSources(
            this.world,
            causes.flatMap((m) => m.sources),
          ),
          link: recordLink(record),
        },
      });
    }
    return out;
  }
}
