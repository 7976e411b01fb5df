/**
 * Use case: the overview of a pair on a date. Measures in force in each direction, the latest
 * engagements, channel health, open commitments, and what happened in the last 90 days.
 */
import { addDays } from '../core/dates.ts';
import { DetenteError } from '../core/errors.ts';
import type { Catalog } from './catalog.ts';
import { channelsReport } from './channels.ts';
import type { ChannelsView } from './channels.ts';
import { listMeasures } from './measures.ts';
import type { MeasureView } from './measures.ts';
import { timeline } from './timeline.ts';
import type { TimelineView } from './timeline.ts';

export interface OverviewRequest {
  /** The pair; by default the first two parties of the dossier the catalog holds. */
  readonly pair?: readonly [string, string] | undefined;
  readonly on: string;
}

export interface PairOverview {
  readonly pair: readonly [string, string];
  readonly on: string;
  readonly directions: readonly {
    imposer: string;
    target: string;
    inForce: readonly MeasureView[];
  }[];
  readonly channels: ChannelsView;
  readonly latestEngagements: readonly TimelineView[];
  readonly recent: readonly TimelineView[];
}

export function pairOverview(catalog: Catalog, req: OverviewRequest): PairOverview {
  const [a, b] = req.pair ?? catalog.dossier.manifest.parties;
  if (a === undefined || b === undefined) {
    throw new DetenteError(
      'invalid_argument',
      'the store holds no dossier with a pair: name the pair (A-B)',
    );
  }
  const direction = (imposer: string, target: string) => ({
    imposer,
    target,
    inForce: listMeasures(catalog, { imposer, target, inForce: req.on }),
  });
  const past = timeline(catalog, { pair: [a, b], to: req.on });
  return {
    pair: [a, b],
    on: req.on,
    directions: [direction(a, b), direction(b, a)],
    channels: channelsReport(catalog, { pair: [a, b], on: req.on }),
    latestEngagements: past
      .filter((e) => e.kind === 'engagement')
      .slice(-5)
      .reverse(),
    recent: past.filter((e) => e.date > addDays(req.on, -90)).reverse(),
  };
}
