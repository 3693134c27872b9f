// What removing China's processing node does to each end-user group, in both outcomes. The
// figures quoted in data/README.md ("What removing China's processing shows") are checked here.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  dependentEndUsers,
} from '../../../src/core/analysis/index.ts';

const dataset = loadBundledDataset();
const g = buildSupplyGraph(dataset);
const baseline = analyzeBaseline(g);
const outcome = analyzeScenario(g, {
  interventions: [{ type: 'remove-node', node: 'cn-processing' }],
});
if (!outcome.ok) throw new Error(outcome.errors.join('; '));
const result = outcome.result;
const byId = new Map(result.endUsers.map((e) => [e.id, e]));
const spofs = new Map(baseline.endUsers.map((e) => [e.id, e.singlePointsOfFailure]));

const GROUPS: Record<string, string[]> = {
  'automakers and EVs': ['cn-auto', 'eu-auto', 'us-auto', 'jp-auto', 'kr-auto'],
  'wind turbines': ['cn-wind', 'eu-wind'],
  electronics: ['cn-electronics', 'us-electronics', 'jp-electronics', 'kr-electronics'],
  'industrial robots': ['cn-robots', 'jp-robots'],
  'defence (F-35 and other platforms)': ['us-defence'],
  'other magnet uses': ['cn-industry', 'eu-industry', 'us-industry', 'in-industry'],
  'non-magnet uses': [
    'cn-non-magnet',
    'eu-non-magnet',
    'us-non-magnet',
    'jp-non-magnet',
    'tw-industry',
  ],
};

function groupLoss(ids: string[]) {
  const sum = (k: 'baseline' | 'lostNoSubstitution' | 'lostWithRerouting') =>
    ids.reduce((s, id) => s + (byId.get(id)?.[k] ?? 0), 0);
  return {
    noSubstitution: sum('lostNoSubstitution') / sum('baseline'),
    withRerouting: sum('lostWithRerouting') / sum('baseline'),
  };
}

describe('removing China’s processing (cn-processing)', () => {
  it('covers every end user in the groups below', () => {
    expect(Object.values(GROUPS).flat().sort()).toEqual(result.endUsers.map((e) => e.id).sort());
  });

  it('takes 97% of all end-user supply at once, and 94% even after rerouting', () => {
    expect(result.totals.lostNoSubstitutionPercent).toBeCloseTo(97.3, 1);
    expect(result.totals.lostWithReroutingPercent).toBeCloseTo(94.1, 1);
  });

  it('leaves an end user for which it is a single point of failure only what enters below the mines', () => {
    // Single points of failure are counted on paths from mines; recycled feed (Noveon's, for
    // US industry) enters at a magnet maker, so it survives.
    const belowMines = dataset.nodes
      .filter((n) => n.stage !== 'mine')
      .reduce((s, n) => s + (n.production ?? 0), 0);
    const hit = result.endUsers.filter((e) => spofs.get(e.id)?.includes('cn-processing'));
    expect(hit.length).toBeGreaterThan(15);
    for (const e of hit) {
      expect(e.noSubstitution).toBeLessThanOrEqual(belowMines + 1e-9);
      expect(e.withRerouting).toBeLessThanOrEqual(belowMines + 1e-9);
    }
    expect(hit.filter((e) => e.withRerouting === 0).length).toBe(hit.length - 1);
  });

  it('costs the others exactly the share of their supply that passed through it, at once', () => {
    const dependents = new Map(
      (dependentEndUsers(g, 'cn-processing') ?? []).map((d) => [d.id, d.share]),
    );
    for (const e of result.endUsers) {
      expect(e.lostNoSubstitution / e.baseline).toBeCloseTo(dependents.get(e.id) ?? 0, 9);
    }
  });

  it.each(Object.entries(GROUPS))('%s: lost at once and after rerouting', (group, ids) => {
    const loss = groupLoss(ids);
    // Magnet makers need every input (converters): Japan's lose the Dy/Tb that reaches them only
    // through China, and with it all their output.
    const expected: Record<string, [number, number]> = {
      'automakers and EVs': [1, 1],
      'wind turbines': [1, 1],
      electronics: [1, 1],
      'industrial robots': [1, 1],
      'defence (F-35 and other platforms)': [1, 1],
      'other magnet uses': [0.996, 0.996],
      'non-magnet uses': [0.96, 0.912],
    };
    const [now, rerouted] = expected[group]!;
    expect(loss.noSubstitution).toBeCloseTo(now, 2);
    expect(loss.withRerouting).toBeCloseTo(rerouted, 2);
    expect(loss.withRerouting).toBeLessThanOrEqual(loss.noSubstitution + 1e-12);
  });
});
