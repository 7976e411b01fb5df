/**
 * Cross-record rules of a dossier: ids unique, every fact sourced by a source that exists,
 * references resolve, dates ordered, rates where the stacking rule needs one, and no two
 * measures of one programme overlapping without a declared relation. Pure: the dossier reader
 * adds file names to the problems it returns.
 */
import { dayNumber } from './dates.ts';
import type { Problem } from './errors.ts';
import { scopesOverlap } from './hs.ts';
import type { Dossier } from './model/dossier.ts';
import { COLLECTION_NAMES } from './model/dossier.ts';
import type { Measure } from './model/measure.ts';
import { endDay } from './duty/compile.ts';

type Kinds = 'any' | 'source' | 'actor' | 'measure' | 'event' | 'channel' | 'engagement';

/** Problems found across records; an empty list means the dossier holds together. */
export function checkIntegrity(d: Dossier): Problem[] {
  const problems: Problem[] = [];
  const bad = (
    record: string,
    field: string,
    message: string,
    id: Problem['id'] = 'invalid_dossier',
  ) => problems.push({ id, record, field, message });

  const kindOf = new Map<string, string>();
  for (const name of COLLECTION_NAMES) {
    for (const r of d[name]) {
      const seen = kindOf.get(r.id);
      if (seen) bad(r.id, 'id', `id "${r.id}" is used twice (in ${seen} and in ${name})`);
      else kindOf.set(r.id, name);
    }
  }
  const collectionOf: Record<Exclude<Kinds, 'any'>, string> = {
    source: 'sources',
    actor: 'actors',
    measure: 'measures',
    event: 'events',
    channel: 'channels',
    engagement: 'engagements',
  };
  const ref = (
    record: string,
    field: string,
    ids: readonly string[] | undefined,
    ...kinds: Kinds[]
  ) => {
    for (const [i, id] of (ids ?? []).entries()) {
      const actual = kindOf.get(id);
      const at = ids && ids.length > 1 ? `${field}[${i}]` : field;
      if (!actual) bad(record, at, `refers to "${id}", which is not in the dossier`);
      else if (
        !kinds.includes('any') &&
        !kinds.some((k) => collectionOf[k as Exclude<Kinds, 'any'>] === actual)
      ) {
        bad(record, at, `refers to "${id}" in ${actual}; expected ${kinds.join(' or ')}`);
      }
    }
  };
  const ordered = (record: string, pairs: [string, string | undefined][]) => {
    for (let i = 1; i < pairs.length; i++) {
      const [laterField, later] = pairs[i] as [string, string | undefined];
      for (let j = 0; j < i; j++) {
        const [earlierField, earlier] = pairs[j] as [string, string | undefined];
        if (earlier && later && later < earlier) {
          bad(record, laterField, `${laterField} ${later} is before ${earlierField} ${earlier}`);
        }
      }
    }
  };

  for (const name of COLLECTION_NAMES) {
    if (name === 'sources') continue;
    for (const r of d[name]) ref(r.id, 'sources', r.sources, 'source');
  }
  for (const m of d.measures) {
    ref(m.id, 'relations.respondsTo', m.relations?.respondsTo, 'measure', 'event');
    ref(m.id, 'relations.amends', m.relations?.amends, 'measure');
    ref(m.id, 'relations.replaces', m.relations?.replaces, 'measure');
    if (
      m.stacking.rule === 'suspend' ||
      m.stacking.rule === 'exempt' ||
      m.stacking.rule === 'replace'
    ) {
      ref(m.id, 'stacking.measures', m.stacking.measures, 'measure');
    }
    ordered(m.id, [
      ['dates.announced', m.dates.announced],
      ['dates.effective', m.dates.effective],
      ['dates.expires', m.dates.expires],
    ]);
    ordered(m.id, [
      ['dates.effective', m.dates.effective],
      ['dates.revoked', m.dates.revoked],
    ]);
    const removes = m.stacking.rule === 'suspend' || m.stacking.rule === 'exempt';
    if (removes && m.rate)
      bad(m.id, 'rate', `a measure that ${m.stacking.rule}s others has no rate of its own`);
    if (!removes && !m.rate && !m.producerRates)
      bad(m.id, 'rate', `a measure with stacking rule "${m.stacking.rule}" needs a rate`);
  }
  const ruleOf = new Map(d.measures.map((m) => [m.id, m.stacking.rule]));
  for (const m of d.measures) {
    if (m.stacking.rule !== 'suspend' && m.stacking.rule !== 'exempt') continue;
    for (const [i, target] of m.stacking.measures.entries()) {
      const rule = ruleOf.get(target);
      if (rule && rule !== 'add' && rule !== 'max') {
        bad(
          m.id,
          `stacking.measures[${i}]`,
          `${target} has stacking rule "${rule}": only measures that add duty (add, max) can be suspended or exempted; end the other with expires or revoked`,
        );
      }
    }
  }
  for (const b of d['base-rates'])
    ordered(b.id, [
      ['from', b.from],
      ['to', b.to],
    ]);
  for (const e of d.events) {
    ref(e.id, 'actors', e.actors, 'actor');
    ref(e.id, 'relations.respondsTo', e.relations?.respondsTo, 'any');
    ref(e.id, 'relations.concerns', e.relations?.concerns, 'any');
  }
  for (const a of d.actors) {
    for (const [i, role] of (a.roles ?? []).entries()) {
      ordered(a.id, [
        [`roles[${i}].from`, role.from],
        [`roles[${i}].to`, role.to],
      ]);
    }
  }
  const engagementDate = new Map(d.engagements.map((e) => [e.id, e.date]));
  for (const e of d.engagements) {
    ref(e.id, 'channel', e.channel ? [e.channel] : [], 'channel');
    ref(e.id, 'participants', e.participants, 'actor');
  }
  for (const c of d.commitments) {
    ref(c.id, 'engagement', [c.engagement], 'engagement');
    const made = engagementDate.get(c.engagement);
    ordered(c.id, [
      ['engagement date', made],
      ['due', c.due],
    ]);
    for (const [i, s] of c.status.entries()) {
      ref(c.id, `status[${i}].sources`, s.sources, 'source');
      ordered(c.id, [
        ['engagement date', made],
        ...(i > 0
          ? [[`status[${i - 1}].date`, c.status[i - 1]?.date] as [string, string | undefined]]
          : []),
        [`status[${i}].date`, s.date],
      ]);
    }
  }
  for (const s of d.statements) {
    ref(s.id, 'speaker', [s.speaker], 'actor');
    ref(s.id, 'about', s.about, 'any');
  }
  problems.push(...conflictingMeasures(d.measures));
  return problems;
}

