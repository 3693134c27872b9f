// The whole fair share worked out by GLPK: the engine's progressive filling run with GLPK as its
// solver (glpkSolver: every round as text, GLPK's duals deciding who is fixed) gives every end
// user of every bundled preset the fair share HiGHS gives, within the oracle's tolerance for the
// linear programs (1e-5 relative or 1e-3 t), and the same largest total; on the version-2 oracle
// fixtures it gives the oracle's figures.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  type LpSolver,
} from '../../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../../src/data/bundled.ts';
import { reroute } from '../../../../../src/core/analysis/rerouting/lp/rerouting.ts';
import { lpCase, lpTolerance, v2Fixtures } from './fixturesV2.ts';
import { glpkSolver } from './glpkCheck.ts';

describe('the fair share with GLPK as the solver equals HiGHS’s', () => {
  const dataset = loadBundledDataset();
  const g = buildSupplyGraph(dataset);
  const analyse = (
    solver: LpSolver,
    interventions: (typeof dataset.scenarios)[number]['interventions'],
  ) => {
    const outcome = analyzeScenario(g, { interventions }, { rerouter: lpRerouter(solver) });
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    return outcome.result;
  };
  for (const preset of dataset.scenarios) {
    it(preset.id, async () => {
      const byHighs = analyse(await highsLoader(), preset.interventions);
      const byGlpk = analyse(await glpkSolver(), preset.interventions);
      const off: string[] = [];
      byHighs.endUsers.forEach((e, i) => {
        const other = byGlpk.endUsers[i];
        if (other?.id !== e.id) throw new Error(`end users in another order: ${e.id}`);
        const gap = Math.abs(other.withRerouting - e.withRerouting);
        if (gap > lpTolerance(e.withRerouting)) {
          off.push(`${e.id}: GLPK ${other.withRerouting}, HiGHS ${e.withRerouting}`);
        }
      });
      expect(off).toEqual([]);
      const total = byHighs.totals.reroutingMaximum;
      const gap = Math.abs(byGlpk.totals.reroutingMaximum - total);
      expect(gap, `${byGlpk.totals.reroutingMaximum} vs ${total}`).toBeLessThanOrEqual(
        lpTolerance(total),
      );
    });
  }
});

describe('the fair share with GLPK as the solver matches the version-2 oracle', () => {
  for (const fixture of v2Fixtures()) {
    for (const sc of fixture.scenarios) {
      it(`${fixture.name} / ${sc.id}`, async () => {
        const { network, scenario } = lpCase(fixture, sc);
        const r = reroute(await glpkSolver(), network, scenario);
        const want = sc.expected.rerouting_max_total;
        expect(Math.abs(r.maximum - want), `${r.maximum} vs ${want}`).toBeLessThanOrEqual(
          lpTolerance(want),
        );
        const off: string[] = [];
        r.endUsers.forEach((v, i) => {
          const id = network.nodes[v]?.id as string;
          const got = r.fair.served[i] as number;
          const expected = sc.expected.rerouting_fair_served[id] as number;
          if (!(Math.abs(got - expected) <= lpTolerance(expected))) {
            off.push(`${id}: GLPK ${got}, oracle ${expected}`);
          }
        });
        expect(off).toEqual([]);
      });
    }
  }
});
