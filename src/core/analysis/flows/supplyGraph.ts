// The compact, indexed form of a supply network that every analysis runs on, built once.
//
// Conventions, relied on everywhere in src/core/analysis:
// - Nodes are stored sorted by id and edges sorted by (source, target, material), so every
//   result is the same whatever order the file lists them in. `inputNode` / `inputEdge` map
//   back to the positions in the network given, which is how results are reported.
// - Direction: edge e goes edgeSource[e] -> edgeTarget[e], the way material moves. Because
//   edges are sorted by source, the out-edges of v are the index range outStart[v]..outStart[v+1].
// - supply[v] = baseline inflow + production: B(v) of the no-substitution model.
// - capacity[v] is NaN when unknown; production[v] is 0 when absent.
// - Materials: every edge carries one (edges that name none share the unnamed material ''). Each
//   node has a "slot" per material it receives, puts out or stocks, sorted by material: slot k of
//   node v is in slotStart[v]..slotStart[v+1]. slotBase[k] = B_m(v), the baseline inflow of m;
//   slotOut[k] its baseline outflow; slotProduction[k] the part of v's production that leaves
//   as m (split by outflow shares; 0 at converters, whose production needs no input);
//   slotStock[k] the stock of m held at v.
import { STAGES, type SupplyEdge, type SupplyNode } from '../../model.ts';
import { groupByKey } from './csr.ts';
import {
  byString,
  markMadeMaterials,
  materialSlots,
  splitProduction,
  type NodeStock,
} from './materialSlots.ts';
import { sccOrder, type SccOrder } from '../measures/scc.ts';

/** An edge as the engine reads it: a SupplyEdge that may name its material. */
export type AnalysisEdge = SupplyEdge;

export interface AnalysisNetwork {
  readonly nodes: readonly SupplyNode[];
  readonly edges: readonly AnalysisEdge[];
}

export const END_USER_STAGE = STAGES.indexOf('end-user');
export const MINE_STAGE = STAGES.indexOf('mine');

export interface SupplyGraph {
  readonly n: number;
  readonly m: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly stage: Uint8Array;
  readonly country: Int32Array;
  /** Distinct country codes, sorted; country[v] indexes this list. */
  readonly countries: readonly string[];
  readonly capacity: Float64Array;
  readonly production: Float64Array;
  readonly inputNode: Int32Array;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeFlow: Float64Array;
  /** Material of each edge, or undefined. */
  readonly edgeMaterial: readonly (string | undefined)[];
  readonly inputEdge: Int32Array;
  readonly outStart: Int32Array;
  readonly inStart: Int32Array;
  /** Edge indices grouped by target: in-edges of v are inEdge[inStart[v]..inStart[v+1]]. */
  readonly inEdge: Int32Array;
  readonly inflow: Float64Array;
  readonly outflow: Float64Array;
  readonly supply: Float64Array;
  /** End users and mines, by index, in id order. */
  readonly endUsers: Int32Array;
  readonly mines: Int32Array;
  readonly order: SccOrder;
  /** 1 for converters (see model.ts). */
  readonly converter: Uint8Array;
  /** 1 for demand outside the model. */
  readonly outside: Uint8Array;
  /** Distinct materials, sorted ('' for edges that name none). */
  readonly materials: readonly string[];
  readonly edgeMaterialIndex: Int32Array;
  readonly slotStart: Int32Array;
  readonly slotMaterial: Int32Array;
  readonly slotBase: Float64Array;
  readonly slotOut: Float64Array;
  readonly slotProduction: Float64Array;
  readonly slotStock: Float64Array;
  /** Slot of the edge's material at its target, and at its source. */
  readonly edgeInSlot: Int32Array;
  readonly edgeOutSlot: Int32Array;
  /** The figures' ranges, where they have one (NaN where not): see uncertainty.ts. */
  readonly ranges: FigureRanges;
  /** The network built from, when a converter lists recipes (recipeView.ts expands them). */
  readonly recipeSource?: AnalysisNetwork | null | undefined;
}

export interface FigureRanges {
  readonly edgeLow: Float64Array;
  readonly edgeHigh: Float64Array;
  readonly productionLow: Float64Array;
  readonly productionHigh: Float64Array;
  readonly capacityLow: Float64Array;
  readonly capacityHigh: Float64Array;
  readonly stockLow: Float64Array;
  readonly stockHigh: Float64Array;
  /** How many figures have a range. */
  readonly count: number;
}

