// Recipes that disagree with a converter's flows are refused where they are written, and a
// converter's parts never show: removing it removes every part, and no result, sweep or list of
// dependents names one.
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  dependentEndUsers,
  lpRerouter,
  removalSweep,
  sampleLosses,
  scenarioFactors,
  type AnalysisNetwork,
  type ScenarioResult,
} from '../../../../src/core/analysis/index.ts';
import { flowSeam } from '../../../../src/core/analysis/flows/recipeView.ts';
import { expandRecipes, PART_SEPARATOR } from '../../../../src/core/analysis/flows/recipes.ts';
import { lpMaximum } from '../../../../src/core/analysis/rerouting/lp/engine.ts';
import { loadDataset } from '../../../../src/data/loadDataset.ts';
import type { Scenario } from '../../../../src/core/scenario.ts';
import { loadSolver } from './lp/fixturesV2.ts';

async function analyzed(network: AnalysisNetwork, scenario: Scenario): Promise<ScenarioResult> {
  const solver = await loadSolver();
  const outcome = analyzeScenario(buildSupplyGraph(network), scenario, {
    rerouter: lpRerouter(solver),
  });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.result;
}

/** A maker with a Dy grade (0.9 t NdPr, 0.1 t Dy a tonne) for EVs and a Dy-free one (1 t NdPr). */
const dataset = (dyPerTonne: number, freeShare = 1) => ({
  schemaVersion: 3,
  nodes: [
    { id: 'nd', stage: 'mine', country: 'AU', production: 94 },
    { id: 'dy', stage: 'mine', country: 'CN', production: 6 },
    {
      id: 'maker',
      stage: 'magnet-maker',
      country: 'JP',
      converter: true,
      recipes: [
        { id: 'sintered', output: 'magnet-dy', inputs: { NdPr: 0.9, Dy: dyPerTonne }, share: 1 },
        { id: 'dy-free', output: 'magnet-free', inputs: { NdPr: 1 }, share: freeShare },
      ],
    },
    { id: 'ev', stage: 'end-user', country: 'US' },
    { id: 'electronics', stage: 'end-user', country: 'US' },
  ],
  edges: [
    { source: 'nd', target: 'maker', material: 'NdPr', flow: 94 },
    { source: 'dy', target: 'maker', material: 'Dy', flow: 6 },
    { source: 'maker', target: 'ev', material: 'magnet-dy', flow: 60 },
    { source: 'maker', target: 'electronics', material: 'magnet-free', flow: 40 },
  ],
});

describe('recipes that disagree with the flows', () => {
  it('loads recipes that agree (6 t Dy = 60 t × 0.1)', () => {
    const loaded = loadDataset(dataset(0.1));
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it('refuses needs that differ from what the node receives, naming node, recipe and material', () => {
    // 60 t × 0.2 = 12 t of Dy needed, 6 t received.
    const loaded = loadDataset(dataset(0.2));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors).toEqual([
      'nodes[2].recipes: "maker": recipes "sintered" need 12 t of "Dy" (share × output × tonnes per tonne) but the node receives 6 t',
    ]);
  });

  it('refuses shares of one output that do not add up to 1', () => {
    const loaded = loadDataset(dataset(0.1, 0.5));
    expect(loaded.ok ? [] : loaded.errors).toContain(
      'nodes[2].recipes: "maker": the shares of recipes "dy-free" making "magnet-free" add up to 0.5, not 1',
    );
  });

  it('refuses an input the node does not receive, and a recipe on a node that is no converter', () => {
    const raw = dataset(0.1);
    const maker = raw.nodes[2] as { recipes: { inputs: Record<string, number> }[] };
    maker.recipes[1]!.inputs = { NdPr: 1, Tb: 0.01 };
    const loaded = loadDataset(raw);
    expect(loaded.ok ? [] : loaded.errors).toContain(
      'nodes[2].recipes[1].inputs["Tb"]: "maker": recipe "dy-free" needs "Tb", which the node does not receive',
    );
    const plain = dataset(0.1);
    delete (plain.nodes[2] as { converter?: boolean }).converter;
    const refused = loadDataset(plain);
    expect(refused.ok ? [] : refused.errors).toContain(
      'nodes[2].recipes: "maker": has recipes but is not a converter ("converter": true)',
    );
  });

  it('refuses two recipes of one name, and the name of the input pool', () => {
    const raw = dataset(0.1);
    const maker = raw.nodes[2] as { recipes: { id: string }[] };
    maker.recipes[0]!.id = 'inputs';
    maker.recipes[1]!.id = 'inputs';
    const loaded = loadDataset(raw);
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      'nodes[2].recipes[0].id: "maker": "inputs" names the input pool: call the recipe otherwise',
      'nodes[2].recipes[1].id: "maker": two recipes are called "inputs"',
      'nodes[2].recipes[1].id: "maker": "inputs" names the input pool: call the recipe otherwise',
    ]);
  });

  it('is refused by the engine too, for a network built without the loader', () => {
    const raw = dataset(0.2) as unknown as AnalysisNetwork;
    expect(() => expandRecipes(raw, { elapsedDays: 0 })).toThrow(/"maker".*"sintered".*"Dy"/);
  });
});

const network = dataset(0.1) as unknown as AnalysisNetwork;
const isPart = (id: string) => id.includes(PART_SEPARATOR);

