// The seam between the engine's indexed graph and the linear programs: the plain-data network
// the programs read, in the graph's own order (nodes by id, edges by source, target, material),
// so the engine's scenario factors (graph order) apply as they are.
//
// Converters are the graph's converters and every mine (a mine is a converter with no inputs);
// outside demand is the graph's `outside`. A node other than a converter that has production of
// its own (a recycler) gets a producer beside it: a converter with no inputs named
// "<id> production", feeding it its production of each material over one link per material
// (g.slotProduction). Its capacity is unknown, so it never puts out more than it produced at
// baseline, and the node's own factor applies to it too.
import { propagateNoSubstitution, type FlowFactors } from '../../flows/noSubstitution.ts';
import { END_USER_STAGE, MINE_STAGE, type SupplyGraph } from '../../flows/supplyGraph.ts';
import type { LpEdge, LpNetwork, LpNode, LpScenario } from './types.ts';

const isConverter = (g: SupplyGraph, v: number): boolean =>
  g.converter[v] === 1 || g.stage[v] === MINE_STAGE;

/** Nodes with production that are not converters, and their production per material. */
function producers(g: SupplyGraph): { v: number; material: string; amount: number }[][] {
  const out: { v: number; material: string; amount: number }[][] = [];
  for (let v = 0; v < g.n; v++) {
    if (!((g.production[v] as number) > 0) || isConverter(g, v)) continue;
    const made: { v: number; material: string; amount: number }[] = [];
    for (let k = g.slotStart[v] as number; k < (g.slotStart[v + 1] as number); k++) {
      const amount = g.slotProduction[k] as number;
      const material = g.materials[g.slotMaterial[k] as number] as string;
      if (amount > 0) made.push({ v, material, amount });
    }
    if (made.length > 0) out.push(made);
  }
  return out;
}

export function lpNetworkFromGraph(g: SupplyGraph): LpNetwork {
  const nodes: LpNode[] = g.ids.map((id, v) => {
    const capacity = g.capacity[v] as number;
    return {
      id,
      converter: isConverter(g, v),
      capacity: Number.isNaN(capacity) ? null : capacity,
      endUser: g.stage[v] === END_USER_STAGE,
      outside: g.outside[v] === 1,
    };
  });
  const edges: LpEdge[] = Array.from({ length: g.m }, (_, e) => ({
    source: g.edgeSource[e] as number,
    target: g.edgeTarget[e] as number,
    material: g.materials[g.edgeMaterialIndex[e] as number] as string,
    flow: g.edgeFlow[e] as number,
  }));
  for (const made of producers(g)) {
    const source = nodes.length;
    for (const { v, material, amount } of made) {
      edges.push({ source, target: v, material, flow: amount });
    }
    const id = `${g.ids[(made[0] as { v: number }).v] as string} production`;
    nodes.push({ id, converter: true, capacity: null, endUser: false, outside: false });
  }
  return { nodes, edges };
}

/**
 * The scenario for lpNetworkFromGraph's network: the engine's factors and each end user's
 * no-substitution amount (g.endUsers order), extended to the producers it added.
 */
export function lpScenarioFromGraph(
  g: SupplyGraph,
  f: FlowFactors,
  noSubstitution: ArrayLike<number>,
): LpScenario {
  const made = producers(g);
  const extraEdges = made.reduce((a, list) => a + list.length, 0);
  const nodeFactor = new Float64Array(g.n + made.length);
  nodeFactor.set(f.node);
  made.forEach((list, i) => (nodeFactor[g.n + i] = f.node[(list[0] as { v: number }).v] as number));
  const edgeFactor = new Float64Array(g.m + extraEdges).fill(1);
  edgeFactor.set(f.edge);
  const ns = new Float64Array(g.n + made.length);
  g.endUsers.forEach((v, i) => (ns[v] = noSubstitution[i] as number));
  return { nodeFactor, edgeFactor, noSubstitution: ns, start: startOf(g, f, made) };
}

/**
 * The no-substitution state in the programs' variables: each edge's flow, each converter's
 * activity (its output over baseline), and each producer added beside a recycler at its
 * production. Where it misses a row or a bound (region.ts checks), the variables there are
 * solved, not held.
 */
function startOf(g: SupplyGraph, f: FlowFactors, made: ReturnType<typeof producers>) {
  const state = propagateNoSubstitution(g, f);
  const edgeFlow = new Float64Array(g.m + made.reduce((a, list) => a + list.length, 0));
  edgeFlow.set(state.edgeFlow);
  let e = g.m;
  for (const list of made) for (const { amount } of list) edgeFlow[e++] = amount;
  const activity = new Float64Array(g.n + made.length).fill(1);
  for (let v = 0; v < g.n; v++) {
    if (isConverter(g, v)) activity[v] = state.availability[v] as number;
  }
  return { edgeFlow, activity };
}
