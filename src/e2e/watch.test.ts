/**
 * The watchlists page end to end in a real Chromium (Debian's, driven by playwright-core): the
 * built dashboard served by `detente serve` on a fresh store. Signs in, creates a watchlist for
 * 2306 CAN→CHN, finds the 2025-03-20 tariff and the 2026-03-01 suspension among its changes,
 * opens its Atom feed, and registers a webhook (a loopback target is refused by default).
 * Screenshots at desktop and phone width go to test-artifacts/watch-*.png.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
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
  const {
    DATABASE_URL: _db,
    DETENTE_REQUIRE_TOKEN: _rt,
    DETENTE_ALLOW_PRIVATE_HOOKS: _ph,
    ...env
  } = process.env;
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

async function shoot(name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
}

/** Every control has a label, and the page is no wider than a phone (tables scroll inside). */
async function accessibleAtPhoneWidth(): Promise<void> {
  const unlabelled = await page.evaluate(
    `[...document.querySelectorAll('input, select, textarea')]
      .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label'))
      .map((e) => e.outerHTML)`,
  );
  expect(unlabelled).toEqual([]);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

describe('the watchlists page in Chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
      throw new Error('web/dist is missing: build the UI first (npm run build:web)');
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'detente-e2e-watch-'));
    profile = mkdtempSync(join(tmpdir(), 'e2e-watch-chromium-'));
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

  it('asks anonymous readers to sign in before creating a watchlist', async () => {
    await page.goto(`${base}/watch`);
    await page.getByRole('heading', { name: 'Watchlists', level: 1 }).waitFor();
    await page.getByText('No watchlists yet').waitFor();
    expect(
      await page
        .locator('main')
        .getByRole('link', { name: 'Sign in', exact: true })
        .getAttribute('href'),
    ).toBe('/signin?next=%2Fwatch');
    expect(await page.getByRole('link', { name: 'Watchlists' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  let feedUrl = '';
  it('signs in, creates a watchlist for 2306 CAN→CHN and sees its changes', async () => {
    const created = spawnSync(
      process.execPath,
      [BIN, 'token', 'create', '--role', 'editor', '--name', 'e2e-watch', '--json'],
      { cwd: ROOT, env: childEnv(), encoding: 'utf8' },
    );
    expect(created.status).toBe(0);
    const token = (JSON.parse(created.stdout) as { token: string }).token;
    await page.goto(`${base}/signin`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Sign out').first().waitFor();

    await page.goto(`${base}/watch`);
    // A refusal is shown beside the field the API names.
    await page.getByLabel('Name').fill('Bad scope');
    await page.getByLabel('HS scopes').fill('23x6');
    await page.getByRole('button', { name: 'Create the watchlist' }).click();
    await page.locator('#watch-scopes-err', { hasText: /\S/ }).waitFor();

    await page.getByLabel('Name').fill('Rapeseed meal CAN→CHN');
    await page.getByLabel('HS scopes').fill('2306');
    await page.getByLabel('Pairs').fill('CAN:CHN');
    await page.getByRole('button', { name: 'Create the watchlist' }).click();
    await page.getByRole('heading', { name: 'Watchlist: Rapeseed meal CAN→CHN' }).waitFor();
    expect(page.url()).toMatch(/\/watch\?id=wl-[0-9a-f]+$/);

    const rows = page.getByRole('list', { name: 'Changes' }).locator(':scope > li');
    await rows.first().waitFor();
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toMatch(/2025-03-20[\s\S]*100% additional tariff on Canadian rapeseed oil/);
    expect(text).toMatch(/2026-03-01[\s\S]*suspension of the March 2025 tariffs/);
    expect(text).toContain('5% → 105%');
    expect(text).toContain('105% → 5%');
    // Each change links to its record.
    expect(
      await page
        .getByRole('link', { name: /suspension of the March 2025 tariffs/ })
        .first()
        .getAttribute('href'),
    ).toBe('/records/chn-2026-suspension-annex-goods');

    feedUrl = (await page.locator('a.feed-link').getAttribute('href')) ?? '';
    expect(feedUrl).toMatch(/^\/feeds\/wl-[0-9a-f]+\.atom$/);
    await accessibleAtPhoneWidth();
    await shoot('watch');
  });

  it('opens the feed URL: an Atom document', async () => {
    const res = await page.goto(`${base}${feedUrl}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = (await res?.text()) ?? '';
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = (
      new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: Record<string, unknown> }
    ).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(xml).toContain('suspension of the March 2025 tariffs');
    await page.goBack();
  });

  it('registers a webhook, and refuses a loopback target by default', async () => {
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await page.getByLabel('Receiver URL').fill('http://127.0.0.1:9/in');
    await page.getByRole('button', { name: 'Add the webhook' }).click();
    await page.locator('#hook-url-err', { hasText: /loopback/ }).waitFor();
    await page.getByLabel('Receiver URL').fill('https://hooks.example.org/detente');
    await page.getByRole('button', { name: 'Add the webhook' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /signing secret, shown only now: whsec_/ })
      .waitFor();
    await page
      .getByRole('list', { name: 'Webhooks' })
      .getByText('https://hooks.example.org/detente')
      .waitFor();
    await page.getByText('None: every delivery went through').waitFor();
    await accessibleAtPhoneWidth();
    await shoot('watch-hooks');
  });
});
