/** One line saying what an ingest candidate proposes, for the CLI, the API and the dashboard. */
import { formatBp } from '../core/rate.ts';
import type { Candidate, MeasureCandidate, Mention } from '../ingest/candidates.ts';
import { jurisdictionName } from './ingest-text.ts';

const named = (m: Mention | null) => (m ? (m.actor ?? `${m.text} (unresolved)`) : '?');

/**
 * One line saying what a candidate proposes.
 *
 * @example
 * describeCandidate(c);
 * // 'China (CHN) imposed anti-dumping 75.8% on canola seed (1205.10) from CAN effective 2025-08-14'
 */
export function describeCandidate(c: Candidate): string {
  switch (c.type) {
    case 'measure': {
      const imposer = c.imposer?.jurisdiction ?? c.imposer?.text ?? '?';
      const rates = c.rates.map((r) => formatBp(r.bp) + (r.producer ? ` (${r.producer})` : ''));
      const products = c.products
        .map((p) => (p.hs.length ? `${p.text} (${p.hs.join(', ')})` : p.text))
        .join(', ');
      const targets = c.targets.map((t) => t.jurisdiction ?? t.text).join(', ');
      return [
        `${jurisdictionLabel(imposer)} ${c.action}`,
        c.kind ?? 'measure',
        rates.join(', ') || 'rate unknown',
        `on ${products || 'products unknown'}`,
        `from ${targets || '?'}`,
        measureDate(c.dates),
      ].join(' ');
    }
    case 'engagement': {
      const count = (n: number, what: string) => (n ? [`${n} ${what}${n > 1 ? 's' : ''}`] : []);
      const results = [
        ...count(c.outcomes.length, 'outcome'),
        ...count(c.commitments.length, 'commitment'),
      ];
      return `${c.kind} on ${c.date ?? 'an unknown date'}: ${c.participants.map(named).join(', ')}${c.place ? ` in ${c.place}` : ''}${results.length ? ` (${results.join(', ')})` : ''}`;
    }
    case 'quote':
      return `${named(c.speaker)} on ${c.date ?? 'an unknown date'}: “${c.text}”`;
    case 'position':
      return `${named(c.actor)} on ${c.date ?? 'an unknown date'}: ${c.stance} on ${c.topic}`;
  }
}

/**
 * The dates a measure line gives: when it takes effect, else when it was announced, and its last
 * day when the text gives one.
 */
function measureDate(dates: MeasureCandidate['dates']): string {
  const until = dates.expires ? ` until ${dates.expires}` : '';
  if (dates.effective) return `effective ${dates.effective}${until}`;
  return (dates.announced ? `announced ${dates.announced}` : 'date unknown') + until;
}

const jurisdictionLabel = (code: string) =>
  /^[A-Z]{3}$/.test(code) ? `${jurisdictionName(code)} (${code})` : code;
