/** The index finds exactly the watchlists a scan finds, on random watchlists and records. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURE_KINDS } from '../model/measure.ts';
import { measure } from '../test-records.ts';
import type { Subject } from './match.ts';
import { watchlist } from './test-world.ts';
import { WatchIndex } from './watch-index.ts';

const COUNTRIES = ['CAN', 'CHN', 'USA'] as const;
/** Codes built from few digits, so prefixes of random watchlists and measures meet often. */
const code = fc
  .tuple(
    fc.array(fc.constantFrom('0', '2', '3', '6'), { minLength: 10, maxLength: 10 }),
    fc.constantFrom(2, 4, 6, 8, 10),
  )
  .map(([digits, n]) => digits.join('').slice(0, n));
const pair = fc.record(
  { from: fc.constantFrom(...COUNTRIES), to: fc.constantFrom(...COUNTRIES), both: fc.boolean() },
  { requiredKeys: ['from', 'to'] },
);
const kind = fc.constantFrom(...MEASURE_KINDS.slice(0, 4));
const ids = fc.constantFrom('a', 'b', 'c', 'd');

const arbWatchlist = (i: number) =>
  fc
    .record({
      scopes: fc.array(code, { maxLength: 3 }),
      pairs: fc.array(pair, { maxLength: 2 }),
      kinds: fc.array(kind, { maxLength: 2 }),
      channels: fc.array(ids, { maxLength: 2 }),
      actors: fc.array(ids, { maxLength: 2 }),
    })
    .map((c) => watchlist({ id: `w${i}`, ...c }));

const arbSubject: fc.Arbitrary<Subject> = fc.oneof(
  fc
    .record({
      kind,
      imposer: fc.constantFrom(...COUNTRIES),
      origins: fc.oneof(
        fc.constant('*' as const),
        fc.array(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 2 }),
      ),
      except: fc.option(fc.array(fc.constantFrom(...COUNTRIES), { maxLength: 1 }), {
        nil: undefined,
      }),
      include: fc.array(code, { minLength: 1, maxLength: 3 }),
      exclude: fc.option(fc.array(code, { maxLength: 2 }), { nil: undefined }),
    })
    .map((r) => ({
      sort: 'measure' as const,
      measure: measure({
        id: 'm',
        kind: r.kind,
        imposer: r.imposer,
        targets: { origins: r.origins, ...(r.except ? { except: r.except } : {}) },
        scope: { include: r.include, ...(r.exclude ? { exclude: r.exclude } : {}) },
      }),
    })),
  ids.map((channel) => ({ sort: 'channel' as const, channel })),
  fc
    .record({
      channel: fc.option(ids, { nil: undefined }),
      actors: fc.array(ids, { maxLength: 3 }),
    })
    .map((t) => ({ sort: 'talks' as const, ...t })),
  ids.map((speaker) => ({ sort: 'statement' as const, speaker })),
);

describe('WatchIndex', () => {
  it('gives the same watchlists as a scan of every watchlist', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 40 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbWatchlist(i)))),
        fc.array(arbSubject, { minLength: 1, maxLength: 10 }),
        (watchlists, subjects) => {
          const index = new WatchIndex(watchlists);
          for (const s of subjects) {
            const ids = (ws: readonly { id: string }[]) => ws.map((w) => w.id);
            expect(ids(index.concerned(s))).toEqual(ids(index.scan(s)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds a narrower watch from a wider measure and a wider watch from a narrower one', () => {
    const narrow = watchlist({ id: 'narrow', scopes: ['230641'] });
    const wide = watchlist({ id: 'wide', scopes: ['23'] });
    const other = watchlist({ id: 'other', scopes: ['0306'] });
    const index = new WatchIndex([narrow, wide, other]);
    const on = (include: string[]) =>
      index.concerned({ sort: 'measure', measure: measure({ id: 'm', scope: { include } }) });
    expect(on(['2306']).map((w) => w.id)).toEqual(['narrow', 'wide']);
    expect(on(['23064100']).map((w) => w.id)).toEqual(['narrow', 'wide']);
    expect(on(['030612']).map((w) => w.id)).toEqual(['other']);
  });
});
