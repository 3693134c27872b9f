// The simulation over time (model v4): a period run month by month, days inside a month, in both
// outcomes, with dated events, monthly series, capacity ramps and stocks. See src/core/README.md,
// "Time", for the rules in plain words and a worked example.
//
// The period is cut into pieces on which the scenario is constant (segments.ts). Within a piece
// the run goes from one stock event to the next (a stock running out, or refilled to its starting
// level): on each step the served amounts, the draws and the refills are constant, so the step's
// length is the time to the first such event. Each step is one no-substitution propagation at
// once, and one fair share after rerouting; identical steps (the same graph, the same factors, the
// same stocks holding tonnes) are solved once.
import type { Intervention } from '../../scenario.ts';
import type { PeriodSeriesLike } from '../../periods.ts';
import type { SupplyNode } from '../../model.ts';
import type { LpSolver } from '../rerouting/lp/types.ts';
import type { FlowFactors } from '../flows/noSubstitution.ts';
import { scenarioFactors } from '../flows/scenarioFactors.ts';
import { buildSupplyGraph, type AnalysisNetwork, type SupplyGraph } from '../flows/supplyGraph.ts';
import { planSegments, type Plan, type Segment } from './segments.ts';
import { slotsOf, stockKeys, type StockKeys } from './stockKeys.ts';
import { atOnceStep, reroutedStep, type StepOutcome } from './steps.ts';
import { Timelines, type EndUserTimeline } from './timeline.ts';
import { DAYS_PER_YEAR } from './stocks.ts';
import { flowSeam } from '../flows/recipeView.ts';

export type { EndUserTimeline, MonthSupply } from './timeline.ts';

export interface SimulationInput {
  /** Nodes may carry ramps, stocks and recipes. */
  readonly network: AnalysisNetwork;
  /** YYYY-MM-DD, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly events: readonly {
    from: string;
    to?: string | undefined;
    interventions: readonly Intervention[];
  }[];
  readonly series: readonly PeriodSeriesLike[];
  /** The day lead times count from; default: the first day anything is cut. */
  readonly shockStart?: string;
  /** The rerouting outcome needs it; without it only "at once". */
  readonly solver?: LpSolver;
}

export interface SimulationResult {
  readonly atOnce: readonly EndUserTimeline[];
  readonly afterRerouting: readonly EndUserTimeline[] | null;
  readonly notes: readonly string[];
}

/** Steps within one piece at most (each ends a stock's run or refill; more means a loop). */
const STEP_LIMIT_PER_STOCK = 4;

export function simulate(input: SimulationInput): SimulationResult {
  const base = buildSupplyGraph(input.network);
  const graphs = new Map<string, SupplyGraph>();
  // The graph of the network with the ramps in force; its flows run on the graph with recipes
  // expanded as the days since the shock allow (recipeView.ts), null at once: nothing switches.
  const seamFor = (s: Segment, elapsed: number | null) => {
    const key = [...s.capacities].map(([id, c]) => `${id}=${c}`).join(',');
    let given = graphs.get(key);
    if (given === undefined) {
      given = buildSupplyGraph(rampedNetwork(input.network, rampedCapacities(base, s.capacities)));
      graphs.set(key, given);
    }
    const r = scenarioFactors(given, { interventions: s.interventions });
    if (!r.ok) {
      throw new Error(`simulate: from day ${s.start} of the period: ${r.errors.join('; ')}`);
    }
    for (const [id, cut] of rampCuts(base, s.capacities)) {
      const v = given.index.get(id) as number;
      r.factors.node[v] = (r.factors.node[v] as number) * cut;
    }
    return flowSeam(given, r.factors, elapsed ?? 0);
  };
  const cuts = (interventions: readonly Intervention[]) => {
    const r = scenarioFactors(base, { interventions });
    if (!r.ok) throw new Error(`simulate: ${r.errors.join('; ')}`);
    return r.factors.node.some((x) => x < 1) || r.factors.edge.some((x) => x < 1);
  };
  checkInterventions(base, input);
  const plan = planSegments(input, cuts);
  const stocks = stockKeys(base);
  const notes = [...plan.notes];
  // At once nothing switches: the baseline recipes hold (elapsed null).
  const atOnce = run(plan, stocks, base, notes, 'at once', (s) => ({
    ...seamFor(s, null),
    step: atOnceStep,
  }));
  const solver = input.solver;
  if (solver === undefined) {
    notes.push('No solver: only the outcome at once is worked out.');
    return { atOnce, afterRerouting: null, notes };
  }
  const afterRerouting = run(plan, stocks, base, notes, 'after rerouting', (s) => ({
    ...seamFor(s, s.elapsed),
    step: (...args: Parameters<Step>) => reroutedStep(solver, ...args),
  }));
  return { atOnce, afterRerouting, notes };
}

