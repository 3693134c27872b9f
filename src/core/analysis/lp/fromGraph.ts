// The seam between the engine's indexed graph and the linear programs: the plain-data network
// the programs read, in the graph's own order (nodes by id, edges by source, target, material),
// so the engine's scenario factors (graph order) apply as they are.
//
// What the graph does not say is passed in: which nodes are converters and which end users are
// demand outside the model. By default mines are the only converters (a mine is a converter with
// no inputs) and nobody is outside: the single-material network of dataset version 2, where every
// edge carries the one material "" and every other node passes it on.
import { END_USER_STAGE, MINE_STAGE, type SupplyGraph } from '../supplyGraph.ts';
import type { LpNetwork } from './types.ts';

export interface NodeRoles {
  readonly converter?: (v: number) => boolean;
  readonly outside?: (v: number) => boolean;
}

export function lpNetworkFromGraph(g: SupplyGraph, roles: NodeRoles = {}): LpNetwork {
  const converter = roles.converter ?? ((v: number) => g.stage[v] === MINE_STAGE);
  const outside = roles.outside ?? (() => false);
  const nodes = g.ids.map((id, v) => {
    const capacity = g.capacity[v] as number;
    return {
      id,
      converter: converter(v),
      capacity: Number.isNaN(capacity) ? null : capacity,
      endUser: g.stage[v] === END_USER_STAGE,
      outside: outside(v),
    };
  });
  const edges = Array.from({ length: g.m }, (_, e) => ({
    source: g.edgeSource[e] as number,
    target: g.edgeTarget[e] as number,
    material: g.edgeMaterial[e] ?? '',
    flow: g.edgeFlow[e] as number,
  }));
  return { nodes, edges };
}
