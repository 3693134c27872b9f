// "Who controls a material": the removal sweep restricted to one material. Each node that puts
// the material out withholds it (its out-flows of it blocked, everything else unchanged). The
// sweep's figures are checked against the scenario engine answering the same question through
// block-edge interventions, one per withheld flow, on the oracle's multi-material networks.
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  removalSweep,
  type AnalysisNetwork,
  type SupplyGraph,
} from '../../../../src/core/analysis/index.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { oracleFixtures } from './oracleFixtures.ts';
import { oracleV2Fixtures } from './oracleV2Fixtures.ts';

/** Block-edge interventions for every flow of `material` leaving `node`, read off the input. */
function withholding(network: AnalysisNetwork, node: string, material: string): Intervention[] {
  return network.edges
    .filter((e) => e.source === node && (e.material ?? '') === material)
    .map((e) => ({ type: 'block-edge', source: e.source, target: e.target, material }));
}

function lossesOf(g: SupplyGraph, interventions: Intervention[]) {
  const r = analyzeScenario(g, { interventions });
  if (!r.ok) throw new Error(r.errors.join('; '));
  let now = 0;
  for (const e of r.result.endUsers) now += e.baseline - e.noSubstitution;
  return { now };
}

const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));

describe('the sweep restricted to one material', () => {
  for (const fixture of oracleV2Fixtures()) {
    it(`${fixture.name}: each supplier of each material, as the scenario engine answers it`, () => {
      const network = JSON.parse(fixture.text) as AnalysisNetwork;
      const g = buildSupplyGraph(network);
      const named = g.materials.filter((m) => m !== '');
      expect(named.length).toBeGreaterThan(1);
      for (const material of named) {
        const suppliers = new Set(
          network.edges.filter((e) => e.material === material).map((e) => e.source),
        );
        const entries = removalSweep(g, { material });
        // exactly the nodes that put the material out, worst first
        expect(new Set(entries.map((e) => e.id))).toEqual(suppliers);
        for (let i = 1; i < entries.length; i++) {
          expect(entries[i]!.lostNoSubstitution).toBeLessThanOrEqual(
            entries[i - 1]!.lostNoSubstitution,
          );
        }
        for (const entry of entries) {
          const expected = lossesOf(g, withholding(network, entry.id, material));
          close(entry.lostNoSubstitution, expected.now);
          // Several materials and no program: the sweep gives no figure after rerouting (the
          // pooled max-flow would let one material stand in for another); sweepRerouting.test.ts
          // checks it with the programs.
          expect(entry.lostWithRerouting).toBeNull();
        }
      }
    });
  }

  it('with one material, withholding it is removing the node, for every node that ships on', () => {
    for (const fixture of oracleFixtures().slice(0, 12)) {
      const g = buildSupplyGraph(fixture);
      const removed = new Map(removalSweep(g).map((e) => [e.id, e]));
      const withheld = removalSweep(g, { material: g.materials[0]! });
      expect(withheld.length).toBeGreaterThan(0);
      // (an end user that ships scrap on still consumes what it receives: not the same question)
      for (const e of withheld.filter((x) => x.stage !== 'end-user')) {
        close(e.lostNoSubstitution, removed.get(e.id)!.lostNoSubstitution);
      }
    }
  });

  it('a material no flow carries is controlled by no one', () => {
    const fixture = oracleV2Fixtures()[0]!;
    const g = buildSupplyGraph(JSON.parse(fixture.text) as AnalysisNetwork);
    expect(removalSweep(g, { material: 'no such material' })).toEqual([]);
  });
});
