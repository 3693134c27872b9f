// "2025: model and record": the view's figures for every end user equal the command line's
// `--hindcast 2025` (first day short, its p5 and p95 over the draws, days short), and every
// report of the record is a mark that links its source, in the chart and in the list.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { expect, openDatasetFile, shot } from './helpers.ts';

interface CliHindcastUser {
  id: string;
  shortFrom: string | null;
  shortUntil: string | null;
  daysShort: number;
  shortFromRange: { p5: string | null; p95: string | null } | null;
}

/** The command line's hindcast of `file`. */
function cliHindcast(file: string): { samples: number; endUsers: CliHindcastUser[] } {
  const out = execFileSync('npx', ['tsx', 'src/cli/analyze.ts', file, '--hindcast', '2025'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(out) as { hindcast: { samples: number; endUsers: CliHindcastUser[] } })
    .hindcast;
}

interface RecordFile {
  entries: { id: string; endUser: string; source: { url: string } }[];
}
const record = JSON.parse(readFileSync('data/record-2025.json', 'utf8')) as RecordFile;

test('2025: model and record: every figure equals the command line’s, every report links its source', async ({
  page,
}) => {
  // a year's simulation and its draws, once in the browser and once on the command line
  test.setTimeout(360_000);
  // One copy of the dataset for both, opened in the page as a user opens a file: the command line
  // and the page read the very same figures even while data/rare-earths.json is being edited.
  const text = readFileSync('data/rare-earths.json', 'utf8');
  const file = join(mkdtempSync(join(tmpdir(), 'chokepoint-hindcast-')), 'rare-earths.json');
  writeFileSync(file, text);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDatasetFile(page, 'rare-earths.json', JSON.parse(text) as object);
  const cli = cliHindcast(file);
  await page.getByRole('tab', { name: /2025: model and record/ }).click();
  const view = page.getByRole('list', { name: '2025: model and record, by end user' });
  await expect(view).toBeVisible({ timeout: 300_000 });
  await shot(page, 'hindcast-1-view');
  // every end user, the quiet ones too
  const more = page.getByRole('button', { name: /^Show \d+ more end user/ });
  if (await more.isVisible()) await more.click();
  await expect(view.locator(':scope > li')).toHaveCount(cli.endUsers.length);
  for (const e of cli.endUsers) {
    const row = view.locator(`:scope > li[data-end-user="${e.id}"]`);
    const field = (name: string) => row.locator(`[data-field="${name}"]`);
    await expect(field('daysShort'), e.id).toHaveText(String(e.daysShort));
    if (e.shortFrom === null) {
      await expect(field('shortFrom'), e.id).toHaveCount(0);
    } else {
      await expect(field('shortFrom'), e.id).toHaveAttribute('datetime', e.shortFrom);
    }
    const p5 = e.shortFromRange?.p5 ?? null;
    const p95 = e.shortFromRange?.p95 ?? null;
    if (e.shortFrom !== null && p5 !== null) {
      await expect(field('p5'), e.id).toHaveAttribute('datetime', p5);
      if (p95 !== null) await expect(field('p95'), e.id).toHaveAttribute('datetime', p95);
      else await expect(field('p95'), e.id).toHaveCount(0);
    }
  }
  // each report: a mark in its end user's chart and an entry in its list, both linking the source
  for (const r of record.entries) {
    const row = view.locator(`:scope > li[data-end-user="${r.endUser}"]`);
    const mark = row.locator(`a[data-entry="${r.id}"]`);
    await expect(mark, r.id).toHaveAttribute('href', r.source.url);
    await expect(mark, r.id).toHaveAttribute('target', '_blank');
    await expect(row.locator(`li[data-record="${r.id}"] a`), r.id).toHaveAttribute(
      'href',
      r.source.url,
    );
  }
  // and each end user with a report has its sentence: agrees, or how they part
  for (const id of new Set(record.entries.map((r) => r.endUser))) {
    await expect(view.locator(`:scope > li[data-end-user="${id}"] .verdict`)).toContainText(
      /^(Agrees|Disagrees|Not contradicted)\./,
    );
  }
  await shot(page, 'hindcast-2-all');
  expect(errors).toEqual([]);
});
