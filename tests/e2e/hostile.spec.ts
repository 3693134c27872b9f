// Hostile files and links, walked through the explorer as a user would: a dataset whose ids,
// labels, notes and titles are script and formula payloads is opened, its nodes shown, its
// impact exported as CSV and its graph as SVG, its story presented; then every hostile link of
// tests/fixtures/hostile/links.json is opened on a small dataset. Nothing may run, every export
// must be inert, and every link must apply exactly or say why.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { datasetNamed, payloads } from '../unit/hostileInput.ts';
import { openApp, openScenario } from './helpers.ts';

const xss = payloads('xss');
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const printable = xss.filter((p) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(p));
const formulas = payloads('formulas');
const FORMULA_START = /^[=+\-@\t\r]/;

/** Counts every alert, confirm or prompt a payload could open, and every script it could run. */
async function watch(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { pwned: number };
    w.pwned = 0;
    window.alert = () => {
      w.pwned++;
    };
  });
  let dialogs = 0;
  page.on('dialog', (d) => {
    if (d.type() !== 'beforeunload' && d.type() !== 'confirm') dialogs++;
    void d.accept();
  });
  return async () =>
    dialogs + (await page.evaluate(() => (window as unknown as { pwned: number }).pwned));
}

function hostileDataset() {
  // Script payloads as ids and labels, formula payloads likewise, and script in every text field.
  const base = datasetNamed([...xss.slice(0, 6), ...formulas.slice(0, 4)]);
  return {
    format: 'chokepoint-dataset',
    schemaVersion: 3,
    year: 2025,
    ...base,
    title: xss[0],
    description: xss[1],
    sources: [{ id: 's1', title: xss[2], publisher: xss[3], year: 2025 }],
    // Payloads with a control character (a NUL) are refused at load, with their place, since no
    // export can carry them (tests/unit/data); the walk uses every other one.
    nodes: base.nodes.map((n, i) => ({ ...n, notes: printable[i % printable.length] })),
    edges: base.edges.map((e) => ({ ...e, material: 'concentrate' })),
    scenarios: [
      {
        id: 'cut',
        label: xss[4],
        interventions: [{ type: 'remove-node', node: 'p0' }],
      },
    ],
    stories: [
      {
        id: 'story',
        title: xss[5],
        steps: [
          { title: xss[6], caption: xss[7], preset: 'cut', view: { selection: 'e0' } },
          { title: formulas[0], caption: xss[8], interventions: [], view: {} },
        ],
      },
    ],
  };
}

