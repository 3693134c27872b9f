import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/workers/engine.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';

describe('the worker’s engine, in-process', () => {
  const dataset = loadBundledDataset();

  it('refuses questions before a dataset is loaded', () => {
    expect(() => createEngine().scenario({ interventions: [] })).toThrow(
      'scenario: no dataset loaded',
    );
  });

  it('answers baseline, scenario and dependents for the bundled dataset', () => {
    const engine = createEngine();
    const baseline = engine.load(dataset);
    expect(baseline.nodeIds).toHaveLength(dataset.nodes.length);
    const outcome = engine.scenario({
      interventions: [{ type: 'remove-node', node: 'cn-processing' }],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // a node's dependents are exactly the end users that lose supply when it alone goes
    const dependents = engine.dependents('cn-processing');
    const losers = outcome.result.endUsers.filter((e) => e.lostNoSubstitution > 1e-9);
    expect(dependents.map((d) => d.id).sort()).toEqual(losers.map((e) => e.id).sort());
    for (const d of dependents) {
      const e = losers.find((x) => x.id === d.id)!;
      expect(d.share).toBeCloseTo(e.lostNoSubstitution / e.baseline, 9);
    }
    expect(engine.dependents('no-such-node')).toEqual([]);
  });
});
