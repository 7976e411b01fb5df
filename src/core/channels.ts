/**
 * Channels of talks and their health on a date: the last engagement, days since, whether the
 * channel is overdue for its expected cadence; and commitments with their status on that date.
 */
import { addDays, daysBetween } from './dates.ts';
import type { IsoDate } from './dates.ts';
import type { Channel, Commitment, CommitmentStatus, Engagement } from './model/talks.ts';

export interface ChannelHealth {
  readonly channel: Channel;
  readonly engagements: readonly Engagement[];
  readonly last: Engagement | null;
  readonly daysSince: number | null;
  readonly nextDue: IsoDate | null;
  readonly status: 'on-time' | 'overdue' | 'never-met';
}

/**
 * Health of a channel as of a date: engagements after the date are not counted.
 *
 * @example
 * channelHealth(leaders, engagements, '2025-12-01'); // { status: 'on-time', daysSince: 31, ... }
 */
export function channelHealth(
  channel: Channel,
  all: readonly Engagement[],
  on: IsoDate,
): ChannelHealth {
  const held = all
    .filter((e) => e.channel === channel.id && e.date <= on)
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = held.at(-1) ?? null;
  if (!last)
    return {
      channel,
      engagements: held,
      last,
      daysSince: null,
      nextDue: null,
      status: 'never-met',
    };
  const daysSince = daysBetween(last.date, on);
  return {
    channel,
    engagements: held,
    last,
    daysSince,
    nextDue: addDays(last.date, channel.cadenceDays),
    status: daysSince > channel.cadenceDays ? 'overdue' : 'on-time',
  };
}

export interface CommitmentState {
  readonly commitment: Commitment;
  /** Status on the date: the latest status entry on or before it. */
  readonly status: CommitmentStatus | 'not-yet-made';
  readonly since: IsoDate | null;
  /** True when a due date has passed and the commitment is not met. */
  readonly pastDue: boolean;
}

export function commitmentState(c: Commitment, on: IsoDate): CommitmentState {
  const known = c.status.filter((s) => s.date <= on);
  const current = known.at(-1);
  const status = current?.status ?? 'not-yet-made';
  const open = status === 'open' || status === 'in-progress';
  return {
    commitment: c,
    status,
    since: current?.date ?? null,
    pastDue: open && c.due !== undefined && c.due < on,
  };
}
