// The walking skeleton: the built app opens on the bundled dataset and really draws it.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const bundled = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  nodes: unknown[];
  edges: unknown[];
};

test('the explorer draws every node of the bundled dataset', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await page.waitForFunction(() => window.chokepoint?.cy !== undefined);

  const drawn = await page.evaluate(() => {
    const cy = window.chokepoint!.cy;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
  expect(drawn).toEqual({ nodes: bundled.nodes.length, edges: bundled.edges.length });

  // The canvas is not blank: count painted pixels on cytoscape's layers.
  const painted = await page.evaluate(() => {
    let count = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>(
      '[data-testid="graph"] canvas',
    )) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) continue;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
    }
    return count;
  });
  expect(painted).toBeGreaterThan(5_000);

  // Stages are the columns: every mine sits left of every end user.
  const xs = await page.evaluate(() => {
    const cy = window.chokepoint!.cy;
    const x = (sel: string) => cy.nodes(sel).map((n) => n.position('x'));
    return { mines: x('[stage = "mine"]'), endUsers: x('[stage = "end-user"]') };
  });
  expect(Math.max(...xs.mines)).toBeLessThan(Math.min(...xs.endUsers));

  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Magnet makers');
  await page.screenshot({ path: 'test-results/screenshots/boot.png' });
  expect(errors).toEqual([]);
});
