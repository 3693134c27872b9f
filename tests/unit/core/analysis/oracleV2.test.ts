// The engine against the oracle's multi-material fixtures (tests/fixtures/oracle/v2): baseline,
// no-substitution served and days to shortfall, for every preset, within the oracle README's
// tolerances. The linear-program figures (rerouting_max_total, rerouting_fair_served) are not
// checked here: the interim rerouting is a max-flow, not the oracle's programs.
import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { loadDatasetText } from '../../../../src/data/loadDataset.ts';
import { closeEnough, oracleV2Fixtures } from './oracleV2Fixtures.ts';

const fixtures = oracleV2Fixtures();

describe.each(fixtures)('oracle v2 fixture $name', (fixture) => {
  const loaded = loadDatasetText(fixture.text);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const g = buildSupplyGraph(loaded.dataset);

  it('has converters, outside demand and stocks to test', () => {
    expect(g.converter.some((x) => x === 1)).toBe(true);
    expect(g.outside.some((x) => x === 1)).toBe(true);
    expect(g.slotStock.some((x) => x > 0)).toBe(true);
    expect(g.materials.length).toBeGreaterThan(2);
  });

  it('serves every end user its baseline with nothing changed', () => {
    const outcome = analyzeScenario(g, { interventions: [] });
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    const expected = fixture.expected.baseline_served;
    expect(outcome.result.endUsers.map((e) => e.id).sort()).toEqual(Object.keys(expected).sort());
    for (const e of outcome.result.endUsers) {
      expect(closeEnough(e.baseline, expected[e.id]!), `${e.id}: ${e.baseline}`).toBe(true);
      expect(e.noSubstitution).toBeCloseTo(e.baseline, 9);
      expect(e.daysToShortfall).toBeNull();
    }
  });

  it.each(fixture.scenarios)('preset $id: no-substitution served and days to shortfall', (s) => {
    const outcome = analyzeScenario(g, { interventions: s.interventions });
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    const users = outcome.result.endUsers;
    expect(users.map((e) => e.id).sort()).toEqual(
      Object.keys(s.expected.no_substitution_served).sort(),
    );
    for (const e of users) {
      const served = s.expected.no_substitution_served[e.id]!;
      expect(
        closeEnough(e.noSubstitution, served),
        `${e.id}: ${e.noSubstitution} vs ${served}`,
      ).toBe(true);
      const days = s.expected.days_to_shortfall[e.id];
      if (days === null) expect(e.daysToShortfall, e.id).toBeNull();
      else {
        expect(e.daysToShortfall, e.id).not.toBeNull();
        expect(
          closeEnough(e.daysToShortfall!, days!),
          `${e.id}: ${e.daysToShortfall} vs ${days}`,
        ).toBe(true);
      }
      // Rerouting only adds to the immediate shock, and never beyond baseline.
      expect(e.withRerouting).toBeGreaterThanOrEqual(e.noSubstitution - 1e-9);
      expect(e.withRerouting).toBeLessThanOrEqual(e.baseline + 1e-9);
    }
    const outside = users.filter((e) => e.outside);
    expect(outside.length).toBeGreaterThan(0);
    expect(outcome.result.restOfWorld?.baseline).toBeCloseTo(
      outside.reduce((a, e) => a + e.baseline, 0),
      6,
    );
  });
});
