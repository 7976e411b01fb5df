/**
 * Trade-flows benchmark, on a synthetic BACI file of 10,000,000 rows (one year, 2023)
 * written by the project's own generator (src/flows/synth.ts) into a temporary folder, and the
 * synthetic world's 20,000 measures (bench/synthetic-world.ts). Each phase runs in its own child
 * process, so its peak RSS (`process.resourceUsage().maxRSS`) is its own. It measures:
 *
 * - import: `importFlowFiles` (what `detente flows import` runs: validation, country codes,
 *   bad-row accounting, Parquet partitioned by year) in rows/s, against DuckDB's own
 *   `COPY (SELECT * FROM read_csv(…)) TO '….parquet'` on the same file with the same thread and
 *   memory limits (the engine's limit; run before and after the import, the faster run counts).
 *   Goals: ≥ 0.8× of the engine; peak RSS < 1.5 GB.
 * - coverage of all measures (Global Trade Alert's max-share rule, base year 2023, years
 *   2015–2027, each measure's share of a year counting only the days it was levied on a tuple:
 *   the world's suspensions and exemptions lift the measures they name on part of their reach):
 *   the project's `coverageTables` (per-measure, per-year, per-pair and per-chapter tables)
 *   against one hand-written DuckDB query giving the per-year figures (checked to agree; it
 *   merges the lifted days in SQL itself), goal within 1.3× of its time; and against the plain JavaScript loop `coverageByLoop` over the
 *   base year's rows, run on a sample of rows and scaled linearly to all of them, goal ≥ 20×
 *   faster. The whole use case, as the `coverage()` service runs it (`coverageSpecs` over the
 *   measures, then a fresh connection, the view and `coverageTables`), has the goal < 5 s; its two
 *   parts are timed separately (the service itself is not called, as it would build the specs a
 *   second time).
 * - simulation of one importer's whole schedule: the `simulate()` service with a 50 % linear cut
 *   on every line and partner of the importer with the most flows (China in the synthetic file),
 *   tariffs from the duty engine over the world's measures and base rates. Goal < 2 s.
 *
 * Every timed part also reports the CPU seconds its process spent (all threads, DuckDB's
 * included): on a machine other processes load, wall time stretches while CPU time stays close
 * to the work done; the goals themselves are on wall time.
 *
 * Run: `npm run bench:flows` (that is `tsx bench/flows.ts`); `--rows N` for a smaller file
 * (default 10,000,000), `--loop-sample N` rows for the JavaScript loop (default 1,000), `--json`
 * for one JSON object on stdout. The default run takes a few minutes on two cores; every ratio
 * compares figures measured in the same run, since other processes may share the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoverageFlow, CoverageSpec } from '../src/core/flows/coverage-rule.ts';
import { coverageByLoop, coverageSpecs } from '../src/core/flows/coverage-rule.ts';
import { dayNumber } from '../src/core/dates.ts';
import { daysInYear, shareOfYear } from '../src/core/flows/share-of-year.ts';
import type { Dossier } from '../src/core/model/dossier.ts';
import { coverageTables } from '../src/flows/coverage.ts';
import type { YearCoverage } from '../src/flows/coverage.ts';
import { Duck, lit } from '../src/flows/duckdb.ts';
import { importFlowFiles } from '../src/flows/import.ts';
import { synthesizeBaci } from '../src/flows/synth.ts';
import { openFlowsView } from '../src/flows/view.ts';
import { Catalog } from '../src/services/catalog.ts';
import { simulate } from '../src/services/flows-simulate.ts';
import { syntheticWorld } from './synthetic-world.ts';

const SEED = 42;
const MEASURES = 20_000;
const YEAR = 2023;
const COVERAGE_YEARS = Array.from({ length: 13 }, (_, i) => 2015 + i);
const SIM_IMPORTER = 'CHN';
const SIM_ON = '2025-06-01';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const seconds = (start: number) => (performance.now() - start) / 1000;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU seconds the process (every thread, DuckDB's included) spent since `from`. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Config {
  readonly dir: string;
  readonly file: string;
  readonly dataDir: string;
  readonly rows: number;
  readonly loopSample: number;
}

interface SynthResult {
  readonly seconds: number;
  readonly bytes: number;
  readonly peakRssMb: number;
}

interface EngineResult {
  readonly rows: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

interface ImportResult {
  readonly rows: number;
  readonly bad: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly years: readonly number[];
  readonly peakRssMb: number;
}

interface CoverageResult {
  readonly measures: number;
  readonly specs: number;
  readonly baseRows: number;
  readonly baseTuples: number;
  readonly coveredTuples: number;
  readonly measureTupleHits: number;
  readonly measuresCovering: number;
  readonly coveredShareOfTrade: number;
  readonly tablesSeconds: number;
  readonly sqlSeconds: number;
  readonly sameAsSql: boolean;
  readonly specsSeconds: number;
  readonly freshSeconds: number;
  readonly freshCpuSeconds: number;
  readonly loopSampleRows: number;
  readonly loopSampleSeconds: number;
  readonly loopScaledSeconds: number;
  readonly peakRssMb: number;
}

interface SimulateResult {
  readonly importer: string;
  readonly lines: number;
  readonly flows: number;
  readonly changed: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly catalogSeconds: number;
  readonly peakRssMb: number;
}

/** The synthetic world's measures in a catalog (no other records). */
function worldCatalog(): Catalog {
  const world = syntheticWorld({ seed: SEED, measures: MEASURES });
  const sources = [...new Set(world.measures.flatMap((m) => m.sources))].map((id) => ({
    id,
    title: `Synthetic source ${id}`,
    publisher: 'Détente benchmarks',
  }));
  const dossier: Dossier = {
    manifest: { id: 'synthetic-flows', title: 'Synthetic world', parties: ['CHN', 'CAN'] },
    sources,
    actors: [],
    measures: world.measures,
    'base-rates': world.baseRates,
    events: [],
    channels: [],
    engagements: [],
    commitments: [],
    statements: [],
    'trade-figures': [],
  };
  return new Catalog(dossier);
}

