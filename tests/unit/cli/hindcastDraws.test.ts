// The hindcast's draws (src/core/analysis/time/drawnNetwork.ts): a balanced draw written back as a
// network the simulation reads. With recipes, a draw's inputs arrive in other proportions than
// the recipes say, so each input's coefficients are scaled to agree with the drawn flows.
import { describe, expect, it } from 'vitest';
import { buildSupplyGraph, type AnalysisNetwork } from '../../../src/core/analysis/index.ts';
import { recipeProblems } from '../../../src/core/analysis/flows/recipes.ts';
import { drawnNetwork } from '../../../src/core/analysis/time/drawnNetwork.ts';
import { simulate } from '../../../src/core/analysis/time/simulate.ts';
import { seededRandom } from '../../../src/core/analysis/uncertainty/random.ts';

// A magnet maker makes 100 t of magnets, half with Dy (0.9 t NdPr and 0.1 t Dy a tonne), half
// Dy-free (1 t NdPr): it needs 95 t NdPr and 5 t Dy, drawn from ±20% and ±40%. The Dy mine holds
// a stock of 2 t (range 0-4).
const network: AnalysisNetwork = {
  nodes: [
    { id: 'nd', stage: 'mine', country: 'AU', production: 95, estimate: { low: 76, high: 114 } },
    {
      id: 'dy',
      stage: 'mine',
      country: 'CN',
      production: 5,
      estimate: { low: 3, high: 7 },
      stock: { Dy: { tonnes: 2, estimate: { low: 0, high: 4 } } },
    },
    {
      id: 'maker',
      stage: 'magnet-maker',
      country: 'JP',
      converter: true,
      recipes: [
        { id: 'dy', output: 'magnet', inputs: { NdPr: 0.9, Dy: 0.1 }, share: 0.5 },
        { id: 'free', output: 'magnet', inputs: { NdPr: 1 }, share: 0.5 },
      ],
    },
    { id: 'ev', stage: 'end-user', country: 'US' },
  ],
  edges: [
    { source: 'nd', target: 'maker', material: 'NdPr', flow: 95, estimate: { low: 76, high: 114 } },
    { source: 'dy', target: 'maker', material: 'Dy', flow: 5, estimate: { low: 3, high: 7 } },
    { source: 'maker', target: 'ev', material: 'magnet', flow: 100 },
  ],
};

describe('a drawn network', () => {
  it('carries the draw’s figures, with recipes that agree with its flows', () => {
    expect(recipeProblems(network)).toEqual([]);
    const g = buildSupplyGraph(network);
    const random = seededRandom(7);
    const stocks = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const d = drawnNetwork(network, g, random);
      // The draw moved the figures with a range (and dropped the ranges)…
      const nd = d.edges.find((e) => e.source === 'nd');
      expect(nd?.estimate).toBeUndefined();
      expect(nd?.flow).toBeGreaterThanOrEqual(76);
      expect(nd?.flow).toBeLessThanOrEqual(114);
      const stock = d.nodes.find((n) => n.id === 'dy')?.stock?.['Dy'];
      expect(typeof stock).toBe('number');
      stocks.add(stock as number);
      // …and the recipes need what the drawn flows deliver, so the simulation reads it.
      expect(recipeProblems(d)).toEqual([]);
      const run = simulate({
        network: d,
        from: '2025-01-01',
        to: '2025-03-31',
        events: [{ from: '2025-02-01', interventions: [{ type: 'remove-node', node: 'dy' }] }],
        series: [],
      });
      expect(run.atOnce.map((t) => t.id)).toEqual(['ev']);
    }
    expect(stocks.size).toBeGreaterThan(10);
  });
});
