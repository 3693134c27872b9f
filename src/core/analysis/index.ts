// The analysis engine's public face: build the indexed graph once, then ask it questions.
// Pure TypeScript (no DOM, React or store), so it runs the same in Node, the browser and a Web
// Worker; every result is plain JSON-ready data that can be posted from a worker.
export {
  buildSupplyGraph,
  type AnalysisEdge,
  type AnalysisNetwork,
  type SupplyGraph,
} from './flows/supplyGraph.ts';
import { analyzeBaseline as baselineUnchecked } from './baselineAnalysis.ts';
import { analyzeScenario as scenarioUnchecked } from './scenarioAnalysis.ts';
import { removalSweep as sweepUnchecked } from './sweep.ts';
import { traceEndUser as traceUnchecked } from './flows/endUserTrace.ts';
import { dependentEndUsers as dependentsUnchecked } from './measures/dependents.ts';
import { assertFinite } from './flows/finite.ts';

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
export { firstNonFinite, NonFiniteFigureError } from './flows/finite.ts';

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
export {
  type ReroutedSupply,
  type Rerouter,
  type RerouteMaximum,
} from './rerouting/reroutingSeam.ts';
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
  type DrawRunner,
  type DrawRequest,
  type DrawLosses,
  noSubstitutionDraws,
} from './uncertainty/uncertainty.ts';
export { simulateStocks, DAYS_PER_YEAR, type StockRun, type SupplyStep } from './time/stocks.ts';
export {
  propagateNoSubstitution,
  unitFactors,
  type FlowFactors,
  type NoSubstitutionState,
} from './flows/noSubstitution.ts';
export {
  bestCaseByLp,
  lpMaximum,
  lpRerouter,
  rerouteByLp,
  scenarioProgramText,
  type LpRerouting,
} from './rerouting/lp/engine.ts';
export type { LpSolver, LpSolution } from './rerouting/lp/types.ts';
export { LpError } from './rerouting/lp/rerouting.ts';
export {
  scenarioFactors,
  type FactorsResult,
  type InterventionProblem,
} from './flows/scenarioFactors.ts';
export {
  explorerSweepRerouting,
  SWEEP_REROUTE_ALL,
  SWEEP_REROUTE_WORST,
  SWEEP_REROUTING_MEANING,
  type SweepEntry,
  type SweepOptions,
} from './sweep.ts';
export { type EndUserTrace } from './flows/endUserTrace.ts';
export { type Dependent } from './measures/dependents.ts';
export {
  createMeasureContext,
  NODE_MEASURES,
  type MeasureContext,
  type MeasureUnit,
  type NodeMeasure,
  type NodeMeasureId,
  type Precomputed,
} from './measures/measures.ts';
export {
  stageConcentration,
  type CountryShare,
  type StageConcentration,
} from './measures/concentration.ts';
export { singlePointsOfFailure, immediateDominators } from './measures/dominators.ts';
export { betweenness, type Betweenness } from './measures/betweenness.ts';
export {
  degrees,
  pagerank,
  PAGERANK_DAMPING,
  type Degrees,
  type PageRank,
} from './measures/centrality.ts';
export { seededRandom } from './uncertainty/random.ts';
export { POINT_MARGIN, type RangesWithPoint } from './uncertainty/pointInRange.ts';
export { drawNetwork } from './uncertainty/balancedDraw.ts';
export { withRerouteRanges, type RerouteRanges } from './uncertainty/rerouteRanges.ts';
export { singleMaterial } from './flows/materialCount.ts';
export {
  expandRecipes,
  recipeProblems,
  type RecipeOptions,
  type RecipeProblem,
} from './flows/recipes.ts';
export { flowSeam, recipeView, type FlowSeam, type RecipeView } from './flows/recipeView.ts';
export { headlineSentence, scenarioSubject, type NamedScenario } from './headline.ts';
