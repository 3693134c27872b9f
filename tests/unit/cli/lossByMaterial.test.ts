// Each end user's loss at once, broken down by material, as `npm run analyze` reports it
// (`lostNoSubstitutionByMaterial` in JSON, a "lostNoSubstitution <material>" column in CSV).
// Against the version-2 oracle: the parts add up to the oracle's own loss (its baseline less its
// no-substitution figure) for every end user of every preset; a converter end user loses the same
// share of each material, and a pass-through one loses only the material that is cut.
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { oracleV2Fixtures } from '../core/analysis/oracleV2Fixtures.ts';

interface Report {
  endUsers: {
    id: string;
    baseline: number;
    lostNoSubstitution: number;
    lostNoSubstitutionByMaterial: Record<string, number>;
  }[];
}

const fixtures = oracleV2Fixtures();
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

async function analyze(args: readonly string[]): Promise<Report> {
  const result = await runAnalyze([...args, '--samples', '0']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

describe('the loss at once by material, on the command line', () => {
  for (const fixture of fixtures) {
    for (const preset of fixture.scenarios) {
      it(`${fixture.name} --preset ${preset.id}: the parts add up to the oracle's loss`, async () => {
        const report = await analyze([fixture.path, '--preset', preset.id]);
        const base = fixture.expected.baseline_served;
        const ns = preset.expected.no_substitution_served;
        for (const e of report.endUsers) {
          const parts = Object.values(e.lostNoSubstitutionByMaterial);
          expect(parts.length, e.id).toBeGreaterThan(0);
          const sum = parts.reduce((a, b) => a + b, 0);
          const oracle = (base[e.id] as number) - (ns[e.id] as number);
          expect(close(sum, oracle), `${e.id}: ${sum} vs ${oracle}`).toBe(true);
        }
      });
    }
  }

  it('puts a Dy/Tb export control on the magnets of a converter end user, in proportion', async () => {
    const fixture = fixtures.find((f) => f.name === 'multi-25n-s21.json')!;
    const report = await analyze([fixture.path, '--block-route', 'TW>MY:Dy/Tb=0.2']);
    const wind = report.endUsers.find((e) => e.id === 'wind0')!;
    const by = wind.lostNoSubstitutionByMaterial;
    // wind0 needs La/Ce and magnets together: short of magnets, it loses its La/Ce's worth too.
    expect(Object.keys(by).sort()).toEqual(['La/Ce', 'magnet']);
    expect(by['La/Ce']!).toBeGreaterThan(0);
    const raw = JSON.parse(fixture.text) as {
      nodes: { id: string; converter?: boolean }[];
      edges: { target: string; material: string; flow: number }[];
    };
    expect(raw.nodes.find((n) => n.id === 'wind0')?.converter).toBe(true);
    const baselineOf = (m: string) =>
      raw.edges
        .filter((e) => e.target === 'wind0' && e.material === m)
        .reduce((a, e) => a + e.flow, 0);
    expect(by['La/Ce']! / baselineOf('La/Ce')).toBeCloseTo(by.magnet! / baselineOf('magnet'), 9);
  });

  it('lays a pass-through end user’s loss on the material cut, in JSON and CSV', async () => {
    const args = ['data/rare-earths.json', '--preset', 'myanmar-unrest'];
    const report = await analyze(args);
    // US electronics makers take NdFeB magnets from China and the rare earths in Taiwan's
    // components, which Myanmar does not touch.
    const eu = report.endUsers.find((e) => e.id === 'us-electronics')!;
    expect(eu.lostNoSubstitutionByMaterial['La/Ce and other rare earths']).toBe(0);
    expect(eu.lostNoSubstitutionByMaterial['NdFeB magnets']).toBeCloseTo(eu.lostNoSubstitution, 6);
    expect(eu.lostNoSubstitution).toBeGreaterThan(0);

    const csv = await runAnalyze([...args, '--samples', '0', '--format', 'csv']);
    const [head, ...lines] = csv.stdout.trim().split('\n');
    const columns = head!.split(',');
    const row = lines.find((l) => l.startsWith('us-electronics,'))!.split(',');
    const cell = (name: string) => row[columns.indexOf(name)];
    expect(Number(cell('lostNoSubstitution NdFeB magnets'))).toBeCloseTo(eu.lostNoSubstitution, 6);
    expect(cell('lostNoSubstitution La/Ce and other rare earths')).toBe('0');
    expect(cell('lostNoSubstitution SmCo magnets')).toBe('');
  });
});
