// Level of detail: nodes grouped by stage and country, flows between groups summed, expanded
// groups drawn node by node with the network's own ids and edge indices.
import { describe, expect, it } from 'vitest';
import { detailView, groupId } from '../../../../src/core/layout/levelOfDetail.ts';
import type { SupplyNetwork } from '../../../../src/core/model.ts';
import { generateSupplyNetwork } from '../../../fixtures/generate.ts';
import { networkFrom } from '../../../fixtures/network.ts';

const network: SupplyNetwork = networkFrom(`
  m1  mine       CN
  m2  mine       CN
  m3  mine       AU
  p1  processor  CN
  p2  processor  MY
  m1  ->  p1  5
  m2  ->  p1  3
  m3  ->  p2  2
  m3  ->  p1  1
  m1  ->  m2  4
`);

describe('detailView', () => {
  it('draws one node per stage and country, with summed flows between them', () => {
    const view = detailView(network, new Set());
    expect(view.nodes.map((n) => [n.id, n.members])).toEqual([
      ['group:mine:AU', ['m3']],
      ['group:mine:CN', ['m1', 'm2']],
      ['group:processor:CN', ['p1']],
      ['group:processor:MY', ['p2']],
    ]);
    const flows = Object.fromEntries(view.edges.map((e) => [`${e.source}>${e.target}`, e.flow]));
    expect(flows).toEqual({
      'group:mine:CN>group:processor:CN': 8,
      'group:mine:AU>group:processor:MY': 2,
      'group:mine:AU>group:processor:CN': 1,
    });
    expect(view.groupOf.get('m2')).toBe(groupId('mine', 'CN'));
  });

  it('draws an expanded group node by node, keeping edge indices between drawn nodes', () => {
    const view = detailView(network, new Set(['group:mine:CN', 'group:processor:CN']));
    expect(view.nodes.map((n) => n.id)).toEqual([
      'm1',
      'm2',
      'p1',
      'group:mine:AU',
      'group:processor:MY',
    ]);
    const byIndex = view.edges.filter((e) => e.index !== undefined).map((e) => e.index);
    expect(byIndex).toEqual([0, 1, 4]);
    expect(view.edges.find((e) => e.target === 'p1' && e.source === 'group:mine:AU')?.flow).toBe(1);
  });

  it('keeps every unit of flow between groups on a generated network', () => {
    const big = generateSupplyNetwork({ nodes: 2000, seed: 3 });
    const view = detailView(big, new Set());
    const groupOf = view.groupOf;
    const between = big.edges
      .filter((e) => groupOf.get(e.source) !== groupOf.get(e.target))
      .reduce((a, e) => a + e.flow, 0);
    const drawn = view.edges.reduce((a, e) => a + e.flow, 0);
    expect(drawn).toBeCloseTo(between, 6);
    expect(view.nodes.length).toBeLessThan(100);
    const members = view.nodes.reduce((a, n) => a + (n.members?.length ?? 0), 0);
    expect(members).toBe(2000);
  });
});
