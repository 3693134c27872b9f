// Present mode at 1280×720: the graph fills at least 70% of its stage's height (beside a
// caption column it filled 42-46%), the caption still covers no node, and the Impact table
// opened over the graph fits within the window.
import { test, type Page } from '@playwright/test';
import { expect, openApp, shot } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

/** The drawn graph's height (labels included) over its stage's. */
async function share(page: Page): Promise<number> {
  const stage = (await page.getByTestId('graph').boundingBox())!;
  const drawn = await page.evaluate(() => window.chokepoint!.cy.elements().renderedBoundingBox());
  return Math.min(drawn.h, stage.height) / stage.height;
}

test('present mode’s graph fills 70% or more of its stage, and its overlays fit', async ({
  page,
}) => {
  const errors = await openApp(page, '?story=year-of-controls-2025&step=5');
  const caption = page.getByRole('region', { name: 'Story step' });
  await expect(caption.getByTestId('present-headline')).toContainText('lost at once');
  await page.waitForTimeout(900); // the camera glides to the step
  expect(await share(page)).toBeGreaterThanOrEqual(0.7);
  // the caption is beside the graph's stage, not over it
  const box = (await caption.boundingBox())!;
  const stage = (await page.getByTestId('graph').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
  await shot(page, 'present-1-stage');

  await page.getByRole('button', { name: 'Impact table' }).click();
  const overlay = page.getByRole('region', { name: 'Impact' });
  await expect(overlay).toBeVisible();
  const o = (await overlay.boundingBox())!;
  expect(o.x).toBeGreaterThanOrEqual(0);
  expect(o.x + o.width).toBeLessThanOrEqual(1280);
  // no column cut: the table is no wider than the overlay shows
  const cut = await overlay.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(cut).toBeLessThanOrEqual(1);
  await shot(page, 'present-2-impact-overlay');
  expect(errors).toEqual([]);
});
