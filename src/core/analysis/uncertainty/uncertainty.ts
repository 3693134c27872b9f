// Ranges: how sure a scenario's figures are, given the ranges of the figures they come from.
// Each draw is a whole network that balances as the point model does (balancedDraw.ts): the
// primary figures with an estimate {low, high} (a mine's output, a node's split among its
// customers, a converter's yields, a capacity, a stock) are drawn from a triangular distribution
// (low, value, high), most likely their stated value and never outside their range, and the rest
// follows from them. The scenario is run on each draw, and each end user's loss is reported at
// the 5th, 50th and 95th percentiles over the draws.
//
// Reproducible: the draws come from one seeded generator (mulberry32, generate.ts), taking the
// figures in a fixed order (edges, then nodes, then stocks, in the graph's id order), so a seed
// and a sample count give the same ranges on every machine. Rerouting is run on the first
// `reroutingSamples` draws only (it costs the rerouting programs per draw): the result says how
// many. It is the rerouter given (the fair share of the programs, as for the point figures); with
// none, on a network of one material the max-flow of rerouting.ts, and with several none at all.
import { seededRandom } from './random.ts';
import { drawNetwork, numbersPerDraw } from './balancedDraw.ts';

export { drawNetwork, triangular } from './balancedDraw.ts';
import { propagateNoSubstitution, type FlowFactors } from '../flows/noSubstitution.ts';
import { reroute } from '../rerouting/rerouting.ts';
import type { Rerouter } from '../rerouting/reroutingSeam.ts';
import { singleMaterial } from '../flows/materialCount.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';
import { flowSeam } from '../flows/recipeView.ts';

export const DEFAULT_SAMPLES = 1000;
export const DEFAULT_REROUTING_SAMPLES = 100;
export const DEFAULT_SEED = 1;

export interface UncertaintyOptions {
  readonly samples?: number | undefined;
  readonly seed?: number | undefined;
  /** Draws that also reroute (at most `samples`); 0 for none. */
  readonly reroutingSamples?: number | undefined;
  /** Called after each draw that reroutes (for a worker's progress). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * Runs the draws that do not reroute elsewhere (worker threads: src/cli/drawThreads.ts); it must
   * fill `out` as `noSubstitutionDraws` would. Here, on this thread, when absent.
   */
  readonly runDraws?: DrawRunner | undefined;
}

/**
 * Losses at once per draw: end user i's loss in draw s at i * samples + s, in tonnes (`lost`) and
 * as a share of the draw's own baseline (`share`).
 */
export interface DrawLosses {
  readonly lost: Float64Array;
  readonly share: Float64Array;
}

/** What a runner of draws is asked: draws `from` to `samples` - 1 of `g` under `f` with `seed`. */
export interface DrawRequest {
  readonly g: SupplyGraph;
  readonly f: FlowFactors;
  readonly seed: number;
  readonly samples: number;
  readonly from: number;
}

export type DrawRunner = (request: DrawRequest, out: DrawLosses) => void;

/**
 * The losses at once of draws [from, to) of `request` into `out`. Each draw takes the same count
 * of random numbers, so draw s starts s × that far into the seed's sequence: any split of the
 * draws (threads) gives the figures of one thread drawing them in order.
 */
export function noSubstitutionDraws(
  request: DrawRequest,
  from: number,
  to: number,
  out: DrawLosses,
): void {
  const { g, f, seed, samples } = request;
  const random = seededRandom(seed, from * numbersPerDraw(g));
  const { endUsers } = g;
  for (let s = from; s < to; s++) {
    const drawn = g.ranges.count === 0 ? g : drawNetwork(g, random);
    const served = propagateNoSubstitution(drawn, f).served;
    for (let i = 0; i < endUsers.length; i++) {
      const baseline = drawn.supply[endUsers[i] as number] as number;
      const l = Math.max(0, baseline - (served[i] as number));
      out.lost[i * samples + s] = l;
      out.share[i * samples + s] = baseline > 0 ? l / baseline : 0;
    }
  }
}

