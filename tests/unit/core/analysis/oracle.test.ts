// Every figure of every oracle fixture, through the engine's public functions.
import { describe, expect, it } from 'vitest';
import {
  analyzeBaseline,
  analyzeScenario,
  betweenness,
  buildSupplyGraph,
  pagerank,
  removalSweep,
  singlePointsOfFailure,
  type ScenarioResult,
} from '../../../../src/core/analysis/index.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { expectClose, oracleFixtures } from './oracleFixtures.ts';

const fixtures = oracleFixtures();

it('finds the three oracle fixtures, one with a recycling loop', () => {
  expect(fixtures.map((f) => f.name)).toHaveLength(3);
  expect(fixtures.some((f) => buildSupplyGraph(f).order.hasCycles)).toBe(true);
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
  const g = buildSupplyGraph(fixture);
  const x = fixture.expected;
  const run = (interventions: Intervention[]): ScenarioResult => {
    const outcome = analyzeScenario(g, { interventions });
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    return outcome.result;
  };

  it('betweenness, raw and normalised by (n-1)(n-2)', () => {
    const b = betweenness(g);
    for (const [id, want] of Object.entries(x.betweenness_unweighted_raw)) {
      expectClose(b.raw[g.index.get(id) as number] as number, want, 9, `raw ${id}`);
    }
    for (const [id, want] of Object.entries(x.betweenness_unweighted_normalized)) {
      expectClose(b.normalized[g.index.get(id) as number] as number, want, 9, `normalised ${id}`);
    }
    expect(Object.keys(x.betweenness_unweighted_raw)).toHaveLength(g.n);
  });

  it('flow-weighted PageRank', () => {
    const { score, converged } = pagerank(g);
    expect(converged).toBe(true);
    for (const [id, want] of Object.entries(x.pagerank_flow_weighted_alpha085)) {
      expectClose(score[g.index.get(id) as number] as number, want, 9, `pagerank ${id}`);
    }
  });

  it('single points of failure per end user', () => {
    const spofs = singlePointsOfFailure(g);
    const byId = Object.fromEntries(Array.from(g.endUsers, (e, i) => [g.ids[e], spofs[i]]));
    expect(byId).toEqual(x.single_points_of_failure_per_end_user);
    const report = analyzeBaseline(g);
    expect(Object.fromEntries(report.endUsers.map((e) => [e.id, e.singlePointsOfFailure]))).toEqual(
      x.single_points_of_failure_per_end_user,
    );
  });

  it('max-flow to end users, at baseline and after the removal', () => {
    expectClose(analyzeBaseline(g).totals.maxFlow, x.max_flow_to_end_users_baseline, 6, 'baseline');
    const removed = run(x.removal_case.removed.map((node) => ({ type: 'remove-node', node })));
    expectClose(
      removed.singleMaterialBound.maxFlowBaseline,
      x.max_flow_to_end_users_baseline,
      6,
      'baseline',
    );
    expectClose(
      removed.singleMaterialBound.maxFlowScenario,
      x.removal_case.max_flow_to_end_users_after_removal,
      6,
      'after removal',
    );
  });

  it.each([
    [
      'removal_case',
      x.removal_case.removed.map((node): Intervention => ({ type: 'remove-node', node })),
    ],
    [
      'partial_case',
      Object.entries(x.partial_case.capacity_factors).map(([node, factor]): Intervention => ({
        type: 'scale-capacity',
        node,
        factor,
      })),
    ],
  ] as const)('no-substitution supply per end user: %s', (key, interventions) => {
    const result = run([...interventions]);
    const expected = x[key].no_substitution_end_users;
    expect(result.endUsers.map((e) => e.id).sort()).toEqual(Object.keys(expected).sort());
    for (const e of result.endUsers) {
      const want = expected[e.id] as { baseline_in: number; scenario_in: number };
      expectClose(e.baseline, want.baseline_in, 6, `${e.id} baseline`);
      expectClose(e.noSubstitution, want.scenario_in, 6, `${e.id} scenario`);
      expect(e.withRerouting).toBeGreaterThanOrEqual(e.noSubstitution);
      expect(e.withRerouting).toBeLessThanOrEqual(e.baseline * (1 + 1e-12));
    }
  });

  it('chokepoint score times total supply is the loss from removing the node alone', () => {
    const report = analyzeBaseline(g);
    const total = report.totals.endUserSupply;
    const sweep = new Map(removalSweep(g, { rerouting: 'none' }).map((s) => [s.id, s]));
    report.nodeIds.forEach((id, i) => {
      const lost = run([{ type: 'remove-node', node: id }]).totals.lostNoSubstitution;
      const score = report.measures.chokepoint[i] as number;
      expect(Math.abs(score * total - lost), id).toBeLessThanOrEqual(1e-9 * total);
      expect(Math.abs((sweep.get(id)?.lostNoSubstitution ?? NaN) - lost), id).toBeLessThanOrEqual(
        1e-9 * total,
      );
    });
  });
});
