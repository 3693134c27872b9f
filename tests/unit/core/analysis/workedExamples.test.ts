// The worked examples of src/core/README.md ("The model"), computed by the engine.
import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';

/** Two magnet makers (CN, JP) sell 50 t each to one user holding `stock` t; the CN one goes. */
function withoutMakerA(stock: number) {
  const g = buildSupplyGraph({
    nodes: [
      { id: 'a', stage: 'magnet-maker', country: 'CN', production: 50 },
      { id: 'b', stage: 'magnet-maker', country: 'JP', production: 50 },
      { id: 'use', stage: 'end-user', country: 'DE', stock: { magnet: stock } },
    ],
    edges: [
      { source: 'a', target: 'use', material: 'magnet', flow: 50 },
      { source: 'b', target: 'use', material: 'magnet', flow: 50 },
    ],
  });
  const r = analyzeScenario(g, { interventions: [{ type: 'remove-node', node: 'a' }] });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r;
}

describe('README worked examples', () => {
  it('a converter short of Dy/Tb runs at its scarcest input: 2 t of 10 make 20 t of 100', () => {
    const g = buildSupplyGraph({
      nodes: [
        { id: 'ndpr', stage: 'processor', country: 'AU', production: 90 },
        { id: 'dytb', stage: 'processor', country: 'CN', production: 10 },
        { id: 'mag', stage: 'magnet-maker', country: 'JP', converter: true },
        { id: 'use', stage: 'end-user', country: 'DE' },
      ],
      edges: [
        { source: 'ndpr', target: 'mag', material: 'NdPr', flow: 90 },
        { source: 'dytb', target: 'mag', material: 'Dy/Tb', flow: 10 },
        { source: 'mag', target: 'use', material: 'magnet', flow: 100 },
      ],
    });
    const r = analyzeScenario(g, {
      interventions: [
        { type: 'block-route', from: 'CN', to: 'JP', material: 'Dy/Tb', factor: 0.2 },
      ],
    });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.result.endUsers[0]?.noSubstitution).toBeCloseTo(20, 12);
  });

  it('a stock of 25 t against a shortfall of 50 t a year runs out on day 182.5', () => {
    const r = withoutMakerA(25);
    const e = r.result.endUsers[0]!;
    expect(e.daysToShortfall).toBeCloseTo(182.5, 9);
    expect(e.supplyCurve).toEqual([
      { day: 0, served: 100 },
      { day: 182.5, served: 50 },
    ]);
  });
});

describe('stocks too small to register', () => {
  it('still run out (a failing case fast-check found: a stock of 5e-324 t)', () => {
    const r = withoutMakerA(5e-324);
    expect(r.result.endUsers[0]?.daysToShortfall).toBe(0);
  });
});
