// A story as slides: the bundled story downloads as a PPTX and a PDF, each a title slide, one
// slide per step and a sources slide, drawn off screen without moving the explorer's graph, in
// the built app under its Content-Security-Policy. And the exported picture stands alone under
// a what-if: its title names the scenario, its legend keys the what-if, its file says what it is.
import { test, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { expect, openApp, openScenario, readPng, shareDownload, shot } from './helpers.ts';

interface Source {
  id: string;
  url?: string;
}
const data = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  sources: Source[];
  stories: {
    id: string;
    title: string;
    steps: { title: string; caption: string; sources: string[] }[];
  }[];
};
const story = data.stories.find((s) => s.id === 'year-of-controls-2025')!;
const OUT = 'test-results/deck';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of a slide's XML: its runs, joined. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!));

async function downloadDeck(page: Page, kind: 'PPTX' | 'PDF'): Promise<Buffer> {
  const panel = page.getByRole('region', { name: 'Stories' });
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 150_000 }),
    panel.getByRole('button', { name: `Download slides (${kind})` }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(
    new RegExp(
      `^chokepoint-2025-the-year-china-turned-rare-earths-into-leverage-\\d{4}-\\d\\d-\\d\\d\\.${kind.toLowerCase()}$`,
    ),
  );
  const path = `${OUT}/story.${kind.toLowerCase()}`;
  await file.saveAs(path);
  return readFileSync(path);
}

/** What the explorer's graph shows now: its viewport and every node's looks. */
const onScreen = (page: Page) =>
  page.evaluate(() => {
    const cy = window.chokepoint!.cy;
    return {
      zoom: cy.zoom(),
      pan: cy.pan(),
      nodes: cy
        .nodes()
        .map((n) => `${n.id()} ${n.classes().join(' ')} ${String(n.data('colour'))}`),
    };
  });

/** Share of a PNG's pixels in the dark reds of the shortfall ramp (what a loss is drawn in). */
const lossShare = (page: Page, png: Buffer) =>
  readPng(
    page,
    png,
    (d, width, height) => {
      let red = 0;
      for (let i = 0; i < d.length; i += 4)
        if (d[i]! > 120 && d[i + 1]! < 90 && d[i + 2]! < 90 && d[i]! - d[i + 1]! > 80) red++;
      return red / (width * height);
    },
    null,
  );

test('the bundled story downloads as a PPTX deck and a PDF, one slide per step', async ({
  page,
}) => {
  test.setTimeout(300_000);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const policy: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) policy.push(m.text());
  });
  const errors = await openApp(page);
  const before = await onScreen(page);
  const panel = page.getByRole('region', { name: 'Stories' });
  await expect(panel.getByRole('combobox', { name: 'Story' })).toHaveValue(story.id);

  // Cancel stops it: no file, and a line that says so.
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await panel.getByRole('button', { name: 'Download slides (PPTX)' }).click();
  await expect(panel.getByRole('status')).toContainText(/^PPTX: Drawing slide [1-5] of 5…/);
  await shot(page, 'deck-0-progress');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('status')).toHaveText('Cancelled: no slides saved.');
  expect(downloaded).toBe(false);

  const pptx = await downloadDeck(page, 'PPTX');
  await shot(page, 'deck-1-saved');
  const zip = unzipSync(new Uint8Array(pptx));
  const slideNames = Object.keys(zip)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  expect(slideNames).toHaveLength(story.steps.length + 2);
  const slides = slideNames.map((n) => strFromU8(zip[n]!));
  expect(runs(slides[0]!).join(' ')).toContain(story.title);

  // The headline present mode shows for each step.
  const headlines: string[] = [];
  const pictures: Buffer[] = [];
  for (let i = 0; i < story.steps.length; i++) {
    const xml = slides[i + 1]!;
    const text = runs(xml);
    expect(xml.match(/<p:pic>/g) ?? []).toHaveLength(1);
    expect(text).toContain(story.steps[i]!.title);
    const rels = strFromU8(zip[`ppt/slides/_rels/slide${i + 2}.xml.rels`]!);
    const media = /Target="\.\.\/media\/([^"]+)"/.exec(rels)![1]!;
    const png = Buffer.from(zip[`ppt/media/${media}`]!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    pictures.push(png);
    // Speaker notes: the caption, and who loses most where someone loses.
    const notesFile = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(rels)?.[1];
    expect(notesFile, `slide ${i + 2} has speaker notes`).toBeDefined();
    const notes = runs(strFromU8(zip[`ppt/notesSlides/${notesFile!}`]!)).join('\n');
    expect(notes).toContain(story.steps[i]!.caption.slice(0, 40));
    if (i === 4) expect(notes).toMatch(/Who loses most:\n1\. .+ at once/);
    headlines.push(text.join('\n'));
  }
  // The sources slide links every source the steps cite.
  const cited = [...new Set(story.steps.flatMap((s) => s.sources))];
  const lastRels = strFromU8(zip[`ppt/slides/_rels/slide${slides.length}.xml.rels`]!);
  for (const id of cited) {
    const url = data.sources.find((s) => s.id === id)!.url;
    if (url !== undefined) expect(lastRels).toContain(`Target="${url.replace(/&/g, '&amp;')}"`);
  }

  // Each step slide says the step's headline as present mode shows it (checked after the
  // downloads, as present mode replaces the explorer).
  const pdf = await downloadDeck(page, 'PDF');
  const doc = await PDFDocument.load(new Uint8Array(pdf));
  expect(doc.getPageCount()).toBe(slides.length);
  const { width, height } = doc.getPage(0).getSize();
  expect(width / height).toBeCloseTo(16 / 9, 2);

  // The pictures show each step's what-if: the baseline step has no loss colours, the last
  // step (China's processing offline) many.
  const baseline = await lossShare(page, pictures[0]!);
  const offline = await lossShare(page, pictures[4]!);
  expect(baseline).toBeLessThan(0.0001);
  expect(offline).toBeGreaterThan(0.0003);

  // What the user sees did not move.
  expect(await onScreen(page)).toEqual(before);
  expect(policy).toEqual([]);
  expect(errors).toEqual([]);

  // Where LibreOffice is installed, it opens the PPTX (a damaged file fails to convert) with a
  // page per slide.
  if (spawnSync('which', ['soffice']).status === 0) {
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', `${OUT}/soffice`, `${OUT}/story.pptx`],
      { timeout: 120_000 },
    );
    const office = await PDFDocument.load(new Uint8Array(readFileSync(`${OUT}/soffice/story.pdf`)));
    expect(office.getPageCount()).toBe(slides.length);
  }

  for (let i = 0; i < story.steps.length; i++) {
    await openApp(page, `?story=${story.id}&step=${i + 1}`);
    const present = page.getByTestId('present-headline');
    await expect(present).not.toHaveText('Analysing…');
    const said = (await present.innerText()).trim();
    expect(headlines[i]!.replace(/\s+/g, ' ')).toContain(said.replace(/\s+/g, ' '));
  }
});

