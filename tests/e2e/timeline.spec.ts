// The timeline of 2025, used as a researcher would: move the "Month" slider to May 2025 and read
// the US magnet flow and the impact table, check them against the source's own figures (46 t of
// magnets to the US in May, Reuters; 2,510 t in H1 2025, 30.6% below H1 2024), play through the
// months, and open the link in a new page.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openApp, shot } from './helpers.ts';
import { formatQuantity } from '../../src/core/format.ts';

const bundled = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  edges: { source: string; target: string; flow: number }[];
};
const US_AUTO = bundled.edges.findIndex(
  (e) => e.source === 'cn-ndfeb-magnets' && e.target === 'us-auto',
);
const usAutoFlow = bundled.edges[US_AUTO]!.flow;

// From the sources: May 2025, 46 t to the US; 2024 a month = H1 2025 (2,510 t) over (1 − 30.6%),
// doubled, ÷ 12.
const MAY_TO_US = 46;
const US_2024_MONTH = (2 * 2_510) / (1 - 0.306) / 12;
const mayUsAuto = usAutoFlow * (MAY_TO_US / US_2024_MONTH);

async function usAutoRow(page: Page) {
  const row = page
    .getByRole('table', { name: 'Impact on end users' })
    .locator('tbody tr[data-id="us-auto"]');
  await expect(row).toBeVisible();
  return row;
}

test('May 2025 on the timeline: the US magnet flow and the impact table follow the sourced figure, and the link keeps the month', async ({
  page,
  context,
}) => {
  test.slow();
  const errors = await openApp(page, `?sel=edge:${US_AUTO}`);
  const slider = page.getByRole('slider', { name: 'Month' });
  await expect(slider).toHaveAttribute('aria-valuetext', '2024 baseline');
  const row = await usAutoRow(page);
  await expect
    .poll(async () => Number(await row.getAttribute('data-no-substitution')))
    .toBeCloseTo(usAutoFlow, 6);

  // Five steps to the right of the baseline: January … May.
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'May 2025');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    "China's magnet exports to the US: 46 t against 602.8 t a month in 2024",
  );
  expect(page.url()).toContain('month=2025-05');

  // The impact table: US automakers get what 46 t a month of magnets carries.
  await expect
    .poll(async () => Number(await (await usAutoRow(page)).getAttribute('data-no-substitution')), {
      timeout: 20_000,
    })
    .toBeCloseTo(mayUsAuto, 0);
  await expect(await usAutoRow(page)).toContainText(formatQuantity(mayUsAuto));

  // The flow itself: drawn as reduced, and its month's figure in Details with the source's 46 t.
  const thisMonth = page.getByRole('status', { name: 'This month' });
  await expect(thisMonth).toContainText(`May 2025: ${formatQuantity(mayUsAuto)}`, {
    timeout: 30_000,
  });
  await expect(thisMonth).toContainText("China's magnet exports to the US: 46 t (Reuters)");
  const edgeClasses = await page.evaluate(
    (i) => window.chokepoint!.cy.getElementById(`e${i}`).classes().join(' '),
    US_AUTO,
  );
  expect(edgeClasses).toContain('reduced');
  await shot(page, 'timeline-1-may');

  // The chokepoint ranking is worked out for the month too: US automakers' throughput after.
  await page.getByRole('tab', { name: 'Chokepoints' }).click();
  await page.getByRole('checkbox', { name: 'Include end users' }).check();
  const ranking = page.getByRole('table', { name: 'Chokepoint ranking' });
  await expect(
    ranking.locator('tbody tr').filter({ hasText: 'United States: automakers and EVs' }),
  ).toContainText(formatQuantity(mayUsAuto));

  // The link reproduces the month in a new page.
  const second = await context.newPage();
  await openApp(second, new URL(page.url()).search);
  await expect(second.getByRole('slider', { name: 'Month' })).toHaveAttribute(
    'aria-valuetext',
    'May 2025',
  );
  await expect
    .poll(
      async () => Number(await (await usAutoRow(second)).getAttribute('data-no-substitution')),
      { timeout: 20_000 },
    )
    .toBeCloseTo(mayUsAuto, 0);
  await second.close();
  expect(errors).toEqual([]);
});

test('Play steps through the months, one after the other, and Pause stops it', async ({ page }) => {
  test.slow();
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'Month' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', 'January 2025', { timeout: 5_000 });
  await expect(slider).toHaveAttribute('aria-valuetext', 'February 2025', { timeout: 5_000 });
  await expect(slider).toHaveAttribute('aria-valuetext', 'March 2025', { timeout: 5_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const stopped = await slider.getAttribute('aria-valuetext');
  await page.waitForTimeout(2_000);
  await expect(slider).toHaveAttribute('aria-valuetext', stopped ?? '');
  expect(page.url()).toMatch(/month=2025-0[34]/);
  // The dated presets and story steps are listed as events on the timeline.
  await expect(page.getByRole('list', { name: 'Events on the timeline' })).toContainText(
    'April 2025: April–May 2025, at the trough',
  );
  await shot(page, 'timeline-2-play');
});
