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
    // Everything but Noveon's recycled feed (70 t) needs China: Japan's and VAC's magnet makers
    // are converters whose Dy/Tb comes only from China's ionic-clay separation.
    expect(magnets.noSubstitution).toBeCloseTo(0.9993, 4);
    expect(magnets.withRerouting).toBeCloseTo(0.9993, 4);
  });

  it('loses 97.1% of what reaches modelled end users at once and 94.7% after rerouting; outside demand apart', () => {
    const modelled = Object.entries(GROUPS)
      .filter(([k]) => k !== 'outside demand')
      .flatMap(([, ids]) => ids);
    const loss = groupLoss(modelled);
    expect(loss.noSubstitution).toBeCloseTo(0.9715, 3);
    expect(loss.withRerouting).toBeCloseTo(0.9472, 3);
    expect(
      result.endUsers
        .filter((e) => e.outside)
        .map((e) => e.id)
        .sort(),
    ).toEqual([...GROUPS['outside demand']!].sort());
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
      'other magnet uses': [0.996, 0.996],
      'other users (catalysts, glass, polishing…)': [0.958, 0.921],
      'outside demand': [0.593, 0.593],
    };
    const [now, rerouted] = expected[group]!;
    expect(loss.noSubstitution).toBeCloseTo(now, 2);
    expect(loss.withRerouting).toBeCloseTo(rerouted, 2);
    expect(loss.withRerouting).toBeLessThanOrEqual(loss.noSubstitution + 1e-12);
  });
});
