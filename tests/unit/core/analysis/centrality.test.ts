// Our typed-array betweenness and PageRank against graphology-metrics (a dev dependency, kept
// as the reference) on fixtures and generated graphs, plus hand-checked degrees.
import Graph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  buildSupplyGraph,
  degrees,
  pagerank,
  type AnalysisNetwork,
} from '../../../../src/core/analysis/index.ts';
import { generateSupplyNetwork } from '../../../fixtures/generate.ts';
import { oracleFixtures } from './oracleFixtures.ts';
import { networkFrom } from '../../../fixtures/network.ts';

function toGraphology(network: AnalysisNetwork): Graph {
  const graph = new Graph({ type: 'directed' });
  for (const v of network.nodes) graph.addNode(v.id);
  for (const e of network.edges) {
    // Parallel edges (two materials) are one link weighted by their summed flow.
    if (graph.hasEdge(e.source, e.target)) {
      graph.updateEdgeAttribute(e.source, e.target, 'flow', (f: number) => f + e.flow);
    } else graph.addEdge(e.source, e.target, { flow: e.flow });
  }
  return graph;
}

const networks: [string, AnalysisNetwork][] = [
  ...oracleFixtures().map((f): [string, AnalysisNetwork] => [f.name, f]),
  ['generated 300', generateSupplyNetwork({ nodes: 300, seed: 11 })],
  ['generated 200 with recycling', generateSupplyNetwork({ nodes: 200, seed: 12, recycling: 5 })],
];

describe.each(networks)('%s', (_, network) => {
  const g = buildSupplyGraph(network);
  const graph = toGraphology(network);

  it('betweenness matches graphology-metrics (unweighted, raw and normalised)', () => {
    const ours = betweenness(g);
    const raw = graphologyBetweenness(graph, { getEdgeWeight: null, normalized: false });
    const norm = graphologyBetweenness(graph, { getEdgeWeight: null, normalized: true });
    for (const [id, want] of Object.entries(raw)) {
      const v = g.index.get(id) as number;
      expect(ours.raw[v]).toBeCloseTo(want, 9);
      expect(ours.normalized[v]).toBeCloseTo(norm[id] as number, 12);
    }
  });

  it('PageRank matches graphology-metrics run to the same convergence', () => {
    const ours = pagerank(g).score;
    const theirs = graphologyPagerank(graph, {
      getEdgeWeight: 'flow',
      tolerance: 1e-12 / g.n,
      maxIterations: 1000,
    });
    for (const [id, want] of Object.entries(theirs)) {
      expect(Math.abs((ours[g.index.get(id) as number] as number) - want)).toBeLessThan(1e-12);
    }
  });
});

describe('hand-checked structure', () => {
  // m -> p -> e, plus a second material on m -> p: one link for structure, two flows.
  const network: AnalysisNetwork = networkFrom(`
    m  mine       AU  production=10
    p  processor  CN
    e  end-user   DE
    m  ->  p  6   a
    m  ->  p  4   b
    p  ->  e  10
  `);
  const g = buildSupplyGraph(network);
  const at = (id: string) => g.index.get(id) as number;

  it('counts trade links for degree and tonnes for flow-weighted degree', () => {
    const d = degrees(g);
    expect([d.outDegree[at('m')], d.inDegree[at('p')], d.outDegree[at('e')]]).toEqual([1, 1, 0]);
    expect([d.outFlow[at('m')], d.inFlow[at('p')], d.inFlow[at('e')]]).toEqual([10, 10, 10]);
  });

  it('gives the middle of a chain betweenness 1, normalised by (n-1)(n-2) = 2', () => {
    const b = betweenness(g);
    expect([b.raw[at('m')], b.raw[at('p')], b.raw[at('e')]]).toEqual([0, 1, 0]);
    expect(b.normalized[at('p')]).toBe(0.5);
  });

  it('PageRank of a chain: teleport plus what flows in, dangling end user spread evenly', () => {
    const { score } = pagerank(g);
    expect(score.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // x_m = t, x_p = t + 0.85 x_m, x_e = t + 0.85 x_p with t = (0.15 + 0.85 x_e) / 3.
    const m = score[at('m')] as number;
    expect(score[at('p')]).toBeCloseTo(m * 1.85, 12);
    expect(score[at('e')]).toBeCloseTo(m * (1 + 0.85 * 1.85), 12);
  });
});