/** Opens a file as "Open dataset…" does, and waits until it is saved in the browser. */
async function openFile(page: Page, name: string, content: string, title: string) {
  await page.getByLabel('Dataset file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
  await expect(page.locator('.dataset-title')).toContainText(title);
  await expect(page.getByRole('button', { name: 'Documents…' })).toHaveAttribute(
    'data-persistence',
    'saved',
  );
}

test('a dataset of script and formula payloads: shown as text, exported inert, presented', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pwned = await watch(page);
  const errors = await openApp(page);
  const dataset = hostileDataset();
  await openFile(page, 'hostile.json', JSON.stringify(dataset), xss[0]!);
  await expect
    .poll(() => page.evaluate(() => window.chokepoint!.cy.nodes().length))
    .toBe(dataset.nodes.length);

  // Each payload node, picked from the search, shows its label and note as text.
  const search = page.getByRole('combobox', { name: 'Search nodes' });
  const details = page.getByRole('region', { name: 'Details' });
  for (const name of [xss[0]!, xss[1]!, formulas[0]!]) {
    await search.fill(name.slice(0, 12));
    await page
      .getByRole('listbox', { name: 'Matching nodes' })
      .getByRole('option')
      .filter({ has: page.locator('strong').getByText(name, { exact: true }) })
      .first()
      .click();
    await expect(details.getByRole('heading', { level: 3 }).first()).toHaveText(name);
  }

  // The preset removes a processor: the impact CSV names payload end users, none as a formula.
  await openScenario(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('cut');
  await page.getByRole('button', { name: 'Load preset' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Impact (CSV)' }).click(),
  ]);
  const text = readFileSync((await csv.path())!, 'utf8');
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const cells = rows.flat();
  expect(cells.some((c) => c.includes('alert(1)'))).toBe(true);
  expect(cells.some((c) => c.startsWith("'="))).toBe(true);
  // a cell may start with - or + only as a number
  expect(cells.filter((c) => FORMULA_START.test(c) && !Number.isFinite(Number(c)))).toEqual([]);

  // The SVG export is well-formed XML with no script, no handler and no script link.
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  const check = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      broken: doc.querySelector('parsererror') !== null,
      scripts: doc.querySelectorAll('script, foreignObject, iframe').length,
      handlers: all
        .flatMap((e) => [...e.attributes].map((a) => a.name))
        .filter((n) => /^on/i.test(n)),
      links: all.flatMap((e) =>
        [...e.attributes].filter((a) => /href$/i.test(a.name)).map((a) => a.value),
      ),
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(check.broken).toBe(false);
  expect(check.scripts).toBe(0);
  expect(check.handlers).toEqual([]);
  expect(check.links.filter((h) => !/^(https?:|#)/.test(h))).toEqual([]);
  expect(check.text).toContain(xss[0]);
  await page.keyboard.press('Escape');

  // Present mode shows the story's payload titles and captions as text.
  await page.goto('./?story=story&step=1');
  const step = page.getByRole('region', { name: 'Story step' });
  await expect(step).toContainText(xss[6]!);
  await expect(step).toContainText(xss[7]!);
  await page.keyboard.press('ArrowRight');
  await expect(step).toContainText(xss[8]!);

  expect(await pwned()).toBe(0);
  expect(errors).toEqual([]);
});

test('every hostile link applies exactly or says why, in the explorer and the embed', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const pwned = await watch(page);
  const errors = await openApp(page);
  // The links name the small dataset's nodes and flows; once opened, it is the document a
  // reload (and so a link) comes back to.
  const base = readFileSync('tests/fixtures/hostile/base.json', 'utf8');
  await openFile(page, 'base.json', base, 'Every field once');
  const notice = page.getByRole('status').filter({ hasText: 'About this link' });
  const links = payloads('links');
  expect(links.length).toBeGreaterThan(40);
  for (const link of links) {
    await page.goto(`./${link}`);
    await expect(notice, link).toBeVisible();
    await expect(page.locator('.dataset-title'), link).toContainText('Every field once');
    // what did apply reached the engine without an error
    await expect(page.getByRole('alert'), link).toHaveCount(0);
  }
  // A clean link applies exactly: its interventions listed, no notice.
  await page.goto('./?do=remove%3Am&do=route%3ACN%3EDE%3A0.18%3ANdFeB+magnets');
  const scenario = await openScenario(page);
  await expect(scenario).toContainText('Remove');
  await expect(scenario).toContainText('82%');
  await expect(notice).toHaveCount(0);
  // The embed says so too, in a line of its own.
  await page.goto('./?embed=1&do=remove:no-such-node');
  await expect(page.getByText(/no-such-node/)).toBeVisible();

  expect(await pwned()).toBe(0);
  expect(errors).toEqual([]);
});

/** Writes `record` as the saved document the next load opens. */
async function plantSavedRecord(page: Page, record: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chokepoint', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('documents', { keyPath: 'id' });
          open.result.createObjectStore('meta');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['documents', 'meta'], 'readwrite');
          tx.objectStore('documents').put(r);
          tx.objectStore('meta').put(r.id, 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

test('a malformed saved record: the bundled data shows, the notice says it could not be read, the record downloads', async ({
  page,
}) => {
  const errors = await openApp(page);
  const records = [
    { stories: [{ id: 1, steps: 'x' }] },
    { document: { scenario: 'x', view: null } },
    { document: { scenario: [], view: 7, edits: 'all' }, savedAt: 'yesterday' },
  ];
  for (const [i, over] of records.entries()) {
    const record = {
      schemaVersion: 1,
      id: `bad-${i}`,
      name: `Bad record ${i}`,
      savedAt: 1,
      dataset: { title: 'x', nodes: [], edges: [] },
      document: { scenario: [], view: {} },
      ...over,
    };
    await plantSavedRecord(page, record);
    await page.reload();
    await page.waitForFunction(() => (window.chokepoint?.cy.nodes().length ?? 0) > 0);
    const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText(`Your saved work could not be read (Bad record ${i}: `);
    await expect(notice).toContainText('the bundled data is shown instead');
    await expect(notice).not.toContainText('Not saved');
    await expect(notice).not.toContainText('cannot be saved');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the saved record' }).click();
    const kept: unknown = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(kept).toEqual(record);
  }
  expect(errors).toEqual([]);
});
