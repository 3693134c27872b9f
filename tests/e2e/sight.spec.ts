// Seeing the what-if: every preset is drawn wherever its result differs from the baseline, the
// headline sentence states the command line's totals, search finds what people type, and at
// 1280×720 the labels are readable and the graph has most of the screen.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropDownFits, expect, openApp, readPng, shareDownload, shot } from './helpers.ts';
import { analyze } from './cli.ts';
import { formatLoss, formatShare } from '../../src/core/format.ts';

const data = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  scenarios: { id: string; label: string; interventions: unknown[] }[];
  stories: { id: string; steps: { preset?: string }[] }[];
};
interface CliTotals {
  lostNoSubstitutionShare: number;
  lostWithReroutingShare: number;
}
interface CliOutcome {
  id: string;
  lostNoSubstitution: number;
  lostNoSubstitutionShare: number;
}

/** Everything drawn, as one comparable value. */
async function drawing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cy = window.chokepoint!.cy;
    return JSON.stringify([
      cy.nodes().map((n) => [n.id(), n.data('colour'), n.data('label'), n.classes().join(' ')]),
      cy.edges().map((e) => [e.data('width'), e.data('colour'), e.classes().join(' ')]),
    ]);
  });
}

async function loadPreset(page: Page, id: string) {
  await page.getByRole('combobox', { name: 'Preset' }).selectOption(id);
  await page.getByRole('button', { name: 'Load preset' }).click();
}

test('every bundled preset is drawn, and its headline states the command line’s totals', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = await openApp(page);
  const headline = page.getByTestId('headline');
  await expect(headline).toHaveAttribute('data-lost-at-once', '0');
  await expect(headline).toContainText('Baseline');
  const baseline = await drawing(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).not.toContainText('Supply lost');
  expect(data.scenarios.length).toBeGreaterThan(0);

  for (const preset of data.scenarios) {
    const cli = analyze(['--preset', preset.id]) as unknown as {
      totals: CliTotals;
      endUsers: CliOutcome[];
      scenario: { affectedNodes: string[] };
    };
    await loadPreset(page, preset.id);
    if (preset.interventions.length === 0) {
      await expect(headline).toContainText('Baseline');
      continue;
    }
    // the sentence, with the command line's totals written by the one formatter
    // A multi-step preset is named as itself, also when another preset has the same steps (the
    // October 2025 regime repeats the April controls).
    if (preset.interventions.length > 1) await expect(headline).toContainText(`${preset.label}:`);
    const atOnce = formatShare(cli.totals.lostNoSubstitutionShare);
    const after = formatShare(cli.totals.lostWithReroutingShare);
    await expect(headline).toContainText(
      `${atOnce} of end-user supply lost at once, ${after} after rerouting`,
    );
    expect(Number(await headline.getAttribute('data-lost-at-once'))).toBeCloseTo(
      cli.totals.lostNoSubstitutionShare,
      6,
    );
    // drawn: the shortfall scale is shown, and every end user that loses wears its badge
    await expect(legend).toContainText('Supply lost');
    const drawn = await drawing(page);
    const losers = cli.endUsers.filter((e) => e.lostNoSubstitution > 1e-9);
    if (losers.length > 0 || cli.scenario.affectedNodes.length > 0)
      expect(drawn).not.toBe(baseline);
    const labels = await page.evaluate(
      (ids) => ids.map((id) => window.chokepoint!.cy.getElementById(id).data('label') as string),
      losers.map((e) => e.id),
    );
    losers.forEach((e, i) =>
      expect(labels[i]).toMatch(new RegExp(`^${formatLoss(e.lostNoSubstitutionShare)} `)),
    );
    const worst = [...losers].sort(
      (a, b) => b.lostNoSubstitutionShare - a.lostNoSubstitutionShare,
    )[0];
    if (worst !== undefined) await expect(headline).toContainText('worst hit: ');
    await shot(page, `sight-preset-${preset.id}`);
  }
  expect(errors).toEqual([]);
});

