// Random layered supply networks with balanced flows, for benchmarks, property tests and
// large-graph UI tests. Deterministic for a given seed.
//
// Stages follow STAGES; each node buys from about `edgesPerNode` suppliers, mostly in the stage
// just before its own. Mines produce; every other node passes on all it receives, split among
// its customers by random shares, so flow is conserved at every node (end users consume). With
// `recycling` > 0 that many end users send a share of what they receive back to a processor:
// the graph then has loops and the flows are balanced by iterating to a fixed point.
// Capacities are baseline throughput plus 5-50% headroom.
import { STAGES, type Stage, type SupplyNode } from '../model.ts';
import type { AnalysisEdge, AnalysisNetwork } from './supplyGraph.ts';

export interface GenerateOptions {
  readonly nodes: number;
  readonly edgesPerNode?: number;
  readonly seed?: number;
  readonly recycling?: number;
  /**
   * Materials (default 1: edges name none). With k >= 2, mines put out mat0, processors and
   * magnet makers are converters whose out-edges each carry one of mat1..mat(k-1), and every
   * other node passes on, on each out-edge, one of the materials it receives.
   */
  readonly materials?: number;
}

/** Share of nodes in each stage, in STAGES order. */
const STAGE_SHARES = [0.1, 0.15, 0.2, 0.25, 0.3];
const COUNTRIES = [
  'CN',
  'CN',
  'CN',
  'AU',
  'US',
  'MM',
  'MY',
  'VN',
  'JP',
  'DE',
  'KR',
  'EE',
  'IN',
  'BR',
];

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSupplyNetwork(options: GenerateOptions): AnalysisNetwork {
  const random = seededRandom(options.seed ?? 1);
  const total = Math.max(STAGES.length, Math.floor(options.nodes));
  const perNode = options.edgesPerNode ?? 5;
  const pickInt = (k: number) => Math.floor(random() * k);

  const sizes = STAGE_SHARES.map((s) => Math.max(1, Math.floor(s * total)));
  sizes[sizes.length - 1] = total - sizes.slice(0, -1).reduce((a, b) => a + b, 0);
  const layers: number[][] = [];
  const stageOf: Stage[] = [];
  for (const [k, size] of sizes.entries()) {
    layers.push(Array.from({ length: size }, (_, i) => stageOf.length + i));
    for (let i = 0; i < size; i++) stageOf.push(STAGES[k] as Stage);
  }
  const prefix = ['min', 'pro', 'int', 'mag', 'end'];
  const id = (v: number) => `${prefix[STAGES.indexOf(stageOf[v] as Stage)]}${v}`;

  // Structure: every non-mine node gets suppliers; every supplier gets at least one customer.
  const out: number[][] = stageOf.map(() => []);
  const weight: number[][] = stageOf.map(() => []);
  const link = (s: number, t: number) => {
    if (s === t || out[s]?.includes(t)) return;
    out[s]?.push(t);
    weight[s]?.push(0.1 + random());
  };
  for (let k = 1; k < layers.length; k++) {
    const layer = layers[k] as number[];
    for (const v of layer) {
      const want = 1 + pickInt(Math.max(1, 2 * perNode - 1));
      for (let j = 0; j < want; j++) {
        const from = k >= 2 && random() < 0.1 ? k - 2 : k - 1;
        const pool = layers[from] as number[];
        link(pool[pickInt(pool.length)] as number, v);
      }
    }
    for (const s of layers[k - 1] as number[]) {
      if ((out[s] as number[]).length === 0) link(s, layer[pickInt(layer.length)] as number);
    }
  }
  const endUsers = layers[layers.length - 1] as number[];
  const processors = layers[1] as number[];
  const recyclers = Math.min(options.recycling ?? 0, endUsers.length);
  for (let r = 0; r < recyclers; r++) {
    const e = endUsers[pickInt(endUsers.length)] as number;
    if ((out[e] as number[]).length > 0) continue;
    link(e, processors[pickInt(processors.length)] as number);
    (weight[e] as number[])[0] = 0.02 + 0.08 * random(); // share of its intake sent back
  }

  const production = stageOf.map((s) => (s === 'mine' ? Math.round(50 + 5000 * random() ** 3) : 0));
  const { supply, flows } = balance(out, weight, production, stageOf);

  const nodes: SupplyNode[] = stageOf.map((stage, v) => {
    const node: SupplyNode = {
      id: id(v),
      stage,
      country: COUNTRIES[pickInt(COUNTRIES.length)] as string,
      capacity: stage === 'end-user' ? null : (supply[v] as number) * (1.05 + 0.45 * random()),
    };
    return stage === 'mine' ? { ...node, production: production[v] as number } : node;
  });
  const edges: AnalysisEdge[] = [];
  out.forEach((targets, s) => {
    targets.forEach((t, j) => {
      edges.push({ source: id(s), target: id(t), flow: (flows[s] as number[])[j] as number });
    });
  });
  const k = Math.floor(options.materials ?? 1);
  if (k < 2) return { nodes, edges };
  return withMaterials(nodes, edges, out, stageOf, k, pickInt);
}

