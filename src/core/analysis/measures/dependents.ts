// Who depends on a node: for each end user, what it would lose (no substitution) if the node
// alone went.
//
// With one material this is how much of its supply passes through the node: one forward pass
// from the node, instead of tracing every end user back. With d(v) the share of v's intake that
// came through x (d(x) = 1, and material that comes back to x round a loop is not counted
// again), d(y) = sum over u->y of F(u,y)/S(y) * d(u), and an end user's dependence is d(e) *
// what it receives. With several materials supply no longer mixes in proportion (NdPr goes on as
// NdPr, and a converter short of one input loses all its output), so the node is taken out and
// the no-substitution model run once.
import { forwardSolve } from '../flows/linearFlow.ts';
import { propagateNoSubstitution, unitFactors } from '../flows/noSubstitution.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';
import { baselineState } from '../flows/supplyTrace.ts';
import { flowSeam, recipeView } from '../flows/recipeView.ts';

/** Whether supply mixes in proportion at every node: one material, so tracing is exact. */
export function mixesProportionally(g: SupplyGraph): boolean {
  return g.materials.length <= 1;
}

export interface Dependent {
  readonly id: string;
  /** Tonnes of its baseline supply it would lose (with one material: that pass through the node). */
  readonly through: number;
  /** The same as a share of its baseline supply (0-1). */
  readonly share: number;
}

/** End users that get anything through `nodeId`, most dependent first; null if no such node. */
export function dependentEndUsers(g: SupplyGraph, nodeId: string): Dependent[] | null {
  const x = g.index.get(nodeId);
  if (x === undefined) return null;
  if (!mixesProportionally(g) || recipeView(g) !== null) return byRemoval(g, x);
  const state = baselineState(g);
  const w = new Float64Array(g.m);
  for (let e = 0; e < g.m; e++) {
    const t = g.edgeTarget[e] as number;
    const s = state.nodeSupply[t] as number;
    // Nothing flows back into x: it is the origin of the trace.
    w[e] = t === x || s <= 0 ? 0 : (state.edgeFlow[e] as number) / s;
  }
  const b = new Float64Array(g.n);
  b[x] = 1;
  const d = forwardSolve(g, w, b).x;
  const out: Dependent[] = [];
  for (const e of g.endUsers) {
    const share = Math.min(1, d[e] as number);
    if (share > 0) {
      out.push({ id: g.ids[e] as string, through: share * (g.supply[e] as number), share });
    }
  }
  return out.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function byRemoval(g: SupplyGraph, x: number): Dependent[] {
  const f = unitFactors(g);
  f.node[x] = 0;
  // With recipes, on the graph that expands them (recipeView.ts): end users keep their order.
  const seam = flowSeam(g, f);
  const after = propagateNoSubstitution(seam.g, seam.f).served;
  const out: Dependent[] = [];
  g.endUsers.forEach((e, i) => {
    const baseline = g.supply[e] as number;
    const lost = Math.max(0, baseline - (after[i] as number));
    if (lost > 1e-12 * baseline && baseline > 0) {
      out.push({ id: g.ids[e] as string, through: lost, share: Math.min(1, lost / baseline) });
    }
  });
  return out.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