// ---------------------------------------------------------------------------------------------
// Phases (each in a child process)

async function phaseSynth(c: Config): Promise<SynthResult> {
  const start = performance.now();
  await synthesizeBaci({ rows: c.rows, seed: SEED, out: c.file, years: [YEAR, YEAR] });
  return { seconds: seconds(start), bytes: statSync(c.file).size, peakRssMb: peakRssMb() };
}

async function phaseEngine(c: Config): Promise<EngineResult> {
  const duck = await Duck.open();
  try {
    const out = join(c.dir, 'engine.parquet');
    const start = performance.now();
    const cpu = process.cpuUsage();
    const [r] = await duck.rows<{ Count: number }>(
      `COPY (SELECT * FROM read_csv(${lit(c.file)})) TO ${lit(out)} (FORMAT parquet)`,
    );
    const took = seconds(start);
    const cpuTook = cpuSeconds(cpu);
    rmSync(out, { force: true });
    return {
      rows: Number(r?.Count ?? 0),
      seconds: took,
      cpuSeconds: cpuTook,
      peakRssMb: peakRssMb(),
    };
  } finally {
    duck.close();
  }
}

async function phaseImport(c: Config): Promise<ImportResult> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const r = await importFlowFiles(c.dataDir, [c.file], { stamp: '20260101T000000' });
  return {
    rows: r.rows,
    bad: r.bad,
    seconds: seconds(start),
    cpuSeconds: cpuSeconds(cpu),
    years: r.years,
    peakRssMb: peakRssMb(),
  };
}

