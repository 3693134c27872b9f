import { describe, expect, it } from 'vitest';
import {
  buildFrame,
  footerHeight,
  frameShapes,
  frameUnit,
  sourcesFootnote,
  wrap,
  FOOTNOTE_SOURCES,
} from '../../../../src/ui/export/frame.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';

describe('export frame', () => {
  it('names the most-cited sources first and counts the rest', () => {
    const dataset = loadBundledDataset();
    const note = sourcesFootnote(dataset);
    expect(note.startsWith('Data: U.S. Geological Survey 2026')).toBe(true);
    expect(note.split(';').length).toBe(FOOTNOTE_SOURCES + 1);
    expect(note).toMatch(/and \d+ more sources listed in the dataset\.$/);
  });

  it('wraps words without breaking them', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('the frame of an exported map', () => {
  it('credits the map after the data sources, and only when asked', () => {
    const dataset = loadBundledDataset();
    const args = { dataset, scenarioText: 'Baseline', legendTitle: 'Stages', legend: [] };
    const plain = buildFrame({ ...args, width: 1200 });
    const map = buildFrame({ ...args, width: 1200, credit: 'Map: borders from Natural Earth.' });
    expect(map.footnote).toEqual([
      ...plain.footnote.slice(0, -1),
      'Map: borders from Natural Earth.',
      'Made with Chokepoint.',
    ]);
  });
});

describe('the frame as shapes, drawn alike into PNG and SVG', () => {
  const dataset = loadBundledDataset();
  const shortfall = ['0%', '0–20%', '20–40%', '40–60%', '60–80%', '80–100%'].map((label, i) => ({
    label,
    colour: `#00000${i}`,
  }));
  const frame = buildFrame({
    dataset,
    scenarioText: 'Removing X: 75% of end-user supply lost at once, 75% after rerouting.',
    legendTitle: 'Stages',
    legend: ['Mines', 'Processors', 'Intermediaries', 'Magnet makers', 'End users'].map(
      (label) => ({ label, colour: '#123456' }),
    ),
    shortfall,
    width: 900,
  });
  const width = 900;
  const height = 700;
  const shapes = frameShapes(frame, width, height);
  const texts = shapes.flatMap((s) => (s.kind === 'text' ? [s] : []));

  it('draws the title, the headline, every step of the shortfall scale and the legend', () => {
    expect(texts[0]!.text).toBe(dataset.title);
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining([...frame.subtitle, 'Supply lost:', ...shortfall.map((e) => e.label)]),
    );
    const swatches = shapes.filter((s) => s.kind === 'rect');
    expect(swatches.map((s) => s.kind === 'rect' && s.fill)).toEqual(
      shortfall.map((e) => e.colour),
    );
  });

  it('starts the first swatch after the "Supply lost:" label, not under it', () => {
    const label = texts.find((t) => t.text === 'Supply lost:')!;
    const first = shapes.find((s) => s.kind === 'rect')!;
    // 12 px bold system-ui runs at most 0.62 em a character
    expect(first.x).toBeGreaterThan(label.x + label.text.length * label.size * 0.62);
  });

  it('keeps the legend and footnote inside the frame, below the graph', () => {
    const legend = texts.filter((t) => ['Stages', 'Mines', 'End users'].includes(t.text));
    for (const t of legend) {
      expect(t.y).toBeGreaterThan(height - footerHeight(frame, width) - 1);
      expect(t.y + t.size).toBeLessThanOrEqual(height);
    }
    const last = texts[texts.length - 1]!;
    expect(last.text).toBe('Made with Chokepoint.');
    expect(last.y + last.size).toBeLessThanOrEqual(height);
  });

  it('grows with the image: 1 unit up to a screen-wide graph, larger for the whole graph', () => {
    expect(frameUnit(900)).toBe(1);
    expect(frameUnit(1400)).toBe(1);
    expect(frameUnit(2800)).toBe(2);
    expect(frameUnit(20_000)).toBe(4);
  });
});
