// Results that can be seen on a laptop (1280×720): loading a preset shows the first five rows
// of the Impact table without a drag, a finished sweep shows its first row, and the splitter
// has a grip to see and answers the keyboard.
import { test, type Locator, type Page } from '@playwright/test';
import { expect, openApp, openScenario, shot } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

/** True when the whole of `el` shows: inside the window and inside the scrolled results panel. */
async function fullyInView(page: Page, el: Locator): Promise<boolean> {
  const panel = page.getByRole('region', { name: 'Results and tables' }).getByRole('tabpanel');
  const [box, view] = [await el.boundingBox(), await panel.boundingBox()];
  if (box === null || view === null) return false;
  const window = page.viewportSize()!;
  const bottom = Math.min(window.height, view.y + view.height);
  return box.y >= view.y - 0.5 && box.y + box.height <= bottom + 0.5 && box.height > 0;
}

test('loading China’s processing offline shows five Impact rows without a drag', async ({
  page,
}) => {
  const errors = await openApp(page);
  const scenario = await openScenario(page);
  // the user was looking at another tab: the answer is brought back
  await page.getByRole('tab', { name: 'Nodes' }).click();
  await scenario.getByRole('combobox', { name: 'Preset' }).selectOption('china-processing-offline');
  await scenario.getByRole('button', { name: 'Load preset' }).click();
  await expect(page.getByTestId('headline')).toContainText('lost at once');
  const rows = page
    .getByRole('table', { name: 'Impact on end users' })
    .locator('tbody tr[data-id]');
  await expect(rows.first()).toBeVisible();
  await expect
    .poll(async () => {
      const seen = await Promise.all([0, 1, 2, 3, 4].map((i) => fullyInView(page, rows.nth(i))));
      return seen.filter(Boolean).length;
    })
    .toBe(5);
  await shot(page, 'laptop-1-preset-five-rows');
  expect(errors).toEqual([]);
});

test('a finished sweep shows its first row', async ({ page }) => {
  test.slow();
  const errors = await openApp(page);
  await page.getByRole('tab', { name: 'Removal sweep' }).click();
  await page.getByRole('button', { name: 'Run removal sweep' }).click();
  const first = page.getByRole('table', { name: 'Removal sweep' }).locator('tbody tr').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => fullyInView(page, first)).toBe(true);
  await shot(page, 'laptop-2-sweep-first-row');
  expect(errors).toEqual([]);
});

test('the splitter has a grip to see and resizes from the keyboard', async ({ page }) => {
  await openApp(page);
  const splitter = page.getByRole('separator', { name: 'Resize results and tables' });
  const grip = splitter.locator('.splitter-grip');
  await expect(grip).toBeVisible();
  const box = (await grip.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect((await splitter.boundingBox())!.height).toBeGreaterThanOrEqual(10);
  const panel = page.getByRole('region', { name: 'Results and tables' });
  const before = (await panel.boundingBox())!.height;
  await splitter.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(before + 40);
  expect(Number(await splitter.getAttribute('aria-valuenow'))).toBeGreaterThan(before + 40);
});

/** The smallest label drawn, in screen pixels, once the graph has settled. */
async function smallestLabel(page: Page): Promise<number> {
  await page.waitForTimeout(700); // the refit after a panel opens or closes
  return page.evaluate(() =>
    Math.min(
      ...window
        .chokepoint!.cy.nodes(':visible')
        .filter((n) => String(n.data('label') ?? '') !== '')
        .map((n) => parseFloat(String(n.renderedStyle('font-size')))),
    ),
  );
}

test('labels stay at 11 px or more with the Scenario panel open and when a pick opens Details', async ({
  page,
}) => {
  const errors = await openApp(page);
  await openScenario(page);
  expect(await smallestLabel(page)).toBeGreaterThanOrEqual(11);
  await page.getByRole('combobox', { name: 'Search nodes' }).fill('Bayan Obo');
  await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Bayan Obo');
  expect(await smallestLabel(page)).toBeGreaterThanOrEqual(11);
  await shot(page, 'laptop-3-details-open');
  // the Scenario panel opened again: still readable
  await openScenario(page);
  expect(await smallestLabel(page)).toBeGreaterThanOrEqual(11);
  expect(errors).toEqual([]);
});

test('search offers the matching preset first, and Remove node is near the top of Details', async ({
  page,
}) => {
  const errors = await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search nodes' });
  await search.fill('China processing');
  const options = page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option');
  await expect(options.first()).toContainText("China's processing offline");
  await shot(page, 'laptop-4-search-preset');
  // the node the words also match says which preset it is part of
  await options.filter({ hasText: 'China: separation of light concentrate' }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toContainText('separation of light');
  const remove = details.getByRole('button', { name: 'Remove node' });
  const box = (await remove.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  await expect(details).toContainText('Part of the preset');
  await details.getByRole('button', { name: "China's processing offline" }).click();
  await expect(page.getByTestId('headline')).toContainText("China's processing offline:");
  // picking the preset from search loads it too
  await (await openScenario(page)).getByRole('button', { name: 'Reset to baseline' }).click();
  await expect(page.getByTestId('headline')).toContainText('Baseline');
  await search.fill('China processing');
  await options.first().click();
  await expect(page.getByTestId('headline')).toContainText("China's processing offline:");
  expect(errors).toEqual([]);
});

test('the impact chart shows the share lost, and no label is cut at the left', async ({ page }) => {
  const errors = await openApp(page);
  const scenario = await openScenario(page);
  await scenario.getByRole('combobox', { name: 'Preset' }).selectOption('china-processing-offline');
  await scenario.getByRole('button', { name: 'Load preset' }).click();
  const chart = page.getByRole('img', { name: /Share of supply each end user loses/ });
  await expect(chart).toBeAttached();
  await expect(page.getByTestId('headline')).toContainText('lose everything');
  const drawn = await chart.evaluate((svg) => {
    const s = svg as SVGSVGElement;
    const labels = [...s.querySelectorAll('g[data-id] > text:first-child')].map(
      (t) => (t as SVGTextElement).getBBox().x,
    );
    const bars = [...s.querySelectorAll('g[data-id]')].map((g) => ({
      id: g.getAttribute('data-id')!,
      width: Number(g.querySelector('rect.lost')!.getAttribute('width')),
    }));
    return { left: Math.min(...labels), bars };
  });
  expect(drawn.left).toBeGreaterThanOrEqual(0);
  // users that lose everything have the longest bar, not none
  const rows = await page
    .getByRole('table', { name: 'Impact on end users' })
    .locator('tbody tr[data-id]')
    .evaluateAll((rs) =>
      rs.map((r) => ({
        id: r.getAttribute('data-id')!,
        all: Number(r.getAttribute('data-no-substitution')) === 0,
      })),
    );
  const longest = Math.max(...drawn.bars.map((b) => b.width));
  const allLost = rows.filter((r) => r.all).map((r) => r.id);
  expect(allLost.length).toBeGreaterThan(0);
  for (const id of allLost) expect(drawn.bars.find((b) => b.id === id)?.width).toBe(longest);
  await chart.scrollIntoViewIfNeeded();
  await shot(page, 'laptop-5-impact-chart');
  expect(errors).toEqual([]);
});
