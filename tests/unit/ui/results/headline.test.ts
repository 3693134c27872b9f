import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { headlineText } from '../../../../src/ui/results/headline.ts';

describe('headlineText', () => {
  const dataset = loadBundledDataset();
  const byId = (id: string) => dataset.scenarios.find((s) => s.id === id)!;
  const april = byId('april-2025-controls');
  const october = byId('october-2025-regime');
  const run = analyzeScenario(buildSupplyGraph(dataset), { interventions: october.interventions });
  if (!run.ok) throw new Error(run.errors.join());

  it('names a scenario that two presets share by the one the story step loaded', () => {
    // the bundled data models October's regime with April's cuts
    expect(october.interventions).toEqual(april.interventions);
    expect(headlineText(dataset, run.result)).toMatch(new RegExp(`^${april.label}:`));
    expect(headlineText(dataset, run.result, october.id)).toMatch(
      new RegExp(`^${october.label.replace(/[()]/g, '\\$&')}:`),
    );
    // a preset that does not match the scenario changes nothing
    expect(headlineText(dataset, run.result, 'myanmar-unrest')).toMatch(
      new RegExp(`^${april.label}:`),
    );
  });
});
