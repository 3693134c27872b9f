// The simulation over time with capacity ramps and stocks, and its agreement with the figures of
// a what-if for a scenario that never changes. Hand-worked numbers in the comments; a day is
// 1/365 of a year of flow.
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
import { simulate, type EndUserTimeline } from '../../../../../src/core/analysis/time/simulate.ts';
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
const served = (t: EndUserTimeline) => t.monthly.reduce((s, m) => s + m.served, 0);

/**
 * Mine a (100 t) ships only to u; mine b (110 t, capacity 110) ships 100 t to v and 10 t to u
 * over a link that could carry more. u's baseline is 110 t.
 */
function twoMines(bExtra: Partial<SupplyNode>): AnalysisNetwork {
  return {
    nodes: [
      node('a', 'mine', { production: 100, capacity: 100 }),
      node('b', 'mine', { production: 110, capacity: 110, ...bExtra }),
      node('u', 'end-user'),
      node('v', 'end-user'),
    ],
    edges: [edge('a', 'u', 100), edge('b', 'v', 100), edge('b', 'u', 10)],
  };
}
const removeA: Intervention = { type: 'remove-node', node: 'a' };

describe('capacity ramps', () => {
  it('add capacity from their day, which rerouting can use', async () => {
    // a is gone all year. At once u keeps b's 10 t of 110 t: short all 365 days, 100 t lost.
    // After rerouting, b has no spare capacity until its ramp to 210 t on 1 July; from then it
    // sends u the 100 t it lacks. Short 1 January – 30 June (181 days), 100 × 181/365 t lost.
    const r = simulate({
      network: twoMines({
        ramps: [{ from: '2025-07-01', capacity: 210 }] as SupplyNode['ramps'],
      }),
      ...YEAR,
      events: [{ from: '2025-01-01', interventions: [removeA] }],
      series: [],
      solver: await loadSolver(),
    });
    expect(byId(r.atOnce, 'u')).toMatchObject({ daysShort: 365, lastDayShort: '2025-12-31' });
    expect(byId(r.atOnce, 'u').lostTonnes).toBeCloseTo(100, 9);
    const after = byId(r.afterRerouting, 'u');
    expect(after).toMatchObject({
      firstDayShort: '2025-01-01',
      lastDayShort: '2025-06-30',
      daysShort: 181,
    });
    expect(after.lostTonnes).toBeCloseTo((100 * 181) / 365, 4);
    // v keeps its 100 t throughout.
    expect(byId(r.afterRerouting, 'v').daysShort).toBe(0);
  });
});

describe('a ramp below baseline output', () => {
  it('cuts what the node passes on from its day, at once and after rerouting', async () => {
    // Trader t passes on a mine's 100 t to u; from 1 July its capacity is 60 t: u is short from
    // 1 July to 31 December, 184 days, 40 t a year less: 40 × 184/365 = 20.16 t lost.
    const network: AnalysisNetwork = {
      nodes: [
        node('m', 'mine', { production: 100 }),
        node('t', 'intermediary', {
          ramps: [{ from: '2025-07-01', capacity: 60 }] as SupplyNode['ramps'],
        }),
        node('u', 'end-user'),
      ],
      edges: [edge('m', 't', 100), edge('t', 'u', 100)],
    };
    const r = simulate({ network, ...YEAR, events: [], series: [], solver: await loadSolver() });
    for (const list of [r.atOnce, r.afterRerouting]) {
      const u = byId(list, 'u');
      expect(u).toMatchObject({ firstDayShort: '2025-07-01', daysShort: 184 });
      expect(u.lostTonnes).toBeCloseTo((40 * 184) / 365, 4);
    }
  });
});

/**
 * Mine m (100 t; capacity as given) ships all of it to end user u, which holds 10 t. Two cuts
 * halve the link: 1–28 February, and from 1 June on.
 */
function stockedChain(capacity: number | null): AnalysisNetwork {
  return {
    nodes: [
      node('m', 'mine', { production: 100, capacity }),
      node('u', 'end-user', { stock: { '': 10 } }),
    ],
    edges: [edge('m', 'u', 100)],
  };
}
const halve: Intervention = { type: 'scale-flow', source: 'm', target: 'u', factor: 0.5 };
const twoCuts = [
  { from: '2025-02-01', to: '2025-02-28', interventions: [halve] },
  { from: '2025-06-01', interventions: [halve] },
];

