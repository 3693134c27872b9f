// What removing China's processing (its three national nodes) does to each end-user group, in
// both outcomes. The figures quoted in data/README.md ("What the what-ifs show") are checked here.
// Rerouting is the fair share of the linear programs, solved by HiGHS, as the command line and
// the explorer compute it (`npm run analyze -- data/rare-earths.json --preset
// china-processing-offline`), not the max-flow the engine falls back on without a solver.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { analyzeScenario, buildSupplyGraph, lpRerouter } from '../../../src/core/analysis/index.ts';
import { MAGNET_GROUPS, REPORT_GROUPS as GROUPS } from '../../../data/build/endUsers.ts';

const dataset = loadBundledDataset();
const g = buildSupplyGraph(dataset);
const CN_PROCESSING = ['cn-processing', 'cn-heavy-separation', 'cn-metal-alloy'];
const outcome = analyzeScenario(
  g,
  { interventions: CN_PROCESSING.map((node) => ({ type: 'remove-node' as const, node })) },
  { rerouter: lpRerouter(await highsLoader()) },
);
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

  // After rerouting as at once: no node outside China has known spare capacity to take over (an
  // unknown capacity is never spare), so the fair share wins back nothing worth a decimal.
  it('loses 97.2% of what reaches modelled end users at once and after rerouting; outside demand apart', () => {
    const modelled = Object.entries(GROUPS)
      .filter(([k]) => k !== 'outside demand')
      .flatMap(([, ids]) => ids);
    const loss = groupLoss(modelled);
    expect(loss.noSubstitution).toBeCloseTo(0.972, 3);
    expect(loss.withRerouting).toBeCloseTo(0.972, 3);
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
      // China supplies all their magnets and all the samarium of the SmCo makers in the model.
      'US defence': [1, 1],
      'magnet users in South Korea, Vietnam and India': [1, 1],
      'other users (catalysts, glass, polishing…)': [0.957, 0.957],
      // Was 59.3%: China's magnet exports to South Korea, Vietnam and India left outside demand.
      'outside demand': [0.557, 0.557],
    };
    const [now, rerouted] = expected[group]!;
    expect(loss.noSubstitution).toBeCloseTo(now, 2);
    expect(loss.withRerouting).toBeCloseTo(rerouted, 2);
    expect(loss.withRerouting).toBeLessThanOrEqual(loss.noSubstitution + 1e-12);
  });
});
