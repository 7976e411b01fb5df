/**
 * Store benchmark, on a synthetic dossier of 50,000 measures (and 10,000 base rates, taken
 * evenly from the synthetic world's schedules), for each backend: SQLite in a temporary data
 * folder, and PostgreSQL in a database created for the run and dropped after it, when
 * DETENTE_TEST_DATABASE_URL (or DATABASE_URL) names a server. Each backend runs in its own
 * child process, so its peak RSS is its own. For each it measures:
 *
 * - import: `importDossier` of the dossier's files into the fresh store (time, records/s, and
 *   how much of it is the write transaction; the rest is reading, validating and diffing the
 *   files), then a second import of the same files, which must change nothing;
 * - peak RSS of the process after the imports (`process.resourceUsage().maxRSS`);
 * - duty lookups through the service layer (`CatalogSource.current()` then `lookupDuty` per
 *   query: the catalog is built once and kept in memory), against a baseline that answers each
 *   query with one SQL query on the `records` table (the importer's measures whose JSON names
 *   one of the line's HS prefixes, the importer's base rates on those prefixes, the sources)
 *   and the engine's own DutyIndex over the rows it returns. Both must give the same answers
 *   (checked on 30 queries before any timing, and on every timed SQL lookup after it); the
 *   ratio is lookups/s against lookups/s. The engine alone (`catalog.duty.lookup`) is timed
 *   too, to show what the service layer adds.
 *
 * Run: `npm run bench:store` (that is `tsx bench/store.ts`), with
 * DETENTE_TEST_DATABASE_URL=postgres://… to include PostgreSQL; `--json` prints one JSON
 * object. Takes about three minutes on two cores: reading the 18 MB of dossier files (twice per
 * backend) dominates.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { DutyAnswer, DutyQuery, LineDuty } from '../src/core/duty/answer.ts';
import { DutyIndex } from '../src/core/duty/duty-index.ts';
import type { BaseRate } from '../src/core/model/base-rate.ts';
import type { Measure } from '../src/core/model/measure.ts';
import type { Source } from '../src/core/model/source.ts';
import { CatalogSource } from '../src/services/catalog-source.ts';
import { lookupDuty } from '../src/services/duty.ts';
import { importDossier } from '../src/services/import.ts';
import { Store } from '../src/store/store.ts';
import type { StoreConfig } from '../src/store/store.ts';
import { throwawayDatabase } from '../src/store/test-backends.ts';
import { writeSyntheticDossier } from './synthetic-dossier.ts';
import { syntheticQueries } from './synthetic-world.ts';

const SEED = 20_251_129;
const MEASURES = 50_000;
const BASE_RATES = 10_000;
/**
 * Random queries. The service layer answers all of them once untimed (the index makes and
 * keeps a plan for each line on its first lookup), then all of them again, timed.
 */
const QUERIES = 100_000;
/** Queries answered both ways and compared before any timing. */
const CHECKED = 30;
/** Queries the SQL baseline answers in its timed run (the ones after the checked ones). */
const SQL_LOOKUPS = 100;
const AT = '2026-11-29T12:00:00.000Z';

const json = process.argv.includes('--json');
const here = fileURLToPath(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const elapsedS = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const log = (line: string) => {
  if (!json) console.log(line);
};

interface Rate {
  readonly lookups: number;
  readonly seconds: number;
  readonly perSecond: number;
}

interface BackendResult {
  readonly backend: 'sqlite' | 'postgres';
  readonly import: {
    readonly records: number;
    readonly seconds: number;
    readonly writeSeconds: number;
    readonly recordsPerSecond: number;
  };
  readonly reimport: { readonly seconds: number; readonly unchanged: number };
  readonly peakRssMbAfterImports: number;
  readonly peakRssMb: number;
  readonly catalogBuildSeconds: number;
  readonly service: Rate;
  readonly engine: Rate;
  readonly sql: Rate & { readonly rowsPerLookup: number };
  readonly ratio: number;
  readonly checked: {
    readonly queries: number;
    readonly withLayers: number;
    readonly byLine: number;
  };
}

// ---------------------------------------------------------------------------------------------
// The child: one backend, one process.

const linesOf = (a: DutyAnswer): readonly LineDuty[] => (a.kind === 'line' ? [a] : a.lines);

function totalOf(a: DutyAnswer): number {
  let sum = 0;
  for (const l of linesOf(a)) sum += l.total.bp;
  return sum;
}

/** Everything an answer says, as text: two answers agree when their views are equal. */
function view(a: DutyAnswer): string {
  return JSON.stringify({
    kind: a.kind,
    lines: linesOf(a).map((l) => ({
      line: l.line,
      total: l.total,
      base: l.base,
      layers: l.layers,
      removed: l.removed,
      conditional: l.conditional,
      outcomes: l.outcomes,
      next: l.next,
      warnings: l.warnings,
    })),
  });
}

const request = (q: DutyQuery) => ({ line: q.line, from: q.origin, to: q.destination, on: q.date });

/** Raw SQL on the store's database, outside the store: what the baseline is allowed. */
interface RawSql {
  readonly placeholder: (n: number) => string;
  all(text: string, params: readonly string[]): Promise<{ collection: string; data: string }[]>;
  close(): Promise<void>;
}

async function rawSql(config: StoreConfig): Promise<RawSql> {
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    return {
      placeholder: (n) => `$${n}`,
      all: async (text, params) =>
        (await client.query<{ collection: string; data: string }>(text, [...params])).rows,
      close: () => client.end(),
    };
  }
  const db = new SqliteDatabase(join(config.dataDir, 'detente.db'), { readonly: true });
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    placeholder: () => '?',
    all: async (text, params) => {
      let st = statements.get(text);
      if (!st) statements.set(text, (st = db.prepare(text)));
      return st.all(...params) as { collection: string; data: string }[];
    },
    close: async () => void db.close(),
  };
}

