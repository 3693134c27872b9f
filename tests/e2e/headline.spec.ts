// The headline question, walked as a user would: find China's processing, remove it, read the
// impact on every end user, share the link, undo. Every figure must equal the command line's.
import { test } from '@playwright/test';
import { expect, impactRows, openApp, shot } from './helpers.ts';
import { analyze, type CliEndUser } from './cli.ts';
import { formatQuantity, formatShare } from '../../src/core/format.ts';

const CN = 'cn-processing';

function expectSameFigures(rows: Awaited<ReturnType<typeof impactRows>>, cli: CliEndUser[]) {
  expect(rows.map((r) => r.id).sort()).toEqual(cli.map((e) => e.id).sort());
  for (const e of cli) {
    const row = rows.find((r) => r.id === e.id)!;
    for (const k of ['baseline', 'noSubstitution', 'withRerouting'] as const) {
      expect(row[k]).toBeCloseTo(e[k], 6);
    }
    // and what the person reads is that figure, written by the one formatter
    expect(row.text).toContain(formatQuantity(e.noSubstitution));
  }
}

test('remove China’s processing: the impact table equals the command line, the link reproduces it, undo restores the baseline', async ({
  page,
  context,
}) => {
  // three runs of the command line, each loading HiGHS for the rerouting programs
  test.slow();
  const errors = await openApp(page);
  const baselineCli = analyze([]);
  await expect.poll(async () => (await impactRows(page)).length).toBe(baselineCli.endUsers.length);
  expectSameFigures(await impactRows(page), baselineCli.endUsers);
  await shot(page, 'headline-1-baseline');

  await page.getByRole('combobox', { name: 'Search nodes' }).fill('China');
  await shot(page, 'headline-2-search-china');
  await page
    .getByRole('listbox', { name: 'Matching nodes' })
    .getByRole('option', { name: /China: separation of light concentrate/ })
    .click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toContainText(
    'China: separation of light concentrate',
  );
  // its throughput is the engine's (what it takes in), as the command line reports it
  const throughput = formatQuantity(baselineCli.centrality.throughput![CN]!);
  await expect(details.locator('dd').filter({ hasText: throughput }).first()).toBeVisible();
  // who depends on it, with the share of their supply that passes through (from the engine)
  await expect(details).toContainText(
    'Taiwan: semiconductor and other industry — 100% of its supply passes through',
  );
  await shot(page, 'headline-3-selected');

  await details.getByRole('button', { name: 'Remove node' }).click();
  await expect(page.getByRole('region', { name: 'Scenario' })).toContainText(
    'Remove China: separation',
  );
  const cli = analyze(['--remove', CN]);
  await expect
    .poll(async () => (await impactRows(page)).find((r) => r.id === 'cn-auto')?.noSubstitution)
    .toBeCloseTo(cli.endUsers.find((e) => e.id === 'cn-auto')!.noSubstitution, 6);
  const rows = await impactRows(page);
  expectSameFigures(rows, cli.endUsers);
  expect(rows.some((r) => r.noSubstitution < r.baseline)).toBe(true);
  const removed = await page.evaluate(
    (id) => window.chokepoint!.cy.getElementById(id).hasClass('removed'),
    CN,
  );
  expect(removed).toBe(true);
  await shot(page, 'headline-4-removed');
  // the link reproduces the state in a fresh page
  const url = page.url();
  expect(url).toContain(`do=remove%3A${CN}`);
  const second = await context.newPage();
  await openApp(second, url.slice(url.indexOf('?')));
  await expect(second.getByRole('region', { name: 'Scenario' })).toContainText(
    'Remove China: separation',
  );
  await expect
    .poll(async () => (await impactRows(second)).find((r) => r.id === 'cn-auto')?.noSubstitution)
    .toBeCloseTo(cli.endUsers.find((e) => e.id === 'cn-auto')!.noSubstitution, 6);
  expectSameFigures(await impactRows(second), cli.endUsers);
  await expect(
    second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toContainText('China: separation');
  await shot(second, 'headline-5-link-in-new-page');

  // undo (keyboard) goes back to the baseline figures
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: 'Scenario' })).toContainText('Baseline');
  await expect
    .poll(async () => (await impactRows(page)).find((r) => r.id === 'cn-auto')?.noSubstitution)
    .toBeCloseTo(baselineCli.endUsers.find((e) => e.id === 'cn-auto')!.noSubstitution, 6);
  expectSameFigures(await impactRows(page), baselineCli.endUsers);
  await shot(page, 'headline-6-undo');

  // and the browser's back button agrees with the address bar
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Scenario' })).toContainText(
    'Remove China: separation',
  );
  // Details say what a node handles now: for an end user, the command line's figure at once
  const cnAuto = cli.endUsers.find((e) => e.id === 'cn-auto')!;
  await page.getByRole('combobox', { name: 'Search nodes' }).fill('China: automakers');
  await page
    .getByRole('listbox', { name: 'Matching nodes' })
    .getByRole('option', { name: /China: automakers and EVs/ })
    .click();
  await expect(details.getByRole('heading', { level: 3 })).toHaveText('China: automakers and EVs');
  await expect(details.getByTestId('node-under-scenario')).toContainText(
    `${formatQuantity(cnAuto.noSubstitution)} at once (${formatShare(cnAuto.noSubstitution / cnAuto.baseline - 1)})`,
  );
  expect(errors).toEqual([]);
});
