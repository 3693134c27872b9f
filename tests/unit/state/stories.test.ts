import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { loadDatasetText } from '../../../src/data/loadDataset.ts';
import * as st from '../../../src/state/stories.ts';
import { DEFAULT_VIEW } from '../../../src/state/document.ts';

describe('stories', () => {
  const dataset = loadBundledDataset();

  it('a step shows its preset’s scenario and its view', () => {
    const last = dataset.stories[0]!.steps.at(-1)!;
    const doc = st.stepDocument(dataset, last);
    expect(doc.scenario).toEqual(
      ['cn-processing', 'cn-heavy-separation', 'cn-metal-alloy'].map((node) => ({
        intervention: { type: 'remove-node', node },
        enabled: true,
      })),
    );
    expect(doc.view.selection).toEqual({ type: 'node', id: 'cn-processing' });
  });

  it('adds a step from the view, moves and deletes steps, and saves a file that loads again', () => {
    let stories = st.newStory(dataset.stories, 'Mine');
    const id = stories.at(-1)!.id;
    const doc = {
      scenario: [
        { intervention: { type: 'remove-node' as const, node: 'cn-processing' }, enabled: true },
        { intervention: { type: 'block-country' as const, country: 'MM' }, enabled: false },
      ],
      view: { ...DEFAULT_VIEW, selection: { type: 'node' as const, id: 'jp-auto' } },
    };
    stories = st.addStep(stories, id, st.stepFromDocument(doc, 'A', 'first'));
    stories = st.addStep(
      stories,
      id,
      st.stepFromDocument({ scenario: [], view: DEFAULT_VIEW }, 'B', 'second'),
    );
    expect(stories.at(-1)!.steps[0]!.interventions).toEqual([
      { type: 'remove-node', node: 'cn-processing' },
    ]);
    stories = st.moveStep(stories, id, 1, 0);
    expect(stories.at(-1)!.steps.map((s) => s.title)).toEqual(['B', 'A']);
    expect(st.moveStep(stories, id, 0, 5)).toEqual(stories);
    const reloaded = loadDatasetText(st.datasetWithStories(dataset, stories));
    expect(reloaded.ok).toBe(true);
    if (!reloaded.ok) return;
    expect(reloaded.dataset.stories.map((s) => s.title)).toEqual([
      ...dataset.stories.map((s) => s.title),
      'Mine',
    ]);
    expect(reloaded.dataset.nodes).toHaveLength(dataset.nodes.length);
    stories = st.deleteStep(stories, id, 0);
    expect(stories.at(-1)!.steps.map((s) => s.title)).toEqual(['A']);
  });

  it('a step keeps the whole view: colour, size, layout and filters survive saving and opening', () => {
    let stories = st.newStory(dataset.stories, 'Views');
    const id = stories.at(-1)!.id;
    const doc = {
      scenario: [],
      view: {
        ...DEFAULT_VIEW,
        selection: { type: 'node' as const, id: 'jp-auto' },
        colourBy: 'country' as const,
        sizeBy: 'pagerank',
        layout: 'organic' as const,
        filters: {
          stages: ['mine' as const, 'end-user' as const],
          countries: ['CN'],
          materials: [],
        },
        focus: { node: 'jp-auto', direction: 'upstream' as const },
      },
    };
    stories = st.addStep(stories, id, st.stepFromDocument(doc, 'A', 'the view'));
    const reopened = loadDatasetText(st.datasetWithStories(dataset, stories));
    if (!reopened.ok) throw new Error(reopened.errors.join('\n'));
    const step = reopened.dataset.stories.find((s) => s.id === id)!.steps[0]!;
    expect(st.stepDocument(reopened.dataset, step)).toEqual(doc);
  });
});
