// One step of each outcome: the network as it stands for a piece of time (its factors, and which
// stocks still hold tonnes), and what follows for end users and for the stocks.
//
// At once: the no-substitution propagation with stocks (stocks.ts's rule): a holder with tonnes
// left behaves as if supplied in full and draws its shortfall, max(0, B_m(v) − N_m(v)).
//
// After rerouting: the rerouting programs of a what-if (rerouting/lp), with each stock that still
// holds tonnes as one more supply of its holder: a variable `stock_<j>` of at most B_m(v) tonnes a
// year entering the holder's balance of that material (its "needs" row at a converter, its
// "passes" row at a pass-through node, and its "uses" row and served amount at an end user). Every
// end user keeps at least its no-substitution supply with stocks; the fair share is solved on
// these rows; then one more program draws stocks only for what rerouting cannot cover: it
// minimises the tonnes drawn, every end user held at its fair share.
import {
  buildProgram,
  keepFloor,
  lpText,
  type Program,
  type Row,
} from '../rerouting/lp/program.ts';
import { fairShare } from '../rerouting/lp/rerouting.ts';
import { solutionValue, solveText } from '../rerouting/lp/solve.ts';
import { lpNetworkFromGraph, lpScenarioFromGraph } from '../rerouting/lp/fromGraph.ts';
import { rerouteByLp } from '../rerouting/lp/engine.ts';
import type { LpScenario, LpSolver } from '../rerouting/lp/types.ts';
import { propagateNoSubstitution, type FlowFactors } from '../flows/noSubstitution.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';
import { oncePer } from '../../oncePer.ts';
import { activeSlots, nodeOfSlot, refillRates, shippedBy } from './stockKeys.ts';

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
  const refill = refillRates(g, f, slots, state.slotIn, shippedBy(g, state.edgeFlow));
  return { served: state.served, draw, refill, programs: 0 };
}

const networkOf = oncePer(lpNetworkFromGraph);

export function reroutedStep(
  solver: LpSolver,
  g: SupplyGraph,
  f: FlowFactors,
  slots: Int32Array,
  active: Uint8Array,
): StepOutcome {
  const on = activeSlots(g, f, slots, active);
  const shock = propagateNoSubstitution(g, f, on);
  const floor = shock.served;
  const lossless = floor.every(
    (x, i) => x >= (g.supply[g.endUsers[i] as number] as number) * (1 - LOSSLESS),
  );
  const holding = [...slots.keys()].filter((j) => {
    const k = slots[j] as number;
    return k >= 0 && on[k] === 1 && (g.slotBase[k] as number) > 0;
  });
  if (holding.length === 0) {
    // No stock to draw: exactly the what-if's rerouting (scenarioAnalysis with the programs).
    const r = lossless ? null : rerouteByLp(solver, g, f, floor);
    const edgeFlow = r?.edgeFlow ?? shock.edgeFlow;
    return {
      served: r?.served ?? floor,
      draw: new Float64Array(slots.length),
      refill: refillRates(g, f, slots, inflowOf(g, edgeFlow), shippedBy(g, edgeFlow), LP_TOLERANCE),
      programs: r?.programs ?? 0,
    };
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
  const { program, stockVar } = withStocks(g, buildProgram(network, scenario), slots, holding);
  let served = floor;
  let programs = 1;
  if (!lossless) {
    const fair = fairShare(solver, network, scenario, program, false);
    served = fair.served;
    programs += fair.rounds;
  }
  const value = leastDrawn(solver, program, stockVar, served);
  const edgeFlow = Float64Array.from({ length: g.m }, (_, e) => value(e));
  const draw = new Float64Array(slots.length);
  holding.forEach((j, i) => {
    const x = value(stockVar[i] as number);
    const base = g.slotBase[slots[j] as number] as number;
    draw[j] = x > LP_TOLERANCE * Math.max(1, base) ? x : 0;
  });
  const inflow = inflowOf(g, edgeFlow);
  return {
    served: Float64Array.from(served),
    draw,
    refill: refillRates(g, f, slots, inflow, shippedBy(g, edgeFlow), LP_TOLERANCE),
    programs,
  };
}

/** Each slot's inflow under the given edge flows (graph order). */
function inflowOf(g: SupplyGraph, edgeFlow: ArrayLike<number>): Float64Array {
  const out = new Float64Array(g.slotBase.length);
  for (let e = 0; e < g.m; e++) {
    const k = g.edgeInSlot[e] as number;
    out[k] = (out[k] as number) + (edgeFlow[e] as number);
  }
  return out;
}

/** The program with one variable per stock drawn, entering its holder's balance (see the top). */
function withStocks(
  g: SupplyGraph,
  base: Program,
  slots: Int32Array,
  holding: readonly number[],
): { program: Program; stockVar: number[] } {
  const names = [...base.names];
  const upper = Array.from(base.upper);
  const rows: Row[] = [...base.rows];
  const served = [...base.served];
  const stockVar: number[] = [];
  const addTo = (i: number, s: number, coef: number) => {
    const row = rows[i] as Row;
    rows[i] = {
      ...row,
      terms: { vars: [...row.terms.vars, s], coefs: [...row.terms.coefs, coef] },
    };
  };
  for (const j of holding) {
    const k = slots[j] as number;
    const v = nodeOfSlot(g, k);
    const s = names.length;
    stockVar.push(s);
    names.push(`stock_${j}`);
    upper.push(g.slotBase[k] as number);
    // An edge into the holder carrying the material: its variable is the edge's number.
    const e = firstInEdge(g, v, g.slotMaterial[k] as number);
    if (e < 0) continue;
    rows.forEach((row, i) => {
      const at = row.terms.vars.indexOf(e);
      if (at < 0) return;
      const coef = row.terms.coefs[at] as number;
      // The holder's needs/passes row has the edge at −1; its uses row (an end user) at +1.
      if (coef < 0) addTo(i, s, -1);
      else if (row.name.startsWith('uses_')) addTo(i, s, 1);
    });
    const u = base.endUsers.indexOf(v);
    if (u >= 0 && base.activity[v] === -1) {
      const t = served[u] as Program['served'][number];
      served[u] = { vars: [...t.vars, s], coefs: [...t.coefs, 1] };
      const keep = base.keepRow[u] as number;
      if (keep >= 0) addTo(keep, s, 1);
    }
  }
  return {
    program: { ...base, names, upper: Float64Array.from(upper), rows, served },
    stockVar,
  };
}

function firstInEdge(g: SupplyGraph, v: number, material: number): number {
  for (let i = g.inStart[v] as number; i < (g.inStart[v + 1] as number); i++) {
    const e = g.inEdge[i] as number;
    if (g.edgeMaterialIndex[e] === material) return e;
  }
  return -1;
}

/** The least drawn from stocks with every end user served at least `served`: variables' values. */
function leastDrawn(
  solver: LpSolver,
  program: Program,
  stockVar: readonly number[],
  served: ArrayLike<number>,
): (v: number) => number {
  const rows: Row[] = program.served.map((terms, i) => ({
    name: `held_${i}`,
    terms,
    sense: '>=',
    rhs: keepFloor(served[i] as number),
  }));
  const text = lpText(program, {
    title: ['Over time: the least drawn from stocks, every end user held at its fair share.'],
    sense: 'Minimize',
    objective: { vars: [...stockVar], coefs: stockVar.map(() => 1) },
    rows,
  });
  return solutionValue(program, solveText(solver, text, 'least drawn from stocks'));
}