/** Loads the specs for the hand-written query: keys, exceptions, exclusions, days, lifts. */
async function loadHandTables(duck: Duck, specs: readonly CoverageSpec[]): Promise<void> {
  await duck.run(`CREATE OR REPLACE TEMP TABLE h_key (mid INTEGER, importer VARCHAR,
    exporter VARCHAR, prefix VARCHAR)`);
  await duck.run('CREATE OR REPLACE TEMP TABLE h_except (mid INTEGER, exporter VARCHAR)');
  await duck.run('CREATE OR REPLACE TEMP TABLE h_excl (mid INTEGER, prefix VARCHAR)');
  await duck.run(`CREATE OR REPLACE TEMP TABLE h_span (mid INTEGER, year INTEGER, a INTEGER,
    b INTEGER, days INTEGER)`);
  await duck.run(`CREATE OR REPLACE TEMP TABLE h_lift (lid INTEGER, mid INTEGER, exporter VARCHAR,
    prefix VARCHAR, a INTEGER, b INTEGER)`);
  await duck.run('CREATE OR REPLACE TEMP TABLE h_lift_except (lid INTEGER, exporter VARCHAR)');
  await duck.run('CREATE OR REPLACE TEMP TABLE h_lift_excl (lid INTEGER, prefix VARCHAR)');
  const open = (t: string) => duck.connection.createAppender(t);
  const key = await open('h_key');
  const except = await open('h_except');
  const excl = await open('h_excl');
  const span = await open('h_span');
  const lift = await open('h_lift');
  const liftExcept = await open('h_lift_except');
  const liftExcl = await open('h_lift_excl');
  const day = (d: string | null) => (d === null ? 1e9 : dayNumber(d));
  let lid = 0;
  specs.forEach((s, mid) => {
    for (const prefix of s.include)
      for (const exporter of s.origins === '*' ? ['*'] : s.origins) {
        key.appendInteger(mid);
        key.appendVarchar(s.importer);
        key.appendVarchar(exporter);
        key.appendVarchar(prefix);
        key.endRow();
      }
    for (const exporter of s.except) {
      except.appendInteger(mid);
      except.appendVarchar(exporter);
      except.endRow();
    }
    for (const prefix of s.exclude) {
      excl.appendInteger(mid);
      excl.appendVarchar(prefix);
      excl.endRow();
    }
    for (const year of COVERAGE_YEARS) {
      // the days in force within the year, which lifts cut into
      if (shareOfYear(s.start, s.end, year).days === 0) continue;
      const first = dayNumber(`${year}-01-01`);
      span.appendInteger(mid);
      span.appendInteger(year);
      span.appendInteger(Math.max(first, day(s.start)));
      span.appendInteger(Math.min(first + daysInYear(year), day(s.end)));
      span.appendInteger(daysInYear(year));
      span.endRow();
    }
    for (const l of s.lifts) {
      for (const prefix of l.include)
        for (const exporter of l.origins === '*' ? ['*'] : l.origins) {
          lift.appendInteger(lid);
          lift.appendInteger(mid);
          lift.appendVarchar(exporter);
          lift.appendVarchar(prefix);
          lift.appendInteger(day(l.start));
          lift.appendInteger(day(l.end));
          lift.endRow();
        }
      for (const exporter of l.except) {
        liftExcept.appendInteger(lid);
        liftExcept.appendVarchar(exporter);
        liftExcept.endRow();
      }
      for (const prefix of l.exclude) {
        liftExcl.appendInteger(lid);
        liftExcl.appendVarchar(prefix);
        liftExcl.endRow();
      }
      lid++;
    }
  });
  for (const a of [key, except, excl, span, lift, liftExcept, liftExcl]) a.closeSync();
}

/**
 * The hand-written baseline: one query, written independently of src/flows/coverage.ts (each
 * base-year tuple is expanded to its 2-, 4- and 6-digit prefixes and joined once to the keys;
 * the days lifts take off a hit are merged in SQL, gaps and islands, not in plain code).
 */
const HAND_SQL = `
  WITH base AS (
    SELECT importer, exporter, hs, currency, sum(value) AS value FROM flows
    WHERE year = ${YEAR} GROUP BY ALL),
  expanded AS (
    SELECT b.*, unnest([left(hs, 2), left(hs, 4), left(hs, 6)]) AS prefix FROM base b),
  hit AS (
    SELECT DISTINCT e.importer, e.exporter, e.hs, e.currency, e.value, k.mid
    FROM expanded e JOIN h_key k ON k.importer = e.importer AND k.prefix = e.prefix
    WHERE (k.exporter = e.exporter OR k.exporter = '*') AND length(e.hs) >= length(k.prefix)
      AND NOT EXISTS (SELECT 1 FROM h_except x WHERE x.mid = k.mid AND x.exporter = e.exporter)
      AND NOT EXISTS (SELECT 1 FROM h_excl z WHERE z.mid = k.mid AND starts_with(e.hs, z.prefix))),
  lifted AS (
    SELECT DISTINCT h.importer, h.exporter, h.hs, h.currency, h.mid, l.lid, l.a, l.b
    FROM hit h JOIN h_lift l ON l.mid = h.mid
    WHERE starts_with(h.hs, l.prefix) AND (l.exporter = h.exporter OR l.exporter = '*')
      AND NOT EXISTS (SELECT 1 FROM h_lift_except x WHERE x.lid = l.lid AND x.exporter = h.exporter)
      AND NOT EXISTS (SELECT 1 FROM h_lift_excl z WHERE z.lid = l.lid AND starts_with(h.hs, z.prefix))),
  cuts AS (
    SELECT l.importer, l.exporter, l.hs, l.currency, l.mid, s.year,
      greatest(s.a, l.a) AS ca, least(s.b, l.b) AS cb
    FROM lifted l JOIN h_span s ON s.mid = l.mid WHERE greatest(s.a, l.a) < least(s.b, l.b)),
  islands AS (
    SELECT *, max(cb) OVER (PARTITION BY importer, exporter, hs, currency, mid, year ORDER BY ca
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reached FROM cuts),
  cut AS (
    SELECT importer, exporter, hs, currency, mid, year,
      sum(greatest(0, cb - greatest(ca, coalesce(reached, ca)))) AS days
    FROM islands GROUP BY ALL),
  best AS (
    SELECT h.importer, h.exporter, h.hs, h.currency, any_value(h.value) AS value, p.year,
      max((p.b - p.a - coalesce(c.days, 0)) / p.days) AS share
    FROM hit h JOIN h_span p ON p.mid = h.mid
      LEFT JOIN cut c ON c.importer = h.importer AND c.exporter = h.exporter AND c.hs = h.hs
        AND c.currency = h.currency AND c.mid = h.mid AND c.year = p.year
    GROUP BY h.importer, h.exporter, h.hs, h.currency, p.year)
  SELECT year, currency, CAST(round(sum(value * share)) AS BIGINT) AS value FROM best
  GROUP BY ALL ORDER BY year, currency`;

