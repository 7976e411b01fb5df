/** Formatting helpers: basis points as percentages, dates, JSON values in diffs. */

/** 8480 → "84.8%", 610 → "6.1%", 10000 → "100%". */
export function pct(bp: number): string {
  const s = (bp / 100).toFixed(2).replace(/\.?0+$/, '');
  return `${s}%`;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export function short(value: unknown, max = 160): string {
  if (value === undefined) return '—';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export const label = (record: Record<string, unknown>): string => {
  for (const key of ['title', 'name', 'text', 'description', 'summary'])
    if (typeof record[key] === 'string') return record[key];
  return String(record.id ?? '');
};

export const KIND_LABEL: Record<string, string> = {
  measures: 'Measure',
  events: 'Event',
  engagements: 'Engagement',
  commitments: 'Commitment',
  statements: 'Statement',
  sources: 'Source',
  actors: 'Actor',
  channels: 'Channel',
  'base-rates': 'Base rate',
  'trade-figures': 'Trade figure',
};
