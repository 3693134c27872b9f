// The hindcast (issue 24): a year simulated day by day from the baseline with the dataset's dated
// events, monthly series, ramps and stocks, and nothing else. For each end user, when it was
// short (first and last day), the days short and the tonnes lost, after rerouting and recipe
// switches when a solver is at hand (the block says which outcome), and the at-once figures
// beside them. `shortFromRange`: the first day short over balanced draws of every figure's range
// (uncertainty/balancedDraw.ts), p5 and p95 by nearest rank; a draw in which the end user is
// never short counts as later than any day, so a percentile that lands on one is null (not short
// within the year). Plain inputs, so the command line (cli/runHindcast.ts) and the explorer's
// analysis worker run the very same computation.
import type { Intervention } from '../../scenario.ts';
import type { PeriodSeriesLike } from '../../periods.ts';
import type { LpSolver } from '../rerouting/lp/types.ts';
import { buildSupplyGraph, type AnalysisNetwork } from '../flows/supplyGraph.ts';
import { seededRandom } from '../uncertainty/random.ts';
import { drawnNetwork } from './drawnNetwork.ts';
import { simulate, type EndUserTimeline } from './simulate.ts';
import { addDays, dayIndex } from './survive.ts';

/** Draws of the hindcast's range: each is a year's simulation, so a modest number. */
export const DEFAULT_HINDCAST_SAMPLES = 20;

export interface HindcastFigures {
  readonly shortFrom: string | null;
  readonly shortUntil: string | null;
  readonly daysShort: number;
  readonly lostTonnes: number;
}

export interface HindcastEndUser extends HindcastFigures {
  readonly id: string;
  /** p5 and p95 of the first day short over the draws (null: not short); null with no draws. */
  readonly shortFromRange: {
    readonly p5: string | null;
    readonly p95: string | null;
    /** Share of the draws (0-1) in which the end user is short at all within the year. */
    readonly shortInDraws: number;
  } | null;
  readonly atOnce: HindcastFigures;
  readonly monthly: EndUserTimeline['monthly'];
}

export interface HindcastBlock {
  readonly year: number;
  readonly from: string;
  readonly to: string;
  /** Which outcome the headline figures are. */
  readonly outcome: 'afterRerouting' | 'atOnce';
  readonly outcomeMeaning: string;
  readonly events: readonly { id: string; label: string; from: string; to: string | null }[];
  readonly series: readonly string[];
  /** Draws the range rests on (those that ran), and their seed. */
  readonly samples: number;
  readonly seed: number;
  readonly shortFromRangeMeaning: string;
  readonly notes: readonly string[];
  readonly endUsers: readonly HindcastEndUser[];
}

/** A dated event as the dataset gives it (schemaV4.ts's eventSchema). */
export interface HindcastEvent {
  readonly id: string;
  readonly label: string;
  readonly from: string;
  readonly to?: string | undefined;
  readonly interventions: readonly Intervention[];
}

export interface HindcastRequest {
  readonly year: number;
  readonly samples: number;
  readonly seed: number;
  readonly solver?: LpSolver | undefined;
}

/** What the explorer's worker is asked: the request without the solver, and the dated inputs. */
export interface HindcastQuestion {
  readonly year: number;
  readonly samples: number;
  readonly seed: number;
  /** Every dated event of the dataset; those that touch the year are used. */
  readonly events: readonly HindcastEvent[];
  /** Every monthly series of the dataset; those with a figure in the year are used. */
  readonly series: readonly PeriodSeriesLike[];
}

