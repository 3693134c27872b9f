// The command line end to end: in-process for the report's content and errors, and once as a
// real subprocess the way a user runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { FORMULA_START } from '../../../src/core/csv.ts';
import { datasetNamed, payloads } from '../hostileInput.ts';
import { expectClose, smallOracleCase } from '../core/analysis/oracleFixtures.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** tsx itself rather than through npx, so that stderr holds only what the command wrote. */
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const { small, file: FILE, removed } = smallOracleCase();

interface Report {
  endUsers: { id: string; baseline: number; noSubstitution: number; withRerouting: number }[];
  singleMaterialBound: { maxFlowBaseline: number; maxFlowScenario: number };
  singlePointsOfFailure: Record<string, string[]>;
  centrality: Record<
    'betweenness' | 'betweennessNormalized' | 'pagerank' | 'chokepoint',
    Record<string, number>
  >;
  stageShares: Record<string, Record<string, number>>;
  sweep?: { id: string; lostNoSubstitution: number; lostWithRerouting: number }[];
}

function checkRemovalReport(report: Report) {
  const x = small!.expected;
  expectClose(
    report.singleMaterialBound.maxFlowBaseline,
    x.max_flow_to_end_users_baseline,
    6,
    'max-flow baseline',
  );
  expectClose(
    report.singleMaterialBound.maxFlowScenario,
    x.removal_case.max_flow_to_end_users_after_removal,
    6,
    'after',
  );
  for (const e of report.endUsers) {
    const want = x.removal_case.no_substitution_end_users[e.id];
    expectClose(e.baseline, want?.baseline_in ?? NaN, 6, `${e.id} baseline`);
    expectClose(e.noSubstitution, want?.scenario_in ?? NaN, 6, `${e.id} no substitution`);
  }
  expect(report.singlePointsOfFailure).toEqual(x.single_points_of_failure_per_end_user);
  for (const [id, want] of Object.entries(x.betweenness_unweighted_raw)) {
    expectClose(report.centrality.betweenness[id] ?? NaN, want, 9, `betweenness ${id}`);
  }
}

