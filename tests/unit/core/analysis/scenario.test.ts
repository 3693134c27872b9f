// Scenarios on small graphs whose answers can be checked by hand.
import { describe, expect, it } from 'vitest';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  type AnalysisNetwork,
  type ScenarioResult,
} from '../../../../src/core/analysis/index.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { networkFrom } from '../../../fixtures/network.ts';

function run(network: AnalysisNetwork, interventions: Intervention[]): ScenarioResult {
  const outcome = analyzeScenario(buildSupplyGraph(network), { interventions });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.result;
}
const user = (r: ScenarioResult, id: string) => r.endUsers.find((e) => e.id === id);

// m (AU, 10 t, capacity 12) feeds e through p1 (6 t) and p2 (4 t, capacity 10).
const diamond: AnalysisNetwork = networkFrom(`
  m   mine       AU  production=10 capacity=12
  p1  processor  CN  capacity=6
  p2  processor  MY  capacity=10
  e   end-user   DE
  m   ->  p1  6  oxide
  m   ->  p2  4  oxide
  p1  ->  e   6  metal
  p2  ->  e   4  metal
`);

describe('one end user, two routes', () => {
  it('loses exactly what went through a removed node, then reroutes up to spare capacity', () => {
    const r = run(diamond, [{ type: 'remove-node', node: 'p1' }]);
    expect(user(r, 'e')).toMatchObject({ baseline: 10, noSubstitution: 4, withRerouting: 10 });
    expect(r.singleMaterialBound).toMatchObject({ maxFlowBaseline: 10, maxFlowScenario: 10 });
    expect(r.affectedNodes).toEqual(['p1']);
    expect(r.stranded.noSubstitution).toBe(6); // sent to p1, which is gone
  });

  it('passes on a cut share of what a node would: 30% of p1 gives 4 + 1.8', () => {
    const r = run(diamond, [{ type: 'scale-capacity', node: 'p1', factor: 0.3 }]);
    expect(user(r, 'e')?.noSubstitution).toBeCloseTo(5.8, 12);
    expect(user(r, 'e')?.lostNoSubstitutionShare).toBeCloseTo(0.42, 10);
  });

  it('multiplies factors, and a route cut to a factor caps rerouting on that link', () => {
    const r = run(diamond, [
      { type: 'block-route', from: 'AU', to: 'CN', factor: 0.5 },
      { type: 'block-edge', source: 'p2', target: 'e', material: 'metal' },
    ]);
    expect(user(r, 'e')?.noSubstitution).toBeCloseTo(3, 12);
    // m -> p1 is limited to 3 t; p2 -> e is gone: nothing else can reach e.
    expect(user(r, 'e')?.withRerouting).toBeCloseTo(3, 12);
    expect(r.edges.factor).toEqual([0.5, 1, 1, 0]);
  });

  it('reroutes no further than mine capacity, and not at all through unknown capacity', () => {
    const r = run(diamond, [{ type: 'remove-node', node: 'p2' }]);
    expect(user(r, 'e')?.withRerouting).toBe(6); // p1 is at capacity already
    const unknown = {
      ...diamond,
      nodes: diamond.nodes.map((n) => (n.id === 'p2' ? { ...n, capacity: null } : n)),
    };
    const r2 = run(unknown, [{ type: 'remove-node', node: 'p1' }]);
    expect(user(r2, 'e')?.withRerouting).toBe(4); // p2 has no known spare capacity
  });

  it('blocks a whole country, and reports the single points of failure it hits', () => {
    const r = run(diamond, [{ type: 'block-country', country: 'AU' }]);
    expect(user(r, 'e')).toMatchObject({ noSubstitution: 0, withRerouting: 0 });
    expect(user(r, 'e')?.singlePointsOfFailureHit).toEqual(['m']);
    expect(r.stranded).toEqual({ noSubstitution: 0 }); // nothing mined
    expect(r.singleMaterialBound.strandedWithRerouting).toBe(0);
  });

  it('refuses unknown ids and impossible factors, saying which intervention', () => {
    const g = buildSupplyGraph(diamond);
    const outcome = analyzeScenario(g, {
      interventions: [
        { type: 'remove-node', node: 'p1' },
        { type: 'remove-node', node: 'nope' },
        { type: 'scale-capacity', node: 'p2', factor: -1 },
        { type: 'block-edge', source: 'm', target: 'e' },
        { type: 'block-country', country: 'FR' },
        { type: 'block-route', from: 'AU', to: 'CN', material: 'metal' },
      ],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      'interventions[1] (remove-node): unknown node "nope"',
      'interventions[2] (scale-capacity): factor -1 must be a number of at least 0',
      'interventions[3] (block-edge): no flow from "m" to "e"',
      'interventions[4] (block-country): no node in country "FR"',
      'interventions[5] (block-route): no flow of "metal" from country "AU" to "CN"',
    ]);
  });

  it('never changes the baseline it was given', () => {
    const copy = structuredClone(diamond);
    const g = buildSupplyGraph(diamond);
    const before = Array.from(g.edgeFlow);
    run(diamond, [{ type: 'remove-node', node: 'p1' }]);
    analyzeScenario(g, { interventions: [{ type: 'block-country', country: 'CN' }] });
    expect(diamond).toEqual(copy);
    expect(Array.from(g.edgeFlow)).toEqual(before);
    expect(user(run(diamond, []), 'e')).toMatchObject({ noSubstitution: 10, withRerouting: 10 });
  });

  it('returns plain data that survives JSON (it is posted from a worker)', () => {
    const r = run(diamond, [{ type: 'scale-capacity', node: 'p2', factor: 0.5 }]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.nodes.throughputNoSubstitution).toHaveLength(diamond.nodes.length);
    expect(r.edges.flowWithRerouting).toHaveLength(diamond.edges.length);
  });
});

