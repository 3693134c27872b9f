// The deck's plan from the bundled story, before anything is drawn: which texts, which sources,
// in which order. The PPTX and PDF writers only place what the plan says.
import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import type { Story } from '../../../../src/data/schema.ts';
import { stepInterventions } from '../../../../src/state/stories.ts';
import {
  deckPlan,
  NOTES_LOSERS,
  stepSourceIds,
  type StepOutcome,
} from '../../../../src/ui/deck/plan.ts';
import { headlineText } from '../../../../src/ui/results/headline.ts';
import { fitText, layoutDeck, SLIDE, POINTS_PER_INCH } from '../../../../src/ui/deck/layout.ts';

const dataset = loadBundledDataset();
const story = dataset.stories.find((s) => s.id === 'year-of-controls-2025')!;
const g = buildSupplyGraph(dataset);
const analyse = (s: Story): StepOutcome[] =>
  s.steps.map((step) => {
    const a = analyzeScenario(g, { interventions: stepInterventions(dataset, step) });
    return a.ok ? { ok: true, result: a.result } : { ok: false, message: a.errors.join('; ') };
  });
const outcomes = analyse(story);
const date = new Date('2026-12-07T12:00:00Z');
const plan = deckPlan(dataset, story, outcomes, date);

describe('the slide plan of a story', () => {
  it('is a title slide, one slide per step in the story’s order, then the sources', () => {
    expect(plan.slides.map((s) => s.kind)).toEqual([
      'title',
      ...story.steps.map(() => 'step'),
      'sources',
    ]);
    const steps = plan.slides.filter((s) => s.kind === 'step');
    expect(steps.map((s) => s.title)).toEqual(story.steps.map((s) => s.title));
    expect(steps.map((s) => s.caption)).toEqual(story.steps.map((s) => s.caption));
  });

  it('opens with the story’s title, the dataset and its year, and the day made', () => {
    const title = plan.slides[0];
    expect(title.title).toBe(story.title);
    expect(title.dataset).toBe(`${dataset.title} (data for ${dataset.year})`);
    expect(title.made).toBe('Made 7 December 2026 with Chokepoint');
    expect(plan.fileName).toBe(
      'chokepoint-2025-the-year-china-turned-rare-earths-into-leverage-2026-12-07',
    );
  });

  it('gives each step the headline present mode shows for its result and preset', () => {
    const steps = plan.slides.filter((s) => s.kind === 'step');
    steps.forEach((slide, i) => {
      const o = outcomes[i]!;
      if (!o.ok) throw new Error(o.message);
      expect(slide.headline).toBe(
        headlineText(dataset, o.result, story.steps[i]!.preset, 'audience'),
      );
      expect(slide.headline).not.toBe('');
    });
    // The baseline is stated for an audience, with no instruction to the user.
    expect(steps[0]!.headline).not.toMatch(/remove a node/);
    // The what-if steps say what is lost, not the baseline's sentence.
    expect(steps[4]!.headline).toMatch(/%/);
  });

  it("cites each step's sources in its footnote, in the step's order", () => {
    const steps = plan.slides.filter((s) => s.kind === 'step');
    steps.forEach((slide, i) => {
      expect(slide.sources.map((s) => s.id)).toEqual(story.steps[i]!.sources);
      for (const s of slide.sources) expect(slide.footnote).toContain(s.short);
    });
    expect(steps[0]!.footnote).toMatch(/^Sources: U\.S\. Geological Survey 2026; /);
  });

  it('lists every cited source once on the last slide, in order of first citation, with links', () => {
    const last = plan.slides[plan.slides.length - 1]!;
    if (last.kind !== 'sources') throw new Error('no sources slide');
    const cited = [...new Set(story.steps.flatMap((s) => s.sources))];
    expect(last.sources.map((s) => s.id)).toEqual(cited);
    for (const s of last.sources) {
      const source = dataset.sources.find((x) => x.id === s.id)!;
      expect(s.url).toBe(source.url);
      expect(s.full).toContain(source.title);
    }
  });

  it('puts the caption and the five who lose most, with their figures, in the notes', () => {
    const slide = plan.slides.filter((s) => s.kind === 'step')[4]!;
    const [caption, losers] = slide.notes.split('\n\nWho loses most:\n');
    expect(caption).toBe(story.steps[4]!.caption);
    const rows = losers!.split('\n');
    expect(rows).toHaveLength(NOTES_LOSERS);
    for (const row of rows)
      expect(row).toMatch(/^\d\. .+: −\d+% at once, .+ after rerouting; runs short /);
  });

  it('takes a step without sources of its own from its preset, and says when there are none', () => {
    const step = { ...story.steps[1]!, sources: [] };
    const preset = dataset.scenarios.find((p) => p.id === step.preset)!;
    expect(stepSourceIds(dataset, step)).toEqual(preset.sources);
    const own = { ...story, steps: [{ ...step, preset: undefined, interventions: [] }] };
    const bare = deckPlan(dataset, own, analyse(own), date);
    const only = bare.slides[1]!;
    expect(only.kind === 'step' && only.footnote).toBe('Sources: none given for this step.');
  });

  it('drops the characters XML forbids from every text, so the file opens without a repair', () => {
    const hostile: Story = {
      ...story,
      title: 'Bad\u0001 title',
      steps: story.steps.map((s) => ({
        ...s,
        title: `Step\u0008 ${s.title}`,
        caption: `x\u001fy`,
      })),
    };
    const made = deckPlan(dataset, hostile, outcomes, date);
    const step = made.slides[1];
    if (step.kind !== 'step') throw new Error('no step slide');
    const texts = [made.title, made.slides[0].title, step.title, step.caption, step.notes];
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    for (const t of texts) expect(t).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(made.title).toBe('Bad title');
    expect(step.caption).toBe('xy');
  });

  it('says why a step has no figures instead of failing the deck', () => {
    const failed: StepOutcome[] = outcomes.map((o, i) =>
      i === 2 ? { ok: false, message: 'no node "xx"' } : o,
    );
    const slide = deckPlan(dataset, story, failed, date).slides[3]!;
    expect(slide.kind === 'step' && slide.headline).toMatch(/could not be analysed: no node "xx"/);
  });
});

