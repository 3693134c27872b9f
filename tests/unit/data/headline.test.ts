// What removing China's processing (its three national nodes) does to each end-user group, in
// both outcomes. The figures quoted in data/README.md ("What the what-ifs show") are checked here.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { analyzeScenario, buildSupplyGraph } from '../../../src/core/analysis/index.ts';
import { MAGNET_GROUPS, REPORT_GROUPS as GROUPS } from '../../../data/build/endUsers.ts';

const dataset = loadBundledDataset();
const g = buildSupplyGraph(dataset);
const CN_PROCESSING = ['cn-processing', 'cn-heavy-separation', 'cn-metal-alloy'];
const outcome = analyzeScenario(g, {
  interventions: CN_PROCESSING.map((node) => ({ type: 'remove-node' as const, node })),
});
if (!outcome.ok) throw new Error(outcome.errors.join('; '));
const result = outcome.result;
const byId = new Map(result.endUsers.map((e) => [e.id, e]));

function groupLoss(ids: readonly string[]) {
  const sum = (k: 'baseline' | 'lostNoSubstitution' | 'lostWithRerouting') =>
    ids.reduce((s, id) => s + (byId.get(id)?.[k] ?? 0), 0);
  return {
    noSubstitution: sum('lostNoSubstitution') / sum('baseline'),
    withRerouting: sum('lostWithRerouting') / sum('baseline'),
  };
}

describe('removing China’s processing (cn-processing, cn-heavy-separation, cn-metal-alloy)', () => {
  it('covers every end user in the groups below', () => {
    expect(Object.values(GROUPS).flat().sort()).toEqual(result.endUsers.map((e) => e.id).sort());
  });

  it('leaves magnet users with almost nothing, at once and after rerouting', () => {
    const magnets = groupLoss(MAGNET_GROUPS.flatMap((k) => GROUPS[k]!));
    expect(magnets.noSubstitution).toBeCloseTo(0.965, 2);
    expect(magnets.withRerouting).toBeCloseTo(0.963, 2);
  });

  it.each(Object.entries(GROUPS))('%s: lost at once and after rerouting', (group, ids) => {
    const loss = groupLoss(ids);
    const expected: Record<string, [number, number]> = {
      'automakers and EVs': [0.965, 0.962],
      'wind turbines': [0.998, 0.997],
      electronics: [0.953, 0.953],
      'industrial robots': [0.88, 0.88],
      'other magnet uses': [0.992, 0.989],
      'other users (catalysts, glass, polishing…)': [0.958, 0.937],
      'outside demand': [0.593, 0.593],
    };
    const [now, rerouted] = expected[group]!;
    expect(loss.noSubstitution).toBeCloseTo(now, 2);
    expect(loss.withRerouting).toBeCloseTo(rerouted, 2);
    expect(loss.withRerouting).toBeLessThanOrEqual(loss.noSubstitution + 1e-12);
  });
});
