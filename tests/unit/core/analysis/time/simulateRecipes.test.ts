// The simulation over time with alternative recipes (recipes.ts): a switch only once its lead
// time has passed since the shock began, and a converter's stock of an input kept through the
// expansion. Hand-worked numbers in the comments; a day is 1/365 of a year of flow.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import type { AnalysisNetwork, LpSolver } from '../../../../../src/core/analysis/index.ts';
import { simulate, type EndUserTimeline } from '../../../../../src/core/analysis/time/simulate.ts';
import type { Intervention } from '../../../../../src/core/scenario.ts';
import type { SupplyNode } from '../../../../../src/core/model.ts';

let solver: Promise<LpSolver> | undefined;
const loadSolver = () => (solver ??= highsLoader());

const byId = (list: readonly EndUserTimeline[] | null, id: string): EndUserTimeline => {
  const found = list?.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no timeline for ${id}`);
  return found;
};

// A magnet maker makes 100 t of magnets for `ev`: half with Dy (0.9 t NdPr and 0.1 t Dy a tonne),
// half Dy-free (1 t NdPr a tonne), which it can raise to 80% of its output 90 days after a shock.
// Needs: NdPr 95 t, Dy 5 t. The NdPr mine has capacity 200 t.
function switching(stock?: SupplyNode['stock']): AnalysisNetwork {
  return {
    nodes: [
      { id: 'nd', stage: 'mine', country: 'AU', production: 95, capacity: 200 },
      { id: 'dy', stage: 'mine', country: 'CN', production: 5 },
      {
        id: 'maker',
        stage: 'magnet-maker',
        country: 'JP',
        converter: true,
        ...(stock === undefined ? {} : { stock }),
        recipes: [
          { id: 'dy', output: 'magnet', inputs: { NdPr: 0.9, Dy: 0.1 }, share: 0.5 },
          {
            id: 'free',
            output: 'magnet',
            inputs: { NdPr: 1 },
            share: 0.5,
            maxShare: 0.8,
            leadDays: 90,
          },
        ],
      },
      { id: 'ev', stage: 'end-user', country: 'US' },
    ],
    edges: [
      { source: 'nd', target: 'maker', material: 'NdPr', flow: 95 },
      { source: 'dy', target: 'maker', material: 'Dy', flow: 5 },
      { source: 'maker', target: 'ev', material: 'magnet', flow: 100 },
    ],
  };
}
const blockChina: Intervention = { type: 'block-country', country: 'CN' };
const YEAR = { from: '2025-01-01', to: '2025-12-31', series: [] } as const;

describe('recipes over time', () => {
  it('switch only once their lead time since the shock has passed', async () => {
    // China is blocked from 1 March (306 days to the year's end). At once the Dy-free half runs:
    // 50 t a year, 50 × 306/365 t lost. After rerouting the Dy-free recipe may rise to 80 t from
    // 90 days after 1 March, 30 May: 50 t lost a year for 90 days, then 20 t a year for 216.
    const r = simulate({
      network: switching(),
      ...YEAR,
      events: [{ from: '2025-03-01', interventions: [blockChina] }],
      solver: await loadSolver(),
    });
    expect(byId(r.atOnce, 'ev').lostTonnes).toBeCloseTo((50 * 306) / 365, 9);
    const after = byId(r.afterRerouting, 'ev');
    expect(after).toMatchObject({ firstDayShort: '2025-03-01', daysShort: 306 });
    expect(after.lostTonnes).toBeCloseTo((50 * 90 + 20 * 216) / 365, 4);
    // May: 29 days at 50 t a year, 2 at 80 t.
    expect(after.monthly[4]?.served).toBeCloseTo((50 * 29 + 80 * 2) / 365, 4);
  });

  it('count lead times from the shock start given', async () => {
    // Counted from 1 January, the switch is allowed from 1 April: March at 50 t a year, then 80.
    const r = simulate({
      network: switching(),
      ...YEAR,
      events: [{ from: '2025-03-01', interventions: [blockChina] }],
      shockStart: '2025-01-01',
      solver: await loadSolver(),
    });
    const after = byId(r.afterRerouting, 'ev');
    expect(after.lostTonnes).toBeCloseTo((50 * 31 + 20 * 275) / 365, 4);
  });

  it("keep a converter's stock of an input when its recipes are expanded", () => {
    // The maker holds 1 t of Dy; blocked, its Dy recipe needs 5 t a year: 73 days, so ev is
    // served in full until 12 May and short from 13 May (1 March + 73 days).
    const r = simulate({
      network: switching({ Dy: 1 }),
      ...YEAR,
      events: [{ from: '2025-03-01', interventions: [blockChina] }],
    });
    expect(byId(r.atOnce, 'ev')).toMatchObject({ firstDayShort: '2025-05-13', daysShort: 233 });
  });
});
