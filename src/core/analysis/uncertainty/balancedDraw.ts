// One draw of the network for the ranges: the primary figures are drawn and the rest follows, so
// that every draw balances as the point model does.
//
// Drawn (triangular(low, value, high), in a fixed order: edges, then nodes, then stocks):
// - each mine's (each producing node's) output;
// - each edge's flow, read as a weight: a pass-through node's outflow of a material is split among
//   its customers in proportion to the drawn weights (the node's split), and a converter's
//   out-edge gives its yield (what it puts out on that link at baseline activity);
// - each known capacity, as spare capacity over baseline output (see below);
// - each stock.
// Derived, in the order material moves (loops swept until they settle):
// - a pass-through node ships, per material, the same share of what it receives (inflow and its
//   own production) as at baseline: usually all of it. So the same tonnes passing through an
//   intermediary are drawn once, where they are split, never again downstream;
// - a converter runs at activity a = min over its inputs of arrived / baseline input (it needs
//   every input in its recipe's proportions, as in the model) and puts out a × each drawn yield;
//   with no inputs, a = drawn output / baseline output. When its inputs' draws disagree, the
//   scarcest sets the activity and the others arrive in surplus: the draw's converter takes all
//   it receives (so the no-substitution model and the programs read one network), needing a
//   little more of the abundant input per tonne made than at baseline;
// - a capacity: an unknown one stays unknown, which the models read as baseline output in every
//   draw (never spare); a known one equal to baseline output stays equal to the draw's output
//   (no spare appears); a known one above it keeps its drawn spare, capacity − baseline output.
import { oncePer } from '../../oncePer.ts';
import { sweepComponent } from '../flows/linearFlow.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

/** A capacity within this share of baseline output is that output (no spare capacity). */
const NO_SPARE = 1e-9;

/** A value drawn from triangular(low, mode, high) by inverting its distribution function. */
export function triangular(u: number, low: number, mode: number, high: number): number {
  if (!(high > low)) return mode;
  const m = Math.min(high, Math.max(low, mode));
  const cut = (m - low) / (high - low);
  return u < cut
    ? low + Math.sqrt(u * (high - low) * (m - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - m));
}

/** Positions of the figures that carry a range, per kind (found once per graph). */
const rangedOf = oncePer((g: SupplyGraph) => {
  const ranged = (low: Float64Array) => {
    const at: number[] = [];
    for (let i = 0; i < low.length; i++) if (!Number.isNaN(low[i])) at.push(i);
    return Int32Array.from(at);
  };
  const r = g.ranges;
  return {
    edge: ranged(r.edgeLow),
    production: ranged(r.productionLow),
    capacity: ranged(r.capacityLow),
    stock: ranged(r.stockLow),
  };
});

/** Random numbers one draw takes: one per figure with a range, the same for every draw. */
export function numbersPerDraw(g: SupplyGraph): number {
  const at = rangedOf(g);
  return at.edge.length + at.production.length + at.capacity.length + at.stock.length;
}

/** `values` with the figures at `at` drawn from their ranges, in order. */
function pick(
  values: Float64Array,
  low: Float64Array,
  high: Float64Array,
  at: Int32Array,
  random: () => number,
): Float64Array {
  const out = values.slice();
  for (let j = 0; j < at.length; j++) {
    const i = at[j] as number;
    out[i] = triangular(random(), low[i] as number, values[i] as number, high[i] as number);
  }
  return out;
}

/** The primary figures of one draw, each from its range (its own value where it has none). */
function drawPrimaries(g: SupplyGraph, random: () => number) {
  const r = g.ranges;
  const at = rangedOf(g);
  return {
    weight: pick(g.edgeFlow, r.edgeLow, r.edgeHigh, at.edge, random),
    production: pick(g.production, r.productionLow, r.productionHigh, at.production, random),
    capacity: pick(g.capacity, r.capacityLow, r.capacityHigh, at.capacity, random),
    slotStock: pick(g.slotStock, r.stockLow, r.stockHigh, at.stock, random),
  };
}