/** The network's nodes in id order, and what the graph keeps of each. */
function indexNodes(network: AnalysisNetwork, where: string) {
  const n = network.nodes.length;
  const nodeOrder = Array.from({ length: n }, (_, i) => i);
  const idOf = (i: number): string => (network.nodes[i] as SupplyNode).id;
  nodeOrder.sort((a, b) => byString(idOf(a), idOf(b)));

  const ids: string[] = new Array<string>(n);
  const index = new Map<string, number>();
  const stage = new Uint8Array(n);
  const capacity = new Float64Array(n);
  const production = new Float64Array(n);
  const countries = [...new Set(network.nodes.map((v) => v.country))].sort(byString);
  const countryIndex = new Map(countries.map((c, i) => [c, i] as const));
  const country = new Int32Array(n);
  const converter = new Uint8Array(n);
  const outside = new Uint8Array(n);
  const stocks: NodeStock[] = [];
  for (let v = 0; v < n; v++) {
    const node = network.nodes[nodeOrder[v] as number] as SupplyNode;
    if (index.has(node.id)) throw new Error(`${where}: duplicate node id "${node.id}"`);
    ids[v] = node.id;
    index.set(node.id, v);
    stage[v] = STAGES.indexOf(node.stage);
    country[v] = countryIndex.get(node.country) as number;
    capacity[v] = node.capacity ?? NaN;
    production[v] = node.production ?? 0;
    converter[v] = node.converter === true ? 1 : 0;
    outside[v] = node.outside === true ? 1 : 0;
    stocks.push(node.stock);
  }
  const inputNode = Int32Array.from(nodeOrder);
  return {
    nodeOrder,
    ids,
    index,
    inputNode,
    stage,
    country,
    countries,
    capacity,
    production,
    converter,
    outside,
    stocks,
  };
}

/**
 * Each edge's source and target position (input order), and the edges in graph order:
 * counting sort by source, then by target (and material) within a source.
 */
function sortEdges(network: AnalysisNetwork, index: ReadonlyMap<string, number>, where: string) {
  const n = network.nodes.length;
  const m = network.edges.length;
  const src = new Int32Array(m);
  const tgt = new Int32Array(m);
  network.edges.forEach((e, i) => {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined)
      throw new Error(`${where}: edges[${i}].source: unknown node "${e.source}"`);
    if (t === undefined)
      throw new Error(`${where}: edges[${i}].target: unknown node "${e.target}"`);
    if (!(e.flow >= 0) || !Number.isFinite(e.flow)) {
      throw new Error(`${where}: edges[${i}].flow: ${e.flow} is not a non-negative number`);
    }
    src[i] = s;
    tgt[i] = t;
  });
  const { start: outStart, items: inputEdge } = groupByKey(n, src);
  const materialOf = (i: number): string => network.edges[i]?.material ?? '';
  for (let v = 0; v < n; v++) {
    const lo = outStart[v] as number;
    const hi = outStart[v + 1] as number;
    if (hi - lo < 2) continue;
    const group = Array.from(inputEdge.subarray(lo, hi));
    group.sort(
      (a, b) =>
        (tgt[a] as number) - (tgt[b] as number) || byString(materialOf(a), materialOf(b)) || a - b,
    );
    inputEdge.set(group, lo);
  }
  return { src, tgt, outStart, inputEdge };
}

/** The edges' figures in graph order, and each node's baseline inflow and outflow. */
function edgeFigures(
  network: AnalysisNetwork,
  n: number,
  { src, tgt, inputEdge }: { src: Int32Array; tgt: Int32Array; inputEdge: Int32Array },
) {
  const m = inputEdge.length;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeFlow = new Float64Array(m);
  const edgeMaterial: (string | undefined)[] = new Array<string | undefined>(m);
  const inflow = new Float64Array(n);
  const outflow = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const i = inputEdge[e] as number;
    const edge = network.edges[i] as AnalysisEdge;
    const s = src[i] as number;
    const t = tgt[i] as number;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeFlow[e] = edge.flow;
    edgeMaterial[e] = edge.material;
    outflow[s] = (outflow[s] as number) + edge.flow;
    inflow[t] = (inflow[t] as number) + edge.flow;
  }
  return { edgeSource, edgeTarget, edgeFlow, edgeMaterial, inflow, outflow };
}