describe('stocks over time', () => {
  it('are drawn down in a cut and refilled from spare capacity when supply returns', async () => {
    // February: u draws 50 t a year for 28 days, 3.836 t; 6.164 t are left and nobody is short.
    // From 1 March m has 150 − 100 = 50 t a year spare and u takes all of it: 3.836 t back in 28
    // days, full by 29 March. The June cut finds 10 t, which last 10/50 of a year = 73 days:
    // short from 13 August (1 June + 73 days) to 31 December, 141 days.
    const r = simulate({
      network: stockedChain(150),
      ...YEAR,
      events: twoCuts,
      series: [],
      solver: await loadSolver(),
    });
    for (const list of [r.atOnce, r.afterRerouting]) {
      const u = byId(list, 'u');
      expect(u).toMatchObject({ firstDayShort: '2025-08-13', daysShort: 141 });
      // Lost: 50 t a year over the last 141 days.
      expect(u.lostTonnes).toBeCloseTo((50 * 141) / 365, 4);
    }
  });

  it('are not refilled when nobody upstream has known spare capacity', () => {
    // m's capacity is unknown, so never spare: u still has 6.164 t on 1 June, which last
    // 6.164/50 of a year = 45 days: short from 16 July (1 June + 45 days), 169 days.
    const r = simulate({ network: stockedChain(null), ...YEAR, events: twoCuts, series: [] });
    expect(byId(r.atOnce, 'u')).toMatchObject({ firstDayShort: '2025-07-16', daysShort: 169 });
  });
});

describe('stocks refilled from material a supplier cannot pass on', () => {
  // Mine m (100 t, capacity unknown) ships to exporter x, which ships 50 t to a (holding 10 t)
  // and 50 t to b. The x > a link is halved in February and again from 1 June on.
  const network: AnalysisNetwork = {
    nodes: [
      node('m', 'mine', { production: 100 }),
      node('x', 'intermediary'),
      node('a', 'end-user', { stock: { '': 10 } }),
      node('b', 'end-user'),
    ],
    edges: [edge('m', 'x', 100), edge('x', 'a', 50), edge('x', 'b', 50)],
  };
  const halveA: Intervention = { type: 'scale-flow', source: 'x', target: 'a', factor: 0.5 };
  const cuts = [
    { from: '2025-02-01', to: '2025-02-28', interventions: [halveA] },
    { from: '2025-06-01', interventions: [halveA] },
  ];

  it('refill when a route of the supplier is blocked', async () => {
    // February: a draws 25 t a year for 28 days, 1.918 t. In March x > b is blocked: 50 t a year
    // pile up at x, and a, half of x's customers by baseline flow, takes 25 t a year: full again
    // in 28 days. From 1 June its 10 t last 10/25 of a year, 146 days: short from 25 October,
    // 68 days.
    // After rerouting a may take all 50 t a year that x can no longer send b: full in 14 days,
    // and the same 10 t in June.
    const blockB: Intervention = { type: 'block-edge', source: 'x', target: 'b' };
    const r = simulate({
      network,
      ...YEAR,
      events: [...cuts, { from: '2025-03-01', to: '2025-03-31', interventions: [blockB] }],
      series: [],
      solver: await loadSolver(),
    });
    for (const list of [r.atOnce, r.afterRerouting]) {
      expect(byId(list, 'a')).toMatchObject({ firstDayShort: '2025-10-25', daysShort: 68 });
    }
  });

  it('stay drawn down when nothing is left over', async () => {
    // Without the March block nothing is spare (m's capacity is unknown): a enters June with
    // 8.082 t, which last 118 days: short from 27 September.
    const r = simulate({ network, ...YEAR, events: cuts, series: [], solver: await loadSolver() });
    for (const list of [r.atOnce, r.afterRerouting]) {
      expect(byId(list, 'a')).toMatchObject({ firstDayShort: '2025-09-27' });
    }
  });
});

