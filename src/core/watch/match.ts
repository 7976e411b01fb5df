/**
 * Does a record concern a watchlist? Each sort of record answers to some criteria only:
 *
 * | record                                | criteria that apply          |
 * | ------------------------------------- | ---------------------------- |
 * | measure (new, amended, dated, duty)   | scopes, pairs, kinds         |
 * | channel (overdue)                     | channels                     |
 * | engagement, commitment (its talks)    | channels, actors             |
 * | statement                             | actors (the speaker)         |
 *
 * A record concerns a watchlist when the watchlist names at least one criterion that applies
 * to the record, and every such criterion it names matches; criteria it leaves empty do not
 * constrain, and criteria that do not apply to the record are ignored. So `scopes 2306, pairs
 * CAN→CHN` follows measures on 2306 from Canada into China and nothing else, and `scopes 2306,
 * actors carney` follows measures on 2306 and, separately, what Carney says and attends.
 */
import { codesOverlap, scopesOverlap } from '../hs.ts';
import type { HsCode, ProductScope } from '../hs.ts';
import { targetsOrigin } from '../measures.ts';
import type { Measure } from '../model/measure.ts';
import type { Pair, Watchlist } from './model.ts';

/** The part of a watchlist that decides what it follows. */
export type Criteria = Pick<Watchlist, 'scopes' | 'pairs' | 'kinds' | 'channels' | 'actors'>;

/** What a measure needs to be matched: its kind, imposer, targets and scope. */
export type MeasureFacts = Pick<Measure, 'id' | 'kind' | 'imposer' | 'targets' | 'scope'>;

/** What a change is about, for routing it to the watchlists it concerns. */
export type Subject =
  | { readonly sort: 'measure'; readonly measure: MeasureFacts }
  | { readonly sort: 'channel'; readonly channel: string }
  | {
      readonly sort: 'talks';
      readonly channel: string | undefined;
      readonly actors: readonly string[];
    }
  | { readonly sort: 'statement'; readonly speaker: string };

/** True when a watchlist names nothing at all (such a watchlist is refused at the edge). */
export const isEmptyCriteria = (c: Criteria): boolean =>
  c.scopes.length + c.pairs.length + c.kinds.length + c.channels.length + c.actors.length === 0;

/**
 * True when a watched HS prefix and a measure's scope share a line: either code may be the
 * longer one (a watch on 2306 matches a measure on 230641 and one on 23), and a measure's
 * exclusions are honoured where they cover the whole of the watched prefix.
 *
 * @example
 * scopeConcerns('030612', { include: ['0306'] }); // true
 * scopeConcerns('2306', { include: ['23'], exclude: ['2306'] }); // false
 */
export function scopeConcerns(watched: HsCode, scope: ProductScope): boolean {
  return scopesOverlap({ include: [watched] }, scope);
}

/** The directions a pair follows: from → to, and to → from when `both`. */
export function directions(p: Pair): readonly (readonly [from: string, to: string])[] {
  return p.both
    ? [
        [p.from, p.to],
        [p.to, p.from],
      ]
    : [[p.from, p.to]];
}

/**
 * True when a measure of imposer I targeting origins O concerns the pair from → to: to = I and
 * from ∈ O (or O is '*'); with `both`, the reverse direction counts too.
 */
export function pairConcerns(p: Pair, m: Pick<MeasureFacts, 'imposer' | 'targets'>): boolean {
  return directions(p).some(([from, to]) => to === m.imposer && targetsOrigin(m.targets, from));
}

function measureConcerns(c: Criteria, m: MeasureFacts): boolean {
  if (c.scopes.length + c.pairs.length + c.kinds.length === 0) return false;
  if (c.kinds.length > 0 && !c.kinds.includes(m.kind)) return false;
  if (c.pairs.length > 0 && !c.pairs.some((p) => pairConcerns(p, m))) return false;
  return c.scopes.length === 0 || c.scopes.some((s) => scopeConcerns(s, m.scope));
}

function talksConcern(c: Criteria, channel: string | undefined, actors: readonly string[]) {
  if (c.channels.length + c.actors.length === 0) return false;
  if (c.channels.length > 0 && (channel === undefined || !c.channels.includes(channel)))
    return false;
  return c.actors.length === 0 || c.actors.some((a) => actors.includes(a));
}

/**
 * True when the subject of a change concerns the watchlist (see the table above).
 *
 * @example
 * concerns(meal, { sort: 'measure', measure: annex1 }); // true: 2306, CAN → CHN
 * concerns(meal, { sort: 'statement', speaker: 'carney' }); // false: meal names no actor
 */
export function concerns(c: Criteria, s: Subject): boolean {
  switch (s.sort) {
    case 'measure':
      return measureConcerns(c, s.measure);
    case 'channel':
      return c.channels.includes(s.channel);
    case 'talks':
      return talksConcern(c, s.channel, s.actors);
    case 'statement':
      return c.actors.includes(s.speaker);
  }
}

/**
 * The lines a watchlist follows within a measure's scope: each watched prefix that overlaps
 * the scope, narrowed to the measure's own prefix when that is the longer one; the measure's
 * prefixes when the watchlist names no scope.
 *
 * @example
 * watchedLines(['2306'], { include: ['230641', '1514'] }); // ['230641']
 * watchedLines(['230641'], { include: ['23'] }); // ['230641']
 */
export function watchedLines(scopes: readonly HsCode[], scope: ProductScope): HsCode[] {
  if (scopes.length === 0) return [...new Set(scope.include)];
  const lines = new Set<HsCode>();
  for (const s of scopes) {
    if (!scopeConcerns(s, scope)) continue;
    for (const p of scope.include) {
      if (!codesOverlap(s, p)) continue;
      const narrower = s.length >= p.length ? s : p;
      if (!(scope.exclude ?? []).some((x) => narrower.startsWith(x))) lines.add(narrower);
    }
  }
  return [...lines].sort();
}

/**
 * The directions (from, to) a watchlist follows for a measure: its pairs that the measure
 * concerns, or, when it names no pair, the measure's imposer from each listed origin (a measure
 * on any origin names no direction of its own).
 */
export function watchedDirections(
  pairs: readonly Pair[],
  m: Pick<MeasureFacts, 'imposer' | 'targets'>,
): (readonly [from: string, to: string])[] {
  const out = new Map<string, readonly [string, string]>();
  if (pairs.length === 0) {
    if (m.targets.origins === '*') return [];
    for (const o of m.targets.origins)
      if (!m.targets.except?.includes(o)) out.set(`${o}>${m.imposer}`, [o, m.imposer]);
  } else {
    for (const p of pairs)
      for (const [from, to] of directions(p))
        if (to === m.imposer && targetsOrigin(m.targets, from))
          out.set(`${from}>${to}`, [from, to]);
  }
  return [...out.values()];
}
