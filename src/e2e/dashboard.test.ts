/**
 * End to end in a real Chromium (Debian's, driven by playwright-core): the built dashboard
 * served by `detente serve` on a fresh store. Opens the overview, looks up a duty, filters the
 * timeline, signs in with an editor token, edits a measure and finds the change in its history.
 * Screenshots of each page at desktop and phone width go to test-artifacts/. `npm test` builds
 * the UI first; without web/dist this test fails and says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'detente.js');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let dataDir = '';
let profile = '';
let server: ChildProcess | null = null;
let base = '';
let context: BrowserContext | null = null;
let page: Page;

/** The child's environment: this test's store only, whatever the shell has set. */
function childEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, DETENTE_REQUIRE_TOKEN: _rt, ...env } = process.env;
  return { ...env, DETENTE_DATA_DIR: dataDir };
}

function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server = child;
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /on (http:\/\/[^\s]+) \(API/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}): ${err}`));
    });
  });
}

/** Screenshots of the current page at desktop and phone width. */
async function shoot(name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
}

/** Every form control of the page has a label (a <label for>, or aria-label). */
async function allLabelled(): Promise<void> {
  const unlabelled = await page.evaluate(
    `[...document.querySelectorAll('input, select, textarea')]
      .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label'))
      .map((e) => e.outerHTML)`,
  );
  expect(unlabelled).toEqual([]);
}

/** The page must not be wider than the phone screen (tables scroll inside their box). */
async function fitsPhone(): Promise<void> {
  await allLabelled();
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

// Generous limits: in `npm test` this file shares two cores with the other suites.
describe('the dashboard in Chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
      throw new Error(
        'web/dist is missing: build the UI first (npm run build:web, or npm test which builds it)',
      );
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test does it)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'detente-e2e-'));
    profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
    base = await startServer();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      timeout: 30_000,
      viewport: DESKTOP,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server?.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    for (const dir of [dataDir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the overview: measures in force both ways, channel health, commitments', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'In force today: CAN on CHN' }).waitFor();
    await page.getByRole('heading', { name: 'In force today: CHN on CAN' }).waitFor();
    const canOnChn = page.getByRole('region', { name: 'In force today: CAN on CHN' });
    expect(await canOnChn.getByRole('link').allTextContents()).toContain(
      'Canada: 100% surtax on Chinese electric vehicles',
    );
    const health = await page.locator('.status').allTextContents();
    expect(health.length).toBeGreaterThan(0);
    for (const h of health) expect(['on time', 'overdue', 'never met']).toContain(h.trim());
    const commitments = page.getByRole('region', { name: 'Open commitments' });
    expect(await commitments.getByRole('link').count()).toBeGreaterThan(0);
    await fitsPhone();
    await shoot('overview');
  });

  it('looks up 1205.10 CAN→CHN on 2025-09-01 and shows 84.8%, with a shareable URL', async () => {
    await page.getByRole('link', { name: 'Duty lookup' }).click();
    await page.getByLabel('HS line').fill('1205.10');
    await page.getByLabel('Origin').fill('CAN');
    await page.getByLabel('Destination').fill('CHN');
    await page.getByLabel('Date').fill('2025-09-01');
    await page.getByRole('button', { name: 'Look up' }).click();
    const total = page.getByTestId('duty-total');
    await total.waitFor();
    expect(await total.textContent()).toBe('84.8%');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/duty');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      line: '1205.10',
      from: 'CAN',
      to: 'CHN',
      on: '2025-09-01',
    });
    const body = await page.locator('main').innerText();
    expect(body).toContain('75.8%'); // the provisional anti-dumping layer
    expect(body).toContain('2026-03-01'); // the next scheduled change…
    expect(body).toContain('14.9%'); // …and the duty it brings
    expect(await page.locator('ol.sources a[href^="http"]').count()).toBeGreaterThan(0);
    expect(await page.locator('d-chart canvas').count()).toBeGreaterThan(0);
    await fitsPhone();
    await shoot('duty');

    // The URL alone gives the same answer in a fresh page load.
    await page.goto(url.href);
    await page.getByTestId('duty-total').waitFor();
    expect(await page.getByTestId('duty-total').textContent()).toBe('84.8%');

    // A heading whose national lines pay different duties: one answer per line.
    await page.goto(`${base}/duty?line=0713&from=CAN&to=CHN&on=2025-09-01`);
    await page.getByText('The national lines under 0713 pay different duties').waitFor();
    const totals = await page.getByTestId('duty-total').allTextContents();
    expect(totals.length).toBeGreaterThan(1);
    expect(new Set(totals).size).toBeGreaterThan(1);
    await shoot('duty-by-line');

    // An impossible date, sent from the keyboard (Enter in the field submits the form): the
    // API's message appears next to the date field it names.
    await page.getByLabel('Date').fill('2025-02-30');
    await page.getByLabel('Date').press('Enter');
    const dateError = page.locator('#duty-on-err');
    await page.locator('#duty-on-err', { hasText: /\S/ }).waitFor();
    expect(await dateError.textContent()).toContain('not a calendar date');
    expect(await page.getByLabel('Date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('duty-total').count()).toBe(0);
    await shoot('duty-error');
  });

  it('filters the timeline by kind and opens a record with its sources', async () => {
    await page.goto(`${base}/timeline`);
    const count = page.getByTestId('timeline-count');
    await page
      .getByTestId('timeline-count')
      .filter({ hasText: /^\s*[1-9]\d* of \d+/ })
      .waitFor();
    const all = /(\d+) of (\d+)/.exec((await count.textContent()) ?? '');
    expect(all?.[1]).toBe(all?.[2]);
    const kinds = await page.locator('ol.plain > li strong').allTextContents();
    expect(new Set(kinds).size).toBeGreaterThan(1);

    await page.getByLabel('Kind', { exact: true }).selectOption('engagement');
    await page.waitForURL(/kind=engagement/);
    const shown = /(\d+) of (\d+)/.exec((await count.textContent()) ?? '');
    expect(Number(shown?.[1])).toBeGreaterThan(0);
    expect(Number(shown?.[1])).toBeLessThan(Number(shown?.[2]));
    const filtered = await page.locator('ol.plain > li > strong').allTextContents();
    expect(filtered.length).toBe(Number(shown?.[1]));
    expect(new Set(filtered)).toEqual(new Set(['engagement']));
    await fitsPhone();
    await shoot('timeline');

    // Narrowed to one person: only the engagements Mark Carney took part in.
    await page.getByLabel('Person or body').selectOption({ label: 'Mark Carney' });
    await page.waitForURL(/who=mark-carney/);
    const carney = await page.locator('ol.plain > li > a').allTextContents();
    expect(carney.length).toBeGreaterThan(0);
    expect(carney.length).toBeLessThan(filtered.length);
    for (const t of carney) expect(t).toContain('Carney');

    const first = page.locator('ol.plain > li > a').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: title.trim() }).waitFor();
    expect(page.url()).toMatch(/\/records\/eng-/);
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    expect(await page.locator('ol.sources li').count()).toBeGreaterThan(0);
    await shoot('engagement');
  });

  it('draws the retaliation graph and finds records by search', async () => {
    await page.getByRole('link', { name: 'Retaliation graph' }).click();
    await page.locator('d-chart canvas').waitFor();
    expect(await page.getByText('responds to').count()).toBeGreaterThan(0);
    await shoot('graph');

    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Words to find').fill('DS627');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(/records match/).waitFor();
    const hits = page.locator('main ul.plain li a');
    expect(await hits.count()).toBeGreaterThan(0);
    await allLabelled();
    await shoot('search');
  });

  it('signs in with a token, edits a measure, sees the change in its history, creates one', async () => {
    const created = spawnSync(
      process.execPath,
      [BIN, 'token', 'create', '--role', 'editor', '--name', 'e2e-editor', '--json'],
      { cwd: ROOT, env: childEnv(), encoding: 'utf8' },
    );
    expect(created.status).toBe(0);
    const token = (JSON.parse(created.stdout) as { token: string }).token;

    await page.goto(`${base}/signin`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Sign out').first().waitFor();

    await page.goto(`${base}/records/can-2024-ev-surtax`);
    await page.getByRole('heading', { name: 'Responds to' }).waitFor();
    await shoot('measure');
    await page.getByRole('tab', { name: 'Edit' }).click();
    const rate = page.getByLabel('Rate (%)');
    await rate.waitFor();
    expect(await rate.inputValue()).toBe('100');

    // A date that does not exist: refused, the message beside the field, nothing written.
    await page.getByLabel('In force from (YYYY-MM-DD)').fill('2024-02-30');
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.locator('#edit-effective-err', { hasText: /\S/ }).waitFor();
    expect(await page.locator('#edit-effective-err').textContent()).toContain(
      'not a calendar date',
    );
    await shoot('measure-edit-error');

    await page.getByLabel('In force from (YYYY-MM-DD)').fill('2024-10-01');
    await rate.fill('95');
    await page.getByLabel('Reason for the change').fill('e2e: rate corrected');
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.waitForURL(/tab=history/);
    const v2 = page.getByTestId('version-2');
    await v2.waitFor();
    const text = await v2.innerText();
    expect(text).toContain('e2e-editor');
    expect(text).toContain('e2e: rate corrected');
    expect(text).toMatch(/rate\.bp\s+10000\s+9500/);
    await fitsPhone();
    await shoot('measure-history');

    // A new measure: a malformed HS line is refused beside its field, then it is created.
    await page.getByRole('link', { name: 'New measure' }).click();
    await page.getByLabel('Id', { exact: true }).fill('can-2026-e2e-canola-oil');
    await page
      .getByLabel('Title', { exact: true })
      .fill('Canada: 10% surtax on Chinese canola oil (test)');
    await page.getByLabel('Kind', { exact: true }).selectOption('surtax');
    await page.getByLabel('Imposer').fill('CAN');
    await page.getByLabel('Origins targeted').fill('CHN');
    await page.getByLabel('HS lines covered').fill('1514.1x');
    await page.getByLabel('Rate (%)').fill('10');
    await page.getByLabel('In force from (YYYY-MM-DD)').fill('2026-12-01');
    await page.getByLabel('Source ids').fill('src-01-finance-further-action');
    await page.getByRole('button', { name: 'Create the measure' }).click();
    await page.locator('#new-include-err', { hasText: /\S/ }).waitFor();
    expect(await page.locator('#new-include-err').textContent()).toMatch(/1514\.1x|HS/);
    await allLabelled();
    await shoot('measure-new-error');
    await page.getByLabel('HS lines covered').fill('1514.11');
    await page.getByRole('button', { name: 'Create the measure' }).click();
    await page.waitForURL(/\/records\/can-2026-e2e-canola-oil\?tab=history/);
    const v1 = page.getByTestId('version-1');
    await v1.waitFor();
    expect(await v1.innerText()).toContain('e2e-editor');

    // The API agrees: the stored measure now has the new rate.
    const res = await fetch(`${base}/api/v1/measures/can-2024-ev-surtax`);
    const view = (await res.json()) as { version: number; measure: { rate: { bp: number } } };
    expect(view.version).toBe(2);
    expect(view.measure.rate.bp).toBe(9500);
    const made = await fetch(`${base}/api/v1/measures/can-2026-e2e-canola-oil`);
    expect(made.status).toBe(200);
  });
});
