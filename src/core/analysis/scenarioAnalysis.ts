// What a scenario does to end users, in both outcomes: the immediate shock with no substitution
// (noSubstitution.ts) and the outcome after rerouting (reroutingSeam.ts; by default the max-flow
// of rerouting.ts), and over time as stocks run down (stocks.ts). The result is plain JSON-ready
// data; per-node and per-edge arrays follow the order of the network's nodes and edges.
//
// Demand outside the model (`outside` end users, the rest of the world) counts like any other end
// user in every figure; `restOfWorld` and `modelled` split the totals so it can be shown apart.
//
// Stranded supply (material that still exists but no longer reaches end users):
// - no substitution: at each node other than an end user, what it receives (its production scaled
//   by its capacity factor, plus inflow) minus what it ships, beyond what it kept at baseline:
//   material piling up at a removed or cut node, or at an exporter facing a blocked route;
// - after rerouting: production of the remaining mines (scaled by their factor) beyond the most
//   that production alone can deliver once rerouted (a max-flow value, so it does not depend on
//   which of several equally good routings is picked), less the same gap at baseline (material
//   that never reached end users: exports beyond the data, stocks, losses).
import { describeIntervention, type Intervention, type Scenario } from '../scenario.ts';
import { singlePointsOfFailure } from './measures/dominators.ts';
import {
  propagateNoSubstitution,
  unitFactors,
  type NoSubstitutionState,
} from './flows/noSubstitution.ts';
import { reroute } from './rerouting/rerouting.ts';
import type { Rerouter } from './rerouting/reroutingSeam.ts';
import {
  sampleLosses,
  type Uncertainty,
  type UncertaintyOptions,
} from './uncertainty/uncertainty.ts';
import {
  simulateStocks,
  SHORTFALL_TOLERANCE,
  type StockRun,
  type SupplyStep,
} from './time/stocks.ts';
import { scenarioFactors, type InterventionProblem } from './flows/scenarioFactors.ts';
import { END_USER_STAGE, toInputNodeOrder, type SupplyGraph } from './flows/supplyGraph.ts';
import { flowSeam } from './flows/recipeView.ts';
import { lossByMaterial } from './flows/materialLoss.ts';
import { withPoint, type RangesWithPoint } from './uncertainty/pointInRange.ts';
import { oncePer } from '../oncePer.ts';
import { createTracer, supplyThrough } from './flows/supplyTrace.ts';

export const TOP_CHOKEPOINTS = 10;
/** An end user served this close to its baseline has lost nothing. */
const LOSSLESS = 1e-12;

export interface EndUserOutcome {
  readonly id: string;
  readonly baseline: number;
  readonly noSubstitution: number;
  readonly withRerouting: number;
  readonly lostNoSubstitution: number;
  readonly lostWithRerouting: number;
  /** Lost as a share of baseline, 0-1 (0 when the baseline is 0): percent is for display. */
  readonly lostNoSubstitutionShare: number;
  readonly lostWithReroutingShare: number;
  /** Tonnes lost at once (no substitution), per material it takes; they sum to lostNoSubstitution. */
  readonly lostNoSubstitutionByMaterial: Readonly<Record<string, number>>;
  /** Its single points of failure that the scenario removes or cuts, sorted. */
  readonly singlePointsOfFailureHit: readonly string[];
  /** Demand outside the model (the rest of the world). */
  readonly outside: boolean;
  /** With stocks drawn down and no substitution: the first day short (0 at once), null never. */
  readonly daysToShortfall: number | null;
  /** Its supply over time (no substitution, stocks drawn down): a step per change. */
  readonly supplyCurve: readonly SupplyStep[];
  /** Percentiles of its loss over draws of every figure's range (null when not asked for). */
  readonly ranges: RangesWithPoint | null;
}

export type Totals = Omit<
  EndUserOutcome,
  | 'id'
  | 'lostNoSubstitutionByMaterial'
  | 'singlePointsOfFailureHit'
  | 'outside'
  | 'daysToShortfall'
  | 'supplyCurve'
  | 'ranges'
>;