const CONVERTS: readonly Stage[] = ['processor', 'magnet-maker'];

function withMaterials(
  nodes: SupplyNode[],
  edges: AnalysisEdge[],
  out: number[][],
  stageOf: Stage[],
  k: number,
  pickInt: (k: number) => number,
): AnalysisNetwork {
  // Nodes are numbered stage by stage, so suppliers come first (recycling edges excepted).
  const received: Set<string>[] = stageOf.map(() => new Set<string>());
  const material: string[][] = out.map((targets) => targets.map(() => ''));
  const order = Array.from(stageOf.keys());
  const recyclingLate: [number, number][] = [];
  for (const s of order) {
    const stage = stageOf[s] as Stage;
    (out[s] as number[]).forEach((t, j) => {
      let m: string;
      if (stage === 'mine') m = 'mat0';
      else if (CONVERTS.includes(stage)) m = `mat${1 + pickInt(k - 1)}`;
      else {
        const options = [...(received[s] as Set<string>)].sort();
        if (options.length === 0) {
          recyclingLate.push([s, j]);
          return;
        }
        m = options[pickInt(options.length)] as string;
      }
      (material[s] as string[])[j] = m;
      (received[t] as Set<string>).add(m);
    });
  }
  for (const [s, j] of recyclingLate) {
    const options = [...(received[s] as Set<string>)].sort();
    const m = options[pickInt(Math.max(1, options.length))] ?? 'mat0';
    (material[s] as string[])[j] = m;
  }
  const flat = material.flat();
  return {
    nodes: nodes.map((n, v) =>
      CONVERTS.includes(stageOf[v] as Stage) ? { ...n, converter: true } : n,
    ),
    edges: edges.map((e, i) => ({ ...e, material: flat[i] as string })),
  };
}

/** Flows from shares: each node passes on `share` of what it receives (all of it unless an end user). */
function balance(out: number[][], weight: number[][], production: number[], stageOf: Stage[]) {
  const n = out.length;
  const shares = out.map((_, s) => {
    const w = weight[s] as number[];
    if (stageOf[s] === 'end-user') return w; // already a share of intake
    const sum = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / sum);
  });
  const suppliers: [number, number][][] = out.map(() => []);
  out.forEach((targets, s) => {
    targets.forEach((t, j) => suppliers[t]?.push([s, (shares[s] as number[])[j] as number]));
  });
  // Nodes are numbered stage by stage, so one pass in index order is exact without recycling;
  // recycling (end user -> processor) needs a few more passes.
  const supply = Float64Array.from(production);
  for (let pass = 0; pass < 1000; pass++) {
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = production[v] as number;
      for (const [s, share] of suppliers[v] as [number, number][])
        sum += (supply[s] as number) * share;
      if (sum > 0) change = Math.max(change, Math.abs(sum - (supply[v] as number)) / sum);
      supply[v] = sum;
    }
    if (change <= 1e-14) break;
  }
  const flows = out.map((targets, s) =>
    targets.map((_, j) => (supply[s] as number) * ((shares[s] as number[])[j] as number)),
  );
  return { supply, flows };
}
