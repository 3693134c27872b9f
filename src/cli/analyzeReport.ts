// The JSON report of `npm run analyze`: the baseline analysis and the scenario's outcome keyed by
// id, so a reader (or jq) can look up a node or an end user without knowing the file's order.
import { STAGES, type Stage } from '../core/model.ts';
import {
  NODE_MEASURES,
  type BaselineAnalysis,
  type NodeMeasureId,
  type ScenarioResult,
  type SweepEntry,
} from '../core/analysis/index.ts';

export function buildReport(
  title: string,
  baseline: BaselineAnalysis,
  scenario: ScenarioResult,
  sweep: readonly SweepEntry[] | undefined,
) {
  const byId = (values: readonly number[]): Record<string, number> => {
    const pairs = baseline.nodeIds.map((id, i) => [id, values[i] as number] as const);
    return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const centrality = {} as Record<NodeMeasureId, Record<string, number>>;
  for (const m of NODE_MEASURES) centrality[m.id] = byId(baseline.measures[m.id]);
  const origin = new Map(baseline.endUsers.map((e) => [e.id, e.supplyByOrigin]));
  const stageShares = {} as Record<Stage, Readonly<Record<string, number>>>;
  const stageConcentration = {} as Record<Stage, { total: number; hhi: number; top3Share: number }>;
  for (const stage of STAGES) {
    const { shares, total, hhi, top3Share } = baseline.stages[stage];
    stageShares[stage] = shares;
    stageConcentration[stage] = { total, hhi, top3Share };
  }

  return {
    dataset: {
      title,
      nodes: baseline.totals.nodes,
      edges: baseline.totals.edges,
      endUsers: baseline.totals.endUsers,
      hasCycles: baseline.hasCycles,
    },
    scenario: {
      interventions: scenario.interventions,
      descriptions: scenario.descriptions,
      affectedNodes: scenario.affectedNodes,
    },
    totals: scenario.totals,
    modelled: scenario.modelled,
    restOfWorld: scenario.restOfWorld,
    uncertainty: scenario.uncertainty,
    endUsers: scenario.endUsers.map((e) => ({ ...e, supplyByOrigin: origin.get(e.id) ?? {} })),
    maxFlow: scenario.maxFlow,
    stranded: scenario.stranded,
    topChokepointsAfter: scenario.topChokepoints,
    singlePointsOfFailure: Object.fromEntries(
      baseline.endUsers.map((e) => [e.id, e.singlePointsOfFailure]),
    ),
    centrality,
    stageShares,
    stageConcentration,
    ...(sweep === undefined ? {} : { sweep }),
    converged: baseline.converged && scenario.converged,
  };
}
