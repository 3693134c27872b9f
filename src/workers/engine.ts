// The analysis engine behind the worker protocol: one indexed graph per loaded dataset, and
// the questions the explorer asks of it. Kept apart from the Worker glue so tests can drive the
// very same object in-process.
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  removalSweep,
  dependentEndUsers,
  type Dependent,
  type AnalysisNetwork,
  type BaselineAnalysis,
  type ScenarioAnalysis,
  type SupplyGraph,
  type SweepEntry,
} from '../core/analysis/index.ts';
import type { Scenario } from '../core/scenario.ts';

export interface AnalysisEngine {
  load(network: AnalysisNetwork): BaselineAnalysis;
  scenario(scenario: Scenario): ScenarioAnalysis;
  sweep(onProgress?: (done: number, total: number) => void): SweepEntry[];
  dependents(nodeId: string): Dependent[];
}

export type { Dependent };

export const SWEEP_REROUTE_ALL = 2000;
export const SWEEP_REROUTE_WORST = 50;
/** Above this many nodes the loss ranges after rerouting are not drawn. */
export const RANGES_REROUTE_LIMIT = 2000;

export function createEngine(): AnalysisEngine {
  let graph: SupplyGraph | null = null;
  const need = (what: string): SupplyGraph => {
    if (graph === null) throw new Error(`${what}: no dataset loaded`);
    return graph;
  };
  return {
    load(network) {
      graph = buildSupplyGraph(network);
      return analyzeBaseline(graph);
    },
    scenario(scenario) {
      const g = need('scenario');
      // Ranges as the command line draws them (1,000 draws, seed 1, the first 100 rerouted);
      // on big graphs the rerouted draws would hold up every what-if, so none are.
      const uncertainty = g.n > RANGES_REROUTE_LIMIT ? { reroutingSamples: 0 } : {};
      return analyzeScenario(g, scenario, { uncertainty });
    },
    sweep(onProgress) {
      const g = need('sweep');
      // Rerouting costs one max-flow per node: on big graphs only for the worst ones.
      const rerouting = g.n > SWEEP_REROUTE_ALL ? SWEEP_REROUTE_WORST : 'all';
      return removalSweep(g, onProgress === undefined ? { rerouting } : { rerouting, onProgress });
    },
    dependents(nodeId) {
      return dependentEndUsers(need('dependents'), nodeId) ?? [];
    },
  };
}