type Step = (
  g: SupplyGraph,
  f: FlowFactors,
  slots: Int32Array,
  active: Uint8Array,
  below: Uint8Array,
) => StepOutcome;

/** One outcome over the whole period. */
function run(
  plan: Plan,
  stocks: StockKeys,
  base: SupplyGraph,
  notes: string[],
  outcome: string,
  prepare: (s: Segment) => { g: SupplyGraph; f: FlowFactors; step: Step },
): EndUserTimeline[] {
  const ids = Array.from(base.endUsers, (v) => base.ids[v] as string);
  const position = new Map(ids.map((id, i) => [id, i] as const));
  const baseline = Float64Array.from(base.endUsers, (v) => base.supply[v] as number);
  const timelines = new Timelines(ids, baseline, plan.firstDay, plan.days, plan.months);
  const remaining = Float64Array.from(stocks.start);
  const cache = new WeakMap<SupplyGraph, Map<string, StepOutcome>>();
  let worked = 0;
  const slotsByGraph = new WeakMap<SupplyGraph, { slots: Int32Array; users: Int32Array }>();
  let programs = 0;
  let steps = 0;
  for (const segment of plan.segments) {
    const { g, f, step } = prepare(segment);
    let known = slotsByGraph.get(g);
    if (known === undefined) {
      const users = Int32Array.from(g.endUsers, (v) => position.get(g.ids[v] as string) ?? -1);
      known = { slots: slotsOf(g, stocks), users };
      slotsByGraph.set(g, known);
    }
    const { slots, users } = known;
    const factorKey = `${f.node.join(',')}|${f.edge.join(',')}`;
    let t = segment.start;
    for (let k = 0; t < segment.end; k++) {
      if (k > STEP_LIMIT_PER_STOCK * (stocks.keys.length + 1)) {
        notes.push(`${outcome}: stocks did not settle within a piece of time; the run moved on.`);
        break;
      }
      const active = Uint8Array.from(remaining, (x) => (x > 0 ? 1 : 0));
      const below = Uint8Array.from(remaining, (x, j) => (x < (stocks.start[j] as number) ? 1 : 0));
      const key = `${factorKey}|${active.join('')}|${below.join('')}`;
      let byKey = cache.get(g);
      if (byKey === undefined) cache.set(g, (byKey = new Map()));
      let outcomeNow = byKey.get(key);
      if (outcomeNow === undefined) {
        outcomeNow = step(g, f, slots, active, below);
        programs += outcomeNow.programs;
        worked++;
        byKey.set(key, outcomeNow);
      }
      steps++;
      const dt = stepLength(outcomeNow, remaining, stocks.start, segment.end - t);
      users.forEach((i, u) => {
        if (i >= 0) timelines.add(i, t, t + dt, outcomeNow.served[u] as number, segment.month);
      });
      advance(outcomeNow, remaining, stocks.start, dt);
      t += dt;
    }
  }
  notes.push(`${outcome}: ${steps} steps, ${worked} worked out, ${programs} linear programs.`);
  return timelines.finish();
}

