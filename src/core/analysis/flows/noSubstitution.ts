// The immediate shock: nobody reroutes and no material stands in for another. Exactly the
// oracle's no-substitution model per material (tests/fixtures/oracle/README.md, "Version 2"), which
// on a one-material network is the version-1 model:
//   B_m(v) = baseline inflow of material m, N_m(v) = the same under the scenario;
//   pass-through node: every out-edge of m carries flow · c(v) · min(1, N_m/B_m) · k(e);
//   converter: every out-edge carries flow · c(v) · min over its inputs m of min(1, N_m/B_m) · k(e)
//     (Leontief: it needs every input in its baseline proportions; with no inputs, c(v)).
// Production at a pass-through node joins the material it leaves as (slotProduction, split by
// outflow shares) and is never cut, so min(1, (N_m + P_m)/(B_m + P_m)): for a one-material
// network this is the version-1 a(v) = c(v) · min(1, N(v)/B(v)) with B = inflow + production.
// c(v) is the node's capacity factor (0 removed, 0.3 for a 70% cut), taken as at most 1: without
// rerouting spare capacity cannot create supply. Iterated until no ratio moves by more than
// 1e-12 (one pass on an acyclic graph).
//
// An end user's served amount: pass-through, the sum over materials of min(N_m, c · B_m);
// converter, c · min_m min(1, N_m/B_m) · (sum of its B_m).
//
// Stocks: with `stocks` given (one flag per slot), a node drawing on its stock of m behaves as if
// N_m = B_m (stocks.ts runs the clock).
import { sweepComponent } from './linearFlow.ts';
import { END_USER_STAGE, type SupplyGraph } from './supplyGraph.ts';

export interface FlowFactors {
  /** Capacity factor per node (graph order); 1 = untouched. */
  readonly node: Float64Array;
  /** Factor per edge (graph order); 1 = untouched, 0 = blocked. */
  readonly edge: Float64Array;
}

export interface NoSubstitutionState {
  /** Throughput over baseline throughput per node (c(v) when the baseline is 0). */
  readonly availability: Float64Array;
  /** N(v): what reaches the node (inflow of every material + production) under the scenario. */
  readonly nodeIn: Float64Array;
  /** What the node handles: for an end user, what it is served. */
  readonly throughput: Float64Array;
  readonly edgeFlow: Float64Array;
  /** N_m(v) per slot (see supplyGraph.ts): what arrives, before any stock is drawn. */
  readonly slotIn: Float64Array;
  /** Per end user (g.endUsers order), what it is served. */
  readonly served: Float64Array;
  readonly converged: boolean;
}

export function unitFactors(g: SupplyGraph): FlowFactors {
  return { node: new Float64Array(g.n).fill(1), edge: new Float64Array(g.m).fill(1) };
}

export function propagateNoSubstitution(
  g: SupplyGraph,
  f: FlowFactors,
  stocks?: Uint8Array,
): NoSubstitutionState {
  const { n, m, inStart, inEdge, edgeSource, edgeFlow, converter, slotStart } = g;
  const { slotBase, slotProduction, edgeInSlot, edgeOutSlot } = g;
  const c = new Float64Array(n);
  for (let v = 0; v < n; v++) c[v] = Math.min(1, Math.max(0, f.node[v] as number));
  // Pass-through: ratio per slot; converter: activity (c included) per node.
  const ratio = new Float64Array(slotBase.length).fill(1);
  const activity = Float64Array.from(c);
  const slotIn = new Float64Array(slotBase.length);
  const send = (e: number): number => {
    const s = edgeSource[e] as number;
    return converter[s] === 1
      ? (activity[s] as number)
      : (c[s] as number) * (ratio[edgeOutSlot[e] as number] as number);
  };
  const update = (v: number): number => {
    const lo = slotStart[v] as number;
    const hi = slotStart[v + 1] as number;
    for (let k = lo; k < hi; k++) slotIn[k] = 0;
    for (let i = inStart[v] as number; i < (inStart[v + 1] as number); i++) {
      const e = inEdge[i] as number;
      const k = edgeInSlot[e] as number;
      slotIn[k] = (slotIn[k] as number) + (edgeFlow[e] as number) * send(e) * (f.edge[e] as number);
    }
    let change = 0;
    if (converter[v] === 1) {
      let r = 1;
      for (let k = lo; k < hi; k++) {
        const b = slotBase[k] as number;
        if (b > 0 && stocks?.[k] !== 1) r = Math.min(r, (slotIn[k] as number) / b);
      }
      const next = (c[v] as number) * Math.min(1, r);
      change = Math.abs(next - (activity[v] as number));
      activity[v] = next;
      return change;
    }
    for (let k = lo; k < hi; k++) {
      const p = slotProduction[k] as number;
      const denominator = (slotBase[k] as number) + p;
      const next =
        denominator > 0 && stocks?.[k] !== 1
          ? Math.min(1, ((slotIn[k] as number) + p) / denominator)
          : 1;
      const d = Math.abs(next - (ratio[k] as number));
      if (d > change) change = d;
      ratio[k] = next;
    }
    return change;
  };
  let converged = true;
  for (let comp = 0; comp < g.order.cyclic.length; comp++) {
    if (!sweepComponent(g, comp, update)) converged = false;
  }

  const throughput = new Float64Array(n);
  const nodeIn = new Float64Array(n);
  const availability = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const lo = slotStart[v] as number;
    const hi = slotStart[v + 1] as number;
    const production = g.production[v] as number;
    const cv = c[v] as number;
    let arrived = production;
    for (let k = lo; k < hi; k++) arrived += slotIn[k] as number;
    nodeIn[v] = arrived;
    let t: number;
    if (converter[v] === 1) {
      t = (activity[v] as number) * (g.supply[v] as number);
    } else if (g.stage[v] === END_USER_STAGE) {
      // min(N_m, c B_m) per material, production joining the material it leaves as.
      let assigned = 0;
      t = 0;
      for (let k = lo; k < hi; k++) {
        const p = slotProduction[k] as number;
        const b = slotBase[k] as number;
        const got = stocks?.[k] === 1 ? Math.max(slotIn[k] as number, b) : (slotIn[k] as number);
        t += Math.min(got + p, cv * (b + p));
        assigned += p;
      }
      t += cv * (production - assigned);
    } else {
      let assigned = 0;
      t = 0;
      for (let k = lo; k < hi; k++) {
        const p = slotProduction[k] as number;
        t += cv * (ratio[k] as number) * ((slotBase[k] as number) + p);
        assigned += p;
      }
      t += cv * (production - assigned);
    }
    throughput[v] = t;
    const b = g.supply[v] as number;
    availability[v] = b > 0 ? t / b : cv;
  }
  const flows = new Float64Array(m);
  for (let e = 0; e < m; e++) flows[e] = (edgeFlow[e] as number) * send(e) * (f.edge[e] as number);
  const served = new Float64Array(g.endUsers.length);
  for (let i = 0; i < served.length; i++) served[i] = throughput[g.endUsers[i] as number] as number;
  return { availability, nodeIn, throughput, edgeFlow: flows, slotIn, served, converged };
}