async function phaseCoverage(c: Config): Promise<CoverageResult> {
  const { measures } = syntheticWorld({ seed: SEED, measures: MEASURES });
  let start = performance.now();
  const specs = coverageSpecs(measures);
  const specsSeconds = seconds(start);
  const duck = await Duck.open();
  try {
    await openFlowsView(duck, c.dataDir);
    // warm the file cache and count what the base year holds
    const [size] = await duck.rows<{ rows: number; tuples: number }>(
      `SELECT count(*) AS rows, count(DISTINCT (importer, exporter, hs, currency)) AS tuples
       FROM flows WHERE year = ${YEAR}`,
    );

    start = performance.now();
    const tables = await coverageTables(duck, { specs, baseYear: YEAR, years: COVERAGE_YEARS });
    const tablesSeconds = seconds(start);
    const [covered] = await duck.rows<{ tuples: number; value: number }>(
      `SELECT count(*) AS tuples, sum(value) AS value
       FROM (SELECT DISTINCT importer, exporter, hs, currency, value FROM cov)`,
    );
    const [total] = await duck.rows<{ value: number }>(
      `SELECT sum(value) AS value FROM flows WHERE year = ${YEAR}`,
    );

    start = performance.now();
    await loadHandTables(duck, specs);
    const hand = await duck.rows<YearCoverage>(HAND_SQL);
    const sqlSeconds = seconds(start);
    const key = (rows: readonly YearCoverage[]) =>
      JSON.stringify(rows.filter((r) => r.value !== 0).map((r) => [r.year, r.currency, r.value]));
    const sameAsSql = key(hand) === key(tables.years);

    // the plain loop, on a deterministic sample of the base year's rows, scaled linearly
    const sample = await duck.rows<CoverageFlow>(
      `SELECT importer, exporter, hs, value FROM flows WHERE year = ${YEAR}
       USING SAMPLE reservoir(${c.loopSample} ROWS) REPEATABLE (${SEED})`,
    );
    start = performance.now();
    coverageByLoop(specs, sample, COVERAGE_YEARS);
    const loopSampleSeconds = seconds(start);
    const baseRows = size?.rows ?? 0;

    // what the coverage() service does after building the specs: a fresh connection and view
    start = performance.now();
    const freshCpu = process.cpuUsage();
    const fresh = await Duck.open();
    try {
      await openFlowsView(fresh, c.dataDir);
      await coverageTables(fresh, { specs, baseYear: YEAR, years: COVERAGE_YEARS });
    } finally {
      fresh.close();
    }
    const freshSeconds = seconds(start);
    const freshCpuSeconds = cpuSeconds(freshCpu);

    return {
      measures: measures.length,
      specs: specs.length,
      baseRows,
      baseTuples: size?.tuples ?? 0,
      coveredTuples: covered?.tuples ?? 0,
      measureTupleHits: tables.measures.reduce((a, m) => a + m.tuples, 0),
      measuresCovering: new Set(tables.measures.map((m) => m.id)).size,
      coveredShareOfTrade: (covered?.value ?? 0) / (total?.value ?? 1),
      tablesSeconds,
      sqlSeconds,
      sameAsSql,
      specsSeconds,
      freshSeconds,
      freshCpuSeconds,
      loopSampleRows: sample.length,
      loopSampleSeconds,
      loopScaledSeconds: sample.length > 0 ? (loopSampleSeconds * baseRows) / sample.length : 0,
      peakRssMb: peakRssMb(),
    };
  } finally {
    duck.close();
  }
}

