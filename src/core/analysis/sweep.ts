// The removal sweep: for every node, the end-user supply lost if it alone is removed, under both
// outcomes, ranked worst first.
//
// No substitution: with one material the loss is the supply that passes through the node
// (supplyTrace.ts), one backward pass for all nodes; tests check it against removing each node in
// turn. With several materials (converters need every input, so losses do not add up in
// proportion) each node is removed in turn and the model run: n propagations.
//
// After rerouting: the least loss rerouting can reach with the node removed, baseline total −
// the largest total served (LP 1 of the rerouting programs, `totals.reroutingMaximum` of a
// scenario), a program per node. It is the loss the fair share's total would show if nobody had
// to be treated fairly: a lower bound on every end user's sum of losses. On a network of one
// material and no converters, the max-flow of rerouting.ts gives the same total (a test checks
// it on the version-1 oracle fixtures) and is taken instead; with several materials and no
// program given, nothing after rerouting is computed (null): the max-flow would let any material
// stand in for any other. `rerouting` limits the programs to the nodes with the largest
// no-substitution losses, and `onProgress` reports as it goes (for a worker).
// Restricted to one material ("who controls Dy/Tb"), each node that puts the material out
// withholds it in turn, everything else it does unchanged: a propagation per such node.
import { mixesProportionally } from './measures/dependents.ts';
import { propagateNoSubstitution, unitFactors } from './flows/noSubstitution.ts';
import { reroute } from './rerouting/rerouting.ts';
import type { RerouteMaximum } from './rerouting/reroutingSeam.ts';
import { singleMaterial } from './flows/materialCount.ts';
import { STAGES, type Stage } from '../model.ts';
import type { SupplyGraph } from './flows/supplyGraph.ts';
import { baselineState, createTracer, supplyThrough } from './flows/supplyTrace.ts';
import { flowSeam, recipeView } from './flows/recipeView.ts';

export interface SweepEntry {
  readonly id: string;
  readonly stage: Stage;
  readonly country: string;
  /** Tonnes end users lose at once (no substitution), and as a share of their total supply. */
  readonly lostNoSubstitution: number;
  readonly lostNoSubstitutionShare: number;
  /** The same after rerouting; null when not computed (see SweepOptions.rerouting). */
  readonly lostWithRerouting: number | null;
  readonly lostWithReroutingShare: number | null;
}

/** The explorer's sweep: rerouting for every node up to this many nodes… */
export const SWEEP_REROUTE_ALL = 2000;
/** …and above it for this many, the worst without substitution. */
export const SWEEP_REROUTE_WORST = 50;

/** The rerouting limit the explorer's sweep uses on a graph of `n` nodes. */
export const explorerSweepRerouting = (n: number): 'all' | number =>
  n > SWEEP_REROUTE_ALL ? SWEEP_REROUTE_WORST : 'all';

export interface SweepOptions {
  /** 'all' (default), 'none', or the number of worst nodes (by no-substitution loss) to reroute. */
  readonly rerouting?: 'all' | 'none' | number;
  /**
   * Who controls this material: instead of removing each node, each node that puts the material
   * out withholds it (every flow of it that leaves the node is cut) and keeps the rest of its
   * work. Nodes that put none of it out are left out of the answer.
   */
  readonly material?: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** The largest total after rerouting (lpMaximum); see the top of this file without one. */
  readonly maximum?: RerouteMaximum | undefined;
}

/** What "after rerouting" in a sweep is: the least loss (LP 1), or not computed. */
export const SWEEP_REROUTING_MEANING =
  'least loss after rerouting: baseline total − the largest total the rerouting program can serve with the node removed (LP 1, reroutingMaximum)';

