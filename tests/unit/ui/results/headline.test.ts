import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { headlineText, losersForReader } from '../../../../src/ui/results/headline.ts';
import { scenarioSubject } from '../../../../src/core/analysis/headline.ts';

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

describe('the headline under China’s processing offline', () => {
  const dataset = loadBundledDataset();
  const preset = dataset.scenarios.find((s) => s.id === 'china-processing-offline')!;
  const run = analyzeScenario(buildSupplyGraph(dataset), { interventions: preset.interventions });
  if (!run.ok) throw new Error(run.errors.join());
  const text = headlineText(dataset, run.result)!;
  const all = run.result.endUsers.filter((e) => e.baseline > 0 && e.noSubstitution <= 0);
  const label = (id: string) => dataset.nodes.find((n) => n.id === id)!.label!;

  it('groups the end users that lose everything, counted from the result', () => {
    expect(all.length).toBeGreaterThan(2);
    expect(text).toContain(
      `${all.length} of ${run.result.endUsers.length} end users lose everything, among them `,
    );
  });

  it('names defence and magnet users abroad, not the home country’s non-magnet uses', () => {
    expect(text).toContain(`among them ${label('us-defence')}`);
    expect(text).not.toContain('non-magnet');
    const named = text.slice(text.indexOf('among them'));
    expect(named).toMatch(/Europe: .*magnet|Europe: automakers/);
  });

  it('present mode’s list starts with the same people', () => {
    const losers = losersForReader(dataset, run.result).slice(0, 3);
    for (const e of losers) expect(text).toContain(label(e.id));
  });
});

describe('the headline’s subject', () => {
  it('puts every intervention of a combined scenario in the same mood', () => {
    const names = { node: (id: string) => id.toUpperCase(), country: (c: string) => c };
    expect(
      scenarioSubject(
        [
          { type: 'remove-node', node: 'a' },
          { type: 'scale-capacity', node: 'b', factor: 0.5 },
        ],
        names,
      ),
    ).toMatch(/^Removing A; Cutting B/);
  });
});
