// Materials that cannot stand in for each other, as a user meets them: a dataset with converters
// opened from a file, Dy/Tb blocked through the scenario form, and the impact table, its ranges,
// days to shortfall and the supply chart held against the command line's answer.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { analyzeFile } from './cli.ts';
import { formatTonnes } from '../../src/ui/kit/format.ts';
import { expect, openApp, openScenario, shot } from './helpers.ts';

const FIXTURE = 'tests/fixtures/oracle/v2/multi-25n-s21.json';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const days = (d: number | null) =>
  d === null ? 'never' : d <= 0 ? 'at once' : `${Math.round(d)} days`;

test('blocking Dy/Tb cuts the magnet users, with the command line figures', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const errors = await openApp(page);
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'multi-25n-s21.json',
    mimeType: 'application/json',
    buffer: readFileSync(FIXTURE),
  });
  await expect(page.locator('.dataset-title')).toContainText('26 nodes');

  // At 1280×720 the scenario panel starts folded away.
  const scenario = await openScenario(page);
  await scenario.getByText('Add an intervention').click();
  await scenario.getByLabel('Kind').selectOption({ label: 'Block a route (export control)' });
  await scenario.getByLabel('From country').selectOption('TW');
  await scenario.getByLabel('To country').selectOption('MY');
  await scenario.getByRole('combobox', { name: /^Material/ }).selectOption('Dy/Tb');
  await scenario.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(scenario).toContainText('Dy/Tb');

  const cli = analyzeFile(FIXTURE, ['--block-route', 'TW>MY:Dy/Tb']);
  const table = page.getByRole('table', { name: 'Impact on end users' });
  await expect(table.locator('tbody tr[data-id]')).toHaveCount(cli.endUsers.length);
  // The worker answers after the form: wait until a magnet user shows its loss.
  await expect(table.locator('tr[data-id="use1"]')).toHaveAttribute('data-with-rerouting', '0');

  const losing = cli.endUsers.filter((e) => e.withRerouting < e.baseline - 1e-6).map((e) => e.id);
  expect(losing).toEqual(expect.arrayContaining(['use1', 'use2']));
  for (const e of cli.endUsers) {
    const row = table.locator(`tr[data-id="${e.id}"]`);
    const attr = async (name: string) => Number(await row.getAttribute(name));
    expect(close(await attr('data-baseline'), e.baseline), `${e.id} baseline`).toBe(true);
    expect(close(await attr('data-no-substitution'), e.noSubstitution), e.id).toBe(true);
    expect(close(await attr('data-with-rerouting'), e.withRerouting), e.id).toBe(true);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[5], `${e.id} runs short in`).toBe(days(e.daysToShortfall));
    // A range shows only where some figure has one; this file's figures have none.
    const r = e.ranges.lostNoSubstitutionShare;
    if (cli.uncertainty.figuresWithRanges > 0)
      expect(cells[2]).toContain(`(${(100 * r.p5).toFixed(1)}–${(100 * r.p95).toFixed(1)}%)`);
    else expect(cells[2]).not.toContain('(');
  }
  // Demand outside the model has its own section, not hidden.
  await expect(table.locator('tr.rest-of-world')).toContainText('Rest of world');
  const outside = cli.endUsers.filter((e) => e.outside).map((e) => e.id);
  expect(outside.length).toBeGreaterThan(0);
  // Its rows come after its heading row, the modelled end users before it.
  const order = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? r.className));
  const heading = order.indexOf('rest-of-world');
  expect(order.slice(heading + 1).sort()).toEqual([...outside].sort());
  await table.scrollIntoViewIfNeeded();
  await shot(page, 'materials-1-impact');

  // The supply chart of a magnet user: its steps are the command line's curve.
  const use1 = cli.endUsers.find((e) => e.id === 'use1');
  await table.locator('tr[data-id="use1"] th button').click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(
    details.getByRole('img', { name: /Supply of .* over the first 365 days/ }),
  ).toBeVisible();
  const steps = details.getByRole('list', { name: 'Supply steps' }).locator('li');
  const expected = (use1?.supplyCurve ?? []).filter((s) => s.day < 365);
  await expect(steps).toHaveCount(expected.length);
  expect(expected.length).toBeGreaterThan(1);
  await expect(steps.first()).toContainText('From day 0');
  await expect(steps.last()).toContainText(
    `From day ${Math.round(expected.at(-1)?.day ?? -1)}: 0 t/yr`,
  );
  await details.scrollIntoViewIfNeeded();
  await shot(page, 'materials-2-supply-chart');

  // A converter end user short of magnets loses its La/Ce's worth too: Details breaks its loss
  // down by material, with the command line's figures.
  const wind = cli.endUsers.find((e) => e.id === 'wind0');
  const parts = Object.entries(wind?.lostNoSubstitutionByMaterial ?? {});
  expect(parts.map(([m]) => m).sort()).toEqual(['La/Ce', 'magnet']);
  await table.locator('tr[data-id="wind0"] th button').click();
  const byMaterial = details.getByRole('list', { name: 'Lost at once by material' }).locator('li');
  await expect(byMaterial).toHaveCount(parts.length);
  for (const [material, tonnes] of parts) {
    const item = byMaterial.and(page.locator(`[data-material="${material}"]`));
    expect(close(Number(await item.getAttribute('data-tonnes')), tonnes), material).toBe(true);
    expect(tonnes).toBeGreaterThan(0);
    await expect(item).toContainText(`${material}: ${formatTonnes(tonnes)}`);
  }
  await shot(page, 'materials-3-loss-by-material');
  expect(errors).toEqual([]);
});

test('each loss carries the range of 1,000 seeded draws, as the command line reports it', async ({
  page,
}) => {
  await openApp(page, '?do=country:MM');
  const cli = analyzeFile('data/rare-earths.json', ['--block-country', 'MM']);
  expect(cli.uncertainty.figuresWithRanges).toBeGreaterThan(0);
  const table = page.getByRole('table', { name: 'Impact on end users' });
  await expect(table.locator('caption')).toContainText('1,000 draws');
  // The ranges after rerouting come in a second run.
  await expect(table.locator('caption')).toContainText('rerouted on the first 100', {
    timeout: 120_000,
  });
  for (const e of cli.endUsers) {
    const cells = await table.locator(`tr[data-id="${e.id}"] td`).allInnerTexts();
    // a range whose draws all agree ("0.0–0.0%") is not shown: it says nothing
    const range = (cell: string | undefined, r: { p5: number; p95: number } | null) => {
      if (r === null) return;
      const [low, high] = [(100 * r.p5).toFixed(1), (100 * r.p95).toFixed(1)];
      if (low === high) expect(cell, e.id).not.toContain('(');
      else expect(cell, e.id).toContain(`(${low}–${high}%)`);
    };
    range(cells[2], e.ranges.lostNoSubstitutionShare);
    range(cells[4], e.ranges.lostWithReroutingShare);
  }
  await shot(page, 'materials-3-ranges');
});
