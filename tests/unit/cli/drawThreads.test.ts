// The draws of the loss ranges on worker threads give the figures of one thread drawing them in
// order, to the last bit, whoever took which chunk: each draw starts at its own place in the
// seed's sequence.
import { afterAll, describe, expect, it } from 'vitest';
import { DRAW_CHUNK, startDrawThreads } from '../../../src/cli/drawThreads.ts';
import {
  buildSupplyGraph,
  lpRerouter,
  sampleLosses,
  scenarioFactors,
  type AnalysisNetwork,
} from '../../../src/core/analysis/index.ts';
import highsLoader from 'highs';
import { generateSupplyNetwork } from '../../fixtures/generate.ts';

const threads = startDrawThreads(2);
afterAll(() => threads.close());

/** Every flow and mine output given a range of ±20% about its value. */
function withRanges(network: AnalysisNetwork): AnalysisNetwork {
  const around = (x: number) => ({ low: 0.8 * x, high: 1.2 * x });
  return {
    nodes: network.nodes.map((v) => ({
      ...v,
      ...(v.production ? { estimate: around(v.production) } : {}),
    })),
    edges: network.edges.map((e) => ({ ...e, estimate: around(e.flow) })),
  };
}

const g = buildSupplyGraph(withRanges(generateSupplyNetwork({ nodes: 400, seed: 5 })));
// The largest processor removed, so the losses differ from draw to draw.
let largest = 0;
for (let v = 0; v < g.n; v++) {
  if (g.stage[v] === 1 && (g.supply[v] as number) > (g.supply[largest] as number)) largest = v;
}
const compiled = scenarioFactors(g, {
  interventions: [{ type: 'remove-node', node: g.ids[largest] as string }],
});
if (!compiled.ok) throw new Error(compiled.errors.join('; '));
const f = compiled.factors;

describe('draws on worker threads', () => {
  it('equal one thread drawing in order, bit for bit, workers alone or shared', () => {
    const samples = 10 * DRAW_CHUNK + 3;
    const one = sampleLosses(g, f, { samples, reroutingSamples: 0, seed: 7 });
    expect(one.figuresWithRanges).toBeGreaterThan(0);
    const spread = new Set(
      one.endUsers.map((e) => e.lostNoSubstitution.p95 - e.lostNoSubstitution.p5),
    );
    expect([...spread].some((x) => x > 0)).toBe(true);
    const onWorkers = sampleLosses(g, f, {
      samples,
      reroutingSamples: 0,
      seed: 7,
      runDraws: threads.runner({ here: false }),
    });
    expect(threads.chunksOnWorkers()).toBe(Math.ceil(samples / DRAW_CHUNK));
    expect(onWorkers).toEqual(one);
    const shared = sampleLosses(g, f, {
      samples,
      reroutingSamples: 0,
      seed: 7,
      runDraws: threads.runner(),
    });
    expect(shared).toEqual(one);
    // Another seed, other figures: the test can tell seeds apart.
    const other = sampleLosses(g, f, { samples, reroutingSamples: 0, seed: 8 });
    expect(other).not.toEqual(one);
  }, 60_000);

  it('leave the draws that reroute on this thread and match one thread', async () => {
    const solver = await highsLoader();
    const rerouter = lpRerouter(solver);
    const options = { samples: 5 * DRAW_CHUNK, reroutingSamples: 5, seed: 3 };
    const one = sampleLosses(g, f, options, rerouter);
    const split = sampleLosses(g, f, { ...options, runDraws: threads.runner() }, rerouter);
    expect(one.reroutingSamples).toBe(5);
    expect(split).toEqual(one);
  }, 60_000);
});

describe('a network with no ranges', () => {
  it('is run once, not drawn, and the report says so', async () => {
    const { runAnalyze } = await import('../../../src/cli/runAnalyze.ts');
    const plain = { title: 'plain', ...generateSupplyNetwork({ nodes: 60, seed: 4 }) };
    const bytes = new TextEncoder().encode(JSON.stringify(plain));
    const io = { readFile: () => bytes, fileSize: () => bytes.length };
    const r = await runAnalyze(['plain.json', '--samples', '500'], io);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { uncertainty: Record<string, unknown> };
    expect(report.uncertainty).toMatchObject({ samples: 1, figuresWithRanges: 0 });
    expect(report.uncertainty.note).toMatch(/no figure carries a range/);
  }, 60_000);
});