test.describe('an exported picture under a what-if, at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('names the scenario, keys the what-if, cites its sources first and is named for it', async ({
    page,
  }) => {
    test.slow();
    const errors = await openApp(page);
    const scenario = await openScenario(page);
    await scenario
      .getByRole('combobox', { name: 'Preset' })
      .selectOption('china-processing-offline');
    await scenario.getByRole('button', { name: 'Load preset' }).click();
    await expect(page.getByTestId('headline')).toContainText('%');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share' });
    await dialog.getByLabel('Area').selectOption('view');
    await dialog.getByLabel('Scale').selectOption('1');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^chokepoint-chinas-processing-offline-\d{4}-\d\d-\d\d@1x\.png$/,
    );
    await file.saveAs('test-results/screenshots/deck-export-what-if@1x.png');
    const png = readFileSync('test-results/screenshots/deck-export-what-if@1x.png');

    // The SVG draws the same frame as the PNG: read its text and where each line ends.
    const svg = (
      await shareDownload(page, 'Download SVG', 'test-results/screenshots/deck-export-what-if.svg')
    ).toString('utf8');
    const frame = await page.evaluate((text) => {
      const host = document.createElement('div');
      host.innerHTML = text;
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const lines = [...root.querySelectorAll('g.frame text')].map((t) => ({
        text: t.textContent ?? '',
        right: (t as SVGTextElement).getBBox().x + (t as SVGTextElement).getComputedTextLength(),
        size: Number(t.getAttribute('font-size')),
      }));
      const width = Number(root.getAttribute('width'));
      host.remove();
      return { lines, width };
    }, svg);
    const texts = frame.lines.map((l) => l.text);
    expect(texts[0]).toBe("China's processing offline");
    expect(texts.slice(0, 3).join(' ')).not.toMatch(/2024 baseline/);
    expect(texts).toEqual(
      expect.arrayContaining(['Dashed border: removed or cut', 'Faint band: flow at baseline']),
    );
    expect(texts).toContain('End users: colour is supply lost');
    const data = texts.find((t) => t.startsWith('Data: '))!;
    expect(data).toMatch(
      /^Data: Center for Strategic and International Studies 2025; International Energy Agency 2025;/,
    );
    // Nothing runs past the picture's right edge: the headline wraps between words.
    for (const l of frame.lines) expect(l.right, l.text).toBeLessThanOrEqual(frame.width);

    // The PNG is the SVG's size, and draws the losses in their colours.
    expect(png.readUInt32BE(16)).toBe(frame.width);
    expect(await lossShare(page, png)).toBeGreaterThan(0.0002);

    // 16:9 for a slide.
    await dialog.getByLabel('Shape').selectOption('16:9');
    const wide = await shareDownload(
      page,
      'Download PNG',
      'test-results/screenshots/deck-export-16x9.png',
    );
    expect(wide.readUInt32BE(16) / wide.readUInt32BE(20)).toBeCloseTo(16 / 9, 2);
    expect(errors).toEqual([]);
  });
});