/** Two additive measures of one programme on overlapping targets, scope and period, unrelated. */
export function conflictingMeasures(measures: readonly Measure[]): Problem[] {
  const replacedFrom = new Map<string, number>();
  for (const m of measures) {
    for (const r of m.relations?.replaces ?? []) {
      const day = dayNumber(m.dates.effective);
      replacedFrom.set(r, Math.min(replacedFrom.get(r) ?? day, day));
    }
  }
  const groups = new Map<string, Measure[]>();
  for (const m of measures) {
    if (m.stacking.rule === 'suspend' || m.stacking.rule === 'exempt') continue;
    const key = `${m.imposer}|${m.programme ?? `kind:${m.kind}`}`;
    for (const chapter of new Set(m.scope.include.map((p) => p.slice(0, 2)))) {
      const list = groups.get(`${key}|${chapter}`) ?? [];
      list.push(m);
      groups.set(`${key}|${chapter}`, list);
    }
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const list of groups.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Measure;
        const b = list[j] as Measure;
        const pair = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
        if (reported.has(pair) || related(a, b) || !overlapInTime(a, b, replacedFrom)) continue;
        if (!originsOverlap(a, b) || !scopesOverlap(a.scope, b.scope)) continue;
        reported.add(pair);
        problems.push({
          id: 'conflicting_measures',
          record: b.id,
          field: 'relations',
          message: `overlaps ${a.id} (same imposer and programme, overlapping origins, products and dates) with no declared relation: add amends, replaces, a max group or doesNotStackWith`,
        });
      }
    }
  }
  return problems;
}

function related(a: Measure, b: Measure): boolean {
  const names = (m: Measure) => [...(m.relations?.amends ?? []), ...(m.relations?.replaces ?? [])];
  if (names(a).includes(b.id) || names(b).includes(a.id)) return true;
  if (
    a.stacking.rule === 'max' &&
    b.stacking.rule === 'max' &&
    a.stacking.group === b.stacking.group
  )
    return true;
  const excludes = (x: Measure, y: Measure) =>
    (x.doesNotStackWith ?? []).some((r) => r.programme === y.programme);
  return excludes(a, b) || excludes(b, a);
}

function overlapInTime(a: Measure, b: Measure, replacedFrom: Map<string, number>): boolean {
  const start = (m: Measure) => dayNumber(m.dates.effective);
  return (
    start(a) < endDay(b, replacedFrom.get(b.id)) && start(b) < endDay(a, replacedFrom.get(a.id))
  );
}

/** True when some good could be targeted by both: same origin rule, a shared origin. */
function originsOverlap(a: Measure, b: Measure): boolean {
  const ca = a.targets.condition;
  const cb = b.targets.condition;
  if (ca?.attribute !== cb?.attribute || ca?.value !== cb?.value) return false;
  const excluded = new Set([...(a.targets.except ?? []), ...(b.targets.except ?? [])]);
  const oa = a.targets.origins;
  const ob = b.targets.origins;
  if (oa === '*' && ob === '*') return true;
  if (oa === '*') return (ob as string[]).some((o) => !excluded.has(o));
  if (ob === '*') return oa.some((o) => !excluded.has(o));
  return oa.some((o) => ob.includes(o) && !excluded.has(o));
}
