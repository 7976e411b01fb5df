/**
 * The ingest page end to end in a real Chromium (Debian's, driven by playwright-core), on the
 * built dashboard served by `detente serve` over a fresh store: an editor signs in, pastes a
 * leaders' call readout, sees the engagement candidate with its words highlighted, corrects it
 * in the edit form (an error lands beside its field first), accepts it, and finds it on the
 * timeline with the article as its source. Screenshots at desktop and phone width go to
 * test-artifacts/ingest-*.png.
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
const ARTICLE = 'https://example.org/readouts/2026/11/27/leaders-call';

/** A leaders' call readout, written for this test. */
const READOUT = [
  'Prime Minister Carney speaks with Premier Li Qiang of China',
  '',
  'November 27, 2026 — Ottawa, Ontario',
  '',
  "Prime Minister Mark Carney held a phone call today with Premier Li Qiang of the People's Republic of China.",
  '',
  'The two leaders discussed trade in agricultural products, including canola and seafood.',
  '',
  'The leaders agreed to hold the next session of the Joint Economic and Trade Commission in Beijing early in the new year. They also committed to keep officials in regular contact on consular cases.',
  '',
  'Prime Minister Carney said: "Steady, practical talks serve farmers and workers in both our countries."',
].join('\n');

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

/** Every form control has a label, and the page is no wider than a phone screen. */
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

// Generous limits: in `npm test` this file shares two cores with the other suites.
describe('the ingest page in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
      throw new Error(
        'web/dist is missing: build the UI first (npm run build:web, or npm test which builds it)',
      );
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test does it)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'detente-e2e-ingest-'));
    profile = mkdtempSync(join(tmpdir(), 'e2e-ingest-chromium-'));
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

  it('asks for sign-in, then turns a pasted readout into an engagement on the timeline', async () => {
    await page.goto(`${base}/ingest`);
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    const created = spawnSync(
      process.execPath,
      [BIN, 'token', 'create', '--role', 'editor', '--name', 'e2e-analyst', '--json'],
      { cwd: ROOT, env: childEnv(), encoding: 'utf8' },
    );
    expect(created.status).toBe(0);
    const token = (JSON.parse(created.stdout) as { token: string }).token;
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/ingest$/);

    // A chosen file fills the text box; a malformed date is refused beside its field.
    const html = `<html><body>${READOUT.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</body></html>`;
    await page.getByLabel('Or read a .txt or .html file').setInputFiles({
      name: 'readout.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await page.waitForFunction(
      `document.querySelector('#ing-text').value.startsWith('<html><body><p>Prime Minister')`,
    );
    await page.getByLabel('Text (plain text or HTML)').fill(READOUT);
    await page.getByLabel('Address (URL)').fill(ARTICLE);
    await page.getByLabel('Published (YYYY-MM-DD)').fill('2026-11-31');
    await page
      .getByLabel('Title (optional)')
      .fill('Prime Minister Carney speaks with Premier Li Qiang');
    await page.getByRole('button', { name: 'Extract candidates' }).click();
    await page.locator('#ing-published-err', { hasText: /\S/ }).waitFor();
    expect(await page.locator('#ing-published-err').textContent()).toContain('not a calendar date');
    await accessibleAtPhoneWidth();
    await shoot('ingest-form');

    await page.getByLabel('Published (YYYY-MM-DD)').fill('2026-11-27');
    await page.getByRole('button', { name: 'Extract candidates' }).click();
    await page.waitForURL(/\/ingest\?batch=ing-/);
    const card = page.locator('[data-testid^="candidate-engagement"]');
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('Engagement');
    expect(cardText).toContain('Mark Carney, Li Qiang');
    expect(cardText).toContain('agreed to hold the next session');
    const marks = await page
      .getByRole('region', { name: 'The text, candidates highlighted' })
      .locator('mark')
      .allTextContents();
    expect(marks.join('')).toContain('Prime Minister Mark Carney held a phone call today');

    // "Show in the text" marks the candidate's words and moves the focus there.
    await card.getByRole('button', { name: 'Show in the text' }).click();
    await page.locator('mark.selected').first().waitFor();
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('MARK');
    await accessibleAtPhoneWidth();
    await shoot('ingest-batch');

    // The edit form: an emptied date is refused beside the date field, then the place is set.
    await card.getByRole('button', { name: 'Edit' }).click();
    const date = card.getByLabel('Date (YYYY-MM-DD)');
    expect(await date.inputValue()).toBe('2026-11-27');
    expect(await card.getByLabel('Actor for “Mark Carney”').inputValue()).toBe('mark-carney');
    await date.fill('');
    await card.getByRole('button', { name: 'Accept with these changes' }).click();
    const dateError = card.locator('[id$="-date-err"]', { hasText: /\S/ });
    await dateError.waitFor();
    expect(await dateError.textContent()).toContain('the date is not known');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await accessibleAtPhoneWidth();
    await shoot('ingest-edit-error');
    await date.fill('2026-11-27');
    await card.getByLabel('Place').fill('Ottawa');
    await card.getByRole('button', { name: 'Accept with these changes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Accepted engagement-/ })
      .waitFor();
    expect(await card.locator('.status').textContent()).toContain('accepted (edited)');
    // The focus stays on the card just reviewed, for keyboard users.
    expect(await page.evaluate('document.activeElement?.id')).toMatch(/^card-engagement-.*-h$/);
    const link = page.getByRole('status').getByRole('link');
    const recordId = decodeURIComponent(
      ((await link.getAttribute('href')) ?? '').replace('/records/', ''),
    );
    expect(recordId).toMatch(/^eng-2026-11-27-mark-carney-li-qiang-call/);

    // The quote is rejected from the keyboard.
    const quote = page.locator('[data-testid^="candidate-quote"]');
    await quote.getByRole('button', { name: 'Reject' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /^Rejected quote-/ })
      .waitFor();
    await shoot('ingest-reviewed');

    // The timeline lists the engagement; its record cites the article.
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByLabel('Kind', { exact: true }).selectOption('engagement');
    const entry = page.getByRole('link', { name: 'Call: Mark Carney and Li Qiang in Ottawa' });
    await entry.waitFor();
    await shoot('ingest-timeline');
    await entry.click();
    await page
      .getByRole('heading', { level: 1, name: 'Call: Mark Carney and Li Qiang in Ottawa' })
      .waitFor();
    expect(page.url()).toContain(`/records/${recordId}`);
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    const source = page.locator('ol.sources a[href^="http"]');
    expect(await source.getAttribute('href')).toBe(ARTICLE);
    expect(await source.textContent()).toBe('Prime Minister Carney speaks with Premier Li Qiang');
    await shoot('ingest-record');
  });
});
