// Days to shortfall: the no-substitution model run forward in time with stocks (the oracle
// README, "Days to shortfall"). When the scenario starts, every node that holds a stock of
// material m and still operates (c(v) > 0) draws on it to make up its shortfall of m, at
// max(0, B_m(v) - N_m(v)) tonnes a year, and while it has stock behaves as if N_m(v) = B_m(v).
// The rates are constant between two stock-outs, so the run jumps from one stock-out to the
// next and works every rate out again (a stock running out lowers flows downstream). Each step
// is one no-substitution propagation; there are at most as many steps as stocks.
//
// An end user's days to shortfall is the first time its served amount falls below baseline, in
// days (years × 365): 0 at once, null never. Its supply curve is a step function: the served
// amount from each listed day until the next.
import { propagateNoSubstitution, type FlowFactors } from '../flows/noSubstitution.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

export const DAYS_PER_YEAR = 365;

/** Served below baseline by more than this share counts as a shortfall (solver noise is not). */
export const SHORTFALL_TOLERANCE = 1e-9;

export interface SupplyStep {
  /** From this day (0 = the scenario's start). */
  readonly day: number;
  /** Tonnes a year served from that day on. */
  readonly served: number;
}

export interface StockRun {
  /** Per end user (g.endUsers order): the first day short, or null if never. */
  readonly daysToShortfall: readonly (number | null)[];
  /** Per end user: its supply over time, one step per change. */
  readonly curves: readonly (readonly SupplyStep[])[];
  /** Served per end user once every stock that runs out has run out. */
  readonly finalServed: Float64Array;
}

export function simulateStocks(g: SupplyGraph, f: FlowFactors): StockRun {
  const users = g.endUsers.length;
  const slots = g.slotBase.length;
  const remaining = new Float64Array(slots);
  const active = new Uint8Array(slots);
  for (let v = 0; v < g.n; v++) {
    if (!((f.node[v] as number) > 0)) continue;
    for (let k = g.slotStart[v] as number; k < (g.slotStart[v + 1] as number); k++) {
      const stock = g.slotStock[k] as number;
      if (stock > 0) {
        remaining[k] = stock;
        active[k] = 1;
      }
    }
  }
  const days: (number | null)[] = new Array<number | null>(users).fill(null);
  const curves: SupplyStep[][] = Array.from({ length: users }, () => []);
  const rate = new Float64Array(slots);
  let years = 0;
  let served: Float64Array = new Float64Array(users);
  for (let step = 0; step <= slots + 1; step++) {
    const state = propagateNoSubstitution(g, f, active);
    served = state.served;
    const day = years * DAYS_PER_YEAR;
    g.endUsers.forEach((v, i) => {
      const s = served[i] as number;
      const curve = curves[i] as SupplyStep[];
      const last = curve[curve.length - 1];
      if (last === undefined || Math.abs(last.served - s) > 1e-12 * Math.max(1, s)) {
        curve.push({ day, served: s });
      }
      const baseline = g.supply[v] as number;
      if (days[i] === null && s < baseline * (1 - SHORTFALL_TOLERANCE)) days[i] = day;
    });
    // The next stock-out.
    let next = Infinity;
    for (let k = 0; k < slots; k++) {
      rate[k] = 0;
      if (active[k] !== 1) continue;
      const r = Math.max(0, (g.slotBase[k] as number) - (state.slotIn[k] as number));
      rate[k] = r;
      if (r > 0) next = Math.min(next, (remaining[k] as number) / r);
    }
    if (next === Infinity) break;
    years += next;
    for (let k = 0; k < slots; k++) {
      if (active[k] !== 1 || (rate[k] as number) === 0) continue;
      const left = (remaining[k] as number) - (rate[k] as number) * next;
      // The stock that set the step runs out now, and any within rounding of its end with it
      // (so a stock too small for its time to register still ends).
      const ends = (remaining[k] as number) / (rate[k] as number) <= next * (1 + 1e-12);
      if (ends || left <= 1e-12 * (g.slotStock[k] as number)) {
        remaining[k] = 0;
        active[k] = 0;
      } else remaining[k] = left;
    }
  }
  return { daysToShortfall: days, curves, finalServed: served };
}
