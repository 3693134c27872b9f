// The node editor at 1280×720: a Save with no change loses nothing (the dataset is the same,
// Japan's stockpile and its magnet makers' own stock still buy its automakers 79 days under
// China's processing offline), a converter's edit is saved with its converter flag, and a
// message for a field the form does not show is listed under the form rather than dropped.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openApp, openScenario, shot } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

interface Node {
  id: string;
  converter?: boolean;
  capacity?: number | null;
  [key: string]: unknown;
}

/** The dataset as the explorer has it now, through Export… → Dataset (JSON). */
async function exported(page: Page, path: string): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export dataset' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Dataset (JSON)' }).click(),
  ]);
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return readFileSync(path, 'utf8');
}

async function editNode(page: Page, search: string, name: RegExp, id: string) {
  await page.getByRole('combobox', { name: 'Search nodes' }).fill(search);
  await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option', { name }).click();
  await page.getByText('Edit data').click();
  await page.getByRole('button', { name: `Edit node ${id}…` }).click();
  return page.getByRole('dialog', { name: `Edit node ${id}` });
}

const runsShort = (page: Page, id: string) =>
  page.getByRole('table', { name: 'Impact on end users' }).locator(`tr[data-id="${id}"] td`).nth(5);

test('Save node with no change keeps the dataset and the what-if: Japan’s automakers still run short in 79 days', async ({
  page,
}, info) => {
  const errors = await openApp(page);
  const scenario = await openScenario(page);
  await scenario.getByRole('combobox', { name: 'Preset' }).selectOption('china-processing-offline');
  await scenario.getByRole('button', { name: 'Load preset' }).click();
  await expect(runsShort(page, 'jp-auto')).toHaveText('79 days');
  const before = await exported(page, info.outputPath('before.json'));

  const editor = await editNode(
    page,
    'trading houses',
    /Japan: rare-earth importers/,
    'jp-trading-houses',
  );
  await editor.getByRole('button', { name: 'Save node' }).click();
  await expect(editor).toBeHidden();
  await shot(page, 'editing-1-no-change-save');

  await expect(page.getByTestId('headline')).toContainText("China's processing offline");
  await expect(runsShort(page, 'jp-auto')).toHaveText('79 days');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('stockpile');
  expect(await exported(page, info.outputPath('after.json'))).toBe(before);
  expect(errors).toEqual([]);
});

test('a converter’s edit is saved and keeps it a converter', async ({ page }, info) => {
  const errors = await openApp(page);
  const editor = await editNode(
    page,
    'China separation light',
    /China: separation of light concentrate/,
    'cn-processing',
  );
  await editor.getByLabel('Capacity a year').fill('400000');
  await editor.getByRole('button', { name: 'Save node' }).click();
  await expect(editor).toBeHidden();
  const saved = JSON.parse(await exported(page, info.outputPath('after.json'))) as {
    nodes: Node[];
  };
  const node = saved.nodes.find((n) => n.id === 'cn-processing')!;
  expect(node.capacity).toBe(400000);
  expect(node.converter).toBe(true);
  await shot(page, 'editing-2-converter-saved');
  expect(errors).toEqual([]);
});

test('a refusal for a field the form does not show is listed under the form', async ({ page }) => {
  await openApp(page);
  // Bayan Obo's capacity has an estimate range; with no capacity the range brackets nothing
  const editor = await editNode(page, 'Bayan Obo', /China: Bayan Obo/, 'cn-bayan-obo');
  await editor.getByLabel('Capacity a year').fill('');
  await editor.getByRole('button', { name: 'Save node' }).click();
  await expect(editor).toBeVisible();
  await expect(editor.locator('ul.errors')).toContainText(
    'capacityEstimate: there is no capacity for it to bracket',
  );
  await shot(page, 'editing-3-refusal-listed');
});
