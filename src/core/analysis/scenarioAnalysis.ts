// What a scenario does to end users, in both outcomes: the immediate shock with no substitution
// (noSubstitution.ts) and the best case after rerouting (rerouting.ts). The result is plain
// JSON-ready data; per-node and per-edge arrays follow the order of the network's nodes and edges.
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
import { singlePointsOfFailure } from './dominators.ts';
import { rerouteByLp } from './lp/engine.ts';
import type { LpSolver } from './lp/types.ts';
import {
  propagateNoSubstitution,
  unitFactors,
  type NoSubstitutionState,
} from './noSubstitution.ts';
import { reroute } from './rerouting.ts';
import { scenarioFactors, type InterventionProblem } from './scenarioFactors.ts';
import {
  END_USER_STAGE,
  toInputEdgeOrder,
  toInputNodeOrder,
  type SupplyGraph,
} from './supplyGraph.ts';
import { createTracer, supplyThrough } from './supplyTrace.ts';

export const TOP_CHOKEPOINTS = 10;

export interface EndUserOutcome {
  readonly id: string;
  readonly baseline: number;
  readonly noSubstitution: number;
  readonly withRerouting: number;
  readonly lostNoSubstitution: number;
  readonly lostWithRerouting: number;
  /** Lost as a percentage of baseline (0 when the baseline is 0). */
  readonly lostNoSubstitutionPercent: number;
  readonly lostWithReroutingPercent: number;
  /** Its single points of failure that the scenario removes or cuts, sorted. */
  readonly singlePointsOfFailureHit: readonly string[];
}

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
  /**
   * The same figures summed over all end users, and the largest total rerouting can deliver
   * (the first linear program; null when the analysis ran without a solver).
   */
  readonly totals: Omit<EndUserOutcome, 'id' | 'singlePointsOfFailureHit'> & {
    readonly reroutingMaximum: number | null;
  };
  readonly maxFlow: { readonly baseline: number; readonly scenario: number };
  readonly stranded: { readonly noSubstitution: number; readonly withRerouting: number };
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

const baselines = new WeakMap<SupplyGraph, BaselineRerouting>();

function baselineRerouting(g: SupplyGraph): BaselineRerouting {
  let value = baselines.get(g);
  if (value === undefined) {
    const f = unitFactors(g);
    const r = reroute(g, f, propagateNoSubstitution(g, f));
    value = { maxFlow: r.maxFlow, productionGap: productionGap(g, f.node, r.fromProduction) };
    baselines.set(g, value);
  }
  return value;
}

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

const spofCache = new WeakMap<SupplyGraph, string[][]>();

export interface ScenarioOptions {
  /**
   * A loaded HiGHS instance. With it, "with rerouting" is the fair share of the rerouting linear
   * programs (lp/rerouting.ts) and totals.reroutingMaximum their largest total; without it, the
   * max-flow's sharing rule (rerouting.ts) gives "with rerouting".
   */
  readonly solver?: LpSolver;
}

export function analyzeScenario(
  g: SupplyGraph,
  scenario: Scenario,
  options: ScenarioOptions = {},
): ScenarioAnalysis {
  let spofs = spofCache.get(g);
  if (spofs === undefined) {
    spofs = singlePointsOfFailure(g);
    spofCache.set(g, spofs);
  }
  const compiled = scenarioFactors(g, scenario);
  if (!compiled.ok) return compiled;
  const f = compiled.factors;
  const shock = propagateNoSubstitution(g, f);
  const flow = reroute(g, f, shock);
  const lp =
    options.solver === undefined ? null : rerouteByLp(options.solver, g, f, shock.throughput);
  const rerouted = lp === null ? flow : { ...flow, ...lp, delivered: lp.served };

  const affected = new Set<string>();
  for (let v = 0; v < g.n; v++) if ((f.node[v] as number) < 1) affected.add(g.ids[v] as string);
  const endUsers = Array.from(g.endUsers, (v, i): EndUserOutcome => {
    const baseline = g.supply[v] as number;
    const noSubstitution = shock.throughput[v] as number;
    const withRerouting = rerouted.delivered[i] as number;
    return {
      id: g.ids[v] as string,
      ...losses(baseline, noSubstitution, withRerouting),
      singlePointsOfFailureHit: (spofs[i] ?? []).filter((id) => affected.has(id)),
    };
  });
  const sum = (pick: (o: EndUserOutcome) => number) => endUsers.reduce((a, o) => a + pick(o), 0);
  const totals = {
    ...losses(
      sum((o) => o.baseline),
      sum((o) => o.noSubstitution),
      sum((o) => o.withRerouting),
    ),
    reroutingMaximum: lp === null ? null : lp.maximum,
  };

  const strandedAt = strandedNoSubstitution(g, f.node, shock);
  const base = baselineRerouting(g);
  const strandedRerouted = Math.max(
    0,
    productionGap(g, f.node, rerouted.fromProduction) - base.productionGap,
  );
  const after = topChokepoints(g, shock);

  return {
    ok: true,
    result: {
      interventions: scenario.interventions,
      descriptions: scenario.interventions.map((i) => describeIntervention(i)),
      endUsers,
      totals,
      maxFlow: { baseline: base.maxFlow, scenario: rerouted.maxFlow },
      stranded: {
        noSubstitution: strandedAt.reduce((a, b) => a + b, 0),
        withRerouting: strandedRerouted,
      },
      topChokepoints: after.top,
      affectedNodes: [...affected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      nodes: {
        capacityFactor: toInputNodeOrder(g, f.node),
        throughputNoSubstitution: toInputNodeOrder(g, shock.throughput),
        throughputWithRerouting: toInputNodeOrder(g, rerouted.nodeThroughput),
        strandedNoSubstitution: toInputNodeOrder(g, strandedAt),
      },
      edges: {
        factor: toInputEdgeOrder(g, f.edge),
        flowNoSubstitution: toInputEdgeOrder(g, shock.edgeFlow),
        flowWithRerouting: toInputEdgeOrder(g, rerouted.edgeFlow),
      },
      converged: shock.converged && after.converged,
    },
  };
}

function losses(baseline: number, noSubstitution: number, withRerouting: number) {
  const lostNoSubstitution = Math.max(0, baseline - noSubstitution);
  const lostWithRerouting = Math.max(0, baseline - withRerouting);
  return {
    baseline,
    noSubstitution,
    withRerouting,
    lostNoSubstitution,
    lostWithRerouting,
    lostNoSubstitutionPercent: percentOf(lostNoSubstitution, baseline),
    lostWithReroutingPercent: percentOf(lostWithRerouting, baseline),
  };
}

function percentOf(part: number, whole: number): number {
  return whole > 0 ? (100 * part) / whole : 0;
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

function topChokepoints(g: SupplyGraph, shock: NoSubstitutionState) {
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
