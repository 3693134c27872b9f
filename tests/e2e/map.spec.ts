// The map view: every node with coordinates drawn at its place, what-if colours as on the graph,
// the PNG export framed with legend and footnote, the view kept in the link, keys and embed.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { geoNaturalEarth1 } from 'd3-geo';
import {
  axeViolations,
  drawnLabels,
  expect,
  labelClashes,
  openApp,
  readPng,
  shareDownload,
  shot,
} from './helpers.ts';

interface RawNode {
  id: string;
  label: string;
  stage: string;
  country: string;
  outside?: boolean;
  geo?: { lat: number; lon: number };
}
const data = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as { nodes: RawNode[] };
const placed = data.nodes.filter((n) => n.geo !== undefined);
const offMap = data.nodes.filter((n) => n.geo === undefined);
const BACKDROP = 'chokepoint-map-backdrop';

/**
 * The map with its world backdrop drawn. The backdrop is a chunk of its own, loaded after the
 * saved document is read: on a machine busy with other work that took more than 5 s.
 */
const mapReady = (page: Page) =>
  expect(page.locator('[data-view="map"][data-backdrop="ready"]')).toBeVisible({
    timeout: 20_000,
  });

async function chooseMap(page: Page) {
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('map');
  await mapReady(page);
}

/** Drawn nodes: id, members (for a group), position, colour. */
async function drawnNodes(page: Page) {
  return page.evaluate((backdrop) => {
    const cy = window.chokepoint!.cy;
    return cy.nodes(`[id != "${backdrop}"]`).map((n) => ({
      id: n.id(),
      members: n.data('members') as number | undefined,
      x: n.position().x,
      y: n.position().y,
      colour: n.data('colour') as string,
    }));
  }, BACKDROP);
}

test('choosing Map draws every node with coordinates at its place, lists the rest, and the link keeps the map', async ({
  page,
}) => {
  const errors = await openApp(page);
  await chooseMap(page);
  await expect(page).toHaveURL(/[?&]layout=map\b/);

  // Grouped (the default): the groups and single nodes together hold every placed node once.
  const grouped = await drawnNodes(page);
  expect(grouped.reduce((sum, n) => sum + (n.members ?? 1), 0)).toBe(placed.length);
  expect(grouped.some((n) => (n.members ?? 0) > 1)).toBe(true);
  await shot(page, 'map-1-grouped');

  // Node by node: every placed node is drawn, near its own projected coordinates.
  await page.getByLabel('Group by country and stage').uncheck();
  const single = await drawnNodes(page);
  expect(single.map((n) => n.id).sort()).toEqual(placed.map((n) => n.id).sort());
  // The same projection, fitted to the same 3000-unit-wide world (MAP_SIZE in mapLayout.ts).
  const projection = geoNaturalEarth1().fitExtent(
    [
      [0, 0],
      [3000, 1560],
    ],
    { type: 'Sphere' },
  );
  for (const n of placed) {
    const [x, y] = projection([n.geo!.lon, n.geo!.lat])!;
    const drawn = single.find((d) => d.id === n.id)!;
    // Nodes sharing a point (a country's centroid) are spread around it a little.
    expect(Math.hypot(drawn.x - x, drawn.y - y), n.id).toBeLessThan(100);
  }
  // Close places would stack their labels: only those that fit are drawn, never two on top of
  // each other, and the others wait for a hover.
  await expect.poll(async () => labelClashes(await drawnLabels(page))).toEqual([]);
  expect((await drawnLabels(page)).some((l) => l.hidden)).toBe(true);
  // and those drawn can be read: 10 px or more on screen, the whole world in view
  const px = await page.evaluate(() => {
    const cy = window.chokepoint!.cy;
    return cy
      .nodes('[label != ""]')
      .not('.label-hidden')
      .map((n) => parseFloat(n.style('font-size') as string) * cy.zoom());
  });
  expect(Math.min(...px)).toBeGreaterThanOrEqual(10);
  await shot(page, 'map-2-every-node');

  // Outside demand has no place: listed beside the map, never drawn at 0,0.
  const aside = page.locator('details.off-map');
  await aside.locator('summary').click();
  const listed = aside.getByRole('list', { name: 'Not on the map' }).getByRole('button');
  await expect(listed).toHaveText(offMap.map((n) => n.label));
  await listed.first().click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(offMap[0]!.label);
  await expect(page.getByTestId('node-place')).toHaveText('not placed (no coordinates)');

  // The link reproduces the map.
  await page.reload();
  await mapReady(page);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('map');
  expect(errors).toEqual([]);
});

