/**
 * Changes read from the store's history: each recorded version of a measure, a commitment, an
 * engagement or a statement becomes at most one change, dated by when it was recorded. A
 * measure's creation is `measure-new`; an update (or its removal from the record) is
 * `measure-amended`, with the fields that changed; a commitment whose latest status moved is
 * `commitment-status`; a new engagement (talks held) is `engagement`; a new statement is
 * `statement`. Other collections give no change of their own.
 */
import { diffRecords } from '../diff.ts';
import { MeasureSchema } from '../model/measure.ts';
import type { Measure } from '../model/measure.ts';
import { StatementSchema } from '../model/statement.ts';
import { CommitmentSchema, EngagementSchema } from '../model/talks.ts';
import type { Commitment } from '../model/talks.ts';
import { changeId } from './change-id.ts';
import { directionText, rateText, scopeText } from './describe.ts';
import type { Subject } from './match.ts';
import type { Change } from './model.ts';
import { citedSources, clip, recordLink } from './world.ts';
import type { DerivedChange, WatchWorld } from './world.ts';

/** One recorded version with the version before it (null for a first version). */
export interface HistoryEntry {
  readonly dossier: string;
  readonly collection: string;
  readonly id: string;
  readonly version: number;
  readonly op: 'create' | 'update' | 'delete';
  /** When it was recorded: an ISO timestamp. */
  readonly at: string;
  readonly data: unknown;
  readonly previous: unknown;
}

const measureOf = (data: unknown): Measure | undefined => {
  const parsed = MeasureSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};
const commitmentOf = (data: unknown): Commitment | undefined => {
  const parsed = CommitmentSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};

const show = (v: unknown): string =>
  v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v);

function base(e: HistoryEntry, kind: Change['kind'], title: string) {
  return {
    id: changeId(kind, e.dossier, e.id, e.version),
    kind,
    at: e.at,
    dossier: e.dossier,
    record: e.id,
    collection: e.collection,
    title,
    link: recordLink(e.id),
  } as const;
}

function measureChange(e: HistoryEntry, world: WatchWorld): DerivedChange | undefined {
  const after = e.op === 'delete' ? undefined : measureOf(e.data);
  const before = e.previous === null ? undefined : measureOf(e.previous);
  const m = after ?? before;
  if (!m) return undefined;
  const subjects: Subject[] = [after, before]
    .filter((x): x is Measure => x !== undefined)
    .map((measure) => ({ sort: 'measure', measure }));
  const sources = citedSources(world, m.sources);
  if (e.op === 'create' || !before) {
    return {
      subjects,
      change: {
        ...base(e, 'measure-new', m.title),
        summary: `New measure: ${m.title}: ${rateText(m)} on ${scopeText(m)} ${directionText(m)}, in force from ${m.dates.effective}.`,
        after: m,
        sources,
      },
    };
  }
  if (!after) {
    return {
      subjects,
      change: {
        ...base(e, 'measure-amended', m.title),
        summary: `Removed from the record: ${m.title}.`,
        before,
        fields: ['(record)'],
        sources,
      },
    };
  }
  const diff = diffRecords(before, after);
  if (diff.length === 0) return undefined;
  const fields = diff.map((d) => d.path);
  const detail = diff
    .slice(0, 3)
    .map((d) => `${d.path} ${show(d.before)} → ${show(d.after)}`)
    .join('; ');
  return {
    subjects,
    change: {
      ...base(e, 'measure-amended', m.title),
      summary: clip(`Amended: ${m.title}: ${detail}${diff.length > 3 ? '; …' : ''}.`, 300),
      before: Object.fromEntries(diff.map((d) => [d.path, d.before ?? null])),
      after: Object.fromEntries(diff.map((d) => [d.path, d.after ?? null])),
      fields,
      sources,
    },
  };
}

function commitmentChange(e: HistoryEntry, world: WatchWorld): DerivedChange | undefined {
  if (e.op === 'delete') return undefined;
  const after = commitmentOf(e.data);
  if (!after) return undefined;
  const now = after.status.at(-1);
  const was = e.previous === null ? undefined : commitmentOf(e.previous)?.status.at(-1);
  if (!now || (was && was.status === now.status && was.date === now.date)) return undefined;
  const engagement = world.engagement(after.engagement);
  const subject: Subject = {
    sort: 'talks',
    channel: engagement?.channel,
    actors: engagement?.participants ?? [],
  };
  const moved = was ? `${was.status} → ${now.status}` : `recorded as ${now.status}`;
  return {
    subjects: [subject],
    change: {
      ...base(e, 'commitment-status', clip(after.text, 100)),
      effective: now.date,
      summary: clip(
        `Commitment ${moved} on ${now.date}: ${after.text}${now.note ? ` (${now.note})` : ''}`,
        300,
      ),
      ...(was ? { before: was } : {}),
      after: now,
      sources: citedSources(world, now.sources),
    },
  };
}

function engagementChange(e: HistoryEntry, world: WatchWorld): DerivedChange | undefined {
  if (e.op !== 'create') return undefined;
  const parsed = EngagementSchema.safeParse(e.data);
  if (!parsed.success) return undefined;
  const g = parsed.data;
  const who = g.participants.map((p) => world.titleOf(p)).join(', ');
  const outcomes = g.outcomes?.length ? ` Outcomes: ${g.outcomes.join('; ')}.` : '';
  return {
    subjects: [{ sort: 'talks', channel: g.channel, actors: g.participants }],
    change: {
      ...base(e, 'engagement', g.title),
      effective: g.date,
      summary: clip(
        `${g.kind} on ${g.date}${g.place ? ` in ${g.place}` : ''}: ${who}.${outcomes}`,
        300,
      ),
      after: {
        date: g.date,
        kind: g.kind,
        participants: g.participants,
        ...(g.channel ? { channel: g.channel } : {}),
        ...(g.place ? { place: g.place } : {}),
        ...(g.outcomes ? { outcomes: g.outcomes } : {}),
      },
      sources: citedSources(world, g.sources),
    },
  };
}

function statementChange(e: HistoryEntry, world: WatchWorld): DerivedChange | undefined {
  if (e.op !== 'create') return undefined;
  const parsed = StatementSchema.safeParse(e.data);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const who = world.titleOf(s.speaker);
  return {
    subjects: [{ sort: 'statement', speaker: s.speaker }],
    change: {
      ...base(e, 'statement', `${who}: ${s.topic}`),
      effective: s.date,
      summary: clip(`${who} (${s.date}, ${s.stance}) on ${s.topic}: ${s.text}`, 300),
      after: { date: s.date, kind: s.kind, stance: s.stance, topic: s.topic, text: s.text },
      sources: citedSources(world, s.sources),
    },
  };
}

/**
 * The changes a stretch of history holds, in the order given.
 *
 * @example
 * historyChanges(await store.versionsBetween(since, until), world);
 */
export function historyChanges(
  entries: readonly HistoryEntry[],
  world: WatchWorld,
): DerivedChange[] {
  const out: DerivedChange[] = [];
  for (const e of entries) {
    const derived =
      e.collection === 'measures'
        ? measureChange(e, world)
        : e.collection === 'commitments'
          ? commitmentChange(e, world)
          : e.collection === 'engagements'
            ? engagementChange(e, world)
            : e.collection === 'statements'
              ? statementChange(e, world)
              : undefined;
    if (derived) out.push(derived);
  }
  return out;
}
