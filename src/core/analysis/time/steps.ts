// One step of each outcome: the network as it stands for a piece of time (its factors, and which
// stocks still hold tonnes), and what follows for end users and for the stocks.
//
// At once: the no-substitution propagation with stocks (stocks.ts's rule): a holder with tonnes
// left behaves as if supplied in full and draws its shortfall, max(0, B_m(v) − N_m(v)).
//
// After rerouting: the rerouting programs of a what-if (rerouting/lp), with each stock that still
// holds tonnes as one more supply of its holder (stockProgram.ts). Every end user keeps at least
// its no-substitution supply with stocks; the fair share is solved on these rows; then one more
// program draws stocks only for what rerouting cannot cover (the least drawn, every end user held
// at its fair share), and, where a stock is below its starting level and its holder does not
// draw, one more finds the most the holders can take in beyond what they use or pass on: the
// refill, from whatever spare the network has once end users have their fair share. With no
// stock to draw or refill, the step is exactly the what-if's rerouting.
import { buildProgram } from '../rerouting/lp/program.ts';
import { fairShare } from '../rerouting/lp/rerouting.ts';
import { lpNetworkFromGraph, lpScenarioFromGraph } from '../rerouting/lp/fromGraph.ts';
import { rerouteByLp } from '../rerouting/lp/engine.ts';
import type { LpScenario, LpSolver } from '../rerouting/lp/types.ts';
import { propagateNoSubstitution, type FlowFactors } from '../flows/noSubstitution.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';
import { oncePer } from '../../oncePer.ts';
import { activeSlots, nodeOfSlot, refillRates } from './stockKeys.ts';
import { bounded, leastDrawn, mostRefilled, withStocks } from './stockProgram.ts';

/** A lossless end user is served this close to baseline. */
const LOSSLESS = 1e-12;
/**
 * The programs hold each end user within a hair of its floor (keepFloor: 1e-9 relative and 1e-6
 * t): an inflow this close to baseline is back at baseline, and a draw this small is none.
 */
const LP_TOLERANCE = 1e-6;

export interface StepOutcome {
  /** Per end user, g.endUsers order: tonnes a year. */
  readonly served: Float64Array;
  /** Per stock: tonnes a year drawn (0 when not drawing). */
  readonly draw: Float64Array;
  /** Per stock: tonnes a year it can be refilled at while not drawing. */
  readonly refill: Float64Array;
  /** Linear programs solved for this step. */
  readonly programs: number;
}

export function atOnceStep(
  g: SupplyGraph,
  f: FlowFactors,
  slots: Int32Array,
  active: Uint8Array,
): StepOutcome {
  const on = activeSlots(g, f, slots, active);
  const state = propagateNoSubstitution(g, f, on);
  const draw = Float64Array.from(slots, (k) =>
    k >= 0 && on[k] === 1
      ? Math.max(0, (g.slotBase[k] as number) - (state.slotIn[k] as number))
      : 0,
  );
  const refill = refillRates(g, f, slots, state.slotIn, state.edgeFlow);
  return { served: state.served, draw, refill, programs: 0 };
}

const networkOf = oncePer(lpNetworkFromGraph);

export function reroutedStep(
  solver: LpSolver,
  g: SupplyGraph,
  f: FlowFactors,
  slots: Int32Array,
  active: Uint8Array,
  below: Uint8Array,
): StepOutcome {
  const on = activeSlots(g, f, slots, active);
  const shock = propagateNoSubstitution(g, f, on);
  const floor = shock.served;
  const lossless = floor.every(
    (x, i) => x >= (g.supply[g.endUsers[i] as number] as number) * (1 - LOSSLESS),
  );
  const receives = (j: number) => {
    const k = slots[j] as number;
    return k >= 0 && (g.slotBase[k] as number) > 0 && (f.node[nodeOfSlot(g, k)] as number) > 0;
  };
  const holding = [...slots.keys()].filter((j) => receives(j) && on[slots[j] as number] === 1);
  const refilling = [...slots.keys()].filter((j) => receives(j) && below[j] === 1);
  const draw = new Float64Array(slots.length);
  const refill = new Float64Array(slots.length);
  // No stock to draw: exactly the what-if's rerouting (scenarioAnalysis with the programs).
  const plain = holding.length === 0 && !lossless ? rerouteByLp(solver, g, f, floor) : null;
  if (holding.length === 0 && refilling.length === 0) {
    return { served: plain?.served ?? floor, draw, refill, programs: plain?.programs ?? 0 };
  }
  const network = networkOf(g);
  // The factors and floors alone: the stocks' rows change the program, so no point worked out
  // for the program without them is handed on as a start.
  const given = lpScenarioFromGraph(g, f, floor);
  const scenario: LpScenario = {
    nodeFactor: given.nodeFactor,
    edgeFactor: given.edgeFactor,
    noSubstitution: given.noSubstitution,
  };
  const stocked = withStocks(g, buildProgram(network, scenario), slots, holding, refilling);
  const { stockVar, refillVar } = stocked;
  // Drawing and the fair share come first: nothing is refilled in them.
  const noRefill = bounded(
    stocked.program,
    refillVar,
    refillVar.map(() => 0),
  );
  let served = plain?.served ?? floor;
  let programs = plain?.programs ?? 0;
  if (holding.length > 0 && !lossless) {
    const fair = fairShare(solver, network, scenario, noRefill, false);
    served = fair.served;
    programs += 1 + fair.rounds;
  }
  const drawn = new Float64Array(holding.length);
  if (holding.length > 0) {
    const value = leastDrawn(solver, noRefill, stockVar, served);
    programs++;
    holding.forEach((j, i) => {
      drawn[i] = Math.max(0, value(stockVar[i] as number));
      const base = g.slotBase[slots[j] as number] as number;
      draw[j] = (drawn[i] as number) > LP_TOLERANCE * Math.max(1, base) ? (drawn[i] as number) : 0;
    });
  }
  if (refilling.length > 0) {
    // With those draws (a hair of slack), the most the holders not drawing can take in beyond
    // what they use or pass on.
    const limits = [...drawn].map((x) => x * (1 + 1e-9) + 1e-9);
    const refillLimits = refilling.map((j) =>
      draw[j] === 0 ? (g.slotBase[slots[j] as number] as number) : 0,
    );
    const program = bounded(
      stocked.program,
      [...stockVar, ...refillVar],
      [...limits, ...refillLimits],
    );
    const value = mostRefilled(solver, program, refillVar, served);
    programs++;
    refilling.forEach((j, i) => {
      const x = value(refillVar[i] as number);
      const base = g.slotBase[slots[j] as number] as number;
      refill[j] = x > LP_TOLERANCE * Math.max(1, base) ? x : 0;
    });
  }
  return { served: Float64Array.from(served), draw, refill, programs };
}
