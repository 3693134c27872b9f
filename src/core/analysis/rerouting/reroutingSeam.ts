// Where a scenario's "after rerouting" outcome comes from: one function, swappable.
//
//   type Rerouter = (g: SupplyGraph, factors: FlowFactors, noSubstitution: Float64Array)
//                     => ReroutedSupply
//
// - `g`: the indexed v3 network (supplyGraph.ts): edges with their material
//   (edgeMaterialIndex into g.materials), converter and outside flags per node, capacity (NaN
//   when unknown: then at most g.outflow[v], an unknown capacity is never spare), and per
//   node-material slot the baseline inflow B_m (slotBase) and outflow (slotOut).
// - `factors`: the scenario's capacity factor per node and factor per edge (scenarioFactors.ts).
// - `noSubstitution`: what each end user is served at once, in g.endUsers order. Rerouting only
//   adds to it: every end user keeps at least this.
// Returns, in g.endUsers order, what each end user is served after rerouting (the per-end-user
// `withRerouting`) and `total`, the most that can reach end users in all
// (`totals.reroutingMaximum`). The fair share's total may be below `total`.
//
// The default is the max-flow rerouting of rerouting.ts, which respects materials only as far as
// a max-flow can (materialBounds.ts). The linear programs of the oracle README (the largest
// total, and the lexicographic max-min fair share) slot in here with the same signature.
import type { FlowFactors } from '../flows/noSubstitution.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

export interface ReroutedSupply {
  /** Per end user (g.endUsers order), tonnes a year after rerouting. */
  readonly served: Float64Array;
  /** The most that can reach all end users together. */
  readonly total: number;
  /** Flow per edge (graph order) realising `served`, when the method gives one. */
  readonly edgeFlow?: Float64Array | undefined;
  /** Throughput per node (graph order) realising `served`, when the method gives one. */
  readonly nodeThroughput?: Float64Array | undefined;
}

export type Rerouter = (
  g: SupplyGraph,
  factors: FlowFactors,
  noSubstitution: Float64Array,
) => ReroutedSupply;

/**
 * The largest total alone (LP 1, `totals.reroutingMaximum`): what the removal sweep needs for
 * each node, without the fair share's rounds.
 */
export type RerouteMaximum = (
  g: SupplyGraph,
  factors: FlowFactors,
  noSubstitution: Float64Array,
) => number;