export interface Chokepoint {
  readonly id: string;
  /** Share of end-user supply passing through it (0-1). */
  readonly score: number;
  /** End-user supply passing through it (tonnes): lost if it went too. */
  readonly through: number;
}

export interface ScenarioResult {
  readonly interventions: readonly Intervention[];
  readonly descriptions: readonly string[];
  /** One per end user, in id order. */
  readonly endUsers: readonly EndUserOutcome[];
  /** The same figures summed over all end users, rest of the world included. */
  readonly totals: Totals & {
    /** The most that can reach all end users together after rerouting. */
    readonly reroutingMaximum: number;
  };
  /** The totals of the modelled end users, and of demand outside the model (null when none). */
  readonly modelled: Totals;
  readonly restOfWorld: Totals | null;
  /** How the ranges were drawn; null when they were not. */
  readonly uncertainty: Omit<Uncertainty, 'endUsers'> | null;
  /** Material piling up upstream at once (see the top of this file). */
  readonly stranded: { readonly noSubstitution: number };
  /**
   * For comparison only: the pooled max-flow (rerouting.ts), where a material may stand in for
   * another as far as a max-flow allows. On a network of one material and no converters it is
   * the version-1 model's max-flow and equals the programs' largest total; with several it is
   * an upper bound on it, and no "after rerouting" figure comes from it.
   */
  readonly singleMaterialBound: {
    readonly maxFlowBaseline: number;
    readonly maxFlowScenario: number;
    /** Production of the remaining mines that the max-flow cannot bring to end users. */
    readonly strandedWithRerouting: number;
  };
  /** Chokepoints of the network as the shock leaves it (no-substitution flows), largest first. */
  readonly topChokepoints: readonly Chokepoint[];
  /** Nodes the scenario removes or cuts (capacity factor below 1), in id order. */
  readonly affectedNodes: readonly string[];
  readonly nodes: {
    readonly capacityFactor: readonly number[];
    readonly throughputNoSubstitution: readonly number[];
    readonly throughputWithRerouting: readonly number[];
    readonly strandedNoSubstitution: readonly number[];
  };
  readonly edges: {
    readonly factor: readonly number[];
    readonly flowNoSubstitution: readonly number[];
    readonly flowWithRerouting: readonly number[];
  };
  /** False if a recycling loop did not settle within the iteration limit. */
  readonly converged: boolean;
}

export type ScenarioAnalysis =
  | { ok: true; result: ScenarioResult }
  | { ok: false; errors: string[]; problems: InterventionProblem[] };

interface BaselineRerouting {
  readonly maxFlow: number;
  /** Production beyond what production alone can deliver, with nothing changed. */
  readonly productionGap: number;
}

const baselineRerouting = oncePer((g: SupplyGraph): BaselineRerouting => {
  const f = unitFactors(g);
  const r = reroute(g, f, propagateNoSubstitution(g, f));
  return { maxFlow: r.maxFlow, productionGap: productionGap(g, f.node, r.fromProduction) };
});

/** The max-flow to end users with nothing changed (cached per graph). */
export function baselineMaxFlow(g: SupplyGraph): number {
  return baselineRerouting(g).maxFlow;
}

function productionGap(g: SupplyGraph, factor: Float64Array, fromProduction: number): number {
  let produced = 0;
  for (let v = 0; v < g.n; v++) {
    produced += Math.min(1, Math.max(0, factor[v] as number)) * (g.production[v] as number);
  }
  return Math.max(0, produced - fromProduction);
}

const spofsOf = oncePer((g: SupplyGraph) => singlePointsOfFailure(g));

export interface ScenarioOptions {
  /** How rerouting is worked out (reroutingSeam.ts); the max-flow of rerouting.ts by default. */
  readonly rerouter?: Rerouter | undefined;
  /** Draw ranges (uncertainty.ts); none when absent. */
  readonly uncertainty?: UncertaintyOptions | undefined;
}

