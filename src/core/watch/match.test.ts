/** Which records concern which watchlists. */
import { describe, expect, it } from 'vitest';
import { measure } from '../test-records.ts';
import { concerns, isEmptyCriteria, watchedDirections, watchedLines } from './match.ts';
import { watchlist } from './test-world.ts';

const m = (fields: Parameters<typeof measure>[0]) => ({
  sort: 'measure' as const,
  measure: measure(fields),
});

describe('HS scopes', () => {
  it('match both ways: a watch on 2306 matches a measure on 230641 and one on 23', () => {
    const w = watchlist({ id: 'w', scopes: ['2306'] });
    expect(concerns(w, m({ id: 'a', scope: { include: ['230641'] } }))).toBe(true);
    expect(concerns(w, m({ id: 'b', scope: { include: ['23'] } }))).toBe(true);
    expect(concerns(w, m({ id: 'c', scope: { include: ['2305', '1205'] } }))).toBe(false);
  });

  it('a watch on 030612 matches a measure on 0306, not one on 0307', () => {
    const w = watchlist({ id: 'w', scopes: ['030612'] });
    expect(concerns(w, m({ id: 'a', scope: { include: ['0306'] } }))).toBe(true);
    expect(concerns(w, m({ id: 'b', scope: { include: ['0307'] } }))).toBe(false);
  });

  it('honours a measure’s exclusion that covers the whole watched prefix', () => {
    const w = watchlist({ id: 'w', scopes: ['230690'] });
    const scope = { include: ['2306'], exclude: ['230690'] };
    expect(concerns(w, m({ id: 'a', scope }))).toBe(false);
    expect(concerns(watchlist({ id: 'v', scopes: ['2306'] }), m({ id: 'a', scope }))).toBe(true);
  });

  it('narrows the watched lines to the measure’s own prefixes', () => {
    expect(watchedLines(['2306'], { include: ['230641', '1514'] })).toEqual(['230641']);
    expect(watchedLines(['230641'], { include: ['23'] })).toEqual(['230641']);
    expect(watchedLines([], { include: ['1514', '2306'] })).toEqual(['1514', '2306']);
    expect(watchedLines(['0306'], { include: ['1514'] })).toEqual([]);
  });
});

describe('pairs', () => {
  const annex = m({ id: 'a', imposer: 'CHN', targets: { origins: ['CAN'] } });

  it('follow the imposer as the importing side and the origins as the exporting side', () => {
    expect(concerns(watchlist({ id: 'w', pairs: [{ from: 'CAN', to: 'CHN' }] }), annex)).toBe(true);
    expect(concerns(watchlist({ id: 'w', pairs: [{ from: 'CHN', to: 'CAN' }] }), annex)).toBe(
      false,
    );
  });

  it('follow both directions with both', () => {
    const w = watchlist({ id: 'w', pairs: [{ from: 'CHN', to: 'CAN', both: true }] });
    expect(concerns(w, annex)).toBe(true);
    expect(watchedDirections(w.pairs, annex.measure)).toEqual([['CAN', 'CHN']]);
  });

  it('match a measure on any origin, except the origins it exempts', () => {
    const any = m({ id: 'b', imposer: 'CAN', targets: { origins: '*', except: ['USA'] } });
    expect(concerns(watchlist({ id: 'w', pairs: [{ from: 'CHN', to: 'CAN' }] }), any)).toBe(true);
    expect(concerns(watchlist({ id: 'w', pairs: [{ from: 'USA', to: 'CAN' }] }), any)).toBe(false);
    expect(watchedDirections([], any.measure)).toEqual([]);
  });
});

describe('combining criteria', () => {
  const onMeal = m({ id: 'a', kind: 'tariff', scope: { include: ['2306'] } });

  it('every criterion named must match', () => {
    const meal = watchlist({ id: 'w', scopes: ['2306'], pairs: [{ from: 'CAN', to: 'CHN' }] });
    expect(concerns(meal, onMeal)).toBe(true);
    expect(concerns({ ...meal, kinds: ['anti-dumping'] }, onMeal)).toBe(false);
    expect(concerns({ ...meal, pairs: [{ from: 'USA', to: 'CHN' }] }, onMeal)).toBe(false);
  });

  it('criteria left empty do not constrain: kinds alone follow every measure of the kind', () => {
    expect(concerns(watchlist({ id: 'w', kinds: ['tariff'] }), onMeal)).toBe(true);
  });

  it('criteria that do not apply to a record are ignored; one that applies must be named', () => {
    const both = watchlist({ id: 'w', scopes: ['2306'], actors: ['carney'] });
    expect(concerns(both, onMeal)).toBe(true);
    expect(concerns(both, { sort: 'statement', speaker: 'carney' })).toBe(true);
    expect(concerns(both, { sort: 'statement', speaker: 'li' })).toBe(false);
    const meal = watchlist({ id: 'v', scopes: ['2306'] });
    expect(concerns(meal, { sort: 'statement', speaker: 'carney' })).toBe(false);
    expect(concerns(meal, { sort: 'channel', channel: 'leaders' })).toBe(false);
    expect(concerns(watchlist({ id: 'x', actors: ['carney'] }), onMeal)).toBe(false);
  });

  it('talks: an engagement in a watched channel, or with a watched actor; both when both are named', () => {
    const talks = (channel: string | undefined, actors: string[]) =>
      ({ sort: 'talks', channel, actors }) as const;
    const byChannel = watchlist({ id: 'w', channels: ['jetc'] });
    const byActor = watchlist({ id: 'v', actors: ['carney'] });
    const byBoth = watchlist({ id: 'x', channels: ['jetc'], actors: ['carney'] });
    expect(concerns(byChannel, talks('jetc', ['li']))).toBe(true);
    expect(concerns(byChannel, talks(undefined, ['li']))).toBe(false);
    expect(concerns(byActor, talks(undefined, ['li', 'carney']))).toBe(true);
    expect(concerns(byBoth, talks('jetc', ['li']))).toBe(false);
    expect(concerns(byBoth, talks('jetc', ['carney']))).toBe(true);
    expect(concerns(byChannel, { sort: 'channel', channel: 'jetc' })).toBe(true);
    expect(concerns(byActor, { sort: 'channel', channel: 'jetc' })).toBe(false);
  });

  it('a watchlist that names nothing is empty', () => {
    expect(isEmptyCriteria(watchlist({ id: 'w' }))).toBe(true);
    expect(isEmptyCriteria(watchlist({ id: 'w', actors: ['a'] }))).toBe(false);
  });
});
