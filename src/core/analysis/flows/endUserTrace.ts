// One end user's supply traced back through the network, for highlighting its supply tree:
// how much of what it receives passed through each node and along each edge, and where it was
// mined. Proportional mixing along baseline flows (see supplyTrace.ts).
import { backwardSolve } from './linearFlow.ts';
import { toInputEdgeOrder, toInputNodeOrder, type SupplyGraph } from './supplyGraph.ts';
import { oncePer } from '../../oncePer.ts';
import {
  baselineState,
  createTracer,
  supplyByOrigin,
  traceEndUserThrough,
  type Tracer,
} from './supplyTrace.ts';

export interface EndUserTrace {
  readonly id: string;
  /** What it receives at baseline (tonnes a year). */
  readonly supply: number;
  /** Tonnes of its supply that passed through each node (network node order). */
  readonly throughNode: readonly number[];
  /**
   * Tonnes of its supply carried by each edge (network edge order). In a recycling loop,
   * material that goes round counts on each pass.
   */
  readonly alongEdge: readonly number[];
  /** Its supply by the country where it was mined (tonnes). */
  readonly byOrigin: Readonly<Record<string, number>>;
}

const tracerOf = oncePer((g: SupplyGraph): Tracer => createTracer(g, baselineState(g)));

/** Returns null when `id` is not an end user of the graph. */
export function traceEndUser(g: SupplyGraph, id: string): EndUserTrace | null {
  const v = g.index.get(id);
  if (v === undefined || !g.endUsers.includes(v)) return null;
  const tracer = tracerOf(g);
  const through = traceEndUserThrough(g, tracer, v).x;
  const weights = new Float64Array(g.n);
  weights[v] = tracer.state.delivered[v] as number;
  const free = backwardSolve(g, tracer.intakeShare, weights).x;
  const along = new Float64Array(g.m);
  for (let e = 0; e < g.m; e++) {
    along[e] = (tracer.intakeShare[e] as number) * (free[g.edgeTarget[e] as number] as number);
  }
  const origin = supplyByOrigin(g, tracer, g.production);
  const dim = origin.countries.length;
  const byOrigin: Record<string, number> = {};
  origin.countries.forEach((country, k) => {
    const amount = origin.amounts[v * dim + k] as number;
    if (amount > 0) byOrigin[country] = amount;
  });
  return {
    id,
    supply: g.supply[v] as number,
    throughNode: toInputNodeOrder(g, through),
    alongEdge: toInputEdgeOrder(g, along),
    byOrigin,
  };
}
