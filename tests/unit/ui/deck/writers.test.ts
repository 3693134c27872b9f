// The writers on their own (no browser, no pictures of the graph): the PPTX is a zip with a
// slide per plan slide, text as text, one picture per step and its notes a paragraph a line;
// the PDF has a page per slide, 16:9.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { stepInterventions } from '../../../../src/state/stories.ts';
import { layoutDeck } from '../../../../src/ui/deck/layout.ts';
import { deckPlan, type StepOutcome } from '../../../../src/ui/deck/plan.ts';
import { drawable, embedFonts, measureWith, writePdf } from '../../../../src/ui/deck/pdf.ts';
import { writePptx } from '../../../../src/ui/deck/pptx.ts';

const dataset = loadBundledDataset();
const story = dataset.stories.find((s) => s.id === 'year-of-controls-2025')!;
const g = buildSupplyGraph(dataset);
const outcomes = story.steps.map((step): StepOutcome => {
  const a = analyzeScenario(g, { interventions: stepInterventions(dataset, step) });
  return a.ok ? { ok: true, result: a.result } : { ok: false, message: a.errors.join('; ') };
});
const plan = deckPlan(dataset, story, outcomes, new Date('2026-12-07T00:00:00Z'));
// A 1×1 PNG stands in for each step's picture.
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const pictures = story.steps.map(() => new Blob([PIXEL], { type: 'image/png' }));

async function fonts() {
  const doc = await PDFDocument.create();
  return { doc, fonts: await embedFonts(doc) };
}

describe('the PPTX writer', () => {
  it('writes the title, a slide per step with one picture, the sources, and notes a line a paragraph', async () => {
    const { fonts: f } = await fonts();
    const blob = await writePptx(plan, layoutDeck(plan, measureWith(f)), pictures);
    const zip = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(story.steps.length + 2);
    const text = (n: number) =>
      [...strFromU8(zip[`ppt/slides/slide${n}.xml`]!).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(
        (m) => m[1],
      );
    expect(text(1)).toContain(story.title);
    for (let i = 0; i < story.steps.length; i++) {
      const xml = strFromU8(zip[`ppt/slides/slide${i + 2}.xml`]!);
      expect(xml.match(/<p:pic>/g)).toHaveLength(1);
      expect(text(i + 2)).toContain(story.steps[i]!.title.replace(/'/g, '&apos;'));
    }
    const notes = strFromU8(zip['ppt/notesSlides/notesSlide6.xml']!);
    expect(notes).toContain('<a:t>Who loses most:</a:t>');
    expect(notes).not.toMatch(/<a:t>[^<]*\n/);
  });
});

describe('the PDF writer', () => {
  it('writes a 16:9 page per slide', async () => {
    const { doc, fonts: f } = await fonts();
    const bytes = await writePdf(plan, layoutDeck(plan, measureWith(f)), pictures, doc, f);
    const read = await PDFDocument.load(bytes);
    expect(read.getPageCount()).toBe(plan.slides.length);
    const { width, height } = read.getPage(1).getSize();
    expect(width / height).toBeCloseTo(16 / 9, 2);
  });

  it('draws what the standard font lacks in characters it has', async () => {
    const { fonts: f } = await fonts();
    expect(drawable('−90% → 2025 ≥ 5', f.regular)).toBe('-90% -> 2025 >= 5');
    expect(drawable('China’s “rare” earths', f.regular)).toBe('China’s “rare” earths');
  });
});
