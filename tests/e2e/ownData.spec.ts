// Bringing your own data, walked as a user would: CSV files one after the other and an XLSX made
// from the templates, a GEXF written by graphology-gexf, the column-mapping dialog, editing a
// flow and seeing the impact change, finding the edit after a reload, undoing it, and exporting
// GEXF and opening it again with the same figures.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import writeXlsxFile from 'write-excel-file/universal';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import { EDGE_FIELDS, NODE_FIELDS } from '../../src/data/formats/fields.ts';
import { csvTemplates } from '../../src/data/formats/templates.ts';
import { formatQuantity } from '../../src/core/format.ts';
import { expect, impactRows, nodeCount, openApp, shot } from './helpers.ts';

const report = (page: Page) => page.getByRole('dialog', { name: /^Imported / });

const BUNDLED = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  nodes: unknown[];
  edges: { source: string; target: string; flow: number; estimate?: { low: number } }[];
};
/** The flow the edit test changes: Mountain Pass's separated rare earths to US other users. */
const EDITED = BUNDLED.edges.find(
  (e) => e.source === 'us-mp-separation' && e.target === 'us-non-magnet',
)!;
/** The new figure: the low end of the flow's estimate range, which the editor accepts. */
const NEW_FLOW = Math.ceil(EDITED.estimate?.low ?? EDITED.flow / 2);

/** What these tests read of the impact table: each end user's id, baseline and supply at once. */
async function tableFigures(page: Page) {
  const rows = await impactRows(page);
  return rows.map(({ id, baseline, noSubstitution }) => ({ id, baseline, noSubstitution }));
}

/** Rows under a template's header: the header line kept as the template has it. */
function fromTemplate(
  name: string,
  rows: string[],
): { name: string; mimeType: string; buffer: Buffer } {
  const header = (csvTemplates()[name] ?? '').split('\n')[0] ?? '';
  const cols = header.split(',');
  const lines = rows.map((r) => {
    const cells = Object.fromEntries(r.split('|').map((kv) => kv.split('=') as [string, string]));
    return cols.map((c) => cells[c] ?? '').join(',');
  });
  return { name, mimeType: 'text/csv', buffer: Buffer.from([header, ...lines, ''].join('\n')) };
}

test('a CSV pair from the templates, one file after the other, and an XLSX workbook', async ({
  page,
}) => {
  const errors = await openApp(page);
  await page
    .getByLabel('Dataset file')
    .setInputFiles(
      fromTemplate('nodes.csv', [
        'id=mine-a|label=Mine A|stage=mine|country=AU|production=100|year=2024',
        'id=sep-b|label=Separator B|stage=processor|country=MY|year=2024',
        'id=maker-c|label=Magnets C|stage=magnet-maker|country=JP|year=2024',
        'id=user-d|label=Motors D|stage=end-user|country=DE|year=2024',
      ]),
    );
  await expect(page.getByRole('status').filter({ hasText: 'Read nodes.csv' })).toBeVisible();
  await shot(page, 'own-data-1-nodes-waiting');
  await page
    .getByLabel('Dataset file')
    .setInputFiles(
      fromTemplate('edges.csv', [
        'source=mine-a|target=sep-b|flow=100|material=concentrate',
        'source=sep-b|target=maker-c|flow=90|material=oxide',
        'source=maker-c|target=user-d|flow=80|material=magnets',
        'source=maker-c|target=nowhere|flow=5',
      ]),
    );
  await expect(report(page).getByTestId('import-summary')).toHaveText(
    'CSV: 4 nodes, 3 flows; 1 row refused',
  );
  await expect(report(page)).toContainText('edges.csv row 5: unknown node "nowhere"');
  await shot(page, 'own-data-2-csv-report');
  await report(page).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => nodeCount(page)).toBe(4);
  const rows = await tableFigures(page);
  expect(rows).toEqual([{ id: 'user-d', baseline: 80, noSubstitution: 80 }]);

  const header = (fields: readonly { id: string }[]) => fields.map((f) => ({ value: f.id }));
  const blob = await writeXlsxFile([
    {
      sheet: 'Nodes',
      data: [
        header(NODE_FIELDS),
        NODE_FIELDS.map(
          (f) => ({ id: 'm', stage: 'mine', country: 'CL', production: 40 })[f.id] ?? null,
        ),
        NODE_FIELDS.map((f) => ({ id: 'u', stage: 'end-user', country: 'US' })[f.id] ?? null),
      ],
    },
    {
      sheet: 'Edges',
      data: [
        header(EDGE_FIELDS),
        EDGE_FIELDS.map((f) => ({ source: 'm', target: 'u', flow: 40 })[f.id] ?? null),
      ],
    },
  ]).toBlob();
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'book.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await blob.arrayBuffer()),
  });
  await expect(report(page).getByTestId('import-summary')).toHaveText(
    'XLSX: 2 nodes, 1 flow; 0 rows refused',
  );
  await report(page).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => nodeCount(page)).toBe(2);
  expect(errors).toEqual([]);
});

