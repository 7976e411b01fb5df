/** Plain-text presentation of watchlists and of the changes they report. */
import { formatHs } from '../../core/hs.ts';
import { formatBp } from '../../core/rate.ts';
import type { Change, Watchlist } from '../../services/watch.ts';
import { SourceList, table } from '../text.ts';

/** "2306, 0306 · CAN→CHN, USA⇄CHN · anti-dumping · channel x · actor y" */
export function criteriaText(w: Watchlist): string {
  return [
    w.scopes.map(formatHs).join(', '),
    w.pairs.map((p) => `${p.from}${p.both ? '⇄' : '→'}${p.to}`).join(', '),
    w.kinds.join(', '),
    w.channels.map((c) => `channel ${c}`).join(', '),
    w.actors.map((a) => `actor ${a}`).join(', '),
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

export function presentWatchlists(all: readonly Watchlist[]): string {
  if (all.length === 0) return 'no watchlists (add one with: detente watch add <name> --scope …)';
  return table(
    all.map((w) => [w.name, w.private ? 'private' : 'public', criteriaText(w), w.id]),
    '',
  );
}

export function presentWatchlist(w: Watchlist, secret?: string): string {
  const feed = `/feeds/${w.id}.atom${w.private && secret ? `?key=${secret}` : ''}`;
  return table([
    ['name', w.name],
    ['id', w.id],
    ['scopes', w.scopes.map(formatHs).join(', ') || '—'],
    [
      'pairs',
      w.pairs.map((p) => `${p.from}→${p.to}${p.both ? ' and back' : ''}`).join(', ') || '—',
    ],
    ['kinds', w.kinds.join(', ') || '—'],
    ['channels', w.channels.join(', ') || '—'],
    ['actors', w.actors.join(', ') || '—'],
    ['feed', `${feed}${w.private ? ' (private: keep the key secret)' : ''}`],
    ['created', w.createdAt],
    ['updated', w.updatedAt],
  ]);
}

const field = (v: unknown, key: string): unknown =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const pct = (bp: unknown) => (typeof bp === 'number' ? formatBp(bp) : '—');
const short = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

function inForceText(v: unknown): string {
  if (field(v, 'inForce') !== true) {
    const why = str(field(v, 'why'));
    return why ? `not in force (${why})` : 'not in force';
  }
  const bp = num(field(v, 'bp'));
  const until = str(field(v, 'until'));
  return `in force${bp === undefined ? '' : ` at ${formatBp(bp)}`}${until ? ` until ${until}` : ''}`;
}

/** The before → after lines of a change, by kind. */
function beforeAfter(c: Change): string[] {
  const { before, after } = c;
  switch (c.kind) {
    case 'duty': {
      const moved = field(after, 'moved');
      const lines = [
        `total ${pct(field(field(before, 'total'), 'bp'))} → ${pct(field(field(after, 'total'), 'bp'))}`,
      ];
      for (const m of Array.isArray(moved) ? moved : []) {
        const why = str(field(m, 'why'));
        lines.push(
          `  ${str(field(m, 'title'))}: ${pct(field(m, 'before'))} → ${pct(field(m, 'after'))}${why ? ` (${why})` : ''}`,
        );
      }
      return lines;
    }
    case 'scheduled': {
      const replaced = field(before, 'measures');
      const was = Array.isArray(replaced)
        ? `replaces ${replaced.map((r) => `${str(field(r, 'id'))} (${pct(field(r, 'bp'))})`).join(', ')}`
        : inForceText(before);
      return [`${was} → ${inForceText(after)}`];
    }
    case 'measure-amended':
      return (c.fields ?? []).map(
        (f) => `${f}: ${short(field(before, f))} → ${short(field(after, f))}`,
      );
    case 'measure-new':
      return [
        `— → ${pct(field(field(after, 'rate'), 'bp'))} from ${short(field(field(after, 'dates'), 'effective'))}`,
      ];
    case 'commitment-status':
      return [
        `${str(field(before, 'status')) ?? '—'} → ${str(field(after, 'status')) ?? '—'} (${short(field(after, 'date'))})`,
      ];
    case 'channel-overdue':
      return [
        `on time (last engagement ${short(field(before, 'lastDate'))}) → overdue (cadence ${short(field(after, 'cadenceDays'))} days)`,
      ];
    case 'engagement':
      return [`held on ${short(field(after, 'date'))}`];
    case 'statement':
      return [`“${short(field(after, 'text'))}”`];
  }
}

/** Within a day, the order a reader follows: what was recorded, what came into force, its effect. */
const KIND_ORDER: readonly Change['kind'][] = [
  'measure-new',
  'measure-amended',
  'scheduled',
  'duty',
  'engagement',
  'commitment-status',
  'statement',
  'channel-overdue',
];

/** The day of a change, and the time when it was recorded rather than dated. */
const dayOf = (c: Change) => c.at.slice(0, 10);
const timeOf = (c: Change) =>
  c.effective !== undefined && c.at.startsWith(`${c.effective}T00:00:00`)
    ? ''
    : ` (recorded ${c.at.slice(11, 16)} UTC)`;

function block(c: Change, sources: SourceList): string {
  // A duty change's own lines say all its summary says.
  const summary = c.kind === 'duty' ? [] : [`    ${c.summary}`];
  return [
    `  ${c.kind}  ${c.title}${timeOf(c)}`,
    ...summary,
    ...beforeAfter(c).map((l) => `    ${l}`),
    `    record ${c.link}${c.sources.length ? `  sources ${sources.refs(c.sources)}` : ''}`,
  ].join('\n');
}

/**
 * Changes grouped by day; within a day, recorded changes first, then what came into force and
 * the duties it moved.
 */
export function presentChanges(
  w: Watchlist,
  window: { since: string; until: string },
  changes: readonly Change[],
): string {
  const head = `${w.name} (${criteriaText(w)}): ${changes.length} change${changes.length === 1 ? '' : 's'} after ${window.since} up to ${window.until}`;
  if (changes.length === 0) return head;
  const days = new Map<string, Change[]>();
  for (const c of changes) days.set(dayOf(c), [...(days.get(dayOf(c)) ?? []), c]);
  const sources = new SourceList();
  const blocks = [...days].map(([day, list]) => {
    const sorted = [...list].sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.at.localeCompare(b.at) ||
        a.title.localeCompare(b.title),
    );
    return [day, ...sorted.map((c) => block(c, sources))].join('\n');
  });
  return [head, ...blocks, sources.toString()].filter((s) => s !== '').join('\n\n');
}
