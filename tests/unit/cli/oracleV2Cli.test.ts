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
  it.each(cases)('$name --preset $preset', ({ fixture, preset }) => {
    const result = runAnalyze([fixture.path, '--preset', preset]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    check(JSON.parse(result.stdout) as V3Report, fixture, preset);
  });

  it('prints the same as a real command', () => {
    const { fixture, preset } = cases[0]!;
    const out = execFileSync(TSX, ['src/cli/analyze.ts', fixture.path, '--preset', preset], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    check(JSON.parse(out) as V3Report, fixture, preset);
  });
});
