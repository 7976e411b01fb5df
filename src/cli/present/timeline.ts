/** Plain-text presentation of a timeline. */
import type { TimelineView } from '../../services/timeline.ts';
import { SourceList } from '../text.ts';

const shownDate = (e: TimelineView) =>
  e.datePrecision === 'year'
    ? `${e.date.slice(0, 4)}      `
    : e.datePrecision === 'month'
      ? `${e.date.slice(0, 7)}   `
      : e.date;

export function presentTimeline(entries: readonly TimelineView[]): string {
  if (entries.length === 0) return 'No entries match.';
  const sources = new SourceList();
  const lines = entries.map((e) => {
    const detail = e.detail ? `\n             ${e.detail}` : '';
    return `${shownDate(e)}  ${e.kind.padEnd(10)} ${e.title} ${sources.refs(e.sourceLinks)}${detail}`;
  });
  return `${lines.join('\n')}\n\n${entries.length} entries\n${sources.toString()}`;
}
