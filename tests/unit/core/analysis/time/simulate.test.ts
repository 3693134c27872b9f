// The simulation over time (src/core/analysis/time/simulate.ts), one rule per test, each on a
// network small enough to work out by hand (the comments do). Flows are tonnes a year: a day is
// 1/365 of a year.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { type AnalysisNetwork, type LpSolver } from '../../../../../src/core/analysis/index.ts';
import {
  simulate,
  type EndUserTimeline,
  type SimulationInput,
} from '../../../../../src/core/analysis/time/simulate.ts';
import type { Intervention } from '../../../../../src/core/scenario.ts';
import type { SupplyEdge, SupplyNode } from '../../../../../src/core/model.ts';

let solver: Promise<LpSolver> | undefined;
const loadSolver = () => (solver ??= highsLoader());

const YEAR = { from: '2025-01-01', to: '2025-12-31' } as const;
const node = (id: string, stage: SupplyNode['stage'], extra: Partial<SupplyNode> = {}) =>
  ({ id, stage, country: 'XX', ...extra }) as SupplyNode;
const edge = (source: string, target: string, flow: number, material?: string): SupplyEdge =>
  material === undefined ? { source, target, flow } : { source, target, flow, material };
const byId = (list: readonly EndUserTimeline[] | null, id: string): EndUserTimeline => {
  const found = list?.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no timeline for ${id}`);
  return found;
};
const input = (network: AnalysisNetwork, rest: Partial<SimulationInput> = {}): SimulationInput => ({
  network,
  ...YEAR,
  events: [],
  series: [],
  ...rest,
});
const served = (t: EndUserTimeline) => t.monthly.reduce((s, m) => s + m.served, 0);

// Mine m (100 t) ships everything to trader t, which ships it to end user u.
const chain: AnalysisNetwork = {
  nodes: [node('m', 'mine', { production: 100 }), node('t', 'intermediary'), node('u', 'end-user')],
  edges: [edge('m', 't', 100), edge('t', 'u', 100)],
};
const halve: Intervention = { type: 'scale-flow', source: 'm', target: 't', factor: 0.5 };

describe('the simulation over time', () => {
  it('with no events, series or ramps, nobody is ever short', async () => {
    const r = simulate(input(chain, { solver: await loadSolver() }));
    for (const list of [r.atOnce, r.afterRerouting]) {
      expect(byId(list, 'u')).toMatchObject({
        firstDayShort: null,
        lastDayShort: null,
        daysShort: 0,
        lostTonnes: 0,
      });
    }
    // Twelve months whose tonnes add up to the year's 100 t.
    expect(byId(r.atOnce, 'u').monthly).toHaveLength(12);
    expect(served(byId(r.atOnce, 'u'))).toBeCloseTo(100, 9);
    expect(byId(r.atOnce, 'u').monthly[1]).toMatchObject({ month: '2025-02' });
    expect(byId(r.atOnce, 'u').monthly[1]?.served).toBeCloseTo((100 * 28) / 365, 9);
  });

  it('holds a dated intervention from its first day through its last', () => {
    // The flow is halved from 10 to 20 March inclusive: 11 days short, 50 t a year less on each,
    // 50 × 11 / 365 = 1.5068 t lost, all of it in March.
    const r = simulate(
      input(chain, { events: [{ from: '2025-03-10', to: '2025-03-20', interventions: [halve] }] }),
    );
    const u = byId(r.atOnce, 'u');
    expect(u).toMatchObject({
      firstDayShort: '2025-03-10',
      lastDayShort: '2025-03-20',
      daysShort: 11,
    });
    expect(u.lostTonnes).toBeCloseTo((50 * 11) / 365, 9);
    const march = u.monthly[2] as { served: number; baseline: number };
    expect(march.baseline - march.served).toBeCloseTo((50 * 11) / 365, 9);
    expect(r.afterRerouting).toBeNull();
  });

  it('reads an open-ended event as in force to the end of the period', () => {
    // From 1 December on: 31 days short, the last of them the period's last day.
    const r = simulate(input(chain, { events: [{ from: '2025-12-01', interventions: [halve] }] }));
    expect(byId(r.atOnce, 'u')).toMatchObject({
      firstDayShort: '2025-12-01',
      lastDayShort: '2025-12-31',
      daysShort: 31,
    });
  });

  it('applies a series month by month, each factor for its whole month', () => {
    // Baseline month 10; May reads 5 (factor 0.5), June 12 (above baseline: factor 1). May is
    // short, all 31 days of it, at 50 t a year less: 50 × 31 / 365 t lost.
    const r = simulate(
      input(chain, {
        series: [
          {
            id: 's',
            label: 's',
            unit: 't',
            baseline: { value: 10 },
            flows: [{ source: 'm', target: 't' }],
            points: { '2025-05': { value: 5 }, '2025-06': { value: 12 } },
          },
        ],
      }),
    );
    const u = byId(r.atOnce, 'u');
    expect(u).toMatchObject({
      firstDayShort: '2025-05-01',
      lastDayShort: '2025-05-31',
      daysShort: 31,
    });
    expect(u.lostTonnes).toBeCloseTo((50 * 31) / 365, 9);
    expect(r.notes.join(' ')).toContain('has no figure for 2025-01');
  });
});

describe('bad input', () => {
  it('is refused with a message saying where and what', () => {
    expect(() => simulate(input(chain, { from: '2025-02-30' }))).toThrow(
      'simulate: from: "2025-02-30" is not a day',
    );
    expect(() => simulate(input(chain, { from: '2025-03-01', to: '2025-02-01' }))).toThrow(
      'to (2025-02-01) is before from (2025-03-01)',
    );
    const ghost: Intervention = { type: 'remove-node', node: 'ghost' };
    expect(() =>
      simulate(input(chain, { events: [{ from: '2025-03-01', interventions: [halve, ghost] }] })),
    ).toThrow('events[0].interventions[1] (remove-node): unknown node "ghost"');
    expect(() =>
      simulate(
        input(chain, {
          series: [
            {
              id: 's',
              label: 's',
              unit: 't',
              flows: [{ source: 'm', target: 'u' }],
              points: {},
            },
          ],
        }),
      ),
    ).toThrow('series s: flows[0]:');
  });
});
