// The drawing is decided by the scenario's result: every kind of intervention that changes the
// result changes what is drawn, and the baseline draws as the baseline.
import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { loadDataset } from '../../../../src/data/loadDataset.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import type { Dataset } from '../../../../src/data/schema.ts';
import { DEFAULT_VIEW } from '../../../../src/state/document.ts';
import { computeDecor, type Decor } from '../../../../src/ui/graph/decor.ts';
import { scenarioDrawing } from '../../../../src/ui/graph/drawing.ts';
import { networkFrom } from '../../../fixtures/network.ts';

// Two mines in CN and AU feed a processor in CN and one in US; each feeds an end user at home.
function small(): Dataset {
  const r = loadDataset(
    networkFrom(`
      mcn  mine       CN  production=100
      mau  mine       AU  production=50
      pcn  processor  CN  capacity=200
      pus  processor  US  capacity=100
      ecn  end-user   CN
      eus  end-user   US
      mcn  ->  pcn  100  ore
      mau  ->  pus  50   ore
      pcn  ->  ecn  60   oxide
      pcn  ->  eus  40   oxide
      pus  ->  eus  50   oxide
    `),
  );
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.dataset;
}

function drawn(dataset: Dataset, interventions: readonly Intervention[]): Decor {
  const a = analyzeScenario(buildSupplyGraph(dataset), { interventions });
  if (!a.ok) throw new Error(a.errors.join('\n'));
  return computeDecor(dataset, DEFAULT_VIEW, { scenario: scenarioDrawing(dataset, a.result) });
}

/** Everything that is drawn, as one comparable value. */
function looks(decor: Decor) {
  return JSON.stringify({
    nodes: [...decor.nodes],
    edges: decor.edges,
    shortfall: decor.shortfall,
  });
}

describe('scenarioDrawing', () => {
  it('draws nothing of a scenario at baseline, or with no result yet', () => {
    const d = small();
    expect(scenarioDrawing(d, null).active).toBe(false);
    const base = drawn(d, []);
    expect(base.shortfall).toBeNull();
    expect(looks(base)).toBe(looks(computeDecor(d, DEFAULT_VIEW)));
  });

  it('draws a route block (no node is cut): the flow goes, the end user shows its loss', () => {
    const d = small();
    const decor = drawn(d, [{ type: 'block-route', from: 'CN', to: 'US' }]);
    expect(looks(decor)).not.toBe(looks(drawn(d, [])));
    expect(decor.shortfall).not.toBeNull();
    const cut = decor.edges[3]!; // pcn → eus
    expect(cut.classes).toContain('lost');
    expect(cut.width).toBe(0);
    expect(cut.ghost).toBeGreaterThan(0);
    // eus lost 40 of 90: the badge says so, and the colour is the one its flow would get
    expect(decor.nodes.get('eus')!.label).toBe('−44%  eus');
    expect(decor.nodes.get('eus')!.classes).toContain('loses');
    expect(decor.nodes.get('ecn')!.label).toBe('ecn');
    expect(decor.edges[2]!.classes).not.toMatch(/lost|reduced/);
  });

  it('draws a partial route cut in proportion: width for what is left, colour for the share lost', () => {
    const d = small();
    const decor = drawn(d, [{ type: 'block-route', from: 'CN', to: 'US', factor: 0.9 }]);
    const e = decor.edges[3]!;
    expect(e.classes).toContain('reduced');
    expect(e.width).toBeLessThan(e.ghost);
    expect(e.width).toBeGreaterThan(0);
    const heavy = drawn(d, [{ type: 'block-route', from: 'CN', to: 'US', factor: 0.1 }]);
    expect(heavy.edges[3]!.colour).not.toBe(e.colour);
  });

  it('draws a capacity raise, though nothing is lost at once', () => {
    const d = small();
    const decor = drawn(d, [{ type: 'scale-capacity', node: 'pus', factor: 1.5 }]);
    expect(decor.shortfall).not.toBeNull();
    expect(decor.nodes.get('pus')!.classes).toContain('raised');
    expect(looks(decor)).not.toBe(looks(drawn(d, [])));
  });

  it('draws material stranded at a removed node as lost, not as a normal flow', () => {
    const d = small();
    const decor = drawn(d, [{ type: 'remove-node', node: 'pcn' }]);
    expect(decor.nodes.get('pcn')!.classes).toContain('removed');
    expect(decor.edges[0]!.classes).toContain('lost'); // mcn → pcn: goes nowhere
    expect(decor.edges[1]!.classes).not.toMatch(/lost|reduced/); // mau → pus: untouched
    expect(decor.nodes.get('ecn')!.label.startsWith('−100%')).toBe(true);
  });

  it('draws every bundled preset that changes the result', () => {
    const d = loadBundledDataset();
    const base = looks(drawn(d, []));
    const g = buildSupplyGraph(d);
    expect(d.scenarios.length).toBeGreaterThan(0);
    for (const preset of d.scenarios) {
      const a = analyzeScenario(g, { interventions: preset.interventions });
      if (!a.ok) throw new Error(a.errors.join('\n'));
      if (preset.interventions.length === 0) continue;
      const decor = drawn(d, preset.interventions);
      expect(decor.shortfall, preset.id).not.toBeNull();
      const changed =
        a.result.totals.lostNoSubstitution > 0 ||
        a.result.edges.flowNoSubstitution.some((f, i) => f !== d.edges[i]!.flow) ||
        a.result.affectedNodes.length > 0;
      if (changed) expect(looks(decor), preset.id).not.toBe(base);
    }
  });
});
