// The command line reads GEXF, GraphML, CSV files and XLSX workbooks with the explorer's
// importers: the same dataset in any format gives the same report, and what an import refused
// is said on stderr and kept in the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import {
  datasetCsvFiles,
  datasetGexf,
  datasetGraphml,
  datasetXlsx,
} from '../../../src/data/formats/exportDataset.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const JSON_FILE = join(ROOT, 'data', 'rare-earths.json');
const dataset = loadBundledDataset();
const dir = mkdtempSync(join(tmpdir(), 'analyze-formats-'));
const at = (name: string) => join(dir, name);

const csvFiles = datasetCsvFiles(dataset);
for (const [name, text] of Object.entries(csvFiles)) writeFileSync(at(name), text);
writeFileSync(at('graph.gexf'), datasetGexf(dataset));
writeFileSync(at('graph.graphml'), datasetGraphml(dataset));
writeFileSync(at('book.xlsx'), new Uint8Array(await (await datasetXlsx(dataset)).arrayBuffer()));

type Report = {
  import?: { format: string; nodes: number; refused: unknown[] };
  totals: unknown;
  endUsers: unknown;
  centrality: unknown;
};

async function report(argv: string[]): Promise<Report> {
  const r = await runAnalyze([...argv, '--remove', 'cn-processing']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('analyze reads every import format', () => {
  const expected = report([JSON_FILE]);

  it.each([
    ['GEXF', ['graph.gexf']],
    ['GraphML', ['graph.graphml']],
    ['CSV', Object.keys(csvFiles)],
    ['XLSX', ['book.xlsx']],
  ])('%s gives the same figures as the dataset JSON', async (format, names) => {
    const want = await expected;
    const got = await report(names.map(at));
    expect(got.import?.format).toBe(format);
    expect(got.import?.nodes).toBe(dataset.nodes.length);
    expect(got.import?.refused).toEqual([]);
    expect(got.totals).toEqual(want.totals);
    expect(got.endUsers).toEqual(want.endUsers);
    expect(got.centrality).toEqual(want.centrality);
    expect(want.import).toBeUndefined();
  });

  it('says on stderr what it refused, and analyses the rest', async () => {
    writeFileSync(
      at('n.csv'),
      'Id,Label,stage,country\nm,Mine,mine,AU\nu,User,end-user,JP\nx,Lost,,AU\n',
    );
    writeFileSync(at('e.csv'), 'Source,Target,Weight\nm,u,10\nm,q,5\n');
    const r = await runAnalyze([at('n.csv'), at('e.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        'analyze: CSV: 2 nodes, 1 flow imported; 2 rows refused',
        `analyze: refused ${at('e.csv')} row 3: unknown node "q"`,
        `analyze: refused ${at('n.csv')} row 4: node "x" has no stage and no flows to infer one from`,
      ]),
    );
    const out = JSON.parse(r.stdout) as {
      import: { refused: unknown[] };
      totals: { baseline: number };
    };
    expect(out.import.refused).toHaveLength(2);
    expect(out.totals.baseline).toBe(10);
  });

  it('refuses files it cannot use, in one line', async () => {
    const mixed = await runAnalyze([at('graph.gexf'), at('nodes.csv')]);
    expect(mixed).toMatchObject({ code: 2, stdout: '' });
    expect(mixed.stderr).toMatch(/^analyze: one GEXF file at a time/);
    writeFileSync(at('broken.gexf'), '<gexf><graph>\n<nodes><node id="a></nodes></graph></gexf>');
    const broken = await runAnalyze([at('broken.gexf')]);
    expect(broken.stderr).toMatch(
      /^analyze: .*broken\.gexf line \d+ column \d+: not well-formed XML/,
    );
  });

  it('runs as a process on a CSV pair', () => {
    const r = spawnSync(
      TSX,
      [
        'src/cli/analyze.ts',
        at('nodes.csv'),
        at('edges.csv'),
        at('sources.csv'),
        at('materials.csv'),
        '--format',
        'csv',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^id,baseline,noSubstitution,withRerouting/);
    expect(r.stderr).toMatch(
      new RegExp(
        `^analyze: CSV: ${dataset.nodes.length} nodes, ${dataset.edges.length} flows imported; 0 rows refused`,
      ),
    );
  }, 30_000);
});
