// Stocks over time, and what one step of the run needs from the network: which stocks there are,
// where each sits in a given graph, and the refill rule.
//
// A stock is known by its holder and material, so that it keeps its level across the graphs the
// run switches between (a ramp builds a graph with other capacities).
//
// Refill: a holder whose supply of a material is back at baseline (it no longer draws on its
// stock) rebuilds the stock, up to its starting level, from spare supply: the known spare
// capacity of its direct suppliers of that material, c(u) × capacity(u) less what u ships now,
// of which it gets its baseline share of u's output (the edge's baseline flow ÷ u's baseline
// outflow), over links no intervention cuts. An unknown capacity is never spare, as in
// rerouting, so a holder whose suppliers state none never refills. What u "ships now" is the
// outcome's own flows: the no-substitution flows at once, the rerouted flows after rerouting
// (rerouting takes spare capacity for end users first; stocks get what is left).
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

/** What each node ships now, from the outcome's edge flows (graph order). */
export function shippedBy(g: SupplyGraph, edgeFlow: ArrayLike<number>): Float64Array {
  const out = new Float64Array(g.n);
  for (let e = 0; e < g.m; e++) {
    const u = g.edgeSource[e] as number;
    out[u] = (out[u] as number) + (edgeFlow[e] as number);
  }
  return out;
}

/**
 * Tonnes a year each stock can be refilled at (see the top of this file): 0 unless its holder's
 * inflow of the material (`slotIn`) is back at baseline.
 */
export function refillRates(
  g: SupplyGraph,
  f: FlowFactors,
  slots: Int32Array,
  slotIn: ArrayLike<number>,
  shipped: Float64Array,
  /** Inflow this share below baseline still counts as back at baseline. */
  tolerance: number = SHORTFALL_TOLERANCE,
): Float64Array {
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
      if (g.edgeMaterialIndex[e] !== x || (f.edge[e] as number) < 1) continue;
      const u = g.edgeSource[e] as number;
      const cap = g.capacity[u] as number;
      const out = g.outflow[u] as number;
      if (Number.isNaN(cap) || !(out > 0)) continue;
      const spare = Math.max(0, Math.max(0, f.node[u] as number) * cap - (shipped[u] as number));
      rate += (spare * (g.edgeFlow[e] as number)) / out;
    }
    return rate;
  });
}
