/**
 * End to end in a real Chromium: the coverage page of the built dashboard, served by `detente
 * serve` on a fresh data directory with no flows imported, so it answers from the built-in
 * sample. Opens China's March 2025 measures on Canada, checks the treemap and the chart over
 * time draw and their tables list the chapters, runs a simulation lifting a measure, and
 * takes screenshots at desktop and phone width into test-artifacts/coverage-*.png.
 */
import { describe, expect, it } from 'vitest';
import { useDashboard } from './harness.ts';

const MARCH_2025 = ['chn-2025-annex1-100', 'chn-2025-annex2-25'];

describe('the coverage page in Chromium', { timeout: 90_000 }, () => {
  const ui = useDashboard({
    name: 'coverage',
    timeoutMs: 20_000,
    settleMs: 400,
    controlsWithin: 'main',
  });

  /** The text of each row's first cell of a table. */
  const firstCells = (testId: string) =>
    ui.page.getByTestId(testId).locator('tbody tr td:first-child').allTextContents();

  it('shows the coverage of China’s March 2025 measures on Canada, from the sample', async () => {
    await ui.page.goto(`${ui.base}/`);
    await ui.page.getByRole('link', { name: 'Trade coverage' }).click();
    await ui.page.getByRole('heading', { name: /Trade coverage: CHN’s measures on CAN/ }).waitFor();
    // choose the two March 2025 measures from the keyboard-operable form
    for (const title of [/Annex 1/, /Annex 2/]) await ui.page.getByLabel(title).check();
    await ui.page.getByRole('button', { name: 'Show coverage' }).click();
    await ui.page.getByTestId('chapter-table').waitFor();
    const url = new URL(ui.page.url());
    expect(url.searchParams.getAll('measure').sort()).toEqual(MARCH_2025);
    expect(await ui.page.getByTestId('coverage-source').innerText()).toMatch(
      /No trade flows imported.*published .*aggregates.*Canadian dollars/s,
    );

    expect(await ui.page.getByTestId('coverage-treemap').locator('canvas').count()).toBe(1);
    expect(await ui.page.getByTestId('coverage-years').locator('canvas').count()).toBe(1);
    const chapters = (await firstCells('chapter-table')).map((t) => t.trim().slice(0, 2));
    for (const ch of ['15', '23', '07', '02', '03']) expect(chapters).toContain(ch);
    expect(chapters).not.toContain('12'); // canola seed was not on the March list
    const years = await firstCells('years-table');
    expect(years.map((y) => y.trim())).toContain('2025');
    const captions = await ui.page.locator('figcaption').allInnerTexts();
    expect(captions.length).toBeGreaterThanOrEqual(2);
    for (const c of captions) {
      expect(c).toContain('Global Trade Alert');
      expect(c).toContain('Base year 2024');
      expect(c).toMatch(/published .*aggregates/);
    }
    expect(await ui.page.getByTestId('measures-table').locator('tbody tr').count()).toBe(2);
    await ui.accessibleAtPhoneWidth();
    await ui.shoot('coverage');
  });

  it('simulates lifting a measure and shows positive trade creation', async () => {
    await ui.page.getByLabel('Lift a measure').check();
    await ui.page.getByLabel('Measure to lift').selectOption(MARCH_2025[0] as string);
    await ui.page.getByLabel('Tariffs read on').fill('2025-06-01');
    await ui.page.getByLabel('Tariffs read on').press('Enter');
    await ui.page.getByTestId('simulation-table').waitFor();
    const creation = await ui.page
      .getByTestId('simulation-table')
      .locator('tr[data-effect="Trade creation"] td.num')
      .first()
      .innerText();
    expect(Number(creation.replace(/[^0-9−-]/g, '').replace('−', '-'))).toBeGreaterThan(0);
    expect(await ui.page.getByTestId('simulation-chart').locator('canvas').count()).toBe(1);
    expect(await firstCells('simulation-breakdown')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Ch\. 23/)]),
    );
    await ui.page.getByRole('radio', { name: 'by partner' }).check();
    expect((await firstCells('simulation-breakdown')).map((t) => t.trim())).toEqual(['CAN']);
    await ui.page.getByRole('radio', { name: 'by HS chapter' }).check();
    await ui.accessibleAtPhoneWidth();
    await ui.page.getByTestId('simulation-table').scrollIntoViewIfNeeded();
    await ui.shoot('coverage-simulation');
  });

  it('explains a bad base year instead of failing silently', async () => {
    await ui.page.goto(`${ui.base}/coverage?pair=CHN-CAN&baseYear=1800`);
    const error = ui.page.locator('main p.error');
    await error.waitFor();
    expect(await error.innerText()).toContain('baseYear');
  });
});
