// What a scenario changes in the drawing, decided from the scenario's result alone (never
// guessed from side effects such as "some node is cut"): which nodes are removed, cut or
// raised, how much of each flow still reaches use, and how much each end user loses.
//
// A flow "reaches use" when its target passes it on (or, for an end user, uses it). Material
// shipped into a removed or cut node is stranded there: the engine still counts it on the
// edge (nothing upstream knows), but it is drawn as lost, because none of it goes anywhere.
import type { Dataset } from '../../data/schema.ts';
import type { ScenarioResult } from '../../core/analysis/index.ts';

export interface ScenarioDrawing {
  /** True when the result is for at least one intervention: its looks are drawn. */
  readonly active: boolean;
  /** Capacity factor of every node the scenario touches (removed 0, cut < 1, raised > 1). */
  readonly nodeFactor: ReadonlyMap<string, number>;
  /** Per edge: tonnage that still reaches use (immediate shock, no substitution). */
  readonly edgeFlow: readonly number[];
  /** Per edge: share of its baseline flow lost (0-1). */
  readonly edgeLoss: readonly number[];
  /** Per end user: share of its baseline supply lost at once (0-1). */
  readonly endUserLoss: ReadonlyMap<string, number>;
  /** Per end user: share lost after rerouting (0-1). */
  readonly endUserLossRerouted: ReadonlyMap<string, number>;
}

const NONE: ScenarioDrawing = {
  active: false,
  nodeFactor: new Map(),
  edgeFlow: [],
  edgeLoss: [],
  endUserLoss: new Map(),
  endUserLossRerouted: new Map(),
};

/** Relative change below this is solver noise, not a loss. */
const EPS = 1e-9;

export function scenarioDrawing(dataset: Dataset, result: ScenarioResult | null): ScenarioDrawing {
  if (result === null || result.interventions.length === 0) return NONE;
  const index = new Map(dataset.nodes.map((n, i) => [n.id, i]));
  const nodeFactor = new Map<string, number>();
  result.nodes.capacityFactor.forEach((f, i) => {
    const id = dataset.nodes[i]?.id;
    if (id !== undefined && Math.abs(f - 1) > EPS) nodeFactor.set(id, f);
  });

  // What reaches each node now (production plus inflow), to find the share it passes on.
  const received = dataset.nodes.map((n) => n.production ?? 0);
  dataset.edges.forEach((e, i) => {
    const t = index.get(e.target);
    if (t !== undefined)
      received[t] = (received[t] ?? 0) + (result.edges.flowNoSubstitution[i] ?? 0);
  });
  const used = received.map((got, v) => {
    const handled = result.nodes.throughputNoSubstitution[v] ?? got;
    return got > EPS ? Math.min(1, Math.max(0, handled / got)) : 1;
  });

  const edgeFlow = dataset.edges.map((e, i) => {
    const t = index.get(e.target);
    const now = result.edges.flowNoSubstitution[i] ?? e.flow;
    return now * (t === undefined ? 1 : (used[t] ?? 1));
  });
  const edgeLoss = dataset.edges.map((e, i) => {
    if (e.flow <= 0) return 0;
    const lost = 1 - (edgeFlow[i] ?? e.flow) / e.flow;
    return lost > EPS ? Math.min(1, lost) : 0;
  });
  const endUserLoss = new Map(
    result.endUsers.map((e) => [e.id, e.lostNoSubstitutionShare] as const),
  );
  const endUserLossRerouted = new Map(
    result.endUsers.map((e) => [e.id, e.lostWithReroutingShare] as const),
  );
  return { active: true, nodeFactor, edgeFlow, edgeLoss, endUserLoss, endUserLossRerouted };
}
