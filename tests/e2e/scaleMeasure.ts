// Measures of the explorer at scale, shared by the browser test (tests/e2e/scale.spec.ts) and the
// benchmark (tests/bench/explorerScale.ts): the time to open and draw a dataset, and the longest
// main-thread task of a what-if, seen by a PerformanceObserver for 'longtask' in the page (tasks
// of 50 ms or more; none means the longest was under 50 ms).
import type { Page } from '@playwright/test';

/** Issue 25's targets at 5,000 nodes. */
export const OPEN_TARGET_MS = 3_000;
export const LONGEST_TASK_TARGET_MS = 200;

// In-page code is passed as text: tsx would otherwise add helpers the page does not have.
const OBSERVE = `(() => {
  if (window.__tasks !== undefined) return;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
})()`;

/** Two frames: whatever was waiting to be drawn has been. */
const FRAMES = `new Promise((r) => {
  requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())));
  setTimeout(() => r(performance.now()), 2000);
})`;

const IMPACT = `table[aria-label="Impact on end users"] tr[data-no-substitution]`;

/** Clicks Remove node; resolves when the impact table shows a changed figure and is drawn. */
const REMOVE = `new Promise((resolve) => {
  const snapshot = () => [...document.querySelectorAll('${IMPACT}')]
    .map((r) => r.getAttribute('data-no-substitution')).join();
  const before = snapshot();
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Remove node');
  const start = performance.now();
  button.click();
  const poll = () => {
    if (snapshot() !== before) resolve({ start, changed: true });
    else if (performance.now() - start > 120000) resolve({ start, changed: false });
    else setTimeout(poll, 5);
  };
  setTimeout(poll, 5);
})`;

export interface Network {
  readonly nodes: readonly { readonly id: string; readonly stage: string }[];
  readonly edges: readonly unknown[];
}

/** Opens `network` as a file from disk; the time until all its nodes are in the graph and drawn. */
export async function measureOpen(page: Page, network: Network): Promise<number> {
  await page.evaluate(OBSERVE);
  const text = JSON.stringify({ title: 'Generated', ...network });
  const t0 = Date.now();
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.waitForFunction(
    (n) => window.chokepoint !== undefined && window.chokepoint.cy.nodes().length === n,
    network.nodes.length,
    { timeout: 180_000, polling: 10 },
  );
  await page.evaluate(FRAMES);
  return Date.now() - t0;
}

/** Waits until the page has had no long task for `quietMs`. */
async function quiet(page: Page, quietMs = 1_000): Promise<void> {
  await page.waitForFunction(
    (ms) => {
      const t = (window as unknown as { __tasks: [number, number][] }).__tasks.at(-1);
      return performance.now() - (t === undefined ? 0 : t[0] + t[1]) > ms;
    },
    quietMs,
    { timeout: 180_000, polling: 100 },
  );
}

export interface WhatIf {
  readonly id: string;
  readonly longestTaskMs: number;
  readonly changed: boolean;
}

/**
 * Removes each node in turn (a what-if each, added to the last), from the click until the
 * result is in the table, drawn, and the page quiet: the longest main-thread task of each.
 */
export async function measureWhatIfs(page: Page, ids: readonly string[]): Promise<WhatIf[]> {
  await page.evaluate(OBSERVE);
  const out: WhatIf[] = [];
  for (const id of ids) {
    await page.getByRole('combobox', { name: 'Search nodes' }).fill(id);
    await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first().click();
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Remove node' })
      .waitFor();
    await quiet(page);
    const { start, changed } = (await page.evaluate(REMOVE)) as { start: number; changed: boolean };
    await page.evaluate(FRAMES);
    await quiet(page);
    const tasks = (await page.evaluate('window.__tasks')) as [number, number][];
    const mine = tasks.filter(([s, d]) => s + d >= start).map(([, d]) => d);
    out.push({ id, longestTaskMs: mine.length === 0 ? 0 : Math.max(...mine), changed });
    process.stderr.write(`what-if ${out.length}: longest task ${out.at(-1)?.longestTaskMs}\n`);
  }
  return out;
}
