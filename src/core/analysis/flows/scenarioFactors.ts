// Turns a Scenario (a list of interventions, src/core/scenario.ts) into the factors the engine
// applies: a capacity factor per node and a factor per edge. Factors multiply, so a node cut to
// 50% twice passes on 25%. The baseline is never touched: factors are new arrays.
//
// An intervention that names something the network does not have is an error that says which
// intervention and what: `interventions[1] (remove-node): unknown node "pro9"`.
import { applyIntervention } from '../../interventions/index.ts';
import type { Scenario } from '../../scenario.ts';
import { unitFactors, type FlowFactors } from './noSubstitution.ts';
import type { SupplyGraph } from './supplyGraph.ts';

export type FactorsResult =
  | { ok: true; factors: FlowFactors }
  | { ok: false; errors: string[]; problems: InterventionProblem[] };

/** What is wrong with intervention number `index`, without the prefix. */
export interface InterventionProblem {
  readonly index: number;
  readonly message: string;
}

export function scenarioFactors(g: SupplyGraph, scenario: Scenario): FactorsResult {
  const factors = unitFactors(g);
  const problems: InterventionProblem[] = [];
  scenario.interventions.forEach((intervention, index) => {
    const message = applyIntervention(intervention, { g, f: factors });
    if (message !== null) problems.push({ index, message });
  });
  if (problems.length === 0) return { ok: true, factors };
  const errors = problems.map(({ index, message }) => {
    const type = scenario.interventions[index]?.type ?? '';
    return `interventions[${index}] (${type}): ${message}`;
  });
  return { ok: false, errors, problems };
}
