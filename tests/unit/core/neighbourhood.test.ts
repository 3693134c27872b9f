import { describe, expect, it } from 'vitest';
import { neighbourhood, reach } from '../../../src/core/neighbourhood.ts';
import type { SupplyNetwork } from '../../../src/core/model.ts';

const net: SupplyNetwork = {
  nodes: [
    { id: 'm1', stage: 'mine', country: 'CN' },
    { id: 'm2', stage: 'mine', country: 'AU' },
    { id: 'p', stage: 'processor', country: 'CN' },
    { id: 'e1', stage: 'end-user', country: 'DE' },
    { id: 'e2', stage: 'end-user', country: 'US' },
  ],
  edges: [
    { source: 'm1', target: 'p', flow: 1 },
    { source: 'm2', target: 'p', flow: 1 },
    { source: 'p', target: 'e1', flow: 1 },
    { source: 'p', target: 'e2', flow: 1 },
    { source: 'e2', target: 'p', flow: 0.1 }, // recycling loop
  ],
};

describe('reach', () => {
  const hood = neighbourhood(net);
  it('finds the whole supply tree of an end user, through a loop', () => {
    const up = reach(net, hood, 'e1', 'upstream');
    expect([...up.nodes].sort()).toEqual(['e1', 'e2', 'm1', 'm2', 'p']);
    expect([...up.edges].sort()).toEqual([0, 1, 2, 3, 4]);
  });
  it('finds the customer tree of a mine', () => {
    const down = reach(net, hood, 'm2', 'downstream');
    expect([...down.nodes].sort()).toEqual(['e1', 'e2', 'm2', 'p']);
    expect(down.nodes.has('m1')).toBe(false);
  });
});

describe('neighbourhood', () => {
  it('is built once per network', () => {
    expect(neighbourhood(net)).toBe(neighbourhood(net));
    expect(neighbourhood({ ...net })).not.toBe(neighbourhood(net));
  });
});
