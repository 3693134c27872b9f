// The simulated period cut into pieces on which the scenario is constant: a piece ends at every
// month boundary (a series' factor holds for its whole month), on an event's first day and the
// day after its last, on a ramp's day, and on the day a recipe's lead time since the shock's start
// has passed. Stocks running out or refilled cut the pieces further as the run goes
// (simulate.ts); nothing else changes within a piece, so the run steps from change to change.
import type { Intervention } from '../../scenario.ts';
import { monthScenario, type PeriodSeriesLike } from '../../periods.ts';
import type { AnalysisNetwork } from '../flows/supplyGraph.ts';
import { dayNumber, dayText, monthText, nextMonthStart } from './calendar.ts';

export interface TimedEvent {
  readonly from: string;
  readonly to?: string | undefined;
  readonly interventions: readonly Intervention[];
}

export interface Segment {
  /** Day offsets from the period's first day: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Index into Plan.months. */
  readonly month: number;
  /** Every intervention in force: the events' (in order), then the month's series. */
  readonly interventions: readonly Intervention[];
  /** Capacity set by a ramp, per node id, where one is in force. */
  readonly capacities: ReadonlyMap<string, number>;
  /** Days since the shock began (0 before it), for recipe lead times. */
  readonly elapsed: number;
}

export interface Plan {
  /** Day number of the period's first day; `days` days in all. */
  readonly firstDay: number;
  readonly days: number;
  readonly months: readonly string[];
  readonly segments: readonly Segment[];
  /** Day offset lead times count from, or null when nothing is ever cut. */
  readonly shockStart: number | null;
  readonly notes: readonly string[];
}

export interface PlanInput {
  readonly network: AnalysisNetwork;
  readonly from: string;
  readonly to: string;
  readonly events: readonly TimedEvent[];
  readonly series: readonly PeriodSeriesLike[];
  readonly shockStart?: string | undefined;
}

interface DatedEvent {
  readonly from: number;
  /** The day after its last (Infinity when open-ended). */
  readonly until: number;
  readonly interventions: readonly Intervention[];
}

/** Cuts the period into pieces; `cuts` says whether a list of interventions cuts anything. */
export function planSegments(
  input: PlanInput,
  cuts: (interventions: readonly Intervention[]) => boolean,
): Plan {
  const firstDay = dayNumber(input.from, 'simulate: from');
  const lastDay = dayNumber(input.to, 'simulate: to');
  if (lastDay < firstDay) {
    throw new Error(`simulate: to (${input.to}) is before from (${input.from})`);
  }
  const days = lastDay - firstDay + 1;
  const events: DatedEvent[] = input.events.map((e, i) => {
    const from = dayNumber(e.from, `simulate: events[${i}].from`) - firstDay;
    const to = e.to === undefined ? Infinity : dayNumber(e.to, `simulate: events[${i}].to`);
    if (to - firstDay < from) {
      throw new Error(`simulate: events[${i}]: to (${e.to ?? ''}) is before from (${e.from})`);
    }
    return { from, until: to - firstDay + 1, interventions: e.interventions };
  });
  const ramps = rampDays(input.network, firstDay);
  const cutDays = new Set<number>();
  const months: string[] = [];
  for (let d = firstDay; d <= lastDay; d = nextMonthStart(d)) {
    months.push(monthText(d));
    cutDays.add(d - firstDay);
  }
  for (const e of events) cutDays.add(e.from).add(e.until);
  for (const r of ramps) cutDays.add(r.day);
  const scenarioOf = monthlyScenarios(input.series, months);
  const build = (shock: number | null, extra: readonly number[]): Segment[] => {
    const all = [...cutDays, ...extra].filter((d) => d >= 0 && d < days).sort((a, b) => a - b);
    return all.map((start, k) => {
      const month = months.indexOf(monthText(firstDay + start));
      const inForce = events.filter((e) => e.from <= start && start < e.until);
      return {
        start,
        end: all[k + 1] ?? days,
        month,
        interventions: [
          ...inForce.flatMap((e) => e.interventions),
          ...(scenarioOf[month] as readonly Intervention[]),
        ],
        capacities: capacitiesAt(ramps, start),
        elapsed: shock === null ? 0 : Math.max(0, start - shock),
      };
    });
  };
  const first = build(null, []);
  const shockStart =
    input.shockStart !== undefined
      ? dayNumber(input.shockStart, 'simulate: shockStart') - firstDay
      : (first.find((s) => cuts(s.interventions))?.start ?? null);
  const leads = shockStart === null ? [] : leadDays(input.network).map((d) => shockStart + d);
  const notes = seriesNotes(input.series, months);
  if (shockStart !== null) {
    notes.push(`Lead times count from ${dayText(firstDay + shockStart)}.`);
  }
  return { firstDay, days, months, segments: build(shockStart, leads), shockStart, notes };
}

interface RampDay {
  readonly node: string;
  /** Day offset (negative: before the period). */
  readonly day: number;
  readonly capacity: number;
}

function rampDays(network: AnalysisNetwork, firstDay: number): RampDay[] {
  const out: RampDay[] = [];
  network.nodes.forEach((node, i) => {
    (node.ramps ?? []).forEach((r, k) => {
      const where = `simulate: nodes[${i}] (${node.id}).ramps[${k}].from`;
      out.push({ node: node.id, day: dayNumber(r.from, where) - firstDay, capacity: r.capacity });
    });
  });
  return out.sort((a, b) => a.day - b.day);
}

/** Each ramped node's capacity on day `start`: its latest ramp on or before that day. */
function capacitiesAt(ramps: readonly RampDay[], start: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of ramps) if (r.day <= start) out.set(r.node, r.capacity);
  return out;
}

/** Every recipe's lead time that is above 0, once each. */
function leadDays(network: AnalysisNetwork): number[] {
  const out = new Set<number>();
  for (const node of network.nodes) {
    for (const r of node.recipes ?? [])
      if ((r.leadDays ?? 0) > 0) out.add(Math.ceil(r.leadDays ?? 0));
  }
  return [...out];
}

function monthlyScenarios(
  series: readonly PeriodSeriesLike[],
  months: readonly string[],
): (readonly Intervention[])[] {
  return months.map((m) => monthScenario(series, m).interventions);
}

/** Which series have no figure for which months of the period (their flows stay at baseline). */
function seriesNotes(series: readonly PeriodSeriesLike[], months: readonly string[]): string[] {
  return series.flatMap((s) => {
    const missing = months.filter((m) => s.points[m] === undefined);
    return missing.length === 0
      ? []
      : [
          `Series ${s.id} has no figure for ${missing.join(', ')}: its flows stay at baseline then.`,
        ];
  });
}