/**
 * The baseline: one SQL query per lookup, then the engine over the rows. Records are stored as
 * canonical JSON (sorted keys, no spaces), so `"imposer":"CHN"` and `"0101"` can be matched
 * with LIKE: a measure is fetched when its JSON names a prefix of the line (a scope that covers
 * it) or a code under the line (a scope that covers part of it, or a subline's); a superset is
 * harmless, the engine filters. One row of the importer is always added, so an importer with
 * nothing on this line is still known to the index, as it is to the catalog. (A measure that
 * ends another through `relations.replaces` has the same scope in the synthetic world, so it is
 * fetched whenever the one it replaces is; the answers are compared, not assumed, anyway.)
 */
function sqlLookup(raw: RawSql): (q: DutyQuery) => Promise<{ answer: DutyAnswer; rows: number }> {
  const cache = new Map<number, string>();
  const text = (prefixes: number) => {
    let t = cache.get(prefixes);
    if (t) return t;
    let n = 0;
    const p = () => raw.placeholder(++n);
    const any = (count: number) =>
      Array.from({ length: count }, () => `data like ${p()}`).join(' or ');
    t =
      `select collection, data, ord from records where deleted = 0 and (` +
      `collection = 'sources'` +
      ` or (collection = 'measures' and data like ${p()} and (${any(prefixes + 1)}))` +
      ` or (collection = 'base-rates' and data like ${p()} and (${any(prefixes + 1)})))` +
      ` union select collection, data, ord from (select collection, data, ord from records` +
      ` where deleted = 0 and (data like ${p()} or data like ${p()}) limit 1) as importer_known` +
      ` order by ord`;
    cache.set(prefixes, t);
    return t;
  };
  return async (q) => {
    const shorter: string[] = [];
    for (let len = 2; len < q.line.length; len += 2) shorter.push(q.line.slice(0, len));
    const imposer = `%"imposer":"${q.destination}"%`;
    const importer = `%"importer":"${q.destination}"%`;
    const params = [
      imposer,
      ...shorter.map((s) => `%"${s}"%`),
      `%"${q.line}%`,
      importer,
      ...shorter.map((s) => `%"line":"${s}"%`),
      `%"line":"${q.line}%`,
      imposer,
      importer,
    ];
    const rows = await raw.all(text(shorter.length), params);
    const measures: Measure[] = [];
    const baseRates: BaseRate[] = [];
    const sources: Source[] = [];
    for (const r of rows) {
      const data = JSON.parse(r.data) as unknown;
      if (r.collection === 'measures') measures.push(data as Measure);
      else if (r.collection === 'base-rates') baseRates.push(data as BaseRate);
      else sources.push(data as Source);
    }
    const answer = DutyIndex.build({ measures, baseRates, sources }).lookup(q);
    return { answer, rows: rows.length };
  };
}