export function analyzeScenario(
  given: SupplyGraph,
  scenario: Scenario,
  options: ScenarioOptions = {},
): ScenarioAnalysis {
  const spofs = spofsOf(given);
  const compiled = scenarioFactors(given, scenario);
  if (!compiled.ok) return compiled;
  // The flows run on the graph with recipes expanded (recipeView.ts): `given` when it has none.
  const seam = flowSeam(given, compiled.factors);
  const { g, f } = seam;
  const shock = propagateNoSubstitution(g, f);
  const rerouted = reroute(g, f, shock);
  // Nobody short at once: nothing to reroute, and no end user can be served beyond baseline, so
  // the programs would only confirm the shock's figures (at 10,000 nodes, a minute of solving).
  const lossless = shock.served.every(
    (x, i) => x >= (g.supply[g.endUsers[i] as number] as number) * (1 - LOSSLESS),
  );
  const chosen = lossless ? undefined : options.rerouter?.(g, f, shock.served);
  const served = chosen?.served ?? (lossless ? shock.served : rerouted.delivered);
  const stocks = stockRun(g, f, shock.served);
  const sampled =
    options.uncertainty === undefined
      ? null
      : sampleLosses(g, f, options.uncertainty, options.rerouter);

  const affected = new Set<string>();
  for (let v = 0; v < given.n; v++) {
    if ((compiled.factors.node[v] as number) < 1) affected.add(given.ids[v] as string);
  }
  const endUsers = Array.from(g.endUsers, (v, i): EndUserOutcome => {
    const baseline = g.supply[v] as number;
    const noSubstitution = shock.served[i] as number;
    const withRerouting = Math.max(noSubstitution, served[i] as number);
    const lost = losses(baseline, noSubstitution, withRerouting);
    const drawn = sampled?.endUsers[i];
    return {
      id: g.ids[v] as string,
      ...lost,
      lostNoSubstitutionByMaterial: lossByMaterial(g, shock, v, f.node[v] as number),
      singlePointsOfFailureHit: (spofs[i] ?? []).filter((id) => affected.has(id)),
      outside: g.outside[v] === 1,
      daysToShortfall: stocks.daysToShortfall[i] ?? null,
      supplyCurve: stocks.curves[i] ?? [],
      ranges:
        drawn === undefined
          ? null
          : withPoint(drawn, lost.lostNoSubstitutionShare, lost.lostWithReroutingShare),
    };
  });
  const total = (list: readonly EndUserOutcome[]): Totals => {
    const sum = (pick: (o: EndUserOutcome) => number) => list.reduce((a, o) => a + pick(o), 0);
    return losses(
      sum((o) => o.baseline),
      sum((o) => o.noSubstitution),
      sum((o) => o.withRerouting),
    );
  };
  const totals = total(endUsers);
  const outside = endUsers.filter((o) => o.outside);

  const strandedAt = strandedNoSubstitution(g, f.node, shock);
  const base = baselineRerouting(g);
  const strandedRerouted = Math.max(
    0,
    productionGap(g, f.node, rerouted.fromProduction) - base.productionGap,
  );
  const after = topChokepoints(g, shock, seam.isPart);

  return {
    ok: true,
    result: {
      interventions: scenario.interventions,
      descriptions: scenario.interventions.map((i) => describeIntervention(i)),
      endUsers,
      totals: {
        ...totals,
        reroutingMaximum: chosen?.total ?? (lossless ? totals.withRerouting : rerouted.maxFlow),
      },
      modelled: total(endUsers.filter((o) => !o.outside)),
      restOfWorld: outside.length === 0 ? null : total(outside),
      uncertainty:
        sampled === null
          ? null
          : {
              samples: sampled.samples,
              reroutingSamples: sampled.reroutingSamples,
              seed: sampled.seed,
              figuresWithRanges: sampled.figuresWithRanges,
            },
      stranded: { noSubstitution: strandedAt.reduce((a, b) => a + b, 0) },
      singleMaterialBound: {
        maxFlowBaseline: base.maxFlow,
        maxFlowScenario: rerouted.maxFlow,
        strandedWithRerouting: strandedRerouted,
      },
      topChokepoints: after.top,
      affectedNodes: [...affected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      nodes: {
        capacityFactor: toInputNodeOrder(given, compiled.factors.node),
        throughputNoSubstitution: seam.nodes(shock.throughput),
        throughputWithRerouting: seam.nodes(chosen?.nodeThroughput ?? rerouted.nodeThroughput),
        strandedNoSubstitution: seam.nodesSummed(strandedAt),
      },
      edges: {
        factor: seam.edges(f.edge),
        flowNoSubstitution: seam.edges(shock.edgeFlow),
        flowWithRerouting: seam.edges(chosen?.edgeFlow ?? rerouted.edgeFlow),
      },
      converged: shock.converged && after.converged,
    },
  };
}

/** The stock run, or (with no stocks anywhere) what follows at once from the shock. */
function stockRun(
  g: SupplyGraph,
  f: { node: Float64Array; edge: Float64Array },
  served: Float64Array,
): StockRun {
  let any = false;
  for (let k = 0; k < g.slotStock.length && !any; k++) any = (g.slotStock[k] as number) > 0;
  if (any) return simulateStocks(g, f);
  const daysToShortfall = Array.from(g.endUsers, (v, i) =>
    (served[i] as number) < (g.supply[v] as number) * (1 - SHORTFALL_TOLERANCE) ? 0 : null,
  );
  const curves = Array.from(served, (s) => [{ day: 0, served: s }]);
  return { daysToShortfall, curves, finalServed: served };
}

function losses(baseline: number, noSubstitution: number, withRerouting: number): Totals {
  const lostNoSubstitution = Math.max(0, baseline - noSubstitution);
  const lostWithRerouting = Math.max(0, baseline - withRerouting);
  return {
    baseline,
    noSubstitution,
    withRerouting,
    lostNoSubstitution,
    lostWithRerouting,
    lostNoSubstitutionShare: shareOf(lostNoSubstitution, baseline),
    lostWithReroutingShare: shareOf(lostWithRerouting, baseline),
  };
}

function shareOf(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

function strandedNoSubstitution(
  g: SupplyGraph,
  factor: Float64Array,
  shock: NoSubstitutionState,
): Float64Array {
  const stranded = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    if (g.stage[v] === END_USER_STAGE) continue;
    let shipped = 0;
    for (let e = g.outStart[v] as number; e < (g.outStart[v + 1] as number); e++) {
      shipped += shock.edgeFlow[e] as number;
    }
    const production = g.production[v] as number;
    const c = Math.min(1, Math.max(0, factor[v] as number));
    const received = (shock.nodeIn[v] as number) - production + c * production;
    const keptAtBaseline = Math.max(0, (g.supply[v] as number) - (g.outflow[v] as number));
    stranded[v] = Math.max(0, received - shipped - keptAtBaseline);
  }
  return stranded;
}

function topChokepoints(
  g: SupplyGraph,
  shock: NoSubstitutionState,
  isPart: (v: number) => boolean,
) {
  const delivered = new Float64Array(g.n);
  let total = 0;
  for (const e of g.endUsers) {
    delivered[e] = shock.throughput[e] as number;
    total += delivered[e] as number;
  }
  const tracer = createTracer(g, {
    edgeFlow: shock.edgeFlow,
    nodeSupply: shock.nodeIn,
    delivered,
  });
  const { x, converged } = supplyThrough(g, tracer);
  for (let v = 0; v < g.n; v++) if (isPart(v)) x[v] = 0;
  const ranked = largest(x, TOP_CHOKEPOINTS);
  const top = ranked.map((v) => ({
    id: g.ids[v] as string,
    score: total > 0 ? (x[v] as number) / total : 0,
    through: x[v] as number,
  }));
  return { top, converged };
}

/** Indices of the k largest positive values, largest first (ties by index), in one pass. */
function largest(x: Float64Array, k: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) =>
    (x[a] as number) > (x[b] as number) || (x[a] === x[b] && a < b);
  for (let v = 0; v < x.length; v++) {
    if (!((x[v] as number) > 0)) continue;
    if (top.length === k && !before(v, top[k - 1] as number)) continue;
    let i = Math.min(top.length, k - 1);
    top[i] = v;
    while (i > 0 && before(v, top[i - 1] as number)) {
      top[i] = top[i - 1] as number;
      top[i - 1] = v;
      i--;
    }
  }
  return top;
}
