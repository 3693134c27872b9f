// The rounds of the fair share's progressive filling (fairShare in rerouting.ts), solved one of two
// ways. With a persistent model, the first round's program is read once and each later round
// changes it in place (a fixed user's "recovers" row becomes its "holds" row) and is solved again
// from the last basis; without one, every round is written and read as text.
import { keepFloor, lpText, type Program, type Row, type Terms } from './program.ts';
import {
  answerOf,
  LpError,
  maximumAnswer,
  runModel,
  solutionValue,
  solveText,
  type MaximumAnswer,
} from './solve.ts';
import type { LpModel, LpSolution, LpSolver } from './types.ts';

/** Where the progressive filling stands. End users are numbered as in `program.endUsers`. */
export interface Filling {
  readonly program: Program;
  /** Each end user's node id. */
  readonly ids: readonly string[];
  /** Each end user's shortfall baseline − noSub (0 when it has none worth the name). */
  readonly d: Float64Array;
  /** Each end user's level of recovery once fixed (NaN while it still rises). */
  readonly level: Float64Array;
  /** The end users still rising. */
  rising: number[];
  /** LP 1 and the last check count only the end users short of baseline (see totalServed). */
  readonly shortOnly?: boolean;
}

/** A program's optimum: each variable's value, and the dual value of each program row. */
export interface RunAnswer {
  readonly value: (v: number) => number;
  /** By the row's number in the program (0 for a row the program solved did not have). */
  readonly rowDualOf: (row: number) => number;
}

/** A round's optimum: the common level t*, each rising user's "recovers" dual, the variables. */
export interface RoundAnswer extends RunAnswer {
  readonly star: number;
  readonly dualOf: (i: number) => number;
}

export interface Rounds {
  /** Solves round `round` of the filling as it stands. */
  solve(round: number): RoundAnswer;
  /** End user i is fixed at level `star` (its "recovers" row becomes its "holds" row). */
  fix(i: number, star: number): void;
  /**
   * Once every user is fixed: the largest total served with every user held at its level less
   * `slack` (a level, 0-1): the check that no user can be raised without lowering another.
   */
  pareto(slack: number): RunAnswer;
  dispose(): void;
}

/** The floor of end user i held at its level less `slack`. */
function heldFloor({ program, d, level }: Filling, i: number, slack: number): number {
  const l = Math.max(0, (level[i] as number) - slack);
  return keepFloor((program.noSubstitution[i] as number) + l * (d[i] as number));
}

/**
 * LP 1's objective and the last check's: the total served, or with `shortOnly` the total served
 * to the end users short of baseline. The others are held at baseline by their "keeps" rows
 * (within KEEP_SLACK), so leaving them out changes the optimum by no more than that, and leaves
 * the variables of the network they alone touch without cost (region.ts needs that).
 */
export function totalServed({ program, d, shortOnly }: Filling): Terms {
  const short =
    shortOnly === true ? program.served.filter((_, i) => (d[i] as number) > 0) : program.served;
  return { vars: short.flatMap((t) => t.vars), coefs: short.flatMap((t) => t.coefs) };
}

/** The Pareto check as LP text: maximise the total served, every user held near its level. */
export function paretoText(filling: Filling, slack: number): string {
  const { program, d } = filling;
  const rows: Row[] = [];
  for (let i = 0; i < d.length; i++) {
    if (!((d[i] as number) > 0)) continue;
    rows.push({
      name: rowName(filling, 'holds', i),
      terms: program.served[i] as Terms,
      sense: '>=',
      rhs: heldFloor(filling, i, slack),
    });
  }
  return lpText(program, {
    title: ['Rerouting: fair share, last check: raise the total, every user held at its level.'],
    sense: 'Maximize',
    objective: totalServed(filling),
    rows,
  });
}

export interface ModelRounds extends Rounds {
  /** LP 1 on the first round's rows; undefined when a served variable has no column. */
  solveMaximum(m: number): (RunAnswer & { maximum: MaximumAnswer }) | undefined;
  /** After solveMaximum: back to the first round's objective, t. */
  restoreRound(): void;
}

export function rowName(filling: Filling, prefix: string, i: number): string {
  return `${prefix}_${(filling.ids[i] as string).replace(/[^A-Za-z0-9_]/g, '_')}_${i}`;
}

