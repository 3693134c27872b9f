import { describe, expect, it } from 'vitest';
import { computeDecor, visibleNodes } from '../../../../src/ui/graph/decor.ts';
import { loadDataset } from '../../../../src/data/loadDataset.ts';
import { DEFAULT_VIEW } from '../../../../src/state/document.ts';
import type { Dataset } from '../../../../src/data/schema.ts';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
} from '../../../../src/core/analysis/index.ts';
import { drawnAnalysis } from '../../../../src/ui/results/drawn.ts';
import { datasetNamed } from '../../hostileInput.ts';

const COUNTRIES = ['CN', 'US', 'AU', 'MY', 'JP', 'DE', 'NL', 'TW', 'KR', 'VN'];

function dataset(): Dataset {
  const nodes = COUNTRIES.flatMap((c, i) => [
    { id: `m${i}`, stage: 'mine', country: c },
    { id: `e${i}`, stage: 'end-user', country: c },
  ]);
  const edges = COUNTRIES.map((_, i) => ({
    source: `m${i}`,
    target: `e${i}`,
    flow: 100 - i,
    material: i % 2 ? 'oxide' : 'ore',
  }));
  const r = loadDataset({ nodes, edges });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.dataset;
}

describe('computeDecor', () => {
  it('draws only colours the legend explains, by stage and by country', () => {
    const d = dataset();
    for (const colourBy of ['stage', 'country'] as const) {
      const decor = computeDecor(d, { ...DEFAULT_VIEW, colourBy });
      const legendColours = new Set(decor.legend.entries.map((e) => e.colour));
      for (const n of decor.nodes.values()) expect(legendColours).toContain(n.colour);
    }
  });

  it('gives up to twelve countries a colour of their own and greys the rest as one entry', () => {
    const decor = computeDecor(dataset(), { ...DEFAULT_VIEW, colourBy: 'country' });
    expect(decor.legend.entries).toHaveLength(10);
    expect(new Set(decor.legend.entries.map((e) => e.colour)).size).toBe(10);
    expect(decor.legend.entries[0]!.label).toBe('China');
    const many = loadDataset({
      nodes: Array.from({ length: 14 }, (_, i) => ({
        id: `n${i}`,
        stage: 'mine',
        country: [
          'CN',
          'US',
          'AU',
          'MY',
          'JP',
          'DE',
          'NL',
          'TW',
          'KR',
          'VN',
          'IN',
          'FR',
          'BR',
          'MG',
        ][i],
      })),
      edges: [],
    });
    if (!many.ok) throw new Error(many.errors.join());
    const wide = computeDecor(many.dataset, { ...DEFAULT_VIEW, colourBy: 'country' });
    expect(wide.legend.entries).toHaveLength(13);
    expect(new Set(wide.legend.entries.map((e) => e.colour)).size).toBe(13);
    expect(wide.legend.entries.at(-1)!.label).toBe('Other countries');
  });

  it('marks removed nodes, lost flows and end-user shortfall only under a scenario', () => {
    const d = dataset();
    const base = computeDecor(d, DEFAULT_VIEW);
    expect(base.shortfall).toBeNull();
    const edgeFlow = d.edges.map((e, i) => (i === 0 ? 0 : i === 1 ? e.flow / 2 : e.flow));
    const decor = computeDecor(d, DEFAULT_VIEW, {
      scenario: {
        active: true,
        nodeFactor: new Map([['m0', 0]]),
        edgeFlow,
        edgeLoss: edgeFlow.map((f, i) => 1 - f / d.edges[i]!.flow),
        endUserLoss: new Map([
          ['e0', 1],
          ['e1', 0.5],
          ['e2', 0],
        ]),
        endUserLossRerouted: new Map(),
      },
    });
    expect(decor.nodes.get('m0')!.classes).toContain('removed');
    expect(decor.edges[0]!.classes).toContain('lost');
    expect(decor.edges[1]!.classes).toContain('reduced');
    expect(decor.edges[2]!.classes).toBe('');
    expect(decor.nodes.get('e0')!.colour).not.toBe(decor.nodes.get('e2')!.colour);
  });

  it('hides what the filters leave out, including flows of other materials', () => {
    const d = dataset();
    const view = {
      ...DEFAULT_VIEW,
      filters: { stages: [], countries: ['CN', 'US'], materials: ['ore'] },
    };
    expect([...visibleNodes(d, view)].sort()).toEqual(['e0', 'e1', 'm0', 'm1']);
    const decor = computeDecor(d, view);
    expect(decor.edges[0]!.classes).toBe('');
    expect(decor.edges[1]!.classes).toContain('filtered'); // oxide
    expect(decor.nodes.get('m5')!.classes).toContain('filtered');
  });

  it('fades everything outside a focused supply tree', () => {
    const d = dataset();
    const decor = computeDecor(d, {
      ...DEFAULT_VIEW,
      focus: { node: 'e3', direction: 'upstream' },
    });
    expect(decor.nodes.get('m3')!.classes).toContain('in-focus');
    expect(decor.nodes.get('m4')!.classes).toContain('faded');
  });
});

describe('ids named like Object.prototype members', () => {
  it('constructor, __proto__ and toString are drawn like any other node, not as cut', () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const loaded = loadDataset(datasetNamed(names));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const d = loaded.dataset;
    const g = buildSupplyGraph(d);
    const baseline = analyzeBaseline(g);
    const outcome = analyzeScenario(g, { interventions: [] });
    if (!outcome.ok) throw new Error('scenario failed');
    const decor = computeDecor(
      d,
      DEFAULT_VIEW,
      drawnAnalysis(d, baseline, outcome.result, 'chokepoint'),
    );
    for (const name of names) {
      const node = decor.nodes.get(name)!;
      expect(node.classes, name).not.toMatch(/cut|removed/);
      expect(Number.isFinite(node.size), name).toBe(true);
    }
    const removed = analyzeScenario(g, {
      interventions: [{ type: 'remove-node', node: 'constructor' }],
    });
    if (!removed.ok) throw new Error('scenario failed');
    const after = computeDecor(
      d,
      DEFAULT_VIEW,
      drawnAnalysis(d, baseline, removed.result, 'chokepoint'),
    );
    expect(after.nodes.get('constructor')!.classes).toMatch(/removed/);
    expect(after.nodes.get('__proto__')!.classes).not.toMatch(/cut|removed/);
  });
});
