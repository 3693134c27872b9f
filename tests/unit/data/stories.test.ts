import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';

const tiny = (stories: unknown) => ({
  schemaVersion: 2,
  sources: [{ id: 's', title: 'S', year: 2025 }],
  nodes: [
    { id: 'm', stage: 'mine', country: 'AU' },
    { id: 'e', stage: 'end-user', country: 'DE' },
  ],
  edges: [{ source: 'm', target: 'e', flow: 1 }],
  scenarios: [
    { id: 'p', label: 'P', date: '2025', caption: 'c', sources: ['s'], interventions: [] },
  ],
  stories,
});
/** The tiny dataset with one story, "x", of these steps. */
const storyOf = (steps: unknown[]) => tiny([{ id: 'x', title: 'X', steps }]);
/** A step naming a preset and nodes the dataset does not have. */
const unknownPlaces = {
  title: 'a',
  caption: 'c',
  preset: 'nope',
  view: { selection: 'zz', zoomTo: ['m', 'yy'] },
};

describe('stories in a dataset', () => {
  it('the bundled story walks the 2025 events in order, ending on China’s processing offline', () => {
    const story = loadBundledDataset().stories[0]!;
    expect(story.steps.map((s) => s.preset)).toEqual([
      'baseline-2024',
      'april-2025-controls',
      'june-2025-easing',
      'october-2025-regime',
      'china-processing-offline',
    ]);
    expect(story.steps.every((s) => s.caption.length > 0 && s.sources.length > 0)).toBe(true);
  });

  it('refuses a step with an unknown preset, unknown nodes, or no scenario at all', () => {
    const result = loadDataset(storyOf([unknownPlaces, { title: 'b', caption: 'c' }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'stories[0].steps[1]: a step needs either a preset or interventions (not both)',
    ]);
    const refs = loadDataset(storyOf([unknownPlaces]));
    expect(refs.ok ? [] : refs.errors).toEqual([
      'stories[0].steps[0].preset: unknown scenario "nope"',
      'stories[0].steps[0].view.selection: unknown node "zz"',
      'stories[0].steps[0].view.zoomTo[1]: unknown node "yy"',
    ]);
  });

  it('accepts a step with its own interventions', () => {
    const result = loadDataset(
      storyOf([{ title: 'a', caption: 'c', interventions: [{ type: 'remove-node', node: 'm' }] }]),
    );
    expect(result.ok && result.dataset.stories[0]!.steps[0]!.interventions).toEqual([
      { type: 'remove-node', node: 'm' },
    ]);
  });
});
