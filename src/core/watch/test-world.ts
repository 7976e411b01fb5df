/**
 * A small world for change-detection tests: records in, a WatchWorld out, with the real duty
 * engine over them. Used by tests only.
 */
import { DutyIndex } from '../duty/duty-index.ts';
import { measureEnds } from '../measures.ts';
import { MeasureCalendar } from './calendar.ts';
import type { BaseRate } from '../model/base-rate.ts';
import type { Measure } from '../model/measure.ts';
import type { Channel, Engagement } from '../model/talks.ts';
import type { Watchlist } from './model.ts';
import type { WatchWorld } from './world.ts';

export function testWorld(records: {
  measures?: Measure[];
  baseRates?: BaseRate[];
  channels?: Channel[];
  engagements?: Engagement[];
  titles?: Record<string, string>;
}): WatchWorld {
  const measures = records.measures ?? [];
  const duty = DutyIndex.build({ measures, baseRates: records.baseRates ?? [] });
  const engagements = records.engagements ?? [];
  const titles = new Map<string, string>([
    ...measures.map((m): [string, string] => [m.id, m.title]),
    ...Object.entries(records.titles ?? {}),
  ]);
  const endOf = measureEnds(measures);
  return {
    measures,
    channels: records.channels ?? [],
    engagements,
    endOf,
    calendar: new MeasureCalendar(measures, endOf),
    dossierOf: () => 'test',
    source: (id) => ({ id, title: `source ${id}`, url: `https://example.org/${id}` }),
    titleOf: (id) => titles.get(id) ?? id,
    engagement: (id) => engagements.find((e) => e.id === id),
    duty: (q) => duty.lookup(q),
  };
}

/** A watchlist with the criteria a test names, the rest empty. */
export function watchlist(fields: Partial<Watchlist> & Pick<Watchlist, 'id'>): Watchlist {
  return {
    name: fields.id,
    scopes: [],
    pairs: [],
    kinds: [],
    channels: [],
    actors: [],
    private: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

export function channel(fields: Partial<Channel> & Pick<Channel, 'id'>): Channel {
  return {
    name: `channel ${fields.id}`,
    parties: ['CAN', 'CHN'],
    level: 'ministers',
    cadenceDays: 30,
    sources: ['src-test'],
    ...fields,
  };
}

export function engagement(
  fields: Partial<Engagement> & Pick<Engagement, 'id' | 'date'>,
): Engagement {
  return {
    title: `engagement ${fields.id}`,
    kind: 'meeting',
    participants: ['minister-a'],
    sources: ['src-test'],
    confidence: 'confirmed',
    ...fields,
  };
}
