// The 5,000-node explorer: the time from picking the file to the graph drawn, and the longest
// main-thread task of four what-ifs (from the click until the result is drawn and the page is
// quiet), as the page's own PerformanceObserver for 'longtask' sees them. Both figures are
// reported (test annotations and the log); tests/bench/explorerScale.ts enforces the targets
// (3 s, 200 ms) on a machine to itself. Neither is met yet (issue 25 stays open on it), so this
// test asserts only that each what-if answers and is drawn, and reports how long it took.
import { test, type Page } from '@playwright/test';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import { expect, openApp } from './helpers.ts';
import {
  LONGEST_TASK_TARGET_MS,
  OPEN_TARGET_MS,
  measureOpen,
  measureWhatIfs,
} from './scaleMeasure.ts';

async function openLarge(page: Page) {
  const network = generateSupplyNetwork({ nodes: 5000, edgesPerNode: 5, seed: 7 });
  await openApp(page);
  const openMs = await measureOpen(page, network);
  return { network, openMs };
}

test('5,000 nodes: the time to open and draw, and the longest main-thread task of four what-ifs', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const { network, openMs } = await openLarge(page);
  const mines = network.nodes.filter((n) => n.stage === 'mine').map((n) => n.id);
  const whatIfs = await measureWhatIfs(page, mines.slice(0, 4));
  const longest = Math.max(...whatIfs.map((w) => w.longestTaskMs));
  const report = `open ${openMs.toFixed(0)} ms (target ${OPEN_TARGET_MS}); longest task of 4 what-ifs ${longest.toFixed(0)} ms (target ${LONGEST_TASK_TARGET_MS}): ${whatIfs.map((w) => w.longestTaskMs.toFixed(0)).join(', ')}`;
  test.info().annotations.push({ type: 'scale', description: report });
  console.log(`5,000 nodes: ${report}`);
  // Each what-if changed the drawing: some end user loses.
  for (const w of whatIfs) expect(w.changed).toBe(true);
  expect(openMs).toBeGreaterThan(0);
});
