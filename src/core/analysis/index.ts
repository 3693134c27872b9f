// The analysis engine's public face: build the indexed graph once, then ask it questions.
// Pure TypeScript (no DOM, React or store), so it runs the same in Node, the browser and a Web
// Worker; every result is plain JSON-ready data that can be posted from a worker.
export {
  buildSupplyGraph,
  type AnalysisEdge,
  type AnalysisNetwork,
  type SupplyGraph,
} from './supplyGraph.ts';
import { analyzeBaseline as baselineUnchecked } from './baselineAnalysis.ts';
import { analyzeScenario as scenarioUnchecked } from './scenarioAnalysis.ts';
import { removalSweep as sweepUnchecked } from './sweep.ts';
import { traceEndUser as traceUnchecked } from './endUserTrace.ts';
import { dependentEndUsers as dependentsUnchecked } from './dependents.ts';
import { assertFinite } from './finite.ts';

// The engine's boundary: what leaves it is checked to hold only finite figures (finite.ts).
export const analyzeBaseline: typeof baselineUnchecked = (...args) =>
  assertFinite('analyzeBaseline', baselineUnchecked(...args));
export const analyzeScenario: typeof scenarioUnchecked = (...args) =>
  assertFinite('analyzeScenario', scenarioUnchecked(...args));
export const removalSweep: typeof sweepUnchecked = (...args) =>
  assertFinite('removalSweep', sweepUnchecked(...args));
export const traceEndUser: typeof traceUnchecked = (...args) =>
  assertFinite('traceEndUser', traceUnchecked(...args));
export const dependentEndUsers: typeof dependentsUnchecked = (...args) =>
  assertFinite('dependentEndUsers', dependentsUnchecked(...args));
export { firstNonFinite, NonFiniteFigureError } from './finite.ts';

export { type BaselineAnalysis, type EndUserBaseline } from './baselineAnalysis.ts';
export {
  baselineMaxFlow,
  TOP_CHOKEPOINTS,
  type Chokepoint,
  type EndUserOutcome,
  type ScenarioAnalysis,
  type ScenarioOptions,
  type ScenarioResult,
  type Totals,
} from './scenarioAnalysis.ts';
export { type ReroutedSupply, type Rerouter } from './reroutingSeam.ts';
export {
  sampleLosses,
  triangular,
  percentile,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  DEFAULT_REROUTING_SAMPLES,
  type EndUserRanges,
  type Range,
  type Uncertainty,
  type UncertaintyOptions,
} from './uncertainty.ts';
export { simulateStocks, DAYS_PER_YEAR, type StockRun, type SupplyStep } from './stocks.ts';
export {
  propagateNoSubstitution,
  unitFactors,
  type FlowFactors,
  type NoSubstitutionState,
} from './noSubstitution.ts';
export {
  bestCaseByLp,
  lpRerouter,
  rerouteByLp,
  scenarioProgramText,
  type LpRerouting,
} from './lp/engine.ts';
export type { LpSolver, LpSolution } from './lp/types.ts';
export { LpError } from './lp/rerouting.ts';
export {
  scenarioFactors,
  type FactorsResult,
  type InterventionProblem,
} from './scenarioFactors.ts';
export {
  explorerSweepRerouting,
  SWEEP_REROUTE_ALL,
  SWEEP_REROUTE_WORST,
  type SweepEntry,
  type SweepOptions,
} from './sweep.ts';
export { type EndUserTrace } from './endUserTrace.ts';
export { type Dependent } from './dependents.ts';
export {
  createMeasureContext,
  NODE_MEASURES,
  type MeasureContext,
  type MeasureUnit,
  type NodeMeasure,
  type NodeMeasureId,
  type Precomputed,
} from './measures.ts';
export { stageConcentration, type CountryShare, type StageConcentration } from './concentration.ts';
export { singlePointsOfFailure, immediateDominators } from './dominators.ts';
export { betweenness, type Betweenness } from './betweenness.ts';
export { degrees, pagerank, PAGERANK_DAMPING, type Degrees, type PageRank } from './centrality.ts';
export { generateSupplyNetwork, seededRandom, type GenerateOptions } from './generate.ts';
export { headlineSentence, scenarioSubject, type NamedScenario } from './headline.ts';
