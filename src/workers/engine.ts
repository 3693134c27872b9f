// The analysis engine behind the worker protocol: one indexed graph per loaded dataset, and
// the questions the explorer asks of it. Kept apart from the Worker glue so tests can drive the
// very same object in-process.
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  removalSweep,
  traceEndUser,
  type AnalysisNetwork,
  type BaselineAnalysis,
  type ScenarioAnalysis,
  type SupplyGraph,
  type SweepEntry,
} from '../core/analysis/index.ts';
import type { Scenario } from '../core/scenario.ts';

export interface Dependent {
  readonly id: string;
  /** Share of that end user's baseline supply that passes through the node (0-1). */
  readonly share: number;
}

export interface AnalysisEngine {
  load(network: AnalysisNetwork): BaselineAnalysis;
  scenario(scenario: Scenario): ScenarioAnalysis;
  sweep(onProgress?: (done: number, total: number) => void): SweepEntry[];
  dependents(nodeId: string): Dependent[];
}

export function createEngine(): AnalysisEngine {
  let graph: SupplyGraph | null = null;
  let traces: Map<string, { supply: number; throughNode: readonly number[] }> | null = null;
  const need = (what: string): SupplyGraph => {
    if (graph === null) throw new Error(`${what}: no dataset loaded`);
    return graph;
  };
  return {
    load(network) {
      graph = buildSupplyGraph(network);
      traces = null;
      return analyzeBaseline(graph);
    },
    scenario(scenario) {
      return analyzeScenario(need('scenario'), scenario);
    },
    sweep(onProgress) {
      return removalSweep(need('sweep'), onProgress === undefined ? {} : { onProgress });
    },
    dependents(nodeId) {
      const g = need('dependents');
      const v = g.index.get(nodeId);
      if (v === undefined) return [];
      if (traces === null) {
        traces = new Map();
        for (const e of g.endUsers) {
          const id = g.ids[e] as string;
          const t = traceEndUser(g, id);
          if (t !== null) traces.set(id, t);
        }
      }
      const out: Dependent[] = [];
      for (const [id, t] of traces) {
        const through = t.throughNode[v] ?? 0;
        if (id !== nodeId && through > 0 && t.supply > 0)
          out.push({ id, share: through / t.supply });
      }
      return out.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
    },
  };
}
