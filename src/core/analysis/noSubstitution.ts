// The immediate shock: nobody reroutes. Exactly the oracle's no-substitution model
// (../shared/oracle/README.md):
//   B(v) = baseline inflow + production, N(v) = the same under the scenario,
//   a(v) = c(v) * min(1, N(v) / B(v))   (a(v) = c(v) when B(v) = 0),
//   every out-edge carries flow * a(source) * edgeFactor(edge).
// c(v) is the node's capacity factor (0 removed, 0.3 for a 70% cut); capacity factors above 1
// are taken as 1 here, because without rerouting spare capacity cannot create supply. Edge
// factors come from blocked edges and routes. Iterated from a = c until no a(v) moves by more
// than 1e-12 (one pass on an acyclic graph).
//
// A node's scenario throughput is a(v) * B(v): what it handles. For an end user this is what it
// receives and uses, so a removed end user receives nothing.
import { sweepComponent } from './linearFlow.ts';
import type { SupplyGraph } from './supplyGraph.ts';

export interface FlowFactors {
  /** Capacity factor per node (graph order); 1 = untouched. */
  readonly node: Float64Array;
  /** Factor per edge (graph order); 1 = untouched, 0 = blocked. */
  readonly edge: Float64Array;
}

export interface NoSubstitutionState {
  /** a(v) per node. */
  readonly availability: Float64Array;
  /** N(v): what reaches the node (inflow + production) under the scenario. */
  readonly nodeIn: Float64Array;
  /** a(v) * B(v). */
  readonly throughput: Float64Array;
  readonly edgeFlow: Float64Array;
  readonly converged: boolean;
}

export function unitFactors(g: SupplyGraph): FlowFactors {
  return { node: new Float64Array(g.n).fill(1), edge: new Float64Array(g.m).fill(1) };
}

export function propagateNoSubstitution(g: SupplyGraph, f: FlowFactors): NoSubstitutionState {
  const { n, m, inStart, inEdge, edgeSource, edgeFlow, supply, production } = g;
  const c = new Float64Array(n);
  for (let v = 0; v < n; v++) c[v] = Math.min(1, Math.max(0, f.node[v] as number));
  const a = Float64Array.from(c);
  const nodeIn = new Float64Array(n);
  const update = (v: number): number => {
    let sum = production[v] as number;
    for (let i = inStart[v] as number; i < (inStart[v + 1] as number); i++) {
      const e = inEdge[i] as number;
      sum +=
        (edgeFlow[e] as number) * (a[edgeSource[e] as number] as number) * (f.edge[e] as number);
    }
    nodeIn[v] = sum;
    const b = supply[v] as number;
    const next = b > 0 ? (c[v] as number) * Math.min(1, sum / b) : (c[v] as number);
    const change = Math.abs(next - (a[v] as number));
    a[v] = next;
    return change;
  };
  let converged = true;
  for (let comp = 0; comp < g.order.cyclic.length; comp++) {
    if (!sweepComponent(g, comp, update)) converged = false;
  }
  const throughput = new Float64Array(n);
  for (let v = 0; v < n; v++) throughput[v] = (a[v] as number) * (supply[v] as number);
  const flows = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    flows[e] =
      (edgeFlow[e] as number) * (a[edgeSource[e] as number] as number) * (f.edge[e] as number);
  }
  return { availability: a, nodeIn, throughput, edgeFlow: flows, converged };
}
