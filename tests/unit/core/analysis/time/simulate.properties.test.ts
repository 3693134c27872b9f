// Laws of the simulation over time on random layered networks with random stocks (fast-check): a
// scenario in force from the first day and never changed gives at once exactly the days to
// shortfall and the supply curve of stocks.ts, over three years.
import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  scenarioFactors,
  simulateStocks,
  type AnalysisNetwork,
  type LpSolver,
} from '../../../../../src/core/analysis/index.ts';
import { simulate } from '../../../../../src/core/analysis/time/simulate.ts';
import { generateSupplyNetwork } from '../../../../fixtures/generate.ts';
import { cuts, interventionsFor, networkShapes } from '../../../../fixtures/randomCuts.ts';

const RUNS = { numRuns: 30 };
/** 2025-01-01 to 2027-12-31. */
const DAYS = 3 * 365;

describe('the simulation over time, on random networks', () => {
  it('gives at once the days to shortfall and supply of stocks.ts for a constant scenario', () => {
    fc.assert(
      fc.property(
        networkShapes(6),
        cuts,
        fc.integer({ min: 1, max: 3 }),
        fc.array(
          fc.record({ pick: fc.nat(), tonnes: fc.double({ min: 0.001, max: 300, noNaN: true }) }),
          { maxLength: 5 },
        ),
        (shape, picks, materials, stocks) => {
          const plain = generateSupplyNetwork({ ...shape, materials });
          const nodes = plain.nodes.map((n) => ({ ...n, stock: {} as Record<string, number> }));
          for (const { pick, tonnes } of stocks) {
            const e = plain.edges[pick % plain.edges.length]!;
            const node = nodes.find((n) => n.id === e.target)!;
            node.stock[e.material ?? ''] = (node.stock[e.material ?? ''] ?? 0) + tonnes;
          }
          const network: AnalysisNetwork = { nodes, edges: plain.edges };
          const g = buildSupplyGraph(network);
          const interventions = interventionsFor(g, picks);
          const f = scenarioFactors(g, { interventions });
          if (!f.ok) return;
          const run = simulateStocks(g, f.factors);
          const r = simulate({
            network,
            from: '2025-01-01',
            to: '2027-12-31',
            events: [{ from: '2025-01-01', interventions }],
            series: [],
          });
          g.endUsers.forEach((v, i) => {
            const id = g.ids[v] as string;
            const t = r.atOnce.find((x) => x.id === id)!;
            const day = run.daysToShortfall[i] ?? null;
            const first = day === null || day >= DAYS ? null : Math.floor(day + 1e-9);
            const expected =
              first === null
                ? null
                : new Date(Date.UTC(2025, 0, 1 + first)).toISOString().slice(0, 10);
            expect(t.firstDayShort, id).toBe(expected);
            expect(t.daysShort, id).toBe(first === null ? 0 : DAYS - first);
            const curve = run.curves[i] ?? [];
            const baseline = g.supply[v] as number;
            let lost = 0;
            curve.forEach((step, k) => {
              const end = Math.min(DAYS, curve[k + 1]?.day ?? DAYS);
              lost += (Math.max(0, baseline - step.served) * Math.max(0, end - step.day)) / 365;
            });
            expect(Math.abs(t.lostTonnes - lost), id).toBeLessThanOrEqual(1e-6 * Math.max(1, lost));
          });
        },
      ),
      RUNS,
    );
  });

  it("gives after rerouting the what-if's served amounts for a constant scenario", async () => {
    const lp: LpSolver = await highsLoader();
    await fc.assert(
      fc.asyncProperty(
        networkShapes(6),
        cuts,
        fc.integer({ min: 1, max: 3 }),
        async (shape, picks, materials) => {
          const network = generateSupplyNetwork({ ...shape, materials });
          const g = buildSupplyGraph(network);
          const interventions = interventionsFor(g, picks);
          let whatIf: ReturnType<typeof analyzeScenario>;
          try {
            whatIf = analyzeScenario(g, { interventions }, { rerouter: lpRerouter(lp) });
          } catch {
            // No what-if to compare with (the programs' own failure, tested where they are).
            return;
          }
          if (!whatIf.ok) return;
          const r = simulate({
            network,
            from: '2025-01-01',
            to: '2025-12-31',
            events: [{ from: '2025-01-01', interventions }],
            series: [],
            solver: lp,
          });
          for (const e of whatIf.result.endUsers) {
            const t = r.afterRerouting?.find((x) => x.id === e.id);
            const served = t?.monthly.reduce((a, m) => a + m.served, 0) ?? NaN;
            // The programs' tolerance (the oracle README): 1e-5 relative or 1e-3 t.
            expect(Math.abs(served - e.withRerouting), e.id).toBeLessThanOrEqual(
              Math.max(1e-3, 1e-5 * e.baseline),
            );
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);
});
