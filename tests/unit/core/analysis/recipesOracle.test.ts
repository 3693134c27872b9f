// A dataset with one recipe per converter gives today's figures: every magnet maker of the
// version-2 oracle fixtures (each makes one output) is given one recipe, its baseline proportions
// (tonnes of each input per tonne of magnet = baseline inflow / baseline output), so the engine
// expands it into an input pool, a recipe and an output pool. Every preset must still match the
// oracle: no-substitution served, days to shortfall, the largest total and the fair share after
// rerouting. (Processors make several outputs at once, which no single-output recipe describes:
// they keep their one joint recipe.)
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  type AnalysisNetwork,
} from '../../../../src/core/analysis/index.ts';
import { recipeView } from '../../../../src/core/analysis/flows/recipeView.ts';
import type { SupplyNode } from '../../../../src/core/model.ts';
import { loadDatasetText } from '../../../../src/data/loadDataset.ts';
import { loadSolver, lpTolerance } from './lp/fixturesV2.ts';
import { closeEnough, oracleV2Fixtures } from './oracleV2Fixtures.ts';

/** The network with one recipe (its baseline proportions) on every single-output converter. */
function withOneRecipeEach(network: AnalysisNetwork): AnalysisNetwork {
  const nodes = network.nodes.map((node): SupplyNode => {
    if (node.converter !== true || (node.production ?? 0) > 0) return node;
    const out = network.edges.filter((e) => e.source === node.id);
    const materials = new Set(out.map((e) => e.material ?? ''));
    if (materials.size !== 1) return node;
    const output = [...materials][0] as string;
    const made = out.reduce((a, e) => a + e.flow, 0);
    const inputs: Record<string, number> = {};
    for (const e of network.edges.filter((x) => x.target === node.id)) {
      const m = e.material ?? '';
      inputs[m] = (inputs[m] ?? 0) + e.flow / made;
    }
    return { ...node, recipes: [{ id: 'only', output, inputs, share: 1 }] };
  });
  return { ...network, nodes };
}

describe.each(oracleV2Fixtures())('one recipe per converter: oracle v2 $name', (fixture) => {
  const loaded = loadDatasetText(fixture.text);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const network = withOneRecipeEach(loaded.dataset);
  const g = buildSupplyGraph(network);

  it('expands its magnet makers', () => {
    const view = recipeView(g);
    expect(view).not.toBeNull();
    const makers = network.nodes.filter((n) => n.recipes !== undefined).length;
    expect(makers).toBeGreaterThanOrEqual(4);
    // An input pool and a recipe each.
    expect(view?.graph.n).toBe(g.n + 2 * makers);
  });

  it.each(fixture.scenarios)('preset $id: the oracle figures in both outcomes', async (s) => {
    const solver = await loadSolver();
    const outcome = analyzeScenario(
      g,
      { interventions: s.interventions },
      { rerouter: lpRerouter(solver) },
    );
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    const { result } = outcome;
    expect(result.endUsers.map((e) => e.id).sort()).toEqual(
      Object.keys(s.expected.no_substitution_served).sort(),
    );
    for (const e of result.endUsers) {
      const ns = s.expected.no_substitution_served[e.id] as number;
      expect(closeEnough(e.noSubstitution, ns), `${e.id}: ${e.noSubstitution} vs ${ns}`).toBe(true);
      const days = s.expected.days_to_shortfall[e.id];
      if (days === null || days === undefined) expect(e.daysToShortfall, e.id).toBeNull();
      else expect(closeEnough(e.daysToShortfall ?? NaN, days), e.id).toBe(true);
      const fair = s.expected.rerouting_fair_served[e.id] as number;
      expect(
        Math.abs(e.withRerouting - fair),
        `${e.id}: ${e.withRerouting} vs ${fair}`,
      ).toBeLessThanOrEqual(lpTolerance(fair));
    }
    const want = s.expected.rerouting_max_total;
    expect(Math.abs(result.totals.reroutingMaximum - want)).toBeLessThanOrEqual(lpTolerance(want));
    // Nothing of the parts shows.
    expect(result.nodes.throughputNoSubstitution).toHaveLength(network.nodes.length);
    expect(result.edges.flowWithRerouting).toHaveLength(network.edges.length);
    expect(result.topChokepoints.every((c) => !c.id.includes('\u0001'))).toBe(true);
  });
});
