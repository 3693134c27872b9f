// The result views and files a researcher uses: removal sweep, sortable chokepoint ranking,
// concentration, CSV downloads, and a saved scenario opened again.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatQuantity, formatShare } from '../../src/core/format.ts';
import { analyze, type CliReport } from './cli.ts';
import { dropDownFits, expect, openApp, shareDownload, shot } from './helpers.ts';

const bundled = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  nodes: { id: string; stage: string }[];
  edges: { source: string; target: string; flow: number; material: string }[];
};
/** Taiwan's industry takes all its rare earths from China's processing, through Taiwan's importers. */
const TW_INDUSTRY = bundled.edges
  .filter((e) => e.target === 'tw-industry')
  .reduce((s, e) => s + e.flow, 0);

test('sweep, ranking and concentration answer from the worker; sorting follows the header', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Removal sweep' }).click();
  await page.getByRole('button', { name: 'Run removal sweep' }).click();
  const sweep = page.getByRole('table', { name: 'Removal sweep' });
  // After rerouting, the sweep solves one rerouting program per node (70 here): seconds, not ms.
  await expect(sweep.locator('tbody tr')).toHaveCount(bundled.nodes.length, { timeout: 90_000 });
  await expect(sweep.locator('tbody tr').first()).toContainText(
    'China: separation of light concentrate',
  );
  await shot(page, 'results-1-sweep');

  await page.getByRole('tab', { name: 'Chokepoints' }).click();
  const ranking = page.getByRole('table', { name: 'Chokepoint ranking' });
  // end users are where supply ends, not points it passes through: left out until asked for
  const endUsers = bundled.nodes.filter((n) => n.stage === 'end-user').length;
  expect(endUsers).toBeGreaterThan(0);
  await expect(ranking.locator('tbody tr')).toHaveCount(bundled.nodes.length - endUsers);
  await page.getByRole('checkbox', { name: 'Include end users' }).check();
  await expect(ranking.locator('tbody tr')).toHaveCount(bundled.nodes.length);
  await expect(ranking.locator('tbody tr').first()).toContainText(
    'China: separation of light concentrate',
  );
  await ranking.getByRole('button', { name: /^Node/ }).click();
  await expect(ranking.getByRole('columnheader', { name: /Node/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await ranking.getByRole('button', { name: /^Node/ }).click();
  await expect(ranking.getByRole('columnheader', { name: /Node/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const names = await ranking.locator('tbody th').allInnerTexts();
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  expect(names).toEqual(sorted);

  await page.getByRole('tab', { name: 'Concentration' }).click();
  const mines = page.getByRole('table', { name: 'Concentration: Mines' });
  await expect(mines).toContainText('HHI');
  await expect(mines.locator('tbody tr').first()).toContainText('China');
  await shot(page, 'results-2-concentration');
});

test('who controls Dy/Tb: the sweep restricted to one material, with the command line’s figures', async ({
  page,
}) => {
  const cli = analyze(['--sweep-material', 'Dy/Tb', '--samples', '0']) as CliReport & {
    sweep: {
      id: string;
      lostNoSubstitution: number;
      lostNoSubstitutionShare: number;
      lostWithRerouting: number;
      lostWithReroutingShare: number;
    }[];
  };
  // the nodes that put Dy/Tb out, read from the file itself
  const suppliers = new Set(
    bundled.edges.filter((e) => e.material === 'Dy/Tb').map((e) => e.source),
  );
  expect(new Set(cli.sweep.map((e) => e.id))).toEqual(suppliers);

  await openApp(page);
  await page.getByRole('tab', { name: 'Removal sweep' }).click();
  await page.getByRole('combobox', { name: 'Material' }).selectOption('Dy/Tb');
  await page.getByRole('button', { name: 'Run removal sweep' }).click();
  const sweep = page.getByRole('table', { name: 'Removal sweep' });
  await expect(sweep).toHaveAttribute('data-material', 'Dy/Tb', { timeout: 60_000 });
  await expect(page.getByText(/Who controls Dy\/Tb: \d+ nodes? puts? it out/)).toBeVisible();
  const rows = sweep.locator('tbody tr');
  await expect(rows).toHaveCount(cli.sweep.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(
    cli.sweep.map((e) => e.id),
  );
  for (const e of cli.sweep) {
    const cells = sweep.locator(`tr[data-id="${e.id}"] td`);
    await expect(cells.nth(0)).toHaveText(
      `${formatQuantity(e.lostNoSubstitution)} (${formatShare(e.lostNoSubstitutionShare)})`,
    );
    await expect(cells.nth(1)).toHaveText(
      `${formatQuantity(e.lostWithRerouting)} (${formatShare(e.lostWithReroutingShare)})`,
    );
  }
  await shot(page, 'results-3-who-controls');
  // away and back: the choice still names what the table shows
  await page.getByRole('tab', { name: 'Impact' }).click();
  await page.getByRole('tab', { name: 'Removal sweep' }).click();
  await expect(page.getByRole('combobox', { name: 'Material' })).toHaveValue('Dy/Tb');
  await expect(page.getByRole('button', { name: 'Run again' })).toBeVisible();

  // back to every material: every node is removed in turn again, and the choice reads in full
  await page.getByRole('combobox', { name: 'Material' }).selectOption('');
  const [shown] = await dropDownFits(page.getByRole('combobox', { name: 'Material' }));
  expect(shown!.text).toBe('Every material (remove the node)');
  expect(shown!.room).toBeGreaterThanOrEqual(shown!.needs);
  await page.getByRole('button', { name: 'Run removal sweep' }).click();
  await expect(sweep).toHaveAttribute('data-material', '');
  await expect(rows).toHaveCount(bundled.nodes.length);
});

test('impact CSV and a saved scenario that opens again', async ({ page }) => {
  await openApp(page, '?do=remove:cn-processing&do=!country:MM');
  await expect(page.getByRole('region', { name: 'Scenario' })).toContainText(
    'Remove China: separation',
  );
  const csv = await shareDownload(page, 'Impact (CSV)', 'test-results/screenshots/impact.csv');
  const lines = csv.toString('utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'id,label,baseline,noSubstitution,lostNoSubstitutionPercent,withRerouting,lostWithReroutingPercent,singlePointsOfFailureHit,lostNoSubstitutionPercentP5,lostNoSubstitutionPercentP95,lostWithReroutingPercentP5,lostWithReroutingPercentP95,daysToShortfall,restOfWorld',
  );
  expect(lines.find((l) => l.startsWith('tw-industry,'))).toContain(`,${TW_INDUSTRY},0,100,0,100,`);

  await shareDownload(page, 'Scenario (JSON)', 'test-results/screenshots/scenario.json');
  await page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Close' }).click();

  // back to baseline, then open the saved scenario: both entries return, the second still off
  await page.getByRole('button', { name: 'Reset to baseline' }).click();
  await expect(page.getByRole('region', { name: 'Scenario' })).toContainText(
    'Baseline: nothing removed.',
  );
  await page
    .getByLabel('Open a saved scenario')
    .setInputFiles('test-results/screenshots/scenario.json');
  const scenario = page.getByRole('region', { name: 'Scenario' });
  await expect(scenario.getByRole('checkbox', { name: /Remove China: separation/ })).toBeChecked();
  await expect(scenario.getByRole('checkbox', { name: /Block Myanmar/ })).not.toBeChecked();
  await shot(page, 'results-3-scenario-reopened');
});

test('a dialog takes the focus, closes on Escape, and gives the focus back', async ({ page }) => {
  await openApp(page);
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
});