describe('the slides laid out', () => {
  const measure = (text: string, size: number, bold: boolean) =>
    text.length * size * (bold ? 0.6 : 0.55);

  it('keeps every text inside its box and the box on the slide', () => {
    for (const layout of layoutDeck(plan, measure))
      for (const t of layout.texts) {
        expect(t.box.x + t.box.w).toBeLessThanOrEqual(SLIDE.w);
        expect(t.box.y + t.box.h).toBeLessThanOrEqual(SLIDE.h);
        expect(t.lines.length * t.size * 1.2).toBeLessThanOrEqual(t.box.h * POINTS_PER_INCH);
      }
  });

  it('shrinks a long title within its limits, then cuts it at a word', () => {
    const box = { x: 0, y: 0, w: 6, h: 0.8 };
    const style = { max: 28, min: 16, bold: true, colour: '000000' };
    const short = fitText('title', 'Short', box, style, measure);
    expect(short.size).toBe(28);
    const long = fitText('title', 'word '.repeat(200).trim(), box, style, measure);
    expect(long.size).toBe(16);
    expect(long.lines.length * 16 * 1.2).toBeLessThanOrEqual(0.8 * 72);
    expect(long.text.endsWith('…')).toBe(true);
    expect(long.lines.every((l) => measure(l, 16, true) <= 6 * 72)).toBe(true);
  });

  it('fits a story of long titles and many sources: every text and source inside its box', () => {
    const long = 'A very long step title that goes on about rare earths and magnets '.repeat(4);
    const many = dataset.sources.map((x) => x.id);
    const crowded: Story = {
      ...story,
      title: long,
      steps: story.steps.map((s) => ({
        ...s,
        title: long,
        caption: s.caption.repeat(6),
        sources: many,
      })),
    };
    const laid = layoutDeck(deckPlan(dataset, crowded, analyse(crowded), date), measure);
    for (const layout of laid) {
      for (const t of layout.texts) {
        expect(t.size).toBeGreaterThanOrEqual(7);
        expect(t.lines.length * t.size * 1.2).toBeLessThanOrEqual(t.box.h * POINTS_PER_INCH);
        for (const line of t.lines)
          expect(measure(line, t.size, t.bold)).toBeLessThanOrEqual(t.box.w * POINTS_PER_INCH);
      }
      const list = layout.sources;
      if (list === null) continue;
      const lines =
        list.items.reduce((n, item) => n + item.lines.length + 0.3, 0) + (list.more > 0 ? 1 : 0);
      expect(lines * list.size * 1.2).toBeLessThanOrEqual(list.box.h * POINTS_PER_INCH);
      expect(list.items.length + list.more).toBe(many.length);
      expect(list.more).toBeGreaterThan(0);
    }
  });
});
