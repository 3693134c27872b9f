// Time to survive (src/core/analysis/time/survive.ts): for each node, the whole days every end
// user stays fully served with it down. Worked by hand, checked against the stocks-only days to
// shortfall (stocks.ts) where nothing can be rerouted or switched, and through the command line
// (--sweep-survive) and the explorer's engine, which must give the same figures.
import highsLoader from 'highs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildSupplyGraph,
  simulateStocks,
  unitFactors,
  type AnalysisNetwork,
} from '../../../src/core/analysis/index.ts';
import {
  surviveSweep,
  timeToSurvive,
  SURVIVE_HORIZON_DAYS,
} from '../../../src/core/analysis/time/survive.ts';
import type { SupplyEdge, SupplyNode } from '../../../src/core/model.ts';
import { runAnalyze, nodeIo } from '../../../src/cli/runAnalyze.ts';
import { createEngine } from '../../../src/workers/engine.ts';
import { hasSurvive } from '../../../src/core/analysis/time/survive.ts';
import { timeDataset, timeDatasetFile } from './periodFixture.ts';

const solver = await highsLoader();
const node = (id: string, stage: SupplyNode['stage'], extra: Partial<SupplyNode> = {}) =>
  ({ id, stage, country: 'XX', ...extra }) as SupplyNode;
const edge = (source: string, target: string, flow: number): SupplyEdge => ({
  source,
  target,
  flow,
  material: 'ore',
});

// Mine m ships 365 t a year to trader t1 (stock 30 t) for end user u1, and 146 t to trader t2
// (stock 12.5 t) for u2. Every capacity is the baseline's (or unknown): nothing is spare, and
// no converter has a second recipe, so nothing can be rerouted or switched.
const twoStocks: AnalysisNetwork = {
  nodes: [
    node('m', 'mine', { production: 511, capacity: 511 }),
    node('t1', 'intermediary', { stock: { ore: 30 } }),
    node('t2', 'intermediary', { stock: { ore: 12.5 } }),
    node('u1', 'end-user'),
    node('u2', 'end-user'),
  ],
  edges: [edge('m', 't1', 365), edge('m', 't2', 146), edge('t1', 'u1', 365), edge('t2', 'u2', 146)],
};

describe('time to survive', () => {
  it('is the days to shortfall of the stocks alone when nothing can be rerouted or switched', () => {
    // With m down, t1 draws its 30 t at 1 t a day (365 a year): u1 is fully served for 30 days
    // and short on day 31. t2 draws 12.5 t at 0.4 t a day: 31.25 days, so u2 is short during
    // day 32. Every end user is fully served for 30 whole days; u1 is short first.
    const m = timeToSurvive(twoStocks, 'm', { solver });
    expect(m.atOnce).toEqual({ days: 30, shortFirst: ['u1'] });
    expect(m.afterRerouting).toEqual({ days: 30, shortFirst: ['u1'] });
    // The same from the stocks-only model, node by node: floor(min over end users).
    const g = buildSupplyGraph(twoStocks);
    for (const entry of surviveSweep(twoStocks, { solver })) {
      const f = unitFactors(g);
      f.node[g.index.get(entry.id) as number] = 0;
      const days = simulateStocks(g, f).daysToShortfall.filter(
        (d, i) => d !== null && g.ids[g.endUsers[i] as number] !== entry.id,
      ) as number[];
      const expected = days.length === 0 ? null : Math.floor(Math.min(...days));
      expect([entry.id, entry.atOnce.days]).toEqual([entry.id, expected]);
      expect([entry.id, entry.afterRerouting?.days]).toEqual([entry.id, expected]);
    }
  });

  it('ranks the shortest first, and beyond the horizon is null ("more than")', () => {
    const ranked = surviveSweep(twoStocks, { solver });
    // t1 and t2 down: their end user is short on day 0 (their stock goes with them); m: 30
    // days; an end user down leaves the other fully served: beyond the horizon.
    expect(ranked.map((e) => [e.id, e.afterRerouting?.days])).toEqual([
      ['t1', 0],
      ['t2', 0],
      ['m', 30],
      ['u1', null],
      ['u2', null],
    ]);
    // A stock that outlasts a shorter horizon is "more than" it.
    expect(timeToSurvive(twoStocks, 'm', { solver, horizonDays: 20 }).atOnce).toEqual({
      days: null,
      shortFirst: [],
    });
    expect(SURVIVE_HORIZON_DAYS).toBe(3 * 365);
  });
});

