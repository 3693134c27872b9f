// The ranges after rerouting: the fair share of the rerouting programs on each of 100 balanced
// draws (what the explorer draws in its second worker and the command line with --samples), on
// the bundled dataset under its headline preset and on a generated 1,000-node network of three
// materials (every figure ±20%, the largest processor removed). A run that passes its time budget
// is stopped and reported with the draws it reached. Part of `npm run bench`; alone:
// `npx tsx tests/bench/ranges.ts`.
import highsLoader from 'highs';
import {
  buildSupplyGraph,
  lpRerouter,
  sampleLosses,
  scenarioFactors,
  type AnalysisNetwork,
  type LpSolver,
  type SupplyGraph,
} from '../../src/core/analysis/index.ts';
import type { Scenario } from '../../src/core/scenario.ts';
import { loadBundledDataset } from '../../src/data/bundled.ts';
import { generateThreeMaterialNetwork } from '../fixtures/generateMaterials.ts';
import { largestProcessor, timeBoth } from './measure.ts';

const DRAWS = 100;
/** Each run stops once it has taken this long (wall-clock). */
const BUDGET_MS = 120_000;

class OverBudget extends Error {}

/** Every flow, production and capacity given a range of ±20% about its value. */
function withRanges(network: AnalysisNetwork): AnalysisNetwork {
  const around = (x: number) => ({ low: 0.8 * x, high: 1.2 * x });
  return {
    nodes: network.nodes.map((v) => ({
      ...v,
      ...(v.production ? { estimate: around(v.production) } : {}),
      ...(v.capacity ? { capacityEstimate: around(v.capacity) } : {}),
    })),
    edges: network.edges.map((e) => ({ ...e, estimate: around(e.flow) })),
  };
}

function rangesRun(g: SupplyGraph, scenario: Scenario, solver: LpSolver, label: string): string {
  const compiled = scenarioFactors(g, scenario);
  if (!compiled.ok) throw new Error(compiled.errors.join('; '));
  let done = 0;
  const start = performance.now();
  const { wall, cpu } = timeBoth(() => {
    try {
      sampleLosses(
        g,
        compiled.factors,
        {
          samples: DRAWS,
          reroutingSamples: DRAWS,
          seed: 1,
          onProgress: (d) => {
            done = d;
            if (performance.now() - start > BUDGET_MS) throw new OverBudget();
          },
        },
        lpRerouter(solver),
      );
    } catch (error) {
      if (!(error instanceof OverBudget)) throw error;
    }
  });
  const each = wall / Math.max(1, done);
  process.stderr.write(
    `  ranges after rerouting, ${label}: ${done} draws in ${wall.toFixed(0)} ms\n`,
  );
  return (
    `| ${label} | ${g.n.toLocaleString('en')} / ${g.m.toLocaleString('en')} | ` +
    `${done === DRAWS ? `${(wall / 1000).toFixed(1)} s` : `stopped: ${done} draws in ${(wall / 1000).toFixed(0)} s (about ${((each * DRAWS) / 1000).toFixed(0)} s for ${DRAWS})`} | ` +
    `${(cpu / 1000).toFixed(1)} s | ${(each / 1000).toFixed(2)} s |`
  );
}

export async function rangesBench(): Promise<string[]> {
  const solver = await highsLoader();
  solver.solve('Maximize\n obj: x\nSubject To\n c: x <= 1\nEnd\n'); // compile the WebAssembly
  const dataset = loadBundledDataset();
  const bundled = buildSupplyGraph(dataset);
  const preset = dataset.scenarios.find((s) => s.id === 'china-processing-offline');
  if (preset === undefined) throw new Error('no china-processing-offline preset');
  const generated = buildSupplyGraph(
    withRanges(generateThreeMaterialNetwork({ nodes: 1_000, seed: 2026 })),
  );
  return [
    `Ranges after rerouting: the fair share on ${DRAWS} balanced draws (one worker, seed 1):`,
    '',
    '| network | nodes / flows | wall-clock | CPU | a draw |',
    '| --- | ---: | ---: | ---: | ---: |',
    rangesRun(bundled, preset, solver, 'bundled dataset, China’s processing offline'),
    rangesRun(
      generated,
      { interventions: [{ type: 'remove-node', node: largestProcessor(generated) }] },
      solver,
      'generated, three materials, largest processor removed',
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${(await rangesBench()).join('\n')}\n`);
}