export interface HindcastInput extends HindcastRequest {
  /** Nodes may carry ramps, stocks and recipes. */
  readonly network: AnalysisNetwork;
  /** Every dated event of the dataset; those that touch the year are used. */
  readonly events: readonly HindcastEvent[];
  /** Every monthly series of the dataset; those with a figure in the year are used. */
  readonly series: readonly PeriodSeriesLike[];
  /** After the baseline run and after each draw: `done` of `total` runs. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

const OUTCOME_MEANING = {
  afterRerouting:
    'shortFrom, shortUntil, daysShort, lostTonnes and shortFromRange are after rerouting and recipe switches (each after its lead time), with stocks drawn down and refilled; atOnce holds the same figures with no substitution (stocks only)',
  atOnce:
    'no linear-program solver, so no rerouting: shortFrom, shortUntil, daysShort, lostTonnes and shortFromRange are with no substitution (stocks only), as atOnce',
} as const;

const RANGE_MEANING =
  'the first day short over balanced draws of every figure with a range (flows, production, capacities, stocks), p5 and p95 by nearest rank; a draw in which the end user is not short within the year counts as later than every day, so a percentile that lands on one is null';

const figures = (t: EndUserTimeline): HindcastFigures => ({
  shortFrom: t.firstDayShort,
  shortUntil: t.lastDayShort,
  daysShort: t.daysShort,
  lostTonnes: t.lostTonnes,
});

/** The events that touch [from, to] (an event with no end runs on). */
export function eventsWithin<E extends { from: string; to?: string | undefined }>(
  events: readonly E[],
  from: string,
  to: string,
): E[] {
  return events.filter((e) => e.from <= to && (e.to === undefined || e.to >= from));
}

/** The hindcast block, or the reason the year cannot be hindcast from these inputs. */
export function hindcast(request: HindcastInput): HindcastBlock | string {
  const { network, year, solver, samples, seed, onProgress } = request;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const events = eventsWithin(request.events, from, to);
  const prefix = `${year}-`;
  const series = request.series.filter((s) =>
    Object.keys(s.points).some((m) => m.startsWith(prefix)),
  );
  if (events.length === 0 && series.length === 0) {
    return `the dataset has no dated events and no monthly figures in ${year}, so there is nothing to hindcast`;
  }
  const input = {
    from,
    to,
    events: events.map((e) => ({
      from: e.from,
      ...(e.to === undefined ? {} : { to: e.to }),
      interventions: e.interventions,
    })),
    series,
    ...(solver === undefined ? {} : { solver }),
  };
  const g = buildSupplyGraph(network);
  const runs = g.ranges.count > 0 ? samples : 0;
  const point = simulate({ network, ...input });
  onProgress?.(1, runs + 1);
  const outcome = point.afterRerouting === null ? 'atOnce' : 'afterRerouting';
  const pick = (r: typeof point) =>
    (outcome === 'afterRerouting' ? r.afterRerouting : r.atOnce) ?? [];
  // The first day short of every end user in every draw (Infinity: never within the year).
  const random = seededRandom(seed);
  const drawn = new Map<string, number[]>();
  const failed: string[] = [];
  for (let s = 0; s < runs; s++) {
    try {
      const run = simulate({ network: drawnNetwork(network, g, random), ...input });
      for (const t of pick(run)) {
        const days = t.firstDayShort === null ? Infinity : dayIndex(from, t.firstDayShort);
        drawn.set(t.id, [...(drawn.get(t.id) ?? []), days]);
      }
    } catch (error) {
      failed.push(`draw ${s + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
    onProgress?.(s + 2, runs + 1);
  }
  const used = samples > 0 && g.ranges.count > 0 ? samples - failed.length : 0;
  const atOnce = new Map(point.atOnce.map((t) => [t.id, t]));
  return {
    year,
    from,
    to,
    outcome,
    outcomeMeaning: OUTCOME_MEANING[outcome],
    events: events.map((e) => ({ id: e.id, label: e.label, from: e.from, to: e.to ?? null })),
    series: series.map((s) => s.id),
    samples: used,
    seed,
    shortFromRangeMeaning: RANGE_MEANING,
    notes: [
      ...point.notes,
      ...(g.ranges.count === 0 && samples > 0 ? ['no figure has a range: nothing to draw'] : []),
      ...failed,
    ],
    endUsers: pick(point).map((t): HindcastEndUser => {
      const days = drawn.get(t.id);
      const at = atOnce.get(t.id) ?? t;
      return {
        id: t.id,
        ...figures(t),
        shortFromRange: days === undefined || days.length === 0 ? null : rangeOf(days, from),
        atOnce: figures(at),
        monthly: t.monthly,
      };
    }),
  };
}

/** p5 and p95 by nearest rank of the first days short (Infinity: not short), as days. */
function rangeOf(
  days: readonly number[],
  from: string,
): NonNullable<HindcastEndUser['shortFromRange']> {
  const sorted = [...days].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
  const day = (d: number) => (Number.isFinite(d) ? addDays(from, d) : null);
  return {
    p5: day(rank(0.05)),
    p95: day(rank(0.95)),
    shortInDraws: sorted.filter(Number.isFinite).length / sorted.length,
  };
}
