// The ranges hold their point: on the bundled dataset, for every preset and every end user with a
// range, the point figure lies within its p5–p95 range (with half a percentage point for the
// sampling), at once and after rerouting, with 300 draws and the rerouting programs on 100.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  POINT_MARGIN,
} from '../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';

describe('ranges on the bundled dataset hold the point figure', () => {
  const dataset = loadBundledDataset();
  const g = buildSupplyGraph(dataset);
  for (const preset of dataset.scenarios) {
    it(
      preset.id,
      async () => {
        const solver = await highsLoader();
        const outcome = analyzeScenario(
          g,
          { interventions: preset.interventions },
          { rerouter: lpRerouter(solver), uncertainty: { samples: 300, reroutingSamples: 100 } },
        );
        if (!outcome.ok) throw new Error(outcome.errors.join('; '));
        expect(outcome.result.uncertainty?.reroutingSamples).toBe(100);
        for (const e of outcome.result.endUsers) {
          const r = e.ranges;
          expect(r, e.id).not.toBeNull();
          const now = r!.lostNoSubstitutionShare;
          const after = r!.lostWithReroutingShare!;
          expect(e.lostNoSubstitutionShare, `${e.id} at once`).toBeGreaterThanOrEqual(
            now.p5 - POINT_MARGIN,
          );
          expect(e.lostNoSubstitutionShare, `${e.id} at once`).toBeLessThanOrEqual(
            now.p95 + POINT_MARGIN,
          );
          expect(e.lostWithReroutingShare, `${e.id} after`).toBeGreaterThanOrEqual(
            after.p5 - POINT_MARGIN,
          );
          expect(e.lostWithReroutingShare, `${e.id} after`).toBeLessThanOrEqual(
            after.p95 + POINT_MARGIN,
          );
          expect(r!.pointOutside).toEqual([]);
        }
      },
      120_000,
    );
  }
});
