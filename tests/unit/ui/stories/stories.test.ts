// Stories as slides: a step made under a preset cites the preset's sources, a story is renamed
// in place (never to nothing), and the baseline is stated for an audience without telling it
// to click.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { DEFAULT_VIEW, type AppDocument } from '../../../../src/state/document.ts';
import { newStory, renameStory, stepFromDocument } from '../../../../src/state/stories.ts';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { headlineText } from '../../../../src/ui/results/headline.ts';

const dataset = loadBundledDataset();
const preset = dataset.scenarios.find((p) => p.id === 'china-processing-offline')!;

describe('stories', () => {
  it('a step under a preset inherits its sources; one of its own starts with none', () => {
    const doc: AppDocument = {
      scenario: preset.interventions.map((intervention) => ({ intervention, enabled: true })),
      view: DEFAULT_VIEW,
    };
    const step = stepFromDocument(doc, 'T', 'C', preset);
    expect(preset.sources.length).toBeGreaterThan(0);
    expect(step.sources).toEqual(preset.sources);
    expect(
      stepFromDocument({ ...doc, scenario: doc.scenario.slice(1) }, 'T', 'C', preset).sources,
    ).toEqual([]);
  });

  it('renames a story in place, and keeps its name when given none', () => {
    const stories = newStory([], 'New story');
    const id = stories[0]!.id;
    expect(renameStory(stories, id, '  China’s leverage ')[0]!.title).toBe('China’s leverage');
    expect(renameStory(stories, id, '   ')[0]!.title).toBe('New story');
  });

  it('states the baseline for an audience without an instruction', () => {
    const run = analyzeScenario(buildSupplyGraph(dataset), { interventions: [] });
    if (!run.ok) throw new Error(run.errors.join());
    expect(headlineText(dataset, run.result, undefined, 'audience')).not.toMatch(/remove a node/);
    expect(headlineText(dataset, run.result)).toMatch(/remove a node/);
  });
});
