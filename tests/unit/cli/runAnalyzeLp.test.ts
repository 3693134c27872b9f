// The command line's linear programs: the written program is the one behind
// totals.reroutingMaximum (any LP solver reading the file gets the same optimum), and the best
// case of an end user lies between its fair share and its baseline.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { nodeIo, runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { lpTolerance, v2Fixtures } from '../core/analysis/lp/fixturesV2.ts';
import { smallOracleCase } from '../core/analysis/oracleFixtures.ts';

const { small, file: FILE, removed } = smallOracleCase();

interface LpReport {
  endUsers: { id: string; baseline: number; noSubstitution: number; withRerouting: number }[];
  totals: { withRerouting: number; reroutingMaximum: number | null };
  bestCase?: { id: string; served: number };
}

describe('npm run analyze with the linear programs', () => {
  it('writes the program behind the largest total, and adds one end user’s best case', async () => {
    const solver = await highsLoader();
    const lpFile = join(mkdtempSync(join(tmpdir(), 'chokepoint-lp-')), 'scenario.lp');
    const users = Object.keys(small.expected.removal_case.no_substitution_end_users).sort();
    const r = await runAnalyze(
      [FILE, '--remove', removed, '--lp', lpFile, '--best-case', users[0] as string],
      {
        ...nodeIo,
        solver,
      },
    );
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(r.stdout) as LpReport;
    const max = report.totals.reroutingMaximum as number;
    expect(max).toBeGreaterThan(0);
    const text = readFileSync(lpFile, 'utf8');
    expect(text).toContain(`Remove ${removed}`);
    const again = solver.solve(text, { output_flag: false });
    expect(again.Status).toBe('Optimal');
    expect(again.ObjectiveValue).toBeCloseTo(max, 6);
    expect(report.totals.withRerouting).toBeLessThanOrEqual(max * (1 + 1e-6));
    for (const e of report.endUsers) {
      expect(e.withRerouting).toBeGreaterThanOrEqual(e.noSubstitution - 1e-6);
      expect(e.withRerouting).toBeLessThanOrEqual(e.baseline * (1 + 1e-9));
    }
    const user = report.endUsers.find((e) => e.id === users[0]);
    expect(report.bestCase?.id).toBe(users[0]);
    expect(report.bestCase?.served).toBeGreaterThanOrEqual((user?.withRerouting ?? NaN) - 1e-6);
    expect(report.bestCase?.served).toBeLessThanOrEqual((user?.baseline ?? NaN) * (1 + 1e-9));
  });

  it('refuses a best case for a node that is not an end user, and the flags without a solver', async () => {
    const solver = await highsLoader();
    const notUser = await runAnalyze([FILE, '--best-case', removed], { ...nodeIo, solver });
    expect(notUser.code).toBe(2);
    expect(notUser.stderr).toBe(`analyze: --best-case ${removed}: not an end user "${removed}"\n`);
    const unknown = await runAnalyze([FILE, '--best-case', 'nobody'], { ...nodeIo, solver });
    expect(unknown.stderr).toBe('analyze: --best-case nobody: unknown node "nobody"\n');
    const noSolver = await runAnalyze([FILE, '--lp', 'x.lp']);
    expect(noSolver.stderr).toBe('analyze: --lp needs the HiGHS solver\n');
  });
});

describe('npm run analyze on the version-2 oracle fixtures', () => {
  for (const fixture of v2Fixtures()) {
    for (const sc of fixture.scenarios) {
      it(`${fixture.name} --preset ${sc.id}: fair share and largest total`, async () => {
        const solver = await highsLoader();
        const file = fixture.path;
        const r = await runAnalyze([file, '--preset', sc.id], { ...nodeIo, solver });
        expect(r.stderr).toBe('');
        const report = JSON.parse(r.stdout) as LpReport;
        const want = sc.expected.rerouting_max_total;
        const max = report.totals.reroutingMaximum as number;
        expect(Math.abs(max - want), `${max} vs ${want}`).toBeLessThanOrEqual(lpTolerance(want));
        for (const e of report.endUsers) {
          const expected = sc.expected.rerouting_fair_served[e.id] as number;
          const tolerance = lpTolerance(expected);
          expect(Math.abs(e.withRerouting - expected), e.id).toBeLessThanOrEqual(tolerance);
        }
      });
    }
  }
});
