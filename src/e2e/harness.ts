/**
 * What every browser test needs: the built dashboard served by a real `detente serve` on a
 * fresh data directory, and a real Chromium (Debian's, driven by playwright-core) pointed at
 * it. Each test file opens one in `beforeAll` and closes it in `afterAll`, so the files differ
 * only in what they check. Screenshots go to test-artifacts/<name>-{phone,desktop}.png.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

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
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * Settings of the shell that would point the server elsewhere or change its defaults (another
 * database, tokens required, private webhook targets allowed): the tests check the defaults.
 */
const UNSET = ['DATABASE_URL', 'DETENTE_REQUIRE_TOKEN', 'DETENTE_ALLOW_PRIVATE_HOOKS'];

export interface DashboardOptions {
  /** Names the temporary directories, so a leftover one says which test made it. */
  readonly name: string;
  /** More arguments for `detente serve` after `--port 0`. */
  readonly serveArgs?: readonly string[];
  /** More environment for the server and the CLI, on top of the shell's (minus UNSET). */
  readonly env?: Readonly<Record<string, string>>;
  /** How long a page may take to show what a test waits for. */
  readonly timeoutMs?: number;
  /** How long to let the layout settle after a viewport change, before measuring or shooting. */
  readonly settleMs?: number;
  /** Where the form controls that must be labelled are (`main`: the page, not the site header). */
  readonly controlsWithin?: string;
}

export interface Dashboard {
  /** The server's address, e.g. http://127.0.0.1:40123, without a trailing slash. */
  readonly base: string;
  readonly page: Page;
  readonly dataDir: string;
  /** Screenshots of the current page at phone and desktop width. */
  shoot(name: string): Promise<void>;
  /** Every form control has a label (a <label for>, or aria-label). */
  allLabelled(): Promise<void>;
  /** Every control is labelled, and the page is no wider than a phone (tables scroll inside). */
  accessibleAtPhoneWidth(): Promise<void>;
  /** A new editor token, made by `detente token create` on this data directory. */
  editorToken(name: string): string;
  /** Closes the browser, stops the server and removes the temporary directories. */
  close(): Promise<void>;
}

/**
 * A dashboard opened before the tests of the enclosing `describe` and closed after them. Its
 * members are read inside the tests (they throw if read before it is open).
 */
export function useDashboard(options: DashboardOptions): Dashboard {
  let opened: Dashboard | undefined;
  beforeAll(async () => {
    opened = await openDashboard(options);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });
  const open = (): Dashboard => {
    if (!opened) throw new Error(`the ${options.name} dashboard is not open (yet)`);
    return opened;
  };
  return {
    get base() {
      return open().base;
    },
    get page() {
      return open().page;
    },
    get dataDir() {
      return open().dataDir;
    },
    shoot: (name) => open().shoot(name),
    allLabelled: () => open().allLabelled(),
    accessibleAtPhoneWidth: () => open().accessibleAtPhoneWidth(),
    editorToken: (name) => open().editorToken(name),
    close: () => open().close(),
  };
}

/** Starts the server and the browser; if either fails, what was started is undone first. */
export async function openDashboard(options: DashboardOptions): Promise<Dashboard> {
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
    throw new Error(
      'web/dist is missing: build the UI first (npm run build:web, or npm test which builds it)',
    );
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test does it)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const settleMs = options.settleMs ?? 250;
  const dataDir = mkdtempSync(join(tmpdir(), `detente-e2e-${options.name}-`));
  const profile = mkdtempSync(join(tmpdir(), `e2e-${options.name}-chromium-`));
  const env = childEnv(dataDir, options.env ?? {});
  let server: ChildProcess | null = null;
  let context: BrowserContext | null = null;

  const close = async (): Promise<void> => {
    await context?.close();
    if (server && server.exitCode === null) {
      const child = server;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    for (const dir of [dataDir, profile]) rmSync(dir, { recursive: true, force: true });
  };

  try {
    const started = startServer(env, options.serveArgs ?? []);
    server = started.child;
    const base = await started.url;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      timeout: 30_000,
      viewport: DESKTOP,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(options.timeoutMs ?? 15_000);

    const allLabelled = async (): Promise<void> => {
      const within = options.controlsWithin ? `${options.controlsWithin} ` : '';
      const unlabelled = await page.evaluate(
        `[...document.querySelectorAll('${within}input, ${within}select, ${within}textarea')]
          .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label'))
          .map((e) => e.outerHTML)`,
      );
      expect(unlabelled).toEqual([]);
    };

    return {
      base,
      page,
      dataDir,
      async shoot(name) {
        await page.setViewportSize(PHONE);
        await page.waitForTimeout(settleMs);
        await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
        await page.setViewportSize(DESKTOP);
        await page.waitForTimeout(settleMs);
        await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
      },
      allLabelled,
      async accessibleAtPhoneWidth() {
        await allLabelled();
        await page.setViewportSize(PHONE);
        await page.waitForTimeout(settleMs);
        const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
        expect(width).toBeLessThanOrEqual(PHONE.width);
        await page.setViewportSize(DESKTOP);
      },
      editorToken(name) {
        const created = spawnSync(
          process.execPath,
          [BIN, 'token', 'create', '--role', 'editor', '--name', name, '--json'],
          { cwd: ROOT, env, encoding: 'utf8' },
        );
        expect(created.status).toBe(0);
        return (JSON.parse(created.stdout) as { token: string }).token;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The child's environment: this test's data directory only, whatever the shell has set. */
function childEnv(dataDir: string, more: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const shell = Object.entries(process.env).filter(([name]) => !UNSET.includes(name));
  return { ...Object.fromEntries(shell), ...more, DETENTE_DATA_DIR: dataDir };
}

/** Spawns `detente serve --port 0` and reads the address it picked from its stderr. */
function startServer(
  env: NodeJS.ProcessEnv,
  serveArgs: readonly string[],
): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...serveArgs], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = new Promise<string>((resolve, reject) => {
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
  return { child, url };
}
