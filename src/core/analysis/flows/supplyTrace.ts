// Supply tracing along a flow state (the baseline, or a scenario's no-substitution flows):
// material mixes proportionally at every node, so a node's out-flows carry its sources in the
// same proportions as its intake.
//
// through(x) = how much end-user supply has passed through x. Under the no-substitution model
// this is exactly the end-user supply lost if x alone is removed: removal only lowers supply, and
// while supply only falls every a(v) = c(v) N(v)/B(v) is linear, so the loss is the linear
// response to x's availability dropping from 1 to 0. With relative drop d(v) = dS(v)/S(v),
//   loss = sum over end users of delivered(e) * d(e),  d(y) = sum over u->y of F(u,y)/S(y) d(u),
// and its adjoint, solved once for all x by a backward pass, is
//   h(v) = delivered(v) + sum over v->y of F(v,y)/S(y) * h(y).
// On an acyclic graph through(x) = h(x). In a recycling loop material can come back to x, and h
// counts it again although a removed x passes nothing on a second time: the loss with x pinned at
// 0 is h(x) / R(x), where R(x) >= 1 is the total drop x would see from its own unit drop
// coming back round the loop (the diagonal of (I - P)^-1). R(x) is 1 outside loops; inside a
// loop see loopReturn.ts.
import { backwardSolve, forwardSolve, type Solved } from './linearFlow.ts';
import { loopReturnFactors } from './loopReturn.ts';
import type { SupplyGraph } from './supplyGraph.ts';

export interface FlowState {
  /** Flow per edge (graph order). */
  readonly edgeFlow: Float64Array;
  /** S(v): what reaches each node, inflow plus production. */
  readonly nodeSupply: Float64Array;
  /** What each end user receives and uses (0 for other nodes). */
  readonly delivered: Float64Array;
}

export interface Tracer {
  readonly state: FlowState;
  /** F(e) / S(target): the share of the target's intake carried by e. */
  readonly intakeShare: Float64Array;
  /** R(x), see above; 1 outside loops. */
  readonly returnFactor: Float64Array;
  readonly converged: boolean;
}

export function baselineState(g: SupplyGraph): FlowState {
  const delivered = new Float64Array(g.n);
  for (const e of g.endUsers) delivered[e] = g.supply[e] as number;
  return { edgeFlow: g.edgeFlow, nodeSupply: g.supply, delivered };
}

export function createTracer(g: SupplyGraph, state: FlowState): Tracer {
  const intakeShare = new Float64Array(g.m);
  for (let e = 0; e < g.m; e++) {
    const s = state.nodeSupply[g.edgeTarget[e] as number] as number;
    intakeShare[e] = s > 0 ? (state.edgeFlow[e] as number) / s : 0;
  }
  const { factor: returnFactor, converged } = loopReturnFactors(g, intakeShare);
  return { state, intakeShare, returnFactor, converged };
}

/** End-user supply that passed through each node (tonnes): the no-substitution removal loss. */
export function supplyThrough(g: SupplyGraph, tracer: Tracer, weights?: Float64Array): Solved {
  const { x, converged } = backwardSolve(g, tracer.intakeShare, weights ?? tracer.state.delivered);
  for (let v = 0; v < g.n; v++) x[v] = (x[v] as number) / (tracer.returnFactor[v] as number);
  return { x, converged: converged && tracer.converged };
}

/** How much of one end user's supply passed through each node (tonnes). */
export function traceEndUserThrough(g: SupplyGraph, tracer: Tracer, endUser: number): Solved {
  const weights = new Float64Array(g.n);
  weights[endUser] = tracer.state.delivered[endUser] as number;
  return supplyThrough(g, tracer, weights);
}

/**
 * Supply of every node by the country where it was mined (tonnes), `countries.length` values per
 * node: production enters in its node's country and mixes proportionally downstream.
 */
export function supplyByOrigin(
  g: SupplyGraph,
  tracer: Tracer,
  production: Float64Array,
): { countries: readonly string[]; amounts: Float64Array; converged: boolean } {
  const producing = [...new Set(Array.from(g.mines, (v) => g.country[v] as number))];
  for (let v = 0; v < g.n; v++) {
    const k = g.country[v] as number;
    if ((production[v] as number) > 0 && !producing.includes(k)) producing.push(k);
  }
  producing.sort((a, b) => a - b);
  const dim = producing.length;
  const slot = new Map(producing.map((k, i) => [k, i] as const));
  const b = new Float64Array(g.n * dim);
  for (let v = 0; v < g.n; v++) {
    const i = slot.get(g.country[v] as number);
    if (i !== undefined) b[v * dim + i] = production[v] as number;
  }
  // Forward weights: the share of the source's intake that leaves on the edge.
  const w = new Float64Array(g.m);
  for (let e = 0; e < g.m; e++) {
    const s = tracer.state.nodeSupply[g.edgeSource[e] as number] as number;
    w[e] = s > 0 ? (tracer.state.edgeFlow[e] as number) / s : 0;
  }
  const { x, converged } = forwardSolve(g, w, b, dim);
  return { countries: producing.map((k) => g.countries[k] as string), amounts: x, converged };
}
