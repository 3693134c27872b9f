// The part of the network a scenario touches: the programs solved on it alone, the rest held at
// the no-substitution state, and the answer checked to be the whole program's optimum.
//
// The no-substitution state x0 is feasible (it is what happens with no rerouting). A region R of
// the variables is solved, every other variable held at its x0 value: its terms move into the
// right-hand sides, and rows with no variable in R are left out (x0 meets them). The objectives
// of the programs here (the common level t, or the served amounts of the end users short of
// baseline, all in R) give the held variables no cost, so by LP duality the region's optimum,
// with x0 outside, is the whole program's optimum when each held variable's reduced cost,
// −Σ y_r a_rj over the region's rows r, cannot improve it: not positive where it could rise, not
// negative where it could fall. Where one can, the variable joins R and the region is solved
// again (column generation, "sifting"); at worst R is the whole program. The answer is the
// whole program's optimum, found on fewer variables: end users with no loss and no route to
// spare supply never enter R.
//
// R starts with what each end user short of baseline is served from (the objective's variables)
// and every variable of a row x0 does not meet (within its rounding).
import type { Program, Row, Terms } from './program.ts';
import type { LpNetwork, LpScenario } from './types.ts';

/** Reduced costs this small are a solver's round-off, not a way to improve. */
const REDUCED_COST_TOLERANCE = 1e-9;
/** A held value this close to a bound is at it. */
const AT_BOUND = 1e-12;

/** The whole program by column: for each variable, the rows it is in and its coefficients. */
export interface Columns {
  readonly start: Int32Array;
  readonly row: Int32Array;
  readonly coef: Float64Array;
}

