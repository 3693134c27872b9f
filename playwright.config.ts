import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with the npm script, no types needed
import { findChromium, CHROMIUM_ARGS } from './tests/e2e/chromium.mjs';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = PORT + 1;
const executablePath: string | undefined = findChromium();
if (executablePath === undefined) {
  throw new Error(
    'No Chromium: run `node tests/e2e/chromium.mjs` (npm run test:e2e does) or set CHROMIUM_PATH.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    viewport: { width: 1400, height: 900 },
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Another origin that embeds the app in an iframe.
      command: `node tests/e2e/hostPage.mjs`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      env: { HOST_PORT: String(HOST_PORT), APP_URL: `http://127.0.0.1:${PORT}/` },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
