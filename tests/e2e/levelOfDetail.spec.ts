// A 20,000-node dataset is drawn by level of detail: one node per stage and country, a group
// expanded by a click and by search, while the analysis and the tables cover every node.
import { test } from '@playwright/test';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import { expect, openDatasetFile, shot } from './helpers.ts';

test('the 20,000-node file opens grouped, and a group expands on click and on search', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const network = generateSupplyNetwork({ nodes: 20_000, edgesPerNode: 5, seed: 20 });
  await openDatasetFile(page, 'huge.json', { title: 'Generated 20,000-node network', ...network });
  await expect(page.locator('[data-level-of-detail="groups"]')).toBeVisible({ timeout: 120_000 });
  const drawn = () => page.evaluate(() => window.chokepoint?.cy.nodes().length ?? 0);
  await expect.poll(drawn, { timeout: 60_000 }).toBeGreaterThan(0);
  const groups = await drawn();
  expect(groups).toBeLessThan(100);

  // The analysis covers every end user, not the groups.
  const endUsers = network.nodes.filter((n) => n.stage === 'end-user').length;
  const table = page.getByRole('table', { name: 'Impact on end users' });
  await expect(table).toHaveAttribute('aria-rowcount', String(endUsers + 1), { timeout: 180_000 });
  await shot(page, 'level-of-detail-1-groups');

  // Click a group of mines: its nodes are drawn under their own ids.
  const mine = network.nodes.find((n) => n.stage === 'mine')!;
  const group = `group:mine:${mine.country}`;
  const members = network.nodes.filter((n) => n.stage === 'mine' && n.country === mine.country);
  const at = await page.evaluate((id) => {
    const node = window.chokepoint!.cy.getElementById(id);
    const box = window.chokepoint!.cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, group);
  await page.mouse.click(at.x, at.y);
  await expect
    .poll(() => page.evaluate((id) => window.chokepoint!.cy.getElementById(id).length, mine.id), {
      timeout: 60_000,
    })
    .toBe(1);
  expect(await drawn()).toBe(groups - 1 + members.length);
  await shot(page, 'level-of-detail-2-expanded');

  // Search selects a node inside a closed group by expanding it; Details shows it.
  const endUser = network.nodes.find((n) => n.stage === 'end-user' && n.country !== mine.country)!;
  await page.getByRole('combobox', { name: 'Search nodes' }).fill(endUser.id);
  await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first().click();
  await expect
    .poll(
      () => page.evaluate((id) => window.chokepoint!.cy.getElementById(id).length, endUser.id),
      { timeout: 60_000 },
    )
    .toBe(1);
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: endUser.id }),
  ).toBeVisible();
  await shot(page, 'level-of-detail-3-search');

  await page.getByRole('button', { name: 'Collapse groups' }).click();
  await expect.poll(drawn, { timeout: 60_000 }).toBe(groups);
});