// Two end users share the two processors; pB has 4 t of spare capacity when pA goes.
const shared: AnalysisNetwork = networkFrom(`
  mA  mine       AU  production=10 capacity=10
  mB  mine       US  production=10 capacity=20
  pA  processor  CN  capacity=10
  pB  processor  US  capacity=14
  e1  end-user   DE
  e2  end-user   JP
  mA  ->  pA  10
  mB  ->  pB  10
  pA  ->  e1  6
  pA  ->  e2  4
  pB  ->  e1  2
  pB  ->  e2  8
`);

describe('sharing what rerouting recovers', () => {
  it('shares the extra in proportion to each end user shortfall', () => {
    const r = run(shared, [{ type: 'remove-node', node: 'pA' }]);
    // No substitution: e1 2, e2 8 (shortfalls 6 and 4); 4 t more get through pB: 2.4 and 1.6.
    expect(user(r, 'e1')?.noSubstitution).toBe(2);
    expect(user(r, 'e2')?.noSubstitution).toBe(8);
    expect(user(r, 'e1')?.withRerouting).toBeCloseTo(4.4, 9);
    expect(user(r, 'e2')?.withRerouting).toBeCloseTo(9.6, 9);
    expect(r.singleMaterialBound.maxFlowScenario).toBeCloseTo(14, 9);
    expect(r.totals.withRerouting).toBeCloseTo(14, 9);
    // pA's 10 t of mine output now stranded; mB's spare capacity makes up 4 of it.
    expect(r.singleMaterialBound.strandedWithRerouting).toBeCloseTo(10, 9);
  });

  it('ranks the chokepoints of the network the shock leaves', () => {
    const r = run(shared, [{ type: 'remove-node', node: 'pA' }]);
    // Only mB -> pB -> (e1 2 t, e2 8 t) still flows.
    expect(r.topChokepoints).toEqual([
      { id: 'mB', score: 1, through: 10 },
      { id: 'pB', score: 1, through: 10 },
      { id: 'e2', score: 0.8, through: 8 },
      { id: 'e1', score: 0.2, through: 2 },
    ]);
  });

  it('gives an end user that no route reaches nothing, and its share to the others', () => {
    // As above, but mA mines 10 t more, which reach e3 through pA only.
    const wider: AnalysisNetwork = networkFrom(`
      mA  mine       AU  production=20 capacity=20
      pA  processor  CN  capacity=20
      mB  mine       US  production=10 capacity=20
      pB  processor  US  capacity=14
      e1  end-user   DE
      e2  end-user   JP
      e3  end-user   FR
      mA  ->  pA  20
      mB  ->  pB  10
      pA  ->  e1  6
      pA  ->  e2  4
      pB  ->  e1  2
      pB  ->  e2  8
      pA  ->  e3  10
    `);
    const r = run(wider, [{ type: 'remove-node', node: 'pA' }]);
    expect(user(r, 'e3')?.withRerouting).toBe(0);
    expect(user(r, 'e1')?.withRerouting).toBeCloseTo(4.4, 9);
    expect(user(r, 'e2')?.withRerouting).toBeCloseTo(9.6, 9);
  });
});

describe('recycling loop', () => {
  // e sends 20% of what it receives back to p as scrap: p gets 10 + 2.5, e gets 12.5.
  const loop: AnalysisNetwork = networkFrom(`
    m  mine       AU  production=10 capacity=10
    p  processor  CN  capacity=20
    e  end-user   DE
    m  ->  p  10
    p  ->  e  12.5
    e  ->  p  2.5
  `);

  it('settles a cut that goes round the loop', () => {
    // a(p) = 0.5 * N/12.5 with N = 10 + 0.2 * 12.5 a(p)... a = 0.4 / (1 - 0.1) = 4/9.
    const r = run(loop, [{ type: 'scale-capacity', node: 'p', factor: 0.5 }]);
    expect(user(r, 'e')?.noSubstitution).toBeCloseTo(12.5 * (4 / 9), 10);
    expect(r.converged).toBe(true);
  });

  it('scores a node on the loop by the supply lost when it alone goes', () => {
    const report = analyzeBaseline(buildSupplyGraph(loop));
    const chokepoint = (id: string) => report.measures.chokepoint[report.nodeIds.indexOf(id)];
    expect(chokepoint('p')).toBeCloseTo(1, 12);
    expect(chokepoint('m')).toBeCloseTo(1, 12);
    // Removing e itself loses its 12.5 t: all of the end-user supply.
    expect(chokepoint('e')).toBeCloseTo(1, 12);
  });

  it('matches removal losses on tangled loops: trade both ways within a stage, two recyclers', () => {
    // i1 <-> i2 trade with each other; e1 and e2 both send scrap back upstream.
    const tangled: AnalysisNetwork = networkFrom(`
      m   mine          AU  production=100
      p   processor     CN
      i1  intermediary  JP
      i2  intermediary  KR
      e1  end-user      DE
      e2  end-user      US
      m   ->  p   100
      p   ->  i1  70
      p   ->  i2  40
      i1  ->  i2  10
      i2  ->  i1  5
      i1  ->  e1  65
      i2  ->  e2  45
      e1  ->  p   6
      e2  ->  i1  4
    `);
    const g = buildSupplyGraph(tangled);
    const report = analyzeBaseline(g);
    report.nodeIds.forEach((id, i) => {
      const lost = run(tangled, [{ type: 'remove-node', node: id }]).totals.lostNoSubstitution;
      const score = report.measures.chokepoint[i] as number;
      expect(score * report.totals.endUserSupply, id).toBeCloseTo(lost, 9);
    });
  });
});