interface SurviveReport {
  sweepSurvive: {
    horizonDays: number;
    horizonYears: number;
    ranking: string;
    nodes: {
      rank: number;
      id: string;
      timeToSurvive: string;
      atOnce: { days: number | null; shortFirst: string[] };
      afterRerouting: { days: number | null; shortFirst: string[] } | null;
    }[];
  };
}

describe('--sweep-survive', () => {
  const FILE = timeDatasetFile();
  const run = (args: readonly string[]) => runAnalyze([FILE, ...args], { ...nodeIo, solver });

  it('ranks every node by time to survive after rerouting, worked out by hand', async () => {
    const result = await run(['--sweep-survive']);
    expect(result.code).toBe(0);
    const { sweepSurvive: s } = JSON.parse(result.stdout) as SurviveReport;
    expect(s).toMatchObject({ horizonDays: 1095, horizonYears: 3, ranking: 'afterRerouting' });
    // t down: a and b short at once. m1 down: t loses 1 t a day; at once its 10 t last 10
    // days; after rerouting m2's spare 0.2 t a day leaves 0.8 t a day to draw: 12.5 days, so 12
    // whole days. m2 down: t loses 0.2 t a day, m1 has nothing spare: 50 days either way. An
    // end user down leaves the other served: more than 3 years.
    expect(s.nodes.map((n) => [n.rank, n.id, n.atOnce.days, n.afterRerouting?.days])).toEqual([
      [1, 't', 0, 0],
      [2, 'm1', 10, 12],
      [3, 'm2', 50, 50],
      [4, 'a', null, null],
      [5, 'b', null, null],
    ]);
    expect(s.nodes.map((n) => n.timeToSurvive)).toEqual([
      '0 days',
      '12 days',
      '50 days',
      'more than 3 years',
      'more than 3 years',
    ]);
    expect(s.nodes[1]?.afterRerouting?.shortFirst).toEqual(['a', 'b']);
  });

  it('--format csv: one row per node, shortest first', async () => {
    const result = await run(['--sweep-survive', '--format', 'csv']);
    const rows = Papa.parse<Record<string, string>>(result.stdout.trim(), { header: true }).data;
    expect(rows.map((r) => [r['rank'], r['id'], r['afterReroutingDays'], r['atOnceDays']])).toEqual(
      [
        ['1', 't', '0', '0'],
        ['2', 'm1', '12', '10'],
        ['3', 'm2', '50', '50'],
        ['4', 'a', '', ''],
        ['5', 'b', '', ''],
      ],
    );
    expect(rows[3]).toMatchObject({ timeToSurvive: 'more than 3 years', horizonDays: '1095' });
  });

  it('the explorer’s engine gives the command line’s figures', async () => {
    const engine = createEngine(async () => solver);
    engine.load({ nodes: timeDataset.nodes, edges: timeDataset.edges } as AnalysisNetwork);
    const rows = await engine.sweep(undefined, undefined, true);
    expect(rows.every(hasSurvive)).toBe(true);
    const cli = JSON.parse((await run(['--sweep-survive'])).stdout) as SurviveReport;
    expect(
      rows.map((r) => (hasSurvive(r) ? [r.id, r.survive.atOnce, r.survive.afterRerouting] : [])),
    ).toEqual(cli.sweepSurvive.nodes.map((n) => [n.id, n.atOnce, n.afterRerouting]));
    // Without asking, the sweep is the removal sweep as before.
    expect((await engine.sweep()).some(hasSurvive)).toBe(false);
  });
});
