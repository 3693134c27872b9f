// The baseline report: every node measure, each end user's supply, single points of failure and
// supply by mining country, concentration by stage and the baseline max-flow. Plain JSON-ready
// data; per-node arrays follow the order of the network's nodes.
import type { Stage } from '../model.ts';
import { stageConcentration, type StageConcentration } from './measures/concentration.ts';
import { singlePointsOfFailure } from './measures/dominators.ts';
import {
  createMeasureContext,
  NODE_MEASURES,
  type NodeMeasureId,
  type Precomputed,
} from './measures/measures.ts';
import { baselineMaxFlow } from './scenarioAnalysis.ts';
import { toInputNodeOrder, type SupplyGraph } from './flows/supplyGraph.ts';
import { baselineState, createTracer, supplyByOrigin } from './flows/supplyTrace.ts';

export interface EndUserBaseline {
  readonly id: string;
  /** What it receives at baseline (tonnes a year). */
  readonly supply: number;
  /** Nodes on every path from any mine to it, sorted by id. */
  readonly singlePointsOfFailure: readonly string[];
  /** Its supply by the country where it was mined (tonnes), largest first. */
  readonly supplyByOrigin: Readonly<Record<string, number>>;
}

export interface BaselineAnalysis {
  /** Node ids in the order of the network's nodes; every per-node array follows it. */
  readonly nodeIds: readonly string[];
  readonly measures: Readonly<Record<NodeMeasureId, readonly number[]>>;
  /** One per end user, in id order. */
  readonly endUsers: readonly EndUserBaseline[];
  readonly totals: {
    readonly nodes: number;
    readonly edges: number;
    readonly endUsers: number;
    /** Sum of end users' baseline supply (recycled material counts at each end user it reaches). */
    readonly endUserSupply: number;
    readonly production: number;
    /** The most that could reach end users over existing links within capacities. */
    readonly maxFlow: number;
  };
  readonly stages: Readonly<Record<Stage, StageConcentration>>;
  readonly hasCycles: boolean;
  /** False if a recycling loop did not settle within the iteration limit. */
  readonly converged: boolean;
}

export function analyzeBaseline(g: SupplyGraph, given: Precomputed = {}): BaselineAnalysis {
  const ctx = createMeasureContext(g, given);
  const measures = {} as Record<NodeMeasureId, number[]>;
  for (const measure of NODE_MEASURES)
    measures[measure.id] = toInputNodeOrder(g, measure.compute(ctx));

  const tracer = createTracer(g, baselineState(g));
  const origin = supplyByOrigin(g, tracer, g.production);
  const dim = origin.countries.length;
  const spofs = singlePointsOfFailure(g, ctx.immediateDominators());
  const endUsers = Array.from(g.endUsers, (v, i): EndUserBaseline => {
    const amounts = origin.countries
      .map((country, k) => [country, origin.amounts[v * dim + k] as number] as const)
      .filter(([, amount]) => amount > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return {
      id: g.ids[v] as string,
      supply: g.supply[v] as number,
      singlePointsOfFailure: spofs[i] ?? [],
      supplyByOrigin: Object.fromEntries(amounts),
    };
  });

  return {
    nodeIds: toInputNodeOrder(g, Array.from(g.ids.keys())).map((v) => g.ids[v] as string),
    measures,
    endUsers,
    totals: {
      nodes: g.n,
      edges: g.m,
      endUsers: g.endUsers.length,
      endUserSupply: endUsers.reduce((a, e) => a + e.supply, 0),
      production: g.production.reduce((a, b) => a + b, 0),
      maxFlow: baselineMaxFlow(g),
    },
    stages: stageConcentration(g, g.supply),
    hasCycles: g.order.hasCycles,
    converged: ctx.through().converged && origin.converged,
  };
}