test('a what-if colours the map as it colours the graph', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('china-processing-offline');
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expect(page.getByTestId('headline')).not.toHaveAttribute('data-lost-at-once', '0');
  // The graph takes the answer's colours a moment after the headline: wait for them.
  const endUserIds = placed.filter((n) => n.stage === 'end-user').map((n) => n.id);
  await expect
    .poll(() =>
      page.evaluate(
        (ids) =>
          ids.every((id) => window.chokepoint!.cy.getElementById(id).data('colour') !== '#56B4E9'),
        endUserIds,
      ),
    )
    .toBe(true);
  const onGraph = new Map(
    (
      await page.evaluate(() =>
        window.chokepoint!.cy.nodes().map((n) => [n.id(), n.data('colour') as string] as const),
      )
    ).map(([id, colour]) => [id, colour]),
  );
  await chooseMap(page);
  await page.getByLabel('Group by country and stage').uncheck();
  const onMap = await drawnNodes(page);
  const endUsers = placed.filter((n) => n.stage === 'end-user');
  for (const n of endUsers)
    expect(onMap.find((d) => d.id === n.id)?.colour, n.id).toBe(onGraph.get(n.id));
  // Every modelled magnet user loses: none keeps the end-user stage colour.
  expect(endUsers.every((n) => onGraph.get(n.id) !== '#56B4E9')).toBe(true);
  // Flows lost are drawn lost on the map too.
  const lostArcs = await page.evaluate(() => window.chokepoint!.cy.edges('.lost, .reduced').length);
  expect(lostArcs).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Supply lost');
  // A group of end users carries its members' loss.
  await page.getByLabel('Group by country and stage').check();
  const cnUsers = (await drawnNodes(page)).find((n) => n.id === 'map:end-user:CN')!;
  expect(cnUsers.colour).not.toBe('#56B4E9');
  await shot(page, 'map-3-what-if');
});

test('the PNG export of the map has the borders, the legend and the source footnote', async ({
  page,
}) => {
  await openApp(page);
  await chooseMap(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('dialog', { name: 'Share' }).getByLabel('Scale').selectOption('1');
  const png = await shareDownload(page, 'Download PNG', 'test-results/screenshots/map-export.png');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const graphHeight = await page.evaluate(() => window.chokepoint!.cy.height());

  // Land (#ebe8e1) in the picture, the stage colours in the band under it, text below that.
  const LAND = '#ebe8e1';
  const STAGES = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#56B4E9'];
  const result = await readPng(
    page,
    png,
    (d, width, height, { land, stages, graphHeight }) => {
      const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
      const near = (i: number, [r, g, b]: number[]) =>
        Math.abs(d[i]! - r!) <= 6 && Math.abs(d[i + 1]! - g!) <= 6 && Math.abs(d[i + 2]! - b!) <= 6;
      /** Pixels in rows top to bottom (excluded) that pass `test`. */
      const rows = (top: number, bottom: number, test: (i: number) => boolean) => {
        let n = 0;
        for (let i = 4 * width * top; i < 4 * width * bottom; i += 4) if (test(i)) n++;
        return n;
      };
      const count = (top: number, bottom: number, colour: string) => {
        const want = hex(colour);
        return rows(top, bottom, (i) => near(i, want));
      };
      const dark = (top: number, bottom: number) =>
        rows(top, bottom, (i) => d[i]! < 120 && d[i + 1]! < 120 && d[i + 2]! < 120);
      const footerTop = height - (height - graphHeight) / 2; // below the picture's middle band
      // the footnote's lines: the frame grows with a wide image, so the band is a share of it
      const lowest = Math.max(0, height - Math.ceil(height * 0.06));
      return {
        width,
        height,
        landShare: count(0, height, land) / (width * height),
        stageSwatches: stages.map((s) => count(Math.floor(footerTop), height, s)),
        footText: dark(lowest, height),
      };
    },
    { land: LAND, stages: STAGES, graphHeight },
  );
  // The frame adds a title above and legend and footnote below the picture.
  expect(result.height).toBeGreaterThan(graphHeight + 60);
  // The borders are in the export: land covers a good part of the picture.
  expect(result.landShare).toBeGreaterThan(0.1);
  // Every stage's swatch is in the legend band, and the last lines (the footnote) have text.
  for (const n of result.stageSwatches) expect(n).toBeGreaterThan(20);
  expect(result.footText).toBeGreaterThan(50);
});

test('the SVG export of the map carries the borders', async ({ page }) => {
  await openApp(page, '?layout=map');
  await mapReady(page);
  const svg = (
    await shareDownload(page, 'Download SVG', 'test-results/screenshots/map-export.svg')
  ).toString('utf8');
  expect(svg).toMatch(/<image[^>]+(href|xlink:href)="data:image\/(svg\+xml|png)/);
  expect(svg).toContain('End users');
  expect(svg).toContain('borders from Natural Earth');
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await shot(page, 'map-4-svg-export');
});

test('the map is reachable from the keyboard, and the embed shows it', async ({ page }) => {
  await openApp(page, '?layout=map');
  await mapReady(page);
  const map = page.getByRole('application', { name: /Supply chain map/ });
  await map.focus();
  await page.keyboard.press('Home');
  // Home goes to the node furthest west: the United States' mine, on the left of its centroid.
  const details = page.getByRole('region', { name: 'Details' });
  const west = placed.reduce((a, b) => (b.geo!.lon < a.geo!.lon ? b : a));
  await expect(details).toContainText(west.label);
  await expect(page.getByTestId('node-place')).toContainText("the country's centroid, not a site");
  await page.keyboard.press('ArrowRight');
  await expect(details).not.toContainText(west.label);
  await page.locator('details.off-map summary').click();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./?embed=1&layout=map');
  await mapReady(page);
  expect(
    await page.evaluate((b) => window.chokepoint!.cy.nodes().not(`#${b}`).length, BACKDROP),
  ).toBeGreaterThan(0);
  await shot(page, 'map-5-embed');
});