/** Builds the indexed graph. Throws on inconsistent input (the loader refuses such files). */
export function buildSupplyGraph(network: AnalysisNetwork): SupplyGraph {
  const where = 'buildSupplyGraph';
  const { nodeOrder, stocks, ...nodes } = indexNodes(network, where);
  const { ids, index, inputNode, stage, country, countries, capacity, production } = nodes;
  const { converter, outside } = nodes;
  const n = ids.length;
  const m = network.edges.length;
  const { src, tgt, outStart, inputEdge } = sortEdges(network, index, where);
  const edges = edgeFigures(network, n, { src, tgt, inputEdge });
  const { edgeSource, edgeTarget, edgeFlow, edgeMaterial, inflow, outflow } = edges;
  const { start: inStart, items: inEdge } = groupByKey(n, edgeTarget);

  const supply = new Float64Array(n);
  for (let v = 0; v < n; v++) supply[v] = (inflow[v] as number) + (production[v] as number);
  const pick = (s: number) => Int32Array.from(ids.keys()).filter((v) => stage[v] === s);
  const slots = materialSlots(n, m, edgeSource, edgeTarget, edgeFlow, edgeMaterial, stocks);
  markMadeMaterials(converter, production, slots);
  splitProduction(converter, production, outflow, slots);

  const ranges = figureRanges(network, nodeOrder, inputEdge, slots);
  return {
    n,
    m,
    ids,
    index,
    stage,
    country,
    countries,
    capacity,
    production,
    inputNode,
    edgeSource,
    edgeTarget,
    edgeFlow,
    edgeMaterial,
    inputEdge,
    outStart,
    inStart,
    inEdge,
    inflow,
    outflow,
    supply,
    endUsers: pick(END_USER_STAGE),
    mines: pick(MINE_STAGE),
    order: sccOrder(n, outStart, edgeTarget),
    converter,
    outside,
    ...slots,
    ranges,
    recipeSource: network.nodes.some((v) => (v.recipes?.length ?? 0) > 0) ? network : null,
  };
}

function figureRanges(
  network: AnalysisNetwork,
  nodeOrder: readonly number[],
  inputEdge: Int32Array,
  slots: { slotStart: Int32Array; slotMaterial: Int32Array; materials: readonly string[] },
): FigureRanges {
  const n = nodeOrder.length;
  const m = inputEdge.length;
  const k = slots.slotMaterial.length;
  const nan = (size: number) => new Float64Array(size).fill(NaN);
  const r = {
    edgeLow: nan(m),
    edgeHigh: nan(m),
    productionLow: nan(n),
    productionHigh: nan(n),
    capacityLow: nan(n),
    capacityHigh: nan(n),
    stockLow: nan(k),
    stockHigh: nan(k),
    count: 0,
  };
  for (let e = 0; e < m; e++) {
    const est = network.edges[inputEdge[e] as number]?.estimate;
    if (est === undefined) continue;
    r.edgeLow[e] = est.low;
    r.edgeHigh[e] = est.high;
    r.count++;
  }
  for (let v = 0; v < n; v++) {
    const node = network.nodes[nodeOrder[v] as number] as SupplyNode;
    if (node.estimate !== undefined) {
      r.productionLow[v] = node.estimate.low;
      r.productionHigh[v] = node.estimate.high;
      r.count++;
    }
    if (node.capacityEstimate !== undefined) {
      r.capacityLow[v] = node.capacityEstimate.low;
      r.capacityHigh[v] = node.capacityEstimate.high;
      r.count++;
    }
    for (const [material, amount] of Object.entries(node.stock ?? {})) {
      if (typeof amount === 'number' || amount.estimate === undefined) continue;
      const x = slots.materials.indexOf(material);
      for (let s = slots.slotStart[v] as number; s < (slots.slotStart[v + 1] as number); s++) {
        if (slots.slotMaterial[s] !== x) continue;
        r.stockLow[s] = amount.estimate.low;
        r.stockHigh[s] = amount.estimate.high;
        r.count++;
      }
    }
  }
  return r;
}

/** Spreads per-node values (graph order) into the order of the network's nodes. */
export function toInputNodeOrder(g: SupplyGraph, values: ArrayLike<number>): number[] {
  const out = new Array<number>(g.n);
  for (let v = 0; v < g.n; v++) out[g.inputNode[v] as number] = values[v] as number;
  return out;
}

/** Spreads per-edge values (graph order) into the order of the network's edges. */
export function toInputEdgeOrder(g: SupplyGraph, values: ArrayLike<number>): number[] {
  const out = new Array<number>(g.m);
  for (let e = 0; e < g.m; e++) out[g.inputEdge[e] as number] = values[e] as number;
  return out;
}
