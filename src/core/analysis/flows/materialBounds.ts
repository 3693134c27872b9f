// Upper bounds, per material, on what each node could put out once supply is rerouted: what the
// interim max-flow rerouting (rerouting.ts) uses to respect materials. A max-flow cannot tell
// NdPr from Dy/Tb, so it would let a magnet maker short of Dy/Tb make up with NdPr; these bounds
// cap each converter at what its scarcest input could possibly supply, which also leaves a
// converter whose only supplier of an input is gone at zero.
//
// Forward, in topological order (what a node could get is what its suppliers could send):
//   an edge sends at most k(e) · flow when an intervention cuts it (k < 1), and at most what its
//     source could put out of its material;
//   a pass-through node could put out of m what could reach it plus its production of m (a mine
//     its capacity, shared by outflow), and in all at most c · capacity (unknown: its baseline
//     outflow, since an unknown capacity is never spare);
//   a converter could run at activity min(c · capacity / baseline outflow, min over inputs m of
//     what could reach it / B_m), putting out each output in its baseline proportion.
// Inside a recycling loop the bounds start unlimited and are tightened by a few passes: every
// pass keeps them upper bounds, so stopping early is safe, merely looser.
import type { FlowFactors } from './noSubstitution.ts';
import { MINE_STAGE, type SupplyGraph } from './supplyGraph.ts';

const LOOP_PASSES = 4;

export interface MaterialBounds {
  /** Per node: the most it could put out in all (tonnes a year). */
  readonly nodeOut: Float64Array;
  /** Per converter: the most activity it could reach (1 = baseline); 1 elsewhere. */
  readonly activity: Float64Array;
}

/** The most node v can put out in all: c · capacity, or c · baseline outflow when unknown. */
export function outputLimit(g: SupplyGraph, f: FlowFactors, v: number): number {
  const c = Math.max(0, f.node[v] as number);
  const known = g.capacity[v] as number;
  return c * (Number.isNaN(known) ? (g.outflow[v] as number) : known);
}

export function materialBounds(g: SupplyGraph, f: FlowFactors): MaterialBounds {
  const { n, slotStart, slotBase, slotOut, slotProduction, edgeInSlot, edgeOutSlot } = g;
  const slotMaxOut = new Float64Array(slotBase.length).fill(Infinity);
  const slotMaxIn = new Float64Array(slotBase.length);
  const nodeOut = new Float64Array(n).fill(Infinity);
  const activity = new Float64Array(n).fill(1);
  const update = (v: number) => {
    const lo = slotStart[v] as number;
    const hi = slotStart[v + 1] as number;
    for (let k = lo; k < hi; k++) slotMaxIn[k] = 0;
    for (let i = g.inStart[v] as number; i < (g.inStart[v + 1] as number); i++) {
      const e = g.inEdge[i] as number;
      const k = f.edge[e] as number;
      const cut = k >= 1 ? Infinity : Math.max(0, k) * (g.edgeFlow[e] as number);
      const send = Math.min(cut, slotMaxOut[edgeOutSlot[e] as number] as number);
      const s = edgeInSlot[e] as number;
      slotMaxIn[s] = (slotMaxIn[s] as number) + send;
    }
    const limit = outputLimit(g, f, v);
    const baseOut = g.outflow[v] as number;
    if (g.converter[v] === 1) {
      let x = baseOut > 0 ? limit / baseOut : Math.max(0, Math.min(1, f.node[v] as number));
      for (let k = lo; k < hi; k++) {
        const b = slotBase[k] as number;
        if (b > 0) x = Math.min(x, (slotMaxIn[k] as number) / b);
      }
      activity[v] = x;
      nodeOut[v] = x * baseOut;
      for (let k = lo; k < hi; k++) slotMaxOut[k] = x * (slotOut[k] as number);
      return;
    }
    const isMine = g.stage[v] === MINE_STAGE;
    const production = g.production[v] as number;
    const known = g.capacity[v] as number;
    const c = Math.max(0, f.node[v] as number);
    const sourced = isMine && !Number.isNaN(known) ? c * Math.max(known, production) : production;
    let total = 0;
    for (let k = lo; k < hi; k++) {
      const p = production > 0 ? (sourced * (slotProduction[k] as number)) / production : 0;
      const out = Math.min(limit, (slotMaxIn[k] as number) + p);
      slotMaxOut[k] = out;
      total += out;
    }
    nodeOut[v] = Math.min(limit, total);
  };
  const { nodes, start, cyclic } = g.order;
  for (let comp = 0; comp < cyclic.length; comp++) {
    const passes = cyclic[comp] === 1 ? LOOP_PASSES : 1;
    for (let pass = 0; pass < passes; pass++) {
      for (let i = start[comp] as number; i < (start[comp + 1] as number); i++) {
        update(nodes[i] as number);
      }
    }
  }
  return { nodeOut, activity };
}