test('the embed’s title line and present mode’s caption say the same sentence', async ({
  page,
}) => {
  await openApp(page, '?do=remove%3Acn-processing');
  const headline = page.getByTestId('headline');
  await expect(headline).toContainText('Removing China: separation');
  const sentence = (await headline.textContent()) ?? '';
  const cli = analyze(['--remove', 'cn-processing']) as unknown as { totals: CliTotals };
  expect(sentence).toContain(
    `${formatShare(cli.totals.lostNoSubstitutionShare)} of end-user supply lost at once, ${formatShare(cli.totals.lostWithReroutingShare)} after rerouting`,
  );
  await openApp(page, '?do=remove%3Acn-processing&embed=1');
  await expect(page.getByTestId('embed-title')).toHaveText(sentence);
  await shot(page, 'sight-embed');
});

test('present mode: the headline first, who loses most beside the graph, loss on hover, no table', async ({
  page,
}) => {
  const story = data.stories[0]!;
  const i = story.steps.findIndex((s) => s.preset !== undefined && s.preset !== 'baseline-2024');
  expect(i).toBeGreaterThanOrEqual(0);
  const preset = story.steps[i]!.preset!;
  const cli = analyze(['--preset', preset]) as unknown as {
    totals: CliTotals;
    endUsers: CliOutcome[];
  };
  await openApp(page, `?story=${story.id}&step=${i + 1}`);
  const caption = page.getByRole('region', { name: 'Story step' });
  const first = caption.getByTestId('present-headline');
  await expect(first).toContainText(
    `${formatShare(cli.totals.lostNoSubstitutionShare)} of end-user supply lost at once`,
  );
  await expect(page.getByRole('table', { name: 'Impact on end users' })).toHaveCount(0);
  const who = page.getByRole('region', { name: 'Who loses most' }).getByRole('listitem');
  const losers = cli.endUsers
    .filter((e) => e.lostNoSubstitution > 1e-9)
    .sort((a, b) => b.lostNoSubstitutionShare - a.lostNoSubstitutionShare);
  await expect(who).toHaveCount(Math.min(5, losers.length));
  if (losers[0] !== undefined)
    await expect(who.first()).toContainText(formatLoss(losers[0].lostNoSubstitutionShare));
  await page.waitForTimeout(900); // the camera glides to the step
  // the caption covers no node of the graph
  const box = (await caption.boundingBox())!;
  const graph = (await page.getByTestId('graph').boundingBox())!;
  const nodes = await page.evaluate(() =>
    window.chokepoint!.cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() })),
  );
  for (const n of nodes) {
    const x = graph.x + n.x;
    const y = graph.y + n.y;
    const inside = x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
    expect(inside, n.id).toBe(false);
  }
  // hovering an end user that loses shows its loss
  if (losers[0] !== undefined) {
    const p = nodes.find((n) => n.id === losers[0]!.id)!;
    await page.mouse.move(graph.x + p.x, graph.y + p.y);
    await expect(page.getByRole('tooltip')).toContainText('at once');
  }
  await shot(page, 'sight-present');
  // On a 1280×720 laptop the step's buttons stay whole and in view beside a long caption.
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = (await caption.boundingBox())!;
  for (const name of ['Previous step', 'Next step', 'Impact table', 'Full screen', 'Exit']) {
    const button = (await caption.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(button.x + button.width, name).toBeLessThanOrEqual(panel.x + panel.width);
    expect(button.y + button.height, name).toBeLessThanOrEqual(720);
  }
});