/** Flows of the draw: each node's out-edges set from what reaches it, in the order material moves. */
function propagate(g: SupplyGraph, weight: Float64Array, production: Float64Array) {
  const { slotStart, outStart, inStart, inEdge, edgeInSlot, edgeOutSlot, slotBase } = g;
  const flow = new Float64Array(g.m);
  const activity = new Float64Array(g.n).fill(1);
  const arrived = new Float64Array(slotBase.length);
  const slotWeight = new Float64Array(slotBase.length);
  const set = (e: number, x: number): number => {
    const change = Math.abs(x - (flow[e] as number)) / Math.max(1, Math.abs(x));
    flow[e] = x;
    return change;
  };
  const update = (v: number): number => {
    const lo = slotStart[v] as number;
    const hi = slotStart[v + 1] as number;
    for (let k = lo; k < hi; k++) {
      arrived[k] = 0;
      slotWeight[k] = 0;
    }
    for (let i = inStart[v] as number; i < (inStart[v + 1] as number); i++) {
      const e = inEdge[i] as number;
      const k = edgeInSlot[e] as number;
      arrived[k] = (arrived[k] as number) + (flow[e] as number);
    }
    const p = g.production[v] as number;
    const scale = p > 0 ? (production[v] as number) / p : 1;
    let change = 0;
    if (g.converter[v] === 1) {
      let a = Infinity;
      for (let k = lo; k < hi; k++) {
        const b = slotBase[k] as number;
        if (b > 0) a = Math.min(a, (arrived[k] as number) / b);
      }
      if (a === Infinity) a = scale;
      activity[v] = a;
      for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
        change = Math.max(change, set(e, a * (weight[e] as number)));
      }
      return change;
    }
    for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
      const k = edgeOutSlot[e] as number;
      slotWeight[k] = (slotWeight[k] as number) + (weight[e] as number);
    }
    for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
      const k = edgeOutSlot[e] as number;
      const made = g.slotProduction[k] as number;
      const before = (slotBase[k] as number) + made;
      const now = (arrived[k] as number) + made * scale;
      // The slot's outflow keeps its baseline share of what the node has of the material.
      const out =
        before > 0 ? ((g.slotOut[k] as number) * now) / before : (slotWeight[k] as number);
      const w = slotWeight[k] as number;
      const share = w > 0 ? (weight[e] as number) / w : 0;
      change = Math.max(change, set(e, out * share));
    }
    return change;
  };
  let converged = true;
  for (let c = 0; c < g.order.cyclic.length; c++) {
    if (!sweepComponent(g, c, update)) converged = false;
  }
  return { flow, activity, converged };
}

/** A copy of `g` with every figure that has a range drawn afresh, balanced (structure shared). */
export function drawNetwork(g: SupplyGraph, random: () => number): SupplyGraph {
  const { weight, production, capacity: drawnCapacity, slotStock } = drawPrimaries(g, random);
  const { flow: edgeFlow } = propagate(g, weight, production);
  const inflow = new Float64Array(g.n);
  const outflow = new Float64Array(g.n);
  const slotBase = new Float64Array(g.slotBase.length);
  const slotOut = new Float64Array(g.slotBase.length);
  for (let e = 0; e < g.m; e++) {
    const f = edgeFlow[e] as number;
    const s = g.edgeSource[e] as number;
    const t = g.edgeTarget[e] as number;
    outflow[s] = (outflow[s] as number) + f;
    inflow[t] = (inflow[t] as number) + f;
    const i = g.edgeInSlot[e] as number;
    const o = g.edgeOutSlot[e] as number;
    slotBase[i] = (slotBase[i] as number) + f;
    slotOut[o] = (slotOut[o] as number) + f;
  }
  const supply = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) supply[v] = (inflow[v] as number) + (production[v] as number);
  // Production leaves as the materials it left as at baseline, scaled to the drawn output.
  const slotProduction = new Float64Array(g.slotBase.length);
  for (let v = 0; v < g.n; v++) {
    const p = g.production[v] as number;
    if (!(p > 0)) continue;
    const scale = (production[v] as number) / p;
    for (let k = g.slotStart[v] as number; k < (g.slotStart[v + 1] as number); k++) {
      slotProduction[k] = (g.slotProduction[k] as number) * scale;
    }
  }
  const capacity = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const point = g.capacity[v] as number;
    const base = g.outflow[v] as number;
    if (Number.isNaN(point)) capacity[v] = NaN;
    else if (point <= base * (1 + NO_SPARE)) capacity[v] = outflow[v] as number;
    else capacity[v] = (outflow[v] as number) + Math.max(0, (drawnCapacity[v] as number) - base);
  }
  return {
    ...g,
    edgeFlow,
    production,
    capacity,
    slotStock,
    inflow,
    outflow,
    supply,
    slotBase,
    slotOut,
    slotProduction,
  };
}
