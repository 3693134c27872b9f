// The version-2 oracle fixtures (tests/fixtures/oracle/v2, and ../shared/oracle/v2 when it exists) as the linear programs read
// them: the fixture's own nodes, edges and interventions, and its no-substitution figures as the
// amounts every end user keeps. One HiGHS instance serves every test in a file.
import highsLoader from 'highs';
import {
  buildSupplyGraph,
  scenarioFactors,
  type AnalysisNetwork,
} from '../../../../../src/core/analysis/index.ts';
import {
  lpNetworkFromGraph,
  lpScenarioFromGraph,
} from '../../../../../src/core/analysis/rerouting/lp/fromGraph.ts';
import type {
  LpNetwork,
  LpScenario,
  LpSolver,
} from '../../../../../src/core/analysis/rerouting/lp/types.ts';
import type { SupplyNode } from '../../../../../src/core/model.ts';
import type { Scenario } from '../../../../../src/core/scenario.ts';
import { readFixtures } from '../oracleFixtures.ts';

let solver: Promise<LpSolver> | undefined;
export function loadSolver(): Promise<LpSolver> {
  return (solver ??= highsLoader());
}

interface V2Node extends SupplyNode {
  readonly converter?: boolean;
  readonly outside?: boolean;
}

export interface V2Scenario extends Scenario {
  readonly id: string;
  readonly expected: {
    readonly no_substitution_served: Record<string, number>;
    readonly rerouting_max_total: number;
    readonly rerouting_fair_served: Record<string, number>;
  };
}

export interface V2Fixture extends AnalysisNetwork {
  readonly name: string;
  readonly path: string;
  readonly nodes: readonly V2Node[];
  readonly scenarios: readonly V2Scenario[];
  readonly expected: { readonly baseline_served: Record<string, number> };
}

export const v2Fixtures = (): V2Fixture[] => readFixtures<Omit<V2Fixture, 'name' | 'path'>>(2);

/** The fixture's network and one scenario's factors, in the engine's graph order. */
export function lpCase(fixture: V2Fixture, scenario: V2Scenario) {
  const g = buildSupplyGraph(fixture);
  const network: LpNetwork = lpNetworkFromGraph(g);
  const factors = scenarioFactors(g, scenario);
  if (!factors.ok) throw new Error(factors.errors.join('; '));
  const ns = scenario.expected.no_substitution_served;
  const noSubstitution = Array.from(g.endUsers, (v) => ns[g.ids[v] as string] ?? 0);
  const lpScenario: LpScenario = lpScenarioFromGraph(g, factors.factors, noSubstitution);
  return { g, network, scenario: lpScenario };
}

/** The oracle's tolerance for the linear programs: 1e-5 relative or 1e-3 t, whichever is larger. */
export function lpTolerance(expected: number): number {
  return Math.max(1e-5 * Math.abs(expected), 1e-3);
}
