// The ranges after rerouting come in a second run: the Impact table shows the scenario's figures
// at once and says how far the ranges have got; a new scenario cancels the ranges of the last one;
// once in, they are the command line's (the fair share on the first 100 of 1,000 draws, seed 1).
import { expect, test } from '@playwright/test';
import { analyze, type CliRange } from './cli.ts';
import { impactRows, openApp, openScenario, shot } from './helpers.ts';

interface RangedUser {
  id: string;
  lostWithReroutingShare: number;
  ranges: { lostWithReroutingShare: CliRange | null } | null;
}

test('ranges after rerouting follow the table, and a new scenario cancels them', async ({
  page,
}) => {
  test.slow();
  const errors = await openApp(page);
  const scenario = await openScenario(page);
  const caption = page.getByRole('table', { name: 'Impact on end users' }).locator('caption');
  const load = async (preset: string) => {
    await scenario.getByRole('combobox', { name: 'Preset' }).selectOption(preset);
    await scenario.getByRole('button', { name: 'Load preset' }).click();
  };

  await load('china-processing-offline');
  // The figures are in while the ranges after rerouting are still being drawn.
  await expect(caption).toHaveAttribute('data-ranges', 'running');
  expect((await impactRows(page)).length).toBeGreaterThan(20);
  await expect(caption).toContainText(/ranges after rerouting: (starting|computing \d+ of 100)/);
  await shot(page, 'ranges-1-table-before-ranges');

  // A new scenario: the last one's ranges stop and the new ones start from the beginning.
  await expect(caption).toContainText(/computing [1-9]\d* of 100/, { timeout: 30_000 });
  await load('myanmar-unrest');
  await expect(caption).toContainText(/ranges after rerouting: (starting|computing [0-9] of 100)/);
  await expect(caption).toHaveAttribute('data-ranges', 'idle', { timeout: 120_000 });
  await expect(caption).toContainText('the fair share rerouted on the first 100');
  await shot(page, 'ranges-2-ranges-in');

  // The ranges shown are the command line's for the same preset.
  const cli = analyze(['--preset', 'myanmar-unrest']) as unknown as { endUsers: RangedUser[] };
  const rows = new Map((await impactRows(page)).map((r) => [r.id, r.text]));
  const shown = cli.endUsers.filter((e) => {
    const r = e.ranges?.lostWithReroutingShare;
    return r !== null && r !== undefined && (100 * r.p5).toFixed(1) !== (100 * r.p95).toFixed(1);
  });
  expect(shown.length).toBeGreaterThan(0);
  for (const e of shown) {
    const r = e.ranges?.lostWithReroutingShare as CliRange;
    expect(rows.get(e.id), e.id).toContain(
      `${(100 * r.p5).toFixed(1)}–${(100 * r.p95).toFixed(1)}%`,
    );
  }
  expect(errors).toEqual([]);
});
