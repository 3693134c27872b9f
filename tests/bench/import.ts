// `npm run bench` (import part): how long a user's CSV pair of a generated 5,000-node network
// (about 5 flows a node) takes to import, through the same importFiles as "Open dataset…" and the
// command line. Reports the median of 5 runs; the target is under 3 s.
import { cpus } from 'node:os';
import { generateSupplyNetwork } from '../fixtures/generate.ts';
import { datasetCsvFiles } from '../../src/data/formats/exportDataset.ts';
import { importFiles } from '../../src/data/formats/importFiles.ts';
import type { Dataset } from '../../src/data/schema.ts';

const NODES = 5_000;
const RUNS = 5;

const network = generateSupplyNetwork({ nodes: NODES, seed: 7 });
const dataset: Dataset = {
  format: 'chokepoint-dataset',
  schemaVersion: 3,
  title: 'Generated network',
  year: 2024,
  sources: [],
  materials: [],
  nodes: network.nodes.map(({ recipes: _recipes, ramps: _ramps, ...n }) => ({ ...n, label: n.id })),
  edges: network.edges.map((e) => ({
    source: e.source,
    target: e.target,
    flow: e.flow,
    material: e.material ?? 'material',
  })),
  scenarios: [],
  stories: [],
  periods: [],
  events: [],
};
const csv = datasetCsvFiles(dataset);
const encoder = new TextEncoder();
const files = ['nodes.csv', 'edges.csv'].map((name) => ({
  name,
  data: encoder.encode(csv[name] ?? ''),
}));
const bytes = files.reduce((n, f) => n + f.data.byteLength, 0);

const times: number[] = [];
let flows = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const result = await importFiles(files);
  times.push(performance.now() - start);
  if (!result.ok) throw new Error(result.errors.join('; '));
  if (result.report.refused.length > 0) throw new Error('rows were refused');
  flows = result.report.flows;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)] as number;
process.stdout.write(
  [
    '',
    `Import of a CSV pair (${NODES.toLocaleString('en')} nodes, ${flows.toLocaleString('en')} flows, ${(bytes / 1024).toFixed(0)} KB), ` +
      `median of ${RUNS} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}: ` +
      `${(median / 1000).toFixed(2)} s (target: under 3 s).`,
    '',
  ].join('\n'),
);