export function removalSweep(g: SupplyGraph, options: SweepOptions = {}): SweepEntry[] {
  const state = baselineState(g);
  const withheld = options.material === undefined ? null : outEdgesOf(g, options.material);
  const lost =
    withheld === null && mixesProportionally(g) && recipeView(g) === null
      ? supplyThrough(g, createTracer(g, state)).x
      : lossByCutting(g, withheld);
  const total = state.delivered.reduce((a, b) => a + b, 0);
  const share = (x: number) => (total > 0 ? x / total : 0);
  const nodes = Array.from(g.ids.keys()).filter((v) => withheld === null || withheld.has(v));
  const byLoss = nodes.sort((a, b) => (lost[b] as number) - (lost[a] as number) || a - b);
  const limit = options.rerouting ?? 'all';
  const count =
    limit === 'all'
      ? byLoss.length
      : limit === 'none'
        ? 0
        : Math.max(0, Math.min(byLoss.length, limit));

  const rerouted = new Float64Array(g.n).fill(NaN);
  const f = unitFactors(g);
  const { maximum } = options;
  const computed = maximum !== undefined || singleMaterial(g);
  for (let k = 0; computed && k < count; k++) {
    const x = byLoss[k] as number;
    cut(f, x, withheld, 0);
    // With recipes, on the graph that expands them (recipeView.ts), switches allowed.
    const s = flowSeam(g, f);
    const shock = propagateNoSubstitution(s.g, s.f);
    const served =
      maximum === undefined ? reroute(s.g, s.f, shock).maxFlow : maximum(s.g, s.f, shock.served);
    cut(f, x, withheld, 1);
    rerouted[x] = Math.max(0, total - served);
    options.onProgress?.(k + 1, count);
  }

  const entries = byLoss.map((v): SweepEntry => {
    const withRerouting = Number.isNaN(rerouted[v]) ? null : (rerouted[v] as number);
    return {
      id: g.ids[v] as string,
      stage: STAGES[g.stage[v] as number] as Stage,
      country: g.countries[g.country[v] as number] as string,
      lostNoSubstitution: lost[v] as number,
      lostNoSubstitutionShare: share(lost[v] as number),
      lostWithRerouting: withRerouting,
      lostWithReroutingShare: withRerouting === null ? null : share(withRerouting),
    };
  });
  return entries.sort(
    (a, b) =>
      b.lostNoSubstitution - a.lostNoSubstitution ||
      (b.lostWithRerouting ?? -1) - (a.lostWithRerouting ?? -1) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Each node's out-flows of `material`, for the nodes that have any. */
function outEdgesOf(g: SupplyGraph, material: string): Map<number, number[]> {
  const k = g.materials.indexOf(material);
  const edges = new Map<number, number[]>();
  if (k < 0) return edges;
  for (let e = 0; e < g.m; e++) {
    if (g.edgeMaterialIndex[e] !== k) continue;
    const v = g.edgeSource[e] as number;
    const list = edges.get(v);
    if (list === undefined) edges.set(v, [e]);
    else list.push(e);
  }
  return edges;
}

/** Removes node x (factor 0) or puts it back (1); with `withheld`, only its flows of the material. */
function cut(
  f: ReturnType<typeof unitFactors>,
  x: number,
  withheld: ReadonlyMap<number, readonly number[]> | null,
  factor: 0 | 1,
): void {
  if (withheld === null) f.node[x] = factor;
  else for (const e of withheld.get(x) ?? []) f.edge[e] = factor;
}

/** No-substitution loss when each node (or, with `withheld`, each supplier's flows) is cut alone. */
function lossByCutting(
  g: SupplyGraph,
  withheld: ReadonlyMap<number, readonly number[]> | null,
): Float64Array {
  const lost = new Float64Array(g.n);
  const f = unitFactors(g);
  let baseline = 0;
  for (const v of g.endUsers) baseline += g.supply[v] as number;
  const nodes = withheld === null ? g.ids.keys() : withheld.keys();
  for (const x of nodes) {
    cut(f, x, withheld, 0);
    const s = flowSeam(g, f);
    const served = propagateNoSubstitution(s.g, s.f).served;
    cut(f, x, withheld, 1);
    lost[x] = Math.max(0, baseline - served.reduce((a, b) => a + b, 0));
  }
  return lost;
}
