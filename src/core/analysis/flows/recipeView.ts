// The seam between a graph whose converters list recipes and the graph the flows are worked out
// on: every analysis that moves material (no substitution, the rerouting programs, stocks over
// time, ranges, the sweep, dependents) runs on the graph of recipes.ts's expanded network, with
// the scenario's factors carried over, and reports on the nodes and edges of the network given.
// A graph without recipes is its own flow graph, untouched.
//
// Factors: an intervention names the network's nodes and edges (the parts have no name a user can
// give), and is carried over to the parts: v's own factor c goes to v (the output pool, so v's
// total output is scaled once); its parts take c when it is 0 (removed, or its country blocked:
// every part goes) or above 1 (a raise lets every recipe make more), and 1 for a cut, which v's
// own factor applies already (with no substitution a cut applied twice would count twice).
// v's in-edges keep their factors on their new target, the pool; edges between parts have none.
import { oncePer } from '../../oncePer.ts';
import type { FlowFactors } from './noSubstitution.ts';
import { expandRecipes, partOf, recipeBound } from './recipes.ts';
import {
  buildSupplyGraph,
  toInputEdgeOrder,
  toInputNodeOrder,
  type SupplyGraph,
} from './supplyGraph.ts';

export interface RecipeView {
  /** The graph the flows are worked out on. */
  readonly graph: SupplyGraph;
  /** Per flow-graph node, the node of the given graph it is or belongs to. */
  readonly parent: Int32Array;
  /** Per flow-graph node, 1 for a part (pool or recipe), 0 for a node of the given graph. */
  readonly part: Uint8Array;
  /** Per node of the given graph, its flow-graph node (for a converter: its output pool). */
  readonly nodeAt: Int32Array;
  /** Per edge of the given graph, its flow-graph edge. */
  readonly edgeAt: Int32Array;
}

/** The flows' graph and factors, and how to read their results on the graph given. */
export interface FlowSeam {
  readonly g: SupplyGraph;
  readonly f: FlowFactors;
  /** 1 for a flow-graph node that is a part of a converter. */
  readonly isPart: (v: number) => boolean;
  /** Per-node values of the flow graph, in the order of the given network's nodes. */
  readonly nodes: (values: ArrayLike<number>) => number[];
  /** The same, each part's value added to its converter's (tonnes piling up, say). */
  readonly nodesSummed: (values: ArrayLike<number>) => number[];
  /** Per-edge values of the flow graph, in the order of the given network's edges. */
  readonly edges: (values: ArrayLike<number>) => number[];
}

const views = new WeakMap<SupplyGraph, Map<string, RecipeView>>();

/**
 * The flow graph of `g` with recipes switched as `elapsedDays` allows (Infinity: every switch
 * made, as after rerouting), or null when `g` has no recipes. Built once per graph and set of
 * switches.
 */
export function recipeView(g: SupplyGraph, elapsedDays = Infinity): RecipeView | null {
  const source = g.recipeSource;
  if (source === null || source === undefined) return null;
  const key = source.nodes
    .flatMap((n) => (n.recipes ?? []).map((r) => recipeBound(r, elapsedDays)))
    .join(',');
  let byKey = views.get(g);
  if (byKey === undefined) views.set(g, (byKey = new Map()));
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const graph = buildSupplyGraph(expandRecipes(source, { elapsedDays }));
  const parent = new Int32Array(graph.n);
  const part = new Uint8Array(graph.n);
  for (let x = 0; x < graph.n; x++) {
    const id = graph.ids[x] as string;
    const owner = partOf(id);
    part[x] = owner === null ? 0 : 1;
    parent[x] = g.index.get(owner ?? id) as number;
  }
  const nodeAt = Int32Array.from(g.ids, (id) => graph.index.get(id) as number);
  const byInput = new Int32Array(graph.m);
  for (let e = 0; e < graph.m; e++) byInput[graph.inputEdge[e] as number] = e;
  const edgeAt = Int32Array.from(g.inputEdge, (i) => byInput[i] as number);
  const view = { graph, parent, part, nodeAt, edgeAt };
  byKey.set(key, view);
  return view;
}

/** The factors of `g`'s scenario carried over to the view's flow graph (see the top of the file). */
export function viewFactors(view: RecipeView, f: FlowFactors): FlowFactors {
  const { graph, parent, part, edgeAt } = view;
  const node = new Float64Array(graph.n);
  for (let x = 0; x < graph.n; x++) {
    const c = f.node[parent[x] as number] as number;
    node[x] = part[x] === 0 || c === 0 || c >= 1 ? c : 1;
  }
  const edge = new Float64Array(graph.m).fill(1);
  for (let e = 0; e < edgeAt.length; e++) edge[edgeAt[e] as number] = f.edge[e] as number;
  return { node, edge };
}

const identity = oncePer((g: SupplyGraph): Omit<FlowSeam, 'f'> => ({
  g,
  isPart: () => false,
  nodes: (values) => toInputNodeOrder(g, values),
  nodesSummed: (values) => toInputNodeOrder(g, values),
  edges: (values) => toInputEdgeOrder(g, values),
}));

/** Where and with what factors the scenario `f` on `g` is worked out (see the top of the file). */
export function flowSeam(g: SupplyGraph, f: FlowFactors, elapsedDays = Infinity): FlowSeam {
  const view = recipeView(g, elapsedDays);
  if (view === null) return { ...identity(g), f };
  const { graph, part, parent, nodeAt } = view;
  const n = g.n;
  return {
    g: graph,
    f: viewFactors(view, f),
    isPart: (x) => part[x] === 1,
    nodes: (values) => toInputNodeOrder(graph, values).slice(0, n),
    nodesSummed: (values) => {
      const folded = Float64Array.from(values);
      for (let x = 0; x < graph.n; x++) {
        if (part[x] === 0) continue;
        const own = nodeAt[parent[x] as number] as number;
        folded[own] = (folded[own] as number) + (folded[x] as number);
        folded[x] = 0;
      }
      return toInputNodeOrder(graph, folded).slice(0, n);
    },
    edges: (values) => toInputEdgeOrder(graph, values).slice(0, g.m),
  };
}
