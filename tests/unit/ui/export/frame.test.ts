import { describe, expect, it } from 'vitest';
import {
  buildFrame,
  footerHeight,
  frameShapes,
  frameUnit,
  sourcesFootnote,
  FOOTNOTE_SOURCES,
} from '../../../../src/ui/export/frame.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { frameScenario } from '../../../../src/ui/export/frameScenario.ts';
import { textWidth, wrapToWidth } from '../../../../src/ui/export/textWidth.ts';

describe('export frame', () => {
  it('names the most-cited sources first and counts the rest', () => {
    const dataset = loadBundledDataset();
    const note = sourcesFootnote(dataset);
    expect(note.startsWith('Data: U.S. Geological Survey 2026')).toBe(true);
    expect(note.split(';').length).toBe(FOOTNOTE_SOURCES + 1);
    expect(note).toMatch(/and \d+ more sources listed in the dataset\.$/);
  });

  it('wraps words without breaking them', () => {
    const width = textWidth('one two', 12, false);
    expect(wrapToWidth('one two three four', width, 12, false)).toEqual([
      'one two',
      'three',
      'four',
    ]);
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

describe('the frame of a what-if, so the picture stands alone on a slide', () => {
  const dataset = loadBundledDataset();
  const preset = dataset.scenarios.find((p) => p.id === 'china-processing-offline')!;
  const scenario = frameScenario(dataset, preset.interventions)!;
  const stages = ['Mines', 'Processors', 'Intermediaries', 'Magnet makers', 'End users'];
  const shortfall = ['0%', '0–20%', '80–100%'].map((label, i) => ({ label, colour: `#f0000${i}` }));
  const frame = buildFrame({
    dataset,
    scenarioText: "Taking China's processing offline: 90% of end-user supply lost at once.",
    scenario,
    legendTitle: 'Stages',
    legend: stages.map((label) => ({ label, colour: '#123456' })),
    shortfall,
    width: 900,
    date: new Date('2026-03-04T10:00:00Z'),
  });

  it("names the scenario in the title, not the dataset's baseline", () => {
    expect(frame.title.join(' ')).toBe("China's processing offline");
    expect(frame.title.join(' ')).not.toMatch(/baseline/);
  });

  it("cites the scenario's sources first in the footnote", () => {
    const cite = (id: string) => {
      const s = dataset.sources.find((x) => x.id === id)!;
      return `${(s.publisher ?? s.title).split(', relayed by')[0]} ${s.year}`;
    };
    const data = frame.footnote.join(' ');
    const first = data.slice(data.indexOf('Data: ') + 6).split('; ');
    expect(first.slice(0, 2)).toEqual(preset.sources!.map(cite));
  });

  it('keys the what-if marks and draws end users in the loss colours', () => {
    const labels = frame.legend.map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Dashed border: removed or cut', 'Faint band: flow at baseline']),
    );
    const endUsers = frame.legend.find((e) => e.label.startsWith('End users'))!;
    expect(endUsers.mark).toBe('ramp');
    expect(endUsers.colours).toEqual(shortfall.map((e) => e.colour));
    const shapes = frameShapes(frame, 900, 700);
    expect(shapes.some((s) => s.kind === 'circle' && s.dashed !== undefined)).toBe(true);
    expect(shapes.filter((s) => s.kind === 'line')).toHaveLength(2);
  });

  it('keeps the stage legend plain at baseline', () => {
    const plain = buildFrame({
      dataset,
      scenarioText: 'Baseline',
      legendTitle: 'Stages',
      legend: stages.map((label) => ({ label, colour: '#123456' })),
      width: 900,
    });
    expect(plain.title).toEqual([dataset.title]);
    expect(plain.legend.map((e) => e.label)).toEqual(stages);
  });

  it('names the file by what it shows and the day', () => {
    expect(frame.fileName).toBe('chokepoint-chinas-processing-offline-2026-03-04');
  });

  it('wraps the headline between words, within the width', () => {
    const long = buildFrame({
      dataset,
      scenarioText: 'word '.repeat(80) + 'Neodymium-praseodymium',
      legendTitle: 'Stages',
      legend: [],
      width: 700,
    });
    for (const line of long.subtitle)
      expect(textWidth(line, 13, true)).toBeLessThanOrEqual(700 - 32);
    expect(long.subtitle.join(' ')).toBe(('word '.repeat(80) + 'Neodymium-praseodymium').trim());
  });
});
