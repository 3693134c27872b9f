// The seam between the engine's indexed graph and the linear programs: the plain-data network
// the programs read, in the graph's own order (nodes by id, edges by source, target, material),
// so the engine's scenario factors (graph order) apply as they are.
//
// A node other than a mine that has production of its own (a recycler) gets a producer beside it:
// a converter with no inputs named "<id> production", feeding it that production over one link
// of the node's first outgoing material. Its capacity is unknown, so it never puts out more than
// it produced at baseline, and the node's own factor applies to it too.
//
// What the graph does not say is passed in: which nodes are converters and which end users are
// demand outside the model. By default mines are the only converters (a mine is a converter with
// no inputs), nobody is outside and every edge carries the one material "": the single-material
// network of the engine as it stands, where every other node passes supply on.
import { END_USER_STAGE, MINE_STAGE, type SupplyGraph } from '../supplyGraph.ts';
import type { FlowFactors } from '../noSubstitution.ts';
import type { LpEdge, LpNetwork, LpNode, LpScenario } from './types.ts';

export interface NodeRoles {
  readonly converter?: (v: number) => boolean;
  readonly outside?: (v: number) => boolean;
  /**
   * Keep each edge's material. Off by default: the engine without per-material flows treats
   * every material as one, so the programs see one material ("") too.
   */
  readonly materials?: boolean;
}

export function lpNetworkFromGraph(g: SupplyGraph, roles: NodeRoles = {}): LpNetwork {
  const converter = roles.converter ?? ((v: number) => g.stage[v] === MINE_STAGE);
  const outside = roles.outside ?? (() => false);
  const nodes: LpNode[] = g.ids.map((id, v) => {
    const capacity = g.capacity[v] as number;
    return {
      id,
      converter: converter(v),
      capacity: Number.isNaN(capacity) ? null : capacity,
      endUser: g.stage[v] === END_USER_STAGE,
      outside: outside(v),
    };
  });
  const edges: LpEdge[] = Array.from({ length: g.m }, (_, e) => ({
    source: g.edgeSource[e] as number,
    target: g.edgeTarget[e] as number,
    material: roles.materials === true ? (g.edgeMaterial[e] ?? '') : '',
    flow: g.edgeFlow[e] as number,
  }));
  for (const v of producers(g, converter)) {
    const first = g.outStart[v] as number;
    const material =
      roles.materials === true && first < (g.outStart[v + 1] as number)
        ? (g.edgeMaterial[first] ?? '')
        : '';
    edges.push({ source: nodes.length, target: v, material, flow: g.production[v] as number });
    const id = `${g.ids[v] as string} production`;
    nodes.push({ id, converter: true, capacity: null, endUser: false, outside: false });
  }
  return { nodes, edges };
}

/** Nodes with production that are not converters themselves, in graph order. */
function producers(g: SupplyGraph, converter: (v: number) => boolean): number[] {
  const out: number[] = [];
  for (let v = 0; v < g.n; v++) if ((g.production[v] as number) > 0 && !converter(v)) out.push(v);
  return out;
}

/**
 * The scenario for lpNetworkFromGraph's network: the engine's factors and each end user's
 * no-substitution amount (per node, graph order), extended to the producers it added.
 */
export function lpScenarioFromGraph(
  g: SupplyGraph,
  f: FlowFactors,
  noSubstitution: ArrayLike<number>,
  roles: NodeRoles = {},
): LpScenario {
  const converter = roles.converter ?? ((v: number) => g.stage[v] === MINE_STAGE);
  const extra = producers(g, converter);
  const nodeFactor = new Float64Array(g.n + extra.length);
  nodeFactor.set(f.node);
  extra.forEach((v, i) => (nodeFactor[g.n + i] = f.node[v] as number));
  const edgeFactor = new Float64Array(g.m + extra.length).fill(1);
  edgeFactor.set(f.edge);
  const ns = new Float64Array(g.n + extra.length);
  for (const v of g.endUsers) ns[v] = noSubstitution[v] as number;
  return { nodeFactor, edgeFactor, noSubstitution: ns };
}
