/**
 * The watchlist index: finds the watchlists a change concerns without examining every one.
 * Each watchlist is filed under one key per criterion sort it names (its HS prefixes, or failing
 * those its pairs' importers, or failing those its kinds; its channels; its actors). A change
 * looks up only the keys its record can match, then each candidate is checked with the exact
 * rule of `match.ts`, so the index answers exactly what a scan would.
 *
 * HS prefixes are filed twice over: under the prefix itself (a watch on 2306 is found from a
 * measure on 230641 by looking up 23, 2306, 230641) and under each of its shorter prefixes (a
 * watch on 230641 is found from a measure on 2306 by looking up 2306). A measure's prefix thus
 * costs at most six map reads, whatever the number of watchlists.
 */
import type { HsCode } from '../hs.ts';
import { concerns, directions } from './match.ts';
import type { Criteria, Subject } from './match.ts';

const LENGTHS = [2, 4, 6, 8, 10] as const;
const NONE: readonly never[] = Object.freeze([]);

type Indexed = Criteria & { readonly id: string };

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class WatchIndex<W extends Indexed = Indexed> {
  /** Watchlists by each watched HS prefix. */
  private readonly byScope = new Map<HsCode, W[]>();
  /** Watchlists by each strictly shorter prefix of a watched HS prefix. */
  private readonly byScopeAncestor = new Map<HsCode, W[]>();
  /** Watchlists that name pairs but no scope, by the importer of each direction. */
  private readonly byImporter = new Map<string, W[]>();
  /** Watchlists that name only kinds among the measure criteria, by kind. */
  private readonly byKind = new Map<string, W[]>();
  private readonly byChannel = new Map<string, W[]>();
  private readonly byActor = new Map<string, W[]>();
  /** Each watchlist's position, so answers keep the given order. */
  private readonly position = new Map<W, number>();

  /**
   * @example
   * const index = new WatchIndex(watchlists);
   * index.concerned({ sort: 'measure', measure }); // the watchlists the measure concerns
   */
  constructor(readonly watchlists: readonly W[]) {
    for (const w of watchlists) {
      this.position.set(w, this.position.size);
      if (w.scopes.length > 0) {
        for (const s of new Set(w.scopes)) {
          push(this.byScope, s, w);
          for (const len of LENGTHS)
            if (len < s.length) push(this.byScopeAncestor, s.slice(0, len), w);
        }
      } else if (w.pairs.length > 0) {
        const importers = new Set(w.pairs.flatMap((p) => directions(p).map(([, to]) => to)));
        for (const to of importers) push(this.byImporter, to, w);
      } else {
        for (const k of new Set(w.kinds)) push(this.byKind, k, w);
      }
      for (const c of new Set(w.channels)) push(this.byChannel, c, w);
      for (const a of new Set(w.actors)) push(this.byActor, a, w);
    }
  }

  /** The watchlists the subject concerns, in the order they were given. */
  concerned(subject: Subject): W[] {
    const found = new Set<W>();
    const check = (list: readonly W[] | undefined) => {
      for (const w of list ?? NONE) if (!found.has(w) && concerns(w, subject)) found.add(w);
    };
    switch (subject.sort) {
      case 'measure': {
        const m = subject.measure;
        for (const p of m.scope.include) {
          for (const len of LENGTHS) if (len <= p.length) check(this.byScope.get(p.slice(0, len)));
          check(this.byScopeAncestor.get(p));
        }
        check(this.byImporter.get(m.imposer));
        check(this.byKind.get(m.kind));
        break;
      }
      case 'channel':
        check(this.byChannel.get(subject.channel));
        break;
      case 'talks':
        if (subject.channel !== undefined) check(this.byChannel.get(subject.channel));
        for (const a of subject.actors) check(this.byActor.get(a));
        break;
      case 'statement':
        check(this.byActor.get(subject.speaker));
        break;
    }
    if (found.size < 2) return [...found];
    const at = (w: W) => this.position.get(w) ?? 0;
    return [...found].sort((a, b) => at(a) - at(b));
  }

  /** The baseline: every watchlist examined. Gives the same answer as `concerned`. */
  scan(subject: Subject): W[] {
    return this.watchlists.filter((w) => concerns(w, subject));
  }
}
