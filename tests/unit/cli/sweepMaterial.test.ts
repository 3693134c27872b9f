// `npm run analyze -- --sweep-material M`: who controls a material, from the command line. Each
// row is checked against the same question asked as a scenario (--block-edge for every flow of
// M the node puts out), so the two paths through the engine must agree; CSV says what is withheld.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { parseArgs } from '../../../src/cli/analyzeArgs.ts';
import { oracleV2Fixtures } from '../core/analysis/oracleV2Fixtures.ts';

interface Sweep {
  sweepMaterial: string;
  sweep: { id: string; lostNoSubstitution: number; lostWithRerouting: number | null }[];
}
interface Report {
  endUsers: { baseline: number; noSubstitution: number }[];
}

const fixture = oracleV2Fixtures().find((f) => f.name.startsWith('multi-40n'))!;
const network = JSON.parse(fixture.text) as {
  edges: { source: string; target: string; material: string }[];
};

async function run(args: readonly string[]) {
  const result = await runAnalyze([fixture.path, ...args, '--samples', '0']);
  return result;
}

describe('--sweep-material', () => {
  it('parses, and implies --sweep', () => {
    const parsed = parseArgs(['f.json', '--sweep-material', 'Dy/Tb']);
    expect(parsed).toMatchObject({ ok: true, options: { sweep: true, sweepMaterial: 'Dy/Tb' } });
    expect(parseArgs(['f.json', '--sweep-material='])).toEqual({
      ok: false,
      error: '--sweep-material needs a material',
    });
  });

  it('ranks each supplier of a material by what withholding it costs, as a scenario says', async () => {
    const materials = [...new Set(network.edges.map((e) => e.material))].sort();
    for (const material of materials.slice(0, 3)) {
      const out = await run(['--sweep-material', material]);
      expect(out.stderr).toBe('');
      const report = JSON.parse(out.stdout) as Sweep;
      expect(report.sweepMaterial).toBe(material);
      const suppliers = new Set(
        network.edges.filter((e) => e.material === material).map((e) => e.source),
      );
      expect(new Set(report.sweep.map((e) => e.id))).toEqual(suppliers);
      for (const entry of report.sweep.slice(0, 3)) {
        const blocks = network.edges
          .filter((e) => e.source === entry.id && e.material === material)
          .flatMap((e) => ['--block-edge', `${e.source}>${e.target}@${e.material}`]);
        const asked = await run(blocks);
        expect(asked.stderr).toBe('');
        const scenario = JSON.parse(asked.stdout) as Report;
        const lost = scenario.endUsers.reduce((a, e) => a + e.baseline - e.noSubstitution, 0);
        expect(Math.abs(entry.lostNoSubstitution - lost)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, lost),
        );
      }
    }
  });

  it('CSV: one row per supplier, each naming the material withheld', async () => {
    const material = network.edges[0]!.material;
    const out = await run(['--sweep-material', material, '--format', 'csv']);
    const rows = Papa.parse<Record<string, string>>(out.stdout, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r['withholds'] === material)).toBe(true);
    expect(rows.map((r) => Number(r['rank']))).toEqual(rows.map((_, i) => i + 1));
  });

  it('a material no flow carries is refused with the materials there are', async () => {
    const out = await run(['--sweep-material', 'unobtainium']);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/--sweep-material unobtainium: no flow carries "unobtainium"/);
  });
});
