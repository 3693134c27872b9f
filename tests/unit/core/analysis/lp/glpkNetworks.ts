// Generated networks for the GLPK cross-check's properties (glpkProperties.test.ts): the
// three-material networks of generateMaterials.ts, with alternative recipes on every magnet maker
// and stocks held by some end users, agreeing with the baseline flows as model v4 requires.
import type { AnalysisNetwork } from '../../../../../src/core/analysis/index.ts';
import type { RecipeSpec, SupplyNode } from '../../../../../src/core/model.ts';
import { seededRandom } from '../../../../../src/core/analysis/uncertainty/random.ts';
import { generateThreeMaterialNetwork } from '../../../../fixtures/generateMaterials.ts';

export interface RecipeShape {
  readonly nodes: number;
  readonly edgesPerNode: number;
  readonly seed: number;
}

/**
 * Every magnet maker (NdPr and Dy/Tb in, magnets out) makes its magnets two or three ways: a
 * Dy-bearing recipe (all its Dy/Tb), a Dy-free one and, for some, a "diffused" one with less
 * Dy/Tb. Shares, the most each may switch to and lead times are drawn from the seed; the inputs
 * per tonne are worked out from the node's baseline flows, so the recipes' needs equal what it
 * receives. Some end users hold 10-60 days of one material they receive.
 */
export function recipeNetwork(shape: RecipeShape): AnalysisNetwork {
  const base = generateThreeMaterialNetwork(shape);
  const random = seededRandom(shape.seed + 1);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const flows = new Map<string, { in: Map<string, number>; out: number }>();
  for (const v of base.nodes) flows.set(v.id, { in: new Map(), out: 0 });
  for (const e of base.edges) {
    const to = flows.get(e.target)?.in;
    to?.set(e.material ?? '', (to.get(e.material ?? '') ?? 0) + e.flow);
    const from = flows.get(e.source);
    if (from !== undefined) from.out += e.flow;
  }
  const nodes = base.nodes.map((v): SupplyNode => {
    const f = flows.get(v.id);
    if (f === undefined) return v;
    if (v.stage === 'magnet-maker') return withRecipes(v, f, between);
    if (v.stage === 'end-user' && random() < 0.5) {
      const [material, amount] = [...f.in].find(([, x]) => x > 0) ?? ['', 0];
      if (amount > 0) return { ...v, stock: { [material]: (amount * between(10, 60)) / 365 } };
    }
    return v;
  });
  return { nodes, edges: base.edges };
}

function withRecipes(
  v: SupplyNode,
  f: { in: Map<string, number>; out: number },
  between: (lo: number, hi: number) => number,
): SupplyNode {
  const ndpr = f.in.get('NdPr') ?? 0;
  const dy = f.in.get('Dy/Tb') ?? 0;
  const out = f.out;
  if (!(out > 0 && ndpr > 0 && dy > 0)) return v;
  // Shares of the baseline output: Dy-bearing s1, diffused s2 (maybe none), Dy-free the rest.
  const s1 = between(0.3, 0.7);
  const s2 = between(0, 1) < 0.5 ? 0 : between(0.05, 0.2);
  const s3 = 1 - s1 - s2;
  // Dy/Tb per tonne: the diffused grade needs half the Dy-bearing grade's; together all of it.
  const dy1 = dy / (out * (s1 + s2 / 2));
  // NdPr per tonne: the same for every grade, all of what comes in.
  const nd = ndpr / out;
  const lead = () => Math.round(between(0, 240));
  const recipe = (id: string, share: number, inputs: Record<string, number>): RecipeSpec => ({
    id,
    output: 'magnet',
    inputs,
    share,
    maxShare: Math.min(1, share + between(0, 0.5)),
    leadDays: lead(),
  });
  const recipes = [
    recipe('dy-bearing', s1, { NdPr: nd, 'Dy/Tb': dy1 }),
    ...(s2 > 0 ? [recipe('diffused', s2, { NdPr: nd, 'Dy/Tb': dy1 / 2 })] : []),
    recipe('dy-free', s3, { NdPr: nd }),
  ];
  return { ...v, recipes };
}
