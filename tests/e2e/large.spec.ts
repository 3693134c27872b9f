// A 5,000-node dataset opened from disk: it lays out, draws every node, and the what-if still
// answers, with the work off the main thread.
import { test } from '@playwright/test';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import { expect, nodeCount, openDatasetFile, shot } from './helpers.ts';

test('a generated 5,000-node dataset lays out, draws, and answers a what-if', async ({ page }) => {
  test.setTimeout(300_000);
  const network = generateSupplyNetwork({ nodes: 5000, edgesPerNode: 5, seed: 7 });
  await openDatasetFile(page, 'large.json', { title: 'Generated 5,000-node network', ...network });
  await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(5000);
  await expect(page.locator('.dataset-title')).toContainText('5000 nodes');
  const table = page.getByRole('table', { name: 'Impact on end users' });
  await expect(table).toBeVisible({ timeout: 60_000 });
  const endUsers = network.nodes.filter((n) => n.stage === 'end-user').length;
  // Every end user is in the table; only the rows in view are drawn.
  await expect(table).toHaveAttribute('aria-rowcount', String(endUsers + 1), { timeout: 120_000 });
  expect(await table.locator('tbody tr[data-id]').count()).toBeLessThan(200);

  // Remove a mine through the scenario editor and see some end user lose supply.
  const mine = network.nodes.find((n) => n.stage === 'mine')!.id;
  await page.getByRole('combobox', { name: 'Search nodes' }).fill(mine);
  await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first().click();
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('button', { name: 'Remove node' })
    .click();
  const totals = table.locator('tfoot tr');
  await expect
    .poll(
      async () =>
        Number(await totals.getAttribute('data-no-substitution')) <
        Number(await totals.getAttribute('data-baseline')) - 1e-9,
      { timeout: 60_000 },
    )
    .toBe(true);
  await shot(page, 'large-5000-nodes');
});
