// The removal sweep's "after rerouting" answers the question a scenario answers: for every node of
// the bundled dataset, removing it in the sweep loses what `--remove <node>` says rerouting cannot
// bring back (baseline − reroutingMaximum of the rerouting programs), and withholding a material
// loses what blocking each of the node's flows of it loses. On one material the max-flow's total,
// which the sweep takes as a fast path, equals the program's.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpMaximum,
  lpRerouter,
  removalSweep,
  singleMaterial,
  type LpSolver,
  type SupplyGraph,
} from '../../../../src/core/analysis/index.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { oracleFiles } from '../../../fixtures/oracle.ts';
import { readFileSync } from 'node:fs';

let solver: Promise<LpSolver> | undefined;
const loadSolver = () => (solver ??= highsLoader());

/** The least loss after rerouting under `interventions`, as the scenario analysis gives it. */
function leastLoss(g: SupplyGraph, lp: LpSolver, interventions: Intervention[]): number {
  const outcome = analyzeScenario(g, { interventions }, { rerouter: lpRerouter(lp) });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.result.totals.baseline - outcome.result.totals.reroutingMaximum;
}

/** Every end user's baseline supply, summed. */
function baselineTotal(g: SupplyGraph): number {
  return Array.from(g.endUsers).reduce((a, v) => a + (g.supply[v] as number), 0);
}

describe('the removal sweep reroutes with the rerouting programs', () => {
  const dataset = loadBundledDataset();
  const g = buildSupplyGraph(dataset);

  it('loses, for every node removed, what the scenario says rerouting cannot bring back', async () => {
    const lp = await loadSolver();
    const sweep = removalSweep(g, { maximum: lpMaximum(lp) });
    expect(sweep).toHaveLength(g.n);
    const baseline = baselineTotal(g);
    for (const entry of sweep) {
      const want = leastLoss(g, lp, [{ type: 'remove-node', node: entry.id }]);
      expect(entry.lostWithRerouting, entry.id).not.toBeNull();
      expect(Math.abs((entry.lostWithRerouting as number) - want), entry.id).toBeLessThanOrEqual(
        1e-6 * baseline,
      );
      // Rerouting never loses more than the shock.
      expect(entry.lostWithRerouting as number).toBeLessThanOrEqual(
        entry.lostNoSubstitution + 1e-6 * baseline,
      );
    }
    // The figures the pooled max-flow gave (45,207 t and 108,390 t) are gone.
    const kachin = sweep.find((e) => e.id === 'mm-kachin');
    expect(kachin?.lostWithRerouting).toBeGreaterThan(70_000);
  }, 300_000);

  it('with --sweep-material, loses what blocking each of the node’s flows of it loses', async () => {
    const lp = await loadSolver();
    const material = 'Dy/Tb';
    const sweep = removalSweep(g, { material, maximum: lpMaximum(lp) });
    expect(sweep.length).toBeGreaterThan(0);
    const baseline = baselineTotal(g);
    for (const entry of sweep) {
      const blocks: Intervention[] = dataset.edges
        .filter((e) => e.source === entry.id && e.material === material)
        .map((e) => ({ type: 'block-edge', source: e.source, target: e.target, material }));
      const want = leastLoss(g, lp, blocks);
      expect(Math.abs((entry.lostWithRerouting as number) - want), entry.id).toBeLessThanOrEqual(
        1e-6 * baseline,
      );
    }
  }, 300_000);

  it('without a program, a network of several materials gets no figure after rerouting', () => {
    expect(singleMaterial(g)).toBe(false);
    const sweep = removalSweep(g);
    expect(sweep.every((e) => e.lostWithRerouting === null)).toBe(true);
  });
});

describe('on one material the max-flow total is the program’s (the sweep’s fast path)', () => {
  for (const file of oracleFiles(1)) {
    it(
      file.name,
      async () => {
        const lp = await loadSolver();
        const network = JSON.parse(readFileSync(file.path, 'utf8'));
        const g = buildSupplyGraph(network);
        expect(singleMaterial(g)).toBe(true);
        const fast = removalSweep(g);
        const byProgram = new Map(
          removalSweep(g, { maximum: lpMaximum(lp) }).map((e) => [e.id, e.lostWithRerouting]),
        );
        for (const entry of fast) {
          const want = byProgram.get(entry.id) as number;
          expect(
            Math.abs((entry.lostWithRerouting as number) - want),
            entry.id,
          ).toBeLessThanOrEqual(Math.max(1e-3, 1e-6 * Math.abs(want)));
        }
      },
      120_000,
    );
  }
});
