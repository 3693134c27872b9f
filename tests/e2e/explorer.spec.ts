// The explorer as a user drives it: search, details, highlighting, filters, keyboard,
// opening files, hostile links, accessibility.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  drawnLabels,
  expect,
  labelClashes,
  nodeCount,
  openApp,
  shot,
} from './helpers.ts';

const bundled = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  nodes: { id: string; label?: string; stage: string }[];
  edges: { source: string; target: string }[];
};

test('search finds a node and the details panel shows it with its sources', async ({ page }) => {
  const errors = await openApp(page);
  const target = bundled.nodes.find((n) => n.stage === 'processor')!;
  const name = target.label ?? target.id;
  await page.getByRole('combobox', { name: 'Search nodes' }).fill(name);
  await page
    .getByRole('option', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name })).toBeVisible();
  await expect(details).toContainText('Sources');
  await expect(page).toHaveURL(
    new RegExp(
      `sel=node%3A${encodeURIComponent(target.id).replace(/%/g, '%25')}|sel=node:${target.id}`,
    ),
  );
  await shot(page, 'explorer-1-search-select');

  await details.getByRole('button', { name: 'Show upstream' }).click();
  const faded = await page.evaluate(() => window.chokepoint!.cy.nodes('.faded').length);
  expect(faded).toBeGreaterThan(0);
  await shot(page, 'explorer-2-upstream');
  expect(errors).toEqual([]);
});

test('filters hide stages, and the Nodes table mirrors the graph', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Nodes' }).click();
  await expect(page.getByRole('table', { name: 'Nodes' }).locator('tbody tr')).toHaveCount(
    bundled.nodes.length,
  );
  await page.getByRole('region', { name: 'Filters' }).getByLabel('Mines').check();
  const shown = await page.evaluate(
    () => window.chokepoint!.cy.nodes().filter((n) => n.visible()).length,
  );
  expect(shown).toBe(bundled.nodes.filter((n) => n.stage === 'mine').length);
  await shot(page, 'explorer-3-filter-mines');
});

test('keyboard alone moves through the nodes', async ({ page }) => {
  await openApp(page);
  await page.getByRole('application', { name: /Supply chain graph/ }).focus();
  await page.keyboard.press('Home');
  const first = await page
    .getByRole('region', { name: 'Details' })
    .getByRole('heading', { level: 3 })
    .textContent();
  await page.keyboard.press('ArrowDown');
  const second = await page
    .getByRole('region', { name: 'Details' })
    .getByRole('heading', { level: 3 })
    .textContent();
  await page.keyboard.press('ArrowRight');
  const third = await page
    .getByRole('region', { name: 'Details' })
    .getByRole('heading', { level: 3 })
    .textContent();
  expect(new Set([first, second, third]).size).toBe(3);
  await shot(page, 'explorer-4-keyboard');
});

test('a broken file shows its errors and keeps the graph', async ({ page }) => {
  await openApp(page);
  const before = await nodeCount(page);
  const broken = JSON.stringify({
    nodes: [{ id: 'a', stage: 'smelter', country: 'CN' }],
    edges: [{ source: 'a', target: 'zz', flow: -1 }],
  });
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Could not open broken.json');
  await expect(dialog).toContainText('nodes[0].stage: "smelter" is not one of mine');
  await expect(dialog).toContainText('edges[0].flow: must be ≥ 0, got -1');
  await shot(page, 'explorer-5-broken-file');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await nodeCount(page)).toBe(before);
  await expect(page.locator('.dataset-title')).toContainText(String(before));
});

test('a valid file from disk replaces the graph', async ({ page }) => {
  await openApp(page);
  const oracle = readFileSync('tests/fixtures/oracle/supply-34n-s2.json');
  await page
    .getByLabel('Dataset file')
    .setInputFiles({ name: 'supply-34n-s2.json', mimeType: 'application/json', buffer: oracle });
  await expect.poll(() => nodeCount(page)).toBe(34);
  await expect(page.locator('.dataset-title')).toContainText('supply-34n-s2.json');
});

