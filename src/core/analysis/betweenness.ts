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
import { simpleGraph } from './simpleGraph.ts';
import type { SupplyGraph } from './supplyGraph.ts';

export interface Betweenness {
  readonly raw: Float64Array;
  readonly normalized: Float64Array;
}

export function betweenness(g: SupplyGraph): Betweenness {
  const { n, outStart, linkTarget } = simpleGraph(g);
  const raw = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
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
      for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
        const w = linkTarget[i] as number;
        if (dist[w] === -1) {
          dist[w] = dv;
          queue[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] = (sigma[w] as number) + sv;
      }
    }
    // Dependencies in reverse breadth-first order: a node's successors on shortest paths are
    // settled before it.
    for (let k = tail - 1; k >= 0; k--) {
      const v = queue[k] as number;
      const dv = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      let dep = 0;
      for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
        const w = linkTarget[i] as number;
        if (dist[w] === dv) dep += (sv / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      delta[v] = dep;
      if (v !== s) raw[v] = (raw[v] as number) + dep;
    }
    for (let k = 0; k < tail; k++) {
      const v = queue[k] as number;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return { raw, normalized: raw.map((x) => x * scale) };
}
