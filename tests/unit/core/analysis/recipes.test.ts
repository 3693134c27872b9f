// Model v4's alternative recipes (src/core/analysis/flows/recipes.ts): one hand-worked example per
// rule, through the same scenario analysis every figure comes from, with the rerouting programs
// solved by HiGHS.
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  propagateNoSubstitution,
  scenarioFactors,
  type AnalysisNetwork,
  type ScenarioResult,
} from '../../../../src/core/analysis/index.ts';
import { expandRecipes, PART_SEPARATOR } from '../../../../src/core/analysis/flows/recipes.ts';
import { flowSeam } from '../../../../src/core/analysis/flows/recipeView.ts';
import type { RecipeSpec, SupplyNode } from '../../../../src/core/model.ts';
import type { Scenario } from '../../../../src/core/scenario.ts';
import { loadSolver } from './lp/fixturesV2.ts';

function analyzed(network: AnalysisNetwork, scenario: Scenario): Promise<ScenarioResult> {
  return loadSolver().then((solver) => {
    const outcome = analyzeScenario(buildSupplyGraph(network), scenario, {
      rerouter: lpRerouter(solver),
    });
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    return outcome.result;
  });
}

const user = (r: ScenarioResult, id: string) => {
  const found = r.endUsers.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no end user ${id}`);
  return found;
};

/** What end users get after rerouting with `elapsedDays` since the shock (the time seam). */
async function reroutedAfter(network: AnalysisNetwork, scenario: Scenario, elapsedDays: number) {
  const solver = await loadSolver();
  const g = buildSupplyGraph(network);
  const compiled = scenarioFactors(g, scenario);
  if (!compiled.ok) throw new Error(compiled.errors.join('; '));
  const seam = flowSeam(g, compiled.factors, elapsedDays);
  const shock = propagateNoSubstitution(seam.g, seam.f);
  const r = lpRerouter(solver)(seam.g, seam.f, shock.served);
  return new Map(Array.from(seam.g.endUsers, (v, i) => [seam.g.ids[v], r.served[i]] as const));
}

const mine = (id: string, country: string, production: number, capacity?: number): SupplyNode => ({
  id,
  stage: 'mine',
  country,
  production,
  ...(capacity === undefined ? {} : { capacity }),
});
const maker = (recipes: RecipeSpec[]): SupplyNode => ({
  id: 'maker',
  stage: 'magnet-maker',
  country: 'JP',
  converter: true,
  recipes,
});
const endUser = (id: string): SupplyNode => ({ id, stage: 'end-user', country: 'US' });

// A magnet maker makes 100 t of magnets for `ev`: half with Dy (0.9 t NdPr and 0.1 t Dy a tonne),
// half Dy-free (1 t NdPr a tonne), which it can raise to 80% of its output after 90 days.
// Needs: NdPr 50 × 0.9 + 50 × 1 = 95 t, Dy 50 × 0.1 = 5 t. The NdPr mine has capacity 200 t.
const switching: AnalysisNetwork = {
  nodes: [
    mine('nd', 'AU', 95, 200),
    mine('dy', 'CN', 5),
    maker([
      { id: 'dy', output: 'magnet', inputs: { NdPr: 0.9, Dy: 0.1 }, share: 0.5 },
      {
        id: 'free',
        output: 'magnet',
        inputs: { NdPr: 1 },
        share: 0.5,
        maxShare: 0.8,
        leadDays: 90,
      },
    ]),
    endUser('ev'),
  ],
  edges: [
    { source: 'nd', target: 'maker', material: 'NdPr', flow: 95 },
    { source: 'dy', target: 'maker', material: 'Dy', flow: 5 },
    { source: 'maker', target: 'ev', material: 'magnet', flow: 100 },
  ],
};
const blockChina: Scenario = { interventions: [{ type: 'block-country', country: 'CN' }] };

describe('a recipe switches only after its lead time and within its share', () => {
  it('at once, each recipe keeps its baseline share: the Dy-free half still runs', async () => {
    // Dy gone: the Dy recipe stops, the Dy-free one makes its 50 t (a single recipe: 0 t).
    const r = await analyzed(switching, blockChina);
    expect(user(r, 'ev').noSubstitution).toBeCloseTo(50, 6);
  });

  it('after rerouting, the Dy-free recipe rises to its maxShare: 80 t', async () => {
    // The NdPr mine has 105 t spare; the Dy-free recipe may make 0.8 × 100 = 80 t (80 t NdPr).
    const r = await analyzed(switching, blockChina);
    expect(user(r, 'ev').withRerouting).toBeCloseTo(80, 4);
    expect(r.totals.reroutingMaximum).toBeCloseTo(80, 4);
  });

  it('before its lead time it stays at its baseline share, after it may rise', async () => {
    expect((await reroutedAfter(switching, blockChina, 89)).get('ev')).toBeCloseTo(50, 4);
    expect((await reroutedAfter(switching, blockChina, 90)).get('ev')).toBeCloseTo(80, 4);
  });

  it('without a maxShare there is no switch: 50 t after rerouting too', async () => {
    const fixed: AnalysisNetwork = {
      ...switching,
      nodes: switching.nodes.map((n) =>
        n.id === 'maker' ? maker((n.recipes ?? []).map(({ maxShare: _m, ...r }) => r)) : n,
      ),
    };
    const r = await analyzed(fixed, blockChina);
    expect(user(r, 'ev').withRerouting).toBeCloseTo(50, 4);
  });
});

// The maker makes two grades: 60 t of Dy-bearing magnets for EVs (0.9 t NdPr, 0.1 t Dy a tonne)
// and 40 t of Dy-free ones for electronics (1 t NdPr a tonne). NdPr 54 + 40 = 94 t, Dy 6 t.
const grades: AnalysisNetwork = {
  nodes: [
    mine('nd', 'AU', 94),
    mine('dy', 'CN', 6),
    maker([
      { id: 'sintered-dy', output: 'magnet-dy', inputs: { NdPr: 0.9, Dy: 0.1 }, share: 1 },
      { id: 'dy-free', output: 'magnet-free', inputs: { NdPr: 1 }, share: 1 },
    ]),
    endUser('ev'),
    endUser('electronics'),
  ],
  edges: [
    { source: 'nd', target: 'maker', material: 'NdPr', flow: 94 },
    { source: 'dy', target: 'maker', material: 'Dy', flow: 6 },
    { source: 'maker', target: 'ev', material: 'magnet-dy', flow: 60 },
    { source: 'maker', target: 'electronics', material: 'magnet-free', flow: 40 },
  ],
};

describe('Dy-free demand is untouched by a Dy block', () => {
  it('at once and after rerouting, electronics keep their 40 t; EVs lose all 60 t', async () => {
    // One fixed recipe would need Dy for every magnet: both users would lose everything.
    const r = await analyzed(grades, blockChina);
    expect(user(r, 'electronics').noSubstitution).toBeCloseTo(40, 9);
    expect(user(r, 'electronics').withRerouting).toBeCloseTo(40, 6);
    expect(user(r, 'ev').noSubstitution).toBeCloseTo(0, 9);
    expect(user(r, 'ev').withRerouting).toBeCloseTo(0, 6);
    // The NdPr the Dy recipe cannot use piles up at the maker: 54 t.
    expect(r.nodes.strandedNoSubstitution[2]).toBeCloseTo(54, 6);
  });

  it('the same when the Dy flow itself is blocked: the flow keeps its name', async () => {
    // The flow dy → maker now ends at the maker's input pool; a block names it as the file does.
    const r = await analyzed(grades, {
      interventions: [{ type: 'block-edge', source: 'dy', target: 'maker', material: 'Dy' }],
    });
    expect(user(r, 'electronics').noSubstitution).toBeCloseTo(40, 9);
    expect(user(r, 'ev').noSubstitution).toBeCloseTo(0, 9);
    expect(r.edges.factor).toEqual([1, 0, 1, 1]);
  });
});

// The maker makes 100 t of magnets: 50 t sintered with Dy (0.9 t NdPr, 0.02 t Dy a tonne) and
// 50 t grain-boundary diffused (0.9 t NdPr, 0.01 t Tb a tonne: Tb replaces twice its mass of Dy),
// which it can take to all of its output after 60 days. Dy 1 t, Tb 0.5 t, NdPr 90 t. The Tb mine
// can produce 0.8 t (0.3 t spare), the NdPr mine 200 t.
const diffusion: AnalysisNetwork = {
  nodes: [
    mine('nd', 'AU', 90, 200),
    mine('dy', 'CN', 1),
    mine('tb', 'MY', 0.5, 0.8),
    maker([
      { id: 'dy', output: 'magnet', inputs: { NdPr: 0.9, Dy: 0.02 }, share: 0.5 },
      {
        id: 'gbd',
        output: 'magnet',
        inputs: { NdPr: 0.9, Tb: 0.01 },
        share: 0.5,
        maxShare: 1,
        leadDays: 60,
      },
    ]),
    endUser('ev'),
  ],
  edges: [
    { source: 'nd', target: 'maker', material: 'NdPr', flow: 90 },
    { source: 'dy', target: 'maker', material: 'Dy', flow: 1 },
    { source: 'tb', target: 'maker', material: 'Tb', flow: 0.5 },
    { source: 'maker', target: 'ev', material: 'magnet', flow: 100 },
  ],
};

describe('Tb stands in for Dy at the stated ratio', () => {
  it('0.3 t of spare Tb makes the 30 t that 0.6 t of Dy made: 0.5 t Tb per t Dy', async () => {
    // At once: the Dy half stops, 50 t. After rerouting the diffused recipe takes all 0.8 t of Tb
    // and makes 0.8 / 0.01 = 80 t; the 30 t it wins back needed 30 × 0.02 = 0.6 t of Dy.
    const r = await analyzed(diffusion, blockChina);
    expect(user(r, 'ev').noSubstitution).toBeCloseTo(50, 9);
    expect(user(r, 'ev').withRerouting).toBeCloseTo(80, 4);
    const tbEdge = diffusion.edges.findIndex((e) => e.source === 'tb');
    const tbUsed = r.edges.flowWithRerouting[tbEdge] as number;
    expect(tbUsed).toBeCloseTo(0.8, 6);
    const dyReplaced = (user(r, 'ev').withRerouting - user(r, 'ev').noSubstitution) * 0.02;
    expect((tbUsed - 0.5) / dyReplaced).toBeCloseTo(0.5, 4);
  });
});

describe('the expanded network', () => {
  it('is the network itself when no node has recipes', () => {
    const plain: AnalysisNetwork = { nodes: [mine('a', 'AU', 1)], edges: [] };
    expect(expandRecipes(plain, { elapsedDays: 0 })).toBe(plain);
  });

  it('keeps the network given first, then the parts, which balance at baseline', () => {
    const x = expandRecipes(diffusion, { elapsedDays: 0 });
    expect(x.nodes.slice(0, diffusion.nodes.length).map((n) => n.id)).toEqual(
      diffusion.nodes.map((n) => n.id),
    );
    expect(x.nodes.slice(diffusion.nodes.length).map((n) => n.id)).toEqual(
      ['inputs', 'dy', 'gbd'].map((p) => `maker${PART_SEPARATOR}${p}`),
    );
    // Before its lead time the diffused recipe may make its 50 t; after, 100 t.
    const gbd = (days: number) =>
      expandRecipes(diffusion, { elapsedDays: days }).nodes.find((n) => n.id.endsWith('gbd'));
    expect(gbd(59)?.capacity).toBeCloseTo(50, 9);
    expect(gbd(60)?.capacity).toBeCloseTo(100, 9);
    const g = buildSupplyGraph(x);
    const at = (id: string) => g.index.get(id) as number;
    for (const id of ['maker', `maker${PART_SEPARATOR}inputs`]) {
      expect(g.outflow[at(id)]).toBeCloseTo(g.inflow[at(id)] as number, 9);
    }
  });
});
