// Rerouting by linear programs, as a user meets it: the program behind the scenario downloads
// from the results and solves (with HiGHS here) to the command line's largest total, and an end
// user's best case, worked out from Details, is the command line's --best-case figure.
import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import highsLoader from 'highs';
import { expect, openApp, shot } from './helpers.ts';
import { analyze } from './cli.ts';
import { formatQuantity } from '../../src/core/format.ts';

const CN = 'cn-processing';
// Under this removal US demand outside magnets keeps some of its supply, so its best case is not
// 0 t, and it is at least its fair share.
const USER = 'us-non-magnet';

test('download the linear program and work out an end user’s best case; both equal the command line', async ({
  page,
}) => {
  test.slow(); // the command line loads HiGHS and solves every program
  const errors = await openApp(page, `?do=remove%3A${CN}`);
  const cli = analyze(['--remove', CN, '--best-case', USER]) as unknown as {
    totals: { reroutingMaximum: number };
    endUsers: { id: string; withRerouting: number }[];
    bestCase: { id: string; served: number };
  };
  const fair = cli.endUsers.find((e) => e.id === USER)!.withRerouting;
  expect(cli.bestCase.served).toBeGreaterThan(0);
  expect(cli.bestCase.served).toBeGreaterThanOrEqual(fair - 1e-6);
  const table = page.getByRole('table', { name: 'Impact on end users' });
  const row = table.locator(`tbody tr[data-id="${USER}"]`);
  await expect
    .poll(async () => Number(await row.getAttribute('data-with-rerouting')))
    .toBeCloseTo(fair, 6);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download linear program' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('rerouting.lp');
  const text = readFileSync((await file.path()) as string, 'utf8');
  expect(text).toContain('China: separation');
  const highs = await highsLoader();
  const solved = highs.solve(text, { output_flag: false });
  expect(solved.Status).toBe('Optimal');
  expect(solved.ObjectiveValue).toBeCloseTo(cli.totals.reroutingMaximum, 4);

  await row.getByRole('button').click();
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: 'Work out its best case' }).click();
  // written by the app's one formatter (three significant figures, exact value on hover)
  await expect(details.getByTestId('best-case')).toContainText(
    `at most ${formatQuantity(cli.bestCase.served)}`,
  );
  await shot(page, 'rerouting-best-case');
  expect(errors).toEqual([]);
});
