// Degree and PageRank over the simple graph (one link per ordered pair, see simpleGraph.ts).
//
// Conventions:
// - inDegree/outDegree count trade links (distinct suppliers / customers), not materials;
// - inFlow/outFlow are the flow-weighted degrees: baseline tonnes in and out over all edges;
// - PageRank: damping 0.85, a link's weight is its flow, so a node passes its score on in
//   proportion to what it ships. Nodes that ship nothing (end users, or only zero flows) are
//   dangling and spread their score evenly over all nodes, as do the teleports. This is the power
//   iteration of networkx's and graphology-metrics' pagerank, but run to convergence (summed
//   absolute change below 1e-12, at most 1000 iterations) rather than to their default stop
//   (below n * 1e-6), which leaves errors of 1e-4 relative; the oracle's figures are converged.
// A supply chain is acyclic apart from recycling, and eigenvector centrality and HITS do not
// converge on acyclic graphs, so they are not offered.
import { simpleGraph } from '../flows/simpleGraph.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

export const PAGERANK_DAMPING = 0.85;
export const PAGERANK_TOLERANCE = 1e-12;
export const PAGERANK_MAX_ITERATIONS = 1000;

export interface Degrees {
  readonly inDegree: Float64Array;
  readonly outDegree: Float64Array;
  readonly inFlow: Float64Array;
  readonly outFlow: Float64Array;
}

export function degrees(g: SupplyGraph): Degrees {
  const s = simpleGraph(g);
  const inDegree = new Float64Array(g.n);
  const outDegree = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    outDegree[v] = (s.outStart[v + 1] as number) - (s.outStart[v] as number);
    inDegree[v] = (s.inStart[v + 1] as number) - (s.inStart[v] as number);
  }
  return { inDegree, outDegree, inFlow: g.inflow.slice(), outFlow: g.outflow.slice() };
}

export interface PageRank {
  readonly score: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

export function pagerank(g: SupplyGraph, damping = PAGERANK_DAMPING): PageRank {
  const { n, outStart, linkTarget, linkWeight } = simpleGraph(g);
  if (n === 0) return { score: new Float64Array(0), converged: true, iterations: 0 };
  const share = new Float64Array(linkWeight.length);
  const dangling: number[] = [];
  for (let v = 0; v < n; v++) {
    let total = 0;
    for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
      total += linkWeight[i] as number;
    }
    if (total === 0) dangling.push(v);
    else {
      for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
        share[i] = (linkWeight[i] as number) / total;
      }
    }
  }
  const uniform = 1 / n;
  let x = new Float64Array(n).fill(uniform);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= PAGERANK_MAX_ITERATIONS; iteration++) {
    let danglingSum = 0;
    for (const v of dangling) danglingSum += x[v] as number;
    next.fill((damping * danglingSum + (1 - damping)) * uniform);
    for (let v = 0; v < n; v++) {
      const xv = damping * (x[v] as number);
      for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
        const w = linkTarget[i] as number;
        next[w] = (next[w] as number) + xv * (share[i] as number);
      }
    }
    let change = 0;
    for (let v = 0; v < n; v++) change += Math.abs((next[v] as number) - (x[v] as number));
    [x, next] = [next, x];
    if (change < PAGERANK_TOLERANCE) return { score: x, converged: true, iterations: iteration };
  }
  return { score: x, converged: false, iterations: PAGERANK_MAX_ITERATIONS };
}
