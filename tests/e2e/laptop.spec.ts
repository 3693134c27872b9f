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
