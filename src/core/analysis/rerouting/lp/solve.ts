// Asking the solver: a program as LP text, or a model kept in HiGHS's memory, and reading its
// answer as served amounts and edge flows. A solver that does not find the optimum is an LpError.
import type { Program, Terms } from './program.ts';
import type { LpModel, LpSolution, LpSolver } from './types.ts';

/** Options passed to HiGHS on every solve. */
export const SOLVER_OPTIONS = { output_flag: false } as const;

export interface LpAnswer {
  /** Per end user (in the order of `endUsers`), the served amount. */
  readonly served: Float64Array;
  /** The flow on each edge (input order) in the solution found (one of possibly many). */
  readonly edgeFlow: Float64Array;
}

/** LP 1's answer, when fairShare is asked to find it too. */
export interface MaximumAnswer {
  readonly maximum: number;
  readonly answer: LpAnswer;
}

export class LpError extends Error {}

export function solveText(solver: LpSolver, text: string, what: string): LpSolution {
  const solution = solver.solve(text, SOLVER_OPTIONS);
  if (solution.Status !== 'Optimal') {
    throw new LpError(
      `${what}: the solver answered "${solution.Status}"` +
        (solution.Status === 'Infeasible'
          ? ' (the no-substitution supply cannot be kept within the stated capacities)'
          : ''),
    );
  }
  return solution;
}

/** HiGHS's "optimal" model status, where the solver does not say. */
const OPTIMAL = 7;

export function runModel(
  solver: LpSolver,
  model: LpModel,
  what: string,
): { objective: number; rowDual: ArrayLike<number>; colValue: ArrayLike<number> } {
  model.run();
  const status = model.getModelStatus();
  if (status !== (solver.constants?.modelStatus.optimal ?? OPTIMAL)) {
    throw new LpError(`${what}: the solver's model status is ${status}, not optimal`);
  }
  const { colValue, rowDual } = model.getSolution();
  return { objective: model.getObjectiveValue(), rowDual, colValue };
}

/** Each variable's value in a solution read from LP text (0 where the solver left it out). */
export function solutionValue(program: Program, solution: LpSolution): (v: number) => number {
  return (v) => solution.Columns[program.names[v] as string]?.Primal ?? 0;
}

/** The flow on each of the first `m` variables (the edges). */
export function edgeFlowOf(value: (v: number) => number, m: number): Float64Array {
  return Float64Array.from({ length: m }, (_, e) => value(e));
}

/** Served per end user and flow per edge, each variable's value read through `value`. */
export function answerOf(program: Program, value: (v: number) => number, m: number): LpAnswer {
  const servedOf = (t: Terms) =>
    t.vars.reduce((s, v, i) => s + (t.coefs[i] as number) * value(v), 0);
  return { served: Float64Array.from(program.served, servedOf), edgeFlow: edgeFlowOf(value, m) };
}

export function answer(program: Program, solution: LpSolution, m: number): LpAnswer {
  return answerOf(program, solutionValue(program, solution), m);
}

/** LP 1's answer: the total served, and who is served what. */
export function maximumAnswer(a: LpAnswer): MaximumAnswer {
  return { maximum: a.served.reduce((s, x) => s + x, 0), answer: a };
}
