/**
 * Watchlist benchmark. Builds a synthetic world deterministically (50,000 measures over 200
 * countries and 5,000 HS6 codes, with national schedules for the duty engine) and 10,000
 * synthetic watchlists (HS prefixes of 2 to 8 digits, pairs, kinds, some channels and actors),
 * then times:
 *
 * 1. the changes one new measure causes: its history entry becomes a `measure-new` change and
 *    is routed to the watchlists it concerns through the index (goal < 50 ms), timed over 500
 *    new measures; the baseline, in the same run, routes the same changes by examining every
 *    watchlist (a scan), with the ratio;
 * 2. a day's scheduled changes: every measure starting or ending on a day, routed, with the
 *    duty changes they cause on each watched line and pair (the duty engine's two lookups per
 *    line), through the index and through the scan.
 *
 * Both paths are checked to find the same changes for every watchlist before any timing.
 * Run: `npm run bench:watch` (that is `tsx bench/watch.ts`), or `npx tsx bench/watch.ts --json`.
 */
import { addDays } from '../src/core/dates.ts';
import { DutyIndex } from '../src/core/duty/duty-index.ts';
import { measureEnds } from '../src/core/measures.ts';
import type { Measure } from '../src/core/model/measure.ts';
import { MEASURE_KINDS } from '../src/core/model/measure.ts';
import { MeasureCalendar } from '../src/core/watch/calendar.ts';
import { detectChanges } from '../src/core/watch/detect.ts';
import { historyChanges } from '../src/core/watch/history-changes.ts';
import type { HistoryEntry } from '../src/core/watch/history-changes.ts';
import type { Criteria, Subject } from '../src/core/watch/match.ts';
import type { Change, Pair } from '../src/core/watch/model.ts';
import { WatchIndex } from '../src/core/watch/watch-index.ts';
import type { WatchWorld } from '../src/core/watch/world.ts';
import { mulberry32, syntheticWorld } from './synthetic-world.ts';

const SEED = 20_261_129;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MEASURES = arg('measures', 50_000);
const NEW_MEASURES = 500;
const WATCHLISTS = arg('watchlists', 10_000);
const GOAL_MS = 50;
const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

type W = Criteria & { readonly id: string };

/** The same index answering by a scan of every watchlist: the baseline. */
class ScanIndex extends WatchIndex<W> {
  override concerned(subject: Subject): W[] {
    return this.scan(subject);
  }
}

// --- the world: 50,000 measures, plus 500 more held back as "new" ones --------------------
/** Duty engine calls, and the lines they answered (a short code answers each line under it). */
let lookups = 0;
let linesAnswered = 0;
let t = process.hrtime.bigint();
const synthetic = syntheticWorld({ seed: SEED, measures: MEASURES + NEW_MEASURES });
const measures = synthetic.measures.slice(0, MEASURES);
const fresh = synthetic.measures.slice(MEASURES);
const duty = DutyIndex.build({ measures, baseRates: synthetic.baseRates });
const endOf = measureEnds(measures);
const world: WatchWorld = {
  measures,
  channels: [],
  engagements: [],
  endOf,
  calendar: new MeasureCalendar(measures, endOf),
  dossierOf: () => 'synthetic',
  source: (id) => ({ id, title: id }),
  titleOf: (id) => id,
  engagement: () => undefined,
  duty: (q) => {
    lookups++;
    const a = duty.lookup(q);
    linesAnswered += a.kind === 'line' ? 1 : a.lines.length;
    return a;
  },
};
const worldMs = ms(t);

