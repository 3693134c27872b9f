// Rerouting as linear programs against the version-2 oracle: for every fixture and every
// scenario, the largest total and the fair share per end user, within the oracle's tolerance.
import { describe, expect, it } from 'vitest';
import {
  FIX_SLACK,
  reroute,
  type RegionUse,
} from '../../../../../src/core/analysis/rerouting/lp/rerouting.ts';
import type { LpSolver } from '../../../../../src/core/analysis/rerouting/lp/types.ts';
import { loadSolver, lpCase, lpTolerance, v2Fixtures } from './fixturesV2.ts';

// The fair share's rounds run on a model kept in HiGHS's memory when the solver offers one, and
// as LP text each round when it does not; on the whole network, or on the part the scenario
// touches, grown until no held variable can improve the answer (region.ts): every way must reach
// the oracle's figures.
const textOnly = (highs: LpSolver): LpSolver => ({
  solve: (text, options) => highs.solve(text, options),
});
const ways: readonly [string, (highs: LpSolver) => LpSolver, RegionUse][] = [
  ['', (highs) => highs, 'never'],
  [' (LP text each round)', textOnly, 'never'],
  [' (on the region the scenario touches)', (highs) => highs, 'always'],
  [' (LP text each round, on the region)', textOnly, 'always'],
];

const fixtures = v2Fixtures();

describe('rerouting linear programs match the version-2 oracle', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });
  for (const fixture of fixtures) {
    for (const sc of fixture.scenarios) {
      for (const [way, using, region] of ways)
        it(`${fixture.name} / ${sc.id}${way}`, async () => {
          const solver = using(await loadSolver());
          const { network, scenario } = lpCase(fixture, sc);
          const r = reroute(solver, network, scenario, region);
          const want = sc.expected.rerouting_max_total;
          expect(
            Math.abs(r.maximum - want),
            `max total ${r.maximum} vs ${want}`,
          ).toBeLessThanOrEqual(lpTolerance(want));
          const fair = sc.expected.rerouting_fair_served;
          const base = fixture.expected.baseline_served;
          const ns = sc.expected.no_substitution_served;
          const levelOf = (id: string, served: number) => {
            const d = (base[id] as number) - (ns[id] as number);
            return d > 1e-9 ? (served - (ns[id] as number)) / d : 1;
          };
          let worstOurs = Infinity;
          let worstOracle = Infinity;
          expect(r.endUsers.map((v) => network.nodes[v]?.id).sort()).toEqual(
            Object.keys(fair).sort(),
          );
          r.endUsers.forEach((v, i) => {
            const id = network.nodes[v]?.id as string;
            const got = r.fair.served[i] as number;
            const expected = fair[id] as number;
            worstOurs = Math.min(worstOurs, levelOf(id, got));
            worstOracle = Math.min(worstOracle, levelOf(id, expected));
            expect(Math.abs(got - expected), `${id}: ${got} vs ${expected}`).toBeLessThanOrEqual(
              lpTolerance(expected),
            );
          });
          // Each level is held FIX_SLACK below the round's optimum (ties within the solver's
          // tolerance), and the solvers differ by their own tolerance (1e-7) on top.
          expect(worstOurs).toBeGreaterThanOrEqual(worstOracle - FIX_SLACK - 1e-7);
        });
    }
  }
});
