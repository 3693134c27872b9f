// The target "1,000 draws at 10,000 nodes, no substitution: under 10 s (goal 2 s)": every flow and
// mine output given a range of ±20%, one country (MM) blocked, 1,000 balanced draws of the losses
// at once, on one thread and on the draw threads of the command line (drawThreads.ts). Wall-clock
// and CPU time (this process, its worker threads included). Alone: `npx tsx tests/bench/scaleDraws.ts`.
import { startDrawThreads } from '../../src/cli/drawThreads.ts';
import {
  buildSupplyGraph,
  sampleLosses,
  scenarioFactors,
  type AnalysisNetwork,
} from '../../src/core/analysis/index.ts';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import { ms, timeBoth } from './measure.ts';

export const DRAWS_TARGET_MS = 10_000;
export const DRAWS_GOAL_MS = 2_000;

function withRanges(network: AnalysisNetwork): AnalysisNetwork {
  const around = (x: number) => ({ low: 0.8 * x, high: 1.2 * x });
  return {
    nodes: network.nodes.map((v) => (v.production ? { ...v, estimate: around(v.production) } : v)),
    edges: network.edges.map((e) => ({ ...e, estimate: around(e.flow) })),
  };
}

/** One row of the targets table: | target | reached | verdict |. */
export function drawsTargetRow(nodes = 10_000, draws = 1_000): string {
  const g = buildSupplyGraph(
    withRanges(generateSupplyNetwork({ nodes, edgesPerNode: 5, seed: 2026 })),
  );
  const compiled = scenarioFactors(g, {
    interventions: [{ type: 'block-country', country: 'MM' }],
  });
  if (!compiled.ok) throw new Error(compiled.errors.join('; '));
  const options = { samples: draws, reroutingSamples: 0, seed: 1 };
  const one = timeBoth(() => sampleLosses(g, compiled.factors, options));
  const threads = startDrawThreads();
  const split = timeBoth(() =>
    sampleLosses(g, compiled.factors, { ...options, runDraws: threads.runner() }),
  );
  const onWorkers = threads.chunksOnWorkers();
  threads.close();
  const best = Math.min(one.wall, split.wall);
  const verdict =
    best <= DRAWS_TARGET_MS
      ? `met (${ms(DRAWS_TARGET_MS - best)} under); goal 2 s ${best <= DRAWS_GOAL_MS ? 'met' : 'not met'}`
      : `missed by ${ms(best - DRAWS_TARGET_MS)}`;
  return (
    `| ${draws.toLocaleString('en')} draws at ${nodes.toLocaleString('en')} nodes (${g.m.toLocaleString('en')} flows), no substitution: < 10 s (goal 2 s); was 50–71 s | ` +
    `one thread ${ms(one.wall)} wall, ${ms(one.cpu)} CPU; ${threads.size + 1} threads ${ms(split.wall)} wall, ${ms(split.cpu)} CPU (${onWorkers} chunks on workers) | ${verdict} |`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${drawsTargetRow(Number(process.argv[2] ?? 10_000))}\n`);
}
