// The analysis engine behind the worker protocol: one indexed graph per loaded dataset, and
// the questions the explorer asks of it. Kept apart from the Worker glue so tests can drive the
// very same object in-process.
import {
  analyzeBaseline,
  analyzeScenario,
  bestCaseByLp,
  buildSupplyGraph,
  lpMaximum,
  lpRerouter,
  sampleLosses,
  scenarioFactors,
  DEFAULT_REROUTING_SAMPLES,
  DEFAULT_SEED,
  type RerouteRanges,
  singleMaterial,
  scenarioProgramText,
  type LpSolver,
  removalSweep,
  explorerSweepRerouting,
  dependentEndUsers,
  type Dependent,
  type AnalysisNetwork,
  type BaselineAnalysis,
  type ScenarioAnalysis,
  type SupplyGraph,
  type SweepEntry,
} from '../core/analysis/index.ts';
import type { Scenario } from '../core/scenario.ts';
import {
  hindcast,
  type HindcastBlock,
  type HindcastQuestion,
} from '../core/analysis/time/hindcast.ts';
import { survivalSweep } from '../core/analysis/time/survive.ts';

/**
 * Work that solves many programs (the ranges' draws, the sweeps, the simulation over time) uses
 * the programs up to this many nodes, and the max-flow rerouting above.
 */
export const LP_NODE_LIMIT = 2_000;
/**
 * A what-if's "with rerouting" is the fair share up to this many nodes: one scenario solves the
 * part of the network it touches (rerouting/lp/region.ts), seconds at 10,000 nodes (see the
 * bench), answered in the analysis worker, off the page's thread.
 */
export const SCENARIO_LP_NODE_LIMIT = 10_000;