async function phaseSimulate(c: Config): Promise<SimulateResult> {
  let start = performance.now();
  const catalog = worldCatalog();
  const catalogSeconds = seconds(start);
  start = performance.now();
  const cpu = process.cpuUsage();
  const r = await simulate(catalog, c.dataDir, {
    importer: SIM_IMPORTER,
    scenario: { kind: 'linear', cutBp: 5000 },
    on: SIM_ON,
    baseYear: YEAR,
  });
  return {
    importer: r.importer,
    lines: r.lines,
    flows: r.flows,
    changed: r.changed,
    seconds: seconds(start),
    cpuSeconds: cpuSeconds(cpu),
    catalogSeconds,
    peakRssMb: peakRssMb(),
  };
}

const PHASES = {
  synth: phaseSynth,
  engine: phaseEngine,
  import: phaseImport,
  coverage: phaseCoverage,
  simulate: phaseSimulate,
} as const;
type Phase = keyof typeof PHASES;

// ---------------------------------------------------------------------------------------------
// Parent: runs the phases, prints the figures

const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};
const progress = (line: string) => process.stderr.write(`${line}\n`);

function runChild<T>(phase: Phase, c: Config): T {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', here, '--child', phase, JSON.stringify(c)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  const out = run.stdout.toString().trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !out.startsWith('{'))
    throw new Error(`the ${phase} phase failed (exit ${run.status ?? run.signal}): ${out}`);
  return JSON.parse(out) as T;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number((process.argv[i + 1] ?? '').replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} needs a whole number ≥ 1`);
  return n;
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

async function main(): Promise<number> {
  const rows = option('--rows', 10_000_000);
  const loopSample = option('--loop-sample', 1_000);
  const dir = mkdtempSync(join(tmpdir(), 'detente-bench-flows-'));
  const c: Config = {
    dir,
    file: join(dir, 'baci.csv'),
    dataDir: join(dir, 'data'),
    rows,
    loopSample,
  };
  try {
    progress(`synthetic BACI file of ${fmt(rows)} rows…`);
    const synth = runChild<SynthResult>('synth', c);
    progress('DuckDB COPY (engine baseline)…');
    const engine1 = runChild<EngineResult>('engine', c);
    progress('detente import…');
    const imported = runChild<ImportResult>('import', c);
    progress('DuckDB COPY again…');
    const engine2 = runChild<EngineResult>('engine', c);
    progress(`coverage of ${fmt(MEASURES)} measures…`);
    const cov = runChild<CoverageResult>('coverage', c);
    progress(`simulation of ${SIM_IMPORTER}'s whole schedule…`);
    const sim = runChild<SimulateResult>('simulate', c);

    const engine = engine1.seconds <= engine2.seconds ? engine1 : engine2;
    const engineRate = engine.rows / engine.seconds;
    const importRate = imported.rows / imported.seconds;
    const importRatio = importRate / engineRate;
    const sqlRatio = cov.tablesSeconds / cov.sqlSeconds;
    const loopRatio = cov.loopScaledSeconds / cov.tablesSeconds;
    const goals = {
      importVsEngine: importRatio >= 0.8,
      importRss: imported.peakRssMb < 1536,
      coverageVsSql: sqlRatio <= 1.3,
      coverageVsLoop: loopRatio >= 20,
      coverageUnder5s: cov.specsSeconds + cov.freshSeconds < 5,
      simulateUnder2s: sim.seconds < 2,
    };
    const result = {
      rows,
      measures: MEASURES,
      seed: SEED,
      synth,
      import: {
        ...imported,
        rowsPerSecond: importRate,
        engine: { runs: [engine1, engine2], rowsPerSecond: engineRate },
        ratio: importRatio,
      },
      coverage: { ...cov, ratioToSql: sqlRatio, speedupOverLoop: loopRatio },
      simulate: sim,
      goals,
    };
    if (json) {
      console.log(JSON.stringify(result));
      return 0;
    }
    const mb = (n: number) => `${fmt(n)} MB`;
    log(
      `Trade-flows benchmark: ${fmt(rows)} synthetic BACI rows (${YEAR}), ${fmt(MEASURES)} measures, seed ${SEED}`,
    );
    log(
      `\nsynthetic file: ${(synth.bytes / 1e6).toFixed(0)} MB written in ${synth.seconds.toFixed(1)} s`,
    );
    log('\nimport:');
    log(
      `  detente flows import: ${fmt(imported.rows)} rows (${fmt(imported.bad)} bad) in ` +
        `${imported.seconds.toFixed(1)} s (${imported.cpuSeconds.toFixed(1)} CPU s) = ${fmt(importRate)} rows/s, ` +
        `peak RSS ${mb(imported.peakRssMb)}`,
    );
    log(
      `  DuckDB COPY read_csv → parquet: ${engine1.seconds.toFixed(1)} s and ${engine2.seconds.toFixed(1)} s ` +
        `(${engine1.cpuSeconds.toFixed(1)} and ${engine2.cpuSeconds.toFixed(1)} CPU s) ` +
        `(before and after) = ${fmt(engineRate)} rows/s at best, peak RSS ${mb(Math.max(engine1.peakRssMb, engine2.peakRssMb))}`,
    );
    log(
      `  ratio ${importRatio.toFixed(2)}× of the engine: goal ≥ 0.8× ${met(goals.importVsEngine)}`,
    );
    log(`  peak RSS goal < 1.5 GB ${met(goals.importRss)}`);
    log(`\ncoverage (base year ${YEAR}, years ${COVERAGE_YEARS[0]}–${COVERAGE_YEARS.at(-1)}):`);
    log(
      `  ${fmt(cov.specs)} of ${fmt(cov.measures)} measures levy a duty; ${fmt(cov.measuresCovering)} cover trade; ` +
        `${fmt(cov.coveredTuples)} of ${fmt(cov.baseTuples)} base-year tuples covered ` +
        `(${fmt(cov.measureTupleHits)} measure × tuple hits, ${(cov.coveredShareOfTrade * 100).toFixed(1)} % of the trade)`,
    );
    log(`  coverageTables: ${cov.tablesSeconds.toFixed(2)} s; peak RSS ${mb(cov.peakRssMb)}`);
    log(
      `  hand-written DuckDB query: ${cov.sqlSeconds.toFixed(2)} s (same per-year figures: ` +
        `${cov.sameAsSql ? 'yes' : 'NO'}); ratio ${sqlRatio.toFixed(2)}×: goal ≤ 1.3× ${met(goals.coverageVsSql)}`,
    );
    log(
      `  JavaScript loop (coverageByLoop): ${cov.loopSampleSeconds.toFixed(2)} s on a sample of ` +
        `${fmt(cov.loopSampleRows)} rows, scaled linearly to ${fmt(cov.baseRows)} rows: ` +
        `${fmt(cov.loopScaledSeconds)} s; speed-up ${fmt(loopRatio)}×: goal ≥ 20× ${met(goals.coverageVsLoop)}`,
    );
    log(
      `  whole use case as coverage() runs it: coverageSpecs ${cov.specsSeconds.toFixed(2)} s + fresh ` +
        `connection, view and coverageTables ${cov.freshSeconds.toFixed(2)} s ` +
        `(${cov.freshCpuSeconds.toFixed(2)} CPU s) = ` +
        `${(cov.specsSeconds + cov.freshSeconds).toFixed(2)} s: goal < 5 s ${met(goals.coverageUnder5s)}`,
    );
    log('\nsimulation (50 % linear cut, every line × partner):');
    log(
      `  ${sim.importer}: ${fmt(sim.lines)} HS6 lines, ${fmt(sim.flows)} line × partner flows ` +
        `(${fmt(sim.changed)} changed) in ${sim.seconds.toFixed(2)} s (${sim.cpuSeconds.toFixed(2)} CPU s): ` +
        `goal < 2 s ${met(goals.simulateUnder2s)}; ` +
        `peak RSS ${mb(sim.peakRssMb)} (catalog of the world built first in ${sim.catalogSeconds.toFixed(1)} s)`,
    );
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function childMain(): Promise<number> {
  const [, , , phase, config] = process.argv;
  if (!phase || !(phase in PHASES) || !config)
    throw new Error(`usage: flows.ts --child ${Object.keys(PHASES).join('|')} <config-json>`);
  const result = await PHASES[phase as Phase](JSON.parse(config) as Config);
  console.log(JSON.stringify(result));
  return 0;
}

process.exitCode = await (process.argv[2] === '--child' ? childMain() : main());
