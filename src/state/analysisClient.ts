// What the store asks of the analysis engine. The page's client runs the engine in a Web
// Worker (workerClients.ts); tests hand the store a fake of the same shape.
import type {
  AnalysisNetwork,
  BaselineAnalysis,
  Dependent,
  RerouteRanges,
  ScenarioAnalysis,
  SweepEntry,
} from '../core/analysis/index.ts';
import type { Scenario } from '../core/scenario.ts';
import type { HindcastBlock, HindcastQuestion } from '../core/analysis/time/hindcast.ts';
import type { ScenarioFlows } from '../workers/engine.ts';

export type { ScenarioFlows };

export interface AnalysisClient {
  load(network: AnalysisNetwork): Promise<BaselineAnalysis>;
  /** The scenario crosses as data (structured clone), never as text. */
  scenario(scenario: Scenario): Promise<ScenarioAnalysis>;
  /** Every node removed in turn; with a material, each node that puts it out withholds it. */
  /** `survive`: each row also has the node's time to survive (hasSurvive, survive.ts). */
  sweep(
    onProgress: (done: number, total: number) => void,
    material?: string,
    survive?: boolean,
  ): Promise<readonly SweepEntry[]>;
  dependents(nodeId: string): Promise<readonly Dependent[]>;
  /** The ranges after rerouting (slow: a program per draw); null when there are none. */
  rerouteRanges(
    scenario: Scenario,
    onProgress: (done: number, total: number) => void,
  ): Promise<RerouteRanges | null>;
  /** The scenario's flows with no substitution alone (no draws, no programs); null if refused. */
  flows(scenario: Scenario): Promise<ScenarioFlows | null>;
  /** The most end user `id` could get after rerouting if it came first. */
  bestCase(scenario: Scenario, id: string): Promise<number>;
  /** The scenario's rerouting linear program as CPLEX LP text. */
  linearProgram(scenario: Scenario, title: readonly string[]): Promise<string>;
  /** The year simulated from the baseline (the command line's --hindcast); absent in fakes. */
  hindcast?(question: HindcastQuestion): Promise<HindcastBlock | string>;
  /**
   * Stops the work in hand: every pending call rejects with a `StoppedError`. The next call
   * starts afresh on the last dataset loaded.
   */
  stop(): void;
}

export class StoppedError extends Error {
  constructor() {
    super('The analysis was stopped.');
    this.name = 'StoppedError';
  }
}
