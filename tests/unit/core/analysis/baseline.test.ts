// The baseline report, the end-user trace and the removal sweep on hand-checkable graphs.
import { describe, expect, it } from 'vitest';
import {
  analyzeBaseline,
  buildSupplyGraph,
  dependentEndUsers,
  NODE_MEASURES,
  removalSweep,
  traceEndUser,
  type AnalysisNetwork,
} from '../../../../src/core/analysis/index.ts';
import { networkFrom } from '../../../fixtures/network.ts';

// Two mines (AU 30 t, CN 70 t) feed one processor, which splits 40/60 between two end users.
const network: AnalysisNetwork = networkFrom(`
  au  mine       AU  production=30 capacity=40
  cn  mine       CN  production=70 capacity=70
  p   processor  CN  capacity=100
  u1  end-user   DE
  u2  end-user   US
  au  ->  p   30
  cn  ->  p   70
  p   ->  u1  40
  p   ->  u2  60
`);
const g = buildSupplyGraph(network);
const report = analyzeBaseline(g);
const measure = (id: (typeof NODE_MEASURES)[number]['id'], node: string) =>
  report.measures[id][report.nodeIds.indexOf(node)];

describe('baseline report', () => {
  it('keeps per-node arrays in the order of the network', () => {
    expect(report.nodeIds).toEqual(['au', 'cn', 'p', 'u1', 'u2']);
    for (const m of NODE_MEASURES) expect(report.measures[m.id]).toHaveLength(5);
  });

  it('scores chokepoints by the share of end-user supply through them', () => {
    expect(measure('chokepoint', 'p')).toBe(1);
    expect(measure('chokepoint', 'au')).toBeCloseTo(0.3, 12);
    expect(measure('chokepoint', 'u2')).toBeCloseTo(0.6, 12);
    expect(measure('supplyThrough', 'cn')).toBeCloseTo(70, 12);
    expect(measure('singlePointOfFailureFor', 'p')).toBe(2);
    expect(measure('singlePointOfFailureFor', 'au')).toBe(0);
  });

  it('traces supply back to the country where it was mined', () => {
    const u2 = report.endUsers.find((e) => e.id === 'u2');
    expect(u2?.supply).toBe(60);
    expect(u2?.supplyByOrigin.CN).toBeCloseTo(42, 12);
    expect(u2?.supplyByOrigin.AU).toBeCloseTo(18, 12);
    expect(Object.keys(u2?.supplyByOrigin ?? {})).toEqual(['CN', 'AU']);
    expect(u2?.singlePointsOfFailure).toEqual(['p']);
  });

  it('measures concentration by stage: shares, HHI and top-3 share', () => {
    expect(report.stages.mine.shares).toEqual({ CN: 0.7, AU: 0.3 });
    expect(report.stages.mine.hhi).toBeCloseTo(0.58, 12);
    expect(report.stages.mine.top3Share).toBeCloseTo(1, 12);
    expect(report.stages.processor).toMatchObject({ total: 100, hhi: 1, shares: { CN: 1 } });
    expect(report.stages.intermediary).toMatchObject({ total: 0, hhi: 0, top3Share: 0 });
  });

  it('adds up supply, production and the max-flow', () => {
    expect(report.totals).toMatchObject({ endUserSupply: 100, production: 100, maxFlow: 100 });
    expect(report.hasCycles).toBe(false);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('traceEndUser', () => {
  it('says how much of one end user supply passed through each node and edge', () => {
    const t = traceEndUser(g, 'u1');
    expect(t?.throughNode.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([12, 28, 40, 40, 0]);
    expect(t?.alongEdge.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([12, 28, 40, 0]);
    expect(t?.byOrigin.AU).toBeCloseTo(12, 12);
    expect(traceEndUser(g, 'p')).toBeNull();
    expect(traceEndUser(g, 'nobody')).toBeNull();
  });
});

describe('dependentEndUsers', () => {
  it('lists the end users that get supply through a node, most dependent first', () => {
    expect(dependentEndUsers(g, 'au')).toEqual([
      {
        id: 'u1',
        through: expect.closeTo(12, 12) as number,
        share: expect.closeTo(0.3, 12) as number,
      },
      {
        id: 'u2',
        through: expect.closeTo(18, 12) as number,
        share: expect.closeTo(0.3, 12) as number,
      },
    ]);
    expect(dependentEndUsers(g, 'u2')).toEqual([{ id: 'u2', through: 60, share: 1 }]);
    expect(dependentEndUsers(g, 'nobody')).toBeNull();
  });
});

describe('removalSweep', () => {
  it('ranks nodes by the supply lost if each alone goes, under both outcomes', () => {
    const sweep = removalSweep(g);
    expect(sweep.map((s) => s.id)).toEqual(['p', 'cn', 'u2', 'u1', 'au']);
    const byId = Object.fromEntries(sweep.map((s) => [s.id, s]));
    expect(byId.p).toMatchObject({ lostNoSubstitution: 100, lostWithRerouting: 100 });
    // au's 30 t: cn has no spare capacity, so nothing is made up.
    expect(byId.au?.lostWithRerouting).toBeCloseTo(30, 9);
    // cn's 70 t: au has 10 t spare.
    expect(byId.cn?.lostWithRerouting).toBeCloseTo(60, 9);
    expect(byId.cn?.lostNoSubstitutionShare).toBeCloseTo(0.7, 12);
  });

  it('reroutes only as many nodes as asked, worst first, and reports progress', () => {
    const progress: number[] = [];
    const sweep = removalSweep(g, { rerouting: 2, onProgress: (done) => progress.push(done) });
    expect(sweep.filter((s) => s.lostWithRerouting !== null).map((s) => s.id)).toEqual(['p', 'cn']);
    expect(progress).toEqual([1, 2]);
    expect(removalSweep(g, { rerouting: 'none' }).every((s) => s.lostWithRerouting === null)).toBe(
      true,
    );
  });
});
