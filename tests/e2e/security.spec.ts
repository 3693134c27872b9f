// The built app served with its security headers (vite preview sends them, as a host would):
// it works under its Content-Security-Policy, the PNG export included; another site cannot
// frame the explorer, only the embed.
import { test, type Page } from '@playwright/test';
import { expect, openApp, shareDownload, shot } from './helpers.ts';

const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${APP_PORT + 1}`;

/** Collects every CSP violation the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the page comes with the full header set and works under its policy, PNG export included', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto('./');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("img-src 'self' data: blob:");

  const errors = await openApp(page);
  // The analysis answers under the policy: its worker compiles HiGHS's WebAssembly.
  await expect(
    page.getByRole('table', { name: 'Impact on end users' }).locator('tbody tr[data-id]').first(),
  ).toBeVisible({ timeout: 30_000 });
  const png = await shareDownload(
    page,
    'Download PNG',
    'test-results/screenshots/security-export.png',
  );
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.byteLength).toBeGreaterThan(10_000);
  await shot(page, 'security-1-under-csp');
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('another site cannot frame the explorer; it can frame the embed', async ({ page }) => {
  // The header refuses the frame outright.
  const framed = await page.request.get(`./?do=remove:cn-processing`);
  expect(framed.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const embed = await page.request.get(`./?embed=1`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');

  await page.goto(`${HOST}/full`);
  await page.waitForTimeout(1000);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  const explorerRan = await inner
    ?.evaluate(() => window.chokepoint !== undefined)
    .catch(() => false);
  expect(explorerRan ?? false).toBe(false);
  await shot(page, 'security-2-framing-refused-by-header');

  // A host that does not send the header: the page refuses to run the explorer itself.
  await page.route(
    (url) => url.port === String(APP_PORT) && url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const rest = Object.fromEntries(
        Object.entries(response.headers()).filter(([k]) => k !== 'content-security-policy'),
      );
      await route.fulfill({ response, headers: rest });
    },
  );
  await page.goto(`${HOST}/full`);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByText('does not run inside another site')).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Open it in its own tab' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Open dataset…' })).toHaveCount(0);
  await shot(page, 'security-3-framing-refused-by-page');

  // The embed is made to be framed.
  await page.unrouteAll();
  await page.goto(`${HOST}/`);
  await expect(
    page.frameLocator('#embed').getByRole('link', { name: 'Open in Chokepoint' }),
  ).toBeVisible();
});

test('an embed sandboxed to scripts only says why it cannot run, instead of showing nothing', async ({
  page,
}) => {
  // allow-scripts without allow-same-origin gives the frame an opaque origin: the browser then
  // refuses the app's own scripts and styles (no CORS), so only the page's text is shown.
  await page.goto(`${HOST}/sandboxed`);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('#boot-message')).toContainText('its scripts cannot run here');
  await expect(frame.locator('#boot-message')).toContainText('allow-same-origin');
  await page.waitForTimeout(2000);
  await expect(frame.locator('#boot-message')).toBeVisible();
  await shot(page, 'security-4-sandboxed-embed');
  // Unsandboxed, the app draws itself over the message.
  await page.goto(`${HOST}/`);
  await expect(
    page.frameLocator('#embed').getByRole('link', { name: 'Open in Chokepoint' }),
  ).toBeVisible();
  await expect(page.frameLocator('#embed').locator('#boot-message')).toHaveCount(0);
});
