// The "after rerouting" outcome: the most that can reach end users once supply is rerouted over
// existing links through spare capacity (the max-flow of reroutingNetwork.ts), and how that is
// shared among end users.
//
// Sharing rule (deterministic; a feasible flow realises it whenever the no-substitution state is
// itself feasible, as it is on acyclic data that respects its capacities):
//   1. every end user keeps its no-substitution supply (the sink arcs are capped at it);
//   2. the rest of the max-flow is offered in proportion to each end user's shortfall against
//      baseline, and the flow is augmented; end users that could not take their whole offer drop
//      out and the rest is offered again among the others (at most SHARING_ROUNDS times);
//   3. a final top-up lets whoever can still take supply take it, up to baseline.
// Sink-arc flows never fall while augmenting, so nobody ends below step 1, and nobody above
// c(e) * baseline. The max-flow is found first (to know how much there is to share), then the
// sharing starts again from step 1. Reported supply is also floored at the no-substitution
// figure: with recycling (an end user that also ships scrap) the no-substitution state can count
// material twice, and then step 1 may fall short of it.
import { augment, clearFlows, flowOf, flows, setCapacity, setFlows } from '../flows/maxFlow.ts';
import type { FlowFactors, NoSubstitutionState } from '../flows/noSubstitution.ts';
import {
  layoutFor,
  setScenarioCapacities,
  setSourceCapacities,
  warmStart,
} from './reroutingNetwork.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

export const SHARING_ROUNDS = 3;

export interface Rerouted {
  /** The max-flow value: the most that can reach end users. */
  readonly maxFlow: number;
  /** Supply per end user (by position in g.endUsers) under the sharing rule. */
  readonly delivered: Float64Array;
  /** Flow through each node (its node arc) and on each edge. */
  readonly nodeThroughput: Float64Array;
  readonly edgeFlow: Float64Array;
  /** What each mine (or other producing node) puts in. */
  readonly sourced: Float64Array;
  /**
   * The most that can reach end users from baseline production alone (mines not using spare
   * capacity): production beyond this has no route left and is stranded.
   */
  readonly fromProduction: number;
}

/** Reroutes around the scenario `f`, starting from its no-substitution state. */
export function reroute(g: SupplyGraph, f: FlowFactors, noSub: NoSubstitutionState): Rerouted {
  const layout = layoutFor(g);
  const { net, source, sink, sourceArc, sinkArcBase, epsilon } = layout;
  const { n, m, endUsers } = g;
  const users = endUsers.length;
  setScenarioCapacities(g, layout, f);
  setSourceCapacities(g, layout, 'production');
  const target = Float64Array.from(
    endUsers,
    (v) => Math.max(0, f.node[v] as number) * (g.supply[v] as number),
  );
  const floor = Float64Array.from(endUsers, (v, i) =>
    Math.min(noSub.throughput[v] as number, target[i] as number),
  );
  const capSinks = (caps: Float64Array) => {
    for (let i = 0; i < users; i++) setCapacity(net, sinkArcBase + i, caps[i] as number);
  };
  const deliveredNow = () => {
    let sum = 0;
    for (let i = 0; i < users; i++) sum += flowOf(net, sinkArcBase + i);
    return sum;
  };
  const run = () => augment(net, source, sink, epsilon);

  capSinks(floor);
  if (!warmStart(g, layout, noSub)) {
    clearFlows(net);
    run();
  }
  const phase0 = flows(net);
  // The max-flow, production first: flow on source arcs never falls while augmenting, so mines
  // keep their baseline output where it still has a route before spare capacity is drawn on.
  capSinks(target);
  run();
  const fromProduction = deliveredNow();
  let wanted = 0;
  for (let i = 0; i < users; i++) wanted += target[i] as number;
  if (fromProduction < wanted - epsilon) {
    setSourceCapacities(g, layout, 'capacity');
    run();
  }
  const maxFlow = deliveredNow();
  if (maxFlow < wanted - epsilon) {
    // Not everyone can be served in full: share, from the no-substitution state.
    setFlows(net, phase0);
    const offer = Float64Array.from(floor);
    const eligible = Uint8Array.from(floor, (x, i) =>
      (target[i] as number) - x > epsilon ? 1 : 0,
    );
    for (let round = 0; round < SHARING_ROUNDS; round++) {
      const rest = maxFlow - deliveredNow();
      let headroom = 0;
      for (let i = 0; i < users; i++)
        if (eligible[i] === 1) headroom += (target[i] as number) - (offer[i] as number);
      if (rest <= epsilon || headroom <= epsilon) break;
      const share = Math.min(1, rest / headroom);
      for (let i = 0; i < users; i++) {
        if (eligible[i] === 1)
          offer[i] = (offer[i] as number) + share * ((target[i] as number) - (offer[i] as number));
      }
      capSinks(offer);
      run();
      for (let i = 0; i < users; i++) {
        if (flowOf(net, sinkArcBase + i) < (offer[i] as number) - epsilon) eligible[i] = 0;
      }
    }
    capSinks(target);
    run();
  }

  const delivered = Float64Array.from(floor, (x, i) => Math.max(x, flowOf(net, sinkArcBase + i)));
  const nodeThroughput = new Float64Array(n);
  const sourced = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    nodeThroughput[v] = flowOf(net, v);
    const sa = sourceArc[v] as number;
    if (sa >= 0) sourced[v] = flowOf(net, sa);
  }
  const edgeFlow = new Float64Array(m);
  for (let e = 0; e < m; e++) edgeFlow[e] = flowOf(net, n + e);
  return { maxFlow, delivered, nodeThroughput, edgeFlow, sourced, fromProduction };
}
