import { describe, expect, it } from 'vitest';
import {
  buildFrame,
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
