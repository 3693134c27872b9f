// One balanced draw (uncertainty/balancedDraw.ts) written back as a network, so the simulation
// over time (which reads a network) can run on it: every flow, production, known capacity and
// stock of the draw, each figure's range dropped (the draw is a point). What the draw does not
// touch is the network's own: recipes, ramps (absolute capacities from a day on), converters,
// stages and countries.
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
  return { ...network, nodes, edges };
}

/** A drawn network: the balanced draw of `g` (built from `network`) written back. */
export const drawnNetwork = (
  network: AnalysisNetwork,
  g: SupplyGraph,
  random: () => number,
): AnalysisNetwork => networkOfDraw(network, g, drawNetwork(g, random));
