/**
 * The watchlists page end to end in a real Chromium (Debian's, driven by playwright-core): the
 * built dashboard served by `detente serve` on a fresh store. Signs in, creates a watchlist for
 * 2306 CAN→CHN, finds the 2025-03-20 tariff and the 2026-03-01 suspension among its changes,
 * opens its Atom feed, and registers a webhook (a loopback target is refused by default).
 * Screenshots at desktop and phone width go to test-artifacts/watch-*.png.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { useDashboard } from './harness.ts';

describe('the watchlists page in Chromium', { timeout: 60_000 }, () => {
  const ui = useDashboard({ name: 'watch' });

  it('asks anonymous readers to sign in before creating a watchlist', async () => {
    await ui.page.goto(`${ui.base}/watch`);
    await ui.page.getByRole('heading', { name: 'Watchlists', level: 1 }).waitFor();
    await ui.page.getByText('No watchlists yet').waitFor();
    expect(
      await ui.page
        .locator('main')
        .getByRole('link', { name: 'Sign in', exact: true })
        .getAttribute('href'),
    ).toBe('/signin?next=%2Fwatch');
    expect(
      await ui.page.getByRole('link', { name: 'Watchlists' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  let feedUrl = '';
  it('signs in, creates a watchlist for 2306 CAN→CHN and sees its changes', async () => {
    const token = ui.editorToken('e2e-watch');
    await ui.page.goto(`${ui.base}/signin`);
    await ui.page.getByLabel('Token').fill(token);
    await ui.page.getByRole('button', { name: 'Sign in' }).click();
    await ui.page.getByText('Sign out').first().waitFor();

    await ui.page.goto(`${ui.base}/watch`);
    // A refusal is shown beside the field the API names.
    await ui.page.getByLabel('Name').fill('Bad scope');
    await ui.page.getByLabel('HS scopes').fill('23x6');
    await ui.page.getByRole('button', { name: 'Create the watchlist' }).click();
    await ui.page.locator('#watch-scopes-err', { hasText: /\S/ }).waitFor();

    await ui.page.getByLabel('Name').fill('Rapeseed meal CAN→CHN');
    await ui.page.getByLabel('HS scopes').fill('2306');
    await ui.page.getByLabel('Pairs').fill('CAN:CHN');
    await ui.page.getByRole('button', { name: 'Create the watchlist' }).click();
    await ui.page.getByRole('heading', { name: 'Watchlist: Rapeseed meal CAN→CHN' }).waitFor();
    expect(ui.page.url()).toMatch(/\/watch\?id=wl-[0-9a-f]+$/);

    const rows = ui.page.getByRole('list', { name: 'Changes' }).locator(':scope > li');
    await rows.first().waitFor();
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toMatch(/2025-03-20[\s\S]*100% additional tariff on Canadian rapeseed oil/);
    expect(text).toMatch(/2026-03-01[\s\S]*suspension of the March 2025 tariffs/);
    expect(text).toContain('5% → 105%');
    expect(text).toContain('105% → 5%');
    // Each change links to its record.
    expect(
      await ui.page
        .getByRole('link', { name: /suspension of the March 2025 tariffs/ })
        .first()
        .getAttribute('href'),
    ).toBe('/records/chn-2026-suspension-annex-goods');

    feedUrl = (await ui.page.locator('a.feed-link').getAttribute('href')) ?? '';
    expect(feedUrl).toMatch(/^\/feeds\/wl-[0-9a-f]+\.atom$/);
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('watch');
  });

  it('opens the feed URL: an Atom document', async () => {
    const res = await ui.page.goto(`${ui.base}${feedUrl}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = (await res?.text()) ?? '';
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = (
      new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: Record<string, unknown> }
    ).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(xml).toContain('suspension of the March 2025 tariffs');
    await ui.page.goBack();
  });

  it('registers a webhook, and refuses a loopback target by default', async () => {
    await ui.page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await ui.page.getByLabel('Receiver URL').fill('http://127.0.0.1:9/in');
    await ui.page.getByRole('button', { name: 'Add the webhook' }).click();
    await ui.page.locator('#hook-url-err', { hasText: /loopback/ }).waitFor();
    await ui.page.getByLabel('Receiver URL').fill('https://hooks.example.org/detente');
    await ui.page.getByRole('button', { name: 'Add the webhook' }).click();
    await ui.page
      .getByRole('status')
      .filter({ hasText: /signing secret, shown only now: whsec_/ })
      .waitFor();
    await ui.page
      .getByRole('list', { name: 'Webhooks' })
      .getByText('https://hooks.example.org/detente')
      .waitFor();
    await ui.page.getByText('None: every delivery went through').waitFor();
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('watch-hooks');
  });
});
