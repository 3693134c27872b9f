// Stocks over time, and what one step of the run needs from the network: which stocks there are,
// where each sits in a given graph, and the refill rule.
//
// A stock is known by its holder and material, so that it keeps its level across the graphs the
// run switches between (a ramp builds a graph with other capacities).
//
// Refill at once: a holder whose supply of a material is back at baseline (it no longer draws on
// its stock) rebuilds the stock, up to its starting level, from its direct suppliers' spare
// supply of that material, over links no intervention cuts, taking its baseline share of each
// supplier's output of it (the edge's baseline flow ÷ the supplier's baseline outflow):
// - a source (a mine): its known spare capacity, c(u) × capacity(u) less what it ships now; an
//   unknown capacity is never spare, as in rerouting;
// - a pass-through node: what reaches it and it does not pass on (beyond what it kept at
//   baseline), e.g. material an exporter can no longer send where a route is blocked, within its
//   capacity (an unknown one: its baseline output);
// - a converter with inputs: none (making more needs more of every input).
// What a supplier ships and receives are the no-substitution flows. After rerouting the refill is
// the programs' own answer instead (stockProgram.ts).
import type { FlowFactors } from '../flows/noSubstitution.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';
import { SHORTFALL_TOLERANCE } from './stocks.ts';
import { partId } from '../flows/recipes.ts';

export interface StockKeys {
  /** "holder id \0 material", one per stock above 0. */
  readonly keys: readonly string[];
  /** Starting level (tonnes) of each. */
  readonly start: Float64Array;
}

export function stockKeys(g: SupplyGraph): StockKeys {
  const keys: string[] = [];
  const start: number[] = [];
  for (let v = 0; v < g.n; v++) {
    for (let k = g.slotStart[v] as number; k < (g.slotStart[v + 1] as number); k++) {
      const stock = g.slotStock[k] as number;
      if (!(stock > 0)) continue;
      keys.push(`${g.ids[v] as string}\u0000${g.materials[g.slotMaterial[k] as number] as string}`);
      start.push(stock);
    }
  }
  return { keys, start: Float64Array.from(start) };
}

/**
 * The slot of each stock in graph g (-1 when g lacks the holder or the material). With recipes
 * expanded (recipes.ts), a converter's stocks of its inputs sit at its input pool.
 */
export function slotsOf(g: SupplyGraph, stocks: StockKeys): Int32Array {
  return Int32Array.from(stocks.keys, (key) => {
    const [id, material] = key.split('\u0000') as [string, string];
    const x = g.materials.indexOf(material);
    if (x < 0) return -1;
    for (const holder of [id, partId(id, 'inputs')]) {
      const v = g.index.get(holder);
      if (v === undefined) continue;
      for (let k = g.slotStart[v] as number; k < (g.slotStart[v + 1] as number); k++) {
        if (g.slotMaterial[k] === x && (g.slotStock[k] as number) > 0) return k;
      }
    }
    return -1;
  });
}

/** The slots that behave as supplied in full: a stock with tonnes left at a node still running. */
export function activeSlots(
  g: SupplyGraph,
  f: FlowFactors,
  slots: Int32Array,
  active: Uint8Array,
): Uint8Array {
  const out = new Uint8Array(g.slotBase.length);
  slots.forEach((k, j) => {
    if (k < 0 || active[j] !== 1) return;
    if ((f.node[nodeOfSlot(g, k)] as number) > 0) out[k] = 1;
  });
  return out;
}

export function nodeOfSlot(g: SupplyGraph, k: number): number {
  // slotStart is sorted: binary search for the last v with slotStart[v] <= k.
  let lo = 0;
  let hi = g.n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((g.slotStart[mid] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Tonnes a year each stock can be refilled at (see the top of this file): 0 unless its holder's
 * inflow of the material (`slotIn`) is back at baseline. `edgeFlow` is the outcome's flow on
 * each edge (graph order).
 */
export function refillRates(
  g: SupplyGraph,
  f: FlowFactors,
  slots: Int32Array,
  slotIn: ArrayLike<number>,
  edgeFlow: ArrayLike<number>,
  /** Inflow this share below baseline still counts as back at baseline. */
  tolerance: number = SHORTFALL_TOLERANCE,
): Float64Array {
  const shipped = new Float64Array(g.n);
  const shippedOf = new Float64Array(g.slotBase.length);
  for (let e = 0; e < g.m; e++) {
    const u = g.edgeSource[e] as number;
    const k = g.edgeOutSlot[e] as number;
    shipped[u] = (shipped[u] as number) + (edgeFlow[e] as number);
    shippedOf[k] = (shippedOf[k] as number) + (edgeFlow[e] as number);
  }
  const spare = (e: number): number => {
    const u = g.edgeSource[e] as number;
    const c = Math.max(0, f.node[u] as number);
    const cap = g.capacity[u] as number;
    const limit = Number.isNaN(cap) ? c * (g.outflow[u] as number) : c * cap;
    const headroom = limit - (shipped[u] as number);
    if (!(c > 0) || !(headroom > 0)) return 0;
    if ((g.inStart[u + 1] as number) === (g.inStart[u] as number)) {
      // A source (a mine): its known spare capacity, shared by its baseline customers.
      const out = g.outflow[u] as number;
      return Number.isNaN(cap) || !(out > 0) ? 0 : (headroom * (g.edgeFlow[e] as number)) / out;
    }
    if (g.converter[u] === 1) return 0;
    // A pass-through node: what reaches it and it does not pass on, beyond what it kept at
    // baseline, within its capacity.
    const k = g.edgeOutSlot[e] as number;
    const made = c * (g.slotProduction[k] as number);
    const kept = Math.max(
      0,
      (g.slotBase[k] as number) + (g.slotProduction[k] as number) - (g.slotOut[k] as number),
    );
    const left = (slotIn[k] as number) + made - (shippedOf[k] as number) - kept;
    const out = g.slotOut[k] as number;
    return left > 0 && out > 0 ? (Math.min(left, headroom) * (g.edgeFlow[e] as number)) / out : 0;
  };
  return Float64Array.from(slots, (k) => {
    if (k < 0) return 0;
    const base = g.slotBase[k] as number;
    if ((slotIn[k] as number) < base * (1 - tolerance)) return 0;
    const v = nodeOfSlot(g, k);
    if (!((f.node[v] as number) > 0)) return 0;
    const x = g.slotMaterial[k] as number;
    let rate = 0;
    for (let i = g.inStart[v] as number; i < (g.inStart[v + 1] as number); i++) {
      const e = g.inEdge[i] as number;
      if (g.edgeMaterialIndex[e] === x && (f.edge[e] as number) >= 1) rate += spare(e);
    }
    return rate;
  });
}
