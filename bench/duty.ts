/**
 * Duty lookup benchmark. Builds a synthetic world deterministically (200 countries, 5,000 HS6
 * codes, national 8/10-digit schedules for 10 importers, 20,000 measures with random prefix
 * scopes and dates), builds the DutyIndex, and times 1,000,000 random `index.lookup` calls on
 * one thread. As a baseline it times the same engine with the `scan` planner, which finds
 * candidate measures by examining every measure on every lookup and keeps
 * nothing between lookups (everything after candidate finding is shared, so both give the same
 * answers; this is checked on 2,000 queries, next change included, before any timing). It also
 * times lookups that read the next scheduled change, which the engine works out on demand.
 * Goals: ≥ 1,000,000 lookups/s and ≥ 100× the naive scan.
 *
 * Run: `npm run bench:duty` (that is `tsx bench/duty.ts`), or `npx tsx bench/duty.ts --json`
 * for one JSON object with the figures. Takes well under a minute.
 */
import type { DutyAnswer, DutyQuery, LineDuty } from '../src/core/duty/answer.ts';
import { DutyIndex } from '../src/core/duty/duty-index.ts';
import { syntheticQueries, syntheticWorld } from './synthetic-world.ts';

const SEED = 20_250_901;
const QUERIES = 1_000_000;
const WARM_UP = 100_000;
const NAIVE_QUERIES = 10_000;
/** Distinct queries in the hot-set run, where the working set fits in the CPU caches. */
const HOT_SET = 1_000;
const CHECKED_QUERIES = 2_000;
const GOAL_RATE = 1_000_000;
const GOAL_RATIO = 100;
const json = process.argv.includes('--json');

const log = (line: string) => {
  if (!json) console.log(line);
};
const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const linesOf = (a: DutyAnswer): readonly LineDuty[] => (a.kind === 'line' ? [a] : a.lines);

/** Sum of the totals of an answer: what the sink accumulates. */
function totalOf(a: DutyAnswer): number {
  if (a.kind === 'line') return a.total.bp;
  let sum = 0;
  for (const l of a.lines) sum += l.total.bp;
  return sum;
}

/** What must agree between the engine and the baseline. */
function signature(a: DutyAnswer): string {
  return `${a.kind} ${linesOf(a)
    .map(
      (l) =>
        `${l.line}=${l.total.bp} base:${l.base?.baseRateId ?? '-'} layers:${l.layers.map((x) => `${x.measureId}/${x.bp}`).join(',')} removed:${l.removed.map((r) => ('measureId' in r.layer ? r.layer.measureId : r.layer.baseRateId) + '/' + r.reason).join(',')} conditional:${l.conditional.map((c) => c.layer.measureId).join(',')} outcomes:${(l.outcomes ?? []).map((o) => o.total.bp).join(',')} next:${l.next?.date ?? '-'}/${l.next?.total.bp ?? '-'} warnings:${l.warnings.length}`,
    )
    .join(' | ')}`;
}

/** Total plus the day of the next change: forces the next change to be worked out. */
function withNextOf(a: DutyAnswer): number {
  let sum = 0;
  for (const l of linesOf(a)) sum += l.total.bp + (l.next ? 1 : 0);
  return sum;
}

function timeLookups(
  lookup: (q: DutyQuery) => DutyAnswer,
  queries: readonly DutyQuery[],
  count: number,
  read: (a: DutyAnswer) => number = totalOf,
): { seconds: number; perSecond: number; sink: number } {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) sink += read(lookup(queries[i % queries.length] as DutyQuery));
  const seconds = elapsedMs(start) / 1000;
  return { seconds, perSecond: count / seconds, sink };
}