export interface AnalysisEngine {
  load(network: AnalysisNetwork): BaselineAnalysis;
  /** With a solver, "with rerouting" is the fair share of the rerouting linear programs. */
  scenario(scenario: Scenario): Promise<ScenarioAnalysis>;
  /** The scenario's rerouting linear program (largest total) as CPLEX LP text. */
  linearProgram(scenario: Scenario, title: readonly string[]): string;
  /** The most end user `id` could get after rerouting if it came first. */
  bestCase(scenario: Scenario, id: string): Promise<number>;
  /** With a material: who controls it (each node withholds its out-flows of it in turn). */
  /** After rerouting, the least loss (LP 1) per node; see sweep.ts. */
  /** `survive`: every node removed, each row with its time to survive too (survive.ts). */
  sweep(
    onProgress?: (done: number, total: number) => void,
    material?: string,
    survive?: boolean,
  ): Promise<SweepEntry[]>;
  dependents(nodeId: string): Dependent[];
  /**
   * The ranges after rerouting (the fair share on DEFAULT_REROUTING_SAMPLES draws, seed 1: the
   * command line's); null when nothing can be rerouted or no figure has a range.
   */
  rerouteRanges(
    scenario: Scenario,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RerouteRanges | null>;
  /** The scenario's flows with no substitution alone; null when it does not apply. */
  flows(scenario: Scenario): ScenarioFlows | null;
  /** The year simulated on the loaded network (the command line's --hindcast), or why not. */
  hindcast(question: HindcastQuestion): Promise<HindcastBlock | string>;
}

/** What a month of the timeline chart reads: no ranges drawn, no linear programs solved. */
export interface ScenarioFlows {
  /** Each end user's supply with no substitution, by id. */
  readonly endUsers: ReadonlyMap<string, number>;
  /** Each edge's flow with no substitution, in the dataset's order. */
  readonly edges: readonly number[];
}

export type { Dependent };

/**
 * `loadSolver` loads HiGHS, once, on the first scenario (its first solve compiles the
 * WebAssembly): one instance per engine. Without it, rerouting is the max-flow's.
 */
export function createEngine(loadSolver?: () => Promise<LpSolver>): AnalysisEngine {
  let graph: SupplyGraph | null = null;
  let network: AnalysisNetwork | null = null;
  let solver: Promise<LpSolver> | undefined;
  /** The network as loaded, with its stocks, ramps and recipes, for the simulation over time. */
  let hindcastNetwork: AnalysisNetwork | null = null;
  const getSolver = () => (loadSolver === undefined ? undefined : (solver ??= loadSolver()));
  const need = (what: string): SupplyGraph => {
    if (graph === null) throw new Error(`${what}: no dataset loaded`);
    return graph;
  };
  return {
    load(next) {
      graph = buildSupplyGraph(next);
      hindcastNetwork = next;
      network = next;
      return analyzeBaseline(graph);
    },
    async scenario(scenario) {
      const g = need('scenario');
      // Ranges at once as the command line draws them (1,000 draws, seed 1); the ranges after
      // rerouting take the programs on 100 of them, so they come in a run of their own (ranges).
      const uncertainty = { reroutingSamples: 0 };
      // The fair share's linear programs take seconds at 10,000 nodes (see the bench), so bigger
      // networks keep the max-flow rerouting in the explorer and say so in the README.
      const lp = g.n > SCENARIO_LP_NODE_LIMIT ? undefined : await getSolver();
      return analyzeScenario(g, scenario, {
        uncertainty,
        ...(lp === undefined ? {} : { rerouter: lpRerouter(lp) }),
      });
    },
    linearProgram(scenario, title) {
      return scenarioProgramText(need('linearProgram'), scenario, title);
    },
    async bestCase(scenario, id) {
      const g = need('bestCase');
      const lp = await getSolver();
      if (lp === undefined) throw new Error('bestCase: no linear-program solver');
      return bestCaseByLp(lp, g, scenario, id);
    },
    async sweep(onProgress, material, survive) {
      const g = need('sweep');
      if (survive === true && network !== null) {
        const lp = g.n > LP_NODE_LIMIT ? undefined : await getSolver();
        return survivalSweep(network, g, { solver: lp, onProgress });
      }
      // Rerouting costs one program per node: on big graphs only for the worst ones.
      const rerouting = explorerSweepRerouting(g.n);
      const lp = singleMaterial(g) ? undefined : await getSolver();
      return removalSweep(g, {
        rerouting,
        ...(lp === undefined ? {} : { maximum: lpMaximum(lp) }),
        ...(onProgress === undefined ? {} : { onProgress }),
        ...(material === undefined ? {} : { material }),
      });
    },
    async rerouteRanges(scenario, onProgress) {
      const g = need('rerouteRanges');
      if (g.ranges.count === 0) return null;
      const compiled = scenarioFactors(g, scenario);
      if (!compiled.ok) return null;
      const lp = g.n > LP_NODE_LIMIT ? undefined : await getSolver();
      if (lp === undefined && !singleMaterial(g)) return null;
      const drawn = sampleLosses(
        g,
        compiled.factors,
        {
          samples: DEFAULT_REROUTING_SAMPLES,
          reroutingSamples: DEFAULT_REROUTING_SAMPLES,
          seed: DEFAULT_SEED,
          onProgress,
        },
        lp === undefined ? undefined : lpRerouter(lp),
      );
      return {
        samples: drawn.reroutingSamples,
        seed: drawn.seed,
        endUsers: drawn.endUsers.flatMap((e) =>
          e.lostWithRerouting === null || e.lostWithReroutingShare === null
            ? []
            : [
                {
                  lostWithRerouting: e.lostWithRerouting,
                  lostWithReroutingShare: e.lostWithReroutingShare,
                },
              ],
        ),
      };
    },
    dependents(nodeId) {
      return dependentEndUsers(need('dependents'), nodeId) ?? [];
    },
    async hindcast(question) {
      const g = need('hindcast');
      if (hindcastNetwork === null) throw new Error('hindcast: no dataset loaded');
      const lp = g.n > LP_NODE_LIMIT ? undefined : await getSolver();
      return hindcast({ ...question, network: hindcastNetwork, solver: lp });
    },
    flows(scenario) {
      // No uncertainty option: no draws; no rerouter: the max-flow, not the linear programs.
      const outcome = analyzeScenario(need('flows'), scenario);
      if (!outcome.ok) return null;
      const { endUsers, edges } = outcome.result;
      return {
        endUsers: new Map(endUsers.map((e) => [e.id, e.noSubstitution])),
        edges: edges.flowNoSubstitution,
      };
    },
  };
}
