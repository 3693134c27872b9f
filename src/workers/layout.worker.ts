// The organic layout (ForceAtlas2) off the main thread, so a 5,000-node graph lays out
// without freezing the page. Plain arrays in, positions out.
import '../security/zodJitless.ts';
import { expose } from 'comlink';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutInput {
  readonly ids: readonly string[];
  /** Seed positions, flat [x0, y0, x1, y1, …]. */
  readonly seed: Float64Array;
  readonly edges: readonly (readonly [number, number, number])[];
}

export function organicLayout(input: LayoutInput): Float64Array {
  const graph = new Graph({ type: 'directed', multi: true });
  input.ids.forEach((id, i) =>
    graph.addNode(id, { x: input.seed[2 * i] ?? 0, y: input.seed[2 * i + 1] ?? 0 }),
  );
  for (const [s, t, w] of input.edges) {
    const a = input.ids[s];
    const b = input.ids[t];
    if (a !== undefined && b !== undefined) graph.addEdge(a, b, { weight: Math.log1p(w) });
  }
  const n = input.ids.length;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    edgeWeightInfluence: 0.5,
    adjustSizes: false,
  };
  const iterations = n > 2000 ? 120 : n > 500 ? 300 : 600;
  // Positions go into the graph's own attributes, not a plain object keyed by id, so ids such as
  // "__proto__" or "constructor" are laid out like any other.
  forceAtlas2.assign(graph, { iterations, settings });
  const coordinate = (id: string, axis: 'x' | 'y') => {
    const value: unknown = graph.getNodeAttribute(id, axis);
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
  };
  // ForceAtlas2's units are arbitrary: scale to about 110 px per sqrt(node), like the layered view.
  const xs = input.ids.map((id) => coordinate(id, 'x'));
  const ys = input.ids.map((id) => coordinate(id, 'y'));
  const span = Math.max(1e-9, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const scale = Math.max(600, Math.sqrt(n) * 110) / span;
  const out = new Float64Array(2 * n);
  input.ids.forEach((_, i) => {
    out[2 * i] = (xs[i] ?? 0) * scale;
    out[2 * i + 1] = (ys[i] ?? 0) * scale;
  });
  return out;
}

const api = { organicLayout };
export type LayoutWorkerApi = typeof api;
expose(api);