function main(): number {
  let t = process.hrtime.bigint();
  const world = syntheticWorld({ seed: SEED });
  const worldMs = elapsedMs(t);
  const nationalLineCount = [...world.nationalLines.values()].reduce((s, l) => s + l.length, 0);
  log(
    `world: ${world.countries.length} countries, ${fmt(world.hs6.length)} HS6 codes, ` +
      `${fmt(nationalLineCount)} national lines for ${world.nationalLines.size} importers ` +
      `(${fmt(world.lines.length)} distinct lines), ${fmt(world.measures.length)} measures, ` +
      `${fmt(world.baseRates.length)} base rates; generated in ${fmt(worldMs)} ms`,
  );

  const input = { measures: world.measures, baseRates: world.baseRates };
  t = process.hrtime.bigint();
  const index = DutyIndex.build(input);
  const buildMs = elapsedMs(t);
  log(`index build: ${buildMs.toFixed(0)} ms`);
  // The baseline: the same engine, but every lookup examines every measure (a linear scan
  // over all of them) and keeps nothing between lookups.
  const naive = DutyIndex.build(input, { planner: 'scan' });

  t = process.hrtime.bigint();
  const queries = syntheticQueries(world, { seed: SEED + 1, count: QUERIES });
  log(`queries: ${fmt(queries.length)} generated in ${fmt(elapsedMs(t))} ms`);

  // The baseline must answer exactly as the engine does, or the ratio means nothing.
  const seen = { withLayers: 0, withRemoved: 0, withNext: 0, byLine: 0 };
  for (let i = 0; i < CHECKED_QUERIES; i++) {
    const q = queries[i] as DutyQuery;
    const answer = index.lookup(q);
    const a = signature(answer);
    const b = signature(naive.lookup(q));
    if (answer.kind === 'by-line') seen.byLine++;
    if (linesOf(answer).some((l) => l.layers.length > 0)) seen.withLayers++;
    if (linesOf(answer).some((l) => l.removed.length > 0)) seen.withRemoved++;
    if (linesOf(answer).some((l) => l.next !== null)) seen.withNext++;
    if (a !== b) {
      console.error(`the naive scan disagrees with the index on ${JSON.stringify(q)}`);
      console.error(`  index: ${a}`);
      console.error(`  naive: ${b}`);
      return 1;
    }
  }
  log(
    `check: the naive scan gives the same answers as the index on ${fmt(CHECKED_QUERIES)} queries ` +
      `(${seen.withLayers} with layers, ${seen.withRemoved} with removed layers, ` +
      `${seen.withNext} with a next change, ${seen.byLine} answered by line)`,
  );

  const engineLookup = (q: DutyQuery) => index.lookup(q);
  timeLookups(engineLookup, queries, WARM_UP);
  const engine = timeLookups(engineLookup, queries, QUERIES);
  log(
    `engine: ${fmt(engine.perSecond)} lookups/s (${fmt(QUERIES)} lookups in ${engine.seconds.toFixed(2)} s)`,
  );

  // The same number of lookups over a small set of distinct queries: what a lookup costs when
  // its data is in the CPU caches, against the random run above, which reads all over a
  // working set of several hundred MB and so waits on memory for most of its time.
  const hot = queries.slice(0, HOT_SET);
  timeLookups(engineLookup, hot, WARM_UP);
  const hotSet = timeLookups(engineLookup, hot, QUERIES);
  log(
    `engine, ${fmt(HOT_SET)} distinct queries repeated: ${fmt(hotSet.perSecond)} lookups/s (${hotSet.seconds.toFixed(2)} s)`,
  );

  const withNext = timeLookups(engineLookup, queries, QUERIES, withNextOf);
  log(
    `engine, reading the next scheduled change too: ${fmt(withNext.perSecond)} lookups/s (${withNext.seconds.toFixed(2)} s)`,
  );

  const naiveLookup = (q: DutyQuery) => naive.lookup(q);
  timeLookups(naiveLookup, queries, 500);
  const baseline = timeLookups(naiveLookup, queries, NAIVE_QUERIES);
  log(
    `naive linear scan: ${fmt(baseline.perSecond)} lookups/s (${fmt(NAIVE_QUERIES)} lookups in ${baseline.seconds.toFixed(2)} s)`,
  );

  const ratio = engine.perSecond / baseline.perSecond;
  const rateMet = engine.perSecond >= GOAL_RATE;
  const ratioMet = ratio >= GOAL_RATIO;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  log(`ratio: ${ratio.toFixed(1)}×`);
  log(`goal ≥ ${fmt(GOAL_RATE)} lookups/s: ${rateMet ? 'met' : 'NOT met'}`);
  log(`goal ≥ ${GOAL_RATIO}× the naive scan: ${ratioMet ? 'met' : 'NOT met'}`);
  log(`peak RSS: ${peakRssMb.toFixed(0)} MB`);
  log(`sink: ${engine.sink + hotSet.sink + withNext.sink + baseline.sink}`);

  if (json) {
    console.log(
      JSON.stringify({
        seed: SEED,
        node: process.version,
        world: {
          countries: world.countries.length,
          hs6: world.hs6.length,
          importersWithNationalLines: world.nationalLines.size,
          nationalLines: nationalLineCount,
          lines: world.lines.length,
          measures: world.measures.length,
          baseRates: world.baseRates.length,
        },
        worldMs: Math.round(worldMs),
        indexBuildMs: Math.round(buildMs),
        engine: {
          lookups: QUERIES,
          seconds: engine.seconds,
          lookupsPerSecond: Math.round(engine.perSecond),
        },
        engineHotSet: {
          distinctQueries: HOT_SET,
          lookups: QUERIES,
          seconds: hotSet.seconds,
          lookupsPerSecond: Math.round(hotSet.perSecond),
        },
        engineWithNextChange: {
          lookups: QUERIES,
          seconds: withNext.seconds,
          lookupsPerSecond: Math.round(withNext.perSecond),
        },
        naive: {
          lookups: NAIVE_QUERIES,
          seconds: baseline.seconds,
          lookupsPerSecond: Math.round(baseline.perSecond),
        },
        ratio: Number(ratio.toFixed(2)),
        goals: {
          lookupsPerSecond: { target: GOAL_RATE, met: rateMet },
          ratio: { target: GOAL_RATIO, met: ratioMet },
        },
        checked: { queries: CHECKED_QUERIES, ...seen },
        peakRssMb: Math.round(peakRssMb),
        sink: engine.sink + hotSet.sink + withNext.sink + baseline.sink,
      }),
    );
  }
  return 0;
}

process.exitCode = main();
