import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/workers/engine.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';

describe('the worker’s engine, in-process', () => {
  const dataset = loadBundledDataset();

  it('refuses questions before a dataset is loaded', async () => {
    await expect(createEngine().scenario({ interventions: [] })).rejects.toThrow(
      'scenario: no dataset loaded',
    );
  });

  it('answers baseline, scenario and dependents for the bundled dataset', async () => {
    const engine = createEngine();
    const baseline = engine.load(dataset);
    expect(baseline.nodeIds).toHaveLength(dataset.nodes.length);
    const outcome = await engine.scenario({
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

  it('with HiGHS, reroutes by the linear programs, writes the program and answers a best case', async () => {
    let loads = 0;
    const engine = createEngine(() => {
      loads++;
      return highsLoader();
    });
    engine.load(dataset);
    const scenario = { interventions: [{ type: 'remove-node' as const, node: 'cn-processing' }] };
    const outcome = await engine.scenario(scenario);
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    const max = outcome.result.totals.reroutingMaximum;
    const highs = await highsLoader();
    const text = engine.linearProgram(scenario, ['A title']);
    expect(text.startsWith('\\ A title\n')).toBe(true);
    const solved = highs.solve(text, { output_flag: false });
    expect(solved.Status).toBe('Optimal');
    expect(solved.ObjectiveValue).toBeCloseTo(max, 6);
    expect(outcome.result.totals.withRerouting).toBeLessThanOrEqual(max * (1 + 1e-6));
    const user = outcome.result.endUsers.find((e) => e.withRerouting < e.baseline - 1e-6);
    if (user === undefined) throw new Error('no end user short after rerouting');
    const best = await engine.bestCase(scenario, user.id);
    expect(best).toBeGreaterThanOrEqual(user.withRerouting - 1e-6);
    expect(best).toBeLessThanOrEqual(user.baseline * (1 + 1e-9));
    await expect(engine.bestCase(scenario, 'cn-processing')).rejects.toThrow('not an end user');
    expect(loads).toBe(1);
  });
});
