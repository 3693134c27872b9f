// The command-line contract on the oracle's multi-material fixtures: for every preset,
// `analyze FILE --preset ID` prints each end user's no-substitution served amount and days to
// shortfall as the oracle has them, flags outside demand, and reports totals.reroutingMaximum.
// In-process for every preset, and once as the real command a user runs.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { closeEnough, oracleV2Fixtures } from '../core/analysis/oracleV2Fixtures.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface V3Report {
  endUsers: {
    id: string;
    baseline: number;
    noSubstitution: number;
    withRerouting: number;
    daysToShortfall: number | null;
    outside: boolean;
  }[];
  totals: { baseline: number; withRerouting: number; reroutingMaximum: number };
  restOfWorld: { baseline: number } | null;
}

type Fixture = ReturnType<typeof oracleV2Fixtures>[number];

function check(report: V3Report, fixture: Fixture, presetId: string) {
  const preset = fixture.scenarios.find((s) => s.id === presetId)!;
  const x = preset.expected;
  expect(report.endUsers.map((e) => e.id).sort()).toEqual(
    Object.keys(x.no_substitution_served).sort(),
  );
  for (const e of report.endUsers) {
    const served = x.no_substitution_served[e.id]!;
    expect(closeEnough(e.noSubstitution, served), `${e.id}: ${e.noSubstitution} vs ${served}`).toBe(
      true,
    );
    const days = x.days_to_shortfall[e.id] ?? null;
    if (days === null) expect(e.daysToShortfall, e.id).toBeNull();
    else expect(closeEnough(e.daysToShortfall ?? NaN, days), `${e.id} days`).toBe(true);
    expect(e.outside).toBe(e.id.startsWith('row'));
  }
  expect(report.totals.reroutingMaximum).toBeGreaterThanOrEqual(report.totals.withRerouting - 1e-6);
  expect(report.restOfWorld).not.toBeNull();
}

const cases = oracleV2Fixtures().flatMap((fixture) =>
  fixture.scenarios.map((s) => ({ name: fixture.name, preset: s.id, fixture })),
);

describe('analyze on the oracle v2 fixtures', () => {
  it.each(cases)('$name --preset $preset', async ({ fixture, preset }) => {
    const result = await runAnalyze([fixture.path, '--preset', preset]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    check(JSON.parse(result.stdout) as V3Report, fixture, preset);
  });

  it('prints the same as a real command', async () => {
    const { fixture, preset } = cases[0]!;
    const out = execFileSync(TSX, ['src/cli/analyze.ts', fixture.path, '--preset', preset], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    check(JSON.parse(out) as V3Report, fixture, preset);
  });
});

describe('analyze --samples --seed', () => {
  const file = join(ROOT, 'data', 'rare-earths.json');
  const run = async (...args: string[]) => {
    const result = await runAnalyze([file, '--preset', 'myanmar-unrest', ...args]);
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as {
      uncertainty: { samples: number; seed: number; figuresWithRanges: number } | null;
      endUsers: {
        id: string;
        lostNoSubstitutionShare: number;
        ranges: { lostNoSubstitutionShare: { p5: number; p50: number; p95: number } } | null;
      }[];
    };
  };

  it('gives each end user p5, p50 and p95 of its loss, the same for the same seed', async () => {
    const a = await run('--samples', '80', '--seed', '5');
    expect(a.uncertainty).toMatchObject({ samples: 80, seed: 5 });
    expect(a.uncertainty!.figuresWithRanges).toBeGreaterThan(0);
    expect(await run('--samples', '80', '--seed', '5')).toEqual(a);
    const other = await run('--samples', '80', '--seed', '6');
    expect(other.endUsers.map((e) => e.ranges)).not.toEqual(a.endUsers.map((e) => e.ranges));
    const hit = a.endUsers.filter((e) => e.lostNoSubstitutionShare > 0);
    expect(hit.length).toBeGreaterThan(0);
    for (const e of hit) {
      const r = e.ranges!.lostNoSubstitutionShare;
      expect(r.p5).toBeLessThanOrEqual(r.p50);
      expect(r.p50).toBeLessThanOrEqual(r.p95);
      expect(r.p95).toBeGreaterThan(r.p5);
    }
  });

  it('draws nothing with --samples 0', async () => {
    const report = await run('--samples', '0');
    expect(report.uncertainty).toBeNull();
    expect(report.endUsers.every((e) => e.ranges === null)).toBe(true);
  });
});

describe('a material filter on the command line', () => {
  const fixture = oracleV2Fixtures().find((f) => f.name === 'multi-25n-s21.json')!;
  const preset = fixture.scenarios.find((s) => s.id === 'dytb-export-control')!;

  it("--block-route 'TW>MY:Dy/Tb=0.2' gives the oracle's figures for the Dy/Tb export control", async () => {
    const result = await runAnalyze([
      fixture.path,
      '--block-route',
      'TW>MY:Dy/Tb=0.2',
      '--samples',
      '0',
    ]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as V3Report;
    for (const e of report.endUsers) {
      const x = preset.expected.no_substitution_served[e.id]!;
      expect(closeEnough(e.noSubstitution, x), e.id).toBe(true);
    }
    // Magnet users lose supply; chem0 needs no Dy/Tb and loses nothing.
    expect(report.endUsers.find((e) => e.id === 'use1')!.noSubstitution).toBeLessThan(33);
    expect(report.endUsers.find((e) => e.id === 'chem0')!.noSubstitution).toBeCloseTo(
      2461.779163,
      5,
    );
  });

  it('refuses a material named twice', async () => {
    const result = await runAnalyze([fixture.path, '--block-route', 'TW>MY:Dy/Tb=0.2@NdPr']);
    expect(result.stderr).toBe(
      'analyze: --block-route TW>MY:Dy/Tb=0.2@NdPr: name the material once (:M or @M)\n',
    );
    expect(result.code).toBe(2);
  });
});