test('a route cut with its material is added from the form, then edited in place', async ({
  page,
}) => {
  await openApp(page);
  const panel = page.getByRole('region', { name: 'Scenario' });
  await panel.getByText('Add an intervention').click();
  await panel.getByLabel('Kind').selectOption({ label: 'Block a route (export control)' });
  await panel.getByLabel('From country').selectOption('CN');
  await panel.getByLabel('To country').selectOption('US');
  await panel.getByRole('combobox', { name: /^Material/ }).selectOption('NdFeB magnets');
  await panel.getByRole('spinbutton', { name: /^Cut by/ }).fill('82');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel).toContainText('Cut by 82%: China → United States (NdFeB magnets)');
  await expect(page).toHaveURL(/do=route/);
  const headline = page.getByTestId('headline');
  await expect(headline).toContainText('Cutting by 82%: China → United States (NdFeB magnets):');
  await panel.getByRole('button', { name: /^Edit: Cut by 82%/ }).click();
  await expect(panel.getByRole('spinbutton', { name: /^Cut by/ })).toHaveValue('82');
  await panel.getByRole('spinbutton', { name: /^Cut by/ }).fill('50');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel).toContainText('Cut by 50%: China → United States (NdFeB magnets)');
  await expect(panel).not.toContainText('Cut by 82%');
  const cli = analyze(['--block-route', 'CN>US=0.5@NdFeB magnets']) as unknown as {
    totals: CliTotals;
  };
  await expect(headline).toContainText(
    `${formatShare(cli.totals.lostNoSubstitutionShare)} of end-user supply lost at once`,
  );
  await shot(page, 'sight-route-edited');
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  // The toolbar, the legend with the renderer choice, and the timeline with its status each keep
  // to one row at this size, so the graph keeps its 60% and the labels their 11 px.
  test('labels read at 11 px or more, wrapped not cut, and the graph has most of the screen', async ({
    page,
  }) => {
    await openApp(page);
    // the first fit lands once the graph has its size (later on a busy machine)
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const cy = window.chokepoint!.cy;
            return Math.min(
              ...cy.nodes().map((n) => parseFloat(n.style('font-size') as string) * cy.zoom()),
            );
          }),
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(11);
    const sizes = await page.evaluate(() => {
      const cy = window.chokepoint!.cy;
      return cy.nodes().map((n) => ({
        px: parseFloat(n.style('font-size') as string) * cy.zoom(),
        wrap: n.style('text-wrap') as string,
        endUser: n.data('stage') === 'end-user',
        label: n.style('label') as string,
      }));
    });
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) {
      expect(s.px).toBeGreaterThanOrEqual(11);
      // end users' one-line labels are cut with "…" when drawn (full name on hover, in Details)
      expect(s.wrap).toBe(s.endUser ? 'ellipsis' : 'wrap');
      expect(s.label).not.toMatch(/…$/);
    }
    // The tallest column (end users, one line each) keeps a line's height between its labels
    // on screen, so the larger labels do not run into each other.
    const rows = await page.evaluate(() => {
      const cy = window.chokepoint!.cy;
      const users = cy.nodes('[stage = "end-user"]');
      const ys = users.map((n) => n.renderedPosition().y).sort((a, b) => a - b);
      const line =
        parseFloat(users.first().style('font-size') as string) *
        parseFloat(users.first().style('line-height') as string) *
        cy.zoom();
      return { gaps: ys.slice(1).map((y, i) => y - (ys[i] ?? 0)), line };
    });
    expect(rows.gaps.length).toBeGreaterThan(20);
    for (const gap of rows.gaps) expect(gap).toBeGreaterThanOrEqual(rows.line);
    const share = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="graph"]')!.getBoundingClientRect();
      return (r.width * r.height) / (window.innerWidth * window.innerHeight);
    });
    expect(share).toBeGreaterThanOrEqual(0.6);
    const toolbar = (await page.locator('header.toolbar').boundingBox())!;
    expect(toolbar.height).toBeLessThan(40);
    // Each of the toolbar's drop-downs shows its choice in full ("Chokepoint score").
    const choices = await dropDownFits(page.locator('header.toolbar select'));
    expect(choices.map((c) => c.text)).toEqual(['Stage', 'Chokepoint score', 'Layered']);
    for (const c of choices) expect(c.room, c.text).toBeGreaterThanOrEqual(c.needs);
    // and the impact table's first row shows under its tabs, without scrolling or resizing
    const impact = page.getByRole('table', { name: 'Impact on end users' });
    await expect(impact.locator('tbody tr').first()).toBeInViewport();
    await shot(page, 'sight-1280-baseline');

    // the zoom buttons and the fit button
    const zoom = () => page.evaluate(() => window.chokepoint!.cy.zoom());
    await page.getByRole('button', { name: 'Fit' }).click();
    const fitted = await zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom()).toBeCloseTo(fitted * 1.4, 6);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom()).toBeCloseTo(fitted / 1.4, 6);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(await zoom()).toBeCloseTo(fitted, 6);
    // one wheel notch over the graph zooms by a quarter
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await expect.poll(zoom).toBeCloseTo(fitted * 1.25, 6);

    // a side panel opens and closes; the bottom panel resizes from the keyboard
    await page.getByRole('button', { name: /Scenario/ }).click();
    await expect(page.getByRole('region', { name: 'Scenario' })).toBeVisible();
    await page.getByRole('button', { name: /Scenario/ }).click();
    await expect(page.getByRole('region', { name: 'Scenario' })).toBeHidden();
    const splitter = page.getByRole('separator', { name: 'Resize results and tables' });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    await splitter.focus();
    await page.keyboard.press('ArrowUp');
    await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 24));
  });

  test('search finds every word anywhere, labels first', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    // the nodes found (a preset whose name holds the words is offered above them)
    const options = page
      .getByRole('listbox', { name: 'Matching nodes' })
      .locator('[role="option"]:not(.preset-hit)');
    for (const q of ['China processing', 'China sep', 'China', 'sep china']) {
      await search.fill(q);
      await expect(options.first()).toContainText('China: separation of light concentrate', {
        timeout: 2000,
      });
    }
    await shot(page, 'sight-search-china');
    // American spellings find the British ones the dataset uses
    await search.fill('defense');
    await expect(options.first()).toContainText('United States: defence', { timeout: 2000 });
    // picking one selects it and highlights its flows; an earlier upstream view is cleared
    await search.fill('China sep');
    await search.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Show upstream' }).click();
    await expect
      .poll(() => page.evaluate(() => window.chokepoint!.cy.nodes('.faded').length))
      .toBeGreaterThan(0);
    await search.fill('united automakers');
    await search.press('Enter');
    await expect(details.getByRole('heading', { level: 3 })).toContainText(
      'United States: automakers',
    );
    await expect
      .poll(() => page.evaluate(() => window.chokepoint!.cy.nodes('.faded').length))
      .toBe(0);
    const highlighted = await page.evaluate(() =>
      window.chokepoint!.cy.edges('.selected-flow').map((e) => e.target().id()),
    );
    expect(highlighted.length).toBeGreaterThan(0);
    // an end user offers no removal and does not list itself as depending on itself
    await expect(details.getByRole('button', { name: 'Remove node' })).toHaveCount(0);
    await expect(details).not.toContainText('End users that depend on it');
  });

  test('a PNG export shows the shortfall scale whenever a scenario is active', async ({ page }) => {
    await openApp(page);
    const ramp = ['#F7F7F7', '#FDDBC7', '#F4A582', '#D6604D', '#B2182B', '#67001F'];
    let exports = 0;
    const hasScale = async () => {
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByRole('dialog', { name: 'Share' }).getByLabel('Scale').selectOption('1');
      const png = await shareDownload(
        page,
        'Download PNG',
        `test-results/screenshots/sight-export-${++exports}.png`,
      );
      await page.keyboard.press('Escape');
      // a row of the image holding every step of the scale as a swatch at least 10 px wide
      return readPng(
        page,
        png,
        (d, width, height, ramp) => {
          const hex = (i: number) =>
            `#${[d[i]!, d[i + 1]!, d[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
          for (let y = 0; y < height; y++) {
            const runs = new Map<string, number>();
            let run = 0;
            for (let x = 1; x < width; x++) {
              const here = hex(4 * (y * width + x));
              run = here === hex(4 * (y * width + x - 1)) ? run + 1 : 1;
              if (ramp.includes(here)) runs.set(here, Math.max(runs.get(here) ?? 0, run));
            }
            if (ramp.every((r) => (runs.get(r) ?? 0) >= 10)) return true;
          }
          return false;
        },
        ramp,
      );
    };
    expect(await hasScale()).toBe(false);
    await page.getByRole('button', { name: /Scenario/ }).click();
    await loadPreset(page, data.scenarios.find((s) => s.interventions.length > 0)!.id);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Supply lost');
    expect(await hasScale()).toBe(true);
  });
});

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  // A laptop: the scenario panel open, Details folded until something is picked, so the graph
  // keeps the width that draws its labels at 11 px or more.
  test('labels read at 11 px or more; Details opens when a node is picked', async ({ page }) => {
    await openApp(page);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(page.getByRole('region', { name: 'Scenario' })).toBeVisible();
    await expect(details).toBeHidden();
    const smallest = () =>
      page.evaluate(() => {
        const cy = window.chokepoint!.cy;
        return Math.min(
          ...cy.nodes().map((n) => parseFloat(n.style('font-size') as string) * cy.zoom()),
        );
      });
    await expect.poll(smallest, { timeout: 10_000 }).toBeGreaterThanOrEqual(11);
    await shot(page, 'sight-1440-baseline');
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    await search.fill('Mountain Pass mine');
    await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first().click();
    await expect(details).toBeVisible();
    await expect(details.getByRole('heading', { level: 3 }).first()).toContainText('Mountain Pass');
  });
});
