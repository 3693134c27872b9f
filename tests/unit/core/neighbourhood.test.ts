import { describe, expect, it } from 'vitest';
import { neighbourhood, reach } from '../../../src/core/neighbourhood.ts';
import type { SupplyNetwork } from '../../../src/core/model.ts';
import { networkFrom } from '../../fixtures/network.ts';

const net: SupplyNetwork = networkFrom(`
  m1  mine       CN
  m2  mine       AU
  p   processor  CN
  e1  end-user   DE
  e2  end-user   US
  m1  ->  p   1
  m2  ->  p   1
  p   ->  e1  1
  p   ->  e2  1
  e2  ->  p   0.1  // recycling loop
`);

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
