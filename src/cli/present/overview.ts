/** Plain-text presentation of a pair overview. */
import { formatBp } from '../../core/rate.ts';
import type { PairOverview } from '../../services/overview.ts';
import { table } from '../text.ts';

export function presentOverview(o: PairOverview): string {
  const [a, b] = o.pair;
  const out = [`Détente — ${a}–${b} as of ${o.on}`, ''];
  for (const d of o.directions) {
    out.push(`In force, ${d.imposer} on goods from ${d.target}: ${d.inForce.length}`);
    const rows = d.inForce.map(({ measure: m }) => [
      m.rate ? formatBp(m.rate.bp) : m.stacking.rule,
      m.title,
      `since ${m.dates.effective}`,
    ]);
    if (rows.length > 0) out.push(table(rows, '  '));
    out.push('');
  }
  out.push('Channels of talks:');
  out.push(
    table(
      o.channels.channels.map((c) => [
        c.status.toUpperCase(),
        c.channel.name,
        c.last ? `last ${c.last.date} (${c.daysSince} d)` : 'never met',
      ]),
      '  ',
    ),
  );
  const open = o.channels.channels
    .flatMap((c) => c.commitments)
    .concat(o.channels.otherCommitments)
    .filter((s) => s.status === 'open' || s.status === 'in-progress');
  out.push('', `Open commitments: ${open.length}`);
  for (const s of open) out.push(`  [${s.status}] ${s.commitment.text}`);
  out.push('', 'Latest engagements:');
  for (const e of o.latestEngagements) out.push(`  ${e.date}  ${e.title}`);
  out.push('', `Last 90 days: ${o.recent.length === 0 ? 'nothing recorded' : ''}`);
  for (const e of o.recent) out.push(`  ${e.date}  ${e.kind.padEnd(10)} ${e.title}`);
  out.push(
    '',
    'Ask more: detente duty <hs-code> --from CAN --to CHN --on <date> · detente timeline · detente --help',
  );
  return out.join('\n');
}
