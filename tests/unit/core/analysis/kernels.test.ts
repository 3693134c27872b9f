// The building blocks: the indexed graph, strongly connected components, max-flow.
import { describe, expect, it } from 'vitest';
import { buildSupplyGraph, type AnalysisNetwork } from '../../../../src/core/analysis/index.ts';
import {
  augment,
  clearFlows,
  createFlowNetwork,
  flowOf,
  setCapacity,
} from '../../../../src/core/analysis/flows/maxFlow.ts';
import { sccOrder } from '../../../../src/core/analysis/measures/scc.ts';

const network: AnalysisNetwork = {
  nodes: [
    { id: 'p', stage: 'processor', country: 'CN', capacity: null },
    { id: 'm', stage: 'mine', country: 'AU', production: 5 },
    { id: 'e', stage: 'end-user', country: 'DE' },
  ],
  edges: [
    { source: 'p', target: 'e', flow: 3, material: 'b' },
    { source: 'm', target: 'p', flow: 5 },
    { source: 'p', target: 'e', flow: 2, material: 'a' },
  ],
};

describe('buildSupplyGraph', () => {
  it('stores nodes by id and edges by (source, target, material), remembering the file order', () => {
    const g = buildSupplyGraph(network);
    expect(g.ids).toEqual(['e', 'm', 'p']);
    expect(Array.from(g.inputNode)).toEqual([2, 1, 0]);
    expect(g.edgeMaterial).toEqual([undefined, 'a', 'b']);
    expect(Array.from(g.inputEdge)).toEqual([1, 2, 0]);
    expect(Array.from(g.supply)).toEqual([5, 5, 5]);
    expect(Number.isNaN(g.capacity[2])).toBe(true);
    expect(Array.from(g.endUsers)).toEqual([0]);
    expect(Array.from(g.mines)).toEqual([1]);
  });

  it('refuses edges to unknown nodes, duplicate ids and negative flows', () => {
    const bad = (patch: Partial<AnalysisNetwork>) => () =>
      buildSupplyGraph({ ...network, ...patch });
    expect(bad({ edges: [{ source: 'm', target: 'x', flow: 1 }] })).toThrow(
      'buildSupplyGraph: edges[0].target: unknown node "x"',
    );
    expect(bad({ nodes: [...network.nodes, { id: 'm', stage: 'mine', country: 'AU' }] })).toThrow(
      'duplicate node id "m"',
    );
    expect(bad({ edges: [{ source: 'm', target: 'p', flow: -1 }] })).toThrow('not a non-negative');
  });
});

describe('sccOrder', () => {
  it('orders components suppliers first and marks loops', () => {
    // 0 -> 1 -> 2 -> 1 (loop {1, 2}), 2 -> 3.
    const outStart = Int32Array.from([0, 1, 2, 4, 4]);
    const target = Int32Array.from([1, 2, 1, 3]);
    const order = sccOrder(4, outStart, target);
    const comp = (v: number) => order.component[v] as number;
    expect(comp(0)).toBeLessThan(comp(1));
    expect(comp(1)).toBe(comp(2));
    expect(comp(2)).toBeLessThan(comp(3));
    expect(order.cyclic[comp(1)]).toBe(1);
    expect(order.cyclic[comp(0)]).toBe(0);
    expect(order.hasCycles).toBe(true);
  });

  it('handles a 100,000-node chain without recursion', () => {
    const n = 100_000;
    const outStart = Int32Array.from({ length: n + 1 }, (_, v) => Math.min(v, n - 1));
    const target = Int32Array.from({ length: n - 1 }, (_, v) => v + 1);
    const order = sccOrder(n, outStart, target);
    expect(order.nodes[0]).toBe(0);
    expect(order.nodes[n - 1]).toBe(n - 1);
  });
});

describe('max-flow', () => {
  // s=0, t=3: 0->1 (3), 0->2 (2), 1->2 (1), 1->3 (2), 2->3 (3): max-flow 5.
  const tails = Int32Array.from([0, 0, 1, 1, 2]);
  const heads = Int32Array.from([1, 2, 2, 3, 3]);
  const caps = [3, 2, 1, 2, 3];

  it('finds the classic textbook value and keeps flow within capacities', () => {
    const net = createFlowNetwork(4, tails, heads);
    clearFlows(net);
    caps.forEach((c, k) => setCapacity(net, k, c));
    expect(augment(net, 0, 3, 1e-12)).toBe(5);
    caps.forEach((c, k) => expect(flowOf(net, k)).toBeLessThanOrEqual(c));
    expect(flowOf(net, 3) + flowOf(net, 4)).toBe(5);
  });

  it('continues from the flow already there when capacities rise', () => {
    const net = createFlowNetwork(4, tails, heads);
    clearFlows(net);
    caps.forEach((c, k) => setCapacity(net, k, c));
    setCapacity(net, 3, 1);
    expect(augment(net, 0, 3, 1e-12)).toBe(4);
    setCapacity(net, 3, 2);
    expect(augment(net, 0, 3, 1e-12)).toBe(1);
    setCapacity(net, 1, Infinity);
    expect(augment(net, 0, 3, 1e-12)).toBe(0); // 1->3 and 2->3 are full
  });
});
