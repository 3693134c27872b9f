// A small graph of one's own (14 nodes, a few a column) is drawn to fill the canvas at
// 1280×720, with its labels apart: it was drawn as a strip 60 px high in a 500 px canvas,
// the magnet makers' labels over each other.
import { test } from '@playwright/test';
import { drawnLabels, expect, labelClashes, openDatasetFile, shot } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const node = (id: string, stage: string, country: string, label: string, production?: number) => ({
  id,
  stage,
  country,
  label,
  ...(production === undefined ? {} : { production }),
});

const SMALL = {
  title: 'Fourteen nodes',
  nodes: [
    node('m1', 'mine', 'AU', 'Mount Weld concentrate (Lynas)', 100),
    node('m2', 'mine', 'US', 'Mountain Pass mine (MP Materials)', 80),
    node('m3', 'mine', 'BR', 'Serra Verde ionic clays', 30),
    node('p1', 'processor', 'MY', 'Lynas Malaysia separation plant'),
    node('p2', 'processor', 'US', 'MP Materials separation, Mountain Pass'),
    node('p3', 'processor', 'EE', 'Neo Performance Materials, Sillamäe'),
    node('i1', 'intermediary', 'JP', 'Japanese trading houses and stockpile'),
    node('i2', 'intermediary', 'DE', 'European metal and alloy makers'),
    node('k1', 'magnet-maker', 'JP', 'Shin-Etsu Chemical magnet plant, Takefu'),
    node('k2', 'magnet-maker', 'DE', 'VAC Vacuumschmelze magnet works, Hanau'),
    node('k3', 'magnet-maker', 'US', 'MP Materials magnet factory, Fort Worth'),
    node('u1', 'end-user', 'JP', 'Japanese automakers and electronics'),
    node('u2', 'end-user', 'DE', 'European automakers and wind turbines'),
    node('u3', 'end-user', 'US', 'United States defence and automakers'),
  ],
  edges: [
    ['m1', 'p1', 100],
    ['m2', 'p2', 80],
    ['m3', 'p3', 30],
    ['p1', 'i1', 60],
    ['p1', 'i2', 40],
    ['p2', 'k3', 80],
    ['p3', 'i2', 30],
    ['i1', 'k1', 60],
    ['i2', 'k2', 70],
    ['k1', 'u1', 60],
    ['k2', 'u2', 70],
    ['k3', 'u3', 50],
    ['k3', 'u1', 30],
  ].map(([source, target, flow]) => ({ source, target, flow })),
};

test('a 14-node import fills 60% or more of the canvas height, labels apart', async ({ page }) => {
  await openDatasetFile(page, 'fourteen.json', SMALL);
  await expect
    .poll(() => page.evaluate(() => window.chokepoint?.cy.nodes().length ?? 0))
    .toBe(SMALL.nodes.length);
  await page.waitForTimeout(700);
  const share = await page.evaluate(() => {
    const cy = window.chokepoint!.cy;
    return cy.elements().renderedBoundingBox().h / cy.height();
  });
  expect(share).toBeGreaterThanOrEqual(0.6);
  expect(labelClashes(await drawnLabels(page))).toEqual([]);
  await shot(page, 'layout-1-fourteen-nodes');
});
