import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { headlineText, losersForReader } from '../../../../src/ui/results/headline.ts';
import { scenarioSubject } from '../../../../src/core/analysis/headline.ts';

describe('headlineText', () => {
  // Two presets with the same cuts: the bundled data had one such pair (October 2025's regime
  // repeated April's) until the October regime got cuts of its own, so the twin is made here.
  const bundled = loadBundledDataset();
  const april = bundled.scenarios.find((s) => s.id === 'april-2025-controls')!;
  const twin = { ...april, id: 'april-twin', label: 'April’s controls again (a twin)' };
  const dataset = { ...bundled, scenarios: [...bundled.scenarios, twin] };
  const run = analyzeScenario(buildSupplyGraph(dataset), { interventions: twin.interventions });
  if (!run.ok) throw new Error(run.errors.join());

  it('names a scenario that two presets share by the one the story step loaded', () => {
    expect(twin.interventions).toEqual(april.interventions);
    expect(headlineText(dataset, run.result)).toMatch(new RegExp(`^${april.label}:`));
    expect(headlineText(dataset, run.result, twin.id)).toMatch(
      new RegExp(`^${twin.label.replace(/[()]/g, '\\$&')}:`),
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