/** Days to the next stock event (a stock running out or refilled), at most `left`. */
function stepLength(
  o: StepOutcome,
  remaining: Float64Array,
  start: Float64Array,
  left: number,
): number {
  let dt = left;
  for (let j = 0; j < remaining.length; j++) {
    const x = remaining[j] as number;
    const draw = o.draw[j] as number;
    if (x > 0 && draw > 0) dt = Math.min(dt, (x / draw) * DAYS_PER_YEAR);
    else if (draw === 0 && (o.refill[j] as number) > 0 && x < (start[j] as number)) {
      dt = Math.min(dt, (((start[j] as number) - x) / (o.refill[j] as number)) * DAYS_PER_YEAR);
    }
  }
  return dt;
}

/** Draws and refills over `dt` days; a stock within rounding of empty or full is so. */
function advance(o: StepOutcome, remaining: Float64Array, start: Float64Array, dt: number): void {
  const years = dt / DAYS_PER_YEAR;
  for (let j = 0; j < remaining.length; j++) {
    const x = remaining[j] as number;
    const full = start[j] as number;
    const draw = o.draw[j] as number;
    if (x > 0 && draw > 0) {
      const ends = x / draw <= years * (1 + 1e-12);
      const left = x - draw * years;
      remaining[j] = ends || left <= 1e-12 * full ? 0 : left;
    } else if (draw === 0 && (o.refill[j] as number) > 0 && x < full) {
      const next = x + (o.refill[j] as number) * years;
      remaining[j] = next >= full * (1 - 1e-12) ? full : next;
    }
  }
}

/** Every event's interventions and every series' flows name what the network has. */
function checkInterventions(g: SupplyGraph, input: SimulationInput): void {
  const problems: string[] = [];
  input.events.forEach((e, i) => {
    const r = scenarioFactors(g, { interventions: e.interventions });
    if (!r.ok) problems.push(...r.errors.map((m) => `events[${i}].${m}`));
  });
  for (const s of input.series) {
    s.flows.forEach((flow, k) => {
      const interventions: Intervention[] = [{ type: 'scale-flow', factor: 0.5, ...flow }];
      const r = scenarioFactors(g, { interventions });
      if (!r.ok) problems.push(`series ${s.id}: flows[${k}]: ${r.problems[0]?.message ?? ''}`);
    });
  }
  if (problems.length > 0) throw new Error(`simulate: ${problems.join('; ')}`);
}

/**
 * A ramp below a node's baseline output cuts what it can pass on, at once too: the node keeps
 * its baseline output as capacity and runs at ramp ÷ baseline output (a capacity cut, as
 * scale-capacity makes it). A ramp at or above it sets the capacity, so only rerouting sees it.
 */
function rampCuts(base: SupplyGraph, capacities: ReadonlyMap<string, number>): [string, number][] {
  const out: [string, number][] = [];
  for (const [id, c] of capacities) {
    const v = base.index.get(id);
    const made = v === undefined ? 0 : (base.outflow[v] as number);
    if (made > 0 && c < made) out.push([id, c / made]);
  }
  return out;
}

/** The capacity each ramped node gets in the graph (its baseline output where a ramp cuts). */
function rampedCapacities(
  base: SupplyGraph,
  capacities: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map(capacities);
  for (const [id, cut] of rampCuts(base, capacities))
    out.set(id, (capacities.get(id) as number) / cut);
  return out;
}

/** The network with each ramped node's capacity as the ramp in force sets it. */
function rampedNetwork(
  network: AnalysisNetwork,
  capacities: ReadonlyMap<string, number>,
): AnalysisNetwork {
  if (capacities.size === 0) return network;
  const nodes = network.nodes.map((node): SupplyNode => {
    const c = capacities.get(node.id);
    return c === undefined ? node : { ...node, capacity: c };
  });
  return { nodes, edges: network.edges };
}
