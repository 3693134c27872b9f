// Retakes the README's screenshots (public/screenshots/) from the built app, driven as a user
// would: `npx vite build && node tests/screenshots.mjs`. Serves dist/ with `vite preview` on
// SHOTS_PORT (default 4180) and the embed's host page on the next port.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.mjs';

const PORT = Number(process.env.SHOTS_PORT ?? 4180);
const APP = `http://127.0.0.1:${PORT}/`;
const OUT = 'public/screenshots';
mkdirSync(OUT, { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const host = spawn('node', ['tests/e2e/hostPage.mjs'], {
  stdio: 'ignore',
  detached: true,
  env: { ...process.env, HOST_PORT: String(PORT + 1), APP_URL: APP },
});
const stop = () => {
  for (const p of [server, host]) {
    try {
      process.kill(-p.pid);
    } catch {
      // already gone
    }
  }
};

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch (e) {
      if (process.env.SHOTS_DEBUG) console.log(e.cause ?? e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function ready(page) {
  await page.waitForFunction(() => (window.chokepoint?.cy?.nodes().length ?? 0) > 0);
  // the analysis has answered and the first fit has landed
  await page.waitForFunction(() => document.querySelector('.analysing') === null);
  await page.waitForTimeout(1200);
}

async function loadPreset(page, id) {
  const toggle = page.getByRole('button', { name: /Scenario/ });
  await toggle.click();
  await page.getByRole('combobox', { name: 'Preset' }).selectOption(id);
  await page.getByRole('button', { name: 'Load preset' }).click();
  await toggle.click();
  await ready(page);
}

try {
  await Promise.all([waitFor(APP), waitFor(`http://127.0.0.1:${PORT + 1}/`)]);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const shot = (name) => page.screenshot({ path: `${OUT}/${name}.png` });

  // The headline question: the preset with China's processing offline (separation, heavy
  // separation, metals); loading it brings the Impact table into view.
  await page.goto(APP);
  await ready(page);
  await loadPreset(page, 'china-processing-offline');
  await shot('explorer');

  // An export-control preset, drawn in proportion.
  await page.goto(APP);
  await ready(page);
  await loadPreset(page, 'april-2025-controls');
  await shot('export-control');

  // The same on the map.
  await page.getByLabel('Layout').selectOption('map');
  await ready(page);
  await shot('map');

  // The timeline on May 2025.
  await page.goto(`${APP}?month=2025-05`);
  await ready(page);
  await shot('timeline');

  // Present mode, the story's second step.
  await page.goto(`${APP}?story=year-of-controls-2025&step=2`);
  await ready(page);
  await page.waitForTimeout(1500);
  await shot('present');

  // The embed on another origin, with China's processing removed.
  await page.goto(`http://127.0.0.1:${PORT + 1}/?do=remove:cn-processing`);
  await page.frameLocator('iframe').first().locator('canvas').first().waitFor();
  await page.waitForTimeout(3000);
  await shot('embed');

  // A PNG export of China's processing removed, as the share dialog writes it.
  await page.goto(`${APP}?do=remove:cn-processing`);
  await ready(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await dialog.getByLabel('Scale').selectOption('1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  await download.saveAs(`${OUT}/export.png`);

  // The 2025 hindcast beside the record, at 1440×900: the tab computes it in the worker (the
  // command line's 20 draws), so it waits for the list rather than a fixed time.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(APP);
  await ready(page);
  await page.getByRole('tab', { name: /2025: model and record/ }).click();
  await page
    .getByRole('list', { name: '2025: model and record, by end user' })
    .waitFor({ timeout: 300_000 });
  // Give the results most of the screen, as a reader of this tab would (the splitter's keys).
  await page.getByRole('separator', { name: 'Resize results and tables' }).focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(700);
  await shot('hindcast');

  await browser.close();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  stop();
}
