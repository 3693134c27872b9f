// Shared steps for the browser tests: wait for the graph, keep a screenshot of every step.
import { expect, type Locator, type Page } from '@playwright/test';
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

/** Opens the app, then `dataset` written as a JSON file named `name`, as a user picks a file. */
export async function openDatasetFile(page: Page, name: string, dataset: object): Promise<void> {
  await openApp(page);
  await page.getByLabel('Dataset file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
}

/** The rows of the "Impact on end users" table, each with its figures and the text shown. */
export async function impactRows(page: Page) {
  const table = page.getByRole('table', { name: 'Impact on end users' });
  await expect(table).toBeVisible();
  return table.locator('tbody tr[data-id]').evaluateAll((rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-id') ?? '',
      baseline: Number(r.getAttribute('data-baseline')),
      noSubstitution: Number(r.getAttribute('data-no-substitution')),
      withRerouting: Number(r.getAttribute('data-with-rerouting')),
      text: (r as HTMLElement).innerText,
    })),
  );
}

/** Opens Share (when it is not open) and saves what `button` downloads under `path`. */
export async function shareDownload(
  page: Page,
  button: 'Download PNG' | 'Download SVG' | 'Impact (CSV)' | 'Scenario (JSON)',
  path: string,
): Promise<Buffer> {
  const dialog = page.getByRole('dialog', { name: 'Share' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Share' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  await download.saveAs(path);
  return readFileSync(path);
}

/**
 * Decodes a PNG in the page and hands its pixels (RGBA, row by row) to `read`, which runs in
 * the page: it must use nothing but its arguments.
 */
export async function readPng<A, R>(
  page: Page,
  png: Buffer,
  read: (pixels: Uint8ClampedArray, width: number, height: number, arg: A) => R,
  arg: A,
): Promise<R> {
  return page.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png.toString('base64')}';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
    return (${read.toString()})(pixels, c.width, c.height, ${JSON.stringify(arg)});
  })()`);
}

/** Shows the scenario panel (folded away on smaller windows) and returns it. */
export async function openScenario(page: Page): Promise<Locator> {
  const scenario = page.getByRole('region', { name: 'Scenario' });
  // Wait for the page to be drawn before reading the fold: right after a navigation the region
  // is not there yet, and clicking the toggle then would fold a panel that opens by itself.
  const toggle = page.getByRole('button', { name: 'Scenario', exact: true });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(scenario).toBeVisible();
  return scenario;
}

/**
 * What each drop-down matched by `selects` shows, and whether its choice fits: room for the
 * text in the drop-down's own font and for its arrow (a fixed width once cut "Chokepoint score"
 * to "Chokepoir").
 */
export async function dropDownFits(
  selects: Locator,
): Promise<{ text: string; room: number; needs: number }[]> {
  return selects.evaluateAll((elements) =>
    (elements as HTMLSelectElement[]).map((select) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(select).font;
      const text = select.selectedOptions[0]?.text ?? '';
      return { text, room: select.clientWidth, needs: context.measureText(text).width + 16 };
    }),
  );
}

/** Each node's label box (graph units) as drawn, and whether declutter.ts hid it. */
export function drawnLabels(page: Page) {
  return page.evaluate(() =>
    window
      .chokepoint!.cy.nodes()
      .filter((n) => String(n.data('label') ?? '') !== '')
      .map((n) => {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return {
          id: n.id(),
          hidden: n.hasClass('label-hidden'),
          x1: b.x1,
          y1: b.y1,
          x2: b.x2,
          y2: b.y2,
        };
      }),
  );
}

/** Pairs of drawn labels that overlap ("a~b"): none, where labels are decluttered. */
export function labelClashes(labels: Awaited<ReturnType<typeof drawnLabels>>): string[] {
  const shown = labels.filter((l) => !l.hidden);
  return shown.flatMap((a, i) =>
    shown
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      .map((b) => `${a.id}~${b.id}`),
  );
}