async function child(
  backend: 'sqlite' | 'postgres',
  config: StoreConfig,
  dir: string,
  queriesFile: string,
): Promise<BackendResult> {
  const progress = (line: string) => {
    if (!json) process.stderr.write(`  ${backend}: ${line}\n`);
  };
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as DutyQuery[];
  const store = await Store.open(config);
  let writeSeconds = 0;
  const apply = store.apply.bind(store);
  store.apply = async (change) => {
    const t = process.hrtime.bigint();
    try {
      return await apply(change);
    } finally {
      writeSeconds += elapsedS(t);
    }
  };

  progress('importing…');
  let t = process.hrtime.bigint();
  const first = await importDossier(store, dir, { at: AT });
  const importSeconds = elapsedS(t);
  if (first.created === 0 || first.updated + first.deleted > 0)
    throw new Error(`the first import into an empty store wrote ${JSON.stringify(first)}`);
  progress('importing the same files again…');
  t = process.hrtime.bigint();
  const second = await importDossier(store, dir, { at: AT });
  const reimportSeconds = elapsedS(t);
  if (second.changeId !== null || second.created + second.updated + second.deleted > 0)
    throw new Error(
      `the second import of the same files changed the store: ${JSON.stringify(second)}`,
    );
  const peakRssMbAfterImports = process.resourceUsage().maxRSS / 1024;

  progress('building the catalog…');
  const source = new CatalogSource(store);
  t = process.hrtime.bigint();
  await source.current();
  const catalogBuildSeconds = elapsedS(t);
  const service = async (q: DutyQuery) => lookupDuty(await source.current(), request(q));

  const raw = await rawSql(config);
  const viaSql = sqlLookup(raw);
  const checked = { queries: 0, withLayers: 0, byLine: 0 };
  const agree = (q: DutyQuery, a: DutyAnswer, b: DutyAnswer) => {
    if (view(a) !== view(b)) {
      throw new Error(
        `the SQL baseline disagrees with the service on ${JSON.stringify(q)}\n` +
          `  service: ${view(a)}\n  sql:     ${view(b)}`,
      );
    }
    checked.queries++;
    if (a.kind === 'by-line') checked.byLine++;
    if (linesOf(a).some((l) => l.layers.length > 0)) checked.withLayers++;
  };
  for (const q of queries.slice(0, CHECKED)) agree(q, await service(q), (await viaSql(q)).answer);

  progress(`${fmt(QUERIES)} lookups through the service layer…`);
  let sink = 0;
  for (const q of queries) sink += totalOf(await service(q));
  t = process.hrtime.bigint();
  for (const q of queries) sink += totalOf(await service(q));
  const serviceSeconds = elapsedS(t);
  // The same lookups on the catalog's index directly: what the service layer adds to the engine.
  const catalog = await source.current();
  t = process.hrtime.bigint();
  for (const q of queries) sink += totalOf(catalog.duty.lookup(q));
  const engineSeconds = elapsedS(t);

  progress(`${SQL_LOOKUPS} lookups with one SQL query each…`);
  let rows = 0;
  const timed = queries.slice(CHECKED, CHECKED + SQL_LOOKUPS);
  const answers: DutyAnswer[] = [];
  t = process.hrtime.bigint();
  for (const q of timed) {
    const r = await viaSql(q);
    answers.push(r.answer);
    sink += totalOf(r.answer);
    rows += r.rows;
  }
  const sqlSeconds = elapsedS(t);
  // Every timed answer is checked too, after the timing.
  for (const [i, q] of timed.entries()) agree(q, await service(q), answers[i] as DutyAnswer);
  await raw.close();
  await store.close();
  if (sink < 0) throw new Error('unreachable: keeps the answers from being optimised away');

  const servicePerSecond = queries.length / serviceSeconds;
  const sqlPerSecond = timed.length / sqlSeconds;
  return {
    backend,
    import: {
      records: first.created,
      seconds: importSeconds,
      writeSeconds,
      recordsPerSecond: first.created / importSeconds,
    },
    reimport: { seconds: reimportSeconds, unchanged: second.unchanged },
    peakRssMbAfterImports,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    catalogBuildSeconds,
    service: { lookups: queries.length, seconds: serviceSeconds, perSecond: servicePerSecond },
    engine: {
      lookups: queries.length,
      seconds: engineSeconds,
      perSecond: queries.length / engineSeconds,
    },
    sql: {
      lookups: timed.length,
      seconds: sqlSeconds,
      perSecond: sqlPerSecond,
      rowsPerLookup: rows / timed.length,
    },
    ratio: servicePerSecond / sqlPerSecond,
    checked,
  };
}

// ---------------------------------------------------------------------------------------------
// The parent: writes the dossier and the queries, runs one child per backend, prints.

interface Backend {
  readonly name: 'sqlite' | 'postgres';
  readonly config: StoreConfig;
  readonly dispose: () => Promise<void>;
}