export function columnsOf(program: Program): Columns {
  const n = program.names.length;
  const count = new Int32Array(n + 1);
  for (const row of program.rows) {
    for (const v of row.terms.vars) count[v + 1] = (count[v + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) count[v + 1] = (count[v + 1] as number) + (count[v] as number);
  const at = count.slice(0, n);
  const row = new Int32Array(count[n] as number);
  const coef = new Float64Array(count[n] as number);
  program.rows.forEach((r, i) => {
    r.terms.vars.forEach((v, k) => {
      const p = at[v] as number;
      row[p] = i;
      coef[p] = r.terms.coefs[k] as number;
      at[v] = p + 1;
    });
  });
  return { start: count, row, coef };
}

/**
 * The no-substitution state as a value for each of the program's variables, or null when the
 * scenario does not give one.
 */
export function startPoint(program: Program, network: LpNetwork, scenario: LpScenario) {
  const start = scenario.start;
  if (start === undefined) return null;
  const x0 = new Float64Array(program.names.length);
  for (let e = 0; e < network.edges.length; e++) x0[e] = Number(start.edgeFlow[e] ?? 0);
  program.activity.forEach((a, v) => {
    if (a >= 0) x0[a] = Number(start.activity[v] ?? 0);
  });
  return x0;
}

const activityOf = (terms: Terms, x: ArrayLike<number>): number =>
  terms.vars.reduce((s, v, k) => s + (terms.coefs[k] as number) * (x[v] as number), 0);

/** Whether x0 meets a row, within a relative hair (x0 is computed, not solved). */
function meets(row: Row, x0: ArrayLike<number>): boolean {
  const lhs = activityOf(row.terms, x0);
  const scale = 1e-9 * Math.max(1, Math.abs(row.rhs), Math.abs(lhs));
  return row.sense === '<=' ? lhs <= row.rhs + scale : lhs >= row.rhs - scale;
}

const withinBounds = (program: Program, x0: Float64Array, v: number): boolean => {
  const x = x0[v] as number;
  return x >= 0 && x <= (program.upper[v] as number) * (1 + 1e-9) + 1e-12;
};

/** Whether x0 meets every row and bound: then, with nobody short, it is the answer. */
export function feasible(program: Program, x0: Float64Array): boolean {
  for (let v = 0; v < x0.length; v++) if (!withinBounds(program, x0, v)) return false;
  return program.rows.every((row) => meets(row, x0));
}

/** The first region: the objective's variables and every variable x0 does not hold well. */
export function seedRegion(program: Program, d: ArrayLike<number>, x0: Float64Array): Uint8Array {
  const inR = new Uint8Array(program.names.length);
  program.served.forEach((terms, i) => {
    if ((d[i] as number) > 0) for (const v of terms.vars) inR[v] = 1;
  });
  for (let v = 0; v < x0.length; v++) if (!withinBounds(program, x0, v)) inR[v] = 1;
  for (const row of program.rows) {
    if (!meets(row, x0)) for (const v of row.terms.vars) inR[v] = 1;
  }
  return inR;
}

/** The program on region R, the rest held at x0. */
export interface Region {
  readonly program: Program;
  readonly inR: Uint8Array;
  /** Per variable of the whole program, its number in the region's (-1 when held). */
  readonly local: Int32Array;
  /** Per row of the whole program, its number in the region's (-1 when left out). */
  readonly localRow: Int32Array;
  /** Every variable of the whole program held. */
  readonly whole: boolean;
}

export function restrict(program: Program, inR: Uint8Array, x0: Float64Array): Region {
  const n = program.names.length;
  const local = new Int32Array(n).fill(-1);
  const names: string[] = [];
  const upper: number[] = [];
  for (let v = 0; v < n; v++) {
    if (inR[v] !== 1) continue;
    local[v] = names.length;
    names.push(program.names[v] as string);
    upper.push(program.upper[v] as number);
  }
  const localRow = new Int32Array(program.rows.length).fill(-1);
  const rows: Row[] = [];
  program.rows.forEach((row, r) => {
    const vars: number[] = [];
    const coefs: number[] = [];
    let held = 0;
    row.terms.vars.forEach((v, k) => {
      const c = row.terms.coefs[k] as number;
      if (inR[v] === 1) {
        vars.push(local[v] as number);
        coefs.push(c);
      } else held += c * (x0[v] as number);
    });
    if (vars.length === 0) return;
    localRow[r] = rows.length;
    rows.push({ name: row.name, terms: { vars, coefs }, sense: row.sense, rhs: row.rhs - held });
  });
  const mapTerms = (t: Terms): Terms => {
    const vars: number[] = [];
    const coefs: number[] = [];
    t.vars.forEach((v, k) => {
      if (inR[v] !== 1) return;
      vars.push(local[v] as number);
      coefs.push(t.coefs[k] as number);
    });
    return { vars, coefs };
  };
  return {
    program: {
      names,
      upper: Float64Array.from(upper),
      rows,
      activity: Int32Array.from(program.activity, (a) => (a >= 0 ? (local[a] as number) : -1)),
      endUsers: program.endUsers,
      served: program.served.map(mapTerms),
      keepRow: Int32Array.from(program.keepRow, (r) => (r >= 0 ? (localRow[r] as number) : -1)),
      baseline: program.baseline,
      noSubstitution: program.noSubstitution,
      target: program.target,
    },
    inR,
    local,
    localRow,
    whole: names.length === n,
  };
}

/** Each variable of the whole program: the region's value in R, x0 elsewhere. */
export function wholeValue(
  region: Region,
  x0: Float64Array,
  value: (v: number) => number,
): (v: number) => number {
  return (v) => {
    const l = region.local[v] as number;
    return l >= 0 ? value(l) : (x0[v] as number);
  };
}

/**
 * The held variables whose reduced cost could improve the region's optimum, given the dual value
 * of each of the region's rows (by its number in the region), those that could improve it most
 * first.
 */
export function improving(
  program: Program,
  columns: Columns,
  region: Region,
  x0: Float64Array,
  rowDual: (localRow: number) => number,
): number[] {
  const out: number[] = [];
  const gain: number[] = [];
  const { start, row, coef } = columns;
  for (let v = 0; v < program.names.length; v++) {
    if (region.inR[v] === 1) continue;
    let reduced = 0;
    for (let p = start[v] as number; p < (start[v + 1] as number); p++) {
      const r = region.localRow[row[p] as number] as number;
      if (r >= 0) reduced -= rowDual(r) * (coef[p] as number);
    }
    const x = x0[v] as number;
    const canRise = x < (program.upper[v] as number) - AT_BOUND;
    const canFall = x > AT_BOUND;
    if (
      (reduced > REDUCED_COST_TOLERANCE && canRise) ||
      (reduced < -REDUCED_COST_TOLERANCE && canFall)
    ) {
      out.push(v);
      gain.push(Math.abs(reduced));
    }
  }
  const order = [...out.keys()].sort((a, b) => (gain[b] as number) - (gain[a] as number));
  return order.map((k) => out[k] as number);
}