describe('npm run analyze', () => {
  it('runs as a subprocess and prints the oracle figures for a removal', async () => {
    const stdout = execFileSync('npx', ['tsx', 'src/cli/analyze.ts', FILE, '--remove', removed], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    checkRemovalReport(JSON.parse(stdout) as Report);
  }, 30_000);

  it('exits 2 with one line on stderr and nothing on stdout when the user got something wrong', async () => {
    const bad = spawnSync(TSX, ['src/cli/analyze.ts', FILE, '--remove', 'nowhere'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('analyze: --remove nowhere: unknown node "nowhere"\n');
  }, 30_000);

  it('reports everything in JSON, keyed by id', async () => {
    const r = await runAnalyze([FILE, '--remove', removed]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(r.stdout) as Report;
    checkRemovalReport(report);
    for (const [id, want] of Object.entries(small.expected.pagerank_flow_weighted_alpha085)) {
      expectClose(report.centrality.pagerank[id] ?? NaN, want, 9, `pagerank ${id}`);
    }
    const mineShares = Object.values(report.stageShares.mine ?? {});
    expect(mineShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(report.sweep).toBeUndefined();
  });

  it('adds the sweep on request, and writes CSV with papaparse', async () => {
    const json = JSON.parse((await runAnalyze([FILE, '--sweep'])).stdout) as Report;
    expect(json.sweep).toHaveLength(small.nodes.length);
    const csv = await runAnalyze([FILE, '--sweep', '--format', 'csv']);
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true }).data;
    expect(rows.map((row) => row.id)).toEqual(json.sweep?.map((s) => s.id));
    expect(Number(rows[0]?.lostNoSubstitution)).toBeCloseTo(
      json.sweep?.[0]?.lostNoSubstitution ?? NaN,
      9,
    );

    const users = await runAnalyze([FILE, '--format=csv', '--factor', `${removed}=0.3`]);
    const table = Papa.parse<Record<string, string>>(users.stdout.trim(), { header: true });
    expect(table.meta.fields?.slice(0, 4)).toEqual([
      'id',
      'baseline',
      'noSubstitution',
      'withRerouting',
    ]);
    for (const row of table.data) {
      const want = small.expected.partial_case.no_substitution_end_users[row.id ?? ''];
      expectClose(Number(row.noSubstitution), want?.scenario_in ?? NaN, 6, `${row.id}`);
    }
  });

  it.each([
    [['missing.json'], /^analyze: cannot read missing\.json: ENOENT/],
    [['--bogus', FILE], /^analyze: unknown option "--bogus"$/],
    [[FILE, '--block-country', 'FR'], /^analyze: --block-country FR: no node in country "FR"$/],
    [
      [FILE, '--block-route', 'CN>ZZ'],
      /^analyze: --block-route CN>ZZ: no flow from country "CN" to "ZZ"$/,
    ],
  ])('refuses %j', async (argv, message) => {
    const r = await runAnalyze(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it("applies the bundled dataset's presets, and names the presets when one is unknown", async () => {
    const bundled = join(ROOT, 'data', 'rare-earths.json');
    const text = readFileSync(bundled, 'utf8');
    const ids = (JSON.parse(text) as { scenarios?: { id: string }[] }).scenarios?.map((p) => p.id);
    expect(ids?.length).toBeGreaterThan(0);
    for (const id of ids ?? []) {
      const r = await runAnalyze([bundled, '--preset', id]);
      expect(r.stderr, id).toBe('');
      const report = JSON.parse(r.stdout) as Report;
      for (const e of report.endUsers) {
        expect(e.withRerouting).toBeGreaterThanOrEqual(e.noSubstitution);
        expect(e.withRerouting).toBeLessThanOrEqual(e.baseline * (1 + 1e-12));
      }
    }
    const unknown = await runAnalyze([bundled, '--preset', 'no-such-preset']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(
      /^analyze: --preset no-such-preset: unknown preset .*\(the dataset has: /,
    );
  });

  it('refuses a file that is not a dataset, quoting the loader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      '{"nodes": [{"id": "a", "stage": "smelter", "country": "AU"}], "edges": []}',
    );
    const r = await runAnalyze([file]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(
      /^analyze: .*broken\.json: nodes\[0\]\.stage: "smelter" is not one of/,
    );
    writeFileSync(file, '{"nodes": [');
    expect((await runAnalyze([file])).stderr).toMatch(/^analyze: .*broken\.json: not JSON/);
  });

  it('reads files with a byte-order mark (UTF-8 and UTF-16), and refuses deep nesting in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const text = readFileSync(FILE, 'utf8');
    const utf8 = join(dir, 'bom8.json');
    writeFileSync(utf8, `\uFEFF${text}`);
    const utf16 = join(dir, 'bom16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const plain = (await runAnalyze([FILE])).stdout;
    for (const file of [utf8, utf16]) {
      const r = await runAnalyze([file]);
      expect(r.stderr, file).toBe('');
      expect(JSON.parse(r.stdout)).toMatchObject({
        singleMaterialBound: JSON.parse(plain).singleMaterialBound,
      });
    }
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `{"nodes":${'['.repeat(10_000)}`);
    const r = await runAnalyze([deep]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(
      /^analyze: .*deep\.json: not JSON: nested more than 256 levels deep at line 1 column \d+\n$/,
    );
  });

  it('writes no CSV cell a spreadsheet would run, single points of failure included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'formulas.json');
    const names = payloads('formulas');
    writeFileSync(file, JSON.stringify(datasetNamed(names)));
    for (const args of [
      [file, '--format', 'csv'],
      [file, '--sweep', '--format', 'csv'],
    ]) {
      const r = await runAnalyze(args);
      expect(r.stderr).toBe('');
      const cells = Papa.parse<string[]>(r.stdout, { skipEmptyLines: true }).data.flat();
      expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
    }
    const users = (await runAnalyze([file, '--format', 'csv'])).stdout;
    const rows = Papa.parse<Record<string, string>>(users, { header: true, skipEmptyLines: true });
    expect(rows.data.map((row) => row.singlePointsOfFailure)).toContain(`'${names[0]} p0`);
  });

  it('refuses figures that would overflow, naming the place, instead of printing null', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'huge.json');
    const raw = datasetNamed(['a']);
    raw.edges[0]!.flow = 1e308;
    writeFileSync(file, JSON.stringify(raw));
    const r = await runAnalyze([file]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/edges\[0\]\.flow: must be ≤ 1000000000000, got 1e\+308/);
  });
});
