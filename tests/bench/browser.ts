// `npm run bench` (second part): the explorer in headless Chromium, on the built app.
//  1. bundled dataset: time from a what-if click (Remove node) to the updated impact table;
//  2. a generated 5,000-node dataset: time to draw it, and the longest main-thread task while
//     the analysis runs and while the result is drawn.
// Numbers are printed as a markdown table; nothing is asserted.
import { preview } from 'vite';
import { chromium, type Page } from '@playwright/test';
import { cpus } from 'node:os';
// @ts-expect-error -- plain .mjs helper shared with the browser tests
import { ensureChromium, CHROMIUM_ARGS } from '../e2e/chromium.mjs';
import { generateSupplyNetwork } from '../fixtures/generate.ts';

const PORT = 4390;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

// In-page code is passed as text: tsx would otherwise add helpers the page does not have.
const OBSERVE_LONG_TASKS = `(() => {
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
})()`;

const TAKE_LONG_TASKS = `window.__tasks.splice(0)`;

/** Clicks Remove node and waits, in the page, until the impact table shows a changed figure. */
const CLICK_TO_TABLE = `new Promise((resolve) => {
  const snapshot = () => [...document.querySelectorAll('table[aria-label="Impact on end users"] tr[data-no-substitution]')]
    .map((r) => r.getAttribute('data-no-substitution')).join();
  const before = snapshot();
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Remove node');
  const start = performance.now();
  button.click();
  const poll = () => {
    if (snapshot() !== before) {
      const end = performance.now();
      resolve({ total: end - start, start, end });
    } else setTimeout(poll, 1);
  };
  setTimeout(poll, 1);
})`;

type Click = { total: number; start: number; end: number };
const clickToTable = (page: Page) => page.evaluate(CLICK_TO_TABLE) as Promise<Click>;
const takeTasks = (page: Page) => page.evaluate(TAKE_LONG_TASKS) as Promise<[number, number][]>;

async function selectNode(page: Page, id: string) {
  await page.getByRole('combobox', { name: 'Search nodes' }).fill(id);
  await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first().click();
}

const step = (what: string) => process.stderr.write(`bench: ${what}\n`);

async function main() {
  const server = await preview({
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: ensureChromium() as string,
    args: CHROMIUM_ARGS,
  });
  const rows: string[] = [];
  try {
    // 1. bundled dataset
    step('bundled dataset');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    step('page open');
    await page.getByRole('table', { name: 'Impact on end users' }).waitFor();
    step('table');
    await selectNode(page, 'cn-processing');
    step('selected');
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push((await clickToTable(page)).total);
      step(`click ${i + 1}: ${times[i]?.toFixed(0)} ms`);
      await page.getByRole('button', { name: 'Undo' }).click();
      await page
        .getByRole('region', { name: 'Scenario' })
        .getByText('Baseline: nothing removed.')
        .waitFor();
      await page.waitForTimeout(200);
    }
    rows.push(
      `| Bundled dataset (62 nodes): what-if click → impact table updated | ${fmt(median(times))} (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}, ${RUNS} runs) | < 100 ms |`,
    );
    await page.close();

    // 2. 5,000 nodes
    step('5,000 nodes');
    const network = generateSupplyNetwork({ nodes: 5000, edgesPerNode: 5, seed: 7 });
    const big = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await big.goto(`http://127.0.0.1:${PORT}/`);
    await big.getByRole('table', { name: 'Impact on end users' }).waitFor();
    await big.evaluate(OBSERVE_LONG_TASKS);
    const t0 = Date.now();
    await big.getByLabel('Dataset file').setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ title: 'Generated', ...network })),
    });
    await big.waitForFunction(
      'window.chokepoint && window.chokepoint.cy.nodes().length === 5000',
      null,
      {
        timeout: 180_000,
      },
    );
    await big.waitForFunction(
      `Number(document.querySelector('table[aria-label="Impact on end users"]')?.getAttribute('aria-rowcount')) > 100`,
      null,
      { timeout: 180_000 },
    );
    const loadMs = Date.now() - t0;
    await big.waitForTimeout(3000);
    const loadTasks = await takeTasks(big);
    const mine = network.nodes.find((n) => n.stage === 'mine')?.id ?? '';
    await selectNode(big, mine);
    await big.waitForTimeout(3000);
    await takeTasks(big);
    const click = await clickToTable(big);
    await big.waitForTimeout(3000);
    const tasks = await takeTasks(big);
    const during = tasks.filter(([s, d]) => s + d > click.start && s < click.end).map(([, d]) => d);
    const after = tasks.filter(([s]) => s >= click.end).map(([, d]) => d);
    const longest = (xs: number[]) => (xs.length === 0 ? 0 : Math.max(...xs));
    rows.push(
      `| 5,000 nodes / ${network.edges.length} flows: open file → drawn and analysed | ${fmt(loadMs)}; longest task ${fmt(longest(loadTasks.map(([, d]) => d)))} | – |`,
    );
    rows.push(`| 5,000 nodes: what-if click → impact table updated | ${fmt(click.total)} | – |`);
    rows.push(
      `| 5,000 nodes: longest main-thread task while the analysis runs | ${fmt(longest(during))} | < 200 ms |`,
    );
    rows.push(
      `| 5,000 nodes: longest main-thread task redrawing the result | ${fmt(longest(after))} | – |`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(
    `\n### Explorer in headless Chromium (${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, no GPU)\n`,
  );
  console.log('| what | measured | target |\n| --- | --- | --- |');
  for (const r of rows) console.log(r);
}

await main();
