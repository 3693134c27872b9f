import { describe, expect, it } from 'vitest';
import { layeredLayout } from '../../../../src/core/layout/layered.ts';
import type { SupplyNetwork } from '../../../../src/core/model.ts';
import { networkFrom } from '../../../fixtures/network.ts';

describe('layeredLayout', () => {
  const network: SupplyNetwork = networkFrom(`
    m1  mine       AU
    m2  mine       CN
    p1  processor  CN
    p2  processor  MY
    e1  end-user   DE
    // crossing in alphabetical order: m1 -> p2, m2 -> p1
    m1  ->  p2  5
    m2  ->  p1  5
    p1  ->  e1  5
    p2  ->  e1  5
  `);

  it('puts each stage in its own column, left to right', () => {
    const pos = layeredLayout(network);
    expect(pos.get('m1')!.x).toBeLessThan(pos.get('p1')!.x);
    expect(pos.get('p1')!.x).toBe(pos.get('p2')!.x);
    expect(pos.get('p2')!.x).toBeLessThan(pos.get('e1')!.x);
  });

  it('orders a column to remove a crossing', () => {
    const pos = layeredLayout(network);
    const m1AboveM2 = pos.get('m1')!.y < pos.get('m2')!.y;
    const p2AboveP1 = pos.get('p2')!.y < pos.get('p1')!.y;
    expect(m1AboveM2).toBe(p2AboveP1);
  });

  it('spreads a shorter column over the tallest one, leaving `inset` rows free at each end', () => {
    const tall: SupplyNetwork = {
      nodes: [
        ...['a', 'b', 'c', 'd', 'e'].map((id) => ({
          id,
          stage: 'end-user' as const,
          country: 'DE',
        })),
        { id: 'p', stage: 'processor', country: 'CN' },
        { id: 'q', stage: 'processor', country: 'CN' },
      ],
      edges: [],
    };
    const ys = (inset: number, ids: string[]) =>
      ids
        .map((id) => layeredLayout(tall, { rowGap: 10, fill: true, inset }).get(id)!.y)
        .sort((x, y) => x - y);
    expect(ys(0, ['a', 'b', 'c', 'd', 'e'])).toEqual([0, 10, 20, 30, 40]);
    expect(ys(0, ['p', 'q'])).toEqual([0, 40]);
    expect(ys(1, ['p', 'q'])).toEqual([10, 30]);
    // the tallest column is never inset, and an inset never pushes a column past the middle
    expect(ys(1, ['a', 'b', 'c', 'd', 'e'])).toEqual([0, 10, 20, 30, 40]);
    expect(ys(5, ['p', 'q'])).toEqual([15, 25]);
  });

  it('gives no two nodes the same place', () => {
    const pos = layeredLayout(network);
    const places = new Set([...pos.values()].map((p) => `${p.x},${p.y}`));
    expect(places.size).toBe(network.nodes.length);
  });
});

describe('layeredLayout on a big graph', () => {
  it('wraps tall stages into sub-columns, keeping stages left to right and the drawing near square', async () => {
    const { generateSupplyNetwork } = await import('../../../fixtures/generate.ts');
    const net = generateSupplyNetwork({ nodes: 5000, seed: 3 });
    const pos = layeredLayout(net);
    const xs = [...pos.values()].map((p) => p.x);
    const ys = [...pos.values()].map((p) => p.y);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(aspect).toBeGreaterThan(0.5);
    expect(aspect).toBeLessThan(4);
    const stageX = (stage: string) =>
      net.nodes.filter((n) => n.stage === stage).map((n) => pos.get(n.id)!.x);
    expect(Math.max(...stageX('mine'))).toBeLessThan(Math.min(...stageX('processor')));
    expect(Math.max(...stageX('magnet-maker'))).toBeLessThan(Math.min(...stageX('end-user')));
    expect(new Set([...pos.values()].map((p) => `${p.x},${p.y}`)).size).toBe(5000);
  });
});
