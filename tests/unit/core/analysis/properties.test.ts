// Laws of the model, on random layered supply networks with balanced flows (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  dependentEndUsers,
  removalSweep,
  seededRandom,
  type AnalysisNetwork,
  type ScenarioResult,
  type SupplyGraph,
} from '../../../../src/core/analysis/index.ts';
import { generateSupplyNetwork } from '../../../fixtures/generate.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { cuts, interventionsFor, networkShapes } from '../../../fixtures/randomCuts.ts';

const RUNS = { numRuns: 40 };
const TOL = 1e-9;

/** Balanced layered networks of 5-40 nodes, some with recycling loops. */
const networks = networkShapes(5).map((options) => generateSupplyNetwork(options));

function outcome(g: SupplyGraph, interventions: Intervention[]): ScenarioResult {
  const r = analyzeScenario(g, { interventions });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.result;
}
const leq = (a: number, b: number) => a <= b + TOL * Math.max(1, Math.abs(b));

describe('the model on random supply networks', () => {
  it('has balanced baseline flows: every node but an end user passes on what it receives', () => {
    fc.assert(
      fc.property(networks, (network) => {
        const g = buildSupplyGraph(network);
        for (let v = 0; v < g.n; v++) {
          const isEnd = g.endUsers.includes(v);
          if (isEnd) expect(leq(g.outflow[v] as number, g.supply[v] as number)).toBe(true);
          else
            expect(Math.abs((g.outflow[v] as number) - (g.supply[v] as number))).toBeLessThan(
              TOL * Math.max(1, g.supply[v] as number),
            );
        }
      }),
      RUNS,
    );
  });

  it('changes nothing with an empty scenario', () => {
    fc.assert(
      fc.property(networks, (network) => {
        const g = buildSupplyGraph(network);
        const r = outcome(g, []);
        for (const e of r.endUsers) {
          expect(Math.abs(e.noSubstitution - e.baseline)).toBeLessThanOrEqual(TOL * e.baseline);
          expect(Math.abs(e.withRerouting - e.baseline)).toBeLessThanOrEqual(TOL * e.baseline);
        }
        r.edges.flowNoSubstitution.forEach((flow, i) => {
          expect(Math.abs(flow - (network.edges[i]?.flow ?? NaN))).toBeLessThanOrEqual(
            TOL * Math.max(1, flow),
          );
        });
        expect(r.stranded.noSubstitution).toBeLessThanOrEqual(TOL * r.totals.baseline);
        expect(r.singleMaterialBound.strandedWithRerouting).toBeLessThanOrEqual(
          TOL * r.totals.baseline,
        );
        expect(r.singleMaterialBound.maxFlowScenario).toBeCloseTo(
          r.singleMaterialBound.maxFlowBaseline,
          6,
        );
      }),
      RUNS,
    );
  });

  it('never raises supply by cutting, and rerouting lies between the shock and baseline', () => {
    fc.assert(
      fc.property(networks, cuts, (network, picks) => {
        const g = buildSupplyGraph(network);
        const r = outcome(g, interventionsFor(g, picks));
        for (const e of r.endUsers) {
          expect(leq(e.noSubstitution, e.baseline)).toBe(true);
          expect(leq(e.noSubstitution, e.withRerouting)).toBe(true);
          expect(leq(e.withRerouting, e.baseline)).toBe(true);
        }
        expect(
          leq(r.singleMaterialBound.maxFlowScenario, r.singleMaterialBound.maxFlowBaseline),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('loses at least as much when more is cut', () => {
    fc.assert(
      fc.property(networks, cuts, cuts, (network, first, more) => {
        const g = buildSupplyGraph(network);
        const some = outcome(g, interventionsFor(g, first));
        const all = outcome(g, interventionsFor(g, [...first, ...more]));
        all.endUsers.forEach((e, i) => {
          expect(leq(e.noSubstitution, some.endUsers[i]?.noSubstitution ?? NaN)).toBe(true);
        });
        expect(
          leq(all.singleMaterialBound.maxFlowScenario, some.singleMaterialBound.maxFlowScenario),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the same answers whatever order the file lists nodes and edges in', () => {
    fc.assert(
      fc.property(networks, fc.integer(), cuts, (network, seed, picks) => {
        const random = seededRandom(seed);
        const shuffle = <T>(items: readonly T[]) =>
          items
            .map((x) => [random(), x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        const shuffled: AnalysisNetwork = {
          nodes: shuffle(network.nodes),
          edges: shuffle(network.edges),
        };
        const g1 = buildSupplyGraph(network);
        const g2 = buildSupplyGraph(shuffled);
        const interventions = interventionsFor(g1, picks);
        const [a, b] = [outcome(g1, interventions), outcome(g2, interventions)];
        expect(b.endUsers).toEqual(a.endUsers);
        expect(b.singleMaterialBound).toEqual(a.singleMaterialBound);
        const [ra, rb] = [analyzeBaseline(g1), analyzeBaseline(g2)];
        const byId = (r: typeof ra, key: 'chokepoint' | 'betweenness' | 'pagerank') =>
          Object.fromEntries(r.nodeIds.map((id, i) => [id, r.measures[key][i] as number]));
        for (const key of ['chokepoint', 'betweenness', 'pagerank'] as const) {
          const [x, y] = [byId(ra, key), byId(rb, key)];
          for (const id of Object.keys(x)) expect(y[id]).toBeCloseTo(x[id] as number, 12);
        }
        expect(rb.endUsers).toEqual(ra.endUsers);
      }),
      RUNS,
    );
  });

  it('loses, when a node alone goes, its chokepoint score times total supply', () => {
    fc.assert(
      fc.property(networks, (network) => {
        const g = buildSupplyGraph(network);
        const report = analyzeBaseline(g);
        const total = report.totals.endUserSupply;
        const sweep = new Map(removalSweep(g).map((s) => [s.id, s]));
        report.nodeIds.forEach((id, i) => {
          const r = outcome(g, [{ type: 'remove-node', node: id }]);
          const entry = sweep.get(id);
          const score = report.measures.chokepoint[i] as number;
          expect(Math.abs(r.totals.lostNoSubstitution - score * total)).toBeLessThanOrEqual(
            TOL * total,
          );
          expect(Math.abs((entry?.lostNoSubstitution ?? NaN) - score * total)).toBeLessThanOrEqual(
            TOL * total,
          );
          // After rerouting the sweep gives the least loss: baseline − the largest total.
          expect(
            Math.abs(
              (entry?.lostWithRerouting ?? NaN) -
                Math.max(0, r.totals.baseline - r.totals.reroutingMaximum),
            ),
          ).toBeLessThanOrEqual(TOL * total);
          const through = new Map(dependentEndUsers(g, id)?.map((d) => [d.id, d.through]));
          for (const e of r.endUsers) {
            const lost = e.lostNoSubstitution;
            expect(
              Math.abs((through.get(e.id) ?? 0) - lost),
              `${id} -> ${e.id}`,
            ).toBeLessThanOrEqual(TOL * Math.max(1, e.baseline));
          }
        });
      }),
      { numRuns: 15 },
    );
  });
});