/**
 * Mines n (100 t NdPr) and d (10 t Dy) feed magnet maker c (a converter, 110 t of magnets,
 * holding 2 t of Dy), which ships 60 t to u1 (holding 5 t of magnets) and 50 t to u2.
 */
const magnets: AnalysisNetwork = {
  nodes: [
    node('n', 'mine', { production: 100 }),
    node('d', 'mine', { production: 10 }),
    node('c', 'magnet-maker', { converter: true, stock: { Dy: 2 } }),
    node('u1', 'end-user', { stock: { magnet: 5 } }),
    node('u2', 'end-user'),
  ],
  edges: [
    edge('n', 'c', 100, 'NdPr'),
    edge('d', 'c', 10, 'Dy'),
    edge('c', 'u1', 60, 'magnet'),
    edge('c', 'u2', 50, 'magnet'),
  ],
};

describe('a scenario that never changes', () => {
  it('gives at once what the days to shortfall of stocks.ts give', () => {
    // Dy to c is cut by 80% from day 0. c draws 8 t a year of Dy: its 2 t last 0.25 years,
    // 91.25 days; then c runs at 0.2, u2 gets 10 t (short from day 91, 2 April) and u1 12 t,
    // drawing 48 t a year from its 5 t: 38.02 days more, short from day 129.27 (10 May).
    const cut: Intervention = { type: 'scale-flow', source: 'd', target: 'c', factor: 0.2 };
    const r = simulate({
      network: magnets,
      ...YEAR,
      events: [{ from: YEAR.from, interventions: [cut] }],
      series: [],
    });
    const g = buildSupplyGraph(magnets);
    const factors = scenarioFactors(g, { interventions: [cut] });
    if (!factors.ok) throw new Error(factors.errors.join('; '));
    const run = simulateStocks(g, factors.factors);
    g.endUsers.forEach((v, i) => {
      const id = g.ids[v] as string;
      const t = byId(r.atOnce, id);
      const day = run.daysToShortfall[i] as number;
      const start = new Date(Date.UTC(2025, 0, 1 + Math.floor(day))).toISOString().slice(0, 10);
      expect(t.firstDayShort, id).toBe(start);
      expect(t.daysShort, id).toBe(365 - Math.floor(day));
      // Served over the year: the stock run's step curve, integrated to day 365.
      const curve = run.curves[i] ?? [];
      let tonnes = 0;
      curve.forEach((step, k) => {
        const end = Math.min(365, curve[k + 1]?.day ?? 365);
        tonnes += (step.served * Math.max(0, end - step.day)) / 365;
      });
      expect(served(t), id).toBeCloseTo(tonnes, 9);
    });
    expect(byId(r.atOnce, 'u2').firstDayShort).toBe('2025-04-02');
    expect(byId(r.atOnce, 'u1').firstDayShort).toBe('2025-05-10');
  });

  it("gives after rerouting the what-if's served amounts after rerouting", async () => {
    // a is gone; b (capacity 160) has 50 t a year spare: u gets 10 + 50 = 60 t after rerouting
    // all year, v keeps 100 t.
    const lp = await loadSolver();
    const network = twoMines({ capacity: 160 });
    const r = simulate({
      network,
      ...YEAR,
      events: [{ from: YEAR.from, interventions: [removeA] }],
      series: [],
      solver: lp,
    });
    const whatIf = analyzeScenario(
      buildSupplyGraph(network),
      { interventions: [removeA] },
      { rerouter: lpRerouter(lp) },
    );
    if (!whatIf.ok) throw new Error(whatIf.errors.join('; '));
    for (const e of whatIf.result.endUsers) {
      const t = byId(r.afterRerouting, e.id);
      expect(served(t), e.id).toBeCloseTo(e.withRerouting, 6);
      expect(t.lostTonnes, e.id).toBeCloseTo(e.lostWithRerouting, 6);
    }
    // Within the programs' tolerance (1e-5 relative, the oracle README).
    expect(byId(r.afterRerouting, 'u').lostTonnes).toBeCloseTo(50, 4);
  });
});
