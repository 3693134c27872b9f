// The programs solved on the part of the network a scenario touches (region.ts): the same answers
// as on the whole network, on fewer variables, and no program at all when the answer is known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSupplyGraph,
  propagateNoSubstitution,
  scenarioFactors,
  type AnalysisNetwork,
} from '../../../../../src/core/analysis/index.ts';
import {
  lpNetworkFromGraph,
  lpScenarioFromGraph,
} from '../../../../../src/core/analysis/rerouting/lp/fromGraph.ts';
import { reroute } from '../../../../../src/core/analysis/rerouting/lp/rerouting.ts';
import type { LpSolver } from '../../../../../src/core/analysis/rerouting/lp/types.ts';
import type { Intervention } from '../../../../../src/core/scenario.ts';
import { generateSupplyNetwork } from '../../../../fixtures/generate.ts';
import { generateThreeMaterialNetwork } from '../../../../fixtures/generateMaterials.ts';
import { cuts, interventionsFor, networkShapes } from '../../../../fixtures/randomCuts.ts';
import { largestProcessor } from '../../../../bench/measure.ts';
import { loadSolver } from './fixturesV2.ts';

/** The oracle README's tolerance for the linear programs' figures. */
const agree = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-5 * Math.abs(b), 1e-3);

/** A network and scenario as the engine hands them to the programs (no-substitution state too). */
function lpCase(net: AnalysisNetwork, interventions: readonly Intervention[]) {
  const g = buildSupplyGraph(net);
  const compiled = scenarioFactors(g, { interventions });
  if (!compiled.ok) throw new Error(compiled.errors.join('; '));
  const f = compiled.factors;
  const served = propagateNoSubstitution(g, f).served;
  return { network: lpNetworkFromGraph(g), scenario: lpScenarioFromGraph(g, f, served), g };
}

/** The solver, counting what it solves: LP text read, and runs of kept models. */
function counting(highs: LpSolver) {
  const count = { programs: 0 };
  const solver: LpSolver = {
    solve: (text, options) => (count.programs++, highs.solve(text, options)),
    createModel: (source) => {
      const model = (highs.createModel as NonNullable<LpSolver['createModel']>)(source);
      const run = model.run.bind(model);
      return Object.assign(model, { run: () => (count.programs++, run()) });
    },
    ...(highs.constants === undefined ? {} : { constants: highs.constants }),
    ...(highs.infinity === undefined ? {} : { infinity: highs.infinity }),
  };
  return { solver, count };
}

function expectSameAnswers(a: ReturnType<typeof reroute>, b: ReturnType<typeof reroute>) {
  expect(agree(a.maximum, b.maximum), `largest total ${a.maximum} vs ${b.maximum}`).toBe(true);
  a.fair.served.forEach((x, i) => {
    const y = b.fair.served[i] as number;
    expect(agree(x, y), `end user ${i}: ${x} vs ${y}`).toBe(true);
  });
}

describe('the programs on the region the scenario touches', () => {
  it('give the whole network’s answers, on random networks and cuts (three materials, converters)', async () => {
    const highs = await loadSolver();
    await fc.assert(
      fc.asyncProperty(networkShapes(8), cuts, async (shape, picks) => {
        const net = generateThreeMaterialNetwork(shape);
        const g = buildSupplyGraph(net);
        const { network, scenario } = lpCase(net, interventionsFor(g, picks));
        const whole = reroute(highs, network, scenario, 'never');
        const onRegion = reroute(highs, network, scenario, 'always');
        expectSameAnswers(onRegion, whole);
      }),
      { numRuns: 20 },
    );
  });

  it('give the whole network’s answers on one material with recycling', async () => {
    const highs = await loadSolver();
    await fc.assert(
      fc.asyncProperty(networkShapes(8), cuts, async (shape, picks) => {
        const net = generateSupplyNetwork(shape);
        const g = buildSupplyGraph(net);
        const { network, scenario } = lpCase(net, interventionsFor(g, picks));
        expectSameAnswers(
          reroute(highs, network, scenario, 'always'),
          reroute(highs, network, scenario, 'never'),
        );
      }),
      { numRuns: 20 },
    );
  });

  it('solve fewer variables than the whole program when a removal touches part of the network', async () => {
    const highs = await loadSolver();
    const net = generateThreeMaterialNetwork({ nodes: 400, seed: 7 });
    const g0 = buildSupplyGraph(net);
    const { network, scenario } = lpCase(net, [
      { type: 'remove-node', node: largestProcessor(g0) },
    ]);
    const onRegion = reroute(highs, network, scenario, 'always');
    const solved = onRegion.fair.solved;
    expect(solved).toBeDefined();
    expect(solved?.region).toBeLessThan(solved?.whole ?? 0);
    expectSameAnswers(onRegion, reroute(highs, network, scenario, 'never'));
  });

  it('solve no program when nobody is short of baseline', async () => {
    const { solver, count } = counting(await loadSolver());
    const net = generateThreeMaterialNetwork({ nodes: 60, seed: 3 });
    const g = buildSupplyGraph(net);
    const { network, scenario } = lpCase(net, [
      { type: 'scale-capacity', node: g.ids[0] as string, factor: 1 },
    ]);
    const r = reroute(solver, network, scenario);
    expect(count.programs).toBe(0);
    r.endUsers.forEach((_, i) => {
      expect(r.fair.served[i]).toBeCloseTo(r.program.baseline[i] as number, 6);
    });
    const total = r.program.baseline.reduce((s, x) => s + x, 0);
    expect(agree(r.maximum, total)).toBe(true);
  });
});