/** A round as LP text: maximise t, each rising user recovering t, each fixed one its level. */
export function roundText(filling: Filling, round: number): string {
  const { program, d, level } = filling;
  const ns = program.noSubstitution;
  const t = program.names.length;
  const rows: Row[] = [];
  const skip: number[] = [];
  for (const i of filling.rising) {
    const keep = program.keepRow[i] as number;
    if (keep >= 0) skip.push(keep);
    const s = program.served[i] as Terms;
    rows.push({
      name: rowName(filling, 'recovers', i),
      terms: { vars: [...s.vars, t], coefs: [...s.coefs, -(d[i] as number)] },
      sense: '>=',
      rhs: keepFloor(ns[i] as number),
    });
  }
  for (let i = 0; i < level.length; i++) {
    const l = level[i] as number;
    if (Number.isNaN(l) || !((d[i] as number) > 0)) continue;
    rows.push({
      name: rowName(filling, 'holds', i),
      terms: program.served[i] as Terms,
      sense: '>=',
      rhs: keepFloor((ns[i] as number) + l * (d[i] as number)),
    });
  }
  return lpText(program, {
    title: [`Rerouting: fair share, round ${round}: raise the common recovery level t.`],
    sense: 'Maximize',
    objective: { vars: [t], coefs: [1] },
    extraNames: ['t'],
    extraUpper: [1],
    extraLower: [-1],
    rows,
    skipRows: skip,
  });
}

/** Every round written as LP text and read anew; a fixed level is in the next round's text. */
export function textRounds(solver: LpSolver, filling: Filling): Rounds {
  return {
    solve(round) {
      const text = roundText(filling, round);
      const solution = solveText(solver, text, `fair share, round ${round}`);
      const dual = duals(solution);
      return {
        star: solution.ObjectiveValue,
        dualOf: (i) => dual.get(rowName(filling, 'recovers', i)) ?? 0,
        value: solutionValue(filling.program, solution),
        rowDualOf: (r) => dual.get(filling.program.rows[r]?.name ?? '') ?? 0,
      };
    },
    fix: () => {},
    pareto(slack) {
      const text = paretoText(filling, slack);
      const solution = solveText(solver, text, 'fair share, last check');
      const dual = duals(solution);
      return {
        value: solutionValue(filling.program, solution),
        rowDualOf: (r) => dual.get(filling.program.rows[r]?.name ?? '') ?? 0,
      };
    },
    dispose: () => {},
  };
}

/** HiGHS's simplex_strategy for the primal simplex, and its default, the dual simplex. */
const PRIMAL_SIMPLEX = 4;
const DUAL_SIMPLEX = 1;

function duals(solution: LpSolution): Map<string, number> {
  const dual = new Map<string, number>();
  for (const row of solution.Rows) {
    if (row.Name !== undefined) dual.set(row.Name, row.Dual ?? 0);
  }
  return dual;
}

/**
 * Each program row's number in a model read from roundText (-1 for a "keeps" row the round
 * leaves out): the LP reader numbers rows in the order it meets them.
 */
function modelRows(model: LpModel, filling: Filling): Int32Array {
  const { program } = filling;
  const skip = new Set<number>();
  for (const i of filling.rising) {
    const keep = program.keepRow[i] as number;
    if (keep >= 0) skip.add(keep);
  }
  const out = new Int32Array(program.rows.length);
  let k = 0;
  for (let r = 0; r < out.length; r++) out[r] = skip.has(r) ? -1 : k++;
  const last = out.findLastIndex((x) => x >= 0);
  const check = [out.indexOf(0), last].filter((r) => r >= 0);
  if (check.every((r) => model.getRowName(out[r] as number) === program.rows[r]?.name)) return out;
  return Int32Array.from(program.rows, (row, r) =>
    skip.has(r) ? -1 : model.getRowByName(row.name),
  );
}

function columnOf(model: LpModel, name: string): number {
  try {
    return model.getColByName(name);
  } catch {
    return -1;
  }
}

