// The rerouting programs with stocks (steps.ts, "after rerouting"): the shared rows of
// rerouting/lp/program.ts, with two kinds of variable added per stock, each entering its
// holder's balance of the material (its "needs" row at a converter, its "passes" row at a
// pass-through node, and its "uses" row, "keeps" row and served amount at an end user):
// - `stock_<j>`, drawn: tonnes a year the stock supplies (at most B_m(v), its baseline inflow);
// - `refill_<j>`, refilled: tonnes a year the holder takes in beyond what it uses or passes on,
//   into the stock (at most B_m(v)).
// Two programs beyond the fair share read them: the least drawn from stocks with every end user
// held at its fair share, and then, with those draws, the most refilled.
import { keepFloor, lpText, type Program, type Row, type Terms } from '../rerouting/lp/program.ts';
import { solutionValue, solveText } from '../rerouting/lp/solve.ts';
import type { LpSolver } from '../rerouting/lp/types.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';
import { nodeOfSlot } from './stockKeys.ts';

export interface StockProgram {
  readonly program: Program;
  /** Variable numbers of each drawn stock's and each refilled stock's variable, in list order. */
  readonly stockVar: readonly number[];
  readonly refillVar: readonly number[];
}

/** Adds the variables (see the top) for the stocks `holding` draws from and `refilling` refills. */
export function withStocks(
  g: SupplyGraph,
  base: Program,
  slots: Int32Array,
  holding: readonly number[],
  refilling: readonly number[],
): StockProgram {
  const names = [...base.names];
  const upper = Array.from(base.upper);
  const rows: Row[] = [...base.rows];
  const served = [...base.served];
  const addTo = (i: number, x: number, coef: number) => {
    const row = rows[i] as Row;
    rows[i] = { ...row, terms: add(row.terms, x, coef) };
  };
  /** One variable for stock j: +1 supplies the holder (a draw), −1 takes from it (a refill). */
  const variable = (j: number, prefix: string, sign: 1 | -1): number => {
    const k = slots[j] as number;
    const v = nodeOfSlot(g, k);
    const x = names.length;
    names.push(`${prefix}_${j}`);
    upper.push(g.slotBase[k] as number);
    // An edge into the holder carrying the material: its variable is the edge's number.
    const e = firstInEdge(g, v, g.slotMaterial[k] as number);
    if (e < 0) return x;
    rows.forEach((row, i) => {
      const at = row.terms.vars.indexOf(e);
      if (at < 0) return;
      // The holder's needs/passes row has the edge at −1; its uses row (an end user) at +1.
      if ((row.terms.coefs[at] as number) < 0) addTo(i, x, -sign);
      else if (row.name.startsWith('uses_')) addTo(i, x, sign);
    });
    const u = base.endUsers.indexOf(v);
    if (u >= 0 && base.activity[v] === -1) {
      served[u] = add(served[u] as Terms, x, sign);
      const keep = base.keepRow[u] as number;
      if (keep >= 0) addTo(keep, x, sign);
    }
    return x;
  };
  const stockVar = holding.map((j) => variable(j, 'stock', 1));
  const refillVar = refilling.map((j) => variable(j, 'refill', -1));
  return {
    program: { ...base, names, upper: Float64Array.from(upper), rows, served },
    stockVar,
    refillVar,
  };
}

/** The same program with the variables `vars` bounded above by `bounds` (one each). */
export function bounded(
  program: Program,
  vars: readonly number[],
  bounds: readonly number[],
): Program {
  const upper = Float64Array.from(program.upper);
  vars.forEach((x, i) => (upper[x] = bounds[i] as number));
  return { ...program, upper };
}

/** Every end user served at least `served` (its fair share, less the programs' slack). */
function heldRows(program: Program, served: ArrayLike<number>): Row[] {
  return program.served.map((terms, i) => ({
    name: `held_${i}`,
    terms,
    sense: '>=',
    rhs: keepFloor(served[i] as number),
  }));
}

/** The least drawn from stocks with every end user served at least `served`: the values. */
export function leastDrawn(
  solver: LpSolver,
  program: Program,
  stockVar: readonly number[],
  served: ArrayLike<number>,
): (v: number) => number {
  const text = lpText(program, {
    title: ['Over time: the least drawn from stocks, every end user held at its fair share.'],
    sense: 'Minimize',
    objective: { vars: [...stockVar], coefs: stockVar.map(() => 1) },
    rows: heldRows(program, served),
  });
  return solutionValue(program, solveText(solver, text, 'least drawn from stocks'));
}

/**
 * The most refilled with every end user served at least `served`: the values. End users come
 * first: each tonne served counts twice in the objective, so no user gives up the slack its held
 * row allows (a hair below its fair share) for a refill, and the refill is not that slack.
 */
export function mostRefilled(
  solver: LpSolver,
  program: Program,
  refillVar: readonly number[],
  served: ArrayLike<number>,
): (v: number) => number {
  const weight = new Map<number, number>();
  for (const terms of program.served) {
    terms.vars.forEach((x, i) =>
      weight.set(x, (weight.get(x) ?? 0) + 2 * (terms.coefs[i] as number)),
    );
  }
  for (const x of refillVar) weight.set(x, (weight.get(x) ?? 0) + 1);
  const text = lpText(program, {
    title: [
      'Over time: the most refilled into stocks, end users first, each held at its fair share.',
    ],
    sense: 'Maximize',
    objective: { vars: [...weight.keys()], coefs: [...weight.values()] },
    rows: heldRows(program, served),
  });
  return solutionValue(program, solveText(solver, text, 'most refilled into stocks'));
}

function add(terms: Terms, x: number, coef: number): Terms {
  return { vars: [...terms.vars, x], coefs: [...terms.coefs, coef] };
}

function firstInEdge(g: SupplyGraph, v: number, material: number): number {
  for (let i = g.inStart[v] as number; i < (g.inStart[v + 1] as number); i++) {
    const e = g.inEdge[i] as number;
    if (g.edgeMaterialIndex[e] === material) return e;
  }
  return -1;
}
