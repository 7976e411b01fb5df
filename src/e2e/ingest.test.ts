/**
 * The ingest page end to end in a real Chromium (Debian's, driven by playwright-core), on the
 * built dashboard served by `detente serve` over a fresh store: an editor signs in, pastes a
 * leaders' call readout, sees the engagement candidate with its words highlighted, corrects it
 * in the edit form (an error lands beside its field first), accepts it, and finds it on the
 * timeline with the article as its source. Screenshots at desktop and phone width go to
 * test-artifacts/ingest-*.png.
 */
import { CALL_READOUT_LONG as READOUT } from '../services/testdata/readouts.ts';
import { describe, expect, it } from 'vitest';
import { useDashboard } from './harness.ts';

const ARTICLE = 'https://example.org/readouts/2026/11/27/leaders-call';

// Generous limits: in `npm test` this file shares two cores with the other suites.
describe('the ingest page in Chromium', { timeout: 90_000 }, () => {
  const ui = useDashboard({ name: 'ingest' });

  it('asks for sign-in, then turns a pasted readout into an engagement on the timeline', async () => {
    await ui.page.goto(`${ui.base}/ingest`);
    await ui.page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    const token = ui.editorToken('e2e-analyst');
    await ui.page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await ui.page.getByLabel('Token').fill(token);
    await ui.page.getByRole('button', { name: 'Sign in' }).click();
    await ui.page.waitForURL(/\/ingest$/);

    // A chosen file fills the text box; a malformed date is refused beside its field.
    const html = `<html><body>${READOUT.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</body></html>`;
    await ui.page.getByLabel('Or read a .txt or .html file').setInputFiles({
      name: 'readout.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    // Polled from the test, not by a string evaluated in the page, which the page's CSP forbids.
    const text = () => ui.page.locator('#ing-text').inputValue();
    await expect.poll(text).toMatch(/^<html><body><p>Prime Minister/);
    // a file saved as Windows-1252, its apostrophe the byte 0x92
    await ui.page.getByLabel('Or read a .txt or .html file').setInputFiles({
      name: 'note.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Canada\x92s readout', 'latin1'),
    });
    await expect.poll(text).toBe('Canada\u2019s readout');
    await ui.page.getByLabel('Text (plain text or HTML)').fill(READOUT);
    await ui.page.getByLabel('Address (URL)').fill(ARTICLE);
    await ui.page.getByLabel('Published (YYYY-MM-DD)').fill('2026-11-31');
    await ui.page
      .getByLabel('Title (optional)')
      .fill('Prime Minister Carney speaks with Premier Li Qiang');
    await ui.page.getByRole('button', { name: 'Extract candidates' }).click();
    await ui.page.locator('#ing-published-err', { hasText: /\S/ }).waitFor();
    expect(await ui.page.locator('#ing-published-err').textContent()).toContain(
      'not a calendar date',
    );
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('ingest-form');

    await ui.page.getByLabel('Published (YYYY-MM-DD)').fill('2026-11-27');
    await ui.page.getByRole('button', { name: 'Extract candidates' }).click();
    await ui.page.waitForURL(/\/ingest\?batch=ing-/);
    const card = ui.page.locator('[data-testid^="candidate-engagement"]');
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('Engagement');
    expect(cardText).toContain('Mark Carney, Li Qiang');
    expect(cardText).toContain('agreed to hold the next session');
    const marks = await ui.page
      .getByRole('region', { name: 'The text, candidates highlighted' })
      .locator('mark')
      .allTextContents();
    expect(marks.join('')).toContain('Prime Minister Mark Carney held a phone call today');

    // "Show in the text" marks the candidate's words and moves the focus there.
    await card.getByRole('button', { name: 'Show in the text' }).click();
    await ui.page.locator('mark.selected').first().waitFor();
    expect(await ui.page.evaluate('document.activeElement?.tagName')).toBe('MARK');
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('ingest-batch');

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
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('ingest-edit-error');
    await date.fill('2026-11-27');
    await card.getByLabel('Place').fill('Ottawa');
    await card.getByRole('button', { name: 'Accept with these changes' }).click();
    await ui.page
      .getByRole('status')
      .filter({ hasText: /^Accepted engagement-/ })
      .waitFor();
    expect(await card.locator('.status').textContent()).toContain('accepted (edited)');
    // The focus stays on the card just reviewed, for keyboard users.
    expect(await ui.page.evaluate('document.activeElement?.id')).toMatch(/^card-engagement-.*-h$/);
    const link = ui.page.getByRole('status').getByRole('link');
    const recordId = decodeURIComponent(
      ((await link.getAttribute('href')) ?? '').replace('/records/', ''),
    );
    expect(recordId).toMatch(/^eng-2026-11-27-mark-carney-li-qiang-call/);

    // The quote is rejected from the keyboard.
    const quote = ui.page.locator('[data-testid^="candidate-quote"]');
    await quote.getByRole('button', { name: 'Reject' }).focus();
    await ui.page.keyboard.press('Enter');
    await ui.page
      .getByRole('status')
      .filter({ hasText: /^Rejected quote-/ })
      .waitFor();
    await ui.shoot('ingest-reviewed');

    // The timeline lists the engagement; its record cites the article.
    await ui.page.getByRole('link', { name: 'Timeline' }).click();
    await ui.page.getByLabel('Kind', { exact: true }).selectOption('engagement');
    const entry = ui.page.getByRole('link', { name: 'Call: Mark Carney and Li Qiang in Ottawa' });
    await entry.waitFor();
    await ui.shoot('ingest-timeline');
    await entry.click();
    await ui.page
      .getByRole('heading', { level: 1, name: 'Call: Mark Carney and Li Qiang in Ottawa' })
      .waitFor();
    expect(ui.page.url()).toContain(`/records/${recordId}`);
    await ui.page.getByRole('heading', { name: 'Sources' }).waitFor();
    const source = ui.page.locator('ol.sources a[href^="http"]');
    expect(await source.getAttribute('href')).toBe(ARTICLE);
    expect(await source.textContent()).toBe('Prime Minister Carney speaks with Premier Li Qiang');
    await ui.shoot('ingest-record');
  });
});
