/**
 * The measures' calendar: every day a measure comes into force or leaves it, sorted once, so a
 * window's dated changes are found by binary search instead of a pass over every measure. Built
 * once per set of records and reused by every window asked of it.
 */
import type { EndOf } from '../measures.ts';
import type { Measure } from '../model/measure.ts';

/** A measure coming into force or leaving it on a day (its first day out of force). */
export interface MeasureMove {
  readonly day: string;
  readonly measure: Measure;
  readonly move: 'start' | 'end';
}

export class MeasureCalendar {
  private readonly moves: readonly MeasureMove[];
  /** The measures that replace each measure, by the replaced measure's id. */
  readonly replacedBy: ReadonlyMap<string, readonly Measure[]>;
  readonly byId: ReadonlyMap<string, Measure>;

  /**
   * @example
   * const calendar = new MeasureCalendar(measures, measureEnds(measures));
   * calendar.between({ since: '2025-03-19T23:59:59.999Z', until: '2025-03-20T23:59:59.999Z' });
   */
  constructor(
    measures: readonly Measure[],
    readonly endOf: EndOf,
  ) {
    const moves: MeasureMove[] = [];
    const replacedBy = new Map<string, Measure[]>();
    for (const m of measures) {
      moves.push({ day: m.dates.effective, measure: m, move: 'start' });
      const end = endOf(m);
      if (end) moves.push({ day: end.date, measure: m, move: 'end' });
      for (const id of m.relations?.replaces ?? []) {
        const list = replacedBy.get(id) ?? [];
        list.push(m);
        replacedBy.set(id, list);
      }
    }
    this.moves = moves.sort(
      (a, b) =>
        (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
        (a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0),
    );
    this.replacedBy = replacedBy;
    this.byId = new Map(measures.map((m) => [m.id, m]));
  }

  /** The moves whose day starts inside since < at <= until (ISO timestamps), in day order. */
  between(window: { readonly since: string; readonly until: string }): MeasureMove[] {
    return this.moves.slice(this.after(window.since), this.after(window.until));
  }

  /** The position of the first move whose day starts after the moment. */
  private after(moment: string): number {
    let lo = 0;
    let hi = this.moves.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (`${(this.moves[mid] as MeasureMove).day}T00:00:00.000Z` > moment) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
