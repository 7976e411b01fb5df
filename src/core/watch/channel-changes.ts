/**
 * `channel-overdue`: the day a channel of talks passes its expected cadence with no
 * engagement, by the cadence rule of src/core/channels.ts (overdue once more days than the
 * cadence have passed since the last engagement). A channel that never met is not overdue.
 */
import { channelHealth } from '../channels.ts';
import { addDays } from '../dates.ts';
import type { Channel, Engagement } from '../model/talks.ts';
import { changeId } from './change-id.ts';
import { citedSources, inWindow, recordLink, startOfDay } from './world.ts';
import type { DerivedChange, WatchWorld } from './world.ts';
import type { Window } from './scheduled-changes.ts';

/** The days a channel turned overdue, with the engagement it was waiting after. */
export function overdueDays(
  channel: Channel,
  engagements: readonly Engagement[],
): { day: string; last: Engagement }[] {
  const held = engagements
    .filter((e) => e.channel === channel.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const out: { day: string; last: Engagement }[] = [];
  for (let i = 0; i < held.length; i++) {
    const last = held[i] as Engagement;
    const next = held[i + 1];
    if (next && next.date === last.date) continue;
    const day = addDays(last.date, channel.cadenceDays + 1);
    if (next && next.date <= day) continue;
    const health = channelHealth(channel, held, day);
    const eve = channelHealth(channel, held, addDays(day, -1));
    if (health.status === 'overdue' && eve.status !== 'overdue') out.push({ day, last });
  }
  return out;
}

/** The `channel-overdue` changes of a window, for every channel. */
export function channelChanges(world: WatchWorld, window: Window): DerivedChange[] {
  const out: DerivedChange[] = [];
  for (const c of world.channels) {
    for (const { day, last } of overdueDays(c, world.engagements)) {
      if (!inWindow(startOfDay(day), window)) continue;
      out.push({
        subjects: [{ sort: 'channel', channel: c.id }],
        change: {
          id: changeId('channel-overdue', c.id, day),
          kind: 'channel-overdue',
          at: startOfDay(day),
          effective: day,
          dossier: world.dossierOf(c.id),
          record: c.id,
          collection: 'channels',
          title: c.name,
          summary: `${c.name} is overdue from ${day}: no engagement in the ${c.cadenceDays} days expected since ${last.title} on ${last.date}.`,
          before: { status: 'on-time', last: last.id, lastDate: last.date },
          after: { status: 'overdue', since: day, cadenceDays: c.cadenceDays },
          sources: citedSources(world, c.sources),
          link: recordLink(c.id),
        },
      });
    }
  }
  return out;
}