describe("a converter's parts", () => {
  it('all go when the converter is removed, and none is named in the result', async () => {
    // The Dy-free recipe would keep making 40 t if only the output pool were cut off with its
    // inputs still arriving; removed, the maker makes nothing, at once or after rerouting.
    const r = await analyzed(network, { interventions: [{ type: 'remove-node', node: 'maker' }] });
    for (const e of r.endUsers) {
      expect(e.noSubstitution, e.id).toBe(0);
      expect(e.withRerouting, e.id).toBeCloseTo(0, 9);
    }
    expect(r.affectedNodes).toEqual(['maker']);
    expect(r.nodes.throughputNoSubstitution).toHaveLength(network.nodes.length);
    expect(r.nodes.throughputWithRerouting).toHaveLength(network.nodes.length);
    expect(r.edges.flowNoSubstitution).toHaveLength(network.edges.length);
    expect(r.nodes.throughputNoSubstitution[2]).toBe(0);
    // What reached the maker piles up there: 94 + 6 t, none of it at a part.
    expect(r.nodes.strandedNoSubstitution[2]).toBeCloseTo(100, 9);
    const text = JSON.stringify(r);
    expect(text.includes(PART_SEPARATOR) || text.includes('\\u0001')).toBe(false);
    expect(r.topChokepoints.some((c) => isPart(c.id))).toBe(false);
  });

  it('take the factor of their converter: removed or blocked, every part goes', () => {
    const g = buildSupplyGraph(network);
    for (const interventions of [
      [{ type: 'remove-node', node: 'maker' }],
      [{ type: 'block-country', country: 'JP' }],
    ] as const) {
      const compiled = scenarioFactors(g, { interventions });
      if (!compiled.ok) throw new Error(compiled.errors.join('; '));
      const seam = flowSeam(g, compiled.factors);
      const parts = Array.from(seam.g.ids.keys()).filter((x) => seam.isPart(x));
      expect(parts).toHaveLength(3);
      for (const x of parts) expect(seam.f.node[x], seam.g.ids[x]).toBe(0);
    }
    // A 70% cut is applied once, at the maker's output: its parts keep 1.
    const cut = scenarioFactors(g, {
      interventions: [{ type: 'scale-capacity', node: 'maker', factor: 0.3 }],
    });
    if (!cut.ok) throw new Error(cut.errors.join('; '));
    const seam = flowSeam(g, cut.factors);
    expect(seam.f.node[seam.g.index.get('maker') as number]).toBe(0.3);
    expect(seam.f.node[seam.g.index.get(`maker${PART_SEPARATOR}dy-free`) as number]).toBe(1);
  });

  it('never show in the sweep, and the sweep sees the recipes', async () => {
    const solver = await loadSolver();
    const g = buildSupplyGraph(network);
    const sweep = removalSweep(g, { maximum: lpMaximum(solver) });
    expect(sweep.map((s) => s.id).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    const dy = sweep.find((s) => s.id === 'dy');
    // Without Dy only the 60 t of the Dy grade are lost: the Dy-free 40 t go on.
    expect(dy?.lostNoSubstitution).toBeCloseTo(60, 9);
    expect(dy?.lostWithRerouting).toBeCloseTo(60, 5);
    expect(sweep.find((s) => s.id === 'maker')?.lostNoSubstitution).toBeCloseTo(100, 9);
  });

  it('never show among dependents, which follow the recipes', () => {
    const g = buildSupplyGraph(network);
    expect(dependentEndUsers(g, 'dy')?.map((d) => [d.id, d.through])).toEqual([['ev', 60]]);
    expect(dependentEndUsers(g, `maker${PART_SEPARATOR}inputs`)).toBeNull();
  });
});

describe('stocks and ranges with recipes', () => {
  it("a converter's Dy stock keeps its Dy recipe running until it runs out", () => {
    // The maker holds 3 t of Dy and loses its 6 t a year: it draws 6 t a year, so the Dy grade
    // runs for half a year and EVs run short on day 182.5; electronics never do.
    const stocked: AnalysisNetwork = {
      ...network,
      nodes: network.nodes.map((n) => (n.id === 'maker' ? { ...n, stock: { Dy: 3 } } : n)),
    };
    const outcome = analyzeScenario(buildSupplyGraph(stocked), {
      interventions: [{ type: 'block-country', country: 'CN' }],
    });
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    const user = (id: string) => outcome.result.endUsers.find((e) => e.id === id);
    expect(user('ev')?.daysToShortfall).toBeCloseTo(182.5, 6);
    expect(user('electronics')?.daysToShortfall).toBeNull();
  });

  it('draws ranges on the expanded network, as the explorer asks for them', () => {
    // NdPr to the maker 94 t (85–100), Dy 6 t (5–7): every draw balances through the recipes,
    // and Dy-free demand loses nothing in any draw when China is blocked.
    const ranged: AnalysisNetwork = {
      ...network,
      nodes: network.nodes.map((n) =>
        n.id === 'nd' ? { ...n, estimate: { low: 85, high: 100 } } : n,
      ),
      edges: network.edges.map((e) =>
        e.source === 'dy' ? { ...e, estimate: { low: 5, high: 7 } } : e,
      ),
    };
    const g = buildSupplyGraph(ranged);
    const compiled = scenarioFactors(g, {
      interventions: [{ type: 'block-country', country: 'CN' }],
    });
    if (!compiled.ok) throw new Error(compiled.errors.join('; '));
    // The worker draws the ranges after rerouting on the graph it holds, the dataset's own.
    const drawn = sampleLosses(g, compiled.factors, { samples: 200, seed: 1, reroutingSamples: 0 });
    const at = (id: string) => drawn.endUsers[Array.from(g.endUsers).indexOf(g.index.get(id)!)];
    expect(at('electronics')?.lostNoSubstitutionShare.p95).toBeCloseTo(0, 9);
    expect(at('ev')?.lostNoSubstitutionShare.p5).toBeCloseTo(1, 9);
  });
});
