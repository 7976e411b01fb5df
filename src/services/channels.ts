/** Use case: the channels of talks of a pair, their health, and the commitments made in them. */
import { channelHealth, commitmentState } from '../core/channels.ts';
import type { ChannelHealth, CommitmentState } from '../core/channels.ts';
import type { Catalog } from './catalog.ts';
import type { ChannelsRequest } from './requests.ts';

export interface ChannelReport extends ChannelHealth {
  readonly commitments: readonly CommitmentState[];
}

export interface ChannelsView {
  readonly on: string;
  readonly channels: readonly ChannelReport[];
  /** Commitments made in engagements that belong to no channel. */
  readonly otherCommitments: readonly CommitmentState[];
}

export function channelsReport(catalog: Catalog, req: ChannelsRequest): ChannelsView {
  const { channels, engagements, commitments } = catalog.dossier;
  const channelOf = new Map(engagements.map((e) => [e.id, e.channel]));
  const made = new Map(engagements.map((e) => [e.id, e.date]));
  const states = commitments
    .filter((c) => (made.get(c.engagement) ?? '') <= req.on)
    .map((c) => commitmentState(c, req.on));
  const reports = channels
    .filter((c) => !req.pair || req.pair.every((p) => c.parties.includes(p)))
    .map((c) => ({
      ...channelHealth(c, engagements, req.on),
      commitments: states.filter((s) => channelOf.get(s.commitment.engagement) === c.id),
    }));
  const shown = new Set(reports.map((r) => r.channel.id));
  return {
    on: req.on,
    channels: reports,
    otherCommitments: states.filter(
      (s) => !shown.has(channelOf.get(s.commitment.engagement) ?? ''),
    ),
  };
}
