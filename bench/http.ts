/**
 * HTTP benchmark of the API, on loopback only, bounded in time and connections.
 *
 * 1. Throughput: requests/s and p99 latency of GET /api/v1/duty and GET /api/v1/timeline,
 *    each against a bare Hono route on @hono/node-server returning the same bytes, measured
 *    in the same run (the ratio is what counts: autocannon shares the cores with the server).
 *    Rate limits are off for the run; everything else of the request path is on.
 * 2. Soak: mixed reads (duty, timeline, measures, a record's history) and writes (a new
 *    measure created every few requests with an editor token, each rebuilding the catalog)
 *    for `--soak` seconds; it reports errors (anything but 2xx) and the growth of the
 *    process's RSS from the end of the warm-up to the end of the soak.
 *
 * Run: `tsx bench/http.ts [--duration 10] [--connections 50] [--soak 60] [--json]`;
 * `--soak 0` skips the soak. Uses the embedded store in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Result } from 'autocannon';
import { Hono } from 'hono';
import { createApp } from '../src/server/app.ts';
import { serve } from '../src/server/serve.ts';
import { initStore } from '../src/services/init.ts';
import { openStore } from '../src/services/open-store.ts';
import { createToken } from '../src/services/tokens.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} takes a number`);
  return n;
};
const duration = arg('duration', 10);
const connections = arg('connections', 50);
const soakSeconds = arg('soak', 60);
const json = process.argv.includes('--json');
const say = (s: string) => !json && console.log(s);

const DUTY = '/api/v1/duty?line=1205.10&from=CAN&to=CHN&on=2025-09-01';
const TIMELINE = '/api/v1/timeline?pair=CAN-CHN&from=2025-01-01&to=2025-12-31';

const run = (url: string, opts: Partial<autocannon.Options> = {}): Promise<Result> =>
  autocannon({ url, connections, duration, ...opts });

const figures = (r: Result) => ({
  rps: Math.round(r.requests.average),
  p99ms: r.latency.p99,
  errors: r.errors + r.timeouts + r.non2xx,
});

const dataDir = mkdtempSync(join(tmpdir(), 'detente-bench-http-'));
const store = await openStore({ dataDir, databaseUrl: undefined });
try {
  await initStore(store, new Date().toISOString());
  const { token } = await createToken(
    store,
    { name: 'bench', role: 'editor' },
    new Date().toISOString(),
  );
  const off = { limit: 0, windowMs: 60_000 };
  const api = await serve(
    createApp({ store, limits: { perAddress: off, perToken: off }, log: () => {} }),
    { port: 0, host: '127.0.0.1' },
  );
  const bytes = {
    duty: await (await fetch(api.url + DUTY)).text(),
    timeline: await (await fetch(api.url + TIMELINE)).text(),
  };
  const bareApp = new Hono();
  const asJson = { 'content-type': 'application/json' };
  bareApp.get('/api/v1/duty', (c) => c.body(bytes.duty, 200, asJson));
  bareApp.get('/api/v1/timeline', (c) => c.body(bytes.timeline, 200, asJson));
  const bare = await serve(bareApp as never, { port: 0, host: '127.0.0.1' });

  say(`HTTP API on loopback: ${connections} connections, ${duration} s per run`);
  const throughput: Record<string, unknown> = {};
  for (const [name, path] of [
    ['duty', DUTY],
    ['timeline', TIMELINE],
  ] as const) {
    await run(api.url + path, { duration: 2 });
    const viaApi = figures(await run(api.url + path));
    const viaBare = figures(await run(bare.url + path));
    const ratio = Number((viaApi.rps / viaBare.rps).toFixed(2));
    throughput[name] = { bytes: bytes[name].length, api: viaApi, bare: viaBare, ratio };
    say(
      `GET ${name.padEnd(8)} ${String(bytes[name].length).padStart(6)} B  api ${viaApi.rps} req/s p99 ${viaApi.p99ms} ms (${viaApi.errors} errors)  bare ${viaBare.rps} req/s p99 ${viaBare.p99ms} ms  ratio ${ratio}`,
    );
  }
  await bare.close();

  let soak: Record<string, unknown> | null = null;
  if (soakSeconds > 0) {
    global.gc?.();
    const rssStart = process.memoryUsage().rss;
    let n = 0;
    const write = {
      method: 'POST' as const,
      path: '/api/v1/measures',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        body: JSON.stringify({
          reason: 'soak',
          record: {
            id: `bench-soak-${process.pid}-${++n}`,
            title: 'Benchmark surtax',
            programme: `bench-soak-${process.pid}-${n}`,
            kind: 'surtax',
            imposer: 'CAN',
            targets: { origins: ['CHN'] },
            scope: { include: ['1702'] },
            rate: { bp: 100 },
            stacking: { rule: 'add' },
            dates: { effective: '2030-01-01' },
            sources: ['src-31-thestar-meng-arrest'],
            confidence: 'unverified',
          },
        }),
      }),
    };
    const reads = autocannon({
      url: api.url,
      connections: Math.max(1, connections - 2),
      duration: soakSeconds,
      requests: [
        { method: 'GET', path: DUTY },
        { method: 'GET', path: TIMELINE },
        { method: 'GET', path: '/api/v1/measures?imposer=CHN' },
        { method: 'GET', path: '/api/v1/records/can-2024-ev-surtax/history' },
      ],
    });
    const writes = autocannon({
      url: api.url,
      connections: 1,
      duration: soakSeconds,
      overallRate: 5,
      requests: [write],
    });
    const [r, w] = await Promise.all([reads, writes]);
    global.gc?.();
    const rssEnd = process.memoryUsage().rss;
    const growth = Number(((rssEnd / rssStart - 1) * 100).toFixed(1));
    soak = {
      seconds: soakSeconds,
      reads: { ...figures(r), total: r.requests.total },
      writes: { ...figures(w), total: w.requests.total, statusCodes: w.statusCodeStats },
      rssStartMb: Math.round(rssStart / 2 ** 20),
      rssEndMb: Math.round(rssEnd / 2 ** 20),
      rssGrowthPercent: growth,
    };
    say(
      `soak ${soakSeconds} s: ${r.requests.total} reads (${figures(r).errors} errors, p99 ${r.latency.p99} ms), ${w.requests.total} writes (${figures(w).errors} errors, statuses ${JSON.stringify(w.statusCodeStats)}); RSS ${soak.rssStartMb} → ${soak.rssEndMb} MB (${growth}%)`,
    );
  }
  await api.close();
  if (json) console.log(JSON.stringify({ connections, duration, throughput, soak }, null, 2));
} finally {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
