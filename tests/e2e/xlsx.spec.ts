// XLSX under the page's own policy (`worker-src 'self'`): a workbook whose entries pass both of
// the zip library's worker thresholds (160 KB written, 512 KB read) exports and opens again;
// workbook bombs and a 40 MB cell end in a refusal or a result while the tab stays responsive.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import { expect, nodeCount, openApp, openDatasetFile, shot } from './helpers.ts';

/** Starts a probe in the page: the longest the main thread went without running a timer. */
async function watchStalls(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longestStall: number };
    w.longestStall = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestStall = Math.max(w.longestStall, now - last);
      last = now;
    }, 50);
  });
  return () => page.evaluate(() => (window as unknown as { longestStall: number }).longestStall);
}

test('a 1,800-node workbook above both worker thresholds exports and opens again', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const network = generateSupplyNetwork({ nodes: 1800, edgesPerNode: 3, seed: 11 });
  await openDatasetFile(page, 'big.json', { title: 'Generated 1,800-node network', ...network });
  await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(1800);

  await page.getByRole('button', { name: 'Export…' }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'XLSX workbook' }).click();
  const bytes = new Uint8Array(readFileSync(await (await download).path()));
  await page
    .getByRole('dialog', { name: 'Export dataset' })
    .getByRole('button', { name: 'Close' })
    .click();
  // The written workbook has an entry past both thresholds, compressed well enough that the
  // library would have inflated it in a worker.
  const entries = unzipSync(bytes);
  const largest = Math.max(...Object.values(entries).map((e) => e.length));
  expect(largest).toBeGreaterThan(524_288);
  expect(bytes.length).toBeLessThan(0.8 * largest);

  await page.getByLabel('Dataset file').setInputFiles({
    name: 'again.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  const report = page.getByRole('dialog', { name: 'Imported again.xlsx' });
  await expect(report.getByTestId('import-summary')).toHaveText(
    `XLSX: 1800 nodes, ${network.edges.length} flows; 0 rows refused`,
    { timeout: 60_000 },
  );
  await shot(page, 'xlsx-reopened');
});

test('a workbook with one cell at XFD1048576 is refused and the tab carries on', async ({
  page,
}) => {
  const errors = await openApp(page);
  const sheet =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const files = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Nodes" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
  };
  const workbook = zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])),
  );
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'far.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook),
  });
  const stalls = await watchStalls(page);
  const refusal = page.getByRole('alertdialog', { name: 'Could not open far.xlsx' });
  await expect(refusal).toContainText(
    'far.xlsx: workbook refused: sheet xl/worksheets/sheet1.xml has more than 250,000 rows (row 1,048,576)',
  );
  expect(await stalls()).toBeLessThan(3_000);
  expect(await nodeCount(page)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('a CSV with a 40 MB cell is read off the main thread: the tab never freezes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  // The files are made in the page and picked there: Playwright's setInputFiles would send the
  // 40 MB through the page's own thread as base64, a stall of its own. The probe starts once
  // they are made; the import itself runs after the change event, so a freeze is caught.
  await page.evaluate(() => {
    // A quoted cell of commas, doubled quotes and line breaks: the slow path of a CSV parser.
    const big = `"${'a,""b\n'.repeat(6 * 1024 * 1024)}"`;
    const nodes = `id,stage,country,production,notes\nm,mine,AU,10,${big}\nu,end-user,DE,,\n`;
    const edges = 'source,target,material,flow\nm,u,ore,10\n';
    const picked = new DataTransfer();
    picked.items.add(new File([nodes], 'nodes.csv', { type: 'text/csv' }));
    picked.items.add(new File([edges], 'edges.csv', { type: 'text/csv' }));
    (window as unknown as { picked: DataTransfer }).picked = picked;
  });
  const stalls = await watchStalls(page);
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Dataset file"]');
    if (input === null) throw new Error('no file input');
    input.files = (window as unknown as { picked: DataTransfer }).picked.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // A result or a refusal, whichever the importer gives; the tab answered throughout.
  await expect(
    page
      .getByRole('dialog', { name: 'Imported nodes.csv + edges.csv' })
      .or(page.getByRole('alertdialog', { name: 'Could not open nodes.csv + edges.csv' })),
  ).toBeVisible({ timeout: 120_000 });
  expect(await stalls()).toBeLessThan(3_000);
});
