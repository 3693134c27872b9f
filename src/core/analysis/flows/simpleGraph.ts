// The supply graph as a simple directed graph (at most one link per ordered pair of nodes, no
// self-loops), which is what structural measures are defined on: two flows of different
// materials between the same two firms are one trade link, weighted by their summed flow. This is
// also what networkx's DiGraph, the oracle's reference, holds.
import { groupByKey } from './csr.ts';
import { oncePer } from '../../oncePer.ts';
import type { SupplyGraph } from './supplyGraph.ts';

export interface SimpleGraph {
  readonly n: number;
  /** Links leaving v: linkTarget[outStart[v]..outStart[v+1]], with linkWeight (summed flow). */
  readonly outStart: Int32Array;
  readonly linkTarget: Int32Array;
  readonly linkWeight: Float64Array;
  /** Links entering v: linkSource[inStart[v]..inStart[v+1]]. */
  readonly inStart: Int32Array;
  readonly linkSource: Int32Array;
}

export const simpleGraph = oncePer((g: SupplyGraph): SimpleGraph => {
  const { n, outStart: edgeStart, edgeTarget, edgeFlow } = g;
  const outStart = new Int32Array(n + 1);
  const target: number[] = [];
  const weight: number[] = [];
  for (let v = 0; v < n; v++) {
    let last = -1;
    // Edges of v are sorted by target, so parallel edges are neighbours.
    for (let e = edgeStart[v] as number; e < (edgeStart[v + 1] as number); e++) {
      const t = edgeTarget[e] as number;
      if (t === v) continue;
      if (t === last) {
        weight[weight.length - 1] = (weight[weight.length - 1] as number) + (edgeFlow[e] as number);
        continue;
      }
      target.push(t);
      weight.push(edgeFlow[e] as number);
      last = t;
    }
    outStart[v + 1] = target.length;
  }
  const linkTarget = Int32Array.from(target);
  const linkTail = new Int32Array(linkTarget.length);
  for (let v = 0; v < n; v++) {
    linkTail.fill(v, outStart[v] as number, outStart[v + 1] as number);
  }
  const { start: inStart, items } = groupByKey(n, linkTarget);
  const linkSource = Int32Array.from(items, (link) => linkTail[link] as number);
  return {
    n,
    outStart,
    linkTarget,
    linkWeight: Float64Array.from(weight),
    inStart,
    linkSource,
  };
});
