import { describe, expect, it } from 'vitest';
import { mapLayout, mapProjection, type MapInput } from '../../../../src/core/layout/mapLayout.ts';

const CN = { lat: 36.76, lon: 103.35 };
const network: MapInput = {
  nodes: [
    { id: 'us-mine', stage: 'mine', country: 'US', geo: { lat: 39.89, lon: -98.82 } },
    { id: 'cn-sep', stage: 'processor', country: 'CN', geo: CN },
    { id: 'cn-auto', stage: 'end-user', country: 'CN', geo: CN },
    { id: 'cn-wind', stage: 'end-user', country: 'CN', geo: CN },
    { id: 'row', stage: 'end-user', country: 'CN' },
  ],
  edges: [
    { source: 'us-mine', target: 'cn-sep' },
    { source: 'cn-sep', target: 'cn-auto' },
    { source: 'cn-sep', target: 'cn-wind' },
    { source: 'cn-sep', target: 'row' },
  ],
};

describe('mapLayout', () => {
  it('puts a node alone at its point at its projected coordinates', () => {
    const map = mapLayout(network, { grouped: true, expanded: new Set() });
    const [x, y] = mapProjection()([-98.82, 39.89]) ?? [NaN, NaN];
    expect(map.nodes.find((n) => n.id === 'us-mine')?.position).toEqual({ x, y });
  });

  it('leaves nodes without coordinates off the map, and their flows with them', () => {
    const map = mapLayout(network, { grouped: false, expanded: new Set() });
    expect(map.offMap).toEqual(['row']);
    expect(map.nodes.map((n) => n.id)).not.toContain('row');
    expect(map.edges.flatMap((e) => e.indices)).toEqual([0, 1, 2]);
  });

  it('draws the end users of one country as one group, their flows summed into one arc', () => {
    const map = mapLayout(network, { grouped: true, expanded: new Set() });
    expect(map.nodes.map((n) => [n.id, n.members])).toEqual([
      ['us-mine', undefined],
      ['cn-sep', undefined],
      ['map:end-user:CN', ['cn-auto', 'cn-wind']],
    ]);
    expect(map.edges).toEqual([
      { id: 'e0', source: 'us-mine', target: 'cn-sep', indices: [0], index: 0 },
      {
        id: 'sum:cn-sep>map:end-user:CN',
        source: 'cn-sep',
        target: 'map:end-user:CN',
        indices: [1, 2],
      },
    ]);
  });

  it('expands a group into its nodes, each with its own flow', () => {
    const map = mapLayout(network, { grouped: true, expanded: new Set(['map:end-user:CN']) });
    expect(map.nodes.map((n) => n.id)).toEqual(['us-mine', 'cn-sep', 'cn-auto', 'cn-wind']);
    expect(map.edges.map((e) => e.index)).toEqual([0, 1, 2]);
  });

  it('spreads nodes that share a point so none hides another', () => {
    const map = mapLayout(network, { grouped: false, expanded: new Set() });
    const points = map.nodes.map((n) => `${n.position.x.toFixed(1)},${n.position.y.toFixed(1)}`);
    expect(new Set(points).size).toBe(points.length);
    const [cx, cy] = mapProjection()([CN.lon, CN.lat]) ?? [NaN, NaN];
    for (const n of map.nodes.filter((m) => m.country === 'CN'))
      expect(Math.hypot(n.position.x - cx, n.position.y - cy)).toBeLessThan(80);
  });
});
