/**
 * End to end in a real Chromium: the coverage page of the built dashboard, served by `detente
 * serve` on a fresh data directory with no flows imported, so it answers from the built-in
 * sample. Opens China's March 2025 measures on Canada, checks the treemap and the chart over
 * time draw and their tables list the chapters, runs a simulation lifting a measure, and
 * takes screenshots at desktop and phone width into test-artifacts/coverage-*.png.
 */
import { spawn } from 'node:child_process';
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
const MARCH_2025 = ['chn-2025-annex1-100', 'chn-2025-annex2-25'];

let dataDir = '';
let profile = '';
let server: ChildProcess | null = null;
let base = '';
let context: BrowserContext | null = null;
let page: Page;

/** The child's environment: this test's data directory only, whatever the shell has set. */
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

/** Screenshots of the current page at phone and desktop width. */
async function shoot(name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
}

/** Every form control has a label, and the page is no wider than a phone's screen. */
async function accessibleOnPhone(): Promise<void> {
  const unlabelled = await page.evaluate(
    `[...document.querySelectorAll('main input, main select, main textarea')]
      .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label'))
      .map((e) => e.outerHTML)`,
  );
  expect(unlabelled).toEqual([]);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

/** The text of each row's first cell of a table. */
const firstCells = (testId: string) =>
  page.getByTestId(testId).locator('tbody tr td:first-child').allTextContents();

describe('the coverage page in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
      throw new Error(
        'web/dist is missing: build the UI first (npm run build:web, or npm test which builds it)',
      );
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test does it)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'detente-e2e-coverage-'));
    profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-coverage-'));
    base = await startServer();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      timeout: 30_000,
      viewport: DESKTOP,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
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

  it('shows the coverage of China’s March 2025 measures on Canada, from the sample', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Trade coverage' }).click();
    await page.getByRole('heading', { name: /Trade coverage: CHN’s measures on CAN/ }).waitFor();
    // choose the two March 2025 measures from the keyboard-operable form
    for (const title of [/Annex 1/, /Annex 2/]) await page.getByLabel(title).check();
    await page.getByRole('button', { name: 'Show coverage' }).click();
    await page.getByTestId('chapter-table').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.getAll('measure').sort()).toEqual(MARCH_2025);
    expect(await page.getByTestId('coverage-source').innerText()).toMatch(
      /No trade flows imported.*published .*aggregates.*Canadian dollars/s,
    );

    expect(await page.getByTestId('coverage-treemap').locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('coverage-years').locator('canvas').count()).toBe(1);
    const chapters = (await firstCells('chapter-table')).map((t) => t.trim().slice(0, 2));
    for (const ch of ['15', '23', '07', '02', '03']) expect(chapters).toContain(ch);
    expect(chapters).not.toContain('12'); // canola seed was not on the March list
    const years = await firstCells('years-table');
    expect(years.map((y) => y.trim())).toContain('2025');
    const captions = await page.locator('figcaption').allInnerTexts();
    expect(captions.length).toBeGreaterThanOrEqual(2);
    for (const c of captions) {
      expect(c).toContain('Global Trade Alert');
      expect(c).toContain('Base year 2024');
      expect(c).toMatch(/published .*aggregates/);
    }
    expect(await page.getByTestId('measures-table').locator('tbody tr').count()).toBe(2);
    await accessibleOnPhone();
    await shoot('coverage');
  });

  it('simulates lifting a measure and shows positive trade creation', async () => {
    await page.getByLabel('Lift a measure').check();
    await page.getByLabel('Measure to lift').selectOption(MARCH_2025[0] as string);
    await page.getByLabel('Tariffs read on').fill('2025-06-01');
    await page.getByLabel('Tariffs read on').press('Enter');
    await page.getByTestId('simulation-table').waitFor();
    const creation = await page
      .getByTestId('simulation-table')
      .locator('tr[data-effect="Trade creation"] td.num')
      .first()
      .innerText();
    expect(Number(creation.replace(/[^0-9−-]/g, '').replace('−', '-'))).toBeGreaterThan(0);
    expect(await page.getByTestId('simulation-chart').locator('canvas').count()).toBe(1);
    expect(await firstCells('simulation-breakdown')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Ch\. 23/)]),
    );
    await page.getByRole('radio', { name: 'by partner' }).check();
    expect((await firstCells('simulation-breakdown')).map((t) => t.trim())).toEqual(['CAN']);
    await page.getByRole('radio', { name: 'by HS chapter' }).check();
    await accessibleOnPhone();
    await page.getByTestId('simulation-table').scrollIntoViewIfNeeded();
    await shoot('coverage-simulation');
  });

  it('explains a bad base year instead of failing silently', async () => {
    await page.goto(`${base}/coverage?pair=CHN-CAN&baseYear=1800`);
    const error = page.locator('main p.error');
    await error.waitFor();
    expect(await error.innerText()).toContain('baseYear');
  });
});
