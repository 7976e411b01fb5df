/**
 * End to end in a real Chromium (Debian's, driven by playwright-core): the built dashboard
 * served by `detente serve` on a fresh store. Opens the overview, looks up a duty, filters the
 * timeline, signs in with an editor token, edits a measure and finds the change in its history.
 * Screenshots of each page at desktop and phone width go to test-artifacts/. `npm test` builds
 * the UI first; without web/dist this test fails and says so.
 */
import { describe, expect, it } from 'vitest';
import { useDashboard } from './harness.ts';

// Generous limits: in `npm test` this file shares two cores with the other suites.
describe('the dashboard in Chromium', { timeout: 60_000 }, () => {
  const ui = useDashboard({ name: 'dashboard' });

  it('opens the overview: measures in force both ways, channel health, commitments', async () => {
    await ui.page.goto(`${ui.base}/`);
    await ui.page.getByRole('heading', { name: 'In force today: CAN on CHN' }).waitFor();
    await ui.page.getByRole('heading', { name: 'In force today: CHN on CAN' }).waitFor();
    const canOnChn = ui.page.getByRole('region', { name: 'In force today: CAN on CHN' });
    expect(await canOnChn.getByRole('link').allTextContents()).toContain(
      'Canada: 100% surtax on Chinese electric vehicles',
    );
    const health = await ui.page
      .getByRole('region', { name: 'Channels of talks' })
      .locator('.status')
      .allTextContents();
    expect(health.length).toBeGreaterThan(0);
    for (const h of health) expect(['on time', 'overdue', 'never met']).toContain(h.trim());
    const commitments = ui.page.getByRole('region', { name: 'Commitments' });
    expect(await commitments.getByRole('link').count()).toBeGreaterThan(0);
    // each with its status on the day and its due date, when it has one
    expect(await commitments.innerText()).toMatch(/since [0-9-]{10}, due 2026-03-01/);
    // those still to keep come before those met or dropped
    const kept = (await commitments.getByRole('listitem').allInnerTexts()).map((t) =>
      /—\s+(?:open|in-progress)\b/.test(t) ? 0 : 1,
    );
    expect(new Set(kept)).toEqual(new Set([0, 1]));
    expect(kept).toEqual([...kept].sort());
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('overview');
  });

  it('looks up 1205.10 CAN→CHN on 2025-09-01 and shows 84.8%, with a shareable URL', async () => {
    await ui.page.getByRole('link', { name: 'Duty lookup' }).click();
    await ui.page.getByLabel('HS line').fill('1205.10');
    await ui.page.getByLabel('Origin').fill('CAN');
    await ui.page.getByLabel('Destination').fill('CHN');
    await ui.page.getByLabel('Date').fill('2025-09-01');
    await ui.page.getByRole('button', { name: 'Look up' }).click();
    const total = ui.page.getByTestId('duty-total');
    await total.waitFor();
    expect(await total.textContent()).toBe('84.8%');
    const url = new URL(ui.page.url());
    expect(url.pathname).toBe('/duty');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      line: '1205.10',
      from: 'CAN',
      to: 'CHN',
      on: '2025-09-01',
    });
    const body = await ui.page.locator('main').innerText();
    expect(body).toContain('75.8%'); // the provisional anti-dumping layer
    expect(body).toContain('2026-03-01'); // the next scheduled change…
    expect(body).toContain('14.9%'); // …and the duty it brings
    expect(await ui.page.locator('ol.sources a[href^="http"]').count()).toBeGreaterThan(0);
    expect(await ui.page.locator('d-chart canvas').count()).toBeGreaterThan(0);
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('duty');

    // The URL alone gives the same answer in a fresh page load.
    await ui.page.goto(url.href);
    await ui.page.getByTestId('duty-total').waitFor();
    expect(await ui.page.getByTestId('duty-total').textContent()).toBe('84.8%');

    // A heading whose national lines pay different duties: one answer per line.
    await ui.page.goto(`${ui.base}/duty?line=0713&from=CAN&to=CHN&on=2025-09-01`);
    await ui.page.getByText('The national lines under 0713 pay different duties').waitFor();
    const totals = await ui.page.getByTestId('duty-total').allTextContents();
    expect(totals.length).toBeGreaterThan(1);
    expect(new Set(totals).size).toBeGreaterThan(1);
    await ui.shoot('duty-by-line');

    // A layer another measure takes away is named, with why and by which measure.
    await ui.page.goto(`${ui.base}/duty?line=2306.49&from=CAN&to=CHN&on=2026-06-01`);
    await ui.page.getByRole('heading', { name: 'Removed layers' }).waitFor();
    expect(
      await ui.page.getByRole('listitem').filter({ hasText: 'suspended (by' }).textContent(),
    ).toMatch(
      /China: 100% additional tariff on Canadian rapeseed oil, oil cakes and peas \(Annex 1\):\s+suspended \(by chn-/,
    );

    // An impossible date, sent from the keyboard (Enter in the field submits the form): the
    // API's message appears next to the date field it names.
    await ui.page.getByLabel('Date').fill('2025-02-30');
    await ui.page.getByLabel('Date').press('Enter');
    const dateError = ui.page.locator('#duty-on-err');
    await ui.page.locator('#duty-on-err', { hasText: /\S/ }).waitFor();
    expect(await dateError.textContent()).toContain('not a calendar date');
    expect(await ui.page.getByLabel('Date').getAttribute('aria-invalid')).toBe('true');
    expect(await ui.page.getByTestId('duty-total').count()).toBe(0);
    await ui.shoot('duty-error');
  });

  it('filters the timeline by kind and opens a record with its sources', async () => {
    await ui.page.goto(`${ui.base}/timeline`);
    const count = ui.page.getByTestId('timeline-count');
    await ui.page
      .getByTestId('timeline-count')
      .filter({ hasText: /^\s*[1-9]\d* of \d+/ })
      .waitFor();
    const all = /(\d+) of (\d+)/.exec((await count.textContent()) ?? '');
    expect(all?.[1]).toBe(all?.[2]);
    const kinds = await ui.page.locator('ol.plain > li strong').allTextContents();
    expect(new Set(kinds).size).toBeGreaterThan(1);

    await ui.page.getByLabel('Kind', { exact: true }).selectOption('engagement');
    await ui.page.waitForURL(/kind=engagement/);
    const shown = /(\d+) of (\d+)/.exec((await count.textContent()) ?? '');
    expect(Number(shown?.[1])).toBeGreaterThan(0);
    expect(Number(shown?.[1])).toBeLessThan(Number(shown?.[2]));
    const filtered = await ui.page.locator('ol.plain > li > strong').allTextContents();
    expect(filtered.length).toBe(Number(shown?.[1]));
    expect(new Set(filtered)).toEqual(new Set(['engagement']));
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('timeline');

    // Narrowed to one person: only the engagements Mark Carney took part in.
    await ui.page.getByLabel('Person or body').selectOption({ label: 'Mark Carney' });
    await ui.page.waitForURL(/who=mark-carney/);
    const carney = await ui.page.locator('ol.plain > li > a').allTextContents();
    expect(carney.length).toBeGreaterThan(0);
    expect(carney.length).toBeLessThan(filtered.length);
    for (const t of carney) expect(t).toContain('Carney');

    const first = ui.page.locator('ol.plain > li > a').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await ui.page.getByRole('heading', { level: 1, name: title.trim() }).waitFor();
    expect(ui.page.url()).toMatch(/\/records\/eng-/);
    await ui.page.getByRole('heading', { name: 'Sources' }).waitFor();
    expect(await ui.page.locator('ol.sources li').count()).toBeGreaterThan(0);
    await ui.shoot('engagement');
  });

  it('draws the retaliation graph and finds records by search', async () => {
    await ui.page.getByRole('link', { name: 'Retaliation graph' }).click();
    await ui.page.locator('d-chart canvas').waitFor();
    expect(await ui.page.getByText('responds to').count()).toBeGreaterThan(0);
    await ui.shoot('graph');

    await ui.page.getByRole('link', { name: 'Search' }).click();
    await ui.page.getByLabel('Words to find').fill('DS627');
    await ui.page.getByRole('button', { name: 'Search' }).click();
    await ui.page.getByText(/records match/).waitFor();
    const hits = ui.page.locator('main ul.plain li a');
    expect(await hits.count()).toBeGreaterThan(0);
    await ui.allLabelled();
    await ui.shoot('search');
  });

  it('signs in with a token, edits a measure, sees the change in its history, creates one', async () => {
    const token = ui.editorToken('e2e-editor');

    await ui.page.goto(`${ui.base}/signin`);
    await ui.page.getByLabel('Token').fill(token);
    await ui.page.getByRole('button', { name: 'Sign in' }).click();
    await ui.page.getByText('Sign out').first().waitFor();

    await ui.page.goto(`${ui.base}/records/can-2024-ev-surtax`);
    await ui.page.getByRole('heading', { name: 'Responds to' }).waitFor();
    await ui.shoot('measure');
    await ui.page.getByRole('tab', { name: 'Edit' }).click();
    const rate = ui.page.getByLabel('Rate (%)');
    await rate.waitFor();
    expect(await rate.inputValue()).toBe('100');

    // A date that does not exist: refused, the message beside the field, nothing written.
    await ui.page.getByLabel('In force from (YYYY-MM-DD)').fill('2024-02-30');
    await ui.page.getByRole('button', { name: /^Save/ }).click();
    await ui.page.locator('#edit-effective-err', { hasText: /\S/ }).waitFor();
    expect(await ui.page.locator('#edit-effective-err').textContent()).toContain(
      'not a calendar date',
    );
    await ui.shoot('measure-edit-error');

    await ui.page.getByLabel('In force from (YYYY-MM-DD)').fill('2024-10-01');
    await rate.fill('95');
    await ui.page.getByLabel('Reason for the change').fill('e2e: rate corrected');
    await ui.page.getByRole('button', { name: /^Save/ }).click();
    await ui.page.waitForURL(/tab=history/);
    const v2 = ui.page.getByTestId('version-2');
    await v2.waitFor();
    const text = await v2.innerText();
    expect(text).toContain('e2e-editor');
    expect(text).toContain('e2e: rate corrected');
    expect(text).toMatch(/rate\.bp\s+10000\s+9500/);
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('measure-history');

    // A new measure: a malformed HS line is refused beside its field, then it is created.
    await ui.page.getByRole('link', { name: 'New measure' }).click();
    await ui.page.getByLabel('Id', { exact: true }).fill('can-2026-e2e-canola-oil');
    await ui.page
      .getByLabel('Title', { exact: true })
      .fill('Canada: 10% surtax on Chinese canola oil (test)');
    await ui.page.getByLabel('Kind', { exact: true }).selectOption('surtax');
    await ui.page.getByLabel('Imposer').fill('CAN');
    await ui.page.getByLabel('Origins targeted').fill('CHN');
    await ui.page.getByLabel('HS lines covered').fill('1514.1x');
    await ui.page.getByLabel('Rate (%)').fill('10');
    await ui.page.getByLabel('In force from (YYYY-MM-DD)').fill('2026-12-01');
    await ui.page.getByLabel('Source ids').fill('src-01-finance-further-action');
    await ui.page.getByRole('button', { name: 'Create the measure' }).click();
    await ui.page.locator('#new-include-err', { hasText: /\S/ }).waitFor();
    expect(await ui.page.locator('#new-include-err').textContent()).toMatch(/1514\.1x|HS/);
    await ui.allLabelled();
    await ui.shoot('measure-new-error');
    await ui.page.getByLabel('HS lines covered').fill('1514.11');
    await ui.page.getByRole('button', { name: 'Create the measure' }).click();
    await ui.page.waitForURL(/\/records\/can-2026-e2e-canola-oil\?tab=history/);
    const v1 = ui.page.getByTestId('version-1');
    await v1.waitFor();
    expect(await v1.innerText()).toContain('e2e-editor');

    // The API agrees: the stored measure now has the new rate.
    const res = await fetch(`${ui.base}/api/v1/measures/can-2024-ev-surtax`);
    const view = (await res.json()) as { version: number; measure: { rate: { bp: number } } };
    expect(view.version).toBe(2);
    expect(view.measure.rate.bp).toBe(9500);
    const made = await fetch(`${ui.base}/api/v1/measures/can-2026-e2e-canola-oil`);
    expect(made.status).toBe(200);
  });

  it('reads the whole dashboard as known on a date, carried across pages, then as it stands', async () => {
    const page = ui.page;
    await page.goto(`${ui.base}/timeline`);
    await page.getByText(/\d+ of \d+ dated records/).waitFor();
    const control = page.getByLabel('As known on');
    await control.fill('2024-01-01');
    await control.dispatchEvent('change');
    // The store was first written today: on 2024-01-01 it held nothing.
    await page.getByText('0 of 0 dated records').waitFor();
    const banner = page.getByRole('status').filter({ hasText: 'as the store held it on' });
    expect(await banner.innerText()).toContain('2024-01-01');
    await page.getByRole('link', { name: 'Duty lookup' }).click();
    await page.waitForURL(/\/duty\?asKnownOn=2024-01-01$/);
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('as-known-on');
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByText('0 of 0 dated records').waitFor();
    await page.getByRole('link', { name: 'Show the record as it stands' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/timeline' && !url.search.includes('asKnownOn'),
    );
    await page.getByText(/[1-9]\d* of [1-9]\d* dated records/).waitFor();
    expect(await banner.count()).toBe(0);
  });
});