/** The first round read into a model kept in the solver's memory, then changed in place. */
export function modelRounds(solver: LpSolver, filling: Filling): ModelRounds {
  const { program, d } = filling;
  const model = (solver.createModel as NonNullable<LpSolver['createModel']>)({
    format: 'lp',
    data: roundText(filling, 1),
  });
  model.options.set({ output_flag: false });
  const tCol = model.getColByName('t');
  // The LP reader numbers columns as it meets them: each edge's column in the model.
  const modelCol = Int32Array.from(program.names, (nm) => columnOf(model, nm));
  const modelRow = new Map<number, number>();
  for (const i of filling.rising) {
    modelRow.set(i, model.getRowByName(rowName(filling, 'recovers', i)));
  }
  const programRow = modelRows(model, filling);
  const valueIn = (colValue: ArrayLike<number>) => (v: number) => {
    const c = modelCol[v] as number;
    return c >= 0 ? (colValue[c] ?? 0) : 0;
  };
  let runs = 0;
  const run = (what: string) => {
    // The first run starts cold (the dual simplex); each later one changes an objective or a
    // bound the last optimum still meets, so the primal simplex goes on from that basis, in a
    // few hundred steps where the dual simplex takes thousands.
    // Where the primal simplex stops short of an optimum (HiGHS's "unknown" on a degenerate
    // basis), the dual simplex solves the same program again.
    if (runs++ === 1) model.options.set({ simplex_strategy: PRIMAL_SIMPLEX });
    let solved: ReturnType<typeof runModel>;
    try {
      solved = runModel(solver, model, what);
    } catch (error) {
      if (!(error instanceof LpError) || runs === 1) throw error;
      model.options.set({ simplex_strategy: DUAL_SIMPLEX });
      try {
        solved = runModel(solver, model, what);
      } finally {
        model.options.set({ simplex_strategy: PRIMAL_SIMPLEX });
      }
    }
    const answer: RunAnswer = {
      value: valueIn(solved.colValue),
      rowDualOf: (r) => {
        const k = programRow[r] as number;
        return k >= 0 ? (solved.rowDual[k] ?? 0) : 0;
      },
    };
    return { solved, answer };
  };
  const cost = new Map<number, number>();
  return {
    solve(round) {
      const { solved, answer } = run(`fair share, round ${round}`);
      return {
        ...answer,
        star: solved.objective,
        dualOf: (i) => solved.rowDual[modelRow.get(i) as number] ?? 0,
      };
    },
    fix(i, star) {
      const r = modelRow.get(i) as number;
      model.changeCoefficient(r, tCol, 0);
      const floor = keepFloor((program.noSubstitution[i] as number) + star * (d[i] as number));
      model.changeRowBounds(r, floor, solver.infinity ?? Infinity);
    },
    pareto(slack) {
      // Every user's row becomes a "holds" row at its level less the slack (the users filled to
      // 1 in the last round still carry t: t is held at 1 less the slack), and the objective
      // becomes the total served.
      for (const [i, r] of modelRow) {
        model.changeCoefficient(r, tCol, 0);
        model.changeRowBounds(r, heldFloor(filling, i, slack), solver.infinity ?? Infinity);
      }
      model.changeColCost(tCol, 0);
      const total = new Map<number, number>();
      const all = totalServed(filling);
      all.vars.forEach((v, k) => {
        const c = modelCol[v] as number;
        if (c >= 0) total.set(c, (total.get(c) ?? 0) + (all.coefs[k] as number));
      });
      for (const [c, x] of total) model.changeColCost(c, x);
      return run('fair share, last check').answer;
    },
    solveMaximum(m) {
      // LP 1 on the same rows: with t held at 0 each "recovers" row is the user's "keeps" row,
      // so the feasible set is LP 1's; the objective becomes the total served. LP 2's first
      // round then starts from LP 1's basis instead of reading the program again.
      const all = totalServed(filling);
      all.vars.forEach((v, k) => {
        const c = modelCol[v] as number;
        cost.set(c, (cost.get(c) ?? 0) + (all.coefs[k] as number));
      });
      if (cost.has(-1)) return undefined;
      model.changeColCost(tCol, 0);
      model.changeColBounds(tCol, 0, 0);
      for (const [c, x] of cost) model.changeColCost(c, x);
      const { answer } = run('rerouting maximum');
      return { ...answer, maximum: maximumAnswer(answerOf(program, answer.value, m)) };
    },
    restoreRound() {
      for (const c of cost.keys()) model.changeColCost(c, 0);
      model.changeColCost(tCol, 1);
      model.changeColBounds(tCol, -1, 1);
    },
    dispose: () => model.dispose(),
  };
}
