// For presenters: framed PNG/SVG exports, the share dialog, and the embed on another origin.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openApp, readPng, shareDownload, shot } from './helpers.ts';

const bundled = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as { nodes: unknown[] };

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloadPng(page: Page, scale: '1' | '2' | '4'): Promise<Buffer> {
  await page.getByRole('dialog', { name: 'Share' }).getByLabel('Scale').selectOption(scale);
  return shareDownload(page, 'Download PNG', `test-results/screenshots/export@${scale}x.png`);
}

/** Share of pixels that are neither transparent nor white, measured in the page. */
function paintedShare(page: Page, png: Buffer): Promise<number> {
  return readPng(
    page,
    png,
    (d, width, height) => {
      let painted = 0;
      for (let i = 0; i < d.length; i += 4)
        if (d[i + 3]! > 0 && (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240)) painted++;
      return painted / (width * height);
    },
    null,
  );
}

test('PNG export: 2x has twice the pixels of 1x, and it is not blank', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await shot(page, 'presenter-1-share-dialog');
  const one = await downloadPng(page, '1');
  const two = await downloadPng(page, '2');
  const a = pngSize(one);
  const b = pngSize(two);
  expect(b).toEqual({ width: 2 * a.width, height: 2 * a.height });
  expect(await paintedShare(page, one)).toBeGreaterThan(0.01);
});

test('SVG export parses and carries the legend and the source footnote', async ({ page }) => {
  await openApp(page);
  const svg = (
    await shareDownload(page, 'Download SVG', 'test-results/screenshots/export.svg')
  ).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      text: doc.documentElement.textContent ?? '',
      root: doc.documentElement.nodeName,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain('Mines');
  expect(parsed.text).toContain('End users');
  expect(parsed.text).toMatch(/Data: .+ \d{4}/);
  // Look at it as a person would: render the file and keep a picture.
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await shot(page, 'presenter-2-svg-export');
});

test('the share dialog gives an embed snippet, and the embed renders inside an iframe on another origin', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const code = await page
    .getByRole('dialog', { name: 'Share' })
    .getByLabel('Embed code')
    .inputValue();
  const appPort = Number(process.env.E2E_PORT ?? 4173);
  expect(code).toMatch(
    new RegExp(
      `^<iframe src="http://127\\.0\\.0\\.1:${appPort}/\\?embed=1" width="960" height="600"`,
    ),
  );

  await page.goto(`http://127.0.0.1:${appPort + 1}/`);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('link', { name: 'Open in Chokepoint' })).toBeVisible();
  const inner = page.frames().find((f) => f.url().includes('embed=1'))!;
  await inner.waitForFunction(() => (window.chokepoint?.cy.nodes().length ?? 0) > 0);
  expect(await inner.evaluate(() => window.chokepoint!.cy.nodes().length)).toBe(
    bundled.nodes.length,
  );
  // no editing chrome, but click-for-details still works
  await expect(frame.getByRole('region', { name: 'Scenario' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Share' })).toHaveCount(0);
  // click a node as a user would: at its place on screen, inside the iframe. The first fit may
  // still move the graph on a busy machine, so the place is read again if a click lands beside it.
  const frameBox = (await page.locator('#embed').boundingBox())!;
  await expect(async () => {
    const at = await inner.evaluate(() => {
      const n = window.chokepoint!.cy.nodes()[0]!;
      const box = document.querySelector('[data-testid="graph"]')!.getBoundingClientRect();
      return { x: n.renderedPosition().x + box.left, y: n.renderedPosition().y + box.top };
    });
    await page.mouse.click(frameBox.x + at.x + 1, frameBox.y + at.y + 1);
    await expect(frame.getByRole('region', { name: 'Details' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(frame.getByRole('region', { name: 'Details' })).toContainText(
    'of its supply passes through',
  );
  await expect(
    frame.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Remove node' }),
  ).toHaveCount(0);
  const href = await frame.getByRole('link', { name: 'Open in Chokepoint' }).getAttribute('href');
  expect(href).not.toContain('embed=1');
  expect(href).toContain(`sel=node`);
  await shot(page, 'presenter-3-embed-cross-origin');
});
