// Directed shortest-path betweenness (Brandes 2001) over typed arrays.
//
// Conventions, as networkx's betweenness_centrality(G, normalized=False) on a DiGraph and
// graphology-metrics' betweenness with getEdgeWeight: null:
// - paths follow edge direction (supplier -> customer) and count hops: flows are not weights;
// - raw: for every ordered pair (s, t), s != v != t, the share of shortest s->t paths through v;
//   no halving (that is for undirected graphs);
// - normalised: raw / ((n-1)(n-2)), the number of ordered pairs excluding v; left raw when n <= 2.
// Parallel links count once (see simpleGraph.ts).
//
// Why our own kernel: graphology-metrics allocates predecessor lists per node per source and takes
// about a second (10k nodes) on top of building a graphology instance; this one reuses flat arrays
// and accumulates through successors, so it needs no predecessor lists at all.
//
// The work splits by source: each source's breadth-first search is independent, and the raw
// scores are sums over sources. The sources are cut into BETWEENNESS_CHUNKS fixed ranges; each
// range's dependencies are summed on their own and the ranges are then added in order. Whoever
// runs a range (this thread, a Node worker thread, a Web Worker: `betweennessOfSources` on the
// plain arrays of the simple graph), the additions happen in the same order, so the figures are
// the same to the last bit on one thread or many.
import { simpleGraph } from '../flows/simpleGraph.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

export interface Betweenness {
  readonly raw: Float64Array;
  readonly normalized: Float64Array;
}

/** The arrays the kernel reads: the simple graph's out-links. */
export interface LinkArrays {
  readonly n: number;
  readonly outStart: Int32Array;
  readonly linkTarget: Int32Array;
}

/** Scratch space for one thread: reused across sources and calls. */
export interface BetweennessScratch {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  /** (1 + delta[w]) / sigma[w] once w is settled: what w passes back to each predecessor. */
  readonly coef: Float64Array;
  readonly queue: Int32Array;
}

export function betweennessScratch(n: number): BetweennessScratch {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coef: new Float64Array(n),
    queue: new Int32Array(n),
  };
}

/** Source ranges the work is cut into, whatever the number of threads. */
export const BETWEENNESS_CHUNKS = 32;

/** Sources of chunk c: [from, to). */
export function chunkSources(n: number, c: number): { from: number; to: number } {
  return {
    from: Math.floor((c * n) / BETWEENNESS_CHUNKS),
    to: Math.floor(((c + 1) * n) / BETWEENNESS_CHUNKS),
  };
}

/**
 * Adds the dependencies of sources from..to-1 (those that reach anybody) to raw, in source
 * order.
 */
export function betweennessOfSources(
  graph: LinkArrays,
  from: number,
  to: number,
  raw: Float64Array,
  scratch: BetweennessScratch = betweennessScratch(graph.n),
): void {
  const { outStart, linkTarget } = graph;
  const { dist, sigma, coef, queue } = scratch;
  for (let s = from; s < to; s++) {
    if (outStart[s + 1] === outStart[s]) continue; // reaches nobody
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      const dv = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      const end = outStart[v + 1] as number;
      for (let i = outStart[v] as number; i < end; i++) {
        const w = linkTarget[i] as number;
        const dw = dist[w] as number;
        if (dw === -1) {
          dist[w] = dv;
          sigma[w] = sv;
          queue[tail++] = w;
        } else if (dw === dv) sigma[w] = (sigma[w] as number) + sv;
      }
    }
    // Dependencies in reverse breadth-first order: a node's successors on shortest paths are
    // settled before it. delta[v] = sigma[v] * sum over those successors w of coef[w].
    for (let k = tail - 1; k > 0; k--) {
      const v = queue[k] as number;
      const dv = (dist[v] as number) + 1;
      let sum = 0;
      const end = outStart[v + 1] as number;
      for (let i = outStart[v] as number; i < end; i++) {
        const w = linkTarget[i] as number;
        if (dist[w] === dv) sum += coef[w] as number;
      }
      const sv = sigma[v] as number;
      const delta = sv * sum;
      raw[v] = (raw[v] as number) + delta;
      coef[v] = (1 + delta) / sv;
    }
    for (let k = 0; k < tail; k++) dist[queue[k] as number] = -1;
  }
}

/** Raw and normalised scores from the summed raw dependencies. */
export function betweennessFromRaw(raw: Float64Array): Betweenness {
  const n = raw.length;
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return { raw, normalized: raw.map((x) => x * scale) };
}

/** Adds chunk partials (chunk c at partials[c * n .. (c + 1) * n]) in chunk order. */
export function sumChunks(
  partials: Float64Array,
  n: number,
  raw = new Float64Array(n),
): Float64Array {
  for (let c = 0; c < BETWEENNESS_CHUNKS; c++) {
    const base = c * n;
    for (let v = 0; v < n; v++) raw[v] = (raw[v] as number) + (partials[base + v] as number);
  }
  return raw;
}

export function betweenness(g: SupplyGraph): Betweenness {
  const simple = simpleGraph(g);
  const { n } = simple;
  const raw = new Float64Array(n);
  const part = new Float64Array(n);
  const scratch = betweennessScratch(n);
  for (let c = 0; c < BETWEENNESS_CHUNKS; c++) {
    const { from, to } = chunkSources(n, c);
    part.fill(0);
    betweennessOfSources(simple, from, to, part, scratch);
    for (let v = 0; v < n; v++) raw[v] = (raw[v] as number) + (part[v] as number);
  }
  return betweennessFromRaw(raw);
}
