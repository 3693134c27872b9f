// Time to survive in the explorer: the user ranks the removal sweep by how long every end user
// stays fully served with each node down, and the ranking and every figure are the command
// line's (--sweep-survive) for the bundled dataset.
import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, openApp } from './helpers.ts';

interface Figure {
  days: number | null;
  shortFirst: string[];
}
interface SurviveReport {
  sweepSurvive: {
    horizonYears: number;
    nodes: { id: string; atOnce: Figure; afterRerouting: Figure | null; timeToSurvive: string }[];
  };
}

const bundled = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  nodes: { id: string }[];
};

test('the sweep ranked by time to survive shows the command line’s figures', async ({ page }) => {
  test.setTimeout(300_000);
  const cli = JSON.parse(
    execFileSync('npx', ['tsx', 'src/cli/analyze.ts', 'data/rare-earths.json', '--sweep-survive'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as SurviveReport;
  const nodes = cli.sweepSurvive.nodes;
  expect(nodes).toHaveLength(bundled.nodes.length);

  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('tab', { name: 'Removal sweep' }).click();
  await page.getByRole('combobox', { name: 'Rank by' }).selectOption('survive');
  // Ranking by time to survive removes each node: no material to choose.
  await expect(page.getByRole('combobox', { name: 'Material' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rank by time to survive' }).click();
  const table = page.getByRole('table', { name: 'Time to survive' });
  const rows = table.locator('tbody tr');
  // A simulation of three years per node, with rerouting programs: seconds, not milliseconds.
  await expect(rows).toHaveCount(nodes.length, { timeout: 240_000 });
  await expect(table.getByRole('columnheader', { name: /Time to survive/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  // The same ranking, shortest first…
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(
    nodes.map((n) => n.id),
  );
  // …and the same figures, in both outcomes, with "more than 3 years" beyond the horizon.
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-id'),
      days: tr.getAttribute('data-days'),
      atOnce: tr.querySelectorAll('td')[1]?.getAttribute('data-days') ?? null,
      text: tr.querySelectorAll('td')[0]?.textContent ?? '',
    })),
  );
  expect(shown).toEqual(
    nodes.map((n) => {
      const ranked = n.afterRerouting ?? n.atOnce;
      return {
        id: n.id,
        days: ranked.days === null ? '' : String(ranked.days),
        atOnce: n.atOnce.days === null ? '' : String(n.atOnce.days),
        text:
          ranked.days === null
            ? `more than ${cli.sweepSurvive.horizonYears} years`
            : `${ranked.days.toLocaleString('en')} day${ranked.days === 1 ? '' : 's'}`,
      };
    }),
  );
  mkdirSync('/tmp/shots/survive', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/survive/sweep-survive.png' });

  // A click on the header reverses the ranking: the longest first.
  await table.getByRole('button', { name: /Time to survive/ }).click();
  await expect(table.getByRole('columnheader', { name: /Time to survive/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // Back to the loss: the removal sweep's own table and button return.
  await page.getByRole('combobox', { name: 'Rank by' }).selectOption('loss');
  await expect(page.getByRole('button', { name: 'Run removal sweep' })).toBeVisible();
});
