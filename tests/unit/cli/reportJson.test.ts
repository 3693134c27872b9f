// The report written as text is the report object stringified, node for node: on the bundled
// dataset, on a generated one, and with ids that JavaScript objects put first (array indices).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport, reportJson } from '../../../src/cli/analyzeReport.ts';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  removalSweep,
  type AnalysisNetwork,
} from '../../../src/core/analysis/index.ts';
import { generateSupplyNetwork } from '../../fixtures/generate.ts';
import type { Intervention } from '../../../src/core/scenario.ts';
import { loadDatasetText } from '../../../src/data/loadDataset.ts';
import { networkFrom } from '../../fixtures/network.ts';

function both(network: AnalysisNetwork, interventions: Intervention[], sweep = false) {
  const g = buildSupplyGraph(network);
  const baseline = analyzeBaseline(g);
  const scenario = analyzeScenario(g, { interventions });
  if (!scenario.ok) throw new Error(scenario.errors.join('; '));
  const entries = sweep ? removalSweep(g) : undefined;
  return {
    text: reportJson('t', baseline, scenario.result, entries),
    object: JSON.stringify(buildReport('t', baseline, scenario.result, entries), null, 2),
  };
}

describe('reportJson', () => {
  it('is the report object as JSON on the bundled dataset, with a sweep', () => {
    const loaded = loadDatasetText(readFileSync('data/rare-earths.json', 'utf8'));
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    const { text, object } = both(loaded.dataset, [{ type: 'block-country', country: 'CN' }], true);
    expect(text).toBe(object);
    expect(JSON.parse(text).centrality.betweenness['cn-processing']).toBeGreaterThan(0);
  });

  it('is the report object as JSON on a generated network', () => {
    const network = generateSupplyNetwork({ nodes: 300, seed: 5, recycling: 3 });
    const { text, object } = both(network, [{ type: 'remove-node', node: 'pro40' }]);
    expect(text).toBe(object);
  });

  it('lists ids that are array indices first, in numeric order, as an object does', () => {
    const network: AnalysisNetwork = networkFrom(`
      10        mine       AU  production=5
      b         processor  CN
      9         processor  CN
      "quoted"  end-user   DE
      10  ->  b         3
      10  ->  9         2
      b   ->  "quoted"  3
      9   ->  "quoted"  2
    `);
    const { text, object } = both(network, []);
    expect(text).toBe(object);
    expect(Object.keys(JSON.parse(text).centrality.pagerank)).toEqual(['9', '10', '"quoted"', 'b']);
  });

  it('is the report object for a network with no nodes', () => {
    const { text, object } = both({ nodes: [], edges: [] }, []);
    expect(text).toBe(object);
  });
});
