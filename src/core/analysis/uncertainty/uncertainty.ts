// Ranges: how sure a scenario's figures are, given the ranges of the figures they come from.
// Every figure with an estimate {low, high} (a flow, a production, a capacity, a stock) is drawn
// from a triangular distribution (low, value, high): most likely its stated value, never outside
// its range. Each draw is a whole network; the scenario is run on it, and each end user's loss is
// reported at the 5th, 50th and 95th percentiles over the draws.
//
// Reproducible: the draws come from one seeded generator (mulberry32, generate.ts), taking the
// figures in a fixed order (edges, then nodes, then stocks, in the graph's id order), so a seed
// and a sample count give the same ranges on every machine. Rerouting is run on the first
// `reroutingSamples` draws only (it costs a max-flow per draw): the result says how many.
import { seededRandom } from './random.ts';
import { propagateNoSubstitution, type FlowFactors } from '../flows/noSubstitution.ts';
import { reroute } from '../rerouting/rerouting.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

export const DEFAULT_SAMPLES = 1000;
export const DEFAULT_REROUTING_SAMPLES = 100;
export const DEFAULT_SEED = 1;

export interface UncertaintyOptions {
  readonly samples?: number | undefined;
  readonly seed?: number | undefined;
  /** Draws that also reroute (at most `samples`); 0 for none. */
  readonly reroutingSamples?: number | undefined;
}

/** Percentiles over the draws. */
export interface Range {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

export interface EndUserRanges {
  /** Tonnes lost at once, and as a share of the draw's own baseline (%). */
  readonly lostNoSubstitution: Range;
  readonly lostNoSubstitutionPercent: Range;
  /** The same after rerouting; null when no draw rerouted. */
  readonly lostWithRerouting: Range | null;
  readonly lostWithReroutingPercent: Range | null;
}

export interface Uncertainty {
  /** Draws run (1 when no figure has a range: the network as it is). */
  readonly samples: number;
  readonly reroutingSamples: number;
  readonly seed: number;
  /** How many figures carry a range (0: every range is a single value). */
  readonly figuresWithRanges: number;
  /** Per end user, g.endUsers order. */
  readonly endUsers: readonly EndUserRanges[];
}

/** A value drawn from triangular(low, mode, high) by inverting its distribution function. */
export function triangular(u: number, low: number, mode: number, high: number): number {
  if (!(high > low)) return mode;
  const m = Math.min(high, Math.max(low, mode));
  const cut = (m - low) / (high - low);
  return u < cut
    ? low + Math.sqrt(u * (high - low) * (m - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - m));
}

/** Linear interpolation between order statistics (the usual "type 7" percentile). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

function rangeOf(values: Float64Array): Range {
  const sorted = Float64Array.from(values).sort();
  return {
    p5: percentile(sorted, 0.05),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
  };
}

/** A copy of `g` with every figure that has a range drawn afresh (structure shared). */
export function drawNetwork(g: SupplyGraph, random: () => number): SupplyGraph {
  const r = g.ranges;
  const draw = (value: number, low: number, high: number) =>
    Number.isNaN(low) ? value : triangular(random(), low, value, high);
  // Plain loops: Float64Array.from with a mapping function is many times slower in V8.
  const pick = (values: Float64Array, low: Float64Array, high: Float64Array) => {
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      out[i] = draw(values[i] as number, low[i] as number, high[i] as number);
    }
    return out;
  };
  const edgeFlow = pick(g.edgeFlow, r.edgeLow, r.edgeHigh);
  const production = pick(g.production, r.productionLow, r.productionHigh);
  const capacity = pick(g.capacity, r.capacityLow, r.capacityHigh);
  const slotStock = pick(g.slotStock, r.stockLow, r.stockHigh);
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
  const slotProduction = new Float64Array(g.slotBase.length);
  for (let v = 0; v < g.n; v++) {
    const p = production[v] as number;
    const out = outflow[v] as number;
    if (g.converter[v] === 1 || p === 0 || out === 0) continue;
    for (let k = g.slotStart[v] as number; k < (g.slotStart[v + 1] as number); k++) {
      slotProduction[k] = (p * (slotOut[k] as number)) / out;
    }
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

/** Ranges of each end user's loss under scenario `f` (factors are per edge and node, so any draw takes them). */
export function sampleLosses(
  g: SupplyGraph,
  f: FlowFactors,
  options: UncertaintyOptions = {},
): Uncertainty {
  // With nothing to draw every draw is the network as it is: run it once.
  const asked = Math.max(1, Math.floor(options.samples ?? DEFAULT_SAMPLES));
  const samples = g.ranges.count === 0 ? 1 : asked;
  const seed = Math.floor(options.seed ?? DEFAULT_SEED);
  const rerouted = Math.min(
    samples,
    Math.max(0, Math.floor(options.reroutingSamples ?? DEFAULT_REROUTING_SAMPLES)),
  );
  const users = g.endUsers.length;
  const random = seededRandom(seed);
  const lost = Array.from({ length: users }, () => new Float64Array(samples));
  const lostPct = Array.from({ length: users }, () => new Float64Array(samples));
  const lostR = Array.from({ length: users }, () => new Float64Array(rerouted));
  const lostRPct = Array.from({ length: users }, () => new Float64Array(rerouted));
  for (let s = 0; s < samples; s++) {
    const drawn = g.ranges.count === 0 ? g : drawNetwork(g, random);
    const shock = propagateNoSubstitution(drawn, f);
    const after = s < rerouted ? reroute(drawn, f, shock).delivered : null;
    g.endUsers.forEach((v, i) => {
      const baseline = drawn.supply[v] as number;
      const now = shock.served[i] as number;
      const l = Math.max(0, baseline - now);
      (lost[i] as Float64Array)[s] = l;
      (lostPct[i] as Float64Array)[s] = baseline > 0 ? (100 * l) / baseline : 0;
      if (after !== null) {
        const lr = Math.max(0, baseline - Math.max(now, after[i] as number));
        (lostR[i] as Float64Array)[s] = lr;
        (lostRPct[i] as Float64Array)[s] = baseline > 0 ? (100 * lr) / baseline : 0;
      }
    });
  }
  const endUsers =
    g.endUsers.length === 0
      ? []
      : Array.from(g.endUsers, (_, i) => ({
          lostNoSubstitution: rangeOf(lost[i] as Float64Array),
          lostNoSubstitutionPercent: rangeOf(lostPct[i] as Float64Array),
          lostWithRerouting: rerouted > 0 ? rangeOf(lostR[i] as Float64Array) : null,
          lostWithReroutingPercent: rerouted > 0 ? rangeOf(lostRPct[i] as Float64Array) : null,
        }));
  return {
    samples,
    reroutingSamples: rerouted,
    seed,
    figuresWithRanges: g.ranges.count,
    endUsers,
  };
}
