// Who feeds whom: per-node flows in and out, and the whole supply tree (upstream) or customer
// tree (downstream) of a node. Edges are referred to by their index in the network.
import { oncePer } from './oncePer.ts';
import type { SupplyNetwork } from './model.ts';

export interface Neighbourhood {
  /** Edge indices into each node, and out of it. */
  readonly inEdges: ReadonlyMap<string, readonly number[]>;
  readonly outEdges: ReadonlyMap<string, readonly number[]>;
}

/** Built once per network (networks are immutable), so views can ask on every change. */
export const neighbourhood: (network: SupplyNetwork) => Neighbourhood = oncePer(
  (network: SupplyNetwork) => buildNeighbourhood(network),
);

function buildNeighbourhood(network: SupplyNetwork): Neighbourhood {
  const inEdges = new Map<string, number[]>();
  const outEdges = new Map<string, number[]>();
  for (const n of network.nodes) {
    inEdges.set(n.id, []);
    outEdges.set(n.id, []);
  }
  network.edges.forEach((e, i) => {
    outEdges.get(e.source)?.push(i);
    inEdges.get(e.target)?.push(i);
  });
  return { inEdges, outEdges };
}

/**
 * Nodes and edges reachable from `start` against the flow (upstream: its suppliers, their
 * suppliers, …) or with it (downstream: its customers, …). Includes `start`. Cycles are fine.
 */
export function reach(
  network: SupplyNetwork,
  hood: Neighbourhood,
  start: string,
  direction: 'upstream' | 'downstream',
): { nodes: Set<string>; edges: Set<number> } {
  const nodes = new Set<string>([start]);
  const edges = new Set<number>();
  const stack = [start];
  const along = direction === 'upstream' ? hood.inEdges : hood.outEdges;
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const ei of along.get(id) ?? []) {
      edges.add(ei);
      const e = network.edges[ei];
      if (e === undefined) continue;
      const next = direction === 'upstream' ? e.source : e.target;
      if (!nodes.has(next)) {
        nodes.add(next);
        stack.push(next);
      }
    }
  }
  return { nodes, edges };
}