// --- 10,000 watchlists ----------------------------------------------------------------------
const rng = mulberry32(SEED + 1);
const int = (n: number) => Math.floor(rng() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
const importers = [...synthetic.nationalLines.keys()];
const watchlists: W[] = Array.from({ length: WATCHLISTS }, (_, i) => {
  const r = rng();
  const scopes =
    r < 0.9
      ? Array.from({ length: 1 + int(3) }, () =>
          pick(synthetic.hs6).slice(0, pick([2, 4, 4, 6, 6, 6])),
        )
      : [];
  const pairs: Pair[] =
    rng() < 0.7
      ? Array.from({ length: 1 + int(2) }, () => ({
          from: pick(synthetic.countries),
          to: pick(importers),
          ...(rng() < 0.2 ? { both: true } : {}),
        }))
      : [];
  const kinds =
    rng() < 0.15 || (scopes.length === 0 && pairs.length === 0) ? [pick(MEASURE_KINDS)] : [];
  return {
    id: `wl-${i}`,
    scopes,
    pairs,
    kinds,
    channels: rng() < 0.05 ? [`channel-${int(50)}`] : [],
    actors: rng() < 0.05 ? [`actor-${int(200)}`] : [],
  };
});
t = process.hrtime.bigint();
const index = new WatchIndex<W>(watchlists);
const indexMs = ms(t);
const scan = new ScanIndex(watchlists);

// --- 1. one new measure ---------------------------------------------------------------------
const entryOf = (m: Measure, i: number): HistoryEntry => ({
  dossier: 'synthetic',
  collection: 'measures',
  id: m.id,
  version: 1,
  op: 'create',
  at: `2026-11-29T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
  data: m,
  previous: null,
});

/** The changes one new measure causes, by watchlist: derive, then route through `via`. */
function newMeasure(m: Measure, i: number, via: WatchIndex<W>): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const d of historyChanges([entryOf(m, i)], world)) {
    for (const s of d.subjects)
      for (const w of via.concerned(s)) out.set(w.id, [...(out.get(w.id) ?? []), d.change]);
  }
  return out;
}

const signature = (found: Map<string, Change[]>) =>
  [...found]
    .filter(([, cs]) => cs.length > 0)
    .map(([id, cs]) => `${id}:${cs.map((c) => c.id).join(',')}`)
    .sort()
    .join('|');

const phase = (what: string) => {
  if (process.argv.includes('--verbose')) console.error(`${new Date().toISOString()} ${what}`);
};
phase('checking the index against the scan');
let hits = 0;
fresh.forEach((m, i) => {
  const a = newMeasure(m, i, index);
  if (signature(a) !== signature(newMeasure(m, i, scan)))
    throw new Error(`index and scan disagree on new measure ${m.id}`);
  hits += a.size;
});

/** A full collection before each timed run, when node runs with --expose-gc. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Wall time and CPU time (this process, all threads) of each new measure, in ms. CPU time
 * leaves out the time the process waits for a core, which a shared machine adds to wall time.
 */
function timeEach(via: WatchIndex<W>): { wall: number[]; cpu: number[] } {
  collect();
  const wall: number[] = [];
  const cpu: number[] = [];
  fresh.forEach((m, i) => {
    const start = process.hrtime.bigint();
    const used = process.cpuUsage();
    newMeasure(m, i, via);
    const spent = process.cpuUsage(used);
    wall.push(ms(start));
    cpu.push((spent.user + spent.system) / 1000);
  });
  const up = (xs: number[]) => xs.sort((a, b) => a - b);
  return { wall: up(wall), cpu: up(cpu) };
}
timeEach(index); // warm-up
const { wall: indexed, cpu: indexedCpu } = timeEach(index);
const { wall: scanned, cpu: scannedCpu } = timeEach(scan);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? Number.NaN;
const p99 = (xs: number[]) => xs[Math.floor(xs.length * 0.99)] ?? Number.NaN;

phase('day');
// --- 2. a day's scheduled changes -----------------------------------------------------------
const starts = new Map<string, number>();
for (const m of measures) starts.set(m.dates.effective, (starts.get(m.dates.effective) ?? 0) + 1);
/** A typical day: the median number of starts among the days of 2024 and 2025 with any. */
const typical = [...starts]
  .filter(([d]) => d >= '2024-01-01' && d <= '2025-12-31')
  .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
const day = typical[Math.floor(typical.length / 2)]?.[0] ?? '2025-01-01';
const window = { since: `${addDays(day, -1)}T23:59:59.999Z`, until: `${day}T23:59:59.999Z` };
const dayOf = (via: WatchIndex<W>) => detectChanges(world, [], window, watchlists, via);
lookups = 0;
linesAnswered = 0;
const byIndex = dayOf(index);
const dayLookups = { calls: lookups, lines: linesAnswered };
if (signature(byIndex) !== signature(dayOf(scan)))
  throw new Error(`index and scan disagree on the changes of ${day}`);
const dayChanges = [...byIndex.values()].reduce((n, cs) => n + cs.length, 0);
const dayWatchlists = [...byIndex.values()].filter((cs) => cs.length > 0).length;
const dayDuty = [...byIndex.values()].reduce(
  (n, cs) => n + cs.filter((c) => c.kind === 'duty').length,
  0,
);
const timeDay = (via: WatchIndex<W>, runs: number) => {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = process.hrtime.bigint();
    dayOf(via);
    xs.push(ms(start));
  }
  return median(xs.sort((a, b) => a - b));
};
timeDay(index, 2);
const dayIndexed = timeDay(index, 7);
const dayScanned = timeDay(scan, 3);

const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
const figures = {
  heapMb,
  measures: MEASURES,
  watchlists: WATCHLISTS,
  worldBuildMs: worldMs,
  indexBuildMs: indexMs,
  newMeasure: {
    measures: NEW_MEASURES,
    watchlistsHitPerMeasure: hits / NEW_MEASURES,
    indexMedianMs: median(indexed),
    indexP99Ms: p99(indexed),
    indexCpuMedianMs: median(indexedCpu),
    indexCpuP99Ms: p99(indexedCpu),
    scanMedianMs: median(scanned),
    scanP99Ms: p99(scanned),
    scanCpuMedianMs: median(scannedCpu),
    ratio: median(scanned) / median(indexed),
    goalMs: GOAL_MS,
  },
  day: {
    day,
    measuresStarting: starts.get(day) ?? 0,
    changes: dayChanges,
    dutyChanges: dayDuty,
    watchlistsHit: dayWatchlists,
    dutyLookups: dayLookups.calls,
    dutyLinesAnswered: dayLookups.lines,
    indexMs: dayIndexed,
    scanMs: dayScanned,
    ratio: dayScanned / dayIndexed,
  },
};

if (json) console.log(JSON.stringify(figures, null, 2));
log(
  `world: ${MEASURES.toLocaleString('en-US')} measures, built with the duty index in ${fmt(worldMs, 0)} ms`,
);
log(`heap in use: ${fmt(heapMb, 0)} MB`);
log(`watchlists: ${WATCHLISTS.toLocaleString('en-US')}, index built in ${fmt(indexMs)} ms`);
log('');
log(
  `one new measure → its changes for every watchlist (${NEW_MEASURES} measures, ${fmt(hits / NEW_MEASURES, 1)} watchlists hit each)`,
);
log(
  `  index: median ${fmt(median(indexed), 3)} ms, p99 ${fmt(p99(indexed), 3)} ms wall; CPU median ${fmt(median(indexedCpu), 3)} ms, p99 ${fmt(p99(indexedCpu), 3)} ms  (goal < ${GOAL_MS} ms: ${median(indexed) < GOAL_MS ? 'met' : 'NOT met'} at the median, ${p99(indexed) < GOAL_MS ? 'met' : 'NOT met'} at p99)`,
);
log(
  `  scan:  median ${fmt(median(scanned), 3)} ms, p99 ${fmt(p99(scanned), 3)} ms wall; CPU median ${fmt(median(scannedCpu), 3)} ms`,
);
log(`  index is ${fmt(figures.newMeasure.ratio, 0)}× faster than the scan`);
log('');
log(
  `a day's scheduled changes (${day}: ${starts.get(day) ?? 0} measures start; ${dayChanges} changes, ${dayDuty} of them duty, for ${dayWatchlists} watchlists)`,
);
log(
  `  duty engine: ${dayLookups.calls} lookups answering ${dayLookups.lines} lines (the day before and the day, per watched line and pair)`,
);
log(
  `  index: ${fmt(dayIndexed, 1)} ms   scan: ${fmt(dayScanned, 1)} ms   ratio ${fmt(figures.day.ratio, 1)}×`,
);
