// The rerouting linear programs (both answers: the largest total, and the fair share by
// progressive filling), solved by HiGHS (WebAssembly, one instance) on generated networks with
// three materials (NdPr, Dy/Tb, magnet; mines and magnet makers are converters), the largest
// processor removed; and 1,000 draws of the ranges at 10k nodes. Each target is printed with the
// figure reached. Every program runs under HiGHS's time limit, so the bench ends: a size that
// reaches it is reported as stopped, with the time it had run. Part of `npm run bench`; alone:
// `npx tsx tests/bench/lp.ts [sizes...]`.
import highsLoader, { type Highs } from 'highs';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  propagateNoSubstitution,
  sampleLosses,
  scenarioFactors,
  LpError,
  type LpSolver,
  type SupplyGraph,
} from '../../src/core/analysis/index.ts';
import { generateThreeMaterialNetwork } from '../../src/core/analysis/lp/generate.ts';
import { generateSupplyNetwork } from '../../src/core/analysis/generate.ts';
import type { AnalysisNetwork } from '../../src/core/analysis/index.ts';

/** Targets: one scenario, both outcomes, at 1k nodes; 1,000 draws of the ranges at 10k nodes. */
const SCENARIO_TARGET_MS = 1_000;
const DRAWS_TARGET_MS = 2_000;
/** HiGHS's time limit for each program (seconds), so that the bench ends. */
const LP_TIME_LIMIT_S = 60;

function largestProcessor(g: SupplyGraph): string {
  let best = 0;
  for (let v = 0; v < g.n; v++) {
    if (g.stage[v] === 1 && (g.supply[v] as number) > (g.supply[best] as number)) best = v;
  }
  return g.ids[best] as string;
}

const time = (work: () => unknown): number => {
  const start = performance.now();
  work();
  return performance.now() - start;
};
const ms = (x: number) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
const verdict = (reached: number, target: number) =>
  reached <= target
    ? 'met'
    : `missed by ${s(reached - target)} (${(reached / target).toFixed(1)}×)`;

/**
 * The solver, counting the programs it solves (one-shot solves and runs of kept models), each
 * under HiGHS's time limit (seconds): a program that reaches it stops with an error.
 */
function counting(highs: Highs, timeLimit: number) {
  const count = { programs: 0 };
  const solver: LpSolver = {
    solve: (text, options) => (
      count.programs++,
      highs.solve(text, { ...options, time_limit: timeLimit })
    ),
    createModel: (source) => {
      const model = highs.createModel(source);
      model.options.set({ time_limit: timeLimit });
      const run = model.run.bind(model);
      return Object.assign(model, { run: () => (count.programs++, run()) });
    },
    constants: highs.constants,
    infinity: highs.infinity,
  };
  return { solver, count };
}

/** Every flow, production and capacity given a range of ±20% about its value. */
function withRanges(network: AnalysisNetwork): AnalysisNetwork {
  return {
    nodes: network.nodes.map((v) => ({
      ...v,
      ...(v.production === null || v.production === undefined
        ? {}
        : { estimate: { low: 0.8 * v.production, high: 1.2 * v.production } }),
      ...(v.capacity === null || v.capacity === undefined
        ? {}
        : { capacityEstimate: { low: 0.8 * v.capacity, high: 1.2 * v.capacity } }),
    })),
    edges: network.edges.map((e) => ({
      ...e,
      estimate: { low: 0.8 * e.flow, high: 1.2 * e.flow },
    })),
  };
}

export async function lpBench(sizes: readonly number[]): Promise<string[]> {
  const highs = await highsLoader();
  highs.solve('Maximize\n obj: x\nSubject To\n c: x <= 1\nEnd\n'); // compile the WebAssembly
  const { solver, count } = counting(highs, LP_TIME_LIMIT_S);
  const rows: Record<string, string[]> = {};
  const notes: string[] = [];
  const cell = (label: string, value: string) => (rows[label] ??= []).push(value);
  let before: { size: number; ms: number } | null = null;
  for (const size of sizes) {
    const g = buildSupplyGraph(generateThreeMaterialNetwork({ nodes: size, seed: 2026 }));
    cell('edges (three materials)', String(g.m));
    cell('end users', String(g.endUsers.length));
    if (before !== null) {
      const ratio = size / before.size;
      process.stderr.write(
        `  ${size} nodes: the ${before.size}-node scenario took ${s(before.ms)}; ` +
          `expect ${s(before.ms * ratio)} to ${s(before.ms * ratio * ratio)}\n`,
      );
    }
    const scenario = {
      interventions: [{ type: 'remove-node' as const, node: largestProcessor(g) }],
    };
    count.programs = 0;
    let stopped: string | null = null;
    const took = time(() => {
      try {
        analyzeScenario(g, scenario, { rerouter: lpRerouter(solver) });
      } catch (error) {
        if (!(error instanceof LpError)) throw error;
        stopped = error.message;
      }
    });
    cell(
      'one scenario, both outcomes, rerouting by linear programs',
      stopped === null ? ms(took) : `stopped after ${s(took)}`,
    );
    cell('programs solved (1 + fair-share rounds)', String(count.programs));
    if (stopped !== null) {
      notes.push(
        `At ${size.toLocaleString('en')} nodes the programs were stopped by HiGHS's time limit ` +
          `(${LP_TIME_LIMIT_S} s a program) after ${s(took)}: ${stopped}.`,
      );
    }
    if (size === 1_000) {
      notes.push(
        `Target: one scenario under ${s(SCENARIO_TARGET_MS)} at 1,000 nodes, reached ${s(took)}: ` +
          `${verdict(took, SCENARIO_TARGET_MS)}` +
          (took > SCENARIO_TARGET_MS
            ? ` (HiGHS's simplex on ${g.m.toLocaleString('en')} flows and their rows; see the README).`
            : '.'),
      );
    }
    before = { size, ms: took };
    process.stderr.write(`  linear programs at ${size} nodes: ${s(took)}\n`);
  }

  const g = buildSupplyGraph(withRanges(generateSupplyNetwork({ nodes: 10_000, seed: 2026 })));
  const compiled = scenarioFactors(g, {
    interventions: [{ type: 'remove-node', node: largestProcessor(g) }],
  });
  if (!compiled.ok) throw new Error(compiled.errors.join('; '));
  const f = compiled.factors;
  propagateNoSubstitution(g, f);
  let reroutingSamples = 0;
  const draws = time(() => {
    reroutingSamples = sampleLosses(g, f, { samples: 1_000, seed: 1 }).reroutingSamples;
  });
  notes.push(
    `Target: 1,000 draws of the ranges (every flow, production and capacity ±20%, ` +
      `${reroutingSamples} of them rerouted by max-flow) under ${s(DRAWS_TARGET_MS)} at 10,000 ` +
      `nodes, reached ${s(draws)}: ${verdict(draws, DRAWS_TARGET_MS)}.`,
  );
  process.stderr.write('  draws at 10000 nodes done\n');

  return [
    `Rerouting by linear programs (HiGHS ${'1.15'}, one run each):`,
    '',
    `| | ${sizes.map((n) => `${n.toLocaleString('en')} nodes`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...Object.entries(rows).map(([label, values]) => `| ${label} | ${values.join(' | ')} |`),
    '',
    ...notes,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const lines = await lpBench(sizes.length > 0 ? sizes : [1_000, 10_000]);
  process.stdout.write(`${lines.join('\n')}\n`);
}