test('a GEXF written by graphology-gexf from a generated graph', async ({ page }) => {
  const errors = await openApp(page);
  const net = generateSupplyNetwork({ nodes: 60, seed: 3 });
  const g = new MultiDirectedGraph();
  for (const n of net.nodes) g.addNode(n.id, { label: n.id, stage: n.stage, country: n.country });
  for (const e of net.edges) g.addEdge(e.source, e.target, { weight: e.flow });
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'generated.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from(writeGexf(g)),
  });
  await expect(report(page).getByTestId('import-summary')).toHaveText(
    `GEXF: ${net.nodes.length} nodes, ${net.edges.length} flows; 0 rows refused`,
  );
  await report(page).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => nodeCount(page)).toBe(net.nodes.length);
  expect(errors).toEqual([]);
});

test('unrecognised columns: the mapping dialog, remembered for the next import; a broken file keeps the graph', async ({
  page,
}) => {
  await openApp(page);
  const before = await nodeCount(page);
  const files = [
    {
      name: 'suppliers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code,kind,nation\na,mine,AU\nb,end-user,JP\n'),
    },
    { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from('from,to,tonnes\na,b,7\n') },
  ];
  await page.getByLabel('Dataset file').setInputFiles(files);
  const dialog = page.getByRole('dialog', { name: 'Map columns' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Field for suppliers.csv column code').selectOption('id');
  await dialog.getByLabel('Field for suppliers.csv column kind').selectOption('stage');
  await dialog.getByLabel('Field for suppliers.csv column nation').selectOption('country');
  await dialog.getByLabel('Field for links.csv column tonnes').selectOption('flow');
  await shot(page, 'own-data-3-mapping');
  await dialog.screenshot({ path: 'test-results/screenshots/mapping-dialog.png' });
  await dialog.getByRole('button', { name: 'Import with these columns' }).click();
  await expect(report(page).getByTestId('import-summary')).toHaveText(
    'CSV: 2 nodes, 1 flow; 0 rows refused',
  );
  await report(page).getByRole('button', { name: 'Close' }).click();
  // The same columns again: no dialog, the mapping is remembered.
  await page.getByLabel('Dataset file').setInputFiles(files);
  await expect(report(page).getByTestId('import-summary')).toHaveText(
    'CSV: 2 nodes, 1 flow; 0 rows refused',
  );
  await report(page).getByRole('button', { name: 'Close' }).click();
  // A broken file: refused with its place and reason, the graph stays.
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'broken.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from('<gexf><graph>\n<nodes><node id="a></nodes></graph></gexf>'),
  });
  const refusal = page.getByRole('alertdialog');
  await expect(refusal).toContainText(/broken\.gexf line \d+ column \d+: not well-formed XML/);
  await refusal.getByRole('button', { name: 'Close' }).click();
  expect(await nodeCount(page)).toBe(2);
  expect(before).toBeGreaterThan(2);
});

