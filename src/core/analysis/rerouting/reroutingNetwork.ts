// The flow network behind the "after rerouting" outcome (the oracle README's max-flow), built
// once per graph, with capacities set per scenario. Each node is split into in -> out so that a
// node's capacity is an arc:
//   source -> mine:       the mine's capacity (its production when unknown); any other node with
//                         production gets a source arc of that production
//   v_in -> v_out:        c(v) * capacity(v); unknown capacity = its baseline outflow (an unknown
//                         capacity is never spare: what a node took in but did not pass on to
//                         modelled users went to real demand outside the data); for an end user,
//                         c(v) * its baseline inflow. Each is also capped by materialBounds.ts, so
//                         a converter runs no faster than its scarcest input allows
//   u_out -> v_in:        unlimited for an existing link; factor * baseline flow when a route is
//                         cut to a factor; 0 when blocked
//   end user out -> sink: set by the allocation (rerouting.ts), at most c(e) * baseline inflow
import { createFlowNetwork, setCapacity, setFlows, type FlowNetwork } from '../flows/maxFlow.ts';
import { materialBounds, outputLimit } from '../flows/materialBounds.ts';
import type { FlowFactors, NoSubstitutionState } from '../flows/noSubstitution.ts';
import { oncePer } from '../../oncePer.ts';
import { END_USER_STAGE, MINE_STAGE, type SupplyGraph } from '../flows/supplyGraph.ts';

export interface Layout {
  readonly net: FlowNetwork;
  readonly source: number;
  readonly sink: number;
  /** Input arc number of each node's source arc (-1 when none). */
  readonly sourceArc: Int32Array;
  /** Input arc number of the first sink arc; end user i (in g.endUsers order) has base + i. */
  readonly sinkArcBase: number;
  readonly epsilon: number;
}

/** Arc k: node arcs 0..n-1, edge arcs n..n+m-1, then source arcs, then sink arcs. */
export const layoutFor = oncePer((g: SupplyGraph): Layout => {
  const { n, m, edgeSource, edgeTarget, endUsers } = g;
  const fed: number[] = [];
  for (let v = 0; v < n; v++) if (isFed(g, v)) fed.push(v);
  const arcs = n + m + fed.length + endUsers.length;
  const source = 2 * n;
  const sink = 2 * n + 1;
  const tails = new Int32Array(arcs);
  const heads = new Int32Array(arcs);
  for (let v = 0; v < n; v++) {
    tails[v] = 2 * v;
    heads[v] = 2 * v + 1;
  }
  for (let e = 0; e < m; e++) {
    tails[n + e] = 2 * (edgeSource[e] as number) + 1;
    heads[n + e] = 2 * (edgeTarget[e] as number);
  }
  const sourceArc = new Int32Array(n).fill(-1);
  fed.forEach((v, i) => {
    tails[n + m + i] = source;
    heads[n + m + i] = 2 * v;
    sourceArc[v] = n + m + i;
  });
  const sinkArcBase = n + m + fed.length;
  endUsers.forEach((v, i) => {
    tails[sinkArcBase + i] = 2 * v + 1;
    heads[sinkArcBase + i] = sink;
  });
  let scale = 1;
  for (let v = 0; v < n; v++) scale += g.supply[v] as number;
  return {
    net: createFlowNetwork(2 * n + 2, tails, heads),
    source,
    sink,
    sourceArc,
    sinkArcBase,
    epsilon: 1e-12 * scale,
  };
});

function isFed(g: SupplyGraph, v: number): boolean {
  return g.stage[v] === MINE_STAGE || (g.production[v] as number) > 0;
}

/**
 * Sets node and edge arc capacities for scenario `f` (source and sink arcs are left alone). The
 * flows on the network are stale afterwards: set them (warmStart, or clearFlows) before use.
 */
export function setScenarioCapacities(g: SupplyGraph, layout: Layout, f: FlowFactors): void {
  const { n, m } = g;
  const { cap, arc } = layout.net;
  const at = (k: number): number => arc[k] as number;
  const bounds = materialBounds(g, f);
  for (let v = 0; v < n; v++) {
    const c = Math.max(0, f.node[v] as number);
    if (g.stage[v] === END_USER_STAGE) {
      const supply = g.supply[v] as number;
      const x = g.converter[v] === 1 ? Math.min(c, bounds.activity[v] as number) : c;
      cap[at(v)] = x * supply;
    } else {
      cap[at(v)] = Math.min(outputLimit(g, f, v), bounds.nodeOut[v] as number);
    }
  }
  for (let e = 0; e < m; e++) {
    const factor = f.edge[e] as number;
    cap[at(n + e)] = factor >= 1 ? Infinity : Math.max(0, factor) * (g.edgeFlow[e] as number);
  }
}

/**
 * Source arcs: 'production' lets each mine put in only what it produces at baseline;
 * 'capacity' lets it use its spare capacity too (production when its capacity is unknown).
 */
export function setSourceCapacities(
  g: SupplyGraph,
  layout: Layout,
  limit: 'production' | 'capacity',
): void {
  for (let v = 0; v < g.n; v++) {
    const sa = layout.sourceArc[v] as number;
    if (sa < 0) continue;
    const production = g.production[v] as number;
    const known = g.capacity[v] as number;
    const spare = limit === 'capacity' && g.stage[v] === MINE_STAGE && !Number.isNaN(known);
    setCapacity(layout.net, sa, spare ? Math.max(known, production) : production);
  }
}

/**
 * Phase 0 without search, on an acyclic graph: the no-substitution flows, trimmed so that each
 * node passes on exactly what it receives (walking from end users back to mines, a node's
 * in-flows are scaled down to what it sends on), are a flow that gives every end user its
 * no-substitution supply. Returns false (and the caller starts from zero) when there are loops
 * or the result breaks a capacity, as it can when baseline flows exceed stated capacities.
 */
export function warmStart(g: SupplyGraph, layout: Layout, noSub: NoSubstitutionState): boolean {
  if (g.order.hasCycles) return false;
  const { net, sourceArc, sinkArcBase, epsilon } = layout;
  const { n, outStart, inStart, inEdge, endUsers } = g;
  const flow = new Float64Array(net.arc.length);
  const edgeFlow = Float64Array.from(noSub.edgeFlow);
  const endPosition = new Int32Array(n).fill(-1);
  endUsers.forEach((v, i) => (endPosition[v] = i));
  const order = g.order.nodes;
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i] as number;
    let out = 0;
    for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
      out += edgeFlow[e] as number;
    }
    const p = endPosition[v] as number;
    if (p >= 0) {
      const delivered = noSub.throughput[v] as number;
      flow[sinkArcBase + p] = delivered;
      out += delivered;
    }
    const received = noSub.nodeIn[v] as number;
    if (out > received * (1 + 1e-12) + epsilon) return false;
    const scale = received > 0 ? out / received : 0;
    for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k++) {
      const e = inEdge[k] as number;
      edgeFlow[e] = (edgeFlow[e] as number) * scale;
    }
    const sa = sourceArc[v] as number;
    if (sa >= 0) flow[sa] = (g.production[v] as number) * scale;
    flow[v] = out;
  }
  flow.set(edgeFlow, n);
  for (let k = 0; k < flow.length; k++) {
    if ((flow[k] as number) > (net.cap[net.arc[k] as number] as number) + epsilon) return false;
  }
  setFlows(net, flow);
  return true;
}
