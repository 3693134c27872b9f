// Shared steps for the browser tests: wait for the graph, keep a screenshot of every step.
import { expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

export async function openApp(page: Page, search = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`./${search}`);
  await page.waitForFunction(
    () => window.chokepoint?.cy !== undefined && window.chokepoint.cy.nodes().length > 0,
  );
  return errors;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: number }[]> {
  // Evaluated by the test driver rather than added as a <script>: the page's policy forbids
  // inline scripts, and rightly so.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.chokepoint?.cy.nodes().length ?? 0);
}

export { expect };