test('edit a flow: the impact changes, survives a reload, undoes; GEXF export opens again with the same figures', async ({
  page,
}) => {
  const errors = await openApp(page);
  const baseline = await tableFigures(page);
  const user = (rows: typeof baseline) => rows.find((r) => r.id === 'us-non-magnet')?.baseline;
  const was = user(baseline) ?? NaN;

  await page.getByRole('tab', { name: 'Flows' }).click();
  const flows = page.getByRole('table', { name: 'Flows' });
  await flows
    .locator('tbody tr')
    .filter({ hasText: 'United States: catalysts' })
    .filter({ hasText: formatQuantity(EDITED.flow) })
    .getByRole('button')
    .click();
  await page.getByText('Edit data').click();
  await page.getByRole('button', { name: 'Edit flow…' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit flow' });
  await editor.getByLabel(/^Flow \(/).fill('-3');
  await editor.getByRole('button', { name: 'Save flow' }).click();
  await expect(editor.getByRole('alert').first()).toHaveText('must be ≥ 0, got -3');
  await editor.getByLabel(/^Flow \(/).fill(String(NEW_FLOW));
  await editor.getByRole('button', { name: 'Save flow' }).click();
  await expect(editor).toBeHidden();
  await page.getByRole('tab', { name: 'Impact' }).click();
  await expect
    .poll(async () => user(await tableFigures(page)))
    .toBeCloseTo(was - (EDITED.flow - NEW_FLOW), 6);
  await shot(page, 'own-data-4-edited');

  // Saved as the user works: after a reload the edit is still there.
  await expect
    .poll(() => page.evaluate(() => indexedDB.databases().then((d) => d.length)))
    .toBeGreaterThan(0);
  await page.waitForTimeout(800);
  await page.reload();
  await page.waitForFunction(() => (window.chokepoint?.cy.nodes().length ?? 0) > 0);
  await expect
    .poll(async () => user(await tableFigures(page)))
    .toBeCloseTo(was - (EDITED.flow - NEW_FLOW), 6);
  await shot(page, 'own-data-5-after-reload');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => user(await tableFigures(page))).toBeCloseTo(was, 6);

  // Export GEXF, open it again: the same figures.
  const figures = await tableFigures(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'GEXF (Gephi)' }).click();
  const file = await (await download).path();
  await page
    .getByRole('dialog', { name: 'Export dataset' })
    .getByRole('button', { name: 'Close' })
    .click();
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'again.gexf',
    mimeType: 'application/xml',
    buffer: readFileSync(file),
  });
  await expect(report(page).getByTestId('import-summary')).toHaveText(
    `GEXF: ${BUNDLED.nodes.length} nodes, ${BUNDLED.edges.length} flows; 0 rows refused`,
  );
  await report(page).getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => tableFigures(page)).toEqual(figures);
  expect(errors).toEqual([]);
});

test('an import says what became of every row: a flow lost with a refused node, a stage value not known', async ({
  page,
}) => {
  const errors = await openApp(page);
  await page
    .getByLabel('Dataset file')
    .setInputFiles(
      fromTemplate('nodes.csv', [
        'id=mine-a|label=Mine A|stage=mine|country=AU|production=100|year=2024',
        'id=ref-b|label=Refiner B|stage=refinery|country=MY|year=2024',
        'id=user-c|label=User C|stage=customer|country=DE|year=2024',
        'id=user-d|label=User D|stage=end-user|country=NOWHERE|year=2024',
      ]),
    );
  await expect(page.getByRole('status').filter({ hasText: 'Read nodes.csv' })).toBeVisible();
  await page
    .getByLabel('Dataset file')
    .setInputFiles(
      fromTemplate('edges.csv', [
        'source=mine-a|target=ref-b|flow=100',
        'source=ref-b|target=user-c|flow=60',
        'source=ref-b|target=user-d|flow=40',
      ]),
    );
  const dialog = report(page);
  // The node with a country that does not exist is refused at its row, and its flow with it.
  await expect(dialog).toContainText('nodes.csv row 5');
  await expect(dialog).toContainText(
    'lost with its target node "user-d", refused at nodes.csv row 5',
  );
  // "refinery" and "customer" are not stages: read from the flows, and said so.
  const unknown = dialog.getByRole('region', { name: 'Unknown stage values' });
  await expect(unknown).toContainText('“refinery”: ref-b');
  await expect(unknown).toContainText('“customer”: user-c');
  await shot(page, 'own-data-import-lines');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => nodeCount(page)).toBe(3);
  expect(errors).toEqual([]);
});
