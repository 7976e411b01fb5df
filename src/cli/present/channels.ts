/** Plain-text presentation of channel health and commitments. */
import type { CommitmentState } from '../../core/channels.ts';
import type { ChannelsView } from '../../services/channels.ts';
import { table } from '../text.ts';

function commitmentLines(states: readonly CommitmentState[]): string[] {
  return states.map((s) => {
    const due = s.commitment.due ? `, due ${s.commitment.due}` : '';
    const late = s.pastDue ? ' PAST DUE' : '';
    return `    [${s.status}${s.since ? ` since ${s.since}` : ''}${due}${late}] ${s.commitment.text}`;
  });
}

export function presentChannels(v: ChannelsView): string {
  const rows = v.channels.map((c) => [
    c.channel.name,
    `every ${c.channel.cadenceDays} d`,
    c.last ? `last ${c.last.date}` : 'never met',
    c.daysSince === null ? '' : `${c.daysSince} d ago`,
    c.status.toUpperCase(),
  ]);
  const out = [`Channels as of ${v.on}`, table(rows, '  ')];
  for (const c of v.channels) {
    out.push('', `${c.channel.name} (${c.channel.id})`);
    if (c.last)
      out.push(`  last: ${c.last.title}${c.nextDue ? `; next expected by ${c.nextDue}` : ''}`);
    if (c.commitments.length > 0) out.push('  commitments:', ...commitmentLines(c.commitments));
  }
  if (v.otherCommitments.length > 0)
    out.push('', 'Other commitments:', ...commitmentLines(v.otherCommitments));
  return out.join('\n');
}
