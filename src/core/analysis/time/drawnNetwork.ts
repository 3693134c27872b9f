// One balanced draw (uncertainty/balancedDraw.ts) written back as a network, so the simulation
// over time (which reads a network) can run on it: every flow, production, known capacity and
// stock of the draw, each figure's range dropped (the draw is a point). What the draw does not
// touch is the network's own: ramps (absolute capacities from a day on), converters, stages and
// countries, and recipes but for their input coefficients: a draw's converter takes all it
// receives (balancedDraw.ts), so each input's tonnes per tonne are scaled, in every recipe that
// uses it alike, until the recipes need what the draw delivers (as the recipes must agree with
// the flows, src/core/analysis/flows/recipes.ts).
import type { SupplyGraph, AnalysisNetwork } from '../flows/supplyGraph.ts';
import type { StockAmount, SupplyEdge, SupplyNode } from '../../model.ts';
import { drawNetwork } from '../uncertainty/balancedDraw.ts';

/** `network` with the figures of the draw `d` of its graph `g`. */
export function networkOfDraw(
  network: AnalysisNetwork,
  g: SupplyGraph,
  d: SupplyGraph,
): AnalysisNetwork {
  const nodes: SupplyNode[] = network.nodes.slice();
  for (let v = 0; v < g.n; v++) {
    const at = g.inputNode[v] as number;
    const node = network.nodes[at] as SupplyNode;
    const drawn: { -readonly [K in keyof SupplyNode]: SupplyNode[K] } = { ...node };
    delete drawn.estimate;
    delete drawn.capacityEstimate;
    if (typeof node.production === 'number') drawn.production = d.production[v] as number;
    const capacity = d.capacity[v] as number;
    if (typeof node.capacity === 'number' && Number.isFinite(capacity)) drawn.capacity = capacity;
    if (node.stock !== undefined) {
      const stock: Record<string, StockAmount> = {};
      for (let k = g.slotStart[v] as number; k < (g.slotStart[v + 1] as number); k++) {
        const material = g.materials[g.slotMaterial[k] as number] as string;
        if (material in node.stock) stock[material] = d.slotStock[k] as number;
      }
      drawn.stock = stock;
    }
    nodes[at] = drawn;
  }
  const edges: SupplyEdge[] = network.edges.slice();
  for (let e = 0; e < g.m; e++) {
    const at = g.inputEdge[e] as number;
    const edge: { -readonly [K in keyof SupplyEdge]: SupplyEdge[K] } = {
      ...(network.edges[at] as SupplyEdge),
      flow: d.edgeFlow[e] as number,
    };
    delete edge.estimate;
    edges[at] = edge;
  }
  return { ...network, nodes: withDrawnRecipes(nodes, edges), edges };
}

/** Each converter's recipes with their inputs scaled to what the drawn flows deliver. */
function withDrawnRecipes(nodes: SupplyNode[], edges: readonly SupplyEdge[]): SupplyNode[] {
  if (!nodes.some((n) => (n.recipes?.length ?? 0) > 0)) return nodes;
  const flows = new Map<string, { in: Map<string, number>; out: Map<string, number> }>();
  for (const n of nodes)
    if ((n.recipes?.length ?? 0) > 0) flows.set(n.id, { in: new Map(), out: new Map() });
  const add = (map: Map<string, number> | undefined, key: string, x: number) =>
    map?.set(key, (map.get(key) ?? 0) + x);
  for (const e of edges) {
    add(flows.get(e.source)?.out, e.material ?? '', e.flow);
    add(flows.get(e.target)?.in, e.material ?? '', e.flow);
  }
  return nodes.map((node) => {
    const flow = flows.get(node.id);
    const recipes = node.recipes;
    if (flow === undefined || recipes === undefined) return node;
    const need = new Map<string, number>();
    for (const r of recipes) {
      const made = r.share * (flow.out.get(r.output) ?? 0);
      for (const [m, perTonne] of Object.entries(r.inputs)) add(need, m, made * perTonne);
    }
    const scale = (m: string) => {
      const x = (flow.in.get(m) ?? 0) / (need.get(m) ?? 0);
      return Number.isFinite(x) && x > 0 ? x : 1;
    };
    return {
      ...node,
      recipes: recipes.map((r) => ({
        ...r,
        inputs: Object.fromEntries(Object.entries(r.inputs).map(([m, c]) => [m, c * scale(m)])),
      })),
    };
  });
}

/** A drawn network: the balanced draw of `g` (built from `network`) written back. */
export const drawnNetwork = (
  network: AnalysisNetwork,
  g: SupplyGraph,
  random: () => number,
): AnalysisNetwork => networkOfDraw(network, g, drawNetwork(g, random));
