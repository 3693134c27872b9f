// Time to survive (model v4): for a node, the longest time every end user stays fully served if
// that node goes down, drawing on stocks, rerouting and recipe switches (the measure of
// Simchi-Levi's risk-exposure work). It is read off the simulation over time (simulate.ts): the
// node removed from day 0, no other event, no monthly series, and the dataset's ramps left out
// (so the answer does not depend on the calendar day the run starts: the network is the
// baseline's throughout). The run lasts a stated horizon; a node whose loss nobody feels within
// it survives "more than" the horizon (null).
//
// Days are whole days from the start: 0 means some end user is short on the first day; 30
// means every end user is fully served for 30 days and one is short on the 31st. The node
// removed is not counted as an end user short of its own supply.
import type { AnalysisNetwork, SupplyGraph } from '../flows/supplyGraph.ts';
import { removalSweep, type SweepEntry } from '../sweep.ts';
import type { LpSolver } from '../rerouting/lp/types.ts';
import type { Stage, SupplyNode } from '../../model.ts';
import { simulate, type EndUserTimeline } from './simulate.ts';

export const SURVIVE_HORIZON_YEARS = 3;
/** The horizon in days: three years of 365 days. */
export const SURVIVE_HORIZON_DAYS = SURVIVE_HORIZON_YEARS * 365;

/** How long every end user stays fully served in one outcome. */
export interface SurviveFigure {
  /** Whole days every end user is fully served; null: all of the horizon (more than it). */
  readonly days: number | null;
  /** The end user (or users, by id) short first; empty when none is short within the horizon. */
  readonly shortFirst: readonly string[];
}

export interface SurviveEntry {
  readonly id: string;
  readonly stage: Stage;
  readonly country: string;
  /** With no substitution: stocks alone. */
  readonly atOnce: SurviveFigure;
  /** With rerouting and recipe switches too; null when no rerouting was computed. */
  readonly afterRerouting: SurviveFigure | null;
}

/**
 * Day 0 of every run. Nothing in a time-to-survive run is dated (no events, no series, no
 * ramps), so the day only names the days; one fixed day makes the explorer and the command line
 * run the very same simulation.
 */
export const SURVIVE_START = '2001-01-01';

export interface SurviveOptions {
  /** Day 0, "YYYY-MM-DD" (default SURVIVE_START). */
  readonly start?: string;
  /** Days simulated (default SURVIVE_HORIZON_DAYS). */
  readonly horizonDays?: number;
  readonly solver?: LpSolver | undefined;
  /** The nodes to take down in turn (default every node). */
  readonly nodes?: readonly string[];
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

const DAY_MS = 86_400_000;

/** The day `days` after `day` ("YYYY-MM-DD"). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (0 when the same day). */
export function dayIndex(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The network as the baseline holds it for good: every node's ramps left out. */
function withoutRamps(network: AnalysisNetwork): AnalysisNetwork {
  if (!network.nodes.some((n) => n.ramps !== undefined)) return network;
  return {
    ...network,
    nodes: network.nodes.map((n): SupplyNode => {
      if (n.ramps === undefined) return n;
      const rest: { -readonly [K in keyof SupplyNode]: SupplyNode[K] } = { ...n };
      delete rest.ramps;
      return rest;
    }),
  };
}

/** The figure for one outcome: the earliest first day short among the end users counted. */
function figureOf(
  timelines: readonly EndUserTimeline[],
  start: string,
  removed: string,
): SurviveFigure {
  let days: number | null = null;
  let shortFirst: string[] = [];
  for (const t of timelines) {
    if (t.id === removed || t.firstDayShort === null) continue;
    const d = Math.max(0, dayIndex(start, t.firstDayShort));
    if (days === null || d < days) {
      days = d;
      shortFirst = [t.id];
    } else if (d === days) shortFirst.push(t.id);
  }
  return { days, shortFirst: shortFirst.sort() };
}

/** How long every end user stays fully served with node `id` down from day 0. */
export function timeToSurvive(
  network: AnalysisNetwork,
  id: string,
  options: SurviveOptions,
): { atOnce: SurviveFigure; afterRerouting: SurviveFigure | null; notes: readonly string[] } {
  const horizon = options.horizonDays ?? SURVIVE_HORIZON_DAYS;
  const start = options.start ?? SURVIVE_START;
  const result = simulate({
    network: withoutRamps(network),
    from: start,
    to: addDays(start, horizon - 1),
    events: [{ from: start, interventions: [{ type: 'remove-node', node: id }] }],
    series: [],
    shockStart: start,
    ...(options.solver === undefined ? {} : { solver: options.solver }),
  });
  return {
    atOnce: figureOf(result.atOnce, start, id),
    afterRerouting:
      result.afterRerouting === null ? null : figureOf(result.afterRerouting, start, id),
    notes: result.notes,
  };
}

/** Shortest first; a figure beyond the horizon (null) last; then by id. */
const byDays = (a: SurviveFigure | null, b: SurviveFigure | null) =>
  (a?.days ?? Infinity) - (b?.days ?? Infinity);

/** What ranks a node: its figure after rerouting when there is one, at once otherwise. */
export const rankingFigure = (e: SurviveEntry): SurviveFigure => e.afterRerouting ?? e.atOnce;

/** Every node (or `options.nodes`) taken down in turn, the shortest time to survive first. */
export function surviveSweep(
  network: AnalysisNetwork,
  options: SurviveOptions = {},
): SurviveEntry[] {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const ids = options.nodes ?? [...byId.keys()].sort();
  const entries: SurviveEntry[] = [];
  ids.forEach((id, i) => {
    const node = byId.get(id);
    if (node === undefined) throw new Error(`time to survive: unknown node "${id}"`);
    const { atOnce, afterRerouting } = timeToSurvive(network, id, options);
    entries.push({
      id,
      stage: node.stage,
      country: node.country,
      atOnce,
      afterRerouting,
    });
    options.onProgress?.(i + 1, ids.length);
  });
  return entries.sort(
    (a, b) =>
      byDays(rankingFigure(a), rankingFigure(b)) ||
      byDays(a.atOnce, b.atOnce) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A removal-sweep row with the node's time to survive (the explorer's sweep tab). */
export type SweepSurviveEntry = SweepEntry & {
  readonly survive: {
    readonly atOnce: SurviveFigure;
    readonly afterRerouting: SurviveFigure | null;
    readonly horizonDays: number;
  };
};

export const hasSurvive = (e: SweepEntry): e is SweepSurviveEntry => 'survive' in e;

/**
 * The removal sweep's rows (losses at once; no rerouting programs) with each node's time to
 * survive, shortest first as surviveSweep ranks them.
 */
export function survivalSweep(
  network: AnalysisNetwork,
  g: SupplyGraph,
  options: Omit<SurviveOptions, 'nodes'> = {},
): SweepSurviveEntry[] {
  const losses = new Map(removalSweep(g, { rerouting: 'none' }).map((e) => [e.id, e]));
  const horizonDays = options.horizonDays ?? SURVIVE_HORIZON_DAYS;
  return surviveSweep(network, options).flatMap((s) => {
    const row = losses.get(s.id);
    if (row === undefined) return [];
    return [
      { ...row, survive: { atOnce: s.atOnce, afterRerouting: s.afterRerouting, horizonDays } },
    ];
  });
}