/** Percentiles over the draws. */
export interface Range {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

export interface EndUserRanges {
  /** Tonnes lost at once, and as a share of the draw's own baseline (0-1). */
  readonly lostNoSubstitution: Range;
  readonly lostNoSubstitutionShare: Range;
  /** The same after rerouting; null when no draw rerouted. */
  readonly lostWithRerouting: Range | null;
  readonly lostWithReroutingShare: Range | null;
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

/** Ranges of each end user's loss under scenario `f` (factors are per edge and node, so any draw takes them). */
export function sampleLosses(
  given: SupplyGraph,
  factors: FlowFactors,
  options: UncertaintyOptions = {},
  rerouter?: Rerouter,
): Uncertainty {
  // Drawn on the graph with recipes expanded (recipeView.ts; `given` itself when it has none).
  const { g, f } = flowSeam(given, factors);
  // With nothing to draw every draw is the network as it is: run it once.
  const asked = Math.max(1, Math.floor(options.samples ?? DEFAULT_SAMPLES));
  const samples = g.ranges.count === 0 ? 1 : asked;
  const seed = Math.floor(options.seed ?? DEFAULT_SEED);
  const canReroute = rerouter !== undefined || singleMaterial(g);
  const rerouted = !canReroute
    ? 0
    : Math.min(
        samples,
        Math.max(0, Math.floor(options.reroutingSamples ?? DEFAULT_REROUTING_SAMPLES)),
      );
  const after = (drawn: SupplyGraph, shock: ReturnType<typeof propagateNoSubstitution>) => {
    // Nobody short in this draw: nothing to reroute.
    const short = shock.served.some(
      (x, i) => x < (drawn.supply[drawn.endUsers[i] as number] as number) * (1 - 1e-12),
    );
    if (!short) return shock.served;
    return rerouter === undefined
      ? reroute(drawn, f, shock).delivered
      : rerouter(drawn, f, shock.served).served;
  };
  const users = g.endUsers.length;
  // The draws that reroute come first, on this thread (they need the rerouter); the rest may run
  // elsewhere (options.runDraws), each draw at its own place in the seed's sequence.
  const random = seededRandom(seed);
  const out: DrawLosses = {
    lost: new Float64Array(users * samples),
    share: new Float64Array(users * samples),
  };
  const lostR = Array.from({ length: users }, () => new Float64Array(rerouted));
  const lostRPct = Array.from({ length: users }, () => new Float64Array(rerouted));
  for (let s = 0; s < rerouted; s++) {
    const drawn = g.ranges.count === 0 ? g : drawNetwork(g, random);
    const shock = propagateNoSubstitution(drawn, f);
    const afterDraw = after(drawn, shock);
    options.onProgress?.(s + 1, rerouted);
    g.endUsers.forEach((v, i) => {
      const baseline = drawn.supply[v] as number;
      const now = shock.served[i] as number;
      const l = Math.max(0, baseline - now);
      out.lost[i * samples + s] = l;
      out.share[i * samples + s] = baseline > 0 ? l / baseline : 0;
      const lr = Math.max(0, baseline - Math.max(now, afterDraw[i] as number));
      (lostR[i] as Float64Array)[s] = lr;
      (lostRPct[i] as Float64Array)[s] = baseline > 0 ? lr / baseline : 0;
    });
  }
  if (rerouted < samples) {
    const request: DrawRequest = { g, f, seed, samples, from: rerouted };
    if (options.runDraws === undefined) noSubstitutionDraws(request, rerouted, samples, out);
    else options.runDraws(request, out);
  }
  const lost = (i: number) => out.lost.subarray(i * samples, (i + 1) * samples);
  const lostPct = (i: number) => out.share.subarray(i * samples, (i + 1) * samples);
  const endUsers =
    g.endUsers.length === 0
      ? []
      : Array.from(g.endUsers, (_, i) => ({
          lostNoSubstitution: rangeOf(lost(i)),
          lostNoSubstitutionShare: rangeOf(lostPct(i)),
          lostWithRerouting: rerouted > 0 ? rangeOf(lostR[i] as Float64Array) : null,
          lostWithReroutingShare: rerouted > 0 ? rangeOf(lostRPct[i] as Float64Array) : null,
        }));
  return {
    samples,
    reroutingSamples: rerouted,
    seed,
    figuresWithRanges: g.ranges.count,
    endUsers,
  };
}
