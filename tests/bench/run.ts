// `npm run bench`: median times of the analysis engine on generated layered supply networks
// (1k, 10k, 50k nodes, about 5 edges a node), printed as a markdown table. Benchmarks report
// numbers; tests assert behaviour. Run with --expose-gc (the npm script does) so each timing
// starts from a collected heap.
import { cpus } from 'node:os';
import Graph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import {
  analyzeBaseline,
  analyzeScenario,
  betweenness,
  buildSupplyGraph,
  removalSweep,
  type AnalysisNetwork,
  type SupplyGraph,
} from '../../src/core/analysis/index.ts';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import {
  baselineState,
  createTracer,
  supplyByOrigin,
  supplyThrough,
} from '../../src/core/analysis/flows/supplyTrace.ts';
import type { Intervention } from '../../src/core/scenario.ts';
import { loadDatasetText } from '../../src/data/loadDataset.ts';
import { materialsBench } from './materials.ts';
import { cliTargets } from './cliTargets.ts';
import { lpBench, missedTargets } from './lp.ts';
import { rangesBench } from './ranges.ts';
import { largestProcessor, ms } from './measure.ts';

// `--targets` prints only the targets.
const TARGETS_ONLY = process.argv.includes('--targets');
const SIZES = TARGETS_ONLY ? [] : [1_000, 10_000, 50_000];
/** graphology-metrics' betweenness takes about a second at 10k and grows as n * reach. */
const GRAPHOLOGY_LIMIT = 10_000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function load(text: string): SupplyGraph {
  const loaded = loadDatasetText(text);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  return buildSupplyGraph(loaded.dataset);
}

function run(outcome: ReturnType<typeof analyzeScenario>) {
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.result;
}

function toGraphology(network: AnalysisNetwork): Graph {
  const graph = new Graph({ type: 'directed' });
  for (const v of network.nodes) graph.addNode(v.id);
  for (const e of network.edges) graph.mergeEdge(e.source, e.target);
  return graph;
}

const rows: Record<string, string[]> = {};
const cell = (label: string, value: string) => (rows[label] ??= []).push(value);

for (const size of SIZES) {
  const runs = size >= 50_000 ? 3 : 5;
  const network = generateSupplyNetwork({ nodes: size, edgesPerNode: 5, seed: 2026 });
  const text = JSON.stringify({ title: `generated ${size}`, ...network });
  cell('edges', String(network.edges.length));
  cell('load + build graph (parse, validate, index)', ms(median(runs, () => load(text))));
  cell('build graph only', ms(median(runs, () => buildSupplyGraph(network))));
  const g = load(text);

  cell(
    'supply tracing + chokepoint scores',
    ms(
      median(runs, () => {
        const tracer = createTracer(g, baselineState(g));
        supplyThrough(g, tracer);
        supplyByOrigin(g, tracer, g.production);
      }),
    ),
  );
  cell('betweenness (ours)', ms(median(runs, () => betweenness(g))));
  if (size <= GRAPHOLOGY_LIMIT) {
    const graph = toGraphology(network);
    const bRuns = size > 1000 ? 3 : runs;
    cell(
      'betweenness (graphology-metrics)',
      ms(median(bRuns, () => graphologyBetweenness(graph, { getEdgeWeight: null }))),
    );
  } else cell('betweenness (graphology-metrics)', 'skipped (too slow)');
  cell(
    'baseline report (all measures, SPOFs, origins, stages, max-flow)',
    ms(median(runs, () => analyzeBaseline(buildSupplyGraph(network)))),
  );

  const removal: Intervention[] = [{ type: 'remove-node', node: largestProcessor(g) }];
  const country: Intervention[] = [{ type: 'block-country', country: 'MM' }];
  run(analyzeScenario(g, { interventions: removal })); // warm the per-graph caches (flow network, SPOFs)
  cell(
    'one scenario, both outcomes: remove largest processor',
    ms(median(runs, () => run(analyzeScenario(g, { interventions: removal })))),
  );
  cell(
    'one scenario, both outcomes: block a country (MM)',
    ms(median(runs, () => run(analyzeScenario(g, { interventions: country })))),
  );
  cell(
    'whole default report: load + build + baseline + one scenario',
    ms(
      median(runs, () => {
        const fresh = load(text);
        analyzeBaseline(fresh);
        run(analyzeScenario(fresh, { interventions: removal }));
      }),
    ),
  );
  cell(
    'removal sweep, no substitution (every node)',
    ms(median(runs, () => removalSweep(g, { rerouting: 'none' }))),
  );
  const top = 20;
  const sweepTime = median(1, () => removalSweep(g, { rerouting: top }));
  cell(`removal sweep with rerouting, per node (worst ${top})`, ms(sweepTime / top));
  process.stderr.write(`  ${size} nodes done\n`);
}

const peakMb = process.resourceUsage().maxRSS / 1024;
const header = `| | ${SIZES.map((n) => `${n.toLocaleString('en')} nodes`).join(' | ')} |`;
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; median of 5 runs (3 at 50k).`,
  '',
  header,
  `| --- | ${SIZES.map(() => '---:').join(' | ')} |`,
  ...Object.entries(rows).map(([label, values]) => `| ${label} | ${values.join(' | ')} |`),
  '',
  `Peak memory (resident set, whole run, reached at 50k): ${Math.round(peakMb)} MB.`,
  ...materialsBench(),
  '',
  ...(await lpBench([1_000, 10_000])),
  '',
  ...(await rangesBench()),
];
if (!TARGETS_ONLY) process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(`\n### Command-line targets\n\n${cliTargets().join('\n')}\n`);
if (missedTargets.length > 0) {
  process.stderr.write(`Targets missed:\n${missedTargets.join('\n')}\n`);
  process.exitCode = 1;
}