test('a hostile link is ignored with a notice, never a crash', async ({ page }) => {
  const errors = await openApp(
    page,
    '?do=remove:%3Cimg%20src%3Dx%3E&sel=node:__proto__&size=constructor&layout=%00',
  );
  await expect(page.getByRole('status').filter({ hasText: 'About this link' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Scenario' })).toContainText('Baseline');
  expect(await nodeCount(page)).toBe(bundled.nodes.length);
  await shot(page, 'explorer-6-hostile-link');
  expect(errors).toEqual([]);
});

test('axe-core finds no serious or critical violations on the main views', async ({ page }) => {
  await openApp(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Nodes' }).click();
  await page.getByRole('table', { name: 'Nodes' }).getByRole('button').first().click();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Flows' }).click();
  expect(await axeViolations(page)).toEqual([]);
  // A flow's row reads its source under "From" (the target has its own column); its link names
  // the whole flow, and opens it in Details.
  const label = (id: string) => bundled.nodes.find((n) => n.id === id)?.label ?? id;
  const flow = bundled.edges[0]!;
  const link = page
    .getByRole('table', { name: 'Flows' })
    .getByRole('button', { name: `${label(flow.source)} → ${label(flow.target)}`, exact: true });
  await expect(link).toHaveText(label(flow.source));
  await link.click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveText(`${label(flow.source)} → ${label(flow.target)}`);
});

test('organic layout and colour by country: the legend follows what is drawn', async ({ page }) => {
  await openApp(page);
  const before = await page.evaluate(() =>
    window.chokepoint!.cy.nodes().map((n) => ({ ...n.position() })),
  );
  await page.getByLabel('Layout').selectOption('organic');
  await expect
    .poll(async () => {
      const now = await page.evaluate(() =>
        window.chokepoint!.cy.nodes().map((n) => ({ ...n.position() })),
      );
      return now.filter((p, i) => p.x !== before[i]!.x || p.y !== before[i]!.y).length;
    })
    .toBeGreaterThan(bundled.nodes.length / 2);
  expect(await nodeCount(page)).toBe(bundled.nodes.length);
  await expect(page).toHaveURL(/layout=organic/);

  await page.getByLabel('Colour by').selectOption('country');
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('Countries');
  await expect(legend).toContainText('China');
  // every colour on the canvas is one the legend explains
  const drawn = await page.evaluate(() => [
    ...new Set(window.chokepoint!.cy.nodes().map((n) => n.data('colour') as string)),
  ]);
  const explained = await legend
    .locator('.swatch')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  const toRgb = (hex: string) =>
    `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
  for (const c of drawn) expect(explained).toContain(toRgb(c));
  await shot(page, 'explorer-7-organic-by-country');
});

test('the organic layout draws the labels that fit, the selection first; the rest on hover', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Layout').selectOption('organic');
  const labels = () => drawnLabels(page);
  // once laid out: some labels are hidden, and no two drawn labels overlap
  await expect.poll(async () => (await labels()).filter((l) => l.hidden).length).toBeGreaterThan(0);
  await expect.poll(async () => labelClashes(await labels())).toEqual([]);
  const first = await labels();
  expect(first.filter((l) => !l.hidden).length).toBeGreaterThanOrEqual(10);
  await shot(page, 'explorer-8-organic-labels');

  // a hidden label shows on hover, in the tooltip
  // (one that no other node covers, so the pointer lands on it alone)
  const clear = await page.evaluate(() => {
    const cy = window.chokepoint!.cy;
    const nodes = cy.nodes().map((n) => ({ id: n.id(), p: n.position(), r: n.width() / 2 }));
    return nodes
      .filter((a) =>
        nodes.every((b) => b === a || Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) > a.r + b.r + 4),
      )
      .map((a) => a.id);
  });
  const hidden = first.find((l) => l.hidden && clear.includes(l.id))!;
  expect(hidden, 'a hidden label on a node no other covers').toBeDefined();
  const name = bundled.nodes.find((n) => n.id === hidden.id)!.label ?? hidden.id;
  const at = await page.evaluate(
    (id) => window.chokepoint!.cy.getElementById(id).renderedPosition(),
    hidden.id,
  );
  const graph = (await page.getByTestId('graph').boundingBox())!;
  await page.mouse.move(graph.x + at.x, graph.y + at.y);
  await expect(page.getByRole('tooltip')).toContainText(name);
  // picked, it is drawn, and the labels it now covers give way
  await page.getByRole('combobox', { name: 'Search nodes' }).fill(name);
  await page
    .getByRole('listbox', { name: 'Matching nodes' })
    .getByRole('option', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  await expect
    .poll(async () => (await labels()).find((l) => l.id === hidden.id)?.hidden)
    .toBe(false);
  expect(labelClashes(await labels())).toEqual([]);

  // the layered layout places its labels apart itself: every label is drawn
  await page.getByLabel('Layout').selectOption('layered');
  await expect.poll(async () => (await labels()).filter((l) => l.hidden).length).toBe(0);
});