async function sqliteBackend(): Promise<Backend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'detente-bench-store-'));
  return {
    name: 'sqlite',
    config: { dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresBackend(adminUrl: string): Promise<Backend> {
  return { name: 'postgres', ...(await throwawayDatabase(adminUrl, 'detente_bench')) };
}

function runChild(backend: Backend, dir: string, queriesFile: string): BackendResult {
  const args = ['--import', 'tsx', here, '--child', backend.name, JSON.stringify(backend.config)];
  const run = spawnSync(
    process.execPath,
    [...args, dir, queriesFile, ...(json ? ['--json'] : [])],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  const out = run.stdout.toString().trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !out.startsWith('{'))
    throw new Error(`the ${backend.name} run failed (exit ${run.status ?? run.signal}): ${out}`);
  return JSON.parse(out) as BackendResult;
}

function report(r: BackendResult): void {
  log(`\n${r.backend}:`);
  log(
    `  import: ${fmt(r.import.records)} records in ${r.import.seconds.toFixed(1)} s = ` +
      `${fmt(r.import.recordsPerSecond)} records/s (write transaction ${r.import.writeSeconds.toFixed(1)} s; ` +
      `the rest reads, validates and compares the files)`,
  );
  log(
    `  second import of the same files: ${r.reimport.seconds.toFixed(1)} s, nothing changed ` +
      `(${fmt(r.reimport.unchanged)} records unchanged)`,
  );
  log(
    `  peak RSS: ${fmt(r.peakRssMbAfterImports)} MB after the imports, ${fmt(r.peakRssMb)} MB at the end`,
  );
  log(`  catalog build (first CatalogSource.current()): ${r.catalogBuildSeconds.toFixed(2)} s`);
  log(
    `  check: the SQL baseline gives the same answers as the service layer on ${r.checked.queries} ` +
      `queries (${r.checked.withLayers} with layers, ${r.checked.byLine} answered by line)`,
  );
  log(
    `  service layer: ${fmt(r.service.perSecond)} lookups/s (${fmt(r.service.lookups)} in ${r.service.seconds.toFixed(2)} s)`,
  );
  log(
    `  one SQL query per lookup: ${r.sql.perSecond.toFixed(1)} lookups/s (${r.sql.lookups} in ` +
      `${r.sql.seconds.toFixed(2)} s, ${fmt(r.sql.rowsPerLookup)} rows per query)`,
  );
  log(`  ratio: ${fmt(r.ratio)}×`);
  log(
    `  (the engine alone, catalog.duty.lookup on the same queries: ${fmt(r.engine.perSecond)} lookups/s)`,
  );
}

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'detente-bench-'));
  const backends: Backend[] = [];
  try {
    let t = process.hrtime.bigint();
    const dossier = writeSyntheticDossier(join(work, 'dossier'), {
      seed: SEED,
      measures: MEASURES,
      baseRates: BASE_RATES,
    });
    const queries = syntheticQueries(dossier.world, { seed: SEED + 1, count: QUERIES });
    const queriesFile = join(work, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(queries));
    log(
      `dossier ${dossier.id}: ${fmt(dossier.counts.measures)} measures, ` +
        `${fmt(dossier.counts.baseRates)} base rates, ${dossier.counts.sources} source ` +
        `(${fmt(dossier.counts.records)} records in ${dossier.files.length} files, ` +
        `${(dossier.bytes / 1024 / 1024).toFixed(1)} MB), written in ${elapsedS(t).toFixed(1)} s`,
    );

    const url = process.env.DETENTE_TEST_DATABASE_URL || process.env.DATABASE_URL;
    backends.push(await sqliteBackend());
    if (url) backends.push(await postgresBackend(url));
    const skipped = url ? [] : ['postgres (set DETENTE_TEST_DATABASE_URL to include it)'];
    log(
      `backends: ${backends.map((b) => b.name).join(', ')}` +
        (skipped.length > 0 ? `; not run: ${skipped.join(', ')}` : ''),
    );

    const results: BackendResult[] = [];
    for (const b of backends) {
      t = process.hrtime.bigint();
      const r = runChild(b, dossier.dir, queriesFile);
      results.push(r);
      report(r);
      log(`  (${elapsedS(t).toFixed(0)} s for this backend, in its own process)`);
    }
    if (json) {
      // Seconds to the millisecond, rates and sizes to the unit.
      const rounded = (_key: string, v: unknown) =>
        typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(v < 100 ? 3 : 0)) : v;
      console.log(
        JSON.stringify(
          {
            seed: SEED,
            node: process.version,
            dossier: {
              id: dossier.id,
              ...dossier.counts,
              files: dossier.files.length,
              bytes: dossier.bytes,
            },
            backends: results.map((r) => r.backend),
            skipped,
            results,
          },
          rounded,
        ),
      );
    }
    return 0;
  } finally {
    for (const b of backends) await b.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}

async function childMain(): Promise<number> {
  const [, , , name, configJson, dir, queriesFile] = process.argv;
  if ((name !== 'sqlite' && name !== 'postgres') || !configJson || !dir || !queriesFile)
    throw new Error('usage: store.ts --child sqlite|postgres <config-json> <dir> <queries-file>');
  const result = await child(name, JSON.parse(configJson) as StoreConfig, dir, queriesFile);
  console.log(JSON.stringify(result));
  return 0;
}

process.exitCode = await (process.argv[2] === '--child' ? childMain() : main());
