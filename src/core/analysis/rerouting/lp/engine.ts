// The linear programs on the engine's indexed graph: what the scenario analysis, the command
// line (--lp, --best-case) and the analysis worker call, with the HiGHS instance they loaded.
import { oncePer } from '../../../oncePer.ts';
import type { Scenario } from '../../../scenario.ts';
import { propagateNoSubstitution, type FlowFactors } from '../../flows/noSubstitution.ts';
import { scenarioFactors } from '../../flows/scenarioFactors.ts';
import type { SupplyGraph } from '../../flows/supplyGraph.ts';
import { flowSeam } from '../../flows/recipeView.ts';
import type { RerouteMaximum, Rerouter } from '../reroutingSeam.ts';
import { lpNetworkFromGraph, lpScenarioFromGraph } from './fromGraph.ts';
import { buildProgram } from './program.ts';
import { bestCase, maximumProgramText, reroute, reroutingMaximum } from './rerouting.ts';
import type { LpSolver } from './types.ts';

export interface LpRerouting {
  /** The largest total that can reach end users (LP 1). */
  readonly maximum: number;
  /** The fair share per end user, in g.endUsers order (LP 2). */
  readonly served: Float64Array;
  /** Flow on each edge (graph order) in the fair share's last program. */
  readonly edgeFlow: Float64Array;
  /** Inflow of each node, plus what a node without inputs puts out (graph order). */
  readonly nodeThroughput: Float64Array;
  /** How many programs were solved in all. */
  readonly programs: number;
}

/** Both rerouting answers for the scenario `f`, given each end user's no-substitution amount. */
export function rerouteByLp(
  solver: LpSolver,
  g: SupplyGraph,
  f: FlowFactors,
  noSubstitution: ArrayLike<number>,
): LpRerouting {
  const network = lpNetworkFromGraph(g);
  const r = reroute(solver, network, lpScenarioFromGraph(g, f, noSubstitution));
  const edgeFlow = r.fair.edgeFlow.slice(0, g.m);
  const nodeThroughput = new Float64Array(g.n);
  const outflow = new Float64Array(g.n);
  network.edges.forEach((e, k) => {
    const x = r.fair.edgeFlow[k] as number;
    if (e.target < g.n) nodeThroughput[e.target] = (nodeThroughput[e.target] as number) + x;
    if (e.source < g.n) outflow[e.source] = (outflow[e.source] as number) + x;
  });
  for (let v = 0; v < g.n; v++) {
    if (
      (g.inStart[v + 1] as number) === (g.inStart[v] as number) &&
      (g.production[v] as number) > 0
    )
      nodeThroughput[v] = outflow[v] as number;
  }
  return {
    maximum: r.maximum,
    served: r.fair.served,
    edgeFlow,
    nodeThroughput,
    // On a region, its count (re-solves included); else the largest total and the rounds.
    programs: r.fair.solved?.runs ?? 1 + r.rounds,
  };
}

/**
 * The graph the programs read (recipes expanded: recipeView.ts), the scenario's factors on it and
 * its no-substitution throughput; throws on a bad intervention.
 */
function prepare(given: SupplyGraph, scenario: Scenario) {
  const compiled = scenarioFactors(given, scenario);
  if (!compiled.ok) throw new Error(compiled.errors[0] ?? 'bad scenario');
  const { g, f } = flowSeam(given, compiled.factors);
  return { g, f, noSubstitution: propagateNoSubstitution(g, f).served };
}

/** The linear programs in the engine's rerouting seam: one HiGHS instance for every scenario. */
export function lpRerouter(solver: LpSolver): Rerouter {
  return (g, f, noSubstitution) => {
    const r = rerouteByLp(solver, g, f, noSubstitution);
    return {
      served: r.served,
      total: r.maximum,
      edgeFlow: r.edgeFlow,
      nodeThroughput: r.nodeThroughput,
    };
  };
}

/** LP 1 alone in the seam's shape: the most that can reach end users (what the sweep needs). */
export function lpMaximum(solver: LpSolver): RerouteMaximum {
  return (g, f, noSubstitution) =>
    reroutingMaximum(solver, networkOf(g), lpScenarioFromGraph(g, f, noSubstitution)).maximum;
}

/** The programs' network of a graph, built once per graph (a sweep asks for it per node). */
const networkOf = oncePer(lpNetworkFromGraph);

/** The scenario's largest-total program as CPLEX LP text, with a title in comment lines. */
export function scenarioProgramText(
  given: SupplyGraph,
  scenario: Scenario,
  title: readonly string[],
): string {
  const { g, f, noSubstitution } = prepare(given, scenario);
  const network = lpNetworkFromGraph(g);
  const program = buildProgram(network, lpScenarioFromGraph(g, f, noSubstitution));
  return maximumProgramText(program, [
    ...title,
    'Variables: f_<from>_<to>_<material> is the flow on a link (tonnes a year);',
    "x_<node> is a converter's activity (1 = baseline). Ids are spelled with letters, digits and _.",
    "The fair share solves the same constraints again, raising every end user's recovery together.",
    ...(g === given
      ? []
      : [
          'A converter with recipes is its input pool (<node>_inputs), one converter per recipe',
          '(x_<node>_<recipe>, 1 = its baseline output) and the node itself shipping their output.',
        ]),
  ]);
}

/** The most end user `id` could get if it came first, every other keeping its own. */
export function bestCaseByLp(
  solver: LpSolver,
  given: SupplyGraph,
  scenario: Scenario,
  id: string,
): number {
  const { g, f, noSubstitution } = prepare(given, scenario);
  const v = g.index.get(id);
  if (v === undefined) throw new Error(`unknown node "${id}"`);
  const network = lpNetworkFromGraph(g);
  if (network.nodes[v]?.endUser !== true) throw new Error(`"${id}" is not an end user`);
  return bestCase(solver, network, lpScenarioFromGraph(g, f, noSubstitution), v);
}
